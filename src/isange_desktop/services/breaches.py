"""The breach register (Law 058/2021 art. 43-45): record a suspected breach, the notification
of the NCSA and the report, list them with their deadlines, and print the notification draft.

The manager or IT (Action.BREACH_RECORD) records what happened and which cases it touched:
"all" (a lost laptop holds every case in the vault) or the case numbers concerned (a referral
sent to the wrong center). The service counts those cases and works out which kinds of data
they hold (identification, medical, counselling...) from which forms and attachments exist,
and stores only the count and the kinds: the register, the audit log and the printed notice
never say which survivors, since a list of names handed to an authority would be a breach of
its own.

Each call checks the role, then the input; a refusal writes nothing (only a refusal by role
is audited, as every denied permission is). A change and its audit event are one
transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isange_desktop.domain.breach_deadlines import BreachInfo, BreachKind, DataKind, Step
from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.policy import Action
from isange_desktop.domain.tracks import TRACK_OF_FORM, Track
from isange_desktop.errors import ValidationError
from isange_desktop.reports.breach_notice import NoticeData, render_breach_notice
from isange_desktop.services.incoming_bundles import signed_checkpoint
from isange_desktop.services.screening_answers import SCREENING_FORM
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.attachment_models import Attachment
from isange_desktop.store.breach_models import Breach, BreachStep
from isange_desktop.store.case_models import Case, Draft, FormRevision
from isange_desktop.store.models import Center
from isange_desktop.store.types import utcnow

MAX_TEXT_CHARS = 4000
Scope = Literal["all"] | Sequence[str]

# Which kind of data a form's entries are; a form missing here fails tests/test_breaches.py,
# so a new form cannot silently drop out of a breach's notice.
_TRACK_KIND = {Track.MEDICAL: DataKind.MEDICAL, Track.PSYCHOSOCIAL: DataKind.COUNSELLING,
               Track.LEGAL: DataKind.LEGAL, Track.SHELTER: DataKind.SHELTER}
FORM_KIND: dict[str, DataKind] = {
    "person": DataKind.IDENTIFICATION,
    "incident": DataKind.INCIDENT,
    SCREENING_FORM: DataKind.INCIDENT,
    **{form_id: _TRACK_KIND[track] for form_id, track in TRACK_OF_FORM.items()},
}


def _info(row: Breach, steps: Iterable[BreachStep]) -> BreachInfo:
    done = {s.step: s.at for s in steps}
    return BreachInfo(
        id=row.id, kind=row.kind, found_at=row.found_at, occurred_at=row.occurred_at,
        description=row.description, measures=row.measures, recorded_by=row.recorded_by,
        recorded_at=row.recorded_at, affected_cases=row.affected_cases,
        data_kinds=tuple(json.loads(row.data_kinds)),
        notified_at=done.get(Step.NOTIFIED), reported_at=done.get(Step.REPORTED))


def _moment(value: datetime | None) -> datetime | None:
    if value is not None and value.utcoffset() is None:
        # A naive time could be read in either zone, two hours apart: a legal deadline.
        raise ValidationError("breach.time_invalid", text=value.isoformat())
    return value


def _text(value: str | None, *, required: bool) -> str | None:
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError("breach.description_empty")
        return None
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationError("breach.description_too_long", max=MAX_TEXT_CHARS)
    return text


def _checked_numbers(scope: Scope) -> list[str] | None:
    """None for every case; else the canonical numbers, each once, in the order given."""
    if isinstance(scope, str):
        if scope != "all":
            raise ValidationError("breach.scope_empty")
        return None
    numbers: list[str] = []
    for text in scope:
        try:
            number = str(parse_case_number(text))
        except ValidationError:
            raise ValidationError("breach.bad_case_number", number=text) from None
        if number not in numbers:
            numbers.append(number)
    if not numbers:
        raise ValidationError("breach.scope_empty")
    return numbers


def _affected(uow: Session, numbers: list[str] | None) -> tuple[int, tuple[str, ...]]:
    """How many cases, and the kinds of data they hold: read from which forms have entries
    (saved or left as a draft at a lock) and whether attachments exist, never their values."""
    forms = select(FormRevision.form_id).distinct()
    drafts = select(Draft.form_id).distinct()
    attachments = select(Attachment.id).limit(1)
    if numbers is None:
        count = uow.scalar(select(func.count()).select_from(Case)) or 0
    else:
        ids = {number: case_id for number, case_id in uow.execute(
            select(Case.number, Case.id).where(Case.number.in_(numbers)))}
        missing = next((n for n in numbers if n not in ids), None)
        if missing is not None:
            raise ValidationError("breach.unknown_case", number=missing)
        count = len(ids)
        forms = forms.where(FormRevision.case_id.in_(ids.values()))
        drafts = drafts.where(Draft.case_number.in_(numbers))
        attachments = attachments.where(Attachment.case_id.in_(ids.values()))
    kinds = {FORM_KIND[f] for f in [*uow.scalars(forms), *uow.scalars(drafts)]
             if f in FORM_KIND}
    if count:
        kinds.add(DataKind.IDENTIFICATION)  # every case has its person
    if uow.scalars(attachments).first() is not None:
        kinds.add(DataKind.ATTACHMENTS)
    return count, tuple(k.value for k in DataKind if k in kinds)


def record_breach(session: UserSession, *, kind: str | BreachKind, found_at: datetime | None,
                  description: str, scope: Scope, occurred_at: datetime | None = None,
                  measures: str | None = None, now: datetime | None = None) -> BreachInfo:
    """Enter a suspected breach in the register (module docstring)."""
    role = authorize(session, Action.BREACH_RECORD, object_type="breach")
    now = now or utcnow()
    try:
        chosen = BreachKind(kind)
    except ValueError:
        raise ValidationError("breach.kind_unknown", kind=str(kind)) from None
    found = _moment(found_at)
    if found is None:
        raise ValidationError("breach.found_missing")
    if found > now:
        raise ValidationError("breach.found_in_future")
    occurred = _moment(occurred_at)
    if occurred is not None and occurred > found:
        raise ValidationError("breach.occurred_after_found")
    text = _text(description, required=True)
    assert text is not None
    done = _text(measures, required=False)
    numbers = _checked_numbers(scope)
    with session.vault.unit_of_work() as uow:
        count, kinds = _affected(uow, numbers)
        row = Breach(kind=chosen.value, occurred_at=occurred, found_at=found, description=text,
                     measures=done, recorded_by=session.login, recorded_at=now,
                     affected_cases=count, data_kinds=json.dumps(list(kinds)))
        uow.add(row)
        uow.flush()
        # Counts and kinds only: which cases were named is not kept anywhere.
        record(uow, actor=session.login, role=role, action="breach.recorded",
               object_type="breach", object_id=str(row.id),
               details={"kind": chosen.value, "scope": "all" if numbers is None else "listed",
                        "affected_cases": count, "data_kinds": list(kinds)})
        return _info(row, ())


def _steps(uow: Session, breach_ids: Iterable[int]) -> dict[int, list[BreachStep]]:
    found: dict[int, list[BreachStep]] = {}
    for step in uow.scalars(select(BreachStep).where(BreachStep.breach_id.in_(list(breach_ids)))):
        found.setdefault(step.breach_id, []).append(step)
    return found


def _record_step(session: UserSession, breach_id: int, step: Step, at: datetime | None,
                 now: datetime | None) -> BreachInfo:
    role = authorize(session, Action.BREACH_RECORD, object_type="breach",
                     object_id=str(breach_id))
    now = now or utcnow()
    when = _moment(at) or now
    if when > now:
        raise ValidationError("breach.step_in_future")
    with session.vault.unit_of_work() as uow:
        row = uow.get(Breach, breach_id)
        if row is None:
            raise ValidationError("breach.not_found", id=breach_id)
        if when < row.found_at:
            raise ValidationError("breach.step_before_found")
        steps = _steps(uow, [row.id]).get(row.id, [])
        if any(s.step == step for s in steps):
            raise ValidationError(f"breach.already_{step.value}", id=breach_id)
        added = BreachStep(breach_id=row.id, step=step.value, at=when,
                           recorded_by=session.login, recorded_at=now)
        uow.add(added)
        uow.flush()
        info = _info(row, [*steps, added])
        state = next(s for s in info.deadlines(now) if s.step == step).state
        record(uow, actor=session.login, role=role, action=f"breach.{step.value}",
               object_type="breach", object_id=str(row.id),
               details={"at": when.isoformat(timespec="seconds"), "state": state.value})
        return info


def record_notified(session: UserSession, breach_id: int, *, at: datetime | None = None,
                    now: datetime | None = None) -> BreachInfo:
    """The NCSA was notified at ``at`` (default: now); recorded once."""
    return _record_step(session, breach_id, Step.NOTIFIED, at, now)


def record_reported(session: UserSession, breach_id: int, *, at: datetime | None = None,
                    now: datetime | None = None) -> BreachInfo:
    """The report was submitted at ``at`` (default: now); recorded once."""
    return _record_step(session, breach_id, Step.REPORTED, at, now)


def list_breaches(session: UserSession) -> tuple[BreachInfo, ...]:
    """Every breach in the register, newest found first; the look is audited."""
    role = authorize(session, Action.BREACH_RECORD, object_type="breach")
    with session.vault.unit_of_work() as uow:
        rows = list(uow.scalars(select(Breach).order_by(Breach.found_at.desc(),
                                                        Breach.id.desc())))
        steps = _steps(uow, (r.id for r in rows))
        record(uow, actor=session.login, role=role, action="breach.listed",
               object_type="breach", details={"shown": len(rows)})
        return tuple(_info(r, steps.get(r.id, ())) for r in rows)


def breach_notice(session: UserSession, breach_id: int, lang: str, *,
                  now: datetime | None = None) -> bytes:
    """The notification draft as PDF bytes in ``lang``; the print is audited, and its footer
    carries the signed checkpoint covering that event. Nothing is written to disk here."""
    role = authorize(session, Action.BREACH_RECORD, object_type="breach",
                     object_id=str(breach_id))
    now = now or utcnow()
    with session.vault.unit_of_work() as uow:
        row = uow.get(Breach, breach_id)
        if row is None:
            raise ValidationError("breach.not_found", id=breach_id)
        info = _info(row, _steps(uow, [row.id]).get(row.id, []))
        center = uow.get_one(Center, 1)
        record(uow, actor=session.login, role=role, action="breach.notice_printed",
               object_type="breach", object_id=str(row.id), details={"lang": lang})
        checkpoint = signed_checkpoint(uow)
        data = NoticeData(
            center_name=center.name, center_code=center.code, breach=info,
            printed_by=f"{session.display_name} ({session.login})", printed_at=now,
            checkpoint_seq=int(checkpoint["seq"]),
            checkpoint_hash=str(checkpoint["head_hash"]))
        # Rendered inside the transaction: a failed rendering rolls its audit event back.
        return render_breach_notice(data, lang)
