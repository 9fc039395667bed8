"""The monthly figures as a DHIS2 `dataValueSets` document (the JSON DHIS2's import API and
its Import/Export app take): the data set, the monthly period YYYYMM, the organisation unit,
and one data value per mapped indicator, values as strings.

Indicators the mapping does not name are left out (a data set rarely wants all of them);
with small counts suppressed, the hidden values (domain.monthly_suppression) are left out
too: DHIS2 takes numbers only, and "<5" in a number box would be refused or read as zero.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from isange_desktop.domain.dhis2_mapping import Dhis2Mapping
from isange_desktop.domain.monthly import MonthlyFigures
from isange_desktop.domain.monthly_indicators import indicator_values
from isange_desktop.domain.monthly_suppression import hidden_keys


@dataclass(frozen=True)
class Dhis2Export:
    data: bytes
    sent: int  # data values in the document
    suppressed: int  # mapped values left out as hidden
    unmapped: int  # indicators the mapping names no code for


def render_dhis2(figures: MonthlyFigures, mapping: Dhis2Mapping, *,
                 suppress: bool = False) -> Dhis2Export:
    values = indicator_values(figures)
    hidden = hidden_keys(figures) if suppress else frozenset()
    data_values = []
    suppressed = 0
    for indicator, value in values.items():
        codes = mapping.codes.get(indicator)
        if codes is None:
            continue
        if indicator in hidden:
            suppressed += 1
            continue
        element, combo = codes
        data_values.append({"dataElement": element, "categoryOptionCombo": combo,
                            "value": str(value)})
    document = {"dataSet": mapping.data_set, "period": figures.month.period,
                "orgUnit": mapping.org_unit, "dataValues": data_values}
    data = json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"
    return Dhis2Export(data, len(data_values), suppressed,
                       sum(1 for i in values if i not in mapping.codes))
