"""The windows that run from the incident: boundaries, estimated times, ordering, properties."""

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from isange_desktop.domain.clinical_clocks import (
    WINDOWS,
    ClockKind,
    ClockStatus,
    clock,
    clocks,
    most_urgent_open,
    pep_start_allowed,
)
from isange_desktop.domain.incident_time import IncidentTime, PartOfDay
from isange_desktop.i18n.messages import CATALOG

KIGALI = timezone(timedelta(hours=2))  # no daylight saving in Rwanda
T0 = datetime(2026, 3, 10, 22, 0, tzinfo=KIGALI)
H = timedelta(hours=1)
S = timedelta(seconds=1)
US = timedelta(microseconds=1)

# Written out independently of clinical_clocks.WINDOWS (DOMAIN.md, "Time that cannot be lost").
EXPECTED_HOURS = {
    ClockKind.PEP: 72,
    ClockKind.EC_LEVONORGESTREL: 72,
    ClockKind.EC_ULIPRISTAL_OR_IUD: 120,
    ClockKind.FORENSIC_BEST: 72,
    ClockKind.FORENSIC_EXTENDED: 7 * 24,
    ClockKind.HEPATITIS_B: 14 * 24,
}
RANK = {ClockStatus.OPEN: 0, ClockStatus.CLOSING: 1, ClockStatus.CLOSED: 2}


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


def test_windows_match_the_domain_table():
    assert {kind: window / H for kind, window in WINDOWS.items()} == EXPECTED_HOURS


# --- the incident time ---------------------------------------------------------------------


def test_exact_and_estimated_incident_times():
    assert IncidentTime.exact(T0).is_exact
    assert IncidentTime.estimated(T0, T0).is_exact
    assert not IncidentTime.estimated(T0, T0 + S).is_exact
    # The same moment written in two zones is still exact.
    assert IncidentTime.estimated(T0, T0.astimezone(UTC)).is_exact


def test_naive_times_are_refused():
    naive = datetime(2026, 3, 10, 22, 0)
    with pytest.raises(ValueError, match=r"^clock\.time_not_aware$"):
        IncidentTime.exact(naive)
    with pytest.raises(ValueError, match=r"^clock\.time_not_aware$"):
        IncidentTime.estimated(T0, naive)


def test_a_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueError, match=r"^clock\.time_range_reversed$"):
        IncidentTime.estimated(T0, T0 - US)
    # Compared as instants: 21:00 UTC is 23:00 in Kigali, after T0.
    assert IncidentTime.estimated(T0, datetime(2026, 3, 10, 21, 0, tzinfo=UTC))


@pytest.mark.parametrize(("part", "first", "last"), [
    (PartOfDay.NIGHT, 0, 6),
    (PartOfDay.MORNING, 6, 12),
    (PartOfDay.AFTERNOON, 12, 18),
    (PartOfDay.EVENING, 18, 24),
    (PartOfDay.UNKNOWN, 0, 24),
])
def test_about_a_part_of_a_day(part, first, last):
    midnight = datetime(2026, 3, 10, tzinfo=KIGALI)
    incident = IncidentTime.about(date(2026, 3, 10), part, KIGALI)
    assert incident.earliest == midnight + timedelta(hours=first)
    assert incident.latest == midnight + timedelta(hours=last)


# --- each window at its boundaries ----------------------------------------------------------


@pytest.mark.parametrize("kind", list(ClockKind))
def test_boundaries_of_each_window(kind):
    window = WINDOWS[kind]
    last_sixth = window / 6
    incident = IncidentTime.exact(T0)

    start = clock(kind, incident, T0)
    assert (start.status, start.remaining, start.closed_for) == (ClockStatus.OPEN, window,
                                                                 timedelta(0))
    before_closing = clock(kind, incident, T0 + window - last_sixth - US)
    assert before_closing.status is ClockStatus.OPEN
    closing = clock(kind, incident, T0 + window - last_sixth)
    assert (closing.status, closing.remaining) == (ClockStatus.CLOSING, last_sixth)
    last_second = clock(kind, incident, T0 + window - S)
    assert (last_second.status, last_second.remaining) == (ClockStatus.CLOSING, S)
    # At the deadline itself the window is closed: a dose at exactly 72 h is not "within 72 h".
    closed = clock(kind, incident, T0 + window)
    assert (closed.status, closed.remaining, closed.closed_for) == (ClockStatus.CLOSED,
                                                                   timedelta(0), timedelta(0))
    later = clock(kind, incident, T0 + window + S)
    assert (later.status, later.remaining, later.closed_for) == (ClockStatus.CLOSED,
                                                                 timedelta(0), S)
    assert {start.deadline, closed.deadline, later.deadline} == {T0 + window}


