"""Checks one form's values (or one entry of a repeating form) against its declaration.

Values follow values.py. Cross-field rules that need more than one answer's meaning (times in
order, ages that agree) are in rules.py; run both.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from isange_desktop.domain.forms.body_map import mark_errors
from isange_desktop.domain.forms.field_error import FieldError
from isange_desktop.domain.forms.fields import Field, FieldType
from isange_desktop.domain.forms.form import Form
from isange_desktop.domain.forms.values import is_empty, parse_date, parse_datetime

__all__ = ["FieldError", "validate", "value_errors"]


def validate(form: Form, values: Mapping[str, object]) -> list[FieldError]:
    """Every problem, in the order of the form (unknown fields first); empty when all is well."""
    errors = [FieldError(key, "form.unknown_field") for key in values if not form.has_field(key)]
    for f in form.fields:
        value = values.get(f.id)
        if not f.is_shown(values):
            if not is_empty(value):
                errors.append(FieldError(f.id, "form.hidden_not_empty"))
        elif is_empty(value):
            if f.is_required(values):
                errors.append(FieldError(f.id, "form.required"))
        else:
            errors.extend(value_errors(f, value))
    return errors


def value_errors(f: Field, value: object) -> list[FieldError]:
    """The problems of one non-empty value, without looking at any other field."""
    match f.type:
        case FieldType.TEXT | FieldType.LONG_TEXT:
            return _text_errors(f, value)
        case FieldType.INTEGER | FieldType.DECIMAL:
            return _number_errors(f, value)
        case FieldType.BOOL:
            return [] if isinstance(value, bool) else [_wrong_type(f)]
        case FieldType.CHOICE:
            if not isinstance(value, str):
                return [_wrong_type(f)]
            ok = value in f.choice_values()
            return [] if ok else [FieldError(f.id, "form.invalid_choice")]
        case FieldType.MULTI_CHOICE:
            return _multi_choice_errors(f, value)
        case FieldType.DATE:
            return [] if parse_date(value) else [FieldError(f.id, "form.bad_date")]
        case FieldType.DATETIME:
            return [] if parse_datetime(value) else [FieldError(f.id, "form.bad_datetime")]
        case FieldType.BODY_MAP:
            return mark_errors(f.id, value) if isinstance(value, list) else [_wrong_type(f)]
        case FieldType.ATTACHMENT_LIST:
            return _attachment_errors(f, value)
    raise AssertionError(f.type)  # pragma: no cover - every type is handled above


def _wrong_type(f: Field) -> FieldError:
    return FieldError(f.id, "form.wrong_type", {"expected": f.type.value})


def _text_errors(f: Field, value: object) -> list[FieldError]:
    if not isinstance(value, str):
        return [_wrong_type(f)]
    limit = f.length_limit
    if limit is not None and len(value) > limit:
        return [FieldError(f.id, "form.too_long", {"max_length": limit})]
    if f.pattern and not re.fullmatch(f.pattern, value):
        return [FieldError(f.id, "form.bad_format")]
    return []


def _number_errors(f: Field, value: object) -> list[FieldError]:
    if isinstance(value, bool):
        return [_wrong_type(f)]
    if f.type is FieldType.INTEGER and not isinstance(value, int):
        return [_wrong_type(f)]
    if not isinstance(value, int | float) or not math.isfinite(value):
        return [_wrong_type(f)]
    if f.minimum is not None and f.maximum is not None and not f.minimum <= value <= f.maximum:
        return [FieldError(f.id, "form.out_of_range",
                           {"minimum": f.minimum, "maximum": f.maximum})]
    return []


def _multi_choice_errors(f: Field, value: object) -> list[FieldError]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [_wrong_type(f)]
    if len(set(value)) != len(value) or not set(value) <= f.choice_values():
        return [FieldError(f.id, "form.invalid_choice")]
    return []


def _attachment_errors(f: Field, value: object) -> list[FieldError]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        return [_wrong_type(f)]
    if len(set(value)) != len(value):
        return [FieldError(f.id, "form.attachment_repeated")]
    return []
