"""The person: who the survivor is, how to reach them, and for a child the guardian.

`is_child` is derived: the service fills it (True when the person is under 18 on the day of
arrival, from the date of birth or else the estimated age; left empty while neither is known)
and the GUI shows it read-only. The guardian section depends on it.
Either the date of birth or the estimated age is required; rules.py checks that they agree.
"""

from __future__ import annotations

from isange_desktop.domain.forms.conditions import IsEmpty, IsTrue, Not, OneOf, all_of
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.rwanda import DISTRICT_CHOICES, PROVINCE_CHOICES
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP

_S = Sensitivity.IDENTIFICATION
_T = FieldType
_CHILD = IsTrue("is_child")
_GUARDIAN_KNOWN = all_of(_CHILD, Not(OneOf("guardian_relationship", ("none",))))
PHONE_PATTERN = r"\+?[0-9][0-9 ]{6,18}"

NAMES = Section("names", QT_TRANSLATE_NOOP("forms", "Names"), (
    Field("family_name", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Family name"), _S,
          help=QT_TRANSLATE_NOOP("forms", "As on the identity card; for a Rwandan name, the "
                                          "Kinyarwanda name."),
          required=True, max_length=100),
    Field("given_names", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Given names"), _S,
          max_length=100),
))

BIRTH = Section("birth", QT_TRANSLATE_NOOP("forms", "Sex and age"), (
    Field("sex", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Sex"), _S, required=True,
          report_code="sex", choices=(
              Choice("female", QT_TRANSLATE_NOOP("forms", "Female")),
              Choice("male", QT_TRANSLATE_NOOP("forms", "Male")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other")),
          )),
    Field("date_of_birth", _T.DATE, QT_TRANSLATE_NOOP("forms", "Date of birth"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Leave empty when unknown and give an estimated "
                                          "age instead."),
          required=IsEmpty("estimated_age_years"), report_code="birth_date"),
    Field("estimated_age_years", _T.INTEGER, QT_TRANSLATE_NOOP("forms", "Estimated age"), _S,
          help=QT_TRANSLATE_NOOP("forms", "In completed years, when the date of birth is "
                                          "unknown."),
          required=IsEmpty("date_of_birth"), minimum=0, maximum=120,
          unit=QT_TRANSLATE_NOOP("forms", "years"),
          report_code="age"),
    Field("is_child", _T.BOOL, QT_TRANSLATE_NOOP("forms", "Child (under 18)"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Filled in from the date of birth or the estimated "
                                          "age."),
          derived=True, report_code="child"),
))

ORIGIN = Section("origin", QT_TRANSLATE_NOOP("forms", "Nationality and status"), (
    Field("nationality", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Nationality"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Two-letter country code, for example RW, CD, BI."),
          max_length=2, pattern="[A-Z]{2}", report_code="nationality"),
    Field("migration_status", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Refugee or migrant status"),
          _S, report_code="migration_status", choices=(
              Choice("national", QT_TRANSLATE_NOOP("forms", "Rwandan or resident, not displaced")),
              Choice("refugee", QT_TRANSLATE_NOOP("forms", "Refugee")),
              Choice("asylum_seeker", QT_TRANSLATE_NOOP("forms", "Asylum seeker")),
              Choice("migrant", QT_TRANSLATE_NOOP("forms", "Migrant")),
              Choice("returnee", QT_TRANSLATE_NOOP("forms", "Returnee")),
              Choice("stateless", QT_TRANSLATE_NOOP("forms", "Stateless")),
              Choice("unknown", QT_TRANSLATE_NOOP("forms", "Unknown")),
          )),
))

