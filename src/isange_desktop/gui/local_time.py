"""Times from the vault (UTC) shown in the computer's time zone and the user's locale."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def format_when(when: datetime | str | None) -> str:
    if when is None:
        return "-"
    if isinstance(when, str):
        when = datetime.fromisoformat(when)
    local = QDateTime.fromMSecsSinceEpoch(int(when.timestamp() * 1000))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)
