"""`isange bundle ...`: refer a case to another center, import a referral (and save its
receipt), record a receipt, list what was sent and received.

Files are read, and folders checked, before anyone logs in or anything changes, so a wrong
path costs no password and leaves nothing in the vault.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from isange_desktop.cli_files import read_bounded
from isange_desktop.cli_session import open_session, t, with_session
from isange_desktop.errors import AlreadyImported, ValidationError
from isange_desktop.i18n.messages import current_language
from isange_desktop.secret_input import SecretSource
from isange_desktop.services.referral_document import MAX_NOTE_CHARS
from isange_desktop.services.referral_export import (
    ReferralPreview,
    export_referral,
    preview_referral,
)
from isange_desktop.services.referral_import import import_referral
from isange_desktop.services.referral_lists import list_inbox, list_outbox
from isange_desktop.services.referral_receipts import import_receipt
from isange_desktop.services.session import UserSession, logout
from isange_desktop.store.atomic_file import write_atomic
from isange_desktop.transfer.bundle_limits import MAX_BUNDLE_BYTES


def _read_file(path: Path) -> bytes:
    return read_bounded(path, MAX_BUNDLE_BYTES, "referral.file_unreadable")


def _read_note(path: str | None) -> str:
    """The referral note from a file the user wrote: case details never go on a command line,
    where shell history and the process list would keep them."""
    if path is None:
        return ""
    data = read_bounded(Path(path), MAX_NOTE_CHARS * 4, "referral.file_unreadable")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationError("referral.file_unreadable", path=path) from None


def _folder(path: str | None) -> Path | None:
    if path is None:
        return None
    folder = Path(path)
    if not folder.is_dir():
        raise ValidationError("referral.folder_missing", path=str(folder))
    return folder


def _print_preview(preview: ReferralPreview) -> None:
    print(t("referral.preview_header", case=preview.case_number,
            center=preview.destination_code, name=preview.destination_name))
    for part in preview.forms:
        entry = f" #{part.entry_no}" if part.entry_no else ""
        print(f"  {part.form_id}{entry}\tr{part.revision}\t{part.at}")
    print(t("referral.preview_counts", revisions=preview.revisions,
            statuses=preview.status_changes, consents=preview.consents,
            follow_ups=preview.follow_ups))
    if preview.attachments:
        # Type, size and track only: the files' names are personal data.
        print(t("attachment.referral_preview", count=len(preview.attachments),
                size=sum(a.size for a in preview.attachments)))
        for a in preview.attachments:
            print(f"  {a.media_type}\t{a.size}\t{a.track or 'intake'}")


@with_session
def cmd_export(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    out_dir = _folder(args.out)
    assert out_dir is not None
    note = _read_note(args.note_file)
    _print_preview(preview_referral(session, args.case, args.to))
    # A consent that does not cover the referral is refused (and recorded) here.
    exported = export_referral(session, args.case, args.to, note, out_dir)
    print(t("referral.exported_done", path=exported.path,
            expires=exported.expires_at.date().isoformat()))


@contextlib.contextmanager
def _logged_in(args: argparse.Namespace, secrets: SecretSource) -> Iterator[UserSession]:
    session = open_session(args, secrets)
    try:
        yield session
    except BaseException:
        # The command's own error is the one to report, not a failure to log out after it.
        with contextlib.suppress(Exception):
            logout(session)
        raise
    logout(session)


def cmd_import(args: argparse.Namespace, secrets: SecretSource) -> None:
    data = _read_file(Path(args.file))
    receipt_dir = _folder(args.receipt_out)
    with _logged_in(args, secrets) as session:
        try:
            result = import_referral(session, data)
        except AlreadyImported as already:
            # The same file twice is no failure: nothing changed, and the user is told where
            # the case is.
            print(already.message(current_language()))
            return
    print(t("referral.imported_done", case=result.case_number, center=result.sender_code,
            number=result.sender_case_number))
    if receipt_dir is None:
        print(t("referral.receipt_not_saved"))
        return
    path = receipt_dir / result.receipt.file_name
    try:
        write_atomic(path, result.receipt.data)
    except OSError:
        raise ValidationError("referral.file_unwritable", path=str(path)) from None
    print(t("referral.receipt_written", path=path))


def cmd_receipt(args: argparse.Namespace, secrets: SecretSource) -> None:
    data = _read_file(Path(args.file))
    with _logged_in(args, secrets) as session:
        try:
            recorded = import_receipt(session, data)
        except AlreadyImported as already:
            print(already.message(current_language()))
            return
    print(t("referral.receipt_done", case=recorded.case_number,
            center=recorded.destination_code, number=recorded.receiver_case_number))


@with_session
def cmd_list(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    print(t("referral.outbox"))
    outbox = list_outbox(session)
    for o in outbox:
        print("\t".join((o.case_number, o.destination_code,
                         o.sent_at.isoformat(timespec="minutes"), o.state,
                         o.receipt_at.isoformat(timespec="minutes") if o.receipt_at else "-",
                         o.file_name)))
    if not outbox:
        print(t("referral.none"))
    print(t("referral.inbox"))
    inbox = list_inbox(session)
    for i in inbox:
        print("\t".join((i.case_number, i.sender_code, i.sender_case_number,
                         i.imported_at.isoformat(timespec="minutes"), i.imported_by)))
    if not inbox:
        print(t("referral.none"))


def register(sub: Any, with_user: argparse.ArgumentParser, parser_class: type) -> None:
    bundle = sub.add_parser("bundle", help="referrals to and from other centers"
                            ).add_subparsers(dest="bundle_command", required=True,
                                             parser_class=parser_class)
    p = bundle.add_parser("export", parents=[with_user],
                          help="(nurse, psychosocial, manager) refer a case to a pinned center")
    p.add_argument("case", metavar="CASE")
    p.add_argument("--to", required=True, metavar="CENTER", help="the pinned center's code")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the bundle file")
    p.add_argument("--note-file", metavar="FILE",
                   help="a UTF-8 text file with a note for the receiving center")
    p.set_defaults(run=cmd_export)
    p = bundle.add_parser("import", parents=[with_user],
                          help="import a referral as a new case and sign its receipt")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--receipt-out", metavar="DIR", help="folder for the receipt file")
    p.set_defaults(run=cmd_import)
    p = bundle.add_parser("receipt", parents=[with_user],
                          help="record the receipt of a referral this center sent")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_receipt)
    p = bundle.add_parser("list", parents=[with_user], help="referrals sent and received")
    p.set_defaults(run=cmd_list)
