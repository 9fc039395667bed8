"""The small random helpers of the synthetic demo cases (services.demo_cases).

Every random choice comes from a seeded stream, so a run is reproducible; nothing here is
for secrets.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.services.demo_vocabulary import VARIANTS


def seeded_rng(seed: int | str) -> random.Random:
    """A random stream for synthetic data (never for secrets)."""
    return random.Random(seed)  # noqa: S311 - reproducible fake data, nothing secret


def pick(rng: random.Random, weighted: Sequence[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def by_chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def stamp(moment: datetime) -> str:
    return moment.astimezone(CENTER_TZ).isoformat(timespec="seconds")


def phone_number(rng: random.Random) -> str:
    digits = f"7{rng.choice('8923')}{rng.randrange(10**7):07d}"
    if by_chance(rng, 0.2):
        return f"+250 {digits[:3]} {digits[3:6]} {digits[6:]}"
    return f"0{digits}"


def spelling_variant(rng: random.Random, name: str) -> str:
    """Another spelling of a name, part by part when it has several parts."""
    if name in VARIANTS:
        return rng.choice(VARIANTS[name])
    parts = name.split()
    if len(parts) > 1:
        return " ".join(spelling_variant(rng, p) for p in parts)
    if len(name) > 5:  # one letter dropped: a hurried typing slip
        i = rng.randrange(2, len(name) - 1)
        return name[:i] + name[i + 1:]
    return name.upper()
