"""The case list: one row per case with what a list shows, in plain SQL.

Lists are the hottest read of the application (search as you type, the GUI's paged list over
100,000 cases). Through the ORM, building the objects cost most of a search's time, so these
queries run on the unit of work's own DBAPI connection (same transaction, same audit commit)
and return small frozen rows.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_, union
from sqlalchemy.orm import Session

from isange_desktop.store.case_models import Case, CaseTrack, Person
from isange_desktop.store.referral_models import OutgoingReferral

# Enough rows for a search result list; the GUI pages further through its own model.
SEARCH_LIMIT = 50
# Above this many people matching a name fragment, walking the cases newest first finds a
# page of matches sooner than sorting every match (a common prefix such as "uwi" names a
# tenth of all survivors); below it, sorting the few matches is cheaper than the walk.
_WALK_ABOVE = 1000

# The statements are written out whole (no SQL built from strings); lists of ids travel as one
# JSON parameter read by json_each, so a statement never changes with the number of ids.
_BY_IDS = """SELECT c.id, c.number, c.status, c.arrival_at, c.gbv_type, c.flags,
    c.incident_earliest, c.incident_latest, p.family_name, p.given_names,
    (SELECT group_concat(t.track || '=' || t.status) FROM case_tracks t
     WHERE t.case_id = c.id),
    (SELECT max(r.status) FROM outgoing_referrals r WHERE r.case_id = c.id)
    FROM cases c JOIN persons p ON p.id = c.person_id
    WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.arrival_at DESC, c.id DESC"""
_BY_NUMBER = """SELECT c.id, c.number, c.status, c.arrival_at, c.gbv_type, c.flags,
    c.incident_earliest, c.incident_latest, p.family_name, p.given_names,
    (SELECT group_concat(t.track || '=' || t.status) FROM case_tracks t
     WHERE t.case_id = c.id),
    (SELECT max(r.status) FROM outgoing_referrals r WHERE r.case_id = c.id)
    FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.number = ?1"""
_BY_PHONE = """SELECT c.id, c.number, c.status, c.arrival_at, c.gbv_type, c.flags,
    c.incident_earliest, c.incident_latest, p.family_name, p.given_names,
    (SELECT group_concat(t.track || '=' || t.status) FROM case_tracks t
     WHERE t.case_id = c.id),
    (SELECT max(r.status) FROM outgoing_referrals r WHERE r.case_id = c.id)
    FROM persons p JOIN cases c ON c.person_id = p.id WHERE p.phone_key = ?1
    ORDER BY c.arrival_at DESC, c.id DESC LIMIT ?2"""
# Counted up to the threshold in each index (a person matching both counts twice: this only
# chooses a plan, and the two bounded range counts cost less than merging them).
_MANY_PEOPLE_NAMED = """SELECT
    (SELECT count(*) FROM (SELECT 1 FROM persons WHERE family_key >= ?1 AND family_key < ?2
                           LIMIT ?3 + 1))
  + (SELECT count(*) FROM (SELECT 1 FROM persons WHERE given_key >= ?1 AND given_key < ?2
                           LIMIT ?3 + 1)) > ?3"""
# Both plans choose the ids first from covering indexes (migration 0007) and only then read
# the fifty rows shown.
_NAMED_SORTED = """SELECT c.id, c.number, c.status, c.arrival_at, c.gbv_type, c.flags,
    c.incident_earliest, c.incident_latest, p.family_name, p.given_names,
    (SELECT group_concat(t.track || '=' || t.status) FROM case_tracks t
     WHERE t.case_id = c.id),
    (SELECT max(r.status) FROM outgoing_referrals r WHERE r.case_id = c.id)
    FROM cases c JOIN persons p ON p.id = c.person_id
    WHERE c.id IN (
        SELECT n.id FROM cases n WHERE n.person_id IN (
            SELECT id FROM persons WHERE family_key >= ?1 AND family_key < ?2
            UNION SELECT id FROM persons WHERE given_key >= ?1 AND given_key < ?2)
        ORDER BY n.arrival_at DESC, n.id DESC LIMIT ?3)
    ORDER BY c.arrival_at DESC, c.id DESC"""
# CROSS JOIN keeps cases as the outer loop, read newest first from its index.
_NAMED_WALKED = """SELECT c.id, c.number, c.status, c.arrival_at, c.gbv_type, c.flags,
    c.incident_earliest, c.incident_latest, p.family_name, p.given_names,
    (SELECT group_concat(t.track || '=' || t.status) FROM case_tracks t
     WHERE t.case_id = c.id),
    (SELECT max(r.status) FROM outgoing_referrals r WHERE r.case_id = c.id)
    FROM cases c JOIN persons p ON p.id = c.person_id
    WHERE c.id IN (
        SELECT n.id FROM cases n CROSS JOIN persons m ON m.id = n.person_id
        WHERE (m.family_key >= ?1 AND m.family_key < ?2)
           OR (m.given_key >= ?1 AND m.given_key < ?2)
        ORDER BY n.arrival_at DESC, n.id DESC LIMIT ?3)
    ORDER BY c.arrival_at DESC, c.id DESC"""
@dataclass(frozen=True)
class CaseListRow:
    id: int
    number: str
    status: str
    arrival_at: str
    gbv_type: str | None
    flags: tuple[str, ...]
    incident_earliest: str | None
    incident_latest: str | None
    family_name: str
    given_names: str
    tracks: Mapping[str, str]  # track -> current status
    # Of the case's referrals to other centers: "sent" while any awaits its receipt, else
    # "received"; None when it was never referred (the list's only referral column).
    referral: str | None = None


def connection_of(uow: Session) -> Any:
    """The DBAPI connection under this unit of work (inside its transaction)."""
    return uow.connection().connection.driver_connection


def _rows(uow: Session, sql: str, params: Sequence[object]) -> list[CaseListRow]:
    return _with_tracks(connection_of(uow).execute(sql, tuple(params)).fetchall())


def _with_tracks(found: Sequence[Sequence[Any]]) -> list[CaseListRow]:
    """Rows whose last columns are the case's current tracks as "track=status,..." and its
    referral state."""
    return [CaseListRow(r[0], r[1], r[2], r[3], r[4], tuple(json.loads(r[5])), r[6], r[7], r[8],
                        r[9], _tracks(r[10]), r[11]) for r in found]


def _tracks(joined: str | None) -> dict[str, str]:
    if not joined:
        return {}
    return dict(pair.split("=", 1) for pair in joined.split(","))


def by_ids(uow: Session, ids: Sequence[int]) -> list[CaseListRow]:
    return _rows(uow, _BY_IDS, [json.dumps(list(ids))])


def by_number(uow: Session, number: str) -> list[CaseListRow]:
    return _rows(uow, _BY_NUMBER, [number])


def by_phone(uow: Session, key: str) -> list[CaseListRow]:
    return _rows(uow, _BY_PHONE, [key, SEARCH_LIMIT])


def by_name_prefix(uow: Session, folded: str) -> list[CaseListRow]:
    """Family or given name starting with the folded fragment, newest cases first."""
    upper = folded + "\uffff"
    return _rows(uow, _NAMED_WALKED if names_many(uow, folded) else _NAMED_SORTED,
                 [folded, upper, SEARCH_LIMIT])


@dataclass(frozen=True)
class ListFilter:
    """What the case list is narrowed to; None means any. Dates are center-local ISO days,
    compared with the stored arrival time's date part."""

    status: str | None = None
    pending_track: str | None = None
    gbv_type: str | None = None
    arrived_from: str | None = None
    arrived_to: str | None = None
    name_prefix: str | None = None  # folded
    walk_names: bool = False  # set by page() from names_many()
    phone_key: str | None = None
    number: str | None = None


