"""Drafts across a lock: kept for the user who typed them, given back once, to them alone."""

from __future__ import annotations

import pytest

from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.drafts import INTAKE_DRAFT, FormDraft, keep_drafts, take_drafts
from test_case_services import INTAKE, as_, center  # noqa: F401  (fixture)


def test_a_draft_comes_back_once_to_its_author_only(center):  # noqa: F811
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE).number
        draft = FormDraft(number, "medical", None, {"triage_priority": "urgent",
                                                    "examination_findings": "Canary bruise"})
        keep_drafts(nurse, [draft])
    # Another user logging in in between sees nothing of it
    with as_(center, "psy") as psy:
        assert take_drafts(psy) == []
    with as_(center, "nurse") as nurse:
        assert take_drafts(nurse) == [draft]
        assert take_drafts(nurse) == []  # given back once
        with nurse.vault.dbapi() as conn:
            actions = [r[0] for r in conn.execute(
                "SELECT action FROM audit_events WHERE object_type = 'draft' ORDER BY seq")]
            details = " ".join(r[0] for r in conn.execute(
                "SELECT details FROM audit_events WHERE object_type = 'draft'"))
    assert actions == ["draft.kept", "draft.restored"]
    assert "Canary" not in details  # which forms, never their values


def test_only_what_the_user_could_save_is_kept(center):  # noqa: F811
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE).number
    with as_(center, "rib") as rib:
        with pytest.raises(PermissionDenied):
            keep_drafts(rib, [FormDraft(number, "medical", None, {"triage_priority": "urgent"})])
        with pytest.raises(ValidationError):
            keep_drafts(rib, [FormDraft(number, "legal", None, {"x": "y" * 300_000})])
        assert take_drafts(rib) == []


def test_a_new_lock_replaces_the_kept_drafts(center):  # noqa: F811
    with as_(center, "nurse") as nurse:
        number = create_case(nurse, INTAKE).number
        keep_drafts(nurse, [FormDraft(number, "medical", None, {"temperature_c": 37})])
        keep_drafts(nurse, [FormDraft(number, "medicine", None, {"medicine": "pep"})])
        assert [d.form_id for d in take_drafts(nurse)] == ["medicine"]


def test_an_intake_draft_is_kept_only_for_who_may_create_a_case(center):  # noqa: F811
    intake = FormDraft("", INTAKE_DRAFT, None, {"step": 2, "person": {"family_name": "Canary"}})
    with as_(center, "nurse") as nurse:
        keep_drafts(nurse, [intake])
        assert take_drafts(nurse) == [intake]
        with pytest.raises(ValidationError):  # one wizard at a time
            keep_drafts(nurse, [intake, intake])
    with as_(center, "rib") as rib, pytest.raises(PermissionDenied):
        keep_drafts(rib, [intake])
