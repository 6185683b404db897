"""Alembic environment: always run programmatically with a connection handed in.

``egov_network.store.migrate`` passes the open connection in
``config.attributes["connection"]``, so the whole upgrade runs inside the
caller's single transaction. ``render_as_batch`` lets SQLite alter tables.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from egov_network.store.fts import include_name
from egov_network.store.models import Base

config = context.config
connection = config.attributes.get("connection")


def _run(conn: object) -> None:
    context.configure(
        connection=conn,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    _run(connection)
else:  # developer use: `alembic -x url=sqlite:///file revision --autogenerate`
    url = context.get_x_argument(as_dictionary=True)["url"]
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
