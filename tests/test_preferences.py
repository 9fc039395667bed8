"""Each user's language, remembered in the vault and audited."""

import json

import pytest
from sqlalchemy import select

from isange_desktop.domain.roles import Role
from isange_desktop.errors import ValidationError
from isange_desktop.services.audit_log import recent_events, verify_log
from isange_desktop.services.preferences import get_language, set_language
from isange_desktop.services.settings import get_setting
from isange_desktop.services.users import add_user
from isange_desktop.store.models import AuditEvent, SettingRevision

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

TEMP = "Temp-pass-4821"


def test_a_user_who_never_chose_has_no_language(admin_session):
    assert get_language(admin_session) is None


def test_the_last_choice_counts_and_every_choice_is_kept(admin_session):
    # When the admin picks French, then Kinyarwanda
    set_language(admin_session, "fr")
    set_language(admin_session, "rw")
    # Then Kinyarwanda is read back, and both revisions stay, as settings do
    assert get_language(admin_session) == "rw"
    with admin_session.vault.unit_of_work(readonly=True) as uow:
        values = uow.scalars(select(SettingRevision.value)
                             .where(SettingRevision.key.startswith("user."))
                             .order_by(SettingRevision.id)).all()
    assert [json.loads(v) for v in values] == ["fr", "rw"]


def test_choosing_the_same_language_again_writes_nothing(admin_session):
    set_language(admin_session, "fr")
    set_language(admin_session, "fr")
    changes = [e for e in recent_events(admin_session) if e.action == "preference.changed"]
    assert len(changes) == 1


def test_each_user_has_their_own_language(new_vault):
    # Given a nurse beside the admin
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse1", "Uwase Aline", frozenset({Role.NURSE}), TEMP)
        set_language(admin, "fr")
    # When the nurse, who needs no permission for it, picks Kinyarwanda
    with logged_in(new_vault.data_dir, "nurse1", TEMP) as nurse:
        assert get_language(nurse) is None
        set_language(nurse, "rw")
        assert get_language(nurse) == "rw"
    # Then the admin's choice is untouched
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        assert get_language(admin) == "fr"


def test_the_change_is_audited_by_name_only(admin_session):
    set_language(admin_session, "rw")
    event = next(e for e in recent_events(admin_session) if e.action == "preference.changed")
    assert (event.actor, event.object_type, event.object_id, event.outcome) == (
        ADMIN, "user", str(admin_session.user_id), "ok")
    with admin_session.vault.unit_of_work(readonly=True) as uow:
        details = uow.scalars(select(AuditEvent.details)
                              .where(AuditEvent.action == "preference.changed")).one()
    assert json.loads(details) == {"preference": "language"}  # never the value itself
    assert verify_log(admin_session).ok


def test_an_unknown_language_is_refused_and_nothing_is_stored(admin_session):
    with pytest.raises(ValueError, match="unknown language"):
        set_language(admin_session, "de")
    assert get_language(admin_session) is None


def test_a_preference_is_not_a_center_setting(admin_session):
    # The per-user key lives in the settings' table but is not one of the domain's settings
    set_language(admin_session, "fr")
    with pytest.raises(ValidationError):
        get_setting(admin_session, f"user.{admin_session.user_id}.language")
