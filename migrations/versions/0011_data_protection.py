"""Data protection: removing a case after its retention period, and survivors' correction
requests.

History tables refuse every delete (0003, 0009, 0010). Law 058/2021 says personal data is kept
no longer than needed, so a closed case past the center's retention period leaves the vault,
after it was archived in a verified, encrypted bundle. The delete guards are replaced by ones
that let a row go only while its case has a ``case_removals`` record: that record is written
first, in the same transaction as the deletes, and stays as the tombstone (case number, archive
hash, who and when; no personal data). It is matched by case number as well as id, because an
id freed by a removal can be handed to the next new case and must not carry the permission.

Received bundles stay after a removal (they stop a replayed referral): only their link to the
case and the sender's free-text note are cleared.

A correction request is a survivor asking for something on record to be corrected (Law 058/2021
art. 22): what, as they said it, when, and what was done about it, recorded once.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TS = sa.String(40)


def _removing(case_id: str) -> str:
    """SQL true while the case with this id is being removed under a recorded removal."""
    # The expressions are this module's own constants, never input.
    return ("EXISTS (SELECT 1 FROM case_removals r JOIN cases c ON c.number = r.case_number "  # noqa: S608
            f"WHERE c.id = {case_id})")


# (table, the expression giving the row's case id, the message) for every table that holds a
# case's rows and refused deletes before, or should from now on.
CASE_ROWS = (
    ("form_revisions", "OLD.case_id", "history cannot be deleted"),
    ("track_status_changes", "OLD.case_id", "history cannot be deleted"),
    ("case_status_changes", "OLD.case_id", "history cannot be deleted"),
    ("consents", "OLD.case_id", "history cannot be deleted"),
    ("tasks", "OLD.case_id", "tasks cannot be deleted"),
    ("case_tracks", "OLD.case_id", "tracks cannot be deleted"),
    ("correction_requests", "OLD.case_id", "correction requests cannot be deleted"),
    ("attachments", "OLD.case_id", "attachments cannot be deleted"),
    ("attachment_contents",
     "(SELECT case_id FROM attachments WHERE id = OLD.attachment_id)",
     "attachments cannot be deleted"),
    ("outgoing_referrals", "OLD.case_id", "referrals cannot be deleted"),
    ("incoming_receipts",
     "(SELECT case_id FROM outgoing_referrals WHERE id = OLD.referral_id)",
     "received bundles cannot be deleted"),
)
REPLACED = ("form_revisions_no_delete", "track_status_changes_no_delete",
            "case_status_changes_no_delete", "consents_no_delete", "attachments_no_delete",
            "attachment_contents_no_delete", "outgoing_referrals_no_delete",
            "incoming_receipts_no_delete", "received_bundles_no_update")

GUARDS = [
    """CREATE TRIGGER case_removals_no_update BEFORE UPDATE ON case_removals
       BEGIN SELECT RAISE(ABORT, 'a removal record cannot be changed'); END""",
    """CREATE TRIGGER case_removals_no_delete BEFORE DELETE ON case_removals
       BEGIN SELECT RAISE(ABORT, 'a removal record cannot be deleted'); END""",
    """CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases
       WHEN NOT EXISTS (SELECT 1 FROM case_removals WHERE case_number = OLD.number)
       BEGIN SELECT RAISE(ABORT, 'cases cannot be deleted'); END""",
    # A received bundle is kept for good; a removal only unlinks it from the case.
    f"""CREATE TRIGGER received_bundles_no_update BEFORE UPDATE ON received_bundles
       WHEN NOT (OLD.case_id IS NOT NULL AND NEW.case_id IS NULL AND NEW.note IS NULL
                 AND NEW.id = OLD.id AND NEW.bundle_id = OLD.bundle_id AND NEW.kind = OLD.kind
                 AND NEW.sender_code = OLD.sender_code AND NEW.sequence = OLD.sequence
                 AND NEW.sender_created_at = OLD.sender_created_at
                 AND NEW.received_at = OLD.received_at AND NEW.received_by = OLD.received_by
                 AND NEW.checkpoint = OLD.checkpoint
                 AND NEW.sender_case_number IS OLD.sender_case_number
                 AND {_removing("OLD.case_id")})
       BEGIN SELECT RAISE(ABORT, 'received bundles cannot be changed'); END""",
    # The request is kept as it was received; its outcome is written once.
    """CREATE TRIGGER correction_requests_fixed
       BEFORE UPDATE OF id, case_id, received_at, what, requested, recorded_by, recorded_at
       ON correction_requests
       BEGIN SELECT RAISE(ABORT, 'a correction request cannot be changed'); END""",
    """CREATE TRIGGER correction_requests_outcome_once BEFORE UPDATE ON correction_requests
       WHEN OLD.outcome IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a correction request cannot be changed'); END""",
]


def upgrade() -> None:
    op.create_table(
        "case_removals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_number", sa.String(40), nullable=False, unique=True),
        sa.Column("closed_at", TS, nullable=False),
        sa.Column("archive_bundle_id", sa.String(32), nullable=False),
        sa.Column("archive_sha256", sa.String(64), nullable=False),
        # The center code the archive is addressed to: this center or a national archive.
        sa.Column("archive_recipient", sa.String(16), nullable=False),
        sa.Column("removed_by", sa.String(64), nullable=False),
        sa.Column("removed_at", TS, nullable=False),
        sa.CheckConstraint("length(archive_sha256) = 64", name="ck_case_removals_sha256"),
    )
    op.create_table(
        "correction_requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False, index=True),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("what", sa.Text, nullable=False),  # the record the survivor says is wrong
        sa.Column("requested", sa.Text, nullable=False),  # the correction, in their words
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("outcome", sa.String(16)),
        sa.Column("outcome_note", sa.Text),
        sa.Column("outcome_by", sa.String(64)),
        sa.Column("outcome_at", TS),
        sa.CheckConstraint("outcome IS NULL OR outcome IN ('corrected', 'refused')",
                           name="ck_correction_requests_outcome"),
        sa.CheckConstraint(
            "(outcome IS NULL) = (outcome_by IS NULL) AND (outcome IS NULL) = (outcome_at IS NULL)",
            name="ck_correction_requests_outcome_parts"),
        sa.CheckConstraint("length(trim(what)) > 0 AND length(trim(requested)) > 0",
                           name="ck_correction_requests_text"),
    )
    for name in REPLACED:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in GUARDS:
        op.execute(statement)
    for table, case_id, message in CASE_ROWS:
        op.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            WHEN NOT {_removing(case_id)}
            BEGIN SELECT RAISE(ABORT, '{message}'); END""")


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