_TRACKS_OF_CASE = (select(func.group_concat(CaseTrack.track + "=" + CaseTrack.status))
                   .where(CaseTrack.case_id == Case.id).scalar_subquery())
_REFERRAL_OF_CASE = (select(func.max(OutgoingReferral.status))
                     .where(OutgoingReferral.case_id == Case.id).scalar_subquery())
_LIST_COLUMNS = (Case.id, Case.number, Case.status, Case.arrival_at, Case.gbv_type, Case.flags,
                 Case.incident_earliest, Case.incident_latest, Person.family_name,
                 Person.given_names, _TRACKS_OF_CASE, _REFERRAL_OF_CASE)
PageKey = tuple[str, int]  # (arrival_at, id) of the last row shown


def _filtered(query: Select[*tuple[Any, ...]], f: ListFilter
              ) -> Select[*tuple[Any, ...]]:
    if f.status is not None:
        query = query.where(Case.status == f.status)
    if f.gbv_type is not None:
        query = query.where(Case.gbv_type == f.gbv_type)
    if f.pending_track is not None:
        query = query.where(select(CaseTrack.case_id).where(
            CaseTrack.case_id == Case.id, CaseTrack.track == f.pending_track,
            CaseTrack.status == "pending").exists())
    if f.arrived_from is not None:
        query = query.where(Case.arrival_at >= f.arrived_from)
    if f.arrived_to is not None:
        # Every stored time of that day sorts below the next character after the date.
        query = query.where(Case.arrival_at < f.arrived_to + "~")
    if f.number is not None:
        query = query.where(Case.number == f.number)
    if f.phone_key is not None:
        query = query.where(Case.person_id.in_(
            select(Person.id).where(Person.phone_key == f.phone_key)))
    if f.name_prefix is not None:
        query = query.where(_named(f.name_prefix, walk=f.walk_names))
    return query


