"""`isange case ...`, `isange tasks due` and `isange demo`: case work for scripts and IT."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from isange_desktop.cli_files import read_bounded
from isange_desktop.cli_session import t, with_session
from isange_desktop.domain.consent import ConsentBy, ConsentScope
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.roles import Role
from isange_desktop.errors import UsageError, ValidationError
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.case_consents import MAX_OVERRIDE_REASON_CHARS, record_consent
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case, search_cases
from isange_desktop.services.case_summaries import CaseSummary
from isange_desktop.services.demo_cases import (
    DEFAULT_SEED,
    MAX_CASES,
    PROGRESS_EVERY,
    Progress,
    add_track_work,
    closing_steps,
    generate_cases,
)
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.services.tasks import due_tasks

# An intake document is a few kilobytes; anything far larger is not one.
MAX_INTAKE_BYTES = 1024 * 1024


def _read_intake(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_INTAKE_BYTES:
            raise ValidationError("intake.bad_json", path=str(path))
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise ValidationError("intake.bad_json", path=str(path)) from None
    if not isinstance(data, dict):
        raise ValidationError("intake.bad_json", path=str(path))
    return data


def _row(s: CaseSummary) -> str:
    clock = "-"
    if s.urgent_clock is not None:
        hours = int(s.urgent_clock.remaining.total_seconds() // 3600)
        clock = f"{s.urgent_clock.kind.value} {hours}h left"
    tracks = ",".join(f"{k}:{v}" for k, v in sorted(s.tracks.items()))
    return "\t".join((s.number, s.initials, s.status, s.arrival_at, s.gbv_type or "-", clock,
                      tracks))


@with_session
def cmd_case_new(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    summary = create_case(session, _read_intake(Path(args.json)))
    print(summary.number)


@with_session
def cmd_case_show(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    view = open_case(session, args.number)
    if args.json:
        doc = {
            "number": view.summary.number, "status": view.summary.status,
            "name": view.full_name, "gbv_type": view.summary.gbv_type,
            "flags": list(view.summary.flags), "tracks": dict(view.summary.tracks),
            "forms": {f: {str(n): v for n, v in entries.items()}
                      for f, entries in view.forms.items()},
            "hidden": list(view.hidden), "consents": list(view.consents),
            "clocks": [{"kind": c.kind.value, "status": c.status.value,
                        "deadline": c.deadline.isoformat()} for c in view.clocks],
        }
        print(json.dumps(doc, indent=1, ensure_ascii=False, default=str))
        return
    print(_row(view.summary))
    if view.full_name:
        print(f"name\t{view.full_name}")
    for c in view.clocks:
        print(f"clock\t{c.kind.value}\t{c.status.value}\t{c.deadline.isoformat()}")
    for form_id in sorted(view.forms):
        print(f"form\t{form_id}\t{len(view.forms[form_id])}")
    for form_id in view.hidden:
        print(f"hidden\t{form_id}")


@with_session
def cmd_case_search(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    for s in search_cases(session, args.text):
        print(_row(s))


@dataclass(frozen=True)
class _ConsentInput:
    scope: ConsentScope
    given: bool
    by: ConsentBy
    override_reason: str | None


def _consent_input(args: argparse.Namespace) -> _ConsentInput:
    """The command's answers checked, and the reason file read, before any password is asked:
    a typo costs no login and leaves nothing in the vault."""
    try:
        scope = ConsentScope(args.scope.strip().lower())
    except ValueError:
        raise ValidationError("consent.scope_unknown", scope=args.scope[:40],
                              scopes=", ".join(ConsentScope)) from None
    given = {"yes": True, "no": False}.get(args.given.strip().lower())
    if given is None:
        raise ValidationError("consent.given_invalid")
    try:
        by = ConsentBy(args.by.strip().lower())
    except ValueError:
        raise ValidationError("consent.by_unknown", by=args.by[:40]) from None
    reason = None
    if args.override_reason_file is not None:
        # The reason may name the guardian or what happened: a file, never a command line,
        # where shell history and the process list would keep it.
        data = read_bounded(Path(args.override_reason_file), MAX_OVERRIDE_REASON_CHARS * 4,
                            "referral.file_unreadable")
        try:
            reason = data.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise ValidationError("referral.file_unreadable",
                                  path=args.override_reason_file) from None
    return _ConsentInput(scope, given, by, reason)


def cmd_case_consent(args: argparse.Namespace, secrets: SecretSource) -> None:
    wanted = _consent_input(args)

    @with_session
    def run(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
        done = record_consent(session, args.number, scope=wanted.scope, given=wanted.given,
                              by=wanted.by, destination=args.destination,
                              override_reason=wanted.override_reason)
        scope = t(f"consent.scope.{done.scope}")
        if done.destination is not None:
            scope = f"{scope}: {done.destination}"
        print(t("consent.recorded_given" if done.given else "consent.recorded_refused",
                number=done.case_number, scope=scope))
        # What the case's consents now allow: a child's own consent is kept but does not count.
        print(t(done.decision))
        if done.destination is not None and done.center_code is None:
            print(t("consent.destination_not_pinned", destination=done.destination))

    run(args, secrets)


@with_session
def cmd_tasks_due(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    for task in due_tasks(session):
        print(f"{task.task_id}\t{task.number}\t{task.initials}\t{task.kind.value}\t"
              f"{task.due.isoformat()}\t{task.state.value}")


@contextlib.contextmanager
def _logged_in(data_dir: Path, login_name: str, password: str) -> Iterator[UserSession]:
    session = login(data_dir, login_name, password)
    try:
        if session.must_change_password:
            raise ValidationError("password.must_change")
        yield session
    except BaseException:
        with contextlib.suppress(Exception):
            logout(session)
        raise
    logout(session)


def _progress(login_name: str) -> Progress:
    def report(phase: str, done: int, total: int) -> None:
        if total >= PROGRESS_EVERY:
            sys.stderr.write(f"isange: demo {login_name} {phase} {done}/{total}\n")
            sys.stderr.flush()
    return report


def cmd_demo(args: argparse.Namespace, secrets: SecretSource) -> None:
    """Synthetic cases: created by --user, then each --with-user adds the track work its
    roles allow. The vault admits one session at a time, so the users take turns."""
    if not args.user:
        raise UsageError("cli.user_required")
    others = [u for u in dict.fromkeys(args.with_user) if u.casefold() != args.user.casefold()]
    # Every password first (in the order of the options), and every extra account checked,
    # so a typo does not stop a long run half-way.
    logins = [args.user, *others]
    passwords = dict(zip(logins, (secrets.read(f"{t('prompt.password', login=name)} ")
                                  for name in logins), strict=True))
    roles: dict[str, frozenset[Role]] = {}
    for name in others:
        with _logged_in(args.data_dir, name, passwords[name]) as session:
            roles[name] = session.roles
    started = time.perf_counter()
    with _logged_in(args.data_dir, args.user, passwords[args.user]) as session:
        roles[args.user] = session.roles
        run = generate_cases(session, args.cases, seed=args.seed,
                             progress=_progress(args.user))
    for name in others:
        with _logged_in(args.data_dir, name, passwords[name]) as session:
            add_track_work(session, run, progress=_progress(name))
    # Closure once all the work is written: a request, then a manager's approval, by the first
    # user who may, logged in again if their pass came too early.
    for step in (Action.CASE_CLOSE_REQUEST, Action.CASE_CLOSE_APPROVE):
        who = next((n for n in logins if granting_role(roles[n], step)), None)
        if who is not None and step in closing_steps(run):
            with _logged_in(args.data_dir, who, passwords[who]) as session:
                add_track_work(session, run, progress=_progress(who))
    closed = sum(c.closure == "closed" for c in run.cases)
    print(f"cases\t{len(run.cases)}")
    print(f"first\t{run.numbers[0]}")
    print(f"last\t{run.numbers[-1]}")
    for key, count in sorted(run.saved.items()):
        if key.startswith("form."):
            print(f"form\t{key[5:]}\t{count}")
    print(f"tasks\tcompleted\t{run.saved['task.completed']}")
    print(f"closed\t{closed}")
    print(f"seconds\t{time.perf_counter() - started:.1f}")


def _case_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_CASES:
        raise argparse.ArgumentTypeError(f"--cases must be a whole number from 1 to {MAX_CASES}")
    return value


def register(sub: Any, with_user: argparse.ArgumentParser, parser_class: type) -> None:
    case = sub.add_parser("case", help="cases").add_subparsers(
        dest="case_command", required=True, parser_class=parser_class)
    p = case.add_parser("new", parents=[with_user], help="create a case from an intake JSON file")
    p.add_argument("--json", required=True, metavar="FILE")
    p.set_defaults(run=cmd_case_new)
    p = case.add_parser("show", parents=[with_user], help="a case as your role may see it")
    p.add_argument("number")
    p.add_argument("--json", action="store_true", help="print the case as JSON")
    p.set_defaults(run=cmd_case_show)
    p = case.add_parser("search", parents=[with_user],
                        help="by case number, phone or the start of a name")
    p.add_argument("text")
    p.set_defaults(run=cmd_case_search)
    p = case.add_parser("consent", parents=[with_user],
                        help="(nurse, psychosocial, manager) record a consent given, refused or "
                             "withdrawn after intake")
    p.add_argument("number")
    p.add_argument("--scope", required=True,
                   help=f"what it is for: {', '.join(ConsentScope)}")
    p.add_argument("--given", required=True, metavar="yes|no",
                   help="no records a refusal or a withdrawal")
    p.add_argument("--by", required=True, metavar="survivor|guardian",
                   help="who gave or refused it (under 16: the parent or guardian)")
    p.add_argument("--destination", metavar="CENTER",
                   help="for share_with_referral: the center's code or name")
    p.add_argument("--override-reason-file", metavar="FILE",
                   help="a child's own consent with a vital-interest override: a UTF-8 text "
                        "file with the reason")
    p.set_defaults(run=cmd_case_consent)
    tasks = sub.add_parser("tasks", help="follow-up tasks").add_subparsers(
        dest="tasks_command", required=True, parser_class=parser_class)
    p = tasks.add_parser("due", parents=[with_user], help="tasks due today or overdue")
    p.set_defaults(run=cmd_tasks_due)
    p = sub.add_parser(
        "demo", parents=[with_user],
        help="fill a training vault with synthetic cases (created by --user, a nurse or "
             "psychosocial officer)")
    p.add_argument("--cases", type=_case_count, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED,
                   help=f"the same seed gives the same cases (default {DEFAULT_SEED})")
    p.add_argument("--with-user", action="append", default=[], metavar="LOGIN",
                   help="another user who then does the track work their roles allow (e.g. "
                        "the psychosocial officer, the RIB investigator); repeatable, their "
                        "passwords follow --user's, one per line, in the same order")
    p.set_defaults(run=cmd_demo)
