"""The recovery key: 160 random bits printed as 8 groups of 4 characters plus a check character.

The alphabet is Crockford's base32 (no I, L, O, U) so it reads aloud and copies by hand; each
group ends with a Luhn mod 32 check character over the group's position and characters, so any
single mistyped character, and most swapped neighbours, are caught and the group is named.
"""

from __future__ import annotations

import secrets

from isange_desktop.errors import AuthError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_DATA = 4
KEY_BITS = GROUPS * GROUP_DATA * 5
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
# Letters people write for the ones the alphabet leaves out.
_ALIASES = {"O": "0", "I": "1", "L": "1", "U": "V"}


def _check_char(position: int, chars: str) -> str:
    n = len(ALPHABET)
    factor = 2
    total = 0
    for value in reversed([position % n, *(_INDEX[c] for c in chars)]):
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return ALPHABET[(n - total % n) % n]


def generate() -> bytes:
    return secrets.token_bytes(KEY_BITS // 8)


def format_key(raw: bytes) -> str:
    if len(raw) * 8 != KEY_BITS:
        raise ValueError("a recovery key is 160 bits")
    value = int.from_bytes(raw, "big")
    chars = "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(KEY_BITS // 5)))
    groups = []
    for g in range(GROUPS):
        data = chars[g * GROUP_DATA : (g + 1) * GROUP_DATA]
        groups.append(data + _check_char(g, data))
    return "-".join(groups)


def parse_key(text: str) -> bytes:
    """Parse what a person typed; raise AuthError naming the first group that does not check."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    cleaned = "".join(_ALIASES.get(ch, ch) for ch in cleaned)
    size = GROUPS * (GROUP_DATA + 1)
    if len(cleaned) != size or any(ch not in _INDEX for ch in cleaned):
        raise AuthError("recovery.malformed", groups=GROUPS)
    data = []
    for g in range(GROUPS):
        group = cleaned[g * (GROUP_DATA + 1) : (g + 1) * (GROUP_DATA + 1)]
        if _check_char(g, group[:GROUP_DATA]) != group[GROUP_DATA]:
            raise AuthError("recovery.group_typo", group=g + 1)
        data.append(group[:GROUP_DATA])
    value = 0
    for ch in "".join(data):
        value = (value << 5) | _INDEX[ch]
    return value.to_bytes(KEY_BITS // 8, "big")
