"""How long a login must wait after wrong passwords."""

from __future__ import annotations

from datetime import timedelta

FREE_ATTEMPTS = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)


def delay_after(failures: int) -> timedelta:
    """Nothing for the first five mistakes, then 30 s doubling each time, at most an hour."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    return min(FIRST_DELAY * (1 << (failures - FREE_ATTEMPTS)), MAX_DELAY)
