"""`isange center ...`: this center's card and keys, and the centers it trusts.

A card or statement from outside is read and checked before anyone logs in, so a wrong file
costs no password and leaves nothing in the vault.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path
from typing import Any

from isange_desktop.cli_files import read_bounded
from isange_desktop.cli_session import open_session, t, with_session
from isange_desktop.domain.forms.rwanda import DISTRICT_CHOICES
from isange_desktop.errors import UsageError, ValidationError
from isange_desktop.secret_input import SecretSource
from isange_desktop.services import center_directory, center_keys
from isange_desktop.services.session import UserSession, logout
from isange_desktop.store.atomic_file import write_atomic
from isange_desktop.transfer.center_card import MAX_CARD_BYTES, CenterCard
from isange_desktop.transfer.key_change import MAX_STATEMENT_BYTES

_DISTRICT_NAMES = {c.value: c.label for c in DISTRICT_CHOICES}
# "yes" in the three languages of the prompt's readers.
_YES = frozenset({"yes", "oui", "yego"})


def _read_file(path: Path, limit: int) -> bytes:
    return read_bounded(path, limit, "center.file_unreadable")


def _check_folder(path: Path) -> None:
    # Checked before the change, so a card export or key rotation is not recorded (or done)
    # for a file that could never be written.
    if not path.parent.is_dir():
        raise ValidationError("center.folder_missing", path=str(path))


def _write_file(path: Path, data: bytes) -> None:
    try:
        write_atomic(path, data)
    except PermissionError:
        raise
    except OSError:
        raise ValidationError("center.file_unwritable", path=str(path)) from None


def _district(code: str | None) -> str:
    return "-" if code is None else _DISTRICT_NAMES.get(code, code)


def _print_card(card: CenterCard) -> None:
    print(f"code\t{card.code}")
    print(f"name\t{card.name}")
    print(f"district\t{_district(card.district)}")
    print(f"fingerprint\t{card.fingerprint}")


@with_session
def cmd_card(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    out = Path(args.out)
    _check_folder(out)
    card = center_keys.export_card(session)
    _write_file(out, card.data)
    print(t("center.card_written", path=out, fingerprint=card.fingerprint))


def cmd_show(args: argparse.Namespace, _: SecretSource) -> None:
    _print_card(center_directory.read_card(_read_file(Path(args.file), MAX_CARD_BYTES)))


def _confirmed_fingerprint(args: argparse.Namespace, card: CenterCard) -> str:
    if args.fingerprint:
        return str(args.fingerprint)
    if not sys.stdin.isatty():
        raise UsageError("center.confirm_needs_terminal")
    answer = input(f"{t('center.confirm_prompt')} ")
    if answer.strip().lower() not in _YES:
        raise ValidationError("center.not_confirmed")
    return card.fingerprint


def cmd_add(args: argparse.Namespace, secrets: SecretSource) -> None:
    data = _read_file(Path(args.file), MAX_CARD_BYTES)
    card = center_directory.read_card(data)
    _print_card(card)
    confirmed = _confirmed_fingerprint(args, card)
    session = open_session(args, secrets)
    try:
        pinned = center_directory.pin_center(session, data, confirmed)
    except BaseException:
        with contextlib.suppress(Exception):
            logout(session)
        raise
    logout(session)
    print(t("center.pinned_done", center=pinned.code, fingerprint=pinned.fingerprint))


@with_session
def cmd_list(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    centers = center_directory.list_centers(session)
    if not centers:
        print(t("center.none_pinned"))
    for c in centers:
        print("\t".join((c.code, c.name, _district(c.district), c.fingerprint,
                         c.pinned_at.isoformat(timespec="minutes"), c.pinned_by)))


@with_session
def cmd_remove(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    center_directory.remove_center(session, args.code)
    print(t("center.removed_done", center=args.code.strip().upper()))


@with_session
def cmd_rotate(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    out = Path(args.statement_out)
    _check_folder(out)
    rotation = center_keys.rotate_keys(session)
    _write_file(out, rotation.statement)
    print(t("center.rotated_done", fingerprint=rotation.new_fingerprint, path=out))


def cmd_apply(args: argparse.Namespace, secrets: SecretSource) -> None:
    data = _read_file(Path(args.file), MAX_STATEMENT_BYTES)
    center_directory.read_key_change(data)
    session = open_session(args, secrets)
    try:
        pinned = center_directory.apply_key_change(session, data)
    except BaseException:
        with contextlib.suppress(Exception):
            logout(session)
        raise
    logout(session)
    print(t("center.keys_changed_done", center=pinned.code, fingerprint=pinned.fingerprint))


def register(sub: Any, common: argparse.ArgumentParser, with_user: argparse.ArgumentParser,
             parser_class: type) -> None:
    center = sub.add_parser("center", help="center cards and the centers this one trusts"
                            ).add_subparsers(dest="center_command", required=True,
                                             parser_class=parser_class)
    p = center.add_parser("card", parents=[with_user], help="write this center's card")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=cmd_card)
    p = center.add_parser("show", parents=[common], help="show a card and its fingerprint")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_show)
    p = center.add_parser(
        "add", parents=[with_user],
        help="(admin, manager) pin a center's card after confirming its fingerprint")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--fingerprint", metavar="FP",
                   help="the fingerprint the center read to you (instead of typing yes)")
    p.set_defaults(run=cmd_add)
    p = center.add_parser("list", parents=[with_user], help="the pinned centers")
    p.set_defaults(run=cmd_list)
    p = center.add_parser("remove", parents=[with_user], help="(admin, manager) unpin a center")
    p.add_argument("code", metavar="CODE")
    p.set_defaults(run=cmd_remove)
    p = center.add_parser(
        "rotate-keys", parents=[with_user],
        help="(admin) new keys for this center, and the statement other centers apply")
    p.add_argument("--statement-out", required=True, metavar="FILE")
    p.set_defaults(run=cmd_rotate)
    p = center.add_parser(
        "apply-statement", parents=[with_user],
        help="(admin, manager) move a pinned center to its new keys")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=cmd_apply)
