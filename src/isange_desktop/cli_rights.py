"""`isange case access-request / correction-request / correction-outcome / corrections`:
a survivor's rights under Law No 058/2021, for the center manager.

The access request's file is checked before anyone logs in (it must not exist, its folder
must), so a wrong path costs no password and leaves nothing in the vault; the document is
written whole or not at all. Dates and ids are checked before login for the same reason.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from isange_desktop.cli_attachments import _case_commands
from isange_desktop.cli_files import new_file_path
from isange_desktop.cli_session import t, with_session
from isange_desktop.domain.center_time import parse_center_moment
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import current_language
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.access_request import save_access_request
from isange_desktop.services.corrections import (
    OUTCOMES,
    list_correction_requests,
    record_correction_outcome,
    record_correction_request,
)
from isange_desktop.services.session import UserSession


def _received(text: str | None) -> datetime | None:
    """An ISO date or moment in center time unless it has an offset; a bare date is that
    day's start."""
    return None if text is None else parse_center_moment(text, "rights.received_invalid")


def _request_id(text: str) -> int:
    if not text.isdecimal() or not 0 < int(text) < 2**63:
        raise ValidationError("rights.bad_id", id=text)
    return int(text)


def cmd_access(args: argparse.Namespace, secrets: SecretSource) -> None:
    out = new_file_path(args.out)
    lang = args.lang or current_language()

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        save_access_request(session, args.number, lang, out)
        print(t("print.written", path=out))

    run(args, secrets)


def cmd_request(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.received_at = _received(args.received)
    _request(args, secrets)


@with_session
def _request(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    info = record_correction_request(session, args.number, received_at=args.received_at,
                                     what=args.what, requested=args.requested)
    print(t("rights.request_recorded", id=info.id, case=info.case_number))


def cmd_outcome(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.request_id = _request_id(args.id)
    _outcome(args, secrets)


@with_session
def _outcome(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    info = record_correction_outcome(session, args.request_id, outcome=args.outcome,
                                     note=args.note)
    print(t("rights.outcome_recorded", id=info.id,
            outcome=t(f"rights.outcome.{info.outcome}")))


@with_session
def cmd_list(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    shown = list_correction_requests(session, args.number)
    for c in shown:
        # The free texts last, tabs and line breaks flattened: one request, one line.
        texts = (" ".join(x.split()) for x in (c.what, c.requested, c.outcome_note or ""))
        print("\t".join((str(c.id), c.received_at, c.recorded_by, c.outcome or "pending",
                         c.outcome_at or "-", *texts)))
    if not shown:
        print(t("rights.no_requests"))


def register(sub: Any, with_user: argparse.ArgumentParser) -> None:
    """Adds this module's subcommands to `isange case` (after cli_cases made it)."""
    case = _case_commands(sub)
    p = case.add_parser("access-request", parents=[with_user],
                        help="(manager) print everything held about the person of a case "
                             "to a new PDF file (Law 058/2021 right of access; audited)")
    p.add_argument("number", metavar="NUMBER", help="a case number of the person")
    p.add_argument("--out", required=True, metavar="FILE.pdf",
                   help="the PDF to write; it must not exist yet")
    p.set_defaults(run=cmd_access)
    p = case.add_parser("correction-request", parents=[with_user],
                        help="(manager) record a survivor's request to correct their data")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--what", required=True, help="what on record the person says is wrong")
    p.add_argument("--requested", required=True, help="the correction asked for")
    p.add_argument("--received", metavar="WHEN",
                   help="when it was received (YYYY-MM-DD[THH:MM], center time); default now")
    p.set_defaults(run=cmd_request)
    p = case.add_parser("correction-outcome", parents=[with_user],
                        help="(manager) record what was done about a correction request "
                             "(once)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--outcome", required=True, choices=OUTCOMES)
    p.add_argument("--note", help="where it was corrected, or why it was refused "
                                  "(required for a refusal)")
    p.set_defaults(run=cmd_outcome)
    p = case.add_parser("corrections", parents=[with_user],
                        help="(manager) a case's correction requests and their outcomes")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(run=cmd_list)
