"""The track work of the demo cases (services.demo_cases): the medical, psychosocial, shelter
and legal forms, medicines, forensic samples and follow-up tasks, written through the
services at the times the work was done.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from isange_desktop.domain.center_time import CENTER_TZ, local_date
from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.clinical_clocks import ClockKind, deadline
from isange_desktop.domain.followups import TaskKind
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.tracks import Track, TrackStatus
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.demo_random import by_chance, phone_number, pick, seeded_rng, stamp
from isange_desktop.services.demo_run import DemoCase, DemoRun, Staff
from isange_desktop.services.demo_vocabulary import (
    FAMILY_FEMALE,
    FAMILY_MALE,
    GIVEN_FEMALE,
    GIVEN_MALE,
    LATE_REASONS,
)
from isange_desktop.services.session import UserSession
from isange_desktop.services.tasks import complete_task
from isange_desktop.store.case_models import Case, Task

# -- track work --------------------------------------------------------------------------------

class Work:
    """Writes one track's forms for one case through save_form, at the times they happened."""

    def __init__(self, session: UserSession, run: DemoRun, case: DemoCase, track: Track,
                 staff: Staff) -> None:
        self.session, self.run, self.case, self.staff = session, run, case, staff
        self.rng = seeded_rng(f"{run.seed}:{case.index}:{track.value}")
        self.done = case.tracks[track] is TrackStatus.COMPLETED

    def save(self, form_id: str, values: dict[str, Any], at: datetime,
             entry_no: int | None = None) -> bool:
        """Saves when `at` is not in the future of the run; says whether it did."""
        if at > self.run.now:
            return False
        save_form(self.session, self.case.number, form_id, values, entry_no=entry_no, now=at)
        self.run.saved[f"form.{form_id}"] += 1
        return True

    def at(self, after: datetime, low_minutes: float, high_minutes: float) -> datetime:
        return (after + timedelta(minutes=self.rng.uniform(low_minutes, high_minutes))
                ).replace(microsecond=0)

    def on_day(self, day: date, earliest: datetime | None = None) -> datetime:
        moment = datetime.combine(day, time(self.rng.randrange(8, 17), self.rng.randrange(60)),
                                  CENTER_TZ)
        return max(moment, earliest) if earliest else moment

    # medical -------------------------------------------------------------------------------
    def medical(self) -> None:
        rng, case = self.rng, self.case
        seen = self.at(case.arrival, 10, 60)
        child = case.age < 12
        values: dict[str, Any] = {
            "triage_priority": "emergency" if case.injured and by_chance(rng, 0.15)
            else rng.choice(("urgent", "urgent", "routine")),
            "arrival_condition": "injured" if case.injured
            else rng.choice(("stable", "distressed", "distressed")),
            "temperature_c": round(rng.uniform(36.1, 37.9), 1),
            "pulse_per_min": rng.randint(85, 130) if child else rng.randint(60, 105),
            "respiratory_rate_per_min": rng.randint(18, 30) if child else rng.randint(12, 20),
            "weight_kg": round(max(12.0, min(90.0, rng.gauss(
                15 + 3 * case.age if case.age < 16 else 58, 6))), 1),
        }
        if not child:
            systolic = rng.randint(100, 145)
            values |= {"bp_systolic": systolic, "bp_diastolic": rng.randint(60, systolic - 25)}
        if case.injured:
            values["injuries"] = self._body_map()
            values["examination_findings"] = "Injuries as marked on the body map; " \
                "survivor oriented and cooperative."
        else:
            values["examination_findings"] = "No visible injury. Survivor calm, oriented."
        sexual = case.gbv_type in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT)
        if sexual:
            values["hiv_test_result"] = pick(rng, (("negative", 90), ("positive", 3),
                                                    ("declined", 4), ("not_done", 3)))
        female_fertile = case.sex == "female" and 12 <= case.age <= 49
        values["pregnancy_test_result"] = (
            pick(rng, (("negative", 88), ("positive", 6), ("declined", 3), ("not_done", 3)))
            if female_fertile and sexual else "not_applicable")
        if not self.save("medical", values, seen):
            return
        given = self.at(seen, 20, 90)
        if sexual:
            self._medicines(given)
        elif case.injured and by_chance(rng, 0.4):
            self.save("medicine", {"kind": "tetanus", "given_at": stamp(given),
                                   "product": "Tetanus toxoid", "dose": "0.5 ml IM"},
                      given + timedelta(minutes=5))
        if case.evidence_consent and (sexual or case.injured):
            self._samples(given)
        if self.done and (case.tracks[Track.LEGAL] is not TrackStatus.NOT_NEEDED
                          or by_chance(rng, 0.3)):
            signed = self.at(seen, 120, 60 * 48)
            report = values | {
                "report_findings": values["examination_findings"],
                "report_conclusion": rng.choice((
                    "Findings are consistent with the account given.",
                    "No physical findings; their absence does not exclude the account.",
                )),
                "report_clinician": f"{rng.choice(self.staff.doctors)}, general practitioner",
                "report_signed_at": stamp(signed),
            }
            self.save("medical", report, signed + timedelta(minutes=2))
        self._complete_tasks(Track.MEDICAL)

    def _body_map(self) -> list[dict[str, Any]]:
        rng = self.rng
        sexual = self.case.gbv_type in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT)
        marks = []
        for number in range(1, rng.randint(1, 4) + 1):
            view = "genital" if sexual and number == 1 and by_chance(rng, 0.5) \
                else rng.choice(("front", "back"))
            kind = rng.choice(("bruise", "bruise", "abrasion", "laceration", "bite", "other"))
            mark: dict[str, Any] = {"view": view, "x": round(rng.uniform(0.2, 0.8), 3),
                                    "y": round(rng.uniform(0.1, 0.9), 3), "number": number,
                                    "type": kind, "size_cm": round(rng.uniform(0.5, 8), 1)}
            if kind == "other" or by_chance(rng, 0.4):
                mark["description"] = rng.choice(("Swelling", "Tender area", "Scratch marks",
                                                  "Redness"))
            marks.append(mark)
        return marks

    def _medicine(self, kind: str, given: datetime, product: str, dose: str,
                  clock: ClockKind | None) -> None:
        values: dict[str, Any] = {"kind": kind, "given_at": stamp(given), "product": product,
                                  "dose": dose}
        if clock is not None and given >= deadline(clock, self.case.incident):
            values["outside_window_reason"] = self.rng.choice(
                LATE_REASONS.get(kind, LATE_REASONS["other"]))
        self.save("medicine", values, given + timedelta(minutes=5))

    def _medicines(self, given: datetime) -> None:
        rng, case = self.rng, self.case
        incident = case.incident
        in_pep = given < deadline(ClockKind.PEP, incident)
        if case.gbv_type is GbvType.RAPE and ((in_pep and by_chance(rng, 0.93))
                                              or (not in_pep and by_chance(rng, 0.12))):
            self._medicine("pep", given, "TDF/3TC/DTG", "1 tablet daily for 28 days",
                           ClockKind.PEP)
        if case.sex == "female" and 12 <= case.age <= 49 and case.gbv_type is GbvType.RAPE:
            if given < deadline(ClockKind.EC_LEVONORGESTREL, incident) and by_chance(rng, 0.9):
                self._medicine("ec_levonorgestrel", given + timedelta(minutes=2),
                               "Levonorgestrel", "1.5 mg once", ClockKind.EC_LEVONORGESTREL)
            elif given < deadline(ClockKind.EC_ULIPRISTAL_OR_IUD, incident) and \
                    by_chance(rng, 0.8):
                kind = "copper_iud" if by_chance(rng, 0.1) else "ec_ulipristal"
                self._medicine(kind, given + timedelta(minutes=2),
                               "Copper IUD" if kind == "copper_iud" else "Ulipristal acetate",
                               "Inserted" if kind == "copper_iud" else "30 mg once",
                               ClockKind.EC_ULIPRISTAL_OR_IUD)
        if by_chance(rng, 0.85):
            self._medicine("sti_prophylaxis", given + timedelta(minutes=3),
                           "Ceftriaxone, azithromycin, metronidazole", "Single doses", None)
        in_hep = given < deadline(ClockKind.HEPATITIS_B, incident)
        if (in_hep and by_chance(rng, 0.7)) or (not in_hep and by_chance(rng, 0.08)):
            self._medicine("hepatitis_b_vaccine", given + timedelta(minutes=4),
                           "Hepatitis B vaccine", "Dose 1 of 3", ClockKind.HEPATITIS_B)

    def _samples(self, collected_from: datetime) -> None:
        rng, case = self.rng, self.case
        since = collected_from - case.incident.earliest
        if since > timedelta(days=7):
            return
        kinds = ["skin_swab", "fingernail"] if case.gbv_type not in (
            GbvType.RAPE, GbvType.SEXUAL_ASSAULT) else \
            ["vaginal_swab" if case.sex == "female" else "anal_swab", "blood", "urine",
             "clothing", "oral_swab", "hair"]
        count = rng.randint(1, min(4, len(kinds)))
        nurse = rng.choice(self.staff.nurses)
        refs: list[tuple[str, datetime]] = []
        for k, kind in enumerate(kinds[:count], start=1):
            collected = self.at(collected_from, 5 * k, 5 * k + 10)
            ref = f"{case.number.split('-')[-3]}/{case.number.split('-')[-2]}-S{k}"
            storage = pick(rng, (("refrigerated", 5), ("frozen", 2),
                                  ("dry_room_temperature", 2), ("handed_over", 1)))
            values: dict[str, Any] = {"sample_ref": ref, "sample_type": kind,
                                      "collected_at": stamp(collected), "packed_by": nurse,
                                      "sealed": True, "storage": storage}
            if storage != "handed_over":
                values["storage_place"] = "Isange forensic fridge" if storage != \
                    "dry_room_temperature" else "Locked evidence cupboard"
            if self.save("forensic_sample", values, collected + timedelta(minutes=3)):
                refs.append((ref, collected))
        if not case.rib_consent:
            return
        for ref, collected in refs:
            handed = self.at(collected, 30, 60 * 24)
            self.save("custody_handover", {
                "sample_ref": ref, "handed_by": nurse,
                "received_by": f"RIB officer {rng.choice(self.staff.investigators)}",
                "handed_at": stamp(handed),
                "purpose": rng.choice(("investigation", "analysis", "transport")),
            }, handed + timedelta(minutes=2))

    def _complete_tasks(self, track: Track) -> None:
        """This track's follow-ups that are past: most were done around their day, some were
        missed (they stay overdue, as survivors lost to follow-up do). A counselling task is
        done when the session took place. Reading the case's open task ids is the only read
        here that is not a service call; completing each goes through complete_task."""
        if granting_role(self.session.roles, Action.TASK_COMPLETE) is None:
            return
        today = local_date(self.run.now)
        counselling = TaskKind.COUNSELLING_SESSION.value
        with self.session.vault.unit_of_work(readonly=True) as uow:
            tasks = uow.execute(
                select(Task.id, Task.kind, Task.due).join(Case, Task.case_id == Case.id)
                .where(Case.number == self.case.number, Task.done_on.is_(None),
                       Task.cancelled.is_(False))
                .order_by(Task.id)).all()
        kept = {"pep_adherence_check": 0.92, "pep_completion": 0.88, "hiv_test_6_weeks": 0.85,
                "hiv_test_3_months": 0.8, "hiv_test_6_months": 0.7,
                "hepatitis_b_dose_2": 0.85, "hepatitis_b_dose_3": 0.75}
        for task_id, kind, due_text in tasks:
            if (kind == counselling) != (track is Track.PSYCHOSOCIAL):
                continue
            due = date.fromisoformat(due_text)
            if kind == counselling:
                if due not in self.case.sessions_held:
                    continue
                done_on = due
            else:
                came = self.rng.random() < kept.get(kind, 0.8)
                if due >= today - timedelta(days=2) or not came:
                    continue
                done_on = min(today, due + timedelta(days=self.rng.choice((0, 0, 1, 2, 3))))
            complete_task(self.session, task_id, done_on)
            self.run.saved["task.completed"] += 1

    # psychosocial --------------------------------------------------------------------------
    def psychosocial(self) -> None:
        rng, case = self.rng, self.case
        first = self.at(case.arrival, 60, 60 * 5)
        risk = pick(rng, (("low", 45), ("medium", 40), ("high", 15)))
        suicidality = pick(rng, (("none", 80), ("ideation", 13), ("plan", 5), ("attempt", 2)))
        home = "unsafe" if case.guardian_unsafe or (case.relationship in (
            "intimate_partner", "primary_caregiver", "cotenant") and by_chance(rng, 0.6)) \
            else pick(rng, (("safe", 60), ("unsure", 25), ("unsafe", 15)))
        values: dict[str, Any] = {
            "risk_level": risk, "suicidality": suicidality, "safe_at_home": home,
            "assessment_notes": rng.choice((
                "Tearful but engaged; sleeping badly since the incident.",
                "Calm, answers questions; worried about what neighbours will say.",
                "Very frightened; accompanied by a relative.",
            )),
        }
        if risk == "high" or suicidality in ("plan", "attempt") or home == "unsafe":
            values["safety_plan"] = rng.choice((
                "Stays with her sister for now; knows to call 3512 or come back at any hour.",
                "Safe room at the center tonight; review tomorrow with the social worker.",
                "Village leader informed with consent; daily phone check for one week.",
            ))
        if not self.save("psychosocial", values, first):
            return
        last = first
        sessions = rng.randint(3, 6) if self.done else rng.randint(0, 2)
        step = rng.choice((7, 7, 14))
        start = local_date(first) + timedelta(days=rng.randint(1, 7))
        today = local_date(self.run.now)
        if not self.done and sessions and by_chance(rng, 0.7):
            # Counselling still going on: the latest sessions are recent and the next one is
            # booked; otherwise the survivor stopped coming after the first ones.
            booked = today + timedelta(days=rng.randint(1, step))
            start = max(start, booked - timedelta(days=step * sessions))
        day = start
        for n in range(sessions):
            when = self.on_day(day, first + timedelta(minutes=30))
            next_day = day + timedelta(days=step)
            session: dict[str, Any] = {
                "session_date": day.isoformat(), "duration_minutes": rng.choice((30, 45, 60)),
                "session_type": "family" if case.age < 18 and by_chance(rng, 0.4)
                else ("group" if by_chance(rng, 0.1) else "individual"),
                "notes": rng.choice(("Talked about sleep and fear; breathing exercise.",
                                     "Reviewed the safety plan; she feels safer.",
                                     "Discussed going back to school and support at home.",
                                     "Mood better; follow-up agreed.")),
            }
            if n < sessions - 1 or not self.done:
                session["next_session_date"] = next_day.isoformat()
            if not self.save("counselling_session", session, when + timedelta(minutes=50)):
                break
            case.sessions_held.add(day)
            last, day = when, next_day
        if self.done or by_chance(rng, 0.3):
            visit = local_date(last) + timedelta(days=rng.randint(2, 14))
            volunteer = f"{rng.choice(GIVEN_FEMALE)} {rng.choice(FAMILY_FEMALE)}"
            follow_up = values | {"volunteer_name": volunteer, "volunteer_phone": phone_number(rng),
                                  "village_leader_name":
                                      f"{rng.choice(GIVEN_MALE)} {rng.choice(FAMILY_MALE)}",
                                  "community_visit_date": visit.isoformat()}
            self.save("psychosocial", follow_up, self.on_day(visit, last))
        self._complete_tasks(Track.PSYCHOSOCIAL)

    def shelter(self) -> None:
        rng, case = self.rng, self.case
        admitted = self.at(case.arrival, 120, 60 * 8)
        reason = "perpetrator_at_home" if case.guardian_unsafe or case.relationship in (
            "intimate_partner", "primary_caregiver") else "no_safe_home" \
            if case.trafficking == "suspected" else pick(
            rng, (("no_safe_home", 5), ("awaiting_placement", 2), ("medical_observation", 2),
                  ("other", 1)))
        values: dict[str, Any] = {"admitted_at": stamp(admitted),
                                  "bed": f"R{rng.randint(1, 3)}-B{rng.randint(1, 4)}",
                                  "admission_reason": reason}
        if reason == "other":
            values["admission_notes"] = "Arrived at night with her baby; no transport home."
        if not self.save("shelter", values, admitted + timedelta(minutes=10)):
            return
        if not self.done:
            return
        longest = min(timedelta(days=14), self.run.now - admitted - timedelta(hours=1))
        if longest < timedelta(days=1):
            return
        left = self.at(admitted, 60 * 24, longest.total_seconds() / 60)
        minor = case.age < 18
        destination = pick(rng, (("relatives", 4), ("foster_family", 2),
                                  ("long_term_shelter", 2), ("home", 1))) if minor else \
            pick(rng, (("relatives", 4), ("home", 3), ("long_term_shelter", 1),
                        ("hospital", 1), ("other", 1)))
        out = values | {"discharged_at": stamp(left), "discharge_destination": destination}
        if minor and destination in ("foster_family", "long_term_shelter"):
            out |= {"placement_referred": True,
                    "placement_destination": "District child protection officer",
                    "placement_referred_on": local_date(left).isoformat()}
        self.save("shelter", out, left + timedelta(minutes=10))

    # legal ---------------------------------------------------------------------------------
    def legal(self) -> None:
        rng, case = self.rng, self.case
        statement = self.at(case.arrival, 60, 60 * 24 * 3)
        values: dict[str, Any] = {"statement_taken": True,
                                  "statement_date": local_date(statement).isoformat(),
                                  "legal_aid_referral": pick(rng, (("maj", 5), ("none", 4),
                                                                    ("other", 1)))}
        if values["legal_aid_referral"] == "other":
            values["legal_aid_other"] = "Legal aid clinic of the bar association"
        if by_chance(rng, 0.85):
            values["rib_case_number"] = (f"RIB/{case.number.split('-')[0]}/{statement.year}/"
                                         f"{rng.randrange(1, 9999):04d}")
        if case.evidence_consent and case.gbv_type is not None and by_chance(rng, 0.7):
            handed = local_date(statement) + timedelta(days=rng.randint(0, 2))
            values |= {"evidence_handed_over": True,
                       "evidence_handed_over_on": handed.isoformat(),
                       "evidence_handed_by": rng.choice(self.staff.nurses),
                       "evidence_received_by": rng.choice(self.staff.investigators)}
        if not self.save("legal", values, statement + timedelta(minutes=40)):
            return
        if not self.done:
            return
        today = local_date(self.run.now)
        referred = local_date(statement) + timedelta(days=rng.randint(5, 30))
        if referred >= today:
            return
        decided = referred + timedelta(days=rng.randint(14, 60))
        later = values | {"prosecution_referred_on": referred.isoformat()}
        decision = pick(rng, (("charged", 6), ("dismissed", 2), ("pending", 2)))
        if decided >= today:
            decision = "pending"
        later["prosecution_decision"] = decision
        last = referred
        if decision != "pending":
            later["prosecution_decided_on"] = decided.isoformat()
            last = decided
        if decision == "charged":
            hearing = decided + timedelta(days=rng.randint(30, 90))
            if hearing < today:
                later["court_first_hearing_on"] = hearing.isoformat()
                last = hearing
                judgment = hearing + timedelta(days=rng.randint(30, 120))
                if judgment < today and by_chance(rng, 0.7):
                    later |= {"court_judgment_on": judgment.isoformat(),
                              "court_outcome": pick(rng, (("convicted", 6), ("acquitted", 2),
                                                           ("other", 1)))}
                    last = judgment
                else:
                    later["court_outcome"] = "pending"
        self.save("legal", later, self.on_day(last, statement + timedelta(hours=1)))


TRACK_WORK: dict[Track, Callable[[Work], None]] = {
    Track.MEDICAL: Work.medical,
    Track.PSYCHOSOCIAL: Work.psychosocial,
    Track.LEGAL: Work.legal,
    Track.SHELTER: Work.shelter,
}
