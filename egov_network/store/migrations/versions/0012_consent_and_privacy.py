"""consent records and data protection settings

``consent``: a person's consent as records (given or withdrawn, when, how, for
which scope, who recorded it), so its history is kept. The contact keeps the
current state for fast lists: ``consent_on``/``consent_method`` of the newest
consent still in force, and ``consent_withdrawn`` the scopes whose newest record
is a withdrawal (", "-joined codes, e.g. "contact, photos"), which exports,
mail and vCards read. The existing consent fields become one "given" record
each (scope "contact", the free scope text as its note).

``setting``: key -> value pairs stored in the database, so the window and the
command line agree (retention period, records of processing).

``contact.anonymised``: the "anonymised participant" rows an erase leaves
behind where meetings keep their head count.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 03:50:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINE = 300


def upgrade() -> None:
    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=False),
        sa.Column("method", sa.String(20), nullable=True),
        sa.Column("scope", sa.String(40), nullable=False),
        sa.Column("recorded_by", sa.String(LINE), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contact.id"], name=op.f("fk_consent_contact_id_contact"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    op.create_index("ix_consent_contact_id", "consent", ["contact_id"], unique=False)
    op.create_table(
        "setting",
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    # Plain ADD COLUMN: a batch rebuild of ``contact`` would drop its triggers.
    op.add_column("contact", sa.Column("consent_withdrawn", sa.String(LINE), nullable=True))
    op.add_column("contact", sa.Column("anonymised", sa.Boolean(), nullable=False, server_default=sa.false()))
    # The old fields as the first record of each person's consent history.
    op.execute(
        "INSERT INTO consent (contact_id, status, on_date, method, scope, recorded_by, note, version,"
        " created_at, updated_at) SELECT id, 'given', consent_on, consent_method, 'contact', NULL,"
        " consent_scope, 1, created_at, updated_at FROM contact WHERE consent_on IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("anonymised")
        batch.drop_column("consent_withdrawn")
    op.drop_table("setting")
    op.drop_index("ix_consent_contact_id", table_name="consent")
    op.drop_table("consent")
