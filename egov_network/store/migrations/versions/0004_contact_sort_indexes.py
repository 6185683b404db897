"""contact sort indexes

One NOCASE index per sortable text column of the contacts list (and one on
``updated_at``), so sorting by a column header reads ids in index order.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 17:32:52
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOCASE_COLUMNS = ("first_name", "title", "function", "department", "email", "phone", "mobile")


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        for name in NOCASE_COLUMNS:
            batch_op.create_index(
                f"ix_contact_{name}_nocase", [sa.text(f"{name} COLLATE NOCASE")], unique=False
            )
        batch_op.create_index("ix_contact_updated_at", ["updated_at"], unique=False)
        batch_op.create_index("ix_contact_active", ["active"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index("ix_contact_active")
        batch_op.drop_index("ix_contact_updated_at")
        for name in reversed(NOCASE_COLUMNS):
            batch_op.drop_index(f"ix_contact_{name}_nocase")
