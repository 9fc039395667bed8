"""GBVIMS Incident Recorder rows as CSV or XLSX: one row per incident, in the Recorder's column
order and English vocabulary, so the rows can be pasted into the Recorder's "Incident Data"
sheet or read by tools built for it. No name, contact or free text ever appears.

Only the Recorder's columns the forms record are written (a blank column invites guesses);
the case context flags follow the GBVIMS classification tool, and "Possible trafficking" is
this project's own addition at the end.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from isange_desktop.domain.incident_rows import IncidentRow

GBV_TYPES = {"rape": "Rape", "sexual_assault": "Sexual Assault",
             "physical_assault": "Physical Assault", "forced_marriage": "Forced Marriage",
             "denial_of_resources": "Denial of Resources, Opportunities or Services",
             "psychological_abuse": "Psychological / Emotional Abuse", "not_gbv": "Non-GBV"}
AGE_GROUPS = {"0_11": "0-11", "12_17": "12-17", "18_25": "18-25", "26_40": "26-40",
              "41_60": "41-60", "61_plus": "61+", "unknown": "Unknown"}
DELAYS = {"0_3": "0-3 days", "4_5": "4-5 days", "6_14": "6-14 days",
          "2w_1m": "2 weeks - 1 month", "over_1m": "Over 1 month"}
TIMES = {"morning": "Morning (sunrise to noon)", "afternoon": "Afternoon (noon to sunset)",
         "evening_night": "Evening/night (sunset to sunrise)",
         "unknown": "Unknown/Not applicable"}
SEXES = {"female": "Female", "male": "Male", "other": "Other"}
PERPETRATOR_SEXES = {"female": "Female", "male": "Male",
                     "both": "Both female and male perpetrators", "unknown": "Unknown"}
DISPLACEMENT = {"national": "Resident", "refugee": "Refugee", "asylum_seeker": "Asylum Seeker",
                "migrant": "Foreign National", "returnee": "Returnee",
                "stateless": "Stateless Person"}
PLACES = {"survivor_home": "Client's Home", "perpetrator_home": "Perpetrator's Home",
          "other_home": "Other Home", "school": "School", "workplace": "Workplace",
          "public_place": "Road / Public Place", "field_or_bush": "Bush / Forest / Field",
          "vehicle": "Vehicle", "online": "Online / Phone", "other": "Other",
          "unknown": "Unknown"}
RELATIONSHIPS = {
    "intimate_partner": "Intimate Partner / Former Partner",
    "former_partner": "Intimate Partner / Former Partner",
    "primary_caregiver": "Primary Caregiver",
    "family_other": "Family other than spouse or caregiver",
    "supervisor_employer": "Supervisor / Employer", "schoolmate": "Schoolmate",
    "teacher": "Teacher / School official", "service_provider": "Service Provider",
    "cotenant": "Cotenant / Housemate", "family_friend": "Family Friend / Neighbor",
    "other_displaced": "Other refugee / IDP / Returnee",
    "community_member": "Other resident community member", "other": "Other",
    "no_relation": "No relation", "unknown": "Unknown"}
REFERRED_BY = {"self": "Self Referral / First Point of Contact",
               "police": "Police / Other Security Actor", "rib": "Police / Other Security Actor",
               "health_center": "Health / Medical Services",
               "village_leader": "Community or Camp Leader",
               "hotline": "Other Government Service", "other_iosc": "Other Government Service",
               "other": "Other"}
# A track's status as the Recorder's "action taken" answers: at a one-stop center the track
# IS the service, provided on site once begun.
SERVICE = {"in_progress": "Service provided by your agency",
           "completed": "Service provided by your agency", "pending": "Referred",
           "declined": "Referral declined by survivor",
           "not_needed": "Service not applicable"}
LEGAL_AID = {"maj": "Referred", "other": "Referred", "none": "Service not applicable"}


def _yes_no(value: bool | None) -> str:
    return "" if value is None else "Yes" if value else "No"


def _word(table: dict[str, str], value: str | None) -> str:
    # A value this version does not know (a newer form) is written as stored, not dropped.
    return "" if value is None else table.get(value, value)


def _count(n: int | None) -> str:
    return "Unknown" if n is None else str(n) if n <= 3 else "More than 3"


Column = tuple[str, Callable[[IncidentRow], str | date | int | None]]
COLUMNS: tuple[Column, ...] = (
    ("Incident ID", lambda r: r.incident_id),
    ("Survivor Code", lambda r: r.survivor_code),
    ("Date of Interview", lambda r: r.interview_date),
    ("Date of Incident", lambda r: r.incident_date),
    ("Reporting Delay", lambda r: _word(DELAYS, r.report_delay)),
    ("Time of Day", lambda r: TIMES[r.time_of_day]),
    ("Sex", lambda r: _word(SEXES, r.sex)),
    ("Age", lambda r: r.age),
    ("Age Group", lambda r: AGE_GROUPS[r.age_group]),
    ("Country of Origin", lambda r: r.nationality or ""),
    ("Displacement Status at Report", lambda r: _word(DISPLACEMENT, r.migration_status)),
    ("Person with Disabilities", lambda r: _yes_no(r.disability)),
    ("Type of Place", lambda r: _word(PLACES, r.place_type)),
    ("Type of Incident Violence", lambda r: GBV_TYPES.get(r.gbv_type, r.gbv_type)),
    ("Were money, goods, benefits and/or services exchanged?",
     lambda r: _yes_no(r.exchanged)),
    ("Number of Alleged Perpetrators", lambda r: _count(r.perpetrator_count)),
    ("Sex of Alleged Perpetrator(s)", lambda r: _word(PERPETRATOR_SEXES, r.perpetrator_sex)),
    ("Age Group of Alleged Perpetrator", lambda r: _word(AGE_GROUPS, r.perpetrator_age_group)),
    ("Alleged Perpetrator - Survivor Relationship",
     lambda r: _word(RELATIONSHIPS, r.perpetrator_relationship)),
    ("Who referred the client to you?", lambda r: _word(REFERRED_BY, r.referred_by)),
    ("Safe House / Safe Shelter", lambda r: _word(SERVICE, r.tracks.get("shelter"))),
    ("Health / Medical Services", lambda r: _word(SERVICE, r.tracks.get("medical"))),
    ("Psychosocial Services", lambda r: _word(SERVICE, r.tracks.get("psychosocial"))),
    ("Police / Other Security Actor", lambda r: _word(SERVICE, r.tracks.get("legal"))),
    ("Legal Assistance Services", lambda r: _word(LEGAL_AID, r.legal_aid)),
    ("Case Context: Intimate Partner Violence",
     lambda r: _yes_no("intimate_partner_violence" in r.flags)),
    ("Case Context: Child Sexual Abuse", lambda r: _yes_no("child_sexual_abuse" in r.flags)),
    ("Case Context: Early Marriage", lambda r: _yes_no("early_marriage" in r.flags)),
    ("Case Context: Possible Sexual Exploitation",
     lambda r: _yes_no("possible_sexual_exploitation" in r.flags)),
    ("Possible Trafficking", lambda r: _yes_no("possible_trafficking" in r.flags)),
)
HEADER = tuple(name for name, _ in COLUMNS)


def _cells(row: IncidentRow) -> list[str | date | int | None]:
    return [value(row) for _, value in COLUMNS]


def render_csv(rows: list[IncidentRow]) -> bytes:
    """UTF-8 with a byte-order mark (Excel reads it right only then); dates as YYYY-MM-DD."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(["" if c is None else c.isoformat() if isinstance(c, date) else c
                         for c in _cells(row)])
    return out.getvalue().encode("utf-8-sig")


def render_xlsx(rows: list[IncidentRow]) -> bytes:
    """One sheet, "Incident Data", dates as real dates; written in openpyxl's streaming mode
    so a year of incidents takes little memory."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Incident Data")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for name in HEADER:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append(_cells(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
