"""One medicine, vaccine or device given: an entry appended to the medical track.

`outside_window` is derived: the service sets it True when the dose is given after the window
for its kind has closed (PEP 72 h, EC 120 h, hepatitis B 14 days from the incident); the
reason is then required.
"""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import Equals, IsTrue
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.CLINICAL
_T = FieldType
_OTHER = Equals("kind", "other")
_LATE = IsTrue("outside_window")

GIVEN = Section("medicine", QT_TRANSLATE_NOOP("forms", "Medicine given"), (
    Field("kind", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Medicine"), _S,
          required=True, report_code="medicine", choices=(
              Choice("pep", QT_TRANSLATE_NOOP("forms", "HIV post-exposure prophylaxis (PEP)"),
                     report_code="pep_given"),
              Choice("ec_levonorgestrel",
                     QT_TRANSLATE_NOOP("forms", "Emergency contraception: levonorgestrel"),
                     report_code="ec_given"),
              Choice("ec_ulipristal",
                     QT_TRANSLATE_NOOP("forms", "Emergency contraception: ulipristal acetate"),
                     report_code="ec_given"),
              Choice("copper_iud", QT_TRANSLATE_NOOP("forms", "Copper IUD"),
                     report_code="ec_given"),
              Choice("sti_prophylaxis", QT_TRANSLATE_NOOP("forms", "STI prophylaxis"),
                     report_code="sti_prophylaxis_given"),
              Choice("hepatitis_b_vaccine", QT_TRANSLATE_NOOP("forms", "Hepatitis B vaccine"),
                     report_code="hepatitis_b_vaccine_given"),
              Choice("tetanus", QT_TRANSLATE_NOOP("forms", "Tetanus vaccine or immunoglobulin"),
                     report_code="tetanus_given"),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other medicine")),
          )),
    Field("kind_other", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Which medicine"), _S,
          shown_when=_OTHER, required=_OTHER, max_length=200),
    Field("given_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Given at"), _S, required=True),
    Field("product", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Product or regimen"), _S,
          help=QT_TRANSLATE_NOOP("forms", "For example TDF/3TC/DTG."), max_length=200),
    Field("dose", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Dose and duration"), _S,
          max_length=200),
    Field("outside_window", _T.BOOL, QT_TRANSLATE_NOOP("forms", "Given after its window"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Set by the application from the incident time."),
          derived=True, report_code="given_outside_window"),
    Field("outside_window_reason", _T.LONG_TEXT,
          QT_TRANSLATE_NOOP("forms", "Why it was given after its window"), _S,
          shown_when=_LATE, required=_LATE, max_length=2000),
))

MEDICINE = Form("medicine", QT_TRANSLATE_NOOP("forms", "Medicine"), (GIVEN,),
                repeating=True, part_of="medical")
