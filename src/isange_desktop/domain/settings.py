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

# How long a closed case stays in the vault before it is archived and removed (Law 058/2021:
# no longer than needed). Ten years by default, the usual keeping period of medical records;
# the center sets its own with the ministry's guidance.
RETENTION_YEARS = SettingSpec("retention_years", default=10, minimum=1, maximum=50)

SETTINGS: dict[str, SettingSpec] = {s.key: s for s in (IDLE_LOCK_MINUTES, RETENTION_YEARS)}


def validate(key: str, value: int) -> int:
    spec = SETTINGS.get(key)
    if spec is None:
        raise KeyError(key)
    if not spec.minimum <= value <= spec.maximum:
        raise ValueError(key)
    return value
