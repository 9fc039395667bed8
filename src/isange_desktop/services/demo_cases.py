"""Synthetic cases for demonstrations, training and load tests.

Every case is invented: names are drawn at random from lists of common Kinyarwanda, French and
English names, phone and ID numbers are random digits of the right shape, accounts are short
generic sentences. Nothing describes a real person. Every random choice comes from
`random.Random` seeded from the seed, never from the clock: in a fresh vault the same seed gives
the same people in the same order whenever it runs, and with the same `now` (the end of the
year of arrivals) the same case numbers, times and track work too.

Every write goes through the services (`create_case`, `save_form`, `complete_task`,
`request_closure`, `approve_closure`), so each case, form, task and closure is validated and
audited exactly like staff work; nothing is inserted behind their back. The one direct read is
of a case's open task ids and due dates, to complete them. A `demo.generate` audit event marks
where a run started.

Who does what: the acting user creates the cases (nurse or psychosocial role) and does the
track work its roles allow (a nurse: the medical form, medicines, forensic samples, custody
handovers and the medical follow-up tasks). The rest is left to `add_track_work` with other
sessions, one after the other (the vault admits one session at a time): a psychosocial user
adds the assessment, counselling sessions and shelter stays, a legal user the RIB file. The
work for a track is drawn from its own random stream (seed, case, track), so it is the same
whichever user does it and in whatever order the passes run. Once all of a case's work is
written, a user who may request closure asks for it (settled cases older than CLOSE_AFTER,
follow-ups not overdue) and a manager's pass approves: give the manager last.

Track statuses are set at intake, as what the case's age makes plausible (the final state, so
the history holds one status per track); forms are written only for tracks in progress or
completed. Closure goes through the lifecycle services, which stamp it with the real time.

Writes are grouped BATCH_CASES cases to a transaction (`Vault.batch`): the same audited
service calls, one commit per batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from isange_desktop.domain.case_lifecycle import SETTLED
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.consent import ConsentScope
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.tracks import EDIT_ACTION, Track, TrackStatus
from isange_desktop.errors import ValidationError
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_lifecycle import approve_closure, request_closure
from isange_desktop.services.demo_intakes import (
    Intakes,
    Person,
    classification_answers,
    consent_records,
    track_statuses,
    trafficking_screening,
)
from isange_desktop.services.demo_random import by_chance, seeded_rng
from isange_desktop.services.demo_run import DemoCase, DemoRun, Staff, draw_staff
from isange_desktop.services.demo_track_work import TRACK_WORK, Work
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store.types import utcnow

DEFAULT_SEED = 2026
MAX_CASES = 100_000  # five-digit yearly case numbers: a run must fit in two calendar years
PROGRESS_EVERY = 1_000
BATCH_CASES = 100  # cases per transaction (vault.batch): one commit instead of one per change
CLOSE_AFTER = timedelta(days=45)  # settled cases older than this are mostly closed

Progress = Callable[[str, int, int], None]  # phase, cases done, cases in all

__all__ = ["DEFAULT_SEED", "MAX_CASES", "PROGRESS_EVERY", "DemoCase", "DemoRun",
           "Progress", "add_track_work", "closing_steps", "generate_cases"]


def _work_tracks(session: UserSession) -> list[Track]:
    return [t for t in Track if granting_role(session.roles, EDIT_ACTION[t]) is not None]


def _do_work(session: UserSession, run: DemoRun, case: DemoCase, tracks: Sequence[Track],
             staff: Staff) -> None:
    for track in tracks:
        if track in case.done:
            continue
        case.done.add(track)
        if case.tracks[track] in (TrackStatus.IN_PROGRESS, TrackStatus.COMPLETED):
            TRACK_WORK[track](Work(session, run, case, track, staff))
    _close(session, run, case)


def closing_steps(run: DemoRun) -> set[Action]:
    """The closure steps some case still waits for: a request (its work all written, settled,
    old enough) or a manager's approval."""
    steps: set[Action] = set()
    for case in run.cases:
        if case.closure == "requested":
            steps.add(Action.CASE_CLOSE_APPROVE)
        elif case.closure == "" and _closable(run, case):
            steps.add(Action.CASE_CLOSE_REQUEST)
    return steps


def _closable(run: DemoRun, case: DemoCase) -> bool:
    return _worked(case) and run.now - case.arrival >= CLOSE_AFTER \
        and all(s in SETTLED for s in case.tracks.values())


def _worked(case: DemoCase) -> bool:
    """Every track with work to write has had it written."""
    return all(track in case.done for track, status in case.tracks.items()
               if status in (TrackStatus.IN_PROGRESS, TrackStatus.COMPLETED))


def _close(session: UserSession, run: DemoRun, case: DemoCase) -> None:
    """Closure as a center does it: staff ask once every track is settled and its work
    written, some weeks after arrival; a manager approves. Cases with follow-ups overdue are
    refused by the checklist and stay open, as they would."""
    if case.closure == "" and _closable(run, case) \
            and granting_role(session.roles, Action.CASE_CLOSE_REQUEST) is not None:
        if not by_chance(seeded_rng(f"{run.seed}:{case.index}:closure"), 0.9):
            case.closure = "kept"
            return
        try:
            request_closure(session, case.number, today=local_date(run.now))
        except ValidationError:  # the checklist refused before writing anything
            case.closure = "kept"
            return
        case.closure = "requested"
        run.saved["case.closure_requested"] += 1
    if case.closure == "requested" \
            and granting_role(session.roles, Action.CASE_CLOSE_APPROVE) is not None:
        approve_closure(session, case.number)
        case.closure = "closed"
        run.saved["case.closed"] += 1


