"""Which of a month's numbers are hidden when the figures leave the center.

Hiding the counts from 1 to 4 (primary suppression) is not enough where a total sits beside
its parts: a row of 9 with parts 7 and a hidden one gives the hidden 2 back by subtraction.
So, for every line "total = sum of parts" the documents print, a line with exactly one
hidden part and its total shown gets a second part hidden (the smallest count shown), and
that is repeated until no line gives a hidden count away (complementary suppression, the
usual line-by-line rule of statistical offices). A count hidden only for that reason is not
small and is marked differently ("*", not "<5"), so no reader is told a false "under 5".

The keys are the indicator ids (domain.monthly_indicators), plus the totals the PDF prints
and the complements a reader could work out (eligible for PEP but not given it in time;
referrals sent and not yet confirmed).
"""

from __future__ import annotations

from collections.abc import Iterable

from isange_desktop.domain.monthly import (
    AGE_GROUP_IDS,
    DELAY_IDS,
    GBV_TYPE_IDS,
    REFERRAL_SOURCE_IDS,
    SEX_IDS,
    TRACK_IDS,
    TRACK_STATUS_IDS,
    MonthlyFigures,
    is_small,
)
from isange_desktop.domain.monthly_indicators import indicator_values

Line = tuple[str, tuple[str, ...]]  # a total and the parts that add up to it
COMPLEMENT = "*"  # the mark of a count hidden only to protect a small one


def row_key(gbv: str, sex: str) -> str:
    """A type and sex, all ages (a row total of the PDF's table)."""
    return f"cases.{gbv}.{sex}"


def column_key(sex: str, age: str) -> str:
    """A sex and age group, all types (a total row of the PDF's table)."""
    return f"cases.*.{sex}.{age}"


def sex_key(sex: str) -> str:
    return f"cases.*.{sex}"


def age_key(age: str) -> str:
    return f"cases.*.*.{age}"


def _sum_line(cells: dict[str, int], total: str, parts: Iterable[str]) -> Line:
    parts = tuple(parts)
    cells[total] = sum(cells[p] for p in parts)
    return total, parts


def cells_and_lines(figures: MonthlyFigures) -> tuple[dict[str, int], list[Line]]:
    cells = dict(indicator_values(figures))
    lines: list[Line] = []
    for gbv in GBV_TYPE_IDS:
        lines += [_sum_line(cells, row_key(gbv, sex),
                            (f"cases.{gbv}.{sex}.{age}" for age in AGE_GROUP_IDS))
                  for sex in SEX_IDS]
        lines.append((f"cases.{gbv}", tuple(row_key(gbv, sex) for sex in SEX_IDS)))
    for sex in SEX_IDS:
        lines += [_sum_line(cells, column_key(sex, age),
                            (f"cases.{gbv}.{sex}.{age}" for gbv in GBV_TYPE_IDS))
                  for age in AGE_GROUP_IDS]
        lines.append(_sum_line(cells, sex_key(sex),
                               (column_key(sex, age) for age in AGE_GROUP_IDS)))
        lines.append((sex_key(sex), tuple(row_key(gbv, sex) for gbv in GBV_TYPE_IDS)))
    lines += [_sum_line(cells, age_key(age), (column_key(sex, age) for sex in SEX_IDS))
              for age in AGE_GROUP_IDS]
    total = "cases.total"
    lines += [
        (total, tuple(f"cases.{gbv}" for gbv in GBV_TYPE_IDS)),
        (total, tuple(sex_key(sex) for sex in SEX_IDS)),
        (total, tuple(age_key(age) for age in AGE_GROUP_IDS)),
        (total, tuple(f"referral_source.{s}" for s in REFERRAL_SOURCE_IDS)),
        (total, tuple(f"report_delay.{d}" for d in DELAY_IDS)),
        *((total, tuple(f"track.{t}.{s}" for s in TRACK_STATUS_IDS)) for t in TRACK_IDS),
    ]
    pep = figures.pep
    cells["pep.not_within_72h"] = pep.eligible - pep.within_72h
    lines.append(("pep.eligible", ("pep.within_72h", "pep.not_within_72h")))
    r = figures.referrals
    cells["referrals.sent_unconfirmed"] = r.sent - r.sent_received
    lines.append(("referrals.sent", ("referrals.sent_received", "referrals.sent_unconfirmed")))
    for prefix, by_center, total_key in (("referrals.sent_to", r.sent_to, "referrals.sent"),
                                         ("referrals.received_from", r.received_from,
                                          "referrals.received")):
        for code, n in by_center.items():
            cells[f"{prefix}.{code}"] = n
        lines.append((total_key, tuple(f"{prefix}.{code}" for code in by_center)))
    return cells, lines


def hidden_keys(figures: MonthlyFigures) -> frozenset[str]:
    """Every key whose number is not printed when small counts are suppressed."""
    cells, lines = cells_and_lines(figures)
    hidden = {key for key, n in cells.items() if is_small(n)}
    changed = True
    while changed:
        changed = False
        for total, parts in lines:
            if total in hidden or sum(p in hidden for p in parts) != 1:
                continue
            shown = [p for p in parts if p not in hidden and cells[p] > 0]
            # The smallest count shown costs the reader least; with none, the total goes.
            hidden.add(min(shown, key=lambda p: cells[p]) if shown else total)
            changed = True
    # One or two stays' length would tell whose they were.
    if "shelter.discharges" in hidden:
        hidden.add("shelter.nights")
    return frozenset(hidden)
