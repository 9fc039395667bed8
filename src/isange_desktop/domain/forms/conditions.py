"""When a field is shown or required: small declarative predicates over a form's values.

Conditions are data, not lambdas, so the GUI can list what a field depends on (`field_ids`) and
re-evaluate it when one of those fields changes, and the printed summary can explain it.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

from isange_desktop.domain.forms.values import is_empty

Scalar = str | bool | int


def _same(a: object, b: object) -> bool:
    # True == 1 in Python; an answer "yes" must never match the integer 1 or the reverse.
    return isinstance(a, bool) == isinstance(b, bool) and a == b


class Condition(ABC):
    @abstractmethod
    def holds(self, values: Mapping[str, object]) -> bool: ...

    @abstractmethod
    def field_ids(self) -> frozenset[str]:
        """The fields whose values this condition reads."""


@dataclass(frozen=True)
class Equals(Condition):
    field_id: str
    value: Scalar

    def holds(self, values: Mapping[str, object]) -> bool:
        return _same(values.get(self.field_id), self.value)

    def field_ids(self) -> frozenset[str]:
        return frozenset({self.field_id})


@dataclass(frozen=True)
class OneOf(Condition):
    field_id: str
    values: tuple[Scalar, ...]

    def holds(self, values: Mapping[str, object]) -> bool:
        actual = values.get(self.field_id)
        return any(_same(actual, v) for v in self.values)

    def field_ids(self) -> frozenset[str]:
        return frozenset({self.field_id})


@dataclass(frozen=True)
class IsTrue(Condition):
    field_id: str

    def holds(self, values: Mapping[str, object]) -> bool:
        return values.get(self.field_id) is True

    def field_ids(self) -> frozenset[str]:
        return frozenset({self.field_id})


@dataclass(frozen=True)
class IsFalse(Condition):
    """The answer is an explicit "no" (an unanswered field is neither true nor false)."""

    field_id: str

    def holds(self, values: Mapping[str, object]) -> bool:
        return values.get(self.field_id) is False

    def field_ids(self) -> frozenset[str]:
        return frozenset({self.field_id})


@dataclass(frozen=True)
class IsEmpty(Condition):
    field_id: str

    def holds(self, values: Mapping[str, object]) -> bool:
        return is_empty(values.get(self.field_id))

    def field_ids(self) -> frozenset[str]:
        return frozenset({self.field_id})


@dataclass(frozen=True)
class Not(Condition):
    condition: Condition

    def holds(self, values: Mapping[str, object]) -> bool:
        return not self.condition.holds(values)

    def field_ids(self) -> frozenset[str]:
        return self.condition.field_ids()


@dataclass(frozen=True)
class AllOf(Condition):
    conditions: tuple[Condition, ...]

    def holds(self, values: Mapping[str, object]) -> bool:
        return all(c.holds(values) for c in self.conditions)

    def field_ids(self) -> frozenset[str]:
        return frozenset().union(*(c.field_ids() for c in self.conditions))


@dataclass(frozen=True)
class AnyOf(Condition):
    conditions: tuple[Condition, ...]

    def holds(self, values: Mapping[str, object]) -> bool:
        return any(c.holds(values) for c in self.conditions)

    def field_ids(self) -> frozenset[str]:
        return frozenset().union(*(c.field_ids() for c in self.conditions))


def all_of(*conditions: Condition) -> AllOf:
    return AllOf(conditions)


def any_of(*conditions: Condition) -> AnyOf:
    return AnyOf(conditions)


def is_set(field_id: str) -> Condition:
    return Not(IsEmpty(field_id))
