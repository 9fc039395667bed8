"""Who may do what: the role x action table. Services check it before every change."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from isange_desktop.domain.roles import Role


class Action(StrEnum):
    USER_MANAGE = "user.manage"
    USER_LIST = "user.list"
    SETTINGS_CHANGE = "settings.change"
    AUDIT_READ = "audit.read"
    AUDIT_VERIFY = "audit.verify"
    BACKUP = "vault.backup"
    VAULT_CHECK = "vault.check"
    DEVICE_ENROLL = "device.enroll"


_ALLOWED: dict[Action, frozenset[Role]] = {
    Action.USER_MANAGE: frozenset({Role.ADMIN}),
    Action.USER_LIST: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.SETTINGS_CHANGE: frozenset({Role.ADMIN}),
    Action.AUDIT_READ: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.AUDIT_VERIFY: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.BACKUP: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.VAULT_CHECK: frozenset({Role.ADMIN, Role.MANAGER}),
    Action.DEVICE_ENROLL: frozenset({Role.ADMIN}),
}


def allowed_roles(action: Action) -> frozenset[Role]:
    return _ALLOWED[action]


def granting_role(roles: Iterable[Role], action: Action) -> Role | None:
    """The role under which a user may do the action (recorded in the audit event), or None."""
    allowed = _ALLOWED[action]
    return next((role for role in sorted(roles) if role in allowed), None)
