"""Injuries marked on a body drawing: what one mark holds and when it is valid.

A body_map value is a list of marks, each a dict:
    {"view": "front" | "back" | "genital",
     "x": 0..1, "y": 0..1,          # position on the drawing, from its top-left corner
     "number": int >= 1,            # the label printed beside the mark, unique in the list
     "type": an InjuryType value,
     "size_cm": number >= 0,        # optional
     "description": str}            # optional, required for type "other"
"""

from __future__ import annotations

import math
from enum import StrEnum

from isange_desktop.domain.forms.field_error import FieldError
from isange_desktop.domain.forms.fields import Choice
from isange_desktop.domain.forms.translatable import QT_TRANSLATE_NOOP


class BodyView(StrEnum):
    FRONT = "front"
    BACK = "back"
    GENITAL = "genital"


class InjuryType(StrEnum):
    BRUISE = "bruise"
    ABRASION = "abrasion"
    LACERATION = "laceration"
    INCISED_WOUND = "incised_wound"
    BITE = "bite"
    BURN = "burn"
    FRACTURE_SUSPECTED = "fracture_suspected"
    OTHER = "other"


VIEW_CHOICES = (
    Choice(BodyView.FRONT, QT_TRANSLATE_NOOP("forms", "Front")),
    Choice(BodyView.BACK, QT_TRANSLATE_NOOP("forms", "Back")),
    Choice(BodyView.GENITAL, QT_TRANSLATE_NOOP("forms", "Genital area")),
)

INJURY_CHOICES = (
    Choice(InjuryType.BRUISE, QT_TRANSLATE_NOOP("forms", "Bruise")),
    Choice(InjuryType.ABRASION, QT_TRANSLATE_NOOP("forms", "Abrasion")),
    Choice(InjuryType.LACERATION, QT_TRANSLATE_NOOP("forms", "Laceration")),
    Choice(InjuryType.INCISED_WOUND, QT_TRANSLATE_NOOP("forms", "Incised wound")),
    Choice(InjuryType.BITE, QT_TRANSLATE_NOOP("forms", "Bite")),
    Choice(InjuryType.BURN, QT_TRANSLATE_NOOP("forms", "Burn")),
    Choice(InjuryType.FRACTURE_SUSPECTED, QT_TRANSLATE_NOOP("forms", "Fracture suspected")),
    Choice(InjuryType.OTHER, QT_TRANSLATE_NOOP("forms", "Other injury")),
)

REQUIRED_KEYS = frozenset({"view", "x", "y", "number", "type"})
OPTIONAL_KEYS = frozenset({"size_cm", "description"})
DESCRIPTION_MAX_LENGTH = 500
_VIEWS = frozenset(v.value for v in BodyView)
_INJURY_TYPES = frozenset(t.value for t in InjuryType)


def _is_number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def mark_is_valid(mark: object) -> bool:
    if not isinstance(mark, dict):
        return False
    keys = set(mark)
    if not (REQUIRED_KEYS.issubset(keys) and keys.issubset(REQUIRED_KEYS | OPTIONAL_KEYS)):
        return False
    view, x, y, number, kind = (mark[k] for k in ("view", "x", "y", "number", "type"))
    size = mark.get("size_cm")
    description = mark.get("description")
    if not (isinstance(view, str) and view in _VIEWS and isinstance(kind, str)
            and kind in _INJURY_TYPES):
        return False
    if not (_is_number(x) and _is_number(y) and 0 <= x <= 1 and 0 <= y <= 1):
        return False
    if not (isinstance(number, int) and not isinstance(number, bool) and number >= 1):
        return False
    if size is not None and not (_is_number(size) and size >= 0):
        return False
    if description is not None and not (
            isinstance(description, str) and len(description) <= DESCRIPTION_MAX_LENGTH):
        return False
    return kind != InjuryType.OTHER or bool(description and description.strip())


def mark_errors(field_id: str, marks: list[object]) -> list[FieldError]:
    errors = [FieldError(field_id, "form.body_map_mark_invalid", {"index": i})
              for i, mark in enumerate(marks, start=1) if not mark_is_valid(mark)]
    seen: set[int] = set()
    for mark in marks:
        if isinstance(mark, dict) and mark_is_valid(mark):
            number = mark["number"]
            if number in seen:
                errors.append(FieldError(field_id, "form.body_map_number_repeated",
                                         {"number": number}))
            seen.add(number)
    return errors