def test_pep_in_hours():
    incident = IncidentTime.exact(T0)
    assert clock(ClockKind.PEP, incident, at(59) + 59 * 60 * S).status is ClockStatus.OPEN
    assert clock(ClockKind.PEP, incident, at(60)).status is ClockStatus.CLOSING
    assert clock(ClockKind.PEP, incident, at(71.99)).status is ClockStatus.CLOSING
    assert clock(ClockKind.PEP, incident, at(72)).status is ClockStatus.CLOSED
    assert clock(ClockKind.PEP, incident, at(72)).deadline == datetime(2026, 3, 13, 22, 0,
                                                                      tzinfo=KIGALI)


def test_the_deadline_is_shown_in_the_incident_zone_whatever_zone_now_is_in():
    state = clock(ClockKind.PEP, IncidentTime.exact(T0), at(10).astimezone(UTC))
    assert state.deadline.utcoffset() == timedelta(hours=2)
    assert state.remaining == 62 * H


def test_now_before_the_incident_counts_as_no_time_elapsed():
    state = clock(ClockKind.PEP, IncidentTime.exact(T0), at(-5))
    assert (state.status, state.remaining) == (ClockStatus.OPEN, 72 * H)


def test_72_real_hours_across_a_daylight_saving_change():
    try:
        paris = ZoneInfo("Europe/Paris")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone database")
    # Clocks go forward at 02:00 on 29 March 2026: 72 real hours end at 13:00 wall-clock time.
    incident = IncidentTime.exact(datetime(2026, 3, 28, 12, 0, tzinfo=paris))
    state = clock(ClockKind.PEP, incident, datetime(2026, 3, 31, 12, 30, tzinfo=paris))
    assert state.deadline == datetime(2026, 3, 31, 13, 0, tzinfo=paris)
    assert (state.status, state.remaining) == (ClockStatus.CLOSING, 30 * 60 * S)


# --- estimated times count from the earliest moment -----------------------------------------


def test_estimated_between_80_and_40_hours_ago_pep_has_closed():
    now = at(80)
    incident = IncidentTime.estimated(now - 80 * H, now - 40 * H)
    pep = clock(ClockKind.PEP, incident, now)
    assert (pep.status, pep.closed_for, pep.deadline) == (ClockStatus.CLOSED, 8 * H, at(72))
    ulipristal = clock(ClockKind.EC_ULIPRISTAL_OR_IUD, incident, now)
    assert (ulipristal.status, ulipristal.remaining) == (ClockStatus.OPEN, 40 * H)


def test_estimated_between_70_and_10_hours_ago_pep_is_closing():
    now = at(70)
    incident = IncidentTime.estimated(T0, now - 10 * H)
    pep = clock(ClockKind.PEP, incident, now)
    assert (pep.status, pep.remaining) == (ClockStatus.CLOSING, 2 * H)


def test_correcting_the_incident_time_changes_the_clocks():
    now = at(100)
    told_first = IncidentTime.exact(now - 10 * H)
    corrected = IncidentTime.estimated(now - 4 * 24 * H, now - 3 * 24 * H)
    assert clock(ClockKind.PEP, told_first, now).status is ClockStatus.OPEN
    assert clock(ClockKind.PEP, corrected, now).status is ClockStatus.CLOSED
    ulipristal = clock(ClockKind.EC_ULIPRISTAL_OR_IUD, corrected, now)
    assert (ulipristal.status, ulipristal.remaining) == (ClockStatus.OPEN, 24 * H)
    assert clock(ClockKind.EC_ULIPRISTAL_OR_IUD, corrected, now + 4 * H).status \
        is ClockStatus.CLOSING
    assert most_urgent_open(told_first, now).kind is ClockKind.PEP
    assert most_urgent_open(corrected, now).kind is ClockKind.EC_ULIPRISTAL_OR_IUD


# --- the list, the case-list column, PEP started in time -----------------------------------


def test_clocks_in_urgency_order():
    incident = IncidentTime.exact(T0)
    at_65 = clocks(incident, at(65))
    assert [s.kind for s in at_65] == [
        ClockKind.PEP, ClockKind.EC_LEVONORGESTREL, ClockKind.FORENSIC_BEST,  # 7 h, enum order
        ClockKind.EC_ULIPRISTAL_OR_IUD, ClockKind.FORENSIC_EXTENDED, ClockKind.HEPATITIS_B,
    ]
    at_130 = clocks(incident, at(130))
    assert [(s.kind, s.status) for s in at_130] == [
        (ClockKind.FORENSIC_EXTENDED, ClockStatus.OPEN),
        (ClockKind.HEPATITIS_B, ClockStatus.OPEN),
        (ClockKind.EC_ULIPRISTAL_OR_IUD, ClockStatus.CLOSED),  # closed 10 h ago
        (ClockKind.PEP, ClockStatus.CLOSED),  # closed 58 h ago, ties in enum order
        (ClockKind.EC_LEVONORGESTREL, ClockStatus.CLOSED),
        (ClockKind.FORENSIC_BEST, ClockStatus.CLOSED),
    ]


