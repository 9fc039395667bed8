"""Users: when each last logged in (shown to the admin, for stale accounts).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("last_login_at", sa.String(32)))


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
