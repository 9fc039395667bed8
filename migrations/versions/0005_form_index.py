"""An index that reads one form across all cases (the shelter board, statistics).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_form_revisions_by_form", "form_revisions",
                    ["form_id", "case_id", "entry_no", "revision"])


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
