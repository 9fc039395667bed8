"""`isange report monthly | incident-recorder | dhis2-mapping`: the center's monthly figures
(PDF, CSV or DHIS2 JSON), the GBVIMS Incident Recorder rows, and the DHIS2 mapping import.

As for a case document, the output file is the user's explicit choice: it must not exist yet,
it is written whole or not at all and readable by its owner only (cli_report_case's
write_new_file). The month, the dates, the output path and the mapping file are checked
before anyone logs in, so a typing error costs no password and leaves nothing in the vault.
The PDF and the CSV labels are in `--lang`, like this command's messages.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from isange_desktop.cli_files import new_file_path, read_bounded
from isange_desktop.cli_session import t, with_session
from isange_desktop.domain.dhis2_mapping import MAX_BYTES
from isange_desktop.domain.monthly import Month
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import current_language
from isange_desktop.reports.dhis2 import render_dhis2
from isange_desktop.reports.incident_recorder import render_csv as incidents_csv
from isange_desktop.reports.incident_recorder import render_xlsx as incidents_xlsx
from isange_desktop.reports.monthly_csv import render_csv
from isange_desktop.reports.monthly_pdf import render_pdf
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.dhis2_mapping import current_mapping, import_mapping
from isange_desktop.services.incident_recorder import incident_rows
from isange_desktop.services.monthly_figures import monthly_figures
from isange_desktop.services.session import UserSession
from isange_desktop.store.atomic_file import write_new_file

INCIDENT_FORMATS = (".csv", ".xlsx")


def _month(text: str) -> Month:
    try:
        return Month.parse(text)
    except ValueError:
        raise ValidationError("report.month_invalid", text=text[:20]) from None


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("report.date_invalid", text=text[:20]) from None
    if day.isoformat() != text.strip():  # fromisoformat also takes 20261001
        raise ValidationError("report.date_invalid", text=text[:20])
    return day


def cmd_monthly(args: argparse.Namespace, secrets: SecretSource) -> None:
    month = _month(args.month)
    out = new_file_path(args.out)
    lang = args.lang or current_language()
    suppress = bool(args.suppress_small)

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        if args.format == "dhis2":
            mapping = current_mapping(session)  # refused before anything is counted
            figures = monthly_figures(session, month, output="dhis2", suppress_small=suppress)
            export = render_dhis2(figures, mapping, suppress=suppress)
            write_new_file(out, export.data)
            print(t("report.dhis2_written", month=month, path=out, sent=export.sent,
                    suppressed=export.suppressed, unmapped=export.unmapped))
            return
        figures = monthly_figures(session, month, output=args.format, suppress_small=suppress)
        data = render_pdf(figures, lang, suppress=suppress) if args.format == "pdf" \
            else render_csv(figures, lang, suppress=suppress)
        write_new_file(out, data)
        print(t("report.monthly_written", month=month, path=out))

    run(args, secrets)


def cmd_incidents(args: argparse.Namespace, secrets: SecretSource) -> None:
    first, last = _day(args.first), _day(args.last)
    if last < first:
        raise ValidationError("report.range_invalid", first=first.isoformat(),
                              last=last.isoformat())
    out = new_file_path(args.out)
    suffix = out.suffix.lower()
    if suffix not in INCIDENT_FORMATS:
        raise ValidationError("report.out_extension")

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        rows = incident_rows(session, first, last)
        write_new_file(out, incidents_xlsx(rows) if suffix == ".xlsx" else incidents_csv(rows))
        print(t("report.incidents_written", rows=len(rows), path=out))

    run(args, secrets)


def cmd_mapping(args: argparse.Namespace, secrets: SecretSource) -> None:
    path = Path(args.import_file)
    data = read_bounded(path, MAX_BYTES, "report.mapping_unreadable")

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        mapping = import_mapping(session, data)
        print(t("report.mapping_imported", count=len(mapping.codes),
                data_set=mapping.data_set, org_unit=mapping.org_unit))

    run(args, secrets)


def register(report: Any, with_user: argparse.ArgumentParser) -> None:
    """Adds this module's subcommands to `isange report`."""
    p = report.add_parser("monthly", parents=[with_user],
                          help="(manager) a month's figures as a PDF, a CSV or DHIS2 JSON")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--format", required=True, choices=("pdf", "csv", "dhis2"))
    p.add_argument("--out", required=True, metavar="FILE",
                   help="the file to write; it must not exist yet")
    p.add_argument("--suppress-small", action="store_true",
                   help="show counts from 1 to 4 as <5, for sharing outside the center")
    p.set_defaults(run=cmd_monthly)
    p = report.add_parser("incident-recorder", parents=[with_user],
                          help="(manager) GBVIMS Incident Recorder rows, one per incident, "
                               "no names")
    p.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD",
                   help="first day of arrival (center time)")
    p.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD",
                   help="last day of arrival, included")
    p.add_argument("--out", required=True, metavar="FILE.csv|FILE.xlsx",
                   help="the file to write (.csv or .xlsx); it must not exist yet")
    p.set_defaults(run=cmd_incidents)
    p = report.add_parser("dhis2-mapping", parents=[with_user],
                          help="(manager, admin) import the DHIS2 codes of the monthly "
                               "figures (docs/dhis2-mapping.md)")
    p.add_argument("--import", dest="import_file", required=True, metavar="FILE",
                   help="the mapping CSV: indicator,dataElement,categoryOptionCombo")
    p.set_defaults(run=cmd_mapping)
