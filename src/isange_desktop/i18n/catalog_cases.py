"""Messages of cases, persons, consent, classification and trafficking screening: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {}
