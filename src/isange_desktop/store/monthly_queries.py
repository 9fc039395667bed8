"""The reads behind the monthly figures and the Incident Recorder export, in plain SQL.

A month of a large center is a few thousand cases out of 100,000: every statement starts from
the cases' arrival index and reads only those cases' newest revisions (json_extract in the
database: no whole form is decoded in Python). Counts that are plain columns or JSON fields
are aggregated here; what a domain rule decides (a survivor's age group, a report-delay
bucket, whether PEP began in time) comes back as a few small columns per case for the
service to decide with the same functions the case screens use.

Arrival times are stored as ISO text with their own UTC offset. The month is chosen first by
text range, a day wider on each side (the index), then exactly in center time by strftime,
which reads the offset.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.store.case_list import connection_of

_OFFSET = CENTER_TZ.utcoffset(None)
# strftime's modifier that turns UTC into center time ("+2 hours").
CENTER_MODIFIER = f"{int(_OFFSET.total_seconds() // 3600):+d} hours"

# Every statement of the month's cases selects them with the same clause (written out whole
# in each, as store.case_list does, so no SQL is built from strings): ?1, ?2 the text range;
# ?3, ?4 the first and last center day (YYYY-MM-DD); ?5 the modifier to center time. Voided
# cases are not cases; imported ones are counted by the center that first saw the survivor
# (here they are referrals received). A single form's newest revision is found by the
# (case, form, entry, revision) index.

# PEP is asked of rape cases only (the eligibility rule): the subquery runs for those alone.
_CASE_ROWS = """SELECT c.id, c.gbv_type, c.arrival_at, c.incident_earliest, c.incident_latest,
    json_extract(p.values_json, '$.sex'), json_extract(p.values_json, '$.date_of_birth'),
    json_extract(p.values_json, '$.estimated_age_years'),
    json_extract(i.values_json, '$.referred_by'),
    CASE WHEN c.gbv_type = 'rape' THEN json_extract(m.values_json, '$.hiv_test_result') END,
    CASE WHEN c.gbv_type = 'rape' THEN (
        SELECT json_group_array(json_extract(d.values_json, '$.given_at'))
        FROM form_revisions d WHERE d.case_id = c.id AND d.form_id = 'medicine'
          AND json_extract(d.values_json, '$.kind') IN (SELECT value FROM json_each(?6))
          AND d.revision = (SELECT max(y.revision) FROM form_revisions y
                            WHERE y.case_id = d.case_id AND y.form_id = 'medicine'
                              AND y.entry_no = d.entry_no)) END
    FROM cases c
    LEFT JOIN form_revisions p ON p.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'person'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    LEFT JOIN form_revisions i ON i.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'incident'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    LEFT JOIN form_revisions m ON m.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'medical'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    WHERE c.arrival_at >= ?1 AND c.arrival_at < ?2
      AND date(c.arrival_at, ?5) BETWEEN ?3 AND ?4 AND c.status != 'voided'
      AND NOT EXISTS (SELECT 1 FROM received_bundles b WHERE b.case_id = c.id)"""

_TRACKS = """SELECT t.track, t.status, count(*) FROM cases c
    JOIN case_tracks t ON t.case_id = c.id
    WHERE c.arrival_at >= ?1 AND c.arrival_at < ?2
      AND date(c.arrival_at, ?5) BETWEEN ?3 AND ?4 AND c.status != 'voided'
      AND NOT EXISTS (SELECT 1 FROM received_bundles b WHERE b.case_id = c.id)
    GROUP BY t.track, t.status"""

# One row: for each service, the survivors of the month who received it (sessions: how many).
# The month's cases and their forms' newest revisions are materialized once, each row with the
# one or two fields its form is asked for, then counted in a single pass: left to itself the
# planner inlines such a CTE into every count and reads every case's forms, not the month's.
# ?6: JSON object service -> medicine kinds (the medicine form's report codes); ?7: JSON list
# of the legal aid answers that count.
_SERVICES = """WITH month_cases(id) AS MATERIALIZED (
    SELECT c.id FROM cases c WHERE c.arrival_at >= ?1 AND c.arrival_at < ?2
      AND date(c.arrival_at, ?5) BETWEEN ?3 AND ?4 AND c.status != 'voided'
      AND NOT EXISTS (SELECT 1 FROM received_bundles b WHERE b.case_id = c.id)),
    latest(case_id, form_id, answer, detail) AS MATERIALIZED (
        SELECT r.case_id, r.form_id,
            CASE r.form_id
                WHEN 'medicine' THEN json_extract(r.values_json, '$.kind')
                WHEN 'medical' THEN json_extract(r.values_json, '$.report_signed_at')
                WHEN 'psychosocial' THEN json_extract(r.values_json, '$.community_visit_date')
                WHEN 'legal' THEN json_extract(r.values_json, '$.statement_taken')
                WHEN 'shelter' THEN json_extract(r.values_json, '$.admitted_at') END,
            CASE r.form_id
                WHEN 'legal' THEN json_array(
                    json_extract(r.values_json, '$.evidence_handed_over'),
                    json_extract(r.values_json, '$.legal_aid_referral')) END
        FROM month_cases mc CROSS JOIN form_revisions r ON r.case_id = mc.id
        WHERE r.form_id IN ('medicine', 'forensic_sample', 'medical', 'psychosocial',
                            'counselling_session', 'legal', 'shelter')
          AND r.revision = (SELECT max(x.revision) FROM form_revisions x
                            WHERE x.case_id = r.case_id AND x.form_id = r.form_id
                              AND x.entry_no = r.entry_no))
    SELECT
        count(DISTINCT CASE WHEN form_id = 'medicine' AND answer IN (
            SELECT value FROM json_each(?6, '$.pep')) THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'medicine' AND answer IN (
            SELECT value FROM json_each(?6, '$.emergency_contraception')) THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'medicine' AND answer IN (
            SELECT value FROM json_each(?6, '$.sti_prophylaxis')) THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'medicine' AND answer IN (
            SELECT value FROM json_each(?6, '$.hepatitis_b_vaccine')) THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'medicine' AND answer IN (
            SELECT value FROM json_each(?6, '$.tetanus')) THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'forensic_sample' THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'medical' AND coalesce(answer, '') != ''
                       THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'psychosocial' THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'counselling_session' THEN case_id END),
        count(CASE WHEN form_id = 'counselling_session' THEN 1 END),
        count(DISTINCT CASE WHEN form_id = 'psychosocial' AND coalesce(answer, '') != ''
                       THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'legal' AND answer = 1 THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'legal' AND json_extract(detail, '$[0]') = 1
                       THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'legal' AND json_extract(detail, '$[1]') IN (
            SELECT value FROM json_each(?7)) THEN case_id END),
        count(DISTINCT CASE WHEN form_id = 'shelter' AND coalesce(answer, '') != ''
                       THEN case_id END)
    FROM latest"""
# The columns of _SERVICES, in order.
SERVICE_COLUMNS = ("pep", "emergency_contraception", "sti_prophylaxis", "hepatitis_b_vaccine",
                   "tetanus", "forensic_evidence", "medico_legal_report",
                   "psychosocial_assessment", "counselling", "counselling_sessions",
                   "community_visit", "statement_taken", "evidence_to_rib", "legal_aid",
                   "shelter_admission")

# Every stay's newest state. A stay copied in with a referral (its newest revision written
# by the other center's staff, named login@CENTER) was at that center's shelter, not here.
_STAYS = """SELECT json_extract(r.values_json, '$.admitted_at'),
        json_extract(r.values_json, '$.discharged_at')
    FROM form_revisions r JOIN cases c ON c.id = r.case_id
    WHERE r.form_id = 'shelter' AND c.status != 'voided' AND instr(r.author, '@') = 0
      AND r.revision = (SELECT max(m.revision) FROM form_revisions m
                        WHERE m.form_id = 'shelter' AND m.case_id = r.case_id
                          AND m.entry_no = r.entry_no)"""

# Sent and received times are UTC text in one format, so a UTC range compares as text.
_SENT = """SELECT destination_code, count(*), sum(status = 'received') FROM outgoing_referrals
    WHERE created_at >= ?1 AND created_at < ?2 GROUP BY destination_code"""
_RECEIVED = """SELECT sender_code, count(*) FROM received_bundles
    WHERE kind = 'referral' AND received_at >= ?1 AND received_at < ?2 GROUP BY sender_code"""

_INCIDENTS = """SELECT c.number, c.person_id, c.arrival_at, c.incident_earliest,
    c.incident_latest, c.gbv_type, c.flags,
    (SELECT group_concat(t.track || '=' || t.status) FROM case_tracks t WHERE t.case_id = c.id),
    json_extract(p.values_json, '$.sex'), json_extract(p.values_json, '$.date_of_birth'),
    json_extract(p.values_json, '$.estimated_age_years'),
    json_extract(p.values_json, '$.nationality'),
    json_extract(p.values_json, '$.migration_status'),
    json_extract(p.values_json, '$.has_disability'),
    json_extract(i.values_json, '$.incident_time_exact'),
    json_extract(i.values_json, '$.place_type'),
    json_extract(i.values_json, '$.perpetrator_count'),
    json_extract(i.values_json, '$.perpetrator_sex'),
    json_extract(i.values_json, '$.perpetrator_age_group'),
    json_extract(i.values_json, '$.perpetrator_relationship'),
    json_extract(i.values_json, '$.referred_by'),
    json_extract(k.values_json, '$.exchanged'),
    json_extract(g.values_json, '$.legal_aid_referral')
    FROM cases c
    LEFT JOIN form_revisions p ON p.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'person'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    LEFT JOIN form_revisions i ON i.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'incident'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    LEFT JOIN form_revisions k ON k.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'classification'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    LEFT JOIN form_revisions g ON g.id = (
        SELECT x.id FROM form_revisions x WHERE x.case_id = c.id AND x.form_id = 'legal'
          AND x.entry_no = 0 ORDER BY x.revision DESC LIMIT 1)
    WHERE c.arrival_at >= ?1 AND c.arrival_at < ?2
      AND date(c.arrival_at, ?5) BETWEEN ?3 AND ?4 AND c.status != 'voided'
      AND NOT EXISTS (SELECT 1 FROM received_bundles b WHERE b.case_id = c.id)
    ORDER BY c.arrival_at, c.id"""


@dataclass(frozen=True)
class CaseFacts:
    """What the monthly figures need of one case of the month."""

    id: int
    gbv_type: str | None
    arrival_at: str
    incident_earliest: str | None
    incident_latest: str | None
    sex: str | None
    date_of_birth: str | None
    estimated_age: object
    referred_by: str | None
    hiv_test: str | None
    pep_given_at: tuple[str, ...]  # the given_at of each PEP entry (rape cases only)


@dataclass(frozen=True)
class IncidentFacts:
    """One row of the Incident Recorder: no name, no free text."""

    number: str
    person_id: int
    arrival_at: str
    incident_earliest: str | None
    incident_latest: str | None
    gbv_type: str | None
    flags: tuple[str, ...]
    tracks: dict[str, str]
    sex: str | None
    date_of_birth: str | None
    estimated_age: object
    nationality: str | None
    migration_status: str | None
    has_disability: object
    incident_time_exact: object
    place_type: str | None
    perpetrator_count: object
    perpetrator_sex: str | None
    perpetrator_age_group: str | None
    perpetrator_relationship: str | None
    referred_by: str | None
    exchanged: object
    legal_aid: str | None


def _range_params(first: date, last: date) -> tuple[str, str, str, str, str]:
    # A day of slack on each side covers any stored offset (at most 14 hours from UTC).
    return ((first - timedelta(days=1)).isoformat(), (last + timedelta(days=2)).isoformat(),
            first.isoformat(), last.isoformat(), CENTER_MODIFIER)


def _run(uow: Session, sql: str, params: Sequence[object]) -> list[Any]:
    return list(connection_of(uow).execute(sql, tuple(params)).fetchall())


def month_cases(uow: Session, first: date, last: date, pep_kinds: Sequence[str]
                ) -> list[CaseFacts]:
    rows = _run(uow, _CASE_ROWS, [*_range_params(first, last), json.dumps(list(pep_kinds))])
    return [CaseFacts(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                      tuple(t for t in json.loads(r[10]) if isinstance(t, str)) if r[10]
                      else ()) for r in rows]


def track_statuses(uow: Session, first: date, last: date) -> dict[tuple[str, str], int]:
    return {(r[0], r[1]): int(r[2]) for r in _run(uow, _TRACKS, _range_params(first, last))}


def services(uow: Session, first: date, last: date, medicine_kinds: dict[str, list[str]],
             legal_aid_values: Sequence[str]) -> dict[str, int]:
    (row,) = _run(uow, _SERVICES, [*_range_params(first, last), json.dumps(medicine_kinds),
                                   json.dumps(list(legal_aid_values))])
    return {name: int(n) for name, n in zip(SERVICE_COLUMNS, row, strict=True) if n}


def shelter_stays(uow: Session) -> list[tuple[str | None, str | None]]:
    return [(r[0], r[1]) for r in _run(uow, _STAYS, ())]


def _utc_text(moment: datetime) -> str:
    # The exact text store.types.UTCDateTime writes, so ranges compare as text.
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def referrals(uow: Session, start: datetime, end: datetime
              ) -> tuple[dict[str, tuple[int, int]], dict[str, int]]:
    """(destination -> (sent, of which received), sender -> received) in [start, end)."""
    bounds = (_utc_text(start), _utc_text(end))
    sent = {str(r[0]): (int(r[1]), int(r[2] or 0)) for r in _run(uow, _SENT, bounds)}
    received = {str(r[0]): int(r[1]) for r in _run(uow, _RECEIVED, bounds)}
    return sent, received


def incidents(uow: Session, first: date, last: date) -> list[IncidentFacts]:
    rows = _run(uow, _INCIDENTS, _range_params(first, last))
    out = []
    for r in rows:
        tracks = dict(pair.split("=", 1) for pair in r[7].split(",")) if r[7] else {}
        out.append(IncidentFacts(r[0], int(r[1]), r[2], r[3], r[4], r[5],
                                 tuple(json.loads(r[6] or "[]")), tracks, *r[8:]))
    return out
