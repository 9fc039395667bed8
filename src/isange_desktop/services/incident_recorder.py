"""Rows for the GBVIMS Incident Recorder: one per incident (a survivor's case) that arrived in
a range of days, with no name, no contact and no free text. The survivor is a code that
links a returning survivor's incidents without saying who they are."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from isange_desktop.domain.center_time import CENTER_TZ, local_date
from isange_desktop.domain.incident_rows import IncidentRow
from isange_desktop.domain.monthly import GBV_TYPE_IDS, NOT_GBV, age_group
from isange_desktop.domain.person_age import age_at
from isange_desktop.domain.policy import Action
from isange_desktop.domain.report_delay import report_delay_bucket
from isange_desktop.errors import ValidationError
from isange_desktop.services.case_summaries import incident_time_of
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import monthly_queries as queries
from isange_desktop.store.monthly_queries import IncidentFacts

MAX_DAYS = 5 * 366  # a few years at most: the Recorder is kept by year


def incident_rows(session: UserSession, first: date, last: date) -> list[IncidentRow]:
    """Incidents whose survivor arrived from ``first`` to ``last`` (center days, inclusive),
    oldest first."""
    if last < first or (last - first).days > MAX_DAYS:
        raise ValidationError("report.range_invalid", first=first.isoformat(),
                              last=last.isoformat())
    role = authorize(session, Action.REPORT_INCIDENTS, object_type="report",
                     object_id=f"{first.isoformat()}..{last.isoformat()}")
    with session.vault.unit_of_work() as uow:
        facts = queries.incidents(uow, first, last)
        record(uow, actor=session.login, role=role, action="report.incident_recorder_made",
               object_type="report", object_id=f"{first.isoformat()}..{last.isoformat()}",
               details={"rows": len(facts)})
    return [_row(f) for f in facts]


def _part_of_day(moment: datetime) -> str:
    hour = moment.astimezone(CENTER_TZ).hour
    return "morning" if 6 <= hour < 12 else "afternoon" if 12 <= hour < 18 else "evening_night"


def _bool(value: object) -> bool | None:
    # json_extract gives a JSON true or false as 1 or 0.
    return None if value is None else bool(value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _row(f: IncidentFacts) -> IncidentRow:
    arrival = datetime.fromisoformat(f.arrival_at)
    interview = local_date(arrival)
    incident = incident_time_of(f)
    time_of_day = "unknown"
    if incident is not None:
        # An estimate counts only when its whole range lies in one part of the day.
        first_part = _part_of_day(incident.earliest)
        last_part = _part_of_day(max(incident.earliest,
                                     incident.latest - timedelta(seconds=1)))
        same_day = local_date(incident.earliest) == local_date(
            max(incident.earliest, incident.latest - timedelta(seconds=1)))
        if first_part == last_part and same_day:
            time_of_day = first_part
    age = age_at({"date_of_birth": f.date_of_birth, "estimated_age_years": f.estimated_age},
                 interview)
    return IncidentRow(
        incident_id=f.number, survivor_code=f"S{f.person_id:06d}", interview_date=interview,
        incident_date=local_date(incident.earliest) if incident else None,
        time_of_day=time_of_day, sex=f.sex, age=age, age_group=age_group(age),
        nationality=f.nationality, migration_status=f.migration_status,
        disability=_bool(f.has_disability), place_type=f.place_type,
        gbv_type=f.gbv_type if f.gbv_type in GBV_TYPE_IDS else NOT_GBV,
        exchanged=_bool(f.exchanged), perpetrator_count=_int(f.perpetrator_count),
        perpetrator_sex=f.perpetrator_sex, perpetrator_age_group=f.perpetrator_age_group,
        perpetrator_relationship=f.perpetrator_relationship, referred_by=f.referred_by,
        tracks=f.tracks, legal_aid=f.legal_aid, flags=f.flags,
        report_delay=report_delay_bucket(incident, arrival).value if incident else None)
