"""`isange case ...` and `isange tasks due`: case work for scripts and IT."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from isange_desktop.cli_session import with_session
from isange_desktop.errors import ValidationError
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case, search_cases
from isange_desktop.services.case_summaries import CaseSummary
from isange_desktop.services.session import UserSession
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


@with_session
def cmd_tasks_due(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    for task in due_tasks(session):
        row = asdict(task)
        print(f"{row['task_id']}\t{task.number}\t{task.initials}\t{task.kind.value}\t"
              f"{task.due.isoformat()}\t{task.state.value}")


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
    tasks = sub.add_parser("tasks", help="follow-up tasks").add_subparsers(
        dest="tasks_command", required=True, parser_class=parser_class)
    p = tasks.add_parser("due", parents=[with_user], help="tasks due today or overdue")
    p.set_defaults(run=cmd_tasks_due)
