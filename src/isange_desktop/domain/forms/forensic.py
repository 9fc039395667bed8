"""Forensic samples and their chain of custody: two entry forms appended to the medical track.

A handover names its sample by `sample_ref`, the number written on the sample's label;
rules.custody_errors checks that the sample exists and was collected before it changed hands.
"""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import Equals
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.CLINICAL
_T = FieldType
_OTHER_SAMPLE = Equals("sample_type", "other")
_OTHER_PURPOSE = Equals("purpose", "other")
_REF_HELP = QT_TRANSLATE_NOOP("forms", "The number written on the sample's label.")

SAMPLE = Section("sample", QT_TRANSLATE_NOOP("forms", "Forensic sample"), (
    Field("sample_ref", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Sample number"), _S,
          help=_REF_HELP, required=True, max_length=50),
    Field("sample_type", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Type of sample"), _S,
          required=True, report_code="forensic_sample", choices=(
              Choice("vaginal_swab", QT_TRANSLATE_NOOP("forms", "Vaginal swab")),
              Choice("anal_swab", QT_TRANSLATE_NOOP("forms", "Anal swab")),
              Choice("oral_swab", QT_TRANSLATE_NOOP("forms", "Oral swab")),
              Choice("skin_swab", QT_TRANSLATE_NOOP("forms", "Skin swab")),
              Choice("fingernail", QT_TRANSLATE_NOOP("forms", "Fingernail scrapings")),
              Choice("hair", QT_TRANSLATE_NOOP("forms", "Hair")),
              Choice("blood", QT_TRANSLATE_NOOP("forms", "Blood")),
              Choice("urine", QT_TRANSLATE_NOOP("forms", "Urine")),
              Choice("clothing", QT_TRANSLATE_NOOP("forms", "Clothing")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other sample")),
          )),
    Field("sample_type_other", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Which sample"), _S,
          shown_when=_OTHER_SAMPLE, required=_OTHER_SAMPLE, max_length=200),
    Field("collected_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Collected at"), _S,
          required=True),
    Field("packed_by", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Packed by"), _S, required=True,
          max_length=200),
    Field("sealed", _T.BOOL, QT_TRANSLATE_NOOP("forms", "Sealed"), _S, required=True),
    Field("storage", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Storage"), _S,
          required=True, choices=(
              Choice("refrigerated", QT_TRANSLATE_NOOP("forms", "Refrigerated")),
              Choice("frozen", QT_TRANSLATE_NOOP("forms", "Frozen")),
              Choice("dry_room_temperature", QT_TRANSLATE_NOOP("forms", "Dried, room temperature")),
              Choice("handed_over", QT_TRANSLATE_NOOP("forms", "Handed over at once")),
          )),
    Field("storage_place", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Where it is kept"), _S,
          max_length=200),
))

FORENSIC_SAMPLE = Form("forensic_sample", QT_TRANSLATE_NOOP("forms", "Forensic sample"),
                       (SAMPLE,), repeating=True, part_of="medical")

HANDOVER = Section("handover", QT_TRANSLATE_NOOP("forms", "Custody handover"), (
    Field("sample_ref", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Sample number"), _S,
          help=_REF_HELP, required=True, max_length=50),
    Field("handed_by", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Handed over by"), _S,
          required=True, max_length=200),
    Field("received_by", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Received by"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Name, service and badge or staff number."),
          required=True, max_length=200),
    Field("handed_at", _T.DATETIME, QT_TRANSLATE_NOOP("forms", "Handed over at"), _S,
          required=True),
    Field("purpose", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Purpose"), _S,
          required=True, choices=(
              Choice("storage", QT_TRANSLATE_NOOP("forms", "Storage")),
              Choice("transport", QT_TRANSLATE_NOOP("forms", "Transport to the laboratory")),
              Choice("investigation", QT_TRANSLATE_NOOP("forms", "RIB investigation")),
              Choice("analysis", QT_TRANSLATE_NOOP("forms", "Analysis at the Rwanda Forensic "
                                                            "Institute")),
              Choice("court", QT_TRANSLATE_NOOP("forms", "Court")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other purpose")),
          )),
    Field("purpose_note", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Purpose, details"), _S,
          required=_OTHER_PURPOSE, max_length=200),
))

CUSTODY_HANDOVER = Form("custody_handover", QT_TRANSLATE_NOOP("forms", "Custody handover"),
                        (HANDOVER,), repeating=True, part_of="medical")
