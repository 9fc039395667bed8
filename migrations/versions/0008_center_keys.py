"""Center identity: the center's keys in a table of their own, pinned centers, key changes.

The keys move out of the center row so they can be rotated: each generation is a row, the
retired ones kept (a retired age identity still opens bundles sent to it before the change; a
retired signing key still explains the checkpoints it signed). A vault keeps the keys it
already had (its audit checkpoints were signed with them); one that somehow has none gets new
ones. The center also gets its district, which its card carries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

import pyrage
import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

GUARDS = [
    # One current generation of keys at most; keys are never deleted or changed in place.
    """CREATE UNIQUE INDEX ux_center_keys_current ON center_keys ((retired_at IS NULL))
       WHERE retired_at IS NULL""",
    """CREATE TRIGGER center_keys_no_delete BEFORE DELETE ON center_keys
       BEGIN SELECT RAISE(ABORT, 'center keys cannot be deleted'); END""",
    """CREATE TRIGGER center_keys_no_change
       BEFORE UPDATE OF id, signing_key, age_identity, created_at, first_audit_seq ON center_keys
       BEGIN SELECT RAISE(ABORT, 'center keys cannot be changed'); END""",
    # One active pin per center code; a pin's keys are never swapped under it.
    """CREATE UNIQUE INDEX ux_pinned_centers_active_code ON pinned_centers (code)
       WHERE removed_at IS NULL""",
    """CREATE TRIGGER pinned_centers_no_delete BEFORE DELETE ON pinned_centers
       BEGIN SELECT RAISE(ABORT, 'pinned centers cannot be deleted'); END""",
    """CREATE TRIGGER pinned_centers_keys_fixed
       BEFORE UPDATE OF id, code, signing_public_key, age_recipient, fingerprint, pinned_at,
                        pinned_by ON pinned_centers
       BEGIN SELECT RAISE(ABORT, 'a pinned center''s keys cannot be changed'); END""",
    # Key-change statements are evidence: append only.
    """CREATE TRIGGER center_key_changes_no_update BEFORE UPDATE ON center_key_changes
       BEGIN SELECT RAISE(ABORT, 'key changes cannot be changed'); END""",
    """CREATE TRIGGER center_key_changes_no_delete BEFORE DELETE ON center_key_changes
       BEGIN SELECT RAISE(ABORT, 'key changes cannot be deleted'); END""",
]


def upgrade() -> None:
    op.create_table(
        "center_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("signing_key", sa.LargeBinary, nullable=False),
        sa.Column("age_identity", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("first_audit_seq", sa.Integer, nullable=False),
        sa.Column("retired_at", sa.String(32)),
    )
    op.create_table(
        "pinned_centers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(16), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("district", sa.String(32)),
        sa.Column("signing_public_key", sa.LargeBinary, nullable=False),
        sa.Column("age_recipient", sa.String(100), nullable=False),
        sa.Column("fingerprint", sa.String(48), nullable=False),
        sa.Column("card_created_at", sa.String(40), nullable=False),
        sa.Column("pinned_at", sa.String(32), nullable=False),
        sa.Column("pinned_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
        sa.Column("removed_at", sa.String(32)),
        sa.Column("removed_by", sa.Integer, sa.ForeignKey("users.id")),
        sa.Column("removed_reason", sa.String(16)),
    )
    op.create_table(
        "center_key_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("center_code", sa.String(16), nullable=False, index=True),
        sa.Column("origin", sa.String(8), nullable=False),
        sa.Column("old_fingerprint", sa.String(48), nullable=False),
        sa.Column("new_fingerprint", sa.String(48), nullable=False),
        sa.Column("statement", sa.LargeBinary, nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("recorded_by", sa.Integer, sa.ForeignKey("users.id"), nullable=False),
    )
    for statement in GUARDS:
        op.execute(statement)

    # A new vault is migrated before its center row exists (create_vault adds the keys then);
    # an existing one carries its keys over, first_audit_seq 0: they signed every checkpoint.
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT signing_key, age_identity, created_at FROM center"))
    for signing_key, age_identity, created_at in rows.all():
        conn.execute(
            sa.text("INSERT INTO center_keys (signing_key, age_identity, created_at, "
                    "first_audit_seq) VALUES (:sk, :age, :at, 0)"),
            {"sk": signing_key or Ed25519PrivateKey.generate().private_bytes_raw(),
             "age": age_identity or str(pyrage.x25519.Identity.generate()), "at": created_at},
        )

    # The table is rebuilt without the key columns; secure_delete (set on every connection)
    # overwrites the freed pages that held them.
    with op.batch_alter_table("center") as batch:
        batch.drop_column("signing_key")
        batch.drop_column("age_identity")
        batch.add_column(sa.Column("district", sa.String(32)))


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
