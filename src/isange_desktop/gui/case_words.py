"""The words the GUI shows for the core's codes: track, status, type, clock.

Written as Qt source strings (context "CaseWords") so lupdate collects them; the clocks' and
violence types' names come from the core's catalog, which already carries all three languages.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from isange_desktop.domain.clinical_clocks import ClockKind, ClockState, ClockStatus
from isange_desktop.domain.tracks import CaseStatus, Track, TrackStatus
from isange_desktop.i18n.messages import translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseWords", text)


def track_name(track: Track | str) -> str:
    return {
        Track.MEDICAL: _tr("Medical"),
        Track.PSYCHOSOCIAL: _tr("Psychosocial"),
        Track.LEGAL: _tr("Legal"),
        Track.SHELTER: _tr("Shelter"),
    }.get(Track(track), str(track))


def track_status_name(status: TrackStatus | str) -> str:
    return {
        TrackStatus.NOT_NEEDED: _tr("Not needed"),
        TrackStatus.PENDING: _tr("Pending"),
        TrackStatus.IN_PROGRESS: _tr("In progress"),
        TrackStatus.COMPLETED: _tr("Completed"),
        TrackStatus.DECLINED: _tr("Declined"),
    }.get(TrackStatus(status), str(status))


def case_status_name(status: CaseStatus | str) -> str:
    return {
        CaseStatus.OPEN: _tr("Open"),
        CaseStatus.ACTIVE: _tr("Active"),
        CaseStatus.REFERRED_OUT: _tr("Referred out"),
        CaseStatus.CLOSURE_REQUESTED: _tr("Closure requested"),
        CaseStatus.CLOSED: _tr("Closed"),
        CaseStatus.VOIDED: _tr("Voided"),
    }.get(CaseStatus(status), str(status))


def gbv_type_name(gbv_type: str | None) -> str:
    return translate(f"gbv.type.{gbv_type or 'none'}")


def clock_name(state: ClockState, *, short: bool = False) -> str:
    if not short:
        return translate(state.kind.label_id)
    return {
        ClockKind.PEP: _tr("PEP"),
        ClockKind.EC_LEVONORGESTREL: _tr("EC levonorgestrel"),
        ClockKind.EC_ULIPRISTAL_OR_IUD: _tr("EC ulipristal/IUD"),
        ClockKind.FORENSIC_BEST: _tr("Forensic evidence"),
        ClockKind.FORENSIC_EXTENDED: _tr("Forensic, some samples"),
        ClockKind.HEPATITIS_B: _tr("Hepatitis B"),
    }[state.kind]


def _duration(span: timedelta) -> str:
    hours = int(span.total_seconds() // 3600)
    # Qt's plural forms: the .ts holds one text per grammatical number of each language.
    if hours >= 48:
        return QCoreApplication.translate("CaseWords", "%n day(s)", None, hours // 24)
    if hours >= 1:
        return QCoreApplication.translate("CaseWords", "%n hour(s)", None, hours)
    return _tr("under an hour")


def clock_text(state: ClockState, *, short: bool = False) -> str:
    """The clock in words, so its state never rests on colour alone."""
    name = clock_name(state, short=short)
    if state.status is ClockStatus.CLOSED:
        return _tr("{clock}: closed {time} ago").format(clock=name,
                                                     time=_duration(state.closed_for))
    if state.status is ClockStatus.CLOSING:
        return _tr("{clock}: closing, {time} left").format(clock=name,
                                                        time=_duration(state.remaining))
    return _tr("{clock}: {time} left").format(clock=name, time=_duration(state.remaining))
