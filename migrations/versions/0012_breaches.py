"""Breach response (Law 058/2021 art. 43-45): the center's register of suspected personal data
breaches, and the two steps the law times from the moment one is found.

A breach is recorded once, as it was known then: its kind, when it was found (the clocks run
from there) and when it happened if known, what happened, and what it touched as counts and
kinds of data (identification, medical, counselling...), never which survivors: the register
is shown to the supervisory authority, and a list of names would be a second breach.

The steps (the national authority notified, within 48 hours; the report submitted, within 72)
are rows of their own, each written once: the unique pair (breach, step) refuses a second
"notified", and a step cannot be dated before the breach was found. Neither table is ever
changed or deleted, as with every record the center may have to show.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The text store.types.UTCDateTime writes: one format, so moments compare as text.
TS = sa.String(32)
KINDS = ("lost_device", "stolen_media", "wrong_recipient", "unauthorised_access", "other")
STEPS = ("notified", "reported")

GUARDS = [
    """CREATE TRIGGER breach_steps_not_before_found BEFORE INSERT ON breach_steps
       WHEN NEW.at < (SELECT found_at FROM breaches WHERE id = NEW.breach_id)
       BEGIN SELECT RAISE(ABORT, 'a breach step cannot come before the breach was found'); END""",
]
APPEND_ONLY = ("breaches", "breach_steps")


def upgrade() -> None:
    kinds = ", ".join(f"'{k}'" for k in KINDS)
    steps = ", ".join(f"'{s}'" for s in STEPS)
    op.create_table(
        "breaches",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("occurred_at", TS),  # often unknown: a laptop missed on Monday
        sa.Column("found_at", TS, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("measures", sa.Text),  # what was done at once (pins removed, keys changed)
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("affected_cases", sa.Integer, nullable=False),
        sa.Column("data_kinds", sa.Text, nullable=False),  # JSON list of kinds, no identities
        sa.CheckConstraint(f"kind IN ({kinds})", name="ck_breaches_kind"),
        sa.CheckConstraint("length(trim(description)) > 0", name="ck_breaches_description"),
        sa.CheckConstraint("affected_cases >= 0", name="ck_breaches_affected"),
        sa.CheckConstraint("occurred_at IS NULL OR occurred_at <= found_at",
                           name="ck_breaches_occurred_before_found"),
    )
    op.create_table(
        "breach_steps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("breach_id", sa.Integer, sa.ForeignKey("breaches.id"), nullable=False),
        sa.Column("step", sa.String(16), nullable=False),
        sa.Column("at", TS, nullable=False),  # when it was done (as the person says)
        sa.Column("recorded_by", sa.String(64), nullable=False),
        sa.Column("recorded_at", TS, nullable=False),
        sa.CheckConstraint(f"step IN ({steps})", name="ck_breach_steps_step"),
        sa.UniqueConstraint("breach_id", "step", name="uq_breach_steps_once"),
    )
    for statement in GUARDS:
        op.execute(statement)
    for table in APPEND_ONLY:
        op.execute(f"""CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}
            BEGIN SELECT RAISE(ABORT, 'the breach register cannot be changed'); END""")
        op.execute(f"""CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table}
            BEGIN SELECT RAISE(ABORT, 'the breach register cannot be deleted'); END""")


def downgrade() -> None:
    raise NotImplementedError("a vault only moves forward")
