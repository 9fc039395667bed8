"""JSON as it is signed and read between centers: one byte form to sign, one strict reader.

Both sides of a signature must see the same document, so the reader refuses what parsers
disagree about (a key given twice, NaN, numbers beyond a float); callers turn the exceptions
into their own refusal (a bundle's, a center card's).
"""

from __future__ import annotations

import json
from typing import Any, NoReturn


class NotStrictJson(ValueError):
    """JSON the standard parser accepts but a signer and a reader could disagree about."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # With two values for one key, the signer and the reader could each see a different one.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise NotStrictJson("duplicate key")
        result[key] = value
    return result


def _no_constants(name: str) -> NoReturn:
    raise NotStrictJson(f"non-standard constant {name}")


def _finite_float(text: str) -> float:
    # "1e999" parses to infinity, which no database column or report can hold.
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise NotStrictJson("number out of range")
    return value


def strict_loads(data: bytes) -> Any:
    """The JSON value of UTF-8 ``data``. Raises NotStrictJson for the above, another
    ValueError (UnicodeDecodeError, JSONDecodeError) for text that is not JSON at all, and
    RecursionError for nesting deeper than the interpreter allows (a nesting bomb)."""
    return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates,
                      parse_constant=_no_constants, parse_float=_finite_float)


def canonical_bytes(value: object) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one byte form of what is hashed and signed.
    Raises TypeError or ValueError for a value that is not plain JSON."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
