"""Attachments: documents and photos of a case, kept inside the vault.

Two tables, so that listing a case's attachments never reads their bytes: the metadata (case,
the track and form entry it belongs to, the original file name, media type, size, SHA-256,
who added it and when, whether it is evidence and sealed) and the content, one BLOB per
attachment inside SQLCipher like every other page of the vault (never a loose file).

An attachment is evidence of what was recorded: neither table is ever updated or deleted, the
content's length must be the size on record, and evidence is always sealed. ``uid`` is random
and travels with a referral, so a form field that names an attachment names the same one at
the receiving center; it is unique within a case (a case referred back gets its attachments
again, in a new case).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/tiff")
TRACKS = ("medical", "psychosocial", "legal", "shelter")

GUARDS = [
    # The bytes on record are the bytes that were hashed: a content of another length is
    # refused before it is stored (the SHA-256 itself is checked on every read).
    """CREATE TRIGGER attachment_contents_size BEFORE INSERT ON attachment_contents
       WHEN length(NEW.data) IS NOT (SELECT size FROM attachments WHERE id = NEW.attachment_id)
       BEGIN SELECT RAISE(ABORT, 'attachment content does not match its size'); END""",
]
APPEND_ONLY = ("attachments", "attachment_contents")


def upgrade() -> None:
    media = ", ".join(f"'{m}'" for m in MEDIA_TYPES)
    tracks = ", ".join(f"'{t}'" for t in TRACKS)
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(32), nullable=False),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("track", sa.String(16)),
        sa.Column("form_id", sa.String(32)),
        sa.Column("entry_no", sa.Integer),
        # Personal data (a survivor's name is often in it): only inside the vault and the
        # encrypted bundle, never in the audit log or a file name this app writes.
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(32), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("added_by", sa.String(64), nullable=False),
        sa.Column("added_at", sa.String(40), nullable=False),
        sa.Column("evidence", sa.Boolean, nullable=False),
        sa.Column("sealed", sa.Boolean, nullable=False),
        sa.CheckConstraint(f"media_type IN ({media})", name="ck_attachments_media_type"),
        sa.CheckConstraint(f"track IS NULL OR track IN ({tracks})", name="ck_attachments_track"),
        sa.CheckConstraint("size > 0", name="ck_attachments_size"),
        sa.CheckConstraint("length(sha256) = 64", name="ck_attachments_sha256"),
        sa.CheckConstraint("(form_id IS NULL) = (entry_no IS NULL)", name="ck_attachments_entry"),
        sa.CheckConstraint("sealed OR NOT evidence", name="ck_attachments_evidence_sealed"),
        sa.UniqueConstraint("case_id", "uid"),
    )
    op.create_index("ix_attachments_case", "attachments", ["case_id"])
    op.create_table(
        "attachment_contents",
        sa.Column("attachment_id", sa.Integer, sa.ForeignKey("attachments.id"),
                  primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    for statement in GUARDS:
        op.execute(statement)
    for table in APPEND_ONLY:
        op.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'attachments cannot be changed'); END""")
        op.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'attachments cannot be deleted'); END""")


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
