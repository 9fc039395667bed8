"""The center's figures for one month: the manager's report, its CSV and its DHIS2 export.

Counted in the database where the data are columns or JSON fields (store.monthly_queries);
decided here, per case of the month, where a domain rule decides: the age group (the same
age_at the case screen uses), the report-delay bucket and PEP within 72 hours (the clinical
clocks). Read and audited in one transaction.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import select

from isange_desktop.audit import checkpoints
from isange_desktop.domain.center_time import local_date
from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.clinical_clocks import ClockKind, clock, pep_start_allowed
from isange_desktop.domain.forms import parse_datetime
from isange_desktop.domain.incident_time import IncidentTime
from isange_desktop.domain.monthly import (
    GBV_TYPE_IDS,
    LEGAL_AID_GIVEN,
    MEDICINE_KINDS,
    NOT_GBV,
    REFERRAL_SOURCE_IDS,
    SEX_IDS,
    UNKNOWN,
    Month,
    MonthlyFigures,
    PepFigures,
    ReferralFigures,
    ShelterFigures,
    age_group,
)
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action
from isange_desktop.domain.report_delay import report_delay_bucket
from isange_desktop.services.case_summaries import incident_time_of
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import monthly_queries as queries
from isange_desktop.store.center_identity import current_signing_key
from isange_desktop.store.models import AuditHead, Center
from isange_desktop.store.monthly_queries import CaseFacts
from isange_desktop.store.types import utcnow

OUTPUTS = frozenset({"pdf", "csv", "dhis2", "screen"})


def monthly_figures(session: UserSession, month: Month, *, output: str,
                    suppress_small: bool = False, now: datetime | None = None
                    ) -> MonthlyFigures:
    """The figures of ``month``. ``output`` (pdf, csv, dhis2, screen) and whether small
    counts will be hidden go into the audit event: what left the vault, and how."""
    if output not in OUTPUTS:
        raise ValueError(f"unknown output {output!r}")
    role = authorize(session, Action.REPORT_MONTHLY, object_type="report",
                     object_id=str(month))
    now = now or utcnow()
    first, last = month.first_day, month.last_day
    with session.vault.unit_of_work() as uow:
        center = uow.get_one(Center, 1)
        cases = queries.month_cases(uow, first, last, MEDICINE_KINDS["pep"])
        tracks = queries.track_statuses(uow, first, last)
        services = queries.services(uow, first, last, MEDICINE_KINDS, LEGAL_AID_GIVEN)
        stays = queries.shelter_stays(uow)
        sent, received = queries.referrals(uow, month.start, month.end)
        record(uow, actor=session.login, role=role, action="report.monthly_made",
               object_type="report", object_id=str(month),
               details={"output": output, "suppress_small": suppress_small,
                        "cases": len(cases)})
        checkpoints.create(uow, center.vault_id, current_signing_key(uow))
        seq, head = uow.execute(select(AuditHead.seq, AuditHead.hash)
                                .where(AuditHead.id == 1)).one()
        center_code, center_name = center.code, center.name
    by_type_sex_age, sources, delays, pep = case_counts(cases)
    return MonthlyFigures(
        center_code=center_code, center_name=center_name, month=month, made_at=now,
        made_by=f"{session.display_name} ({session.login})", checkpoint_seq=int(seq),
        checkpoint_hash=str(head), cases=len(cases), by_type_sex_age=by_type_sex_age,
        referral_sources=sources, report_delay=delays, track_statuses=tracks,
        services=services, pep=pep, shelter=shelter_figures(stays, month),
        referrals=ReferralFigures(
            sent=sum(n for n, _ in sent.values()),
            sent_received=sum(r for _, r in sent.values()),
            received=sum(received.values()),
            sent_to={code: n for code, (n, _) in sorted(sent.items())},
            received_from=dict(sorted(received.items()))))


def case_counts(cases: Iterable[CaseFacts]
                ) -> tuple[dict[tuple[str, str, str], int], dict[str, int], dict[str, int],
                           PepFigures]:
    """Type x sex x age group, referral sources, report delays and PEP of the month's cases."""
    by_type_sex_age: Counter[tuple[str, str, str]] = Counter()
    sources: Counter[str] = Counter()
    delays: Counter[str] = Counter()
    eligible = within = 0
    for case in cases:
        arrival = datetime.fromisoformat(case.arrival_at)
        age = age_at({"date_of_birth": case.date_of_birth,
                      "estimated_age_years": case.estimated_age}, local_date(arrival))
        gbv = case.gbv_type if case.gbv_type in GBV_TYPE_IDS else NOT_GBV
        sex = case.sex if case.sex in SEX_IDS else UNKNOWN
        by_type_sex_age[(gbv, sex, age_group(age))] += 1
        sources[case.referred_by if case.referred_by in REFERRAL_SOURCE_IDS else UNKNOWN] += 1
        incident = incident_time_of(case)  # once: it is the slowest part of a case
        delays[report_delay_bucket(incident, arrival).value if incident else UNKNOWN] += 1
        if incident is not None and pep_eligible(case, incident, arrival):
            eligible += 1
            within += pep_in_time(case, incident)
    return dict(by_type_sex_age), dict(sources), dict(delays), PepFigures(eligible, within)


def pep_eligible(case: CaseFacts, incident: IncidentTime, arrival: datetime) -> bool:
    """Rape (the GBVIMS type that includes penetration: the exposure PEP is for), arrival
    while the 72-hour window was still open, and not found HIV-positive at the center (PEP is
    not started then). A case without an incident time cannot show the window open, so it is
    not asked."""
    return (case.gbv_type == GbvType.RAPE
            and clock(ClockKind.PEP, incident, arrival).is_open
            and case.hiv_test != "positive")


def pep_in_time(case: CaseFacts, incident: IncidentTime) -> bool:
    given = (parse_datetime(t) for t in case.pep_given_at)
    return any(g is not None and pep_start_allowed(incident, g) for g in given)


def shelter_figures(stays: Sequence[tuple[str | None, str | None]], month: Month
                    ) -> ShelterFigures:
    """Admissions and discharges dated in the month (center time); nights are counted
    between the local days of admission and discharge, as the shelter board counts them."""
    admissions = 0
    nights: list[int] = []
    staying = 0
    for admitted_text, discharged_text in stays:
        admitted = parse_datetime(admitted_text)
        if admitted is None:
            continue
        discharged = parse_datetime(discharged_text)
        came = local_date(admitted)
        admissions += _in(came, month)
        if discharged is not None and _in(local_date(discharged), month):
            nights.append(max(0, (local_date(discharged) - came).days))
        if admitted < month.end and (discharged is None or discharged >= month.end):
            staying += 1
    return ShelterFigures(
        admissions=admissions, discharges=len(nights), nights=sum(nights),
        nights_median=statistics.median(nights) if nights else None,
        nights_longest=max(nights) if nights else None, staying_at_end=staying)


def _in(day: date, month: Month) -> bool:
    return month.first_day <= day <= month.last_day
