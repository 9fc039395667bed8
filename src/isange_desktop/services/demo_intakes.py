"""The synthetic people and intake documents of the demo cases (services.demo_cases): who
arrives when, the person form, the incident, classification, trafficking screening,
consents and the track statuses set at intake.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from isange_desktop.domain.center_time import CENTER_TZ, local_date
from isange_desktop.domain.classification import QUESTIONS, GbvType
from isange_desktop.domain.consent import SELF_CONSENT_AGE, ConsentScope
from isange_desktop.domain.forms.rules import age_in_years
from isange_desktop.domain.forms.rwanda import DISTRICTS_BY_PROVINCE
from isange_desktop.domain.tracks import Track, TrackStatus
from isange_desktop.services.demo_random import (
    by_chance,
    phone_number,
    pick,
    seeded_rng,
    spelling_variant,
    stamp,
)
from isange_desktop.services.demo_vocabulary import (
    ACCOUNTS,
    ADULT_RELATIONSHIPS,
    AGE_BANDS,
    CELLS,
    CHILD_ACCOUNTS,
    CHILD_RELATIONSHIPS,
    DECLINED_ACCOUNT,
    FAMILY_ANY,
    FAMILY_FEMALE,
    FAMILY_MALE,
    GBV_WEIGHTS,
    GIVEN_FEMALE,
    GIVEN_KINYARWANDA,
    GIVEN_MALE,
    GUARDIANS,
    NATIONALITIES,
    OVERRIDE_REASONS,
    PLACE_BY_RELATIONSHIP,
    PROVINCE_WEIGHTS,
    REFERRAL_DESTINATIONS,
    REFERRAL_DETAIL,
    REFERRALS,
    SECTORS,
    VILLAGES,
)


@dataclass(slots=True)
class Person:
    """An invented identity, which may come back for a later incident."""

    family_name: str
    given_names: str
    sex: str
    born: date
    dob_known: bool
    nationality: str
    migration_status: str | None
    disability: tuple[str, ...]
    phone: str | None
    national_id: str | None
    province: str
    district: str
    sector: str
    cell: str
    village: str
    guardian_relationship: str
    guardian_name: str
    guardian_phone: str | None
    guardian_suspected: bool
    latest_case: str = ""

    def values(self, on: date) -> dict[str, Any]:
        """The person form as staff would fill it on that day (guardian only for a child)."""
        values: dict[str, Any] = {"family_name": self.family_name, "sex": self.sex}
        if self.given_names:
            values["given_names"] = self.given_names
        age = age_in_years(self.born, on)
        if self.dob_known:
            values["date_of_birth"] = self.born.isoformat()
        else:
            values["estimated_age_years"] = age
        values["nationality"] = self.nationality
        if self.migration_status:
            values["migration_status"] = self.migration_status
        if self.disability:
            values |= {"has_disability": True, "disability_kinds": list(self.disability)}
        if self.phone:
            values["phone"] = self.phone
        if self.national_id and age >= 16:
            values["national_id"] = self.national_id
        values |= {"province": self.province, "district": self.district, "sector": self.sector,
                   "cell": self.cell, "village": self.village}
        if age < 18:
            values["guardian_relationship"] = self.guardian_relationship
            if self.guardian_relationship != "none":
                values["guardian_name"] = self.guardian_name
                values["guardian_suspected"] = self.guardian_suspected
                if self.guardian_phone:
                    values["guardian_phone"] = self.guardian_phone
        return values



# -- intake ------------------------------------------------------------------------------------

class Intakes:
    """Draws intake documents in arrival order.

    The arrival times come from one stream, whether a case is a second survivor of the
    previous case's event from another, and everything else about case i from a stream of its
    own (seed, i), drawn person first. So nothing that depends on `now` (a birthday passed, a
    status that depends on the case's age) can shift the draws of a later case: the same seed
    gives the same people in the same order whenever it runs.
    """

    POOL = 2_000  # earlier people a returning survivor or a near-duplicate is drawn from

    def __init__(self, seed: int, now: datetime, count: int) -> None:
        self.seed = seed
        self.rng = seeded_rng(f"{seed}:arrivals")
        self.now = now
        self.count = count
        self.people: list[Person] = []
        self.arrivals = sorted(self._arrival() for _ in range(count))

    def _arrival(self) -> datetime:
        rng, now = self.rng, self.now
        if by_chance(rng, 0.06):  # the last four days: cases whose clocks still run
            return now - timedelta(minutes=rng.uniform(20, 96 * 60))
        day = local_date(now) - timedelta(days=rng.randrange(1, 365))
        hour = pick(rng, [(h, 3 if 8 <= h < 20 else 1) for h in range(24)])
        return datetime.combine(day, time(hour, rng.randrange(60)), CENTER_TZ)

    def person(self, age: int, sex: str, arrival: date) -> Person:
        rng = self.rng
        if sex == "female":
            family = rng.choice(FAMILY_FEMALE + FAMILY_ANY)
            given = rng.choice(GIVEN_FEMALE)
        else:
            family = rng.choice(FAMILY_MALE + FAMILY_ANY)
            given = rng.choice(GIVEN_MALE)
        if age < 18 and by_chance(rng, 0.4):
            given = f"{rng.choice(GIVEN_KINYARWANDA)} {given}"
        elif by_chance(rng, 0.04):
            given = ""  # only one name known
        try:
            birthday = arrival.replace(year=arrival.year - age)
        except ValueError:  # 29 February
            birthday = arrival.replace(year=arrival.year - age, day=28)
        born = birthday - timedelta(days=rng.randrange(364))
        nationality = pick(rng, NATIONALITIES)
        migration = (None if by_chance(rng, 0.5) else "national") if nationality == "RW" else \
            pick(rng, (("refugee", 5), ("asylum_seeker", 2), ("migrant", 2), ("unknown", 1)))
        if nationality == "RW" and by_chance(rng, 0.01):
            migration = "returnee"
        province = pick(rng, tuple(PROVINCE_WEIGHTS.items()))
        district = rng.choice(DISTRICTS_BY_PROVINCE[province]).value
        guardian = pick(rng, GUARDIANS) if age < 18 else "none"
        guardian_sex = "male" if guardian in ("father",) else "female"
        guardian_given = GIVEN_FEMALE if guardian_sex == "female" else GIVEN_MALE
        guardian_family = FAMILY_ANY + (FAMILY_FEMALE if guardian_sex == "female"
                                        else FAMILY_MALE)
        return Person(
            family_name=family, given_names=given, sex=sex, born=born,
            dob_known=by_chance(rng, 0.55 if age < 18 else 0.3), nationality=nationality,
            migration_status=migration,
            disability=tuple(sorted(rng.sample(("physical", "visual", "hearing", "speech",
                                                "intellectual", "psychosocial"),
                                               rng.choice((1, 1, 2)))))
            if by_chance(rng, 0.05) else (),
            phone=phone_number(rng) if age >= 16 and by_chance(rng, 0.75) else None,
            national_id=(f"1{born.year}{8 if sex == 'male' else 7}{rng.randrange(10**7):07d}"
                         f"0{rng.randrange(100):02d}")
            if age >= 16 and nationality == "RW" and by_chance(rng, 0.3) else None,
            province=province, district=district, sector=rng.choice(SECTORS[district]),
            cell=rng.choice(CELLS), village=rng.choice(VILLAGES),
            guardian_relationship=guardian,
            guardian_name=f"{rng.choice(guardian_given)} {rng.choice(guardian_family)}",
            guardian_phone=phone_number(rng) if by_chance(rng, 0.8) else None,
            guardian_suspected=guardian in ("father", "other_relative", "foster_parent", "other")
            and by_chance(rng, 0.25),
        )

    def near_duplicate(self, earlier: Person) -> Person:
        """The same person registered again without the link: another spelling of the names,
        and the same phone or date of birth (what the duplicate check must catch)."""
        rng = self.rng
        given = earlier.given_names
        if given and by_chance(rng, 0.6):
            given = spelling_variant(rng, given)
        return replace(earlier, family_name=spelling_variant(rng, earlier.family_name),
                       given_names=given, phone=earlier.phone if by_chance(rng, 0.5) else None,
                       latest_case="")

    def draw(self, index: int, companion_of: tuple[dict[str, Any], str] | None
             ) -> tuple[dict[str, Any], Person, dict[str, Any]]:
        """One intake document, its person, and the facts the track work needs."""
        rng = self.rng = seeded_rng(f"{self.seed}:case:{index}")
        arrival = self.arrivals[index]
        if companion_of is not None:
            # A second survivor of the same incident arrives with the first.
            first_incident, _ = companion_of
            arrival = max(arrival, datetime.fromisoformat(first_incident["arrived_at"])
                          + timedelta(minutes=rng.randrange(5, 90)))
            arrival = min(arrival, self.now - timedelta(minutes=5))
        returning = None
        if self.people and companion_of is None and by_chance(rng, 0.05):
            returning = rng.choice(self.people[-self.POOL:])
        if returning is not None:
            person = returning
            age = age_in_years(person.born, local_date(arrival))
        else:
            age = rng.randint(*pick(rng, AGE_BANDS))
            female = 0.7 if age < 12 else 0.92
            sex = "female" if by_chance(rng, female) \
                else ("male" if by_chance(rng, 0.97) else "other")
            if self.people and by_chance(rng, 0.03):
                person = self.near_duplicate(rng.choice(self.people[-self.POOL:]))
                age = age_in_years(person.born, local_date(arrival))
            else:
                person = self.person(age, sex, local_date(arrival))
        incident, gbv, relationship, facts = self._incident(arrival, age, person, companion_of)
        facts["returning"] = returning
        return incident, person, facts | {"gbv": gbv, "relationship": relationship, "age": age}

    def _incident_time(self, arrival: datetime) -> dict[str, Any]:
        rng = self.rng
        band = rng.random()
        if band < 0.58:  # most come within the first three days
            delay = timedelta(hours=min(72.0, rng.lognormvariate(2.6, 0.8)) + 1)
        elif band < 0.78:
            delay = timedelta(hours=rng.uniform(72, 168))
        else:
            delay = timedelta(days=rng.uniform(7, 60))
        moment = (arrival - delay).replace(second=0, microsecond=0)
        if (delay <= timedelta(hours=24) and by_chance(rng, 0.6)) or by_chance(rng, 0.25):
            moment = moment.replace(minute=moment.minute // 15 * 15)
            return {"incident_time_exact": True, "incident_at": stamp(moment)}
        width = timedelta(hours=rng.choice((1, 2, 3, 6, 12))) if delay < timedelta(days=7) \
            else timedelta(days=rng.choice((1, 2, 3, 7)))
        earliest = moment - width / 2
        latest = min(moment + width / 2, arrival)
        return {"incident_time_exact": False, "incident_earliest": stamp(earliest),
                "incident_latest": stamp(latest)}

    def _incident(self, arrival: datetime, age: int, person: Person,
                  companion_of: tuple[dict[str, Any], str] | None
                  ) -> tuple[dict[str, Any], GbvType | None, str, dict[str, Any]]:
        rng = self.rng
        if companion_of is not None:
            first, _ = companion_of
            second = {k: v for k, v in first.items() if k not in ("account", "_gbv")}
            second["arrived_at"] = stamp(arrival)
            second["account"] = "Came with another survivor of the same incident."
            if second["perpetrator_relationship"] in (
                    "intimate_partner", "former_partner", "primary_caregiver"):
                second["perpetrator_relationship"] = "community_member"
            gbv = GbvType(first["_gbv"]) if first.get("_gbv") else None
            return second, gbv, str(second["perpetrator_relationship"]), {}
        child = age < 18
        gbv = pick(rng, GBV_WEIGHTS)
        if person.guardian_suspected and age < 18:
            relationship = "primary_caregiver" if by_chance(rng, 0.6) else "family_other"
        elif child:
            relationship = pick(rng, CHILD_RELATIONSHIPS)
        else:
            relationship = pick(rng, ADULT_RELATIONSHIPS)
        if gbv is GbvType.FORCED_MARRIAGE:
            relationship = "intimate_partner"
        incident: dict[str, Any] = {"arrived_at": stamp(arrival), **self._incident_time(arrival)}
        incident["place_type"] = (
            "online" if gbv is GbvType.PSYCHOLOGICAL_ABUSE and by_chance(rng, 0.3)
            else PLACE_BY_RELATIONSHIP.get(relationship)
            or rng.choice(("other_home", "public_place", "field_or_bush", "other", "unknown")))
        if by_chance(rng, 0.5):
            incident["place_description"] = f"{person.sector}, {rng.choice(VILLAGES)} village"
        if by_chance(rng, 0.07):
            incident["account"] = DECLINED_ACCOUNT
        elif child and by_chance(rng, 0.5):
            incident["account"] = rng.choice(CHILD_ACCOUNTS)
        elif by_chance(rng, 0.9):
            incident["account"] = rng.choice(ACCOUNTS[gbv])
        if relationship != "unknown" or by_chance(rng, 0.5):
            incident["perpetrator_count"] = 1 if by_chance(rng, 0.88) else rng.randint(2, 4)
        incident["perpetrator_sex"] = ("unknown" if relationship == "unknown" and by_chance(rng, .5)
                                       else "female" if gbv in (GbvType.DENIAL_OF_RESOURCES,
                                                                GbvType.PSYCHOLOGICAL_ABUSE)
                                       and by_chance(rng, 0.3) else "male")
        incident["perpetrator_age_group"] = (
            "unknown" if relationship == "unknown" else
            pick(rng, (("12_17", 10), ("18_25", 30), ("26_40", 35), ("41_60", 20),
                        ("61_plus", 5))) if not (child and relationship == "schoolmate")
            else "12_17")
        incident["perpetrator_relationship"] = relationship
        incident["referred_by"] = pick(rng, REFERRALS)
        if incident["referred_by"] in REFERRAL_DETAIL:
            incident["referral_detail"] = rng.choice(REFERRAL_DETAIL[incident["referred_by"]])
        injured = gbv in (GbvType.RAPE, GbvType.PHYSICAL_ASSAULT) and by_chance(rng, 0.6)
        return incident, gbv, relationship, {"injured": injured}


def classification_answers(rng: random.Random, gbv: GbvType | None, sexual_exchange: bool
                    ) -> dict[str, Any]:
    """The GBVIMS answers: noes up to the first yes; sometimes staff go on answering (what else
    happened), which does not change the type."""
    answers: dict[str, bool] = {}
    for question in QUESTIONS:
        answers[question.id] = question.yes_gives is gbv
        if question.yes_gives is gbv:
            break
    if gbv is not None and by_chance(rng, 0.3):
        answers |= {q.id: by_chance(rng, 0.3) for q in QUESTIONS if q.id not in answers}
    return {"answers": answers, "exchanged": sexual_exchange}


def trafficking_screening(rng: random.Random, suspected: bool) -> dict[str, Any]:
    """Trafficking screening answers: for a suspected case the elements staff found (act,
    means, purpose, journey); otherwise a screen that found nothing."""
    if not suspected:
        return {"acts": []}
    answers: dict[str, Any] = {
        "acts": sorted(rng.sample(("recruitment", "transport", "harbouring", "receipt"),
                                  rng.randint(1, 2))),
        "exploitation": [rng.choice(("domestic_servitude", "sexual", "labour"))],
    }
    for means in ("recruited_by_deception", "documents_taken", "debt_owed",
                  "movement_restricted"):
        if by_chance(rng, 0.4):
            answers[means] = True
    if by_chance(rng, 0.5):
        answers |= {"origin_countries": ["RW"], "moved_across_border": True,
                    "destination_countries": [rng.choice(("KE", "UG", "TZ", "AE", "OM"))]}
    elif by_chance(rng, 0.3):
        answers |= {"origin_countries": [rng.choice(("BI", "CD"))], "moved_across_border": True,
                    "destination_countries": ["RW"]}
    if by_chance(rng, 0.2):  # only some elements are known yet
        answers.pop("exploitation")
    return answers


def track_statuses(rng: random.Random, age_days: float, gbv: GbvType | None, injured: bool,
              consents: Mapping[ConsentScope, bool], shelter_needed: bool
              ) -> dict[Track, TrackStatus]:
    s = TrackStatus
    def progress(start: float, done_after: float, completed: float) -> TrackStatus:
        if age_days < start:
            return s.PENDING
        if age_days < done_after:
            return s.IN_PROGRESS
        return s.COMPLETED if by_chance(rng, completed) else s.IN_PROGRESS

    medical_needed = gbv in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT, GbvType.PHYSICAL_ASSAULT) \
        or injured or by_chance(rng, 0.3)
    if not consents[ConsentScope.MEDICAL_CARE]:
        medical = s.DECLINED
    elif not medical_needed:
        medical = s.NOT_NEEDED
    else:
        medical = progress(rng.uniform(0.02, 0.15), rng.uniform(2, 10), 0.9)
    if not consents[ConsentScope.PSYCHOSOCIAL_CARE]:
        psychosocial = s.DECLINED
    else:
        psychosocial = s.PENDING if by_chance(rng, 0.04) else progress(0.5, 30, 0.75)
    if not consents[ConsentScope.REPORT_TO_RIB]:
        legal = s.DECLINED if by_chance(rng, 0.7) else s.NOT_NEEDED
    elif gbv is None and by_chance(rng, 0.7):
        legal = s.NOT_NEEDED
    else:
        legal = progress(rng.uniform(0.1, 2), 90, 0.5)
    if not shelter_needed:
        shelter = s.NOT_NEEDED
    elif not consents.get(ConsentScope.SHELTER, False):
        shelter = s.DECLINED
    else:
        shelter = s.PENDING if age_days < 0.1 else progress(0, rng.uniform(3, 21), 0.95)
    return {Track.MEDICAL: medical, Track.PSYCHOSOCIAL: psychosocial, Track.LEGAL: legal,
            Track.SHELTER: shelter}


def consent_records(rng: random.Random, age: int, person: Person, arrival: datetime,
              created: datetime, gbv: GbvType | None, shelter_needed: bool
              ) -> tuple[list[dict[str, Any]], dict[ConsentScope, bool]]:
    scopes = [ConsentScope.MEDICAL_CARE, ConsentScope.PSYCHOSOCIAL_CARE]
    if gbv in (GbvType.RAPE, GbvType.SEXUAL_ASSAULT, GbvType.PHYSICAL_ASSAULT):
        scopes.append(ConsentScope.EVIDENCE_COLLECTION)
    scopes.append(ConsentScope.REPORT_TO_RIB)
    if shelter_needed:
        scopes.append(ConsentScope.SHELTER)
    chance = {ConsentScope.MEDICAL_CARE: 0.97, ConsentScope.PSYCHOSOCIAL_CARE: 0.95,
              ConsentScope.EVIDENCE_COLLECTION: 0.85,
              ConsentScope.REPORT_TO_RIB: 0.85 if age < 18 else 0.7,
              ConsentScope.SHELTER: 0.9}
    young = age < SELF_CONSENT_AGE
    guardian_present = person.guardian_relationship != "none" and not person.guardian_suspected
    override = young and not guardian_present
    reason = rng.choice(OVERRIDE_REASONS) if override else None
    records: list[dict[str, Any]] = []
    given: dict[ConsentScope, bool] = {}
    at = arrival + timedelta(minutes=rng.randrange(3, 15))
    for scope in scopes:
        yes = by_chance(rng, chance[scope])
        given[scope] = yes
        rec: dict[str, Any] = {"scope": scope.value, "given": yes,
                               "at": stamp(min(at, created))}
        if young and guardian_present:
            rec["by"] = "guardian"
        else:
            rec["by"] = "survivor"
            if reason and yes:
                rec["override_reason"] = reason
        records.append(rec)
        at += timedelta(minutes=1)
    if by_chance(rng, 0.08):
        rec = {"scope": ConsentScope.SHARE_WITH_REFERRAL.value,
               "destination": rng.choice(REFERRAL_DESTINATIONS), "given": True,
               "by": "guardian" if young and guardian_present else "survivor",
               "at": stamp(min(at, created))}
        if reason and rec["by"] == "survivor":
            rec["override_reason"] = reason
        records.append(rec)
    return records, given
