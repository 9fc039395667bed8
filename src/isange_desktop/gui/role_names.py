"""Role names as staff read them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from isange_desktop.domain.roles import Role


def role_name(role: str) -> str:
    names = {
        Role.NURSE: QCoreApplication.translate("RoleNames", "Nurse"),
        Role.PSYCHOSOCIAL: QCoreApplication.translate("RoleNames", "Psychosocial officer"),
        Role.LEGAL: QCoreApplication.translate("RoleNames", "Legal (RIB)"),
        Role.MANAGER: QCoreApplication.translate("RoleNames", "Manager"),
        Role.ADMIN: QCoreApplication.translate("RoleNames", "Administrator"),
    }
    try:
        return names[Role(role)]
    except ValueError:
        return role


def role_names(roles: Iterable[str]) -> str:
    return ", ".join(role_name(r) for r in sorted(roles))
