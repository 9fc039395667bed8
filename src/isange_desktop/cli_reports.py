"""`isange report ...`: printed documents of one case (cli_report_case) and the center's
monthly figures and exports (cli_report_monthly)."""

from __future__ import annotations

import argparse
from typing import Any

from isange_desktop import cli_report_case, cli_report_monthly


def register(sub: Any, with_user: argparse.ArgumentParser, parser_class: type) -> None:
    report = sub.add_parser("report", help="printed case documents and monthly figures"
                            ).add_subparsers(dest="report_command", required=True,
                                             parser_class=parser_class)
    cli_report_case.register(report, with_user)
    cli_report_monthly.register(report, with_user)
