"""The core's user-facing messages in English, French and Kinyarwanda.

Message ids are stable; parameters are filled with str.format. A missing translation falls back
to English (tests/test_messages.py fails the build if any is missing).
"""

from __future__ import annotations

import os

from isange_desktop.i18n import (
    catalog_attachments,
    catalog_audit,
    catalog_breaches,
    catalog_cases,
    catalog_centers,
    catalog_clocks,
    catalog_forms,
    catalog_intake,
    catalog_referrals,
    catalog_report_case,
    catalog_report_monthly,
    catalog_retention,
    catalog_rights,
    catalog_transfer,
    catalog_vault,
)

LANGUAGES = ("rw", "en", "fr")
DEFAULT_LANGUAGE = "en"

# Each area keeps its own catalog module (id -> (English, French, Kinyarwanda)); ids are
# namespaced by area, and a clash fails tests/test_messages.py.
CATALOG: dict[str, tuple[str, str, str]] = {
    **catalog_vault.CATALOG,
    **catalog_cases.CATALOG,
    **catalog_clocks.CATALOG,
    **catalog_forms.CATALOG,
    **catalog_intake.CATALOG,
    **catalog_centers.CATALOG,
    **catalog_transfer.CATALOG,
    **catalog_referrals.CATALOG,
    **catalog_report_case.CATALOG,
    **catalog_report_monthly.CATALOG,
    **catalog_attachments.CATALOG,
    **catalog_retention.CATALOG,
    **catalog_breaches.CATALOG,
    **catalog_rights.CATALOG,
    **catalog_audit.CATALOG,
}
MODULES = (catalog_vault, catalog_cases, catalog_clocks, catalog_forms, catalog_intake,
           catalog_centers, catalog_transfer, catalog_referrals, catalog_report_case,
           catalog_report_monthly, catalog_attachments, catalog_retention,
           catalog_breaches, catalog_rights, catalog_audit)


# Set by the GUI when the user picks a language; wins over ISANGE_LANG, which the CLI and the
# tests keep using. One process runs one user's session, so a module global is enough.
_chosen: str | None = None


def set_language(code: str | None) -> None:
    """Use `code` for every message from now on; None goes back to ISANGE_LANG."""
    global _chosen  # noqa: PLW0603 - the process-wide choice described above
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}; expected one of {LANGUAGES}")
    _chosen = code


def current_language() -> str:
    if _chosen is not None:
        return _chosen
    lang = os.environ.get("ISANGE_LANG", DEFAULT_LANGUAGE).split("_")[0].lower()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def translate(code: str, lang: str | None = None, **params: object) -> str:
    entry = CATALOG.get(code)
    if entry is None:
        return code
    index = {"en": 0, "fr": 1, "rw": 2}.get(lang or current_language(), 0)
    text = entry[index] or entry[0]
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return entry[0]
