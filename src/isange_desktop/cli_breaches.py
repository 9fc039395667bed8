"""`isange breach record | list | notified | reported | notice`: the center's breach register
(Law 058/2021): record a suspected breach, the notification of the NCSA (48 hours) and the
report (72 hours), list them with their deadlines, and write the notification draft.

Times are ISO 8601, with their offset (2026-11-20T12:30+00:00) or without one, read as Kigali
time (2026-11-20T14:30), which is what a person at the center reads off the wall clock. They
and the output file are checked before anyone logs in, so a typing slip costs no password.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from isange_desktop.cli_files import new_file_path
from isange_desktop.cli_session import t, with_session
from isange_desktop.domain.breach_deadlines import BreachKind, Step
from isange_desktop.domain.center_time import parse_center_moment
from isange_desktop.errors import ValidationError
from isange_desktop.i18n.messages import current_language
from isange_desktop.reports.breach_notice import kinds_text, state_text
from isange_desktop.reports.print_locale import long_datetime, short_datetime
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.breaches import (
    BreachInfo,
    breach_notice,
    list_breaches,
    record_breach,
    record_notified,
    record_reported,
)
from isange_desktop.services.session import UserSession
from isange_desktop.store.atomic_file import write_new_file
from isange_desktop.store.types import utcnow


def parse_moment(text: str) -> datetime:
    """An ISO 8601 moment; without an offset it is Kigali time (domain/center_time.py)."""
    return parse_center_moment(text, "breach.time_invalid")


def _breach_id(text: str) -> int:
    if not text.isdecimal() or not 0 < int(text) < 2**63:
        raise ValidationError("breach.bad_id", id=text)
    return int(text)


def cmd_record(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.found_moment = parse_moment(args.found)
    args.occurred_moment = parse_moment(args.occurred) if args.occurred else None
    if not args.all and not args.case:
        raise ValidationError("breach.scope_empty")
    _record(args, secrets)


@with_session
def _record(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    lang = current_language()
    info = record_breach(session, kind=args.kind, found_at=args.found_moment,
                         occurred_at=args.occurred_moment, description=args.description,
                         measures=args.measures, scope="all" if args.all else args.case)
    notify, report = info.deadlines(utcnow())
    print(t("breach.recorded", id=info.id, cases=info.affected_cases,
            kinds=kinds_text(info.data_kinds, lang),
            notify_by=long_datetime(notify.deadline, lang),
            report_by=long_datetime(report.deadline, lang)))


def _line(info: BreachInfo, now: datetime, lang: str) -> str:
    notify, report = info.deadlines(now)
    # The description last: the one free text, which may hold tabs of its own.
    return "\t".join((str(info.id), info.kind, short_datetime(info.found_at),
                      str(info.affected_cases), ",".join(info.data_kinds),
                      f"{Step.NOTIFIED.value}: {state_text(notify, lang)}",
                      f"{Step.REPORTED.value}: {state_text(report, lang)}",
                      " ".join(info.description.split())))


@with_session
def cmd_list(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    shown = list_breaches(session)
    now, lang = utcnow(), current_language()
    for info in shown:
        print(_line(info, now, lang))
    if not shown:
        print(t("breach.none"))


def _step_command(step: Step) -> Any:
    def command(args: argparse.Namespace, secrets: SecretSource) -> None:
        args.breach_id = _breach_id(args.id)
        args.at_moment = parse_moment(args.at) if args.at else None

        @with_session
        def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
            mark = record_notified if step is Step.NOTIFIED else record_reported
            info = mark(session, args.breach_id, at=args.at_moment)
            status = next(s for s in info.deadlines(utcnow()) if s.step is step)
            print(t(f"breach.{step.value}_done", id=info.id,
                    state=state_text(status, current_language())))

        run(args, secrets)
    return command


def cmd_notice(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.breach_id = _breach_id(args.id)
    out = new_file_path(args.out)
    lang = args.lang or current_language()

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        write_new_file(out, breach_notice(session, args.breach_id, lang))
        print(t("breach.notice_written", path=out))

    run(args, secrets)


def register(sub: Any, with_user: argparse.ArgumentParser) -> None:
    """Adds `isange breach` and its subcommands (the manager's or the admin's)."""
    # The same parser class as every other command's (cli.py's one-line errors): the
    # subparsers action keeps it, and this module cannot import cli.py, which imports it.
    breach = sub.add_parser(
        "breach", help="(manager, admin) the register of personal data breaches"
    ).add_subparsers(dest="breach_command", required=True, parser_class=sub._parser_class)
    p = breach.add_parser("record", parents=[with_user],
                          help="record a suspected breach: the 48 and 72 hour deadlines start "
                               "from --found")
    p.add_argument("--kind", required=True, choices=[k.value for k in BreachKind])
    p.add_argument("--found", required=True, metavar="TIME",
                   help="when it was found: 2026-11-20T14:30 (Kigali) or with an offset")
    p.add_argument("--occurred", metavar="TIME", help="when it happened, if known")
    p.add_argument("--description", required=True, metavar="TEXT",
                   help="what happened (no survivor's name)")
    p.add_argument("--measures", metavar="TEXT", help="what was done about it so far")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--all", action="store_true",
                       help="every case in the vault is affected (a lost laptop)")
    scope.add_argument("--case", action="append", metavar="NUMBER",
                       help="an affected case (repeatable)")
    p.set_defaults(run=cmd_record)
    p = breach.add_parser("list", parents=[with_user],
                          help="the register, with where each deadline stands")
    p.set_defaults(run=cmd_list)
    for step, text in ((Step.NOTIFIED, "the NCSA was notified (within 48 hours)"),
                       (Step.REPORTED, "the report was submitted (within 72 hours)")):
        p = breach.add_parser(step.value, parents=[with_user], help=f"record that {text}")
        p.add_argument("id", metavar="ID")
        p.add_argument("--at", metavar="TIME", help="when (default: now)")
        p.set_defaults(run=_step_command(step))
    p = breach.add_parser("notice", parents=[with_user],
                          help="write the notification draft (PDF, in --lang)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="a new file")
    p.set_defaults(run=cmd_notice)