DISABILITY = Section("disability", QT_TRANSLATE_NOOP("forms", "Disability"), (
    Field("has_disability", _T.BOOL, QT_TRANSLATE_NOOP("forms", "Has a disability"), _S,
          report_code="disability"),
    Field("disability_kinds", _T.MULTI_CHOICE, QT_TRANSLATE_NOOP("forms", "Kind of disability"),
          _S, shown_when=IsTrue("has_disability"), required=IsTrue("has_disability"), choices=(
              Choice("physical", QT_TRANSLATE_NOOP("forms", "Physical")),
              Choice("visual", QT_TRANSLATE_NOOP("forms", "Visual")),
              Choice("hearing", QT_TRANSLATE_NOOP("forms", "Hearing")),
              Choice("speech", QT_TRANSLATE_NOOP("forms", "Speech")),
              Choice("intellectual", QT_TRANSLATE_NOOP("forms", "Intellectual")),
              Choice("psychosocial", QT_TRANSLATE_NOOP("forms", "Psychosocial")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other disability")),
          )),
))

CONTACT = Section("contact", QT_TRANSLATE_NOOP("forms", "Contact and identity"), (
    Field("phone", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Phone"), _S,
          help=QT_TRANSLATE_NOOP("forms", "Only a number the survivor says is safe to call."),
          max_length=20, pattern=PHONE_PATTERN),
    Field("national_id", _T.TEXT, QT_TRANSLATE_NOOP("forms", "National ID number"), _S,
          help=QT_TRANSLATE_NOOP("forms", "16 digits, without spaces. Optional."),
          max_length=16, pattern="[0-9]{16}"),
))

ADDRESS = Section("address", QT_TRANSLATE_NOOP("forms", "Address"), (
    Field("province", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "Province"), _S,
          choices=PROVINCE_CHOICES, report_code="province"),
    Field("district", _T.CHOICE, QT_TRANSLATE_NOOP("forms", "District"), _S,
          choices=DISTRICT_CHOICES, report_code="district"),
    Field("sector", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Sector"), _S, max_length=100),
    Field("cell", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Cell"), _S, max_length=100),
    Field("village", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Village (umudugudu)"), _S,
          max_length=100),
))

GUARDIAN = Section("guardian", QT_TRANSLATE_NOOP("forms", "Guardian"), (
    Field("guardian_relationship", _T.CHOICE,
          QT_TRANSLATE_NOOP("forms", "Guardian's relationship to the child"), _S,
          shown_when=_CHILD, required=_CHILD, choices=(
              Choice("mother", QT_TRANSLATE_NOOP("forms", "Mother")),
              Choice("father", QT_TRANSLATE_NOOP("forms", "Father")),
              Choice("grandparent", QT_TRANSLATE_NOOP("forms", "Grandparent")),
              Choice("sibling", QT_TRANSLATE_NOOP("forms", "Brother or sister")),
              Choice("other_relative", QT_TRANSLATE_NOOP("forms", "Other relative")),
              Choice("foster_parent", QT_TRANSLATE_NOOP("forms", "Foster parent")),
              Choice("other", QT_TRANSLATE_NOOP("forms", "Other guardian")),
              Choice("none", QT_TRANSLATE_NOOP("forms", "No guardian known or present")),
          )),
    Field("guardian_name", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Guardian's name"), _S,
          shown_when=_GUARDIAN_KNOWN, required=_GUARDIAN_KNOWN, max_length=200),
    Field("guardian_phone", _T.TEXT, QT_TRANSLATE_NOOP("forms", "Guardian's phone"), _S,
          shown_when=_GUARDIAN_KNOWN, max_length=20, pattern=PHONE_PATTERN),
    Field("guardian_suspected", _T.BOOL,
          QT_TRANSLATE_NOOP("forms", "Guardian suspected of the abuse"), _S,
          help=QT_TRANSLATE_NOOP("forms", "If yes, do not share information with the guardian "
                                          "and plan a safe place before discharge."),
          shown_when=_GUARDIAN_KNOWN, required=_GUARDIAN_KNOWN,
          report_code="guardian_suspected"),
))

PERSON = Form("person", QT_TRANSLATE_NOOP("forms", "Person"),
              (NAMES, BIRTH, ORIGIN, DISABILITY, CONTACT, ADDRESS, GUARDIAN))
