"""Staff accounts: create, list, deactivate, change password."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from isange_desktop.domain.passwords import login_valid, password_problem
from isange_desktop.domain.policy import Action
from isange_desktop.domain.roles import Role
from isange_desktop.errors import AuthError, CredentialStoreError, ValidationError
from isange_desktop.services.session import UserSession, authorize, record
from isange_desktop.store import device_secret
from isange_desktop.store.kdf import Argon2Params
from isange_desktop.store.keyslots import normalize_login
from isange_desktop.store.models import User, UserRole
from isange_desktop.store.types import utcnow


@dataclass(frozen=True)
class UserInfo:
    login: str
    display_name: str
    roles: tuple[str, ...]
    active: bool
    must_change_password: bool
    created_at: datetime
    last_login_at: datetime | None


def _info(user: User) -> UserInfo:
    return UserInfo(user.login, user.display_name, tuple(sorted(r.role for r in user.roles)),
                    user.active, user.must_change_password, user.created_at, user.last_login_at)


def _device(session: UserSession) -> bytes:
    secret = device_secret.load(session.vault.vault_id)
    if secret is None:
        raise CredentialStoreError("keyring.no_device_secret")
    return secret


def _slot_params(session: UserSession) -> Argon2Params:
    """New slots take the cost calibrated at init (kept on the acting user's own slot)."""
    own = session.vault.slots.user_slot(session.login)
    return own.kdf if own is not None and own.kdf is not None else Argon2Params()


def _check_password(password: str, login: str) -> None:
    problem = password_problem(password, login)
    if problem is not None:
        raise ValidationError(problem)


def add_user(session: UserSession, login: str, display_name: str, roles: frozenset[Role],
             temporary_password: str, *, must_change_password: bool = True) -> UserInfo:
    """A new account whose temporary password must be changed at first login (the demo vault
    alone passes must_change_password=False, so its printed passwords keep working)."""
    role = authorize(session, Action.USER_MANAGE, object_type="user")
    login = normalize_login(login)
    if not login_valid(login):
        raise ValidationError("user.login_invalid", login=login)
    if not display_name.strip():
        raise ValidationError("user.name_required")
    if not roles:
        raise ValidationError("user.role_required")
    _check_password(temporary_password, login)
    vault = session.vault
    device = _device(session)
    with vault.unit_of_work() as uow:
        if uow.scalars(select(User.id).where(User.login == login)).first() is not None:
            raise ValidationError("user.exists", login=login)
        user = User(login=login, display_name=display_name.strip(), active=True,
                    must_change_password=must_change_password, created_at=utcnow(),
                    created_by=session.login)
        user.roles = [UserRole(role=str(r)) for r in sorted(roles)]
        uow.add(user)
        uow.flush()
        record(uow, actor=session.login, role=role, action="user.created", object_type="user",
               object_id=str(user.id), details={"fields": ["login", "display_name", "roles"]})
        # The slot is written last inside the transaction: if the commit then fails, the slot
        # is taken back out so no slot exists for a user the vault does not know.
        vault.slots.set_user_slot(login, temporary_password, vault.key, device,
                                  _slot_params(session))
        try:
            vault.save_slots()
        except BaseException:
            vault.slots.remove_user_slot(login)
            raise
        info = _info(user)
    return info


def list_users(session: UserSession) -> list[UserInfo]:
    role = authorize(session, Action.USER_LIST, object_type="user")
    with session.vault.unit_of_work() as uow:
        users = uow.scalars(select(User).order_by(User.login)).all()
        record(uow, actor=session.login, role=role, action="user.listed", object_type="user",
               details={"count": len(users)})
        return [_info(u) for u in users]


def deactivate_user(session: UserSession, login: str) -> None:
    """The account stays for the record; its slot goes, so it can no longer unlock the vault."""
    role = authorize(session, Action.USER_MANAGE, object_type="user")
    login = normalize_login(login)
    if login == session.login:
        raise ValidationError("user.cannot_deactivate_self")
    vault = session.vault
    with vault.unit_of_work() as uow:
        user = uow.scalars(select(User).where(User.login == login)).first()
        if user is None or not user.active:
            raise ValidationError("user.not_found", login=login)
        user.active = False
        user.deactivated_at = utcnow()
        record(uow, actor=session.login, role=role, action="user.deactivated",
               object_type="user", object_id=str(user.id), details={"fields": ["active"]})
        previous = vault.slots.user_slot(login)
        vault.slots.remove_user_slot(login)
        try:
            vault.save_slots()
        except BaseException:
            if previous is not None:
                vault.slots.slots.append(previous)
            raise


def change_password(session: UserSession, old_password: str, new_password: str) -> None:
    """Rewrap the user's own slot under the new password; nothing else changes."""
    vault = session.vault
    device = _device(session)
    try:
        vault.slots.unwrap_user(session.login, old_password, device)
    except AuthError:
        raise AuthError("auth.wrong_password") from None
    _check_password(new_password, session.login)
    if new_password == old_password:
        raise ValidationError("password.unchanged")
    with vault.unit_of_work() as uow:
        user = uow.get_one(User, session.user_id)
        user.must_change_password = False
        record(uow, actor=session.login, role=session.roles_label, action="user.password_changed",
               object_type="user", object_id=str(user.id))
        previous = vault.slots.user_slot(session.login)
        vault.slots.set_user_slot(session.login, new_password, vault.key, device,
                                  _slot_params(session))
        try:
            vault.save_slots()
        except BaseException:
            vault.slots.remove_user_slot(session.login)
            if previous is not None:
                vault.slots.slots.append(previous)
            raise
    session.must_change_password = False
