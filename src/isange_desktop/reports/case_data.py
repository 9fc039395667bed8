"""What the case documents are drawn from: plain data the print service gathers (already
filtered to what the reader may see), and nothing of the vault, SQLAlchemy or Qt."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from isange_desktop.domain.clinical_clocks import ClockState
from isange_desktop.reports.pdf_base import Footer


@dataclass(frozen=True)
class Entry:
    """One form, or one entry of a repeating form, at its newest revision (or, for the
    medico-legal report, at the revision the clinician signed)."""

    form_id: str
    entry_no: int
    values: Mapping[str, object]
    author: str
    at: str  # ISO moment of that revision
    sealed: bool = False


@dataclass(frozen=True)
class ConsentLine:
    scope: str
    destination: str | None
    given: bool
    at: str
    by: str  # "survivor" or "guardian"


@dataclass(frozen=True)
class TaskLine:
    kind: str  # domain.followups.TaskKind value
    due: date
    state: str  # domain.followups.TaskState value
    done_on: date | None = None


@dataclass(frozen=True)
class StatusLine:
    of: str  # "case" or a track
    status: str
    author: str
    at: str


@dataclass(frozen=True)
class FormHistory:
    form_id: str
    entries: int
    revisions: int
    last_at: str
    last_by: str


@dataclass(frozen=True)
class History:
    forms: tuple[FormHistory, ...] = ()
    statuses: tuple[StatusLine, ...] = ()
    views: int = 0  # how often the case was opened (audited reads)
    viewers: int = 0  # by how many people
    last_view: str | None = None


@dataclass(frozen=True)
class PrintedCase:
    """A case as the reader may see it at print time. Forms the reader may not see are absent
    from `entries` and named in `hidden`; the name is None unless the role may read it."""

    number: str
    center_code: str
    center_name: str
    status: str
    arrival_at: str
    gbv_type: str | None
    flags: tuple[str, ...]
    tracks: Mapping[str, str]
    initials: str
    full_name: str | None
    child: bool  # which body drawings (adult or child) the marks were placed on
    entries: Mapping[str, Mapping[int, Entry]]  # form id -> entry number -> entry
    hidden: tuple[str, ...]
    clocks: tuple[ClockState, ...]
    printed_at: datetime
    consents: tuple[ConsentLine, ...] = ()
    tasks: tuple[TaskLine, ...] = ()
    history: History = field(default_factory=History)

    def entry(self, form_id: str, entry_no: int = 0) -> Entry | None:
        return self.entries.get(form_id, {}).get(entry_no)

    def values(self, form_id: str, entry_no: int = 0) -> Mapping[str, object]:
        found = self.entry(form_id, entry_no)
        return found.values if found is not None else {}

    def all_entries(self, form_id: str) -> list[Entry]:
        return [e for _, e in sorted(self.entries.get(form_id, {}).items())]


@dataclass(frozen=True)
class Destination:
    """Where a referral slip goes: a pinned center, and the consent that lets it go."""

    code: str
    name: str
    district: str | None
    consent_reason: str  # the consent.* decision (allowed when the slip is printed)
    consent_at: str | None  # when the consent it rests on was recorded


@dataclass(frozen=True)
class Printing:
    """Who prints, in which language, and the checkpoint that covers the print itself."""

    footer: Footer
    password: str | None = None

    @property
    def lang(self) -> str:
        return self.footer.lang
