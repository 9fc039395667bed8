"""The case as a printed document shows it, read inside the print's own unit of work.

The reads are those of the case screen (case_read.open_case, tasks.case_tasks,
case_history.case_history), built from the same pieces (visible_values, summarize,
all_clocks, the store's queries), but run in the print's transaction: the audit event
"case.printed" then commits with exactly what was read, and one print is one event, not
four. Values go through visible_values, so a document never shows more than the screen would
to the same role; the only exception is the medico-legal report (medico_legal_parts).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import CHILD_AGE
from isange_desktop.domain.followups import task_state
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.reports.case_data import (
    ConsentLine,
    Entry,
    FormHistory,
    History,
    PrintedCase,
    StatusLine,
    TaskLine,
)
from isange_desktop.services.case_history import VIEW_ACTIONS
from isange_desktop.services.case_read import visible_values
from isange_desktop.services.case_summaries import all_clocks, summarize
from isange_desktop.services.session import UserSession
from isange_desktop.store import case_list
from isange_desktop.store import case_repository as repo
from isange_desktop.store.case_models import (
    Case,
    CaseStatusChange,
    ConsentRow,
    Person,
    Task,
    TrackStatusChange,
)
from isange_desktop.store.models import AuditEvent, Center
from isange_desktop.store.types import utcnow

# What the medico-legal report carries of the medical form: the sealed report section and the
# injuries it describes. Vital signs, tests (an HIV result) and the rest stay at the center.
MEDICO_LEGAL_FIELDS = ("report_findings", "report_conclusion", "report_clinician",
                       "report_signed_at", "injuries")
_EVIDENCE_FORMS = ("forensic_sample", "custody_handover")
_ADDENDA_TO = frozenset({"medical", *_EVIDENCE_FORMS})


def read_case(uow: Session, session: UserSession, case: Case, now: datetime | None = None
              ) -> PrintedCase:
    """Everything of the case the reader's role may see, as plain data."""
    now = now or utcnow()
    row = case_list.by_ids(uow, [case.id])[0]
    summary = summarize(row, now)
    center = uow.get_one(Center, 1)
    entries: dict[str, dict[int, Entry]] = {}
    hidden: set[str] = set()
    current = repo.current_forms(uow, case.id)
    for (form_id, entry_no), stored in sorted(current.items()):
        shown = visible_values(session, stored.values, form_id, glass=False)
        if shown is None:
            hidden.add(form_id)
        else:
            entries.setdefault(form_id, {})[entry_no] = Entry(
                form_id, entry_no, shown, stored.author, stored.at, stored.sealed)
    person = uow.get_one(Person, case.person_id)
    may_see_name = granting_role(session.roles, Action.VIEW_IDENTIFICATION) is not None
    person_now = current.get(("person", 0))
    # The drawings the marks were placed on: the case screen's rule (an unknown age is a
    # child's), from the stored values whatever the reader may see of them.
    age = age_at(person_now.values if person_now else {},
                 local_date(datetime.fromisoformat(case.arrival_at)))
    return PrintedCase(
        number=case.number, center_code=center.code, center_name=center.name,
        status=summary.status, arrival_at=summary.arrival_at, gbv_type=summary.gbv_type,
        flags=summary.flags, tracks=summary.tracks, initials=summary.initials,
        full_name=f"{person.given_names} {person.family_name}".strip() if may_see_name
        else None,
        child=age is None or age < CHILD_AGE, entries=entries, hidden=tuple(sorted(hidden)),
        clocks=all_clocks(case, now), printed_at=now, consents=_consents(uow, case.id),
        tasks=_tasks(uow, case.id, now), history=_history(uow, case))


