"""The case list as the GUI pages through it: filters, keyset pages, a count; audited.

Search (case_read.search_cases) answers one typed text with one short list; this is the
browsable list of every case, newest first, narrowed by filters and optionally by the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.policy import Action
from isange_desktop.domain.search_text import read_search_text
from isange_desktop.domain.tracks import CaseStatus, Track
from isange_desktop.services.case_summaries import CaseSummary, summarize
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import case_list
from isange_desktop.store.case_list import ListFilter, PageKey
from isange_desktop.store.types import utcnow

MAX_PAGE = 500
COUNT_CAP = 1000


@dataclass(frozen=True)
class CaseQuery:
    """What the person chose in the list's filters. ``text`` is a case number, a phone number
    or the start of a name, read the way search reads it."""

    text: str = ""
    status: CaseStatus | None = None
    pending_track: Track | None = None
    gbv_type: GbvType | None = None
    arrived_from: date | None = None
    arrived_to: date | None = None

    def described(self) -> dict[str, object]:
        """For the audit event: which filters were used, never the text itself (a name)."""
        return {"text": bool(self.text.strip()), "status": self.status,
                "pending_track": self.pending_track, "gbv_type": self.gbv_type,
                "arrived_from": self.arrived_from.isoformat() if self.arrived_from else None,
                "arrived_to": self.arrived_to.isoformat() if self.arrived_to else None}


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseSummary, ...]
    next_key: PageKey | None  # None: this was the last page


def _store_filter(query: CaseQuery) -> ListFilter:
    f = ListFilter(status=query.status, pending_track=query.pending_track,
                   gbv_type=query.gbv_type,
                   arrived_from=query.arrived_from.isoformat() if query.arrived_from else None,
                   arrived_to=query.arrived_to.isoformat() if query.arrived_to else None)
    if not query.text.strip():
        return f
    search = read_search_text(query.text)
    if search.kind == "number":
        return replace(f, number=search.key)
    if search.kind == "phone":
        return replace(f, phone_key=search.key)
    return replace(f, name_prefix=search.key)


def list_cases(session: UserSession, query: CaseQuery, *, after: PageKey | None = None,
               limit: int = 200) -> CasePage:
    """One page of cases, newest first; pass the previous page's ``next_key`` for the next."""
    role = authorize(session, Action.CASE_LIST, object_type="case")
    if not 1 <= limit <= MAX_PAGE:
        raise ValueError(f"limit must be from 1 to {MAX_PAGE}")
    f = _store_filter(query)
    now = utcnow()
    with session.vault.unit_of_work() as uow:
        # One row more than asked tells whether another page exists without a count.
        rows = case_list.page(uow, f, after, limit + 1)
        more = len(rows) > limit
        rows = rows[:limit]
        record(uow, actor=session.login, role=role, action="case.listed", object_type="case",
               details={**query.described(), "page_after": after is not None,
                        "shown": len(rows)})
    next_key = (rows[-1].arrival_at, rows[-1].id) if more else None
    return CasePage(tuple(summarize(r, now) for r in rows), next_key)


def count_cases(session: UserSession, query: CaseQuery, *, cap: int = COUNT_CAP) -> int:
    """How many cases the filters match (the list's status line), up to ``cap + 1``: a
    result above ``cap`` means "more than cap"."""
    authorize(session, Action.CASE_LIST, object_type="case")
    f = _store_filter(query)
    with session.vault.unit_of_work(readonly=True) as uow:
        return case_list.count(uow, f, cap)
