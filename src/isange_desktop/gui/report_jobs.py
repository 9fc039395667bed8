"""What the Reports page runs on the runner's worker: plain values in (the session, a month,
a language, a path), bytes or a short account of what was written out. No Qt object goes in
or comes out, so nothing of Qt is ever released off the GUI thread.

Each file is the person's explicit choice and must not exist yet: it is refused before the
vault is asked (no audit event for a file that cannot be written), and written whole or not
at all by write_new_file, which also refuses a file that appeared in the meantime. The
services audit every figure that leaves the vault, on screen ("screen") or in a file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from isange_desktop.domain.dhis2_mapping import MAX_BYTES
from isange_desktop.domain.monthly import Month
from isange_desktop.errors import ValidationError
from isange_desktop.reports.dhis2 import render_dhis2
from isange_desktop.reports.incident_recorder import render_csv as incidents_csv
from isange_desktop.reports.incident_recorder import render_xlsx as incidents_xlsx
from isange_desktop.reports.monthly_csv import render_csv
from isange_desktop.reports.monthly_pdf import render_pdf
from isange_desktop.services.dhis2_mapping import current_mapping, import_mapping
from isange_desktop.services.incident_recorder import incident_rows
from isange_desktop.services.monthly_figures import monthly_figures
from isange_desktop.services.session import UserSession
from isange_desktop.store.atomic_file import write_new_file
from isange_desktop.store.bounded_file import read_bounded

MONTHLY_FORMATS = ("pdf", "csv", "dhis2")
INCIDENT_FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class MonthlyChoice:
    month: Month
    lang: str  # the document's language, whatever the screen's
    suppress: bool  # counts from 1 to 4 hidden, for sharing outside the center


@dataclass(frozen=True)
class Written:
    """What went into a file: the core catalog's message id and its parameters."""

    path: Path
    message_id: str
    params: dict[str, object] = field(default_factory=dict)


def screen_pdf(session: UserSession, choice: MonthlyChoice) -> bytes:
    """The month's report as the PDF a save would write, for the preview (audited as shown on
    the screen); the bytes stay in memory."""
    figures = monthly_figures(session, choice.month, output="screen",
                              suppress_small=choice.suppress)
    return render_pdf(figures, choice.lang, suppress=choice.suppress)


def _check_target(path: Path) -> None:
    if path.exists():
        raise ValidationError("print.file_exists", path=str(path))
    if not path.parent.is_dir():
        raise ValidationError("print.file_unwritable", path=str(path))


def save_monthly(session: UserSession, choice: MonthlyChoice, fmt: str, path: Path) -> Written:
    """The figures as a PDF, a CSV or a DHIS2 dataValueSets file at ``path``."""
    if fmt not in MONTHLY_FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    _check_target(path)
    month, suppress = choice.month, choice.suppress
    if fmt == "dhis2":
        mapping = current_mapping(session)  # refused before anything is counted
        figures = monthly_figures(session, month, output="dhis2", suppress_small=suppress)
        export = render_dhis2(figures, mapping, suppress=suppress)
        write_new_file(path, export.data)
        return Written(path, "report.dhis2_written", {
            "month": str(month), "sent": export.sent, "suppressed": export.suppressed,
            "unmapped": export.unmapped})
    figures = monthly_figures(session, month, output=fmt, suppress_small=suppress)
    data = render_pdf(figures, choice.lang, suppress=suppress) if fmt == "pdf" \
        else render_csv(figures, choice.lang, suppress=suppress)
    write_new_file(path, data)
    return Written(path, "report.monthly_written", {"month": str(month)})


def save_incidents(session: UserSession, first: date, last: date, fmt: str,
                   path: Path) -> Written:
    """The Incident Recorder rows of the survivors who arrived from ``first`` to ``last``."""
    if fmt not in INCIDENT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    _check_target(path)
    rows = incident_rows(session, first, last)
    write_new_file(path, incidents_xlsx(rows) if fmt == "xlsx" else incidents_csv(rows))
    return Written(path, "report.incidents_written", {"rows": len(rows)})


def import_mapping_file(session: UserSession, path: Path) -> Written:
    """Read the mapping CSV at ``path`` and store it (refused whole, naming the line)."""
    data = read_bounded(path, MAX_BYTES, "report.mapping_unreadable")
    mapping = import_mapping(session, data)
    return Written(path, "report.mapping_imported", {
        "count": len(mapping.codes), "data_set": mapping.data_set,
        "org_unit": mapping.org_unit})
