"""The legal track: the statement to RIB, evidence handed over, prosecution and court dates,
and the legal aid referral. Sensitivity: legal."""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import Equals, IsTrue, OneOf
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.LEGAL
_T = FieldType
_STATEMENT = IsTrue("statement_taken")
_HANDED = IsTrue("evidence_handed_over")
_DECIDED = OneOf("prosecution_decision", ("charged", "dismissed"))
_OTHER_AID = Equals("legal_aid_referral", "other")

INVESTIGATION = Section("investigation", QT_TRANSLATE_NOOP("forms", "Investigation (RIB)"), (
    Field("statement_taken", _T.BOOL, QT_TRANSLATE_NOOP("forms", "Statement taken"), _S,
          required=True, report_code="statement_taken"),
    Field("statement_date", _T.DATE, QT_TRANSLATE_NOOP("forms", "Statement date"), _S,
          shown_when=_STATEMENT, required=_STATEMENT),
    Field("rib_case_number", _T.TEXT, QT_TRANSLATE_NOOP("forms", "RIB case file number"), _S,
          max_length=50),
    Field("evidence_handed_over", _T.BOOL,
          QT_TRANSLATE_NOOP("forms", "Evidence handed over to RIB"), _S,
          report_code="evidence_to_rib"),
    Field("evidence_handed_over_on", _T.DATE, QT_TRANSLATE_NOOP("forms", "Handed over on"), _S,
          shown_when=_HANDED, required=_HANDED),
    Field("evidence_handed_by", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Handed over by"), _S,
          shown_when=_HANDED, required=_HANDED, max_length=200),
    Field("evidence_received_by", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Received by"), _S,
          shown_when=_HANDED, required=_HANDED, max_length=200),
))

JUSTICE = Section("prosecution_and_court", QT_TRANSLATE_NOOP("forms", "Prosecution and court"), (
    Field("prosecution_referred_on", _T.DATE,
          QT_TRANSLATE_NOOP("forms", "File sent to the prosecution on"), _S),
    Field("prosecution_decision", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Prosecution decision"),
          _S, report_code="prosecution_decision", choices=(
              Choice("pending", QT_TRANSLATE_NOOP("forms", "Pending")),
              Choice("charged", QT_TRANSLATE_NOOP("forms", "Charged in court")),
              Choice("dismissed", QT_TRANSLATE_NOOP("forms", "Case dismissed")),
          )),
    Field("prosecution_decided_on", _T.DATE, QT_TRANSLATE_NOOP("forms", "Decision date"), _S,
          shown_when=_DECIDED),
    Field("court_first_hearing_on", _T.DATE, QT_TRANSLATE_NOOP("forms", "First court hearing"),
          _S),
    Field("court_judgment_on", _T.DATE, QT_TRANSLATE_NOOP("forms", "Judgment date"), _S),
    Field("court_outcome", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Court outcome"), _S,
          report_code="court_outcome", choices=(
              Choice("pending", QT_TRANSLATE_NOOP("forms", "Pending")),
              Choice("convicted", QT_TRANSLATE_NOOP("forms", "Convicted")),
              Choice("acquitted", QT_TRANSLATE_NOOP("forms", "Acquitted")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other outcome")),
          )),
))

LEGAL_AID = Section("legal_aid", QT_TRANSLATE_NOOP("forms", "Legal aid"), (
    Field("legal_aid_referral", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Legal aid referral"), _S,
          required=True, report_code="legal_aid_referral", choices=(
              Choice("maj", QT_TRANSLATE_NOOP("forms", "Maison d'Accès à la Justice (MAJ)")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other legal aid")),
              Choice("none", QT_TRANSLATE_NOOP("forms", "None")),
          )),
    Field("legal_aid_other", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Which legal aid"), _S,
          shown_when=_OTHER_AID, required=_OTHER_AID, max_length=200),
))

LEGAL = Form("legal", QT_TRANSLATE_NOOP("forms", "Legal"), (INVESTIGATION, JUSTICE, LEGAL_AID))
