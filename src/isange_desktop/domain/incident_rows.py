"""One incident as the GBVIMS Incident Recorder sees it: plain data, no name, no contact, no
free text. services.incident_recorder fills it; reports.incident_recorder words it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class IncidentRow:
    """Codes as the forms store them; reports.incident_recorder words them as GBVIMS does."""

    incident_id: str  # the case number
    survivor_code: str
    interview_date: date
    incident_date: date | None
    time_of_day: str  # morning, afternoon, evening_night, unknown
    sex: str | None
    age: int | None
    age_group: str
    nationality: str | None
    migration_status: str | None
    disability: bool | None
    place_type: str | None
    gbv_type: str
    exchanged: bool | None
    perpetrator_count: int | None
    perpetrator_sex: str | None
    perpetrator_age_group: str | None
    perpetrator_relationship: str | None
    referred_by: str | None
    tracks: dict[str, str]
    legal_aid: str | None
    flags: tuple[str, ...]
    report_delay: str | None
