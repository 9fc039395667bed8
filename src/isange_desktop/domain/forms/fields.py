"""A form's field as data: its type, label, when it is shown or required, who may see it and
the code the monthly statistics use for it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass
from enum import StrEnum

from isange_desktop.domain.forms.conditions import Condition

FIELD_ID = re.compile(r"[a-z][a-z0-9_]*")


class FieldType(StrEnum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    DATETIME = "datetime"
    CHOICE = "choice"
    MULTI_CHOICE = "multi_choice"
    BOOL = "bool"
    INTEGER = "integer"
    DECIMAL = "decimal"
    BODY_MAP = "body_map"
    ATTACHMENT_LIST = "attachment_list"


NUMBER_TYPES = frozenset({FieldType.INTEGER, FieldType.DECIMAL})
TEXT_TYPES = frozenset({FieldType.TEXT, FieldType.LONG_TEXT})
CHOICE_TYPES = frozenset({FieldType.CHOICE, FieldType.MULTI_CHOICE})

# What a text may hold when its declaration sets no max_length.
DEFAULT_MAX_LENGTH = {FieldType.TEXT: 200, FieldType.LONG_TEXT: 20_000}


class Sensitivity(StrEnum):
    """Which kind of secret a field holds; the role policy decides who may see each kind."""

    IDENTIFICATION = "identification"
    INCIDENT = "incident"
    CLINICAL = "clinical"
    COUNSELLING = "counselling"
    LEGAL = "legal"
    SHELTER = "shelter"


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    # The statistics code counted when this option is chosen (e.g. "pep_given").
    report_code: str | None = None


@dataclass(frozen=True)
class Field:
    """One question. `label` and `help` are English source strings marked for lupdate.

    `derived` fields are filled by the service (e.g. `is_child` from the date of birth), shown
    read-only, and exist so conditions can read them.
    """

    id: str
    type: FieldType
    label: str
    sensitivity: Sensitivity
    _: KW_ONLY
    help: str | None = None
    required: bool | Condition = False
    shown_when: Condition | None = None
    choices: tuple[Choice, ...] = ()
    report_code: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    pattern: str | None = None  # a regular expression the whole text must match
    unit: str | None = None
    derived: bool = False

    def __post_init__(self) -> None:
        problem = self._declaration_problem()
        if problem:
            raise ValueError(f"field {self.id!r}: {problem}")

    def _declaration_problem(self) -> str | None:
        if not FIELD_ID.fullmatch(self.id):
            return "id must be lower_snake_case"
        if not self.label.strip() or (self.help is not None and not self.help.strip()):
            return "empty label or help"
        if (self.type in CHOICE_TYPES) != bool(self.choices):
            return "choices belong to choice fields, and those need some"
        values = [c.value for c in self.choices]
        if len(set(values)) != len(values) or any(not c.label.strip() for c in self.choices):
            return "choice values must be unique and labelled"
        numeric = self.minimum is not None or self.maximum is not None or self.unit is not None
        if numeric and self.type not in NUMBER_TYPES:
            return "minimum, maximum and unit belong to number fields"
        if (self.minimum is None) != (self.maximum is None):
            return "a range needs both ends"
        if self.minimum is not None and self.maximum is not None and self.minimum > self.maximum:
            return "minimum above maximum"
        if (self.max_length is not None or self.pattern) and self.type not in TEXT_TYPES:
            return "max_length and pattern belong to text fields"
        if self.pattern:
            re.compile(self.pattern)
        return None

    def is_shown(self, values: Mapping[str, object]) -> bool:
        return self.shown_when is None or self.shown_when.holds(values)

    def is_required(self, values: Mapping[str, object]) -> bool:
        if isinstance(self.required, Condition):
            return self.required.holds(values)
        return self.required

    def choice_values(self) -> frozenset[str]:
        return frozenset(c.value for c in self.choices)

    def choice(self, value: str) -> Choice:
        for c in self.choices:
            if c.value == value:
                return c
        raise KeyError(value)

    @property
    def length_limit(self) -> int | None:
        if self.type not in TEXT_TYPES:
            return None
        return self.max_length if self.max_length is not None else DEFAULT_MAX_LENGTH[self.type]

    def depends_on(self) -> frozenset[str]:
        """The fields this one's visibility or requirement reads."""
        ids: frozenset[str] = frozenset()
        if self.shown_when is not None:
            ids |= self.shown_when.field_ids()
        if isinstance(self.required, Condition):
            ids |= self.required.field_ids()
        return ids
