"""What a typed search means: a case number (its check character verified), a phone number,
or the start of a name. One reading for the search box and the case list's filter alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from isange_desktop.domain.case_numbers import parse_case_number
from isange_desktop.domain.names import fold_name, phone_key
from isange_desktop.errors import ValidationError


@dataclass(frozen=True)
class SearchText:
    kind: Literal["number", "phone", "name"]
    key: str  # the canonical case number, the phone key, or the folded name fragment


def read_search_text(text: str) -> SearchText:
    """ValidationError when the text is too short to search by, or names a case number whose
    check character is wrong."""
    text = text.strip()
    if sum(ch.isalnum() for ch in text) < 2:
        raise ValidationError("case.search_too_short")
    if text.count("-") >= 3 and any(ch.isdigit() for ch in text):
        return SearchText("number", str(parse_case_number(text)))
    if (key := phone_key(text)) is not None and not any(ch.isalpha() for ch in text):
        return SearchText("phone", key)
    return SearchText("name", fold_name(text))
