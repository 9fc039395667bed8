"""The incident: when (exact or estimated), where, what happened in the survivor's words, the
alleged perpetrator(s), and who referred the survivor. Sensitivity: incident.

The time is either exact (`incident_at`) or a window (`incident_earliest`..`incident_latest`);
`incident_time_exact` chooses which, and the clinical clocks start from the earliest moment.
"""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import IsFalse, IsTrue, OneOf
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.INCIDENT
_T = FieldType
_EXACT = IsTrue("incident_time_exact")
_ESTIMATED = IsFalse("incident_time_exact")
_REFERRAL_NAMED = OneOf("referred_by", ("other_iosc", "other"))

TIMES = Section("times", QT_TRANSLATE_NOOP("forms", "Times"), (
    Field("arrived_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Arrival at the center"), _S,
          required=True, report_code="arrived_at"),
    Field("incident_time_exact", _T.BOOL,
          QT_TRANSLATE_NOOP("forms", "Is the time of the incident known exactly?"), _S,
          required=True),
    Field("incident_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Time of the incident"), _S,
          shown_when=_EXACT, required=_EXACT, report_code="incident_at"),
    Field("incident_earliest", _T.DATETIME,
          QT_TRANSLATE_NOOP("forms", "Incident: earliest possible time"), _S,
          shown_when=_ESTIMATED, required=_ESTIMATED, report_code="incident_earliest"),
    Field("incident_latest", _T.DATETIME,
          QT_TRANSLATE_NOOP("forms", "Incident: latest possible time"), _S,
          shown_when=_ESTIMATED, required=_ESTIMATED),
))

PLACE = Section("place", QT_TRANSLATE_NOOP("forms", "Place"), (
    Field("place_type", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Type of place"), _S,
          required=True, report_code="place_type", choices=(
              Choice("survivor_home", QT_TRANSLATE_NOOP("forms", "Survivor's home")),
              Choice("perpetrator_home", QT_TRANSLATE_NOOP("forms", "Perpetrator's home")),
              Choice("other_home", QT_TRANSLATE_NOOP("forms", "Another home")),
              Choice("school", QT_TRANSLATE_NOOP("forms", "School")),
              Choice("workplace", QT_TRANSLATE_NOOP("forms", "Workplace")),
              Choice("public_place", QT_TRANSLATE_NOOP("forms", "Street or public place")),
              Choice("field_or_bush", QT_TRANSLATE_NOOP("forms", "Field, bush or forest")),
              Choice("vehicle", QT_TRANSLATE_NOOP("forms", "Vehicle")),
              Choice("online", QT_TRANSLATE_NOOP("forms", "Online or by phone")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other place")),
              Choice("unknown", QT_TRANSLATE_NOOP("forms", "Unknown")),
          )),
    Field("place_description", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Location"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Village, cell or sector, or a description."),
          max_length=200),
))

ACCOUNT = Section("account", QT_TRANSLATE_NOOP("forms", "What happened"), (
    Field("account", _T.LONG_TEXT,
          QT_TRANSLATE_NOOP("forms", "Account in the survivor's own words"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Write what the survivor says, as said. The survivor "
                                          "may decline to tell."),
          max_length=20_000),
))

