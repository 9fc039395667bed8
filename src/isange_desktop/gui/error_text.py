"""What the person sees when a background call fails: the core's own translated message."""

from __future__ import annotations

import logging

from isange_desktop.errors import IsangeError
from isange_desktop.i18n.messages import current_language, translate

log = logging.getLogger(__name__)


def error_message(exc: BaseException) -> str:
    lang = current_language()
    if isinstance(exc, IsangeError):
        return exc.message(lang)
    # Imported when needed: the database layer is not loaded before the first login.
    from isange_desktop.store.engine import DATABASE_ERRORS  # noqa: PLC0415

    if isinstance(exc, DATABASE_ERRORS):
        # A page that fails its HMAC surfaces mid-query as a database error.
        return translate("vault.damaged", lang)
    # Only the type is logged: a database error's text can carry the values of a query.
    log.error("unexpected error in a background call: %s", type(exc).__name__)
    return translate("cli.internal_error", lang, kind=type(exc).__name__)
