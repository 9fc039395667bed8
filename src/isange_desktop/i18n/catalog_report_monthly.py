"""Words of the report monthly documents and their errors: id -> (English, French, Kinyarwanda)."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str, str]] = {
}
