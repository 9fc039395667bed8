"""Messages of form fields and their validation: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {}
