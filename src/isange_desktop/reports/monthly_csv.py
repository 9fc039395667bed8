"""The monthly figures as CSV: one row per indicator, zeros included, for a spreadsheet or a
script. Columns: center, month, indicator (the stable id docs/dhis2-mapping.md lists), label
(in the chosen language), value (when small counts are suppressed: "<5", or "*" for a count
hidden so that a total cannot give a small one back).

UTF-8 with a byte-order mark: Excel, on the center's Windows laptop, reads French and
Kinyarwanda labels correctly only then; csv readers take it with encoding "utf-8-sig".
"""

from __future__ import annotations

import csv
import io

from isange_desktop.domain.monthly import MonthlyFigures
from isange_desktop.domain.monthly_indicators import indicator_values
from isange_desktop.reports.monthly_words import Numbers, indicator_label

HEADER = ("center", "month", "indicator", "label", "value")


def render_csv(figures: MonthlyFigures, lang: str, *, suppress: bool = False) -> bytes:
    numbers = Numbers(figures, lang, suppress)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for indicator, value in indicator_values(figures).items():
        mark = numbers.mark(indicator, value)
        writer.writerow((figures.center_code, str(figures.month), indicator,
                         indicator_label(indicator, lang), str(value) if mark is None else mark))
    return out.getvalue().encode("utf-8-sig")
