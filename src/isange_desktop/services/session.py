"""Who is logged in, and the audited way in and out."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from isange_desktop.audit import checkpoints
from isange_desktop.audit.events import append
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.roles import Role
from isange_desktop.errors import AuthError, PermissionDenied, VaultError
from isange_desktop.store.center_identity import current_signing_key
from isange_desktop.store.engine import DATABASE_ERRORS
from isange_desktop.store.keyslots import login_id, normalize_login
from isange_desktop.store.login_attempts import LoginAttempts
from isange_desktop.store.models import Center, User
from isange_desktop.store.types import utcnow
from isange_desktop.store.vault import Vault, unlock_with_password

log = logging.getLogger(__name__)

# A signed checkpoint at least this often, besides one at every logout.
CHECKPOINT_EVERY = 500
# The actor recorded for what is done with the recovery key rather than as a user.
RECOVERY_ACTOR = "recovery-key"


@dataclass
class UserSession:
    vault: Vault
    user_id: int
    login: str
    display_name: str
    roles: frozenset[Role]
    must_change_password: bool

    @property
    def roles_label(self) -> str:
        return "+".join(sorted(self.roles)) or "-"


def record(
    uow: Session,
    *,
    actor: str,
    role: str,
    action: str,
    object_type: str | None = None,
    object_id: str | None = None,
    outcome: str = "ok",
    purpose: str | None = None,
    details: Mapping[str, object] | None = None,
) -> int:
    """Append an audit event inside the caller's transaction, checkpointing now and then."""
    seq = append(uow, actor=actor, role=role, action=action, object_type=object_type,
                 object_id=object_id, outcome=outcome, purpose=purpose, details=details)
    if seq % CHECKPOINT_EVERY == 0:
        center = uow.get_one(Center, 1)
        checkpoints.create(uow, center.vault_id, current_signing_key(uow))
    return seq


def authorize(session: UserSession, action: Action, *, object_type: str | None = None,
              object_id: str | None = None) -> Role:
    """The role that allows the action; a refusal is itself audited, then raised."""
    role = granting_role(session.roles, action)
    if role is None:
        with session.vault.unit_of_work() as uow:
            record(uow, actor=session.login, role=session.roles_label, action=str(action),
                   object_type=object_type, object_id=object_id, outcome="denied")
        raise PermissionDenied("permission.denied", action=str(action))
    return role


def login(data_dir: Path, login_name: str, password: str) -> UserSession:
    """Unlock the vault as this user; failed attempts since the last unlock go into the log."""
    vault = unlock_with_password(data_dir, login_name, password)
    try:
        with vault.unit_of_work() as uow:
            wanted = normalize_login(login_name)
            user = uow.scalars(select(User).where(User.login == wanted)).first()
            if user is None or not user.active:
                raise AuthError("auth.wrong_password")
            _flush_failed_attempts(uow, vault)
            user.last_login_at = utcnow()
            session = UserSession(
                vault=vault, user_id=user.id, login=user.login, display_name=user.display_name,
                roles=frozenset(Role(r.role) for r in user.roles),
                must_change_password=user.must_change_password,
            )
            record(uow, actor=user.login, role=session.roles_label, action="auth.login",
                   object_type="user", object_id=str(user.id))
        LoginAttempts(data_dir).clear_after_unlock(login_id(vault.vault_id, login_name))
    except DATABASE_ERRORS as exc:
        # The key opened page 1, but a later page fails its HMAC: the file is damaged.
        vault.close()
        raise VaultError("vault.damaged") from exc
    except BaseException:
        vault.close()
        raise
    return session


def _flush_failed_attempts(uow: Session, vault: Vault) -> None:
    attempts = LoginAttempts(vault.data_dir).pending_events()
    if not attempts:
        return
    by_id = {login_id(vault.vault_id, u): u for u in uow.scalars(select(User.login))}
    for attempt in attempts:
        enrolled = attempt.kind == "device_enrolled"
        record(uow, actor=by_id.get(attempt.login_id, "-" if enrolled else "unknown-login"),
               role="-", action=f"auth.{attempt.kind}", outcome="ok" if enrolled else "failed",
               details={"at": attempt.at})


def logout(session: UserSession) -> None:
    """Record the logout, sign a checkpoint of the log, drop the key and the lock.

    Locking must always succeed: when a damaged vault refuses the logout event, the vault is
    closed all the same and the failure is logged (its kind only); the damage itself is
    reported by whatever read or check met it.
    """
    vault = session.vault
    if not vault.is_open:
        return
    try:
        with vault.unit_of_work() as uow:
            record(uow, actor=session.login, role=session.roles_label, action="auth.logout",
                   object_type="user", object_id=str(session.user_id))
            center = uow.get_one(Center, 1)
            checkpoints.create(uow, center.vault_id, current_signing_key(uow))
    except DATABASE_ERRORS as exc:
        log.warning("logout could not be recorded: %s", type(exc).__name__)
    finally:
        vault.close()
