"""The body-map editor's working copy of the marks, and how a stored value is read back.

Kept apart from the widgets so the reading rules can be read (and tested) without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from isange_desktop.domain.forms.body_map import BodyView, InjuryType

DECIMALS = 4  # x/y to 0.01 % of the drawing: finer than any click, short in the vault
_VIEWS = frozenset(v.value for v in BodyView)
_TYPES = frozenset(t.value for t in InjuryType)


@dataclass
class BodyMark:
    number: int
    view: str
    x: float
    y: float
    type: str
    size_cm: float | None = None
    description: str = ""

    def as_value(self) -> dict[str, object]:
        value: dict[str, object] = {"view": self.view, "x": round(self.x, DECIMALS),
                                    "y": round(self.y, DECIMALS), "number": self.number,
                                    "type": self.type}
        if self.size_cm is not None:
            value["size_cm"] = self.size_cm
        if self.description.strip():
            value["description"] = self.description.strip()
        return value


def _number(raw: object) -> float | None:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        return None
    return float(raw)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def marks_from_value(value: object) -> list[BodyMark]:
    """Reads a stored value leniently: a forensic record is shown as it was saved, not dropped
    for one odd field. Only entries with no place on a drawing are skipped; an unknown type
    shows as "other", and a missing or repeated number gets a new one above all the others
    (the printed numbers that are valid keep theirs). Validating the saved form reports the
    rest."""
    if not isinstance(value, list):
        return []
    placed = [raw for raw in value if isinstance(raw, dict) and raw.get("view") in _VIEWS
              and _number(raw.get("x")) is not None and _number(raw.get("y")) is not None]
    marks: list[BodyMark] = []
    unnumbered: list[BodyMark] = []
    for raw in placed:
        number = raw.get("number")
        kind = raw.get("type")
        description = raw.get("description")
        size = _number(raw.get("size_cm"))
        mark = BodyMark(
            0, str(raw["view"]), _clamp(_number(raw["x"]) or 0.0), _clamp(_number(raw["y"]) or 0.0),
            kind if isinstance(kind, str) and kind in _TYPES else InjuryType.OTHER.value,
            size if size is not None and size >= 0 else None,
            description if isinstance(description, str) else "")
        if (isinstance(number, int) and not isinstance(number, bool) and number >= 1
                and number not in {m.number for m in marks}):
            mark.number = number
            marks.append(mark)
        else:
            unnumbered.append(mark)
    for mark in unnumbered:
        mark.number = max((m.number for m in marks), default=0) + 1
        marks.append(mark)
    return sorted(marks, key=lambda m: m.number)
