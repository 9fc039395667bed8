"""The words the GUI shows for the core's codes: track, status, type, clock.

Written as Qt source strings (context "CaseWords") so lupdate collects them; the clocks' and
violence types' names come from the core's catalog, which already carries all three languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject

from isange_desktop.domain.clinical_clocks import ClockKind, ClockState, ClockStatus
from isange_desktop.domain.tracks import CaseStatus, Track, TrackStatus
from isange_desktop.i18n.messages import translate


class CaseWords(QObject):
    """Only a translation context. `CaseWords.tr(...)` is the call in which Qt's Python lupdate
    sees both the context and a plural count: it skips strings passed to a helper such as
    `_tr(text)`, and takes the count of QCoreApplication.translate(ctx, text, None, n) for an
    encoding argument, so those strings were missing from the .ts files or had no plural forms."""


def track_name(track: Track | str) -> str:
    return {
        Track.MEDICAL: CaseWords.tr("Medical"),
        Track.PSYCHOSOCIAL: CaseWords.tr("Psychosocial"),
        Track.LEGAL: CaseWords.tr("Legal"),
        Track.SHELTER: CaseWords.tr("Shelter"),
    }.get(Track(track), str(track))


def track_status_name(status: TrackStatus | str) -> str:
    return {
        TrackStatus.NOT_NEEDED: CaseWords.tr("Not needed"),
        TrackStatus.PENDING: CaseWords.tr("Pending"),
        TrackStatus.IN_PROGRESS: CaseWords.tr("In progress"),
        TrackStatus.COMPLETED: CaseWords.tr("Completed"),
        TrackStatus.DECLINED: CaseWords.tr("Declined"),
    }.get(TrackStatus(status), str(status))


def case_status_name(status: CaseStatus | str) -> str:
    return {
        CaseStatus.OPEN: CaseWords.tr("Open"),
        CaseStatus.ACTIVE: CaseWords.tr("Active"),
        CaseStatus.REFERRED_OUT: CaseWords.tr("Referred out"),
        CaseStatus.CLOSURE_REQUESTED: CaseWords.tr("Closure requested"),
        CaseStatus.CLOSED: CaseWords.tr("Closed"),
        CaseStatus.VOIDED: CaseWords.tr("Voided"),
    }.get(CaseStatus(status), str(status))


def gbv_type_name(gbv_type: str | None) -> str:
    return translate(f"gbv.type.{gbv_type or 'none'}")


def clock_name(state: ClockState, *, short: bool = False) -> str:
    if not short:
        return translate(state.kind.label_id)
    return {
        ClockKind.PEP: CaseWords.tr("PEP"),
        ClockKind.EC_LEVONORGESTREL: CaseWords.tr("EC levonorgestrel"),
        ClockKind.EC_ULIPRISTAL_OR_IUD: CaseWords.tr("EC ulipristal/IUD"),
        ClockKind.FORENSIC_BEST: CaseWords.tr("Forensic evidence"),
        ClockKind.FORENSIC_EXTENDED: CaseWords.tr("Forensic, some samples"),
        ClockKind.HEPATITIS_B: CaseWords.tr("Hepatitis B"),
    }[state.kind]


def _duration(span: timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    # Qt's plural forms: the .ts holds one text per grammatical number of each language.
    if hours >= 48:
        return CaseWords.tr("%n day(s)", None, hours // 24)
    if hours >= 1:
        return CaseWords.tr("%n hour(s)", None, hours)
    return CaseWords.tr("under an hour")


def clock_text(state: ClockState, *, short: bool = False) -> str:
    """The clock in words, so its state never rests on colour alone."""
    name = clock_name(state, short=short)
    if state.status is ClockStatus.CLOSED:
        return CaseWords.tr("{clock}: closed {time} ago").format(
            clock=name, time=_duration(state.closed_for))
    if state.status is ClockStatus.CLOSING:
        return CaseWords.tr("{clock}: closing, {time} left").format(
            clock=name, time=_duration(state.remaining))
    return CaseWords.tr("{clock}: {time} left").format(
        clock=name, time=_duration(state.remaining))


@dataclass(frozen=True)
class ClockColours:
    background: str
    text: str
    border: str
    weight: int


# One palette for every place a clock is shown (list, case header, intake); the words always
# say the state too, so colour is never the only sign.
CLOCK_COLOURS: dict[ClockStatus, ClockColours] = {
    ClockStatus.OPEN: ClockColours("#e8f5e9", "#1b5e20", "#1b5e20", 400),
    ClockStatus.CLOSING: ClockColours("#ffe0b2", "#8a2c00", "#b00020", 700),
    ClockStatus.CLOSED: ClockColours("#eeeeee", "#424242", "#9e9e9e", 400),
}


def clock_style_sheet(status: ClockStatus) -> str:
    """A clock as a boxed label (its own widget)."""
    c = CLOCK_COLOURS[status]
    width = 2 if status is ClockStatus.CLOSING else 1
    return (f"background: {c.background}; color: {c.text}; border: {width}px solid {c.border};"
            f" font-weight: {c.weight};")
