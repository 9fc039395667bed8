"""What every `isange` command shares: messages in the user's language and the logged-in
session, opened from the acting user's password and always logged out."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable

from isange_desktop.errors import UsageError, ValidationError
from isange_desktop.i18n.messages import current_language, translate
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.session import UserSession, login, logout


def t(code: str, **params: object) -> str:
    return translate(code, current_language(), **params)


def open_session(args: argparse.Namespace, secrets: SecretSource, *,
                  allow_must_change: bool = False) -> UserSession:
    if not args.user:
        raise UsageError("cli.user_required")
    password = secrets.read(f"{t('prompt.password', login=args.user)} ")
    session = login(args.data_dir, args.user, password)
    if session.must_change_password and not allow_must_change:
        logout(session)
        raise ValidationError("password.must_change")
    return session


def with_session(run: Callable[[UserSession, argparse.Namespace, SecretSource], None]
                  ) -> Callable[[argparse.Namespace, SecretSource], None]:
    def wrapper(args: argparse.Namespace, secrets: SecretSource) -> None:
        session = open_session(args, secrets)
        try:
            run(session, args, secrets)
        except BaseException:
            # The command's own error is the one to report, not a failure to log out after it.
            with contextlib.suppress(Exception):
                logout(session)
            raise
        logout(session)
    return wrapper
