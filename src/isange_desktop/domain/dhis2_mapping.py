"""The center's DHIS2 mapping: which data element and category option combo receives each
monthly indicator, and the data set and organisation unit of the export.

Read from a small CSV file the center edits (docs/dhis2-mapping.md); refused whole, naming the
line at fault, rather than half-imported: a wrong code would send figures to the wrong box of
the national system, and nobody would notice until the district's totals looked odd.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from isange_desktop.domain.monthly_indicators import DATA_SET, KNOWN, ORG_UNIT
from isange_desktop.errors import ValidationError

HEADER = ("indicator", "dataElement", "categoryOptionCombo")
MAX_BYTES = 256 * 1024  # the whole catalogue mapped is about 20 KB
# A DHIS2 identifier (UID): a letter, then ten letters or digits.
UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}")


@dataclass(frozen=True)
class Dhis2Mapping:
    data_set: str
    org_unit: str
    codes: Mapping[str, tuple[str, str]]  # indicator -> (dataElement, categoryOptionCombo)

    def to_json(self) -> dict[str, Any]:
        return {"data_set": self.data_set, "org_unit": self.org_unit,
                "codes": {k: list(v) for k, v in self.codes.items()}}

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> Dhis2Mapping:
        return cls(str(stored["data_set"]), str(stored["org_unit"]),
                   {str(k): (str(v[0]), str(v[1])) for k, v in stored["codes"].items()})


def _error(problem: str, line: int, **params: object) -> ValidationError:
    return ValidationError(f"dhis2.{problem}", line=line, **params)


def _cell(text: str) -> str:
    # Shown back in an error message: short, and without control characters.
    return "".join(ch if ch.isprintable() else "?" for ch in text[:60])


def parse_mapping(data: bytes) -> Dhis2Mapping:
    """The mapping in a CSV file's bytes; ValidationError (dhis2.*, with ``line``) at the first
    problem. Blank lines and lines starting with # are skipped."""
    if len(data) > MAX_BYTES:
        raise ValidationError("dhis2.too_large", limit=MAX_BYTES // 1024)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("dhis2.not_utf8") from None
    header_seen = False
    special: dict[str, str] = {}
    codes: dict[str, tuple[str, str]] = {}
    targets: dict[tuple[str, str], str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in next(csv.reader([line]))]
        if not header_seen:
            if tuple(c.lower() for c in cells) != tuple(h.lower() for h in HEADER):
                raise _error("bad_header", number, header=",".join(HEADER))
            header_seen = True
            continue
        if len(cells) != len(HEADER):
            raise _error("bad_columns", number, count=len(cells))
        indicator, element, combo = cells
        if indicator in (DATA_SET, ORG_UNIT):
            if not UID.fullmatch(element) or combo:
                raise _error("bad_code", number, value=_cell(element or combo))
            if indicator in special:
                raise _error("repeated", number, indicator=indicator)
            special[indicator] = element
            continue
        if indicator not in KNOWN:
            raise _error("unknown_indicator", number, indicator=_cell(indicator))
        for code in (element, combo):
            if not UID.fullmatch(code):
                raise _error("bad_code", number, value=_cell(code))
        if indicator in codes:
            raise _error("repeated", number, indicator=indicator)
        if (element, combo) in targets:
            # Two figures in one box: DHIS2 would keep whichever came last.
            raise _error("same_target", number, other=targets[(element, combo)])
        codes[indicator] = (element, combo)
        targets[(element, combo)] = indicator
    if not header_seen:
        raise ValidationError("dhis2.empty")
    for needed in (DATA_SET, ORG_UNIT):
        if needed not in special:
            raise ValidationError("dhis2.missing_row", indicator=needed)
    if not codes:
        raise ValidationError("dhis2.empty")
    return Dhis2Mapping(special[DATA_SET], special[ORG_UNIT], codes)
