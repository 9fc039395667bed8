"""The words of the monthly figures in the language chosen at print time: the parts an
indicator is made of (type, sex, age group, source, track, status, service, delay), and an
indicator's whole label for the CSV."""

from __future__ import annotations

from isange_desktop.domain.monthly import (
    NOT_GBV,
    SUPPRESSED,
    UNKNOWN,
    Month,
    MonthlyFigures,
    is_small,
)
from isange_desktop.domain.monthly_suppression import COMPLEMENT, hidden_keys
from isange_desktop.i18n.messages import translate
from isange_desktop.reports.print_locale import long_date, number


def t(key: str, lang: str, **params: object) -> str:
    return translate(key, lang, **params)


def month_name(month: Month, lang: str) -> str:
    """"October 2026", "octobre 2026", "Ukwakira 2026": the long date of the first day
    without the day (every language prints day, month, year)."""
    return long_date(month.first_day, lang).split(" ", 1)[1]


def gbv_type(value: str, lang: str) -> str:
    return t("gbv.type.none" if value == NOT_GBV else f"gbv.type.{value}", lang)


def sex(value: str, lang: str) -> str:
    return t(f"monthly.sex.{value}", lang)


def age(value: str, lang: str) -> str:
    return t(f"monthly.age.{value}", lang)


def source(value: str, lang: str) -> str:
    return t(f"monthly.source.{value}", lang)


def track(value: str, lang: str) -> str:
    return t(f"monthly.track.{value}", lang)


def status(value: str, lang: str) -> str:
    return t(f"monthly.status.{value}", lang)


def service(value: str, lang: str) -> str:
    return t(f"monthly.service.{value}", lang)


def delay(value: str, lang: str) -> str:
    return t("monthly.delay.unknown" if value == UNKNOWN else f"delay.{value}", lang)


class Numbers:
    """The month's numbers as printed in one language: grouped digits, or a mark for a
    number hidden when small counts are suppressed ("<5" for a small count, "*" for one
    hidden so that a total cannot give a small one back: domain.monthly_suppression)."""

    def __init__(self, figures: MonthlyFigures, lang: str, suppress: bool) -> None:
        self.lang = lang
        self.hidden = hidden_keys(figures) if suppress else frozenset()

    def mark(self, key: str, value: int) -> str | None:
        """The mark that replaces a hidden number, None when it is shown."""
        if key not in self.hidden:
            return None
        return SUPPRESSED if is_small(value) else COMPLEMENT

    def count(self, key: str, value: int) -> str:
        mark = self.mark(key, value)
        return number(value, self.lang) if mark is None else mark

    def share(self, part_key: str, part: int, whole_key: str, whole: int) -> str:
        """A percentage with one decimal, hidden with either number (share x total would
        give the part back)."""
        if whole == 0:
            return "–"
        if part_key in self.hidden or whole_key in self.hidden:
            return t("monthly.hidden", self.lang)
        return t("monthly.percent", self.lang,
                 value=number(round(100 * part / whole, 1), self.lang, 1))


def indicator_label(indicator: str, lang: str) -> str:
    """"Rape, female, 12-17" for cases.rape.female.12_17, and so on for every family."""
    head, _, rest = indicator.partition(".")
    parts = rest.split(".")
    if head == "cases":
        if parts == ["total"]:
            return t("monthly.cases_total", lang)
        words = [gbv_type(parts[0], lang)]
        if len(parts) == 3:
            words += [sex(parts[1], lang), age(parts[2], lang)]
        return ", ".join(words)
    if head == "referral_source":
        return f"{t('monthly.referred_by', lang)}: {source(rest, lang)}"
    if head == "report_delay":
        return f"{t('monthly.section.delay', lang)}: {delay(rest, lang)}"
    if head == "track":
        return f"{track(parts[0], lang)}: {status(parts[1], lang)}"
    if head == "service":
        return service(rest, lang)
    return t(f"monthly.indicator.{indicator}", lang)
