"""Each user's own preferences (today: the language the app speaks to them), kept in the vault.

They reuse the settings' table: one revisioned key per user and preference (`user.<id>.<name>`),
never overwritten, with its author and time, like the center's settings. Domain settings are
looked up by their own names, so these keys cannot be mistaken for one. Changing your own
preference needs no permission, but is audited like any other change.
"""

from __future__ import annotations

import json

from sqlalchemy import insert, select

from isange_desktop.i18n.messages import LANGUAGES
from isange_desktop.services.session import UserSession, record
from isange_desktop.store.models import SettingRevision
from isange_desktop.store.types import utcnow

LANGUAGE = "language"

_NEW_REVISION = insert(SettingRevision.metadata.tables[SettingRevision.__tablename__])


def _key(session: UserSession, name: str) -> str:
    # The user's id, not the login: ids are never reused, and the key names no one.
    return f"user.{session.user_id}.{name}"


def get_language(session: UserSession) -> str | None:
    """The language this user chose last, or None if they never chose one."""
    with session.vault.unit_of_work(readonly=True) as uow:
        value = uow.scalars(
            select(SettingRevision.value).where(SettingRevision.key == _key(session, LANGUAGE))
            .order_by(SettingRevision.id.desc()).limit(1)
        ).first()
    code = None if value is None else json.loads(value)
    # A code this version does not speak (written by a newer one) counts as no choice.
    return code if code in LANGUAGES else None


def set_language(session: UserSession, code: str) -> None:
    """Remember `code` ("rw", "en" or "fr") for this user; the same choice again is no change."""
    if code not in LANGUAGES:
        # The GUI offers only these codes: anything else is a programming error.
        raise ValueError(f"unknown language {code!r}; expected one of {LANGUAGES}")
    if get_language(session) == code:
        return
    with session.vault.unit_of_work() as uow:
        uow.execute(_NEW_REVISION, {"key": _key(session, LANGUAGE), "value": json.dumps(code),
                                    "changed_by": session.login, "changed_at": utcnow()})
        # Details name the preference, never its value (as for every audited change).
        record(uow, actor=session.login, role=session.roles_label, action="preference.changed",
               object_type="user", object_id=str(session.user_id),
               details={"preference": LANGUAGE})
