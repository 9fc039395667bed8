"""Unsaved forms across a lock: kept in the vault for the user who typed them, given back to
that user alone at the next login, then removed. Keeping and taking back are audited (which
forms, never their values); saving a restored draft goes through case_forms as any save does."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, insert, select

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action
from isange_desktop.domain.tracks import EDIT_ACTION, TRACK_OF_FORM
from isange_desktop.errors import ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.case_models import Draft
from isange_desktop.store.types import utcnow

# A draft is one form being typed; far larger is not one (and must not fill the vault).
MAX_DRAFT_BYTES = 256 * 1024
MAX_DRAFTS = 20
# The intake wizard's typing: a draft of no case yet (its case_number is "").
INTAKE_DRAFT = "intake"


@dataclass(frozen=True)
class FormDraft:
    case_number: str
    form_id: str
    entry_no: int | None
    values: Mapping[str, object]


def keep_drafts(session: UserSession, drafts: Sequence[FormDraft]) -> None:
    """Replace this user's kept drafts with these (an empty list clears them)."""
    role = authorize(session, Action.CASE_LIST, object_type="draft")
    if len(drafts) > MAX_DRAFTS:
        raise ValidationError("draft.too_large")
    if sum(d.form_id == INTAKE_DRAFT for d in drafts) > 1:
        raise ValidationError("draft.too_large")  # one wizard at a time
    rows: list[dict[str, object]] = []
    names: list[str] = []
    for draft in drafts:
        text = json.dumps(dict(draft.values), ensure_ascii=False, sort_keys=True)
        if len(text.encode()) > MAX_DRAFT_BYTES:
            raise ValidationError("draft.too_large")
        case_number = _checked_case(session, draft)
        names.append(_name(case_number, draft.form_id))
        rows.append({"user_id": session.user_id, "case_number": case_number,
                     "form_id": draft.form_id, "entry_no": draft.entry_no,
                     "values_json": text, "saved_at": utcnow().isoformat()})
    with session.vault.unit_of_work() as uow:
        uow.execute(delete(Draft).where(Draft.user_id == session.user_id))
        if rows:
            uow.execute(insert(Draft), rows)
        record(uow, actor=session.login, role=role, action="draft.kept", object_type="draft",
               details={"forms": names})


def _checked_case(session: UserSession, draft: FormDraft) -> str:
    """The draft's case number as stored, once the user is found to be one who could have
    saved it: only that is kept for them."""
    if draft.form_id == INTAKE_DRAFT:
        authorize(session, Action.CASE_CREATE, object_type="draft", object_id=INTAKE_DRAFT)
        return ""
    track = TRACK_OF_FORM.get(draft.form_id)
    if track is None:
        raise ValidationError("case.form_not_editable", form=draft.form_id)
    authorize(session, EDIT_ACTION[track], object_type="draft", object_id=draft.form_id)
    return str(parse_case_number(draft.case_number))


def _name(case_number: str, form_id: str) -> str:
    return f"{case_number}/{form_id}" if case_number else form_id


def take_drafts(session: UserSession) -> list[FormDraft]:
    """This user's kept drafts, oldest first; they are removed from the vault as they are
    given back (the screen holds them from now on)."""
    role = authorize(session, Action.CASE_LIST, object_type="draft")
    with session.vault.unit_of_work() as uow:
        rows = uow.scalars(select(Draft).where(Draft.user_id == session.user_id)
                           .order_by(Draft.id)).all()
        drafts = [FormDraft(r.case_number, r.form_id, r.entry_no, json.loads(r.values_json))
                  for r in rows]
        if rows:
            uow.execute(delete(Draft).where(Draft.user_id == session.user_id))
            record(uow, actor=session.login, role=role, action="draft.restored",
                   object_type="draft",
                   details={"forms": [_name(d.case_number, d.form_id) for d in drafts]})
    return drafts
