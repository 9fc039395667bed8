"""How a form's answers are stored: plain JSON values, the same in the vault, in a bundle and in
the GUI's hands. One representation per field type:

| field type        | stored value                                                        |
|-------------------|---------------------------------------------------------------------|
| text, long_text   | str                                                                 |
| choice            | str: the Choice.value                                               |
| multi_choice      | list[str] of Choice.value, no repeats                               |
| bool              | bool                                                                |
| integer           | int (never a bool)                                                  |
| decimal           | float or int (never a bool, never NaN or infinite)                  |
| date              | str "YYYY-MM-DD" exactly (what date.isoformat() gives)              |
| datetime          | str in ISO 8601, "T" between date and time, with its UTC offset,    |
|                   | e.g. "2024-05-31T14:05:00+02:00" or "2024-05-31T12:05:00Z"          |
|                   | (an instant: a value without offset is refused)                     |
| body_map          | list of marks, each a dict: see body_map.py                         |
| attachment_list   | list[str] of attachment ids, no repeats                             |

A field is empty when its id is absent or its value is None, a blank string or an empty list;
False and 0 are answers, not emptiness. Date objects are refused: the service converts.
"""

from __future__ import annotations

from datetime import date, datetime


def is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return len(value) == 0
    return False


def parse_date(value: object) -> date | None:
    """The date of a stored "YYYY-MM-DD" string, or None when it is not one."""
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.isoformat() == value else None


def parse_datetime(value: object) -> datetime | None:
    """The aware datetime of a stored ISO 8601 string, or None (also when it has no offset)."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None


def format_datetime(moment: datetime) -> str:
    """The stored form of an aware datetime (seconds precision)."""
    if moment.utcoffset() is None:
        raise ValueError("naive datetime")
    return moment.isoformat(timespec="seconds")
