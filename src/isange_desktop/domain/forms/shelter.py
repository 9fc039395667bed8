"""The shelter track: a short stay in the center's safe room, and the referral to a longer
placement (the hardest gap for minors). Sensitivity: shelter."""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import Equals, IsTrue, is_set
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.SHELTER
_T = FieldType
_DISCHARGED = is_set("discharged_at")
_OTHER_REASON = Equals("admission_reason", "other")
_REFERRED = IsTrue("placement_referred")

ADMISSION = Section("admission", QT_TRANSLATE_NOOP("forms", "Admission"), (
    Field("admitted_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Admitted at"), _S,
          required=True, report_code="shelter_admission"),
    Field("bed", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Room or bed"), _S, max_length=20),
    Field("admission_reason", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Reason for admission"), _S,
          required=True, report_code="shelter_reason", choices=(
              Choice("no_safe_home", QT_TRANSLATE_NOOP("forms", "No safe place to go")),
              Choice("perpetrator_at_home",
                     QT_TRANSLATE_NOOP("forms", "The perpetrator lives at home")),
              Choice("awaiting_placement", QT_TRANSLATE_NOOP("forms", "Waiting for a placement")),
              Choice("medical_observation", QT_TRANSLATE_NOOP("forms", "Medical observation")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other reason")),
          )),
    Field("admission_notes", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Reason, details"), _S,
          required=_OTHER_REASON, max_length=2000),
))

DISCHARGE = Section("discharge", QT_TRANSLATE_NOOP("forms", "Discharge"), (
    Field("discharged_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Discharged at"), _S),
    Field("discharge_destination", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Discharged to"), _S,
          shown_when=_DISCHARGED, required=_DISCHARGED, report_code="discharge_destination",
          choices=(
              Choice("home", QT_TRANSLATE_NOOP("forms", "Home")),
              Choice("relatives", QT_TRANSLATE_NOOP("forms", "Relatives")),
              Choice("foster_family", QT_TRANSLATE_NOOP("forms", "Foster family")),
              Choice("long_term_shelter", QT_TRANSLATE_NOOP("forms", "Longer-term shelter")),
              Choice("hospital", QT_TRANSLATE_NOOP("forms", "Hospital ward")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other destination")),
          )),
))

PLACEMENT = Section("placement", QT_TRANSLATE_NOOP("forms", "Longer placement"), (
    Field("placement_referred", _T.BOOL,
          QT_TRANSLATE_NOOP("forms", "Referred to a longer placement"), _S,
          report_code="placement_referral"),
    Field("placement_destination", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Referred to"), _S,
          shown_when=_REFERRED, required=_REFERRED, max_length=200),
    Field("placement_referred_on", _T.DATE, QT_TRANSLATE_NOOP("forms", "Referred on"), _S,
          shown_when=_REFERRED),
))

SHELTER = Form("shelter", QT_TRANSLATE_NOOP("forms", "Shelter"), (ADMISSION, DISCHARGE, PLACEMENT))
