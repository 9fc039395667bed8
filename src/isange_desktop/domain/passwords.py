"""What a chosen password and a login must look like."""

from __future__ import annotations

import re

MIN_PASSWORD_LENGTH = 10
LOGIN_PATTERN = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")


def password_problem(password: str, login: str) -> str | None:
    """A message id when the password is not acceptable, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "password.too_short"
    if password.strip().casefold() == login.strip().casefold():
        return "password.same_as_login"
    if len(set(password)) < 4:
        return "password.too_simple"
    return None


def login_valid(login: str) -> bool:
    return bool(LOGIN_PATTERN.match(login))
