"""The case forms, each declared once as data (ARCHITECTURE.md, "One definition of each form").

A declaration drives the Qt widgets, validation, the printed summary, the bundle's JSON and the
monthly statistics. Stored values are plain JSON (values.py says which type holds what).
"""

from __future__ import annotations

from isange_desktop.domain.forms.body_map import BodyView, InjuryType, mark_is_valid
from isange_desktop.domain.forms.conditions import (
    AllOf,
    AnyOf,
    Condition,
    Equals,
    IsEmpty,
    IsFalse,
    IsTrue,
    Not,
    OneOf,
    all_of,
    any_of,
    is_set,
)
from isange_desktop.domain.forms.field_error import FieldError
from isange_desktop.domain.forms.fields import Choice, Field, FieldType, Sensitivity
from isange_desktop.domain.forms.form import Form, Section
from isange_desktop.domain.forms.registry import FORMS, entry_forms, form
from isange_desktop.domain.forms.rules import (
    age_in_years,
    cross_field_errors,
    custody_errors,
    sample_ref_errors,
)
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP
from isange_desktop.domain.forms.validation import validate, value_errors
from isange_desktop.domain.forms.values import (
    format_datetime,
    is_empty,
    parse_date,
    parse_datetime,
)

__all__ = [
    "FORMS",
    "QT_TRANSLATE_NOOP",
    "AllOf",
    "AnyOf",
    "BodyView",
    "Choice",
    "Condition",
    "Equals",
    "Field",
    "FieldError",
    "FieldType",
    "Form",
    "InjuryType",
    "IsEmpty",
    "IsFalse",
    "IsTrue",
    "Not",
    "OneOf",
    "Section",
    "Sensitivity",
    "age_in_years",
    "all_of",
    "any_of",
    "cross_field_errors",
    "custody_errors",
    "entry_forms",
    "form",
    "format_datetime",
    "is_empty",
    "is_set",
    "mark_is_valid",
    "parse_date",
    "parse_datetime",
    "sample_ref_errors",
    "validate",
    "value_errors",
]