# -- the entry points --------------------------------------------------------------------------

_Companion = tuple[dict[str, Any], str] | None  # the incident and number of a first survivor


def _one_case(session: UserSession, run: DemoRun, intakes: Intakes, index: int,
              companion: _Companion, tracks: Sequence[Track], staff: Staff) -> _Companion:
    """Create case `index` and do this user's track work on it; returns the incident a
    second survivor of the same event shares, when the next case is one."""
    now = run.now
    incident, person, facts = intakes.draw(index, companion)
    rng = intakes.rng  # this case's own stream
    arrival = datetime.fromisoformat(incident["arrived_at"])
    created = min(arrival + timedelta(minutes=rng.randrange(10, 40)), now)
    age: int = facts["age"]
    gbv: GbvType | None = facts["gbv"]
    suspected = companion is None and by_chance(rng, 0.015)
    guardian_unsafe = age < 18 and (person.guardian_suspected
                                    or person.guardian_relationship == "none")
    shelter_needed = guardian_unsafe or suspected or by_chance(rng, 0.05)
    consents, given = consent_records(rng, age, person, arrival, created, gbv, shelter_needed)
    age_days = (now - arrival).total_seconds() / 86400
    statuses = track_statuses(rng, age_days, gbv, bool(facts.get("injured")), given, shelter_needed)
    exchanged = gbv in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT) and by_chance(rng, 0.03)
    intake: dict[str, Any] = {
        "person": person.values(local_date(arrival)),
        "incident": incident,
        "classification": classification_answers(rng, gbv, exchanged),
        "consents": consents,
        "tracks": {t.value: s.value for t, s in statuses.items()},
    }
    if suspected or by_chance(rng, 0.2):  # many centers screen every survivor
        intake["trafficking"] = trafficking_screening(rng, suspected)
    returning: Person | None = facts.get("returning")
    if returning is not None:
        intake["same_person_as"] = returning.latest_case
    if companion is not None:
        intake["same_event_as"] = companion[1]
    summary = create_case(session, intake, now=created)
    person.latest_case = summary.number
    if returning is None:
        intakes.people.append(person)
    incident_time = IncidentTime(
        datetime.fromisoformat(incident.get("incident_earliest") or incident["incident_at"]),
        datetime.fromisoformat(incident.get("incident_latest") or incident["incident_at"]))
    case = DemoCase(
        index=index, number=summary.number, arrival=arrival, incident=incident_time,
        age=age, sex=person.sex, gbv_type=gbv, relationship=facts["relationship"],
        injured=bool(facts.get("injured")), tracks=statuses,
        evidence_consent=given.get(ConsentScope.EVIDENCE_COLLECTION, False),
        rib_consent=given[ConsentScope.REPORT_TO_RIB], guardian_unsafe=guardian_unsafe,
        trafficking="suspected" if suspected else "none")
    run.cases.append(case)
    _do_work(session, run, case, tracks, staff)
    # A two-survivor event: the next case is the second survivor of this incident.
    if companion is None and index + 1 < intakes.count \
            and by_chance(seeded_rng(f"{run.seed}:event:{index}"), 0.03):
        return incident | {"_gbv": gbv.value if gbv else None}, summary.number
    return None


def generate_cases(session: UserSession, count: int, *, seed: int = DEFAULT_SEED,
                   now: datetime | None = None, progress: Progress | None = None) -> DemoRun:
    """Create `count` synthetic cases as this user, with the track work its roles allow.

    Arrivals lie in the twelve months before `now` (a few in the last four days, so clinical
    clocks still run), in arrival order; each case is created at its arrival time and each form
    at the time the work was done, never after `now`. The writes go in batches of
    BATCH_CASES cases per transaction; an error rolls back its batch and stops the run.
    """
    if not 1 <= count <= MAX_CASES:
        raise ValueError(f"count must be from 1 to {MAX_CASES}")
    role = authorize(session, Action.CASE_CREATE, object_type="case")
    now = (now or utcnow()).replace(microsecond=0)
    with session.vault.unit_of_work() as uow:
        record(uow, actor=session.login, role=role, action="demo.generate", object_type="case",
               details={"cases": count, "seed": seed, "synthetic": True})
    run = DemoRun(seed=seed, now=now)
    staff = draw_staff(seed)
    tracks = _work_tracks(session)
    intakes = Intakes(seed, now, count)
    companion: _Companion = None
    for start in range(0, count, BATCH_CASES):
        with session.vault.batch():
            for index in range(start, min(count, start + BATCH_CASES)):
                companion = _one_case(session, run, intakes, index, companion, tracks, staff)
                if progress and ((index + 1) % PROGRESS_EVERY == 0 or index + 1 == count):
                    progress("cases", index + 1, count)
    return run


def add_track_work(session: UserSession, run: DemoRun, *,
                   progress: Progress | None = None) -> int:
    """The track work this user's roles allow on the run's cases, not yet done by another
    user, and the closure steps its roles allow (staff request it for settled cases whose work
    is all written; a manager approves the requests). Returns how many changes it wrote."""
    tracks = _work_tracks(session)
    staff = draw_staff(run.seed)
    before = sum(run.saved.values())
    total = len(run.cases)
    for start in range(0, total, BATCH_CASES):
        with session.vault.batch():
            for n, case in enumerate(run.cases[start:start + BATCH_CASES], start=start + 1):
                _do_work(session, run, case, tracks, staff)
                if progress and (n % PROGRESS_EVERY == 0 or n == total):
                    progress("tracks", n, total)
    return sum(run.saved.values()) - before
