"""Case numbers people can read over the phone: ``KGL-01-2025-00042-Y``.

The number carries the center code and the year, so a case is recognisable out of context, and
ends with a check character, so a number misheard or mistyped by one character is refused
instead of opening another survivor's case.

Why not plain Luhn mod 36: over the alphanumerics it cannot see a dash move inside a center code
("KGL-01" read back as "KG-L01" keeps the same alphanumerics), and Luhn mod N always misses one
swapped pair, here "0Z" <-> "Z0". The check below runs the same kind of left-to-right recurrence
(the family of Verhoeff's and Damm's check digits) but over a group where no swap is missed:

    state := alpha(state) + value(char)      for 0-9, A-Z  (value 0..35)
    state := state + DASH                    for '-'       (DASH a fixed non-zero element)

in G = (Z/2)^2 x (Z/3)^2 (36 elements, written 0..35), with alpha = multiplication by a
primitive element of GF(4) on the first factor and negation on the second. The check character
is the final state. Why it catches what it must:
- for one character, the step is a bijection of the state, and two different alphanumerics give
  different states, so one wrong alphanumeric always changes the check;
- alpha - identity is also a bijection, so swapping neighbours x, y changes the state by
  (alpha - id)(x - y) != 0; swapping x and a dash changes it by (alpha - id)(DASH) != 0
  (Z/36 has no such alpha, which is why Luhn mod 36 has its blind pair);
- the separators around the year (4 digits) and the sequence (5 digits) sit at fixed places
  counted from the right, so any error touching them makes the number malformed.
The one limit is arithmetic, not a choice: where a dash stands inside a center code, 37 symbols
could stand and one check character has 36 values, so there at most one dash <-> character
substitution per position can pass. Center codes come from the vault (services.vault_admin).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from isange_desktop.errors import ValidationError

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
CENTER_PATTERN = re.compile(r"^(?=.*[A-Z0-9])[A-Z0-9-]{1,16}$")
# The first center opened in 2009; 2000 leaves room for older paper files entered later.
MIN_YEAR = 2000
MAX_YEAR = 9999
MAX_SEQ = 99_999  # five digits a year per center: the busiest centers see a few thousand cases

_NUMBER = re.compile(
    r"^(?P<center>[A-Z0-9-]{1,16})-(?P<year>[0-9]{4})-(?P<seq>[0-9]{5})-(?P<check>[0-9A-Z])$"
)
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_DASH = 1  # any non-zero element works; see the module docstring


def _add(a: int, b: int) -> int:
    """Group addition in (Z/2)^2 x (Z/3)^2: element = 9 * two_bits + 3 * t1 + t0."""
    two_a, three_a = divmod(a, 9)
    two_b, three_b = divmod(b, 9)
    high = (three_a // 3 + three_b // 3) % 3
    low = (three_a % 3 + three_b % 3) % 3
    return 9 * (two_a ^ two_b) + 3 * high + low


def _alpha(a: int) -> int:
    """(x, y) -> (y, x^y) on (Z/2)^2 (times a primitive element of GF(4)); negation on (Z/3)^2."""
    two, three = divmod(a, 9)
    hi, lo = two >> 1, two & 1
    return 9 * (2 * lo + (hi ^ lo)) + 3 * ((-(three // 3)) % 3) + (-(three % 3)) % 3


def _step(state: int, char: str) -> int:
    if char == "-":
        return _add(state, _DASH)
    return _add(_alpha(state), _VALUE[char])


def check_character(prefix: str) -> str:
    """The check character of ``CENTER-YYYY-SEQ`` (upper case, digits, letters and dashes)."""
    state = 0
    for char in prefix:
        state = _step(state, char)
    return ALPHABET[state]


@dataclass(frozen=True, order=True)
class CaseNumber:
    center: str
    year: int
    seq: int

    def __post_init__(self) -> None:
        # The caller passes the vault's center code and its own counter: a bad value is a bug.
        if not CENTER_PATTERN.match(self.center):
            raise ValueError(f"center code {self.center!r} cannot go into a case number")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValueError(f"year {self.year} out of range")
        if not 1 <= self.seq <= MAX_SEQ:
            raise ValueError(f"sequence {self.seq} out of range")

    @property
    def prefix(self) -> str:
        return f"{self.center}-{self.year:04d}-{self.seq:05d}"

    @property
    def check(self) -> str:
        return check_character(self.prefix)

    def __str__(self) -> str:
        return f"{self.prefix}-{self.check}"


def format_case_number(center: str, year: int, seq: int) -> str:
    """The printed form; the center code is taken upper-case, as the vault stores it."""
    return str(CaseNumber(center.strip().upper(), year, seq))


def parse_case_number(text: str) -> CaseNumber:
    """Read a typed number: any case, spaces around it allowed, nothing else forgiven."""
    match = _NUMBER.match(text.strip().upper())
    if match is None or not CENTER_PATTERN.match(match["center"]):
        raise ValidationError("casenum.malformed")
    prefix = text.strip().upper()[:-2]
    # The check comes before the ranges: a misheard year is "one character wrong", not "malformed".
    if check_character(prefix) != match["check"]:
        raise ValidationError("casenum.check_failed")
    try:
        return CaseNumber(match["center"], int(match["year"]), int(match["seq"]))
    except ValueError:
        raise ValidationError("casenum.malformed") from None
