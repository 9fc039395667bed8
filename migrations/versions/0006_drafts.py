"""Drafts: a form left unsaved when the screen locked, kept for the same user to find again.

Scratch, not history: a draft is replaced at the next lock and removed once given back. It
lives in the vault (so it is as encrypted as everything else) and never in a loose file.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("case_number", sa.String(40), nullable=False),
        sa.Column("form_id", sa.String(32), nullable=False),
        sa.Column("entry_no", sa.Integer),
        sa.Column("values_json", sa.Text, nullable=False),
        sa.Column("saved_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
