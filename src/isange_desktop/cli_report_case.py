"""`isange report case NUMBER --out FILE.pdf`: print a case document to a PDF file.

The file is the user's explicit choice of where the decrypted document goes: it must not exist
yet (nothing is overwritten), it is written whole or not at all, readable by its owner only,
and its name is the user's (no case data is added to it). The document's language is
`--lang` (rw, en or fr; it also sets the language of this command's messages), whatever the
app's; an optional password comes from the first line of a file, never from an argument,
where the shell history and the process list would keep it.

Paths are checked and the password file read before anyone logs in, so a wrong path costs
no password and leaves nothing in the vault.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from isange_desktop.cli_files import new_file_path, read_bounded
from isange_desktop.cli_session import t, with_session
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import current_language
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.case_print import render_case_document
from isange_desktop.services.session import UserSession
from isange_desktop.store.atomic_file import write_new_file

KINDS = {"summary": "summary", "medico-legal": "medico_legal", "referral-slip": "referral_slip"}
MAX_PASSWORD_FILE = 4096


def _read_password(text: str | None) -> str | None:
    if text is None:
        return None
    data = read_bounded(Path(text), MAX_PASSWORD_FILE, "print.password_file_unreadable")
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise ValidationError("print.password_file_unreadable", path=text) from None
    if not lines or not lines[0].strip():
        raise ValidationError("print.password_empty")
    return lines[0]


def cmd_case(args: argparse.Namespace, secrets: SecretSource) -> None:
    out = new_file_path(args.out)
    password = _read_password(args.password_file)
    lang = args.lang or current_language()

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        data = render_case_document(session, args.number, KINDS[args.kind], lang,
                                    destination=args.to, password=password, purpose="save")
        write_new_file(out, data)
        print(t("print.written", path=out))

    run(args, secrets)


def register(report: Any, with_user: argparse.ArgumentParser) -> None:
    """Adds this module's subcommands to `isange report`."""
    p = report.add_parser("case", parents=[with_user],
                          help="(case staff) print a case document to a PDF file",
                          description="Print a case document to a new PDF file. --lang is "
                          "the document's language (and this command's).")
    p.add_argument("number", metavar="NUMBER", help="the case number")
    p.add_argument("--out", required=True, metavar="FILE.pdf",
                   help="the PDF to write; it must not exist yet")
    p.add_argument("--kind", choices=tuple(KINDS), default="summary",
                   help="summary (default), medico-legal or referral-slip")
    p.add_argument("--to", metavar="CENTER",
                   help="for a referral slip: the pinned center's code")
    p.add_argument("--password-file", metavar="FILE",
                   help="protect the PDF with the password on the file's first line")
    p.set_defaults(run=cmd_case)