def medico_legal_parts(uow: Session, case: Case, read: PrintedCase) -> PrintedCase:
    """The case narrowed to the medico-legal report, for a role that may read that report
    (Action.VIEW_MEDICOLEGAL: the clinician, the RIB investigator it is written for, the
    manager): the report section and injuries as they stood when the clinician signed (a
    later edit of the injuries is not what was signed), the evidence and its chain of
    custody, and the addenda to those. While unsigned it is the current draft, which only
    the medical staff get to print (the service checks)."""
    history = [r for r in repo.history(uow, case.id) if (r.form_id, r.entry_no) == ("medical", 0)]
    signed = next((r for r in history if r.sealed), None)
    chosen = signed or (history[-1] if history else None)
    entries: dict[str, Mapping[int, Entry]] = {
        f: read.entries[f] for f in ("person", "incident") if f in read.entries}
    if chosen is not None:
        values = {k: chosen.values[k] for k in MEDICO_LEGAL_FIELDS if k in chosen.values}
        entries["medical"] = {0: Entry("medical", 0, values, chosen.author, chosen.at,
                                       chosen.sealed)}
    current = repo.current_forms(uow, case.id)
    for form_id in _EVIDENCE_FORMS:
        found = {n: Entry(f, n, s.values, s.author, s.at, s.sealed)
                 for (f, n), s in current.items() if f == form_id}
        if found:
            entries[form_id] = found
    # Corrections of the report and of the evidence only: an addendum to a medicine entry
    # (a PEP dose) would tell the investigator what the report leaves out.
    addenda = {n: Entry(f, n, s.values, s.author, s.at, s.sealed)
               for (f, n), s in current.items()
               if f == "addendum" and s.values.get("refers_to_form") in _ADDENDA_TO}
    if addenda:
        entries["addendum"] = addenda
    hidden = tuple(f for f in read.hidden if f in ("person", "incident"))
    return replace(read, entries=entries, hidden=hidden)


def _moment(line: StatusLine) -> datetime:
    # Stored moments carry their offsets (+02:00, Z): compared as instants, not as text.
    return datetime.fromisoformat(line.at)


def _consents(uow: Session, case_id: int) -> tuple[ConsentLine, ...]:
    rows = uow.scalars(select(ConsentRow).where(ConsentRow.case_id == case_id)
                       .order_by(ConsentRow.id))
    return tuple(ConsentLine(c.scope, c.destination, c.given, c.at, c.given_by) for c in rows)


def _tasks(uow: Session, case_id: int, now: datetime) -> tuple[TaskLine, ...]:
    """As tasks.case_tasks lists them: every task not cancelled, by due date."""
    today = local_date(now)
    rows = uow.execute(select(Task.kind, Task.due, Task.done_on)
                       .where(Task.case_id == case_id, Task.cancelled.is_(False))
                       .order_by(Task.due, Task.id)).all()
    lines = []
    for r in rows:
        due = date.fromisoformat(r.due)
        done = date.fromisoformat(r.done_on) if r.done_on else None
        lines.append(TaskLine(r.kind, due, task_state(due, done, today).value, done))
    return tuple(lines)


def _history(uow: Session, case: Case) -> History:
    """Counts and dates only: which forms were saved how often and by whom last, the status
    changes, how often the case was opened. Form names are history for every case role
    (case_history shows them); no value is read here."""
    forms: dict[str, list[repo.StoredRevision]] = {}
    for r in repo.history(uow, case.id):
        forms.setdefault(r.form_id, []).append(r)
    form_lines = tuple(
        FormHistory(form_id, len({r.entry_no for r in revs}), len(revs), revs[-1].at,
                    revs[-1].author) for form_id, revs in forms.items())
    statuses = [StatusLine("case", c.status, c.author, c.at) for c in uow.scalars(
        select(CaseStatusChange).where(CaseStatusChange.case_id == case.id))]
    statuses += [StatusLine(t.track, t.status, t.author, t.at) for t in uow.scalars(
        select(TrackStatusChange).where(TrackStatusChange.case_id == case.id))]
    views = uow.execute(
        select(func.count(), func.count(func.distinct(AuditEvent.actor)), func.max(AuditEvent.ts))
        .where(AuditEvent.object_type == "case", AuditEvent.object_id == case.number,
               AuditEvent.action.in_(VIEW_ACTIONS))).one()
    return History(form_lines, tuple(sorted(statuses, key=_moment)), int(views[0]),
                   int(views[1]), views[2])