def _named(folded: str, *, walk: bool) -> ColumnElement[bool]:
    """The filter on cases (no join with persons, so the planner keeps cases in charge)."""
    upper = folded + "\uffff"
    if walk:
        # A correlated EXISTS cannot be turned into a join: the cases are read newest first
        # from their index and each one's person checked, until a page is full.
        return (select(Person.id).where(
            Person.id == Case.person_id,
            or_(and_(Person.family_key >= folded, Person.family_key < upper),
                and_(Person.given_key >= folded, Person.given_key < upper))).exists())
    people = union(
        select(Person.id).where(Person.family_key >= folded, Person.family_key < upper),
        select(Person.id).where(Person.given_key >= folded, Person.given_key < upper))
    return Case.person_id.in_(people)


def names_many(uow: Session, folded: str) -> bool:
    """Whether a name fragment names so many people that walking the cases beats sorting."""
    (many,) = connection_of(uow).execute(_MANY_PEOPLE_NAMED,
                                         (folded, folded + "\uffff", _WALK_ABOVE)).fetchone()
    return bool(many)


def page(uow: Session, f: ListFilter, after: PageKey | None, limit: int) -> list[CaseListRow]:
    """One page of the list, newest first, continuing after the last row of the previous page
    (keyset paging: the cost of page 500 is the cost of page 1)."""
    if f.name_prefix is not None:
        f = replace(f, walk_names=names_many(uow, f.name_prefix))
    # The page's ids first, from the cases' indexes; then the columns of those rows only.
    ids = _filtered(select(Case.id), f)
    if after is not None:
        ids = ids.where(tuple_(Case.arrival_at, Case.id) < tuple_(*after))
    newest_first = (Case.arrival_at.desc(), Case.id.desc())
    ids = ids.order_by(*newest_first).limit(limit)
    query = (select(*_LIST_COLUMNS).join(Person, Person.id == Case.person_id)
             .where(Case.id.in_(ids.scalar_subquery())).order_by(*newest_first))
    return _with_tracks(uow.execute(query).all())


def count(uow: Session, f: ListFilter, cap: int) -> int:
    """How many cases match, counted no further than ``cap + 1``: a status line needs "more
    than 1,000", and counting every one of 12,000 matches would hold up the next search."""
    # Counting reads the matches themselves: from the people's index, never by a walk.
    limited = _filtered(select(Case.id), replace(f, walk_names=False)).limit(cap + 1).subquery()
    return int(uow.execute(select(func.count()).select_from(limited)).scalar_one())
