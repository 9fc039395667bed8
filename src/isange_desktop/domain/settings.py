"""Stored settings: their names, defaults and what values they accept."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int
    minimum: int
    maximum: int


IDLE_LOCK_MINUTES = SettingSpec("idle_lock_minutes", default=5, minimum=1, maximum=60)

SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (IDLE_LOCK_MINUTES,)}


def validate(key: str, value: int) -> int:
    spec = SETTINGS.get(key)
    if spec is None:
        raise KeyError(key)
    if not spec.minimum <= value <= spec.maximum:
        raise ValueError(key)
    return value
