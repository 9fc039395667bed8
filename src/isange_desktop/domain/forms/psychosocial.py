"""The psychosocial track: first assessment, safety plan, community follow-up, and counselling
sessions as entries. Sensitivity: counselling (what the survivor confides)."""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import Equals, OneOf, any_of
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.person import PHONE_PATTERN
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.COUNSELLING
_T = FieldType
# A plan is required as soon as anything says the survivor is not safe.
_PLAN_NEEDED = any_of(
    Equals("risk_level", "high"),
    OneOf("suicidality", ("plan", "attempt")),
    Equals("safe_at_home", "unsafe"),
)

ASSESSMENT = Section("assessment", QT_TRANSLATE_NOOP("forms", "First assessment"), (
    Field("risk_level", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Risk level"), _S,
          required=True, report_code="psychosocial_risk", choices=(
              Choice("low", QT_TRANSLATE_NOOP("forms", "Low")),
              Choice("medium", QT_TRANSLATE_NOOP("forms", "Medium")),
              Choice("high", QT_TRANSLATE_NOOP("forms", "High")),
          )),
    Field("suicidality", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Suicidality"), _S,
          required=True, report_code="suicidality", choices=(
              Choice("none", QT_TRANSLATE_NOOP("forms", "None")),
              Choice("ideation", QT_TRANSLATE_NOOP("forms", "Thoughts of suicide")),
              Choice("plan", QT_TRANSLATE_NOOP("forms", "A plan")),
              Choice("attempt", QT_TRANSLATE_NOOP("forms", "An attempt")),
          )),
    Field("safe_at_home", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Safety at home"), _S,
          required=True, choices=(
              Choice("safe", QT_TRANSLATE_NOOP("forms", "Safe")),
              Choice("unsafe", QT_TRANSLATE_NOOP("forms", "Not safe")),
              Choice("unsure", QT_TRANSLATE_NOOP("forms", "Not sure")),
          )),
    Field("assessment_notes", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Assessment notes"), _S),
))

SAFETY = Section("safety_plan", QT_TRANSLATE_NOOP("forms", "Safety plan"), (
    Field("safety_plan", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Safety plan"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Required when the risk is high, there is a suicide "
                                          "plan or attempt, or home is not safe."),
          required=_PLAN_NEEDED, report_code="safety_plan"),
))

COMMUNITY = Section("community", QT_TRANSLATE_NOOP("forms", "Community follow-up"), (
    Field("volunteer_name", _T.TEXT,
          QT_TRANSLATE_NOOP("forms", "Inshuti z'Umuryango volunteer"), _S, max_length=200),
    Field("volunteer_phone", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Volunteer's phone"), _S,
          max_length=20, pattern=PHONE_PATTERN),
    Field("village_leader_name", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Village leader"), _S,
          max_length=200),
    Field("village_leader_phone", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Village leader's phone"),
          _S, max_length=20, pattern=PHONE_PATTERN),
    Field("community_visit_date", _T.DATE, QT_TRANSLATE_NOOP("forms", "Home visit date"), _S,
          report_code="community_visit"),
))

PSYCHOSOCIAL = Form("psychosocial", QT_TRANSLATE_NOOP("forms", "Psychosocial"),
                    (ASSESSMENT, SAFETY, COMMUNITY))

SESSION = Section("session", QT_TRANSLATE_NOOP("forms", "Counselling session"), (
    Field("session_date", _T.DATE, QT_TRANSLATE_NOOP("forms", "Date"), _S, required=True),
    Field("duration_minutes", _T.INTEGER, QT_TRANSLATE_NOOP("forms", "Duration"), _S,
          minimum=5, maximum=480,
          unit=QT_TRANSLATE_NOOP("forms", "min")),
    Field("session_type", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Type of session"), _S,
          required=True, report_code="counselling_session", choices=(
              Choice("individual", QT_TRANSLATE_NOOP("forms", "Individual")),
              Choice("family", QT_TRANSLATE_NOOP("forms", "Family")),
              Choice("group", QT_TRANSLATE_NOOP("forms", "Group")),
          )),
    Field("notes", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Session notes"), _S),
    Field("next_session_date", _T.DATE, QT_TRANSLATE_NOOP("forms", "Next session"), _S),
))

COUNSELLING_SESSION = Form("counselling_session",
                           QT_TRANSLATE_NOOP("forms", "Counselling session"), (SESSION,),
                           repeating=True, part_of="psychosocial")
