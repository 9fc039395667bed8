"""Cases: persons, cases, form revisions, track and case status history, consents, tasks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.String(40)

# History is append-only: nothing a user does overwrites or deletes it (ARCHITECTURE.md).
APPEND_ONLY = ("form_revisions", "track_status_changes", "case_status_changes", "consents")


def upgrade() -> None:
    op.create_table(
        "persons",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("given_names", sa.String(200), nullable=False),
        sa.Column("family_key", sa.String(200), nullable=False, index=True),
        sa.Column("given_key", sa.String(200), nullable=False, index=True),
        sa.Column("sex", sa.String(16), nullable=False),
        sa.Column("birth_date", sa.String(10), index=True),
        sa.Column("estimated_age", sa.Integer),
        sa.Column("phone_key", sa.String(16), index=True),
        sa.Column("national_id", sa.String(32), index=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "case_counters",
        sa.Column("center_code", sa.String(16), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id"), nullable=False,
                  index=True),
        sa.Column("event_id", sa.String(36), index=True),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("arrival_at", TS, nullable=False, index=True),
        sa.Column("incident_earliest", TS),
        sa.Column("incident_latest", TS),
        sa.Column("gbv_type", sa.String(32), index=True),
        sa.Column("flags", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("void_reason", sa.Text),
    )
    op.create_table(
        "form_revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("form_id", sa.String(32), nullable=False),
        sa.Column("entry_no", sa.Integer, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("values_json", sa.Text, nullable=False),
        sa.Column("changed_fields", sa.Text, nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("sealed", sa.Boolean, nullable=False),
        sa.UniqueConstraint("case_id", "form_id", "entry_no", "revision"),
    )
    op.create_table(
        "track_status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("track", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    op.create_table(
        "case_status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("author", sa.String(64), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("reason", sa.Text),
    )
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("scope", sa.String(32), nullable=False),
        sa.Column("destination", sa.String(200)),
        sa.Column("given", sa.Boolean, nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("given_by", sa.String(16), nullable=False),
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("override_reason", sa.Text),
    )
    op.create_table(
        "tasks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("due", sa.String(10), nullable=False, index=True),
        sa.Column("done_on", sa.String(10)),
        sa.Column("cancelled", sa.Boolean, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
    )
    op.create_index("ix_form_revisions_current", "form_revisions",
                    ["case_id", "form_id", "entry_no", "revision"])
    # A case's history shows who viewed it: the audit events of that one object.
    op.create_index("ix_audit_events_object", "audit_events", ["object_type", "object_id"])
    for table in APPEND_ONLY:
        op.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'history cannot be changed'); END""")
        op.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'history cannot be deleted'); END""")


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
