"""Messages of clinical clocks, report delay and follow-up tasks: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {}
