"""A problem with one answer, named by field and by a message id of i18n/catalog_forms.py."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class FieldError:
    field_id: str
    message_id: str
    # Filled into the message with str.format; may hold what the user typed (a sample
    # reference, a number), so FieldErrors are shown, never logged.
    params: Mapping[str, object] = field(default_factory=dict, hash=False)
    # For rules over a repeating form's entries: the index of the entry at fault.
    entry: int | None = None
