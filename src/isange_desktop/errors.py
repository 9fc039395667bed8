"""Errors a person can act on.

Each carries a message id and parameters, so the CLI and the GUI can say it in the user's
language. Parameters never hold secrets or case data: a login, a path or a number at most.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

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


class CenterCardError(ValidationError):
    """A center card or key-change statement that is malformed, too large or wrongly signed."""


class UnknownCenterError(ValidationError):
    """No center is pinned under this code (never, or it was removed): nothing is sent to it
    or accepted from it."""


class BundleRefused(ValidationError):
    """A referral bundle or receipt that is refused, whole, before anything is imported.

    The only error the bundle reader raises whatever the bytes; the message id names why.
    Never carries case data, not even an attachment's name.
    """


class AlreadyImported(IsangeError):
    """A referral or receipt this center already accepted: nothing changed, and the message
    says where it went. Not a failure: the same file offered twice is the normal result of a
    copy kept on a stick or an e-mail sent again."""


class FormInvalid(ValidationError):
    """One or more fields of a form refused; the message names the first and counts the rest.

    The field errors may hold what the user typed, so they are shown, never logged.
    """

    def __init__(self, form_id: str, errors: Sequence[FieldProblem]) -> None:
        first = errors[0]
        super().__init__(first.message_id, **dict(first.params))
        self.form_id = form_id
        self.errors = list(errors)

    def message(self, lang: str = "en") -> str:
        first = self.errors[0]
        where = f"{self.form_id}.{first.field_id}"
        if first.entry is not None:
            where += f"[{first.entry}]"
        text = f"{where}: {translate(first.message_id, lang, **dict(first.params))}"
        if len(self.errors) > 1:
            text += " " + translate("form.more_problems", lang, count=len(self.errors) - 1)
        return text


class FieldProblem(Protocol):
    @property
    def field_id(self) -> str: ...
    @property
    def message_id(self) -> str: ...
    @property
    def params(self) -> Mapping[str, object]: ...
    @property
    def entry(self) -> int | None: ...
