"""Current track status per case, kept by trigger from the status history; list indexes.

The case list shows (and the GUI filters on) each case's current track statuses. Reading them
from the history means a newest-per-track query for every row; a table the database itself
keeps current makes it one indexed lookup. The history stays the record of truth.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_tracks",
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("track", sa.String(16), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
    )
    # "Which cases have a track pending" for the list's filter.
    op.create_index("ix_case_tracks_status", "case_tracks", ["track", "status"])
    op.execute("""INSERT INTO case_tracks (case_id, track, status)
        SELECT t.case_id, t.track, t.status FROM track_status_changes t
        WHERE t.id = (SELECT max(id) FROM track_status_changes n
                      WHERE n.case_id = t.case_id AND n.track = t.track)""")
    op.execute("""CREATE TRIGGER track_status_changes_current AFTER INSERT
        ON track_status_changes BEGIN
        INSERT INTO case_tracks (case_id, track, status)
        VALUES (NEW.case_id, NEW.track, NEW.status)
        ON CONFLICT (case_id, track) DO UPDATE SET status = excluded.status; END""")
    # The list is newest first; the id breaks ties between cases of the same second.
    op.create_index("ix_cases_arrival_id", "cases", ["arrival_at", "id"])


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
