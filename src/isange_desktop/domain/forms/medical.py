"""The medical track's main form: triage, vital signs, examination with the body map, tests and
the medico-legal report. Medicines, samples and custody handovers are entry forms appended to it
(medicines.py, forensic.py). Sensitivity: clinical.
"""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import is_set
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.CLINICAL
_T = FieldType

TRIAGE = Section("triage", QT_TRANSLATE_NOOP("forms", "Triage"), (
    Field("triage_priority", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Priority"), _S,
          required=True, choices=(
              Choice("emergency", QT_TRANSLATE_NOOP("forms", "Emergency: now")),
              Choice("urgent", QT_TRANSLATE_NOOP("forms", "Urgent: within the hour")),
              Choice("routine", QT_TRANSLATE_NOOP("forms", "Routine: can wait")),
          )),
    Field("arrival_condition", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Condition on arrival"),
          _S, required=True, choices=(
              Choice("stable", QT_TRANSLATE_NOOP("forms", "Stable")),
              Choice("distressed", QT_TRANSLATE_NOOP("forms", "Distressed")),
              Choice("injured", QT_TRANSLATE_NOOP("forms", "Injured")),
              Choice("critical", QT_TRANSLATE_NOOP("forms", "Critical or unconscious")),
          )),
))

VITALS = Section("vital_signs", QT_TRANSLATE_NOOP("forms", "Vital signs"), (
    Field("temperature_c", _T.DECIMAL, QT_TRANSLATE_NOOP("forms", "Temperature"), _S,
          minimum=30, maximum=45, unit="°C"),
    Field("pulse_per_min", _T.INTEGER, QT_TRANSLATE_NOOP("forms", "Pulse"), _S,
          minimum=20, maximum=250, unit="/min"),
    Field("bp_systolic", _T.INTEGER, QT_TRANSLATE_NOOP("forms", "Blood pressure, systolic"), _S,
          minimum=50, maximum=260, unit="mmHg"),
    Field("bp_diastolic", _T.INTEGER, QT_TRANSLATE_NOOP("forms", "Blood pressure, diastolic"),
          _S, minimum=20, maximum=180, unit="mmHg"),
    Field("respiratory_rate_per_min", _T.INTEGER, QT_TRANSLATE_NOOP("forms", "Respiratory rate"),
          _S, minimum=4, maximum=80, unit="/min"),
    Field("weight_kg", _T.DECIMAL, QT_TRANSLATE_NOOP("forms", "Weight"), _S,
          minimum=0.5, maximum=300, unit="kg"),
))

EXAMINATION = Section("examination", QT_TRANSLATE_NOOP("forms", "Examination"), (
    Field("examination_findings", _T.LONG_TEXT,
          QT_TRANSLATE_NOOP("forms", "Examination findings"), _S),
    Field("injuries", _T.BODY_MAP, QT_TRANSLATE_NOOP("forms", "Injuries"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Mark each injury on the drawing; its number links "
                                          "it to the description."),
          report_code="injuries"),
    Field("injury_photos", _T.ATTACHMENT_LIST, QT_TRANSLATE_NOOP("forms", "Photographs"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Only with the survivor's consent to photographs.")),
))

TESTS = Section("tests", QT_TRANSLATE_NOOP("forms", "Tests"), (
    Field("hiv_test_result", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "HIV rapid test"), _S,
          report_code="hiv_test", choices=(
              Choice("negative", QT_TRANSLATE_NOOP("forms", "Negative")),
              Choice("positive", QT_TRANSLATE_NOOP("forms", "Positive")),
              Choice("indeterminate", QT_TRANSLATE_NOOP("forms", "Indeterminate")),
              Choice("not_done", QT_TRANSLATE_NOOP("forms", "Not done")),
              Choice("declined", QT_TRANSLATE_NOOP("forms", "Declined by the survivor")),
          )),
    Field("pregnancy_test_result", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Pregnancy test"), _S,
          report_code="pregnancy_test", choices=(
              Choice("negative", QT_TRANSLATE_NOOP("forms", "Negative")),
              Choice("positive", QT_TRANSLATE_NOOP("forms", "Positive")),
              Choice("not_done", QT_TRANSLATE_NOOP("forms", "Not done")),
              Choice("not_applicable", QT_TRANSLATE_NOOP("forms", "Not applicable")),
              Choice("declined", QT_TRANSLATE_NOOP("forms", "Declined by the survivor")),
          )),
    Field("other_tests", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Other tests and results"),
          _S, max_length=2000),
))

_SIGNED = is_set("report_signed_at")

REPORT = Section("medico_legal_report", QT_TRANSLATE_NOOP("forms", "Medico-legal report"), (
    Field("report_findings", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Summary of findings"),
          _S, required=_SIGNED),
    Field("report_conclusion", _T.LONG_TEXT, QT_TRANSLATE_NOOP("forms", "Conclusion"), _S,
          required=_SIGNED),
    Field("report_clinician", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Clinician"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Name and qualification of who examined."),
          required=_SIGNED, max_length=200),
    Field("report_signed_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Signed at"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Leave empty while the report is a draft."),
          report_code="medico_legal_report_signed"),
))

MEDICAL = Form("medical", QT_TRANSLATE_NOOP("forms", "Medical"),
               (TRIAGE, VITALS, EXAMINATION, TESTS, REPORT))
