"""Covering indexes for finding cases by a name fragment among 100,000.

A name fragment names people; their newest cases are then ordered by arrival. Reading each
candidate case's row to learn its arrival time cost most of a search (one page decryption per
case); with (person_id, arrival_at) the ordering reads the index alone. When a fragment names
many people the list is walked newest first instead, and (arrival_at, id, person_id) lets that
walk reach each person without reading the case row. The second replaces 0004's (arrival_at, id).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_cases_person_arrival", "cases", ["person_id", "arrival_at"])
    op.create_index("ix_cases_arrival_person", "cases", ["arrival_at", "id", "person_id"])
    op.drop_index("ix_cases_arrival_id", table_name="cases")


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
