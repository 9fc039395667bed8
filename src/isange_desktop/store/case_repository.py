"""Queries and appends for cases. Services call these inside their unit of work.

Form values are stored as JSON, one row per saved revision; the current state of a form is its
newest revision, and nothing older is ever changed (triggers refuse it).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.errors import ValidationError
from isange_desktop.store.case_models import Case, CaseCounter, FormRevision


def next_case_seq(uow: Session, center_code: str, year: int) -> int:
    """The next number in the center's yearly series (the write lock makes it race-free)."""
    updated = uow.execute(
        update(CaseCounter)
        .where(CaseCounter.center_code == center_code, CaseCounter.year == year)
        .values(last_seq=CaseCounter.last_seq + 1)
        .returning(CaseCounter.last_seq)
    ).scalar_one_or_none()
    if updated is not None:
        return int(updated)
    uow.execute(insert(CaseCounter).values(center_code=center_code, year=year, last_seq=1))
    return 1


@dataclass(frozen=True)
class StoredRevision:
    form_id: str
    entry_no: int
    revision: int
    values: dict[str, object]
    changed_fields: tuple[str, ...]
    author: str
    at: str
    sealed: bool


def encode_values(values: Mapping[str, object]) -> str:
    """A revision's values as stored (sorted keys: equal values, equal text)."""
    return json.dumps(dict(values), sort_keys=True, ensure_ascii=False)


def _stored(row: Any) -> StoredRevision:
    return StoredRevision(row.form_id, row.entry_no, row.revision, json.loads(row.values_json),
                          tuple(json.loads(row.changed_fields)), row.author, row.at, row.sealed)


# Built once: a form save runs these on every call, and building a statement anew cost about
# as much as running it. They run on the Core connection (no ORM objects to load).
_LATEST = (
    select(FormRevision.form_id, FormRevision.entry_no, FormRevision.revision,
           FormRevision.values_json, FormRevision.changed_fields, FormRevision.author,
           FormRevision.at, FormRevision.sealed)
    .where(FormRevision.case_id == bindparam("case_id"),
           FormRevision.form_id == bindparam("form_id"),
           FormRevision.entry_no == bindparam("entry_no"))
    .order_by(FormRevision.revision.desc()).limit(1)
)
_INSERT_REVISION = insert(FormRevision)


def latest_revision(uow: Session, case_id: int, form_id: str, entry_no: int = 0
                    ) -> StoredRevision | None:
    row = uow.connection().execute(
        _LATEST, {"case_id": case_id, "form_id": form_id, "entry_no": entry_no}).first()
    return _stored(row) if row is not None else None


def current_forms(uow: Session, case_id: int) -> dict[tuple[str, int], StoredRevision]:
    """The newest revision of every form and entry of a case, in one query."""
    newest = (
        select(FormRevision.form_id, FormRevision.entry_no,
               func.max(FormRevision.revision).label("revision"))
        .where(FormRevision.case_id == case_id)
        .group_by(FormRevision.form_id, FormRevision.entry_no)
        .subquery()
    )
    rows = uow.scalars(
        select(FormRevision).join(
            newest,
            (FormRevision.form_id == newest.c.form_id)
            & (FormRevision.entry_no == newest.c.entry_no)
            & (FormRevision.revision == newest.c.revision),
        ).where(FormRevision.case_id == case_id)
    ).all()
    return {(r.form_id, r.entry_no): _stored(r) for r in rows}


def history(uow: Session, case_id: int) -> list[StoredRevision]:
    rows = uow.scalars(select(FormRevision).where(FormRevision.case_id == case_id)
                       .order_by(FormRevision.id)).all()
    return [_stored(r) for r in rows]


def next_entry_no(uow: Session, case_id: int, form_id: str) -> int:
    last = uow.scalar(select(func.max(FormRevision.entry_no))
                      .where(FormRevision.case_id == case_id, FormRevision.form_id == form_id))
    return int(last or 0) + 1


def changed_fields(before: Mapping[str, object] | None, after: Mapping[str, object]
                   ) -> tuple[str, ...]:
    before = before or {}
    keys = set(before) | set(after)
    return tuple(sorted(k for k in keys if before.get(k) != after.get(k)))


_NOT_READ = object()


def append_revision(uow: Session, *, case_id: int, form_id: str, entry_no: int,
                    values: Mapping[str, object], author: str, at: str,
                    sealed: bool = False,
                    previous: StoredRevision | object | None = _NOT_READ) -> StoredRevision:
    """Append the next revision. A caller that already read the previous one passes it (or
    None for a new entry) so it is not read twice."""
    if previous is _NOT_READ:
        previous = latest_revision(uow, case_id, form_id, entry_no)
    assert previous is None or isinstance(previous, StoredRevision)
    changes = changed_fields(previous.values if previous else None, values)
    revision = (previous.revision + 1) if previous else 1
    uow.connection().execute(_INSERT_REVISION, {
        "case_id": case_id, "form_id": form_id, "entry_no": entry_no, "revision": revision,
        "values_json": encode_values(values),
        "changed_fields": json.dumps(list(changes)), "author": author, "at": at,
        "sealed": sealed,
    })
    return StoredRevision(form_id, entry_no, revision, dict(values), changes, author, at, sealed)


def case_by_number(uow: Session, number: str) -> Case | None:
    return uow.scalars(select(Case).where(Case.number == number)).first()


def require_case(uow: Session, number: str) -> Case:
    """The case a typed number names: its check character verified, then found, or one clear
    ValidationError (casenum.* or case.not_found)."""
    canonical = str(parse_case_number(number))
    case = case_by_number(uow, canonical)
    if case is None:
        raise ValidationError("case.not_found", number=canonical)
    return case
