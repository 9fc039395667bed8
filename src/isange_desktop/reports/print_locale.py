"""Dates, times, numbers and durations on paper, in the language chosen at print time.

Qt's QLocale is the GUI's tool and the reports must not import Qt; Babel is not a dependency
for three locales. So the few patterns printed are copied from CLDR here, one row per
language: day-month-year everywhere (as Rwanda writes dates), 24-hour times, and CLDR's number
symbols. French groups thousands with the narrow no-break space U+202F, which the embedded
DejaVu font draws (Helvetica would print a black box).

Every moment is shown in the centers' time (CAT, UTC+2), whatever offset it was stored with.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.i18n.messages import translate

NARROW_NBSP = "\u202f"


@dataclass(frozen=True)
class _Locale:
    months: tuple[str, ...]
    decimal: str
    group: str
    at: str  # between a long date and its time


_LOCALES = {
    "en": _Locale(("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"), ".", ",", " at "),
    "fr": _Locale(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre"), ",", NARROW_NBSP, " à "),
    "rw": _Locale(("Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena",
                   "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"),
                  ",", ".", " "),
}


def _locale(lang: str) -> _Locale:
    return _LOCALES.get(lang, _LOCALES["en"])


def local(moment: datetime) -> datetime:
    return moment.astimezone(CENTER_TZ)


def long_date(day: date, lang: str) -> str:
    return f"{day.day} {_locale(lang).months[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def long_datetime(moment: datetime, lang: str) -> str:
    moment = local(moment)
    return f"{long_date(moment.date(), lang)}{_locale(lang).at}{moment:%H:%M}"


def short_datetime(moment: datetime) -> str:
    moment = local(moment)
    return f"{short_date(moment.date())} {moment:%H:%M}"


def stored_datetime(text: object) -> str:
    """A stored ISO moment in the short form; what is not one is printed as it is."""
    if not isinstance(text, str):
        return "" if text is None else str(text)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    return short_datetime(moment) if moment.utcoffset() is not None else text


def number(value: float, lang: str, decimals: int | None = None) -> str:
    """Grouped thousands and the locale's decimal mark; `decimals` None keeps what the value
    has (an integer prints none, a stored 37.4 prints one)."""
    if decimals is None:
        # Stored decimals are rounded at entry; three places is more than any field holds.
        decimals = 0 if float(value).is_integer() else min(
            3, len(repr(float(value)).split(".")[1]))
    text = f"{value:,.{decimals}f}"
    loc = _locale(lang)
    return text.replace(",", "\0").replace(".", loc.decimal).replace("\0", loc.group)


def duration(span: timedelta, lang: str) -> str:
    """Whole days from two days on, else whole hours, as the case screen says it."""
    hours = int(span.total_seconds() // 3600)
    if hours >= 48:
        days = hours // 24
        key = "print.duration.day" if days == 1 else "print.duration.days"
        return translate(key, lang, n=number(days, lang))
    if hours >= 1:
        key = "print.duration.hour" if hours == 1 else "print.duration.hours"
        return translate(key, lang, n=number(hours, lang))
    return translate("print.duration.under_hour", lang)
