"""Search keys for names and phone numbers.

Names at an IOSC come in Kinyarwanda, French and English spellings, typed in a hurry: the key
drops accents, case, spaces, hyphens and apostrophes, and collapses doubled letters, so
"Nyirabukeye", "NYIRA-BUKEYE" and "Nyirabukéye" meet in one index entry.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")


def fold_name(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _DOUBLED.sub(r"\1", _NOT_LETTER.sub("", letters))


def phone_key(text: str) -> str | None:
    """The last nine digits: +250 788 123 456, 0788123456 and 788-123-456 are one number."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) < 9:
        return None
    return digits[-9:]


def initials(family_name: str, given_names: str) -> str:
    """What lists show instead of a name: one letter of each name part, never the name."""
    parts = [*given_names.split(), *family_name.split()]
    return ".".join(p[0].upper() for p in parts if p) + ("." if parts else "")
