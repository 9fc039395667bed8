"""Staff roles at a center. A user may hold several."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    NURSE = "nurse"
    PSYCHOSOCIAL = "psychosocial"
    LEGAL = "legal"  # the RIB investigator on site
    MANAGER = "manager"
    ADMIN = "admin"


def parse_roles(names: list[str]) -> frozenset[Role]:
    """Raise ValueError naming the first unknown role."""
    roles = set()
    for name in names:
        try:
            roles.add(Role(name.strip().lower()))
        except ValueError:
            raise ValueError(name) from None
    return frozenset(roles)
