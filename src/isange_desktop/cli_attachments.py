"""`isange case attach / attachments / export-attachment`: keep a scan or a photo with a case,
list a case's attachments, write one out to a file.

Files are read (bounded), and the export's target checked, before anyone logs in, so a wrong
path or a file that could never be kept costs no password and leaves nothing in the vault.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from isange_desktop.cli_session import t, with_session
from isange_desktop.domain.tracks import Track
from isange_desktop.errors import ValidationError
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.attachments import (
    add_attachment,
    export_attachment,
    list_attachments,
    read_attachment_file,
)
from isange_desktop.services.session import UserSession


def _attachment_id(text: str) -> int:
    if not text.isdecimal() or not 0 < int(text) < 2**63:
        raise ValidationError("attachment.bad_id", id=text)
    return int(text)


def _out_path(text: str) -> Path:
    path = Path(text)
    if not path.parent.is_dir():
        raise ValidationError("attachment.folder_missing", path=str(path.parent))
    if path.exists():
        raise ValidationError("attachment.file_exists", path=str(path))
    return path


def cmd_attach(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.content = read_attachment_file(Path(args.file))
    _attach(args, secrets)


@with_session
def _attach(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    added = add_attachment(session, args.number, args.content, file_name=Path(args.file).name,
                           track=args.track, form_id=args.form, entry_no=args.entry,
                           evidence=args.evidence)
    info = added.info
    print(t("attachment.added", id=info.id, case=info.case_number, type=info.media_type,
            size=info.size, hash=info.sha256))
    if added.metadata_removed:
        print(t("attachment.metadata_removed", count=added.metadata_removed))
    if info.evidence:
        print(t("attachment.evidence_sealed"))


@with_session
def cmd_list(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    shown = list_attachments(session, args.number)
    for a in shown:
        entry = f"{a.form_id}#{a.entry_no}" if a.form_id is not None else "-"
        # The file name last: it is the one free text, and may hold tabs of its own.
        print("\t".join((str(a.id), a.media_type, str(a.size), a.track or "intake", entry,
                         "evidence" if a.evidence else "-", a.added_by, a.added_at,
                         a.file_name)))
    if not shown:
        print(t("attachment.none"))


def cmd_export(args: argparse.Namespace, secrets: SecretSource) -> None:
    args.attachment_id = _attachment_id(args.id)
    args.out_path = _out_path(args.out)
    _export(args, secrets)


@with_session
def _export(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    info = export_attachment(session, args.attachment_id, args.out_path)
    print(t("attachment.exported_done", path=args.out_path, hash=info.sha256))


def _case_commands(sub: Any) -> Any:
    """The subcommands of `isange case` (cli_cases.py made them). argparse offers no public
    way back from a parser to its subcommands; its _actions list is where every version
    keeps them, and this keeps cli_cases.py untouched."""
    case_parser = sub.choices["case"]
    return next(a for a in case_parser._actions
                if isinstance(a, argparse._SubParsersAction))


def register(sub: Any, with_user: argparse.ArgumentParser) -> None:
    case = _case_commands(sub)
    p = case.add_parser("attach", parents=[with_user],
                        help="keep a PDF, JPEG, PNG or TIFF file with a case (a photo loses "
                             "its location and device data unless it is evidence)")
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--track", choices=[t.value for t in Track],
                   help="the track it belongs to (who may see it); none: the intake")
    p.add_argument("--form", metavar="FORM", help="the form entry it belongs to, e.g. medical")
    p.add_argument("--entry", type=int, metavar="N",
                   help="the entry of a repeating form (with --form)")
    p.add_argument("--evidence", action="store_true",
                   help="keep the file exactly as it is (hashed and sealed as evidence)")
    p.set_defaults(run=cmd_attach)
    p = case.add_parser("attachments", parents=[with_user],
                        help="a case's attachments that your role may see")
    p.add_argument("number", metavar="NUMBER")
    p.set_defaults(run=cmd_list)
    p = case.add_parser("export-attachment", parents=[with_user],
                        help="write an attachment to a file (an unencrypted copy: audited)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE", help="a new file (never replaced)")
    p.set_defaults(run=cmd_export)
