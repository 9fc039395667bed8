"""Errors a person can act on.

Each carries a message id and parameters, so the CLI and the GUI can say it in the user's
language. Parameters never hold secrets or case data: a login, a path or a number at most.
"""

from __future__ import annotations

from isange_desktop.i18n.messages import translate


class IsangeError(Exception):
    exit_code = 1

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "en") -> str:
        return translate(self.code, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


class UsageError(IsangeError):
    exit_code = 2


class ValidationError(IsangeError):
    exit_code = 2


class AuthError(IsangeError):
    """Wrong password or recovery key, locked out, or no slot for the login."""

    exit_code = 3


class PermissionDenied(IsangeError):
    exit_code = 4


class VaultError(IsangeError):
    """The vault or a backup cannot be opened, created or trusted."""

    exit_code = 5


class CredentialStoreError(IsangeError):
    exit_code = 6


class VaultBusy(IsangeError):
    """Another copy of the app holds the vault."""

    exit_code = 7
