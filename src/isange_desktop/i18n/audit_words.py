"""An audit event's action, role and outcome in words, for people who read the log's records:
the survivor's access request document and the case History tab.

Qt-free, so the reports can use it. The words are in i18n/catalog_audit.py; a code without an
entry (an event written by an older or newer version) is shown as it is, never refused.
"""

from __future__ import annotations

from isange_desktop.i18n.messages import CATALOG, translate

# The role of a refused attempt is the user's roles joined like this (UserSession.roles_label).
_ROLE_JOIN = "+"


def _words(prefix: str, code: str, lang: str | None) -> str:
    key = f"{prefix}{code}"
    return translate(key, lang) if key in CATALOG else code


def action_words(code: str, lang: str | None = None) -> str:
    """``case.form_saved`` -> "Form saved" in ``lang`` (the current language by default)."""
    return _words("audit.action.", code, lang)


def role_words(role: str, lang: str | None = None) -> str:
    """``nurse`` -> "Nurse"; ``manager+nurse`` -> "Manager, Nurse"; ``-`` stays ``-``."""
    return ", ".join(_words("audit.role.", part, lang) for part in role.split(_ROLE_JOIN))


def outcome_words(outcome: str, lang: str | None = None) -> str:
    """``ok`` -> "Done", ``denied`` -> "Not allowed", ``refused``, ``failed``."""
    return _words("audit.outcome.", outcome, lang)
