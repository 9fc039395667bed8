"""A form: ordered sections of fields, one declaration per track or entry kind."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from isange_desktop.domain.forms.fields import Field

FORM_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    fields: tuple[Field, ...]


@dataclass(frozen=True)
class Form:
    """Fields are declared inside their sections; `fields` is all of them, in order.

    A `repeating` form is an entry form (a counselling session, a medicine, a sample): its
    entries are appended to the case one by one, under the form named by `part_of`.
    """

    id: str
    title: str
    sections: tuple[Section, ...]
    repeating: bool = False
    part_of: str | None = None
    fields: tuple[Field, ...] = dataclass_field(init=False, repr=False, compare=False)
    _by_id: Mapping[str, Field] = dataclass_field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        fields = tuple(f for s in self.sections for f in s.fields)
        by_id = {f.id: f for f in fields}
        object.__setattr__(self, "fields", fields)
        object.__setattr__(self, "_by_id", by_id)
        problem = self._declaration_problem()
        if problem:
            raise ValueError(f"form {self.id!r}: {problem}")

    def _declaration_problem(self) -> str | None:
        if not FORM_ID.fullmatch(self.id) or not self.title.strip():
            return "bad id or empty title"
        if len(self._by_id) != len(self.fields):
            return "field ids repeat"
        section_ids = [s.id for s in self.sections]
        if len(set(section_ids)) != len(section_ids) or any(not s.fields for s in self.sections):
            return "section ids repeat or a section is empty"
        if any(not s.title.strip() for s in self.sections):
            return "a section has no title"
        for f in self.fields:
            unknown = f.depends_on() - self._by_id.keys()
            if unknown or f.id in f.depends_on():
                return f"field {f.id!r} depends on {sorted(unknown) or 'itself'}"
        if (self.part_of is not None) != self.repeating:
            return "entry forms, and only they, are part of another form"
        return None

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def has_field(self, field_id: str) -> bool:
        return field_id in self._by_id

    def field(self, field_id: str) -> Field:
        """The field with this id; KeyError when the form has none."""
        return self._by_id[field_id]

    def visible_fields(self, values: Mapping[str, object]) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.is_shown(values))

    def report_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.report_code is not None)
