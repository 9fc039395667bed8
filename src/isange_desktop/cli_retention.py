"""`isange retention list | archive | verify`: the closed cases kept past the center's period,
archiving them (then removing them from the vault), and reading an archive back.

The archive folder is checked before anyone logs in, so a wrong path costs no password.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from isange_desktop.cli_files import read_bounded
from isange_desktop.cli_session import t, with_session
from isange_desktop.errors import ValidationError
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.archive_reading import read_archive
from isange_desktop.services.retention import archive_and_remove, cases_past_retention
from isange_desktop.services.session import UserSession
from isange_desktop.transfer.bundle_limits import MAX_BUNDLE_BYTES


@with_session
def cmd_list(session: UserSession, _args: argparse.Namespace, _: SecretSource) -> None:
    listed = cases_past_retention(session)
    if not listed.cases:
        print(t("retention.none_due", years=listed.years))
        return
    print(t("retention.due_header", years=listed.years, count=len(listed.cases)))
    for case in listed.cases:
        print(f"{case.number}\t{case.status}\t{case.ended_at.date().isoformat()}\t"
              f"{case.due_since.date().isoformat()}\t{case.attachments}")


def cmd_archive(args: argparse.Namespace, secrets: SecretSource) -> None:
    if not Path(args.out).is_dir():
        raise ValidationError("retention.folder_missing", path=args.out)
    _archive(args, secrets)


@with_session
def _archive(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    run = archive_and_remove(session, args.numbers, Path(args.out), recipient_code=args.to)
    for case in run.cases:
        print(t("retention.archived", number=case.number, path=str(case.path),
                hash=case.sha256))


def cmd_verify(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.data = read_bounded(Path(args.file), MAX_BUNDLE_BYTES, "retention.not_an_archive")
    _verify(args, secrets)


@with_session
def _verify(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    summary = read_archive(session, args.data, args.file)
    print(t("retention.archive_ok", number=summary.case_number, sender=summary.sender_code,
            created=summary.created_at.isoformat(), revisions=summary.revisions,
            attachments=summary.attachments))


def register(sub: Any, with_user: argparse.ArgumentParser, parser_class: type) -> None:
    retention = sub.add_parser(
        "retention", help="(manager) closed cases past the retention period").add_subparsers(
        dest="retention_command", required=True, parser_class=parser_class)
    p = retention.add_parser("list", parents=[with_user],
                             help="ended cases kept longer than the center's period")
    p.set_defaults(run=cmd_list)
    p = retention.add_parser(
        "archive", parents=[with_user],
        help="write a verified, encrypted archive of each case, then remove it from the vault")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--out", required=True, metavar="FOLDER", help="where the archives go")
    p.add_argument("--to", metavar="CENTER",
                   help="a pinned national archive's code (default: this center)")
    p.set_defaults(run=cmd_archive)
    p = retention.add_parser("verify", parents=[with_user],
                             help="check an archive file and say which case it holds")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_verify)
