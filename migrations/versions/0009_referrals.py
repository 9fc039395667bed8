"""Referrals between centers: what this center sent (and whether it was received), the
sequence numbers it sends under, every bundle it accepted, and the receipts that came back.

A bundle id is never accepted twice and a center's sequence numbers only go up, so a copied or
replayed bundle is refused with the database's help, not only the importer's. What was sent
and received is evidence: the rows are never deleted, and an outgoing referral changes once,
from sent to received.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TS = sa.String(32)

GUARDS = [
    # A sequence handed out is never handed out again, not even after a failed export.
    """CREATE TRIGGER bundle_counters_only_up BEFORE UPDATE ON bundle_counters
       WHEN NEW.last_seq <= OLD.last_seq OR NEW.center_code IS NOT OLD.center_code
            OR NEW.kind IS NOT OLD.kind
       BEGIN SELECT RAISE(ABORT, 'bundle sequences only go up'); END""",
    """CREATE TRIGGER bundle_counters_no_delete BEFORE DELETE ON bundle_counters
       BEGIN SELECT RAISE(ABORT, 'bundle sequences cannot be deleted'); END""",
    # What was sent stays as it was sent; only the receipt may be added, once.
    """CREATE TRIGGER outgoing_referrals_no_delete BEFORE DELETE ON outgoing_referrals
       BEGIN SELECT RAISE(ABORT, 'referrals cannot be deleted'); END""",
    """CREATE TRIGGER outgoing_referrals_fixed
       BEFORE UPDATE OF id, bundle_id, case_id, destination_code, sequence, created_at,
                        expires_at, file_name, note, created_by ON outgoing_referrals
       BEGIN SELECT RAISE(ABORT, 'a sent referral cannot be changed'); END""",
    """CREATE TRIGGER outgoing_referrals_received_once BEFORE UPDATE ON outgoing_referrals
       WHEN OLD.status = 'received'
       BEGIN SELECT RAISE(ABORT, 'a received referral cannot be changed'); END""",
]
APPEND_ONLY = ("received_bundles", "incoming_receipts")


def upgrade() -> None:
    op.create_table(
        "bundle_counters",
        sa.Column("center_code", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("last_seq", sa.Integer, nullable=False),
    )
    op.create_table(
        "outgoing_referrals",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bundle_id", sa.String(32), nullable=False, unique=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("destination_code", sa.String(16), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("file_name", sa.String(200), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("receipt_at", TS),
        sa.Column("receipt_bundle_id", sa.String(32)),
        sa.CheckConstraint("status IN ('sent', 'received')", name="ck_outgoing_status"),
        sa.UniqueConstraint("destination_code", "sequence"),
    )
    # The case list asks each row's referral state: one covering index lookup.
    op.create_index("ix_outgoing_referrals_case", "outgoing_referrals", ["case_id", "status"])
    op.create_index("ix_outgoing_referrals_created", "outgoing_referrals", ["created_at"])
    op.create_table(
        "received_bundles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("bundle_id", sa.String(32), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sender_code", sa.String(16), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("sender_created_at", TS, nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("received_by", sa.String(64), nullable=False),
        # The sender's signed audit checkpoint, verbatim: this center witnesses its log.
        sa.Column("checkpoint", sa.Text, nullable=False),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), unique=True),
        sa.Column("sender_case_number", sa.String(40)),
        sa.Column("note", sa.Text),
        sa.UniqueConstraint("sender_code", "kind", "sequence"),
    )
    op.create_index("ix_received_bundles_received", "received_bundles", ["received_at"])
    op.create_table(
        "incoming_receipts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("received_bundle_id", sa.Integer, sa.ForeignKey("received_bundles.id"),
                  nullable=False, unique=True),
        sa.Column("referral_id", sa.Integer, sa.ForeignKey("outgoing_referrals.id"),
                  nullable=False, unique=True),
        sa.Column("receiver_case_number", sa.String(40), nullable=False),
        sa.Column("receiver_imported_at", TS, nullable=False),
    )
    for statement in GUARDS:
        op.execute(statement)
    for table in APPEND_ONLY:
        op.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'received bundles cannot be changed'); END""")
        op.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'received bundles cannot be deleted'); END""")


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