def test_most_urgent_open():
    incident = IncidentTime.exact(T0)
    assert most_urgent_open(incident, at(1)).kind is ClockKind.PEP
    assert most_urgent_open(incident, at(72)).kind is ClockKind.EC_ULIPRISTAL_OR_IUD
    assert most_urgent_open(incident, at(120)).kind is ClockKind.FORENSIC_EXTENDED
    assert most_urgent_open(incident, at(14 * 24 - 0.001)).kind is ClockKind.HEPATITIS_B
    assert most_urgent_open(incident, at(14 * 24)) is None


def test_pep_start_allowed():
    exact = IncidentTime.exact(T0)
    assert pep_start_allowed(exact, at(72) - S)
    assert not pep_start_allowed(exact, at(72))
    assert pep_start_allowed(exact, at(-1))  # a start typed before the incident is not late
    assert pep_start_allowed(exact, (at(72) - S).astimezone(UTC))
    estimated = IncidentTime.estimated(T0, at(24))
    assert not pep_start_allowed(estimated, at(80))  # within 72 h of latest, not of earliest


def test_every_label_is_in_the_catalog():
    ids = [kind.label_id for kind in ClockKind] + [status.label_id for status in ClockStatus]
    assert [code for code in ids if code not in CATALOG] == []
    assert ClockKind.PEP.label_id == "clock.pep"
    assert ClockStatus.OPEN.label_id == "clock.status.open"


# --- properties ------------------------------------------------------------------------------

zones = st.sampled_from([UTC, KIGALI, timezone(timedelta(hours=-5, minutes=-30))])
moments = st.builds(
    lambda offset, tz: (T0 + offset).astimezone(tz),
    st.timedeltas(min_value=timedelta(days=-400), max_value=timedelta(days=400)),
    zones,
)
spans = st.timedeltas(min_value=-timedelta(days=2), max_value=timedelta(days=20))
widths = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=5))
kinds = st.sampled_from(list(ClockKind))


@given(kinds, moments, spans)
def test_remaining_plus_elapsed_is_the_window_while_open(kind, start, since):
    state = clock(kind, IncidentTime.exact(start), start + since)
    assert state.remaining >= timedelta(0) and state.closed_for >= timedelta(0)
    assert state.remaining == timedelta(0) or state.closed_for == timedelta(0)
    elapsed = max(since, timedelta(0))
    if state.status is ClockStatus.CLOSED:
        assert state.remaining == timedelta(0)
        assert state.closed_for == elapsed - WINDOWS[kind]
    else:
        assert state.remaining + elapsed == WINDOWS[kind]
        assert state.remaining > timedelta(0)


@given(kinds, moments, spans, spans)
def test_status_never_goes_back_as_time_passes(kind, start, a, b):
    incident = IncidentTime.exact(start)
    early, late = sorted((a, b))
    first = clock(kind, incident, start + early)
    second = clock(kind, incident, start + late)
    assert RANK[first.status] <= RANK[second.status]
    assert first.remaining >= second.remaining


@given(kinds, moments, widths, st.floats(0, 1), spans)
def test_an_estimate_never_shows_more_time_than_any_moment_it_covers(kind, start, width, where,
                                                                     since):
    estimated = IncidentTime.estimated(start, start + width)
    candidate = IncidentTime.exact(start + width * where)
    now = start + since
    guarded = clock(kind, estimated, now)
    assert guarded == clock(kind, IncidentTime.exact(start), now)
    possible = clock(kind, candidate, now)
    assert guarded.remaining <= possible.remaining
    assert RANK[guarded.status] >= RANK[possible.status]


@given(moments, spans)
def test_the_list_is_in_urgency_order(start, since):
    states = clocks(IncidentTime.exact(start), start + since)
    assert sorted(s.kind for s in states) == sorted(ClockKind)
    open_flags = [s.is_open for s in states]
    assert open_flags == sorted(open_flags, reverse=True)
    open_left = [s.remaining for s in states if s.is_open]
    assert open_left == sorted(open_left)
    urgent = most_urgent_open(IncidentTime.exact(start), start + since)
    assert urgent == (states[0] if states[0].is_open else None)