PERPETRATOR = Section("perpetrator", QT_TRANSLATE_NOOP("forms", "Alleged perpetrator"), (
    Field("perpetrator_count", _T.INTEGER,
          QT_TRANSLATE_NOOP("forms", "Number of perpetrators"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Leave empty when unknown."),
          minimum=1, maximum=100, report_code="perpetrator_count"),
    Field("perpetrator_sex", _T.CHOICE,
          QT_TRANSLATE_NOOP("forms", "Sex of the main perpetrator"), _S,
          required=True, report_code="perpetrator_sex", choices=(
              Choice("male", QT_TRANSLATE_NOOP("forms", "Male")),
              Choice("female", QT_TRANSLATE_NOOP("forms", "Female")),
              Choice("both", QT_TRANSLATE_NOOP("forms", "Several, of both sexes")),
              Choice("unknown", QT_TRANSLATE_NOOP("forms", "Unknown")),
          )),
    Field("perpetrator_age_group", _T.CHOICE,
          QT_TRANSLATE_NOOP("forms", "Age group of the main perpetrator"), _S,
          required=True, report_code="perpetrator_age_group", choices=(
              Choice("0_11", QT_TRANSLATE_NOOP("forms", "0-11 years")),
              Choice("12_17", QT_TRANSLATE_NOOP("forms", "12-17 years")),
              Choice("18_25", QT_TRANSLATE_NOOP("forms", "18-25 years")),
              Choice("26_40", QT_TRANSLATE_NOOP("forms", "26-40 years")),
              Choice("41_60", QT_TRANSLATE_NOOP("forms", "41-60 years")),
              Choice("61_plus", QT_TRANSLATE_NOOP("forms", "61 years or older")),
              Choice("unknown", QT_TRANSLATE_NOOP("forms", "Unknown")),
          )),
    Field("perpetrator_relationship", _T.CHOICE,
          QT_TRANSLATE_NOOP("forms", "Relationship of the main perpetrator to the survivor"), _S,
          required=True, report_code="perpetrator_relationship", choices=(
              Choice("intimate_partner", QT_TRANSLATE_NOOP("forms", "Intimate partner or spouse")),
              Choice("former_partner", QT_TRANSLATE_NOOP("forms", "Former partner")),
              Choice("primary_caregiver", QT_TRANSLATE_NOOP("forms", "Primary caregiver")),
              Choice("family_other", QT_TRANSLATE_NOOP("forms", "Other family member")),
              Choice("supervisor_employer", QT_TRANSLATE_NOOP("forms", "Supervisor or employer")),
              Choice("schoolmate", QT_TRANSLATE_NOOP("forms", "Schoolmate")),
              Choice("teacher", QT_TRANSLATE_NOOP("forms", "Teacher or school official")),
              Choice("service_provider", QT_TRANSLATE_NOOP("forms", "Service provider")),
              Choice("cotenant", QT_TRANSLATE_NOOP("forms", "Cotenant or housemate")),
              Choice("family_friend", QT_TRANSLATE_NOOP("forms", "Family friend or neighbour")),
              Choice("other_displaced",
                     QT_TRANSLATE_NOOP("forms", "Other refugee, displaced person or returnee")),
              Choice("community_member", QT_TRANSLATE_NOOP("forms", "Other community member")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other relationship")),
              Choice("no_relation", QT_TRANSLATE_NOOP("forms", "No relation")),
              Choice("unknown", QT_TRANSLATE_NOOP("forms", "Unknown")),
          )),
))

REFERRAL = Section("referral", QT_TRANSLATE_NOOP("forms", "Referral"), (
    Field("referred_by", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Referred by"), _S,
          required=True, report_code="referral_source", choices=(
              Choice("self", QT_TRANSLATE_NOOP("forms", "Came by themselves")),
              Choice("police", QT_TRANSLATE_NOOP("forms", "Police (RNP)")),
              Choice("rib", QT_TRANSLATE_NOOP("forms", "RIB")),
              Choice("health_center", QT_TRANSLATE_NOOP("forms", "Health center")),
              Choice("village_leader", QT_TRANSLATE_NOOP("forms", "Village leader")),
              Choice("hotline", QT_TRANSLATE_NOOP("forms", "Hotline 3512 or 116")),
              Choice("other_iosc", QT_TRANSLATE_NOOP("forms", "Another Isange One Stop Center")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other")),
          )),
    Field("referral_detail", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Which center or service"), _S,
          shown_when=_REFERRAL_NAMED, required=_REFERRAL_NAMED, max_length=200),
))

INCIDENT = Form("incident", QT_TRANSLATE_NOOP("forms", "Incident"),
                (TIMES, PLACE, ACCOUNT, PERPETRATOR, REFERRAL))
