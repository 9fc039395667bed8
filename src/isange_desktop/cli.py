"""`isange`: the admin command line for IT staff and scripts.

Secrets come from a hidden prompt or, with --password-stdin, from standard input (the acting
user's password on the first line, a second secret on the next); never from arguments.
Exit 0 on success; on error one line on stderr and the error's exit code.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import sqlcipher3
from sqlalchemy.exc import IntegrityError

from isange_desktop import (
    cli_attachments,
    cli_breaches,
    cli_bundle,
    cli_cases,
    cli_center,
    cli_reports,
    cli_retention,
    cli_rights,
)
from isange_desktop.cli_session import t as _t
from isange_desktop.cli_session import with_session as _with_session
from isange_desktop.domain.roles import parse_roles
from isange_desktop.errors import IsangeError, UsageError, ValidationError
from isange_desktop.i18n.messages import current_language
from isange_desktop.paths import default_data_dir
from isange_desktop.secret_input import SecretSource
from isange_desktop.services import audit_log, settings, users, vault_admin
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.store import device_secret
from isange_desktop.store.engine import DATABASE_ERRORS

INTERNAL_ERROR_EXIT = 70
INTEGRITY_ERRORS = (sqlcipher3.IntegrityError, IntegrityError)


# -- commands -----------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, secrets: SecretSource) -> None:
    password = secrets.read(f"{_t('prompt.new_password', login=args.admin)} ", confirm=True)
    result = vault_admin.init_vault(
        args.data_dir, center_code=args.center_code, center_name=args.center_name,
        admin_login=args.admin, admin_name=args.admin_name or args.admin,
        admin_password=password, district=args.district,
    )
    print(_t("init.done", path=args.data_dir))
    print(_t("init.recovery_intro"))
    print()
    print(f"    {result.recovery_key}")
    print()


@_with_session
def cmd_user_add(session: UserSession, args: argparse.Namespace, secrets: SecretSource) -> None:
    try:
        roles = parse_roles(args.role)
    except ValueError as exc:
        raise ValidationError("user.role_unknown", role=str(exc)) from None
    temporary = secrets.read(f"{_t('prompt.temporary_password', login=args.login)} ",
                             confirm=True)
    info = users.add_user(session, args.login, args.name, roles, temporary)
    print(_t("user.added", login=info.login, roles=", ".join(info.roles)))


@_with_session
def cmd_user_list(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    for u in users.list_users(session):
        state = "active" if u.active else "inactive"
        flag = " (must change password)" if u.active and u.must_change_password else ""
        last = u.last_login_at.isoformat(timespec="minutes") if u.last_login_at else "-"
        print(f"{u.login}\t{u.display_name}\t{','.join(u.roles)}\t{state}{flag}\tlast login {last}")


@_with_session
def cmd_user_deactivate(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    users.deactivate_user(session, args.login)
    print(_t("user.deactivated", login=args.login))


def cmd_passwd(args: argparse.Namespace, secrets: SecretSource) -> None:
    if not args.user:
        raise UsageError("cli.user_required")
    old = secrets.read(f"{_t('prompt.password', login=args.user)} ")
    session = login(args.data_dir, args.user, old)
    try:
        new = secrets.read(f"{_t('prompt.new_password', login=session.login)} ", confirm=True)
        users.change_password(session, old, new)
        print(_t("passwd.done"))
    finally:
        logout(session)


@_with_session
def cmd_backup(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    report = vault_admin.backup(session, Path(args.out))
    print(_t("backup.done", path=report.path, size=report.size, sha256=report.sha256[:16]))


def cmd_restore(args: argparse.Namespace, secrets: SecretSource) -> None:
    text = secrets.read(f"{_t('prompt.recovery_key')} ")
    code = vault_admin.restore(Path(args.file), args.data_dir, text)
    print(_t("restore.done", path=args.data_dir, center=code))


def cmd_device_enroll(args: argparse.Namespace, secrets: SecretSource) -> None:
    if args.code:
        vault_admin.enroll_device_with_code(args.data_dir,
                                            secrets.read(f"{_t('prompt.enrollment_code')} "))
    else:
        vault_admin.enroll_device(args.data_dir, secrets.read(f"{_t('prompt.recovery_key')} "))
    print(_t("device.enrolled"))


@_with_session
def cmd_device_code(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    code = vault_admin.create_enrollment_code(session)
    print(_t("device.code_intro"))
    print()
    print(f"    {code}")
    print()


@_with_session
def cmd_audit_verify(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    report = audit_log.verify_log(session)
    if not report.ok:
        raise ValidationError(report.problem or "audit.event_altered", seq=report.broken_at)
    print(_t("audit.ok", events=report.events, checkpoints=report.checkpoints))


@_with_session
def cmd_audit_show(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    for e in reversed(audit_log.recent_events(session, args.limit)):
        obj = f"{e.object_type}:{e.object_id}" if e.object_id else (e.object_type or "-")
        print(f"{e.seq}\t{e.ts}\t{e.actor}\t{e.role}\t{e.action}\t{obj}\t{e.outcome}")


@_with_session
def cmd_check(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    r = vault_admin.check(session)
    lines = [
        ("cipher", f"SQLCipher {r.cipher_version}", True),
        ("cipher_integrity", "ok" if r.cipher_integrity else "FAILED", r.cipher_integrity),
        ("integrity", "ok" if r.integrity else "FAILED", r.integrity),
        ("schema", f"{r.schema_revision} ({'current' if r.schema_current else 'behind'})",
         r.schema_current),
        ("credential_store", r.credential_store, True),
        ("key_slots", f"{r.user_slots} user, recovery {'yes' if r.recovery_slot else 'NO'}",
         r.recovery_slot),
    ]
    for name, value, good in lines:
        print(f"{'ok ' if good else 'BAD'}  {name}: {value}")
    if not r.ok:
        raise IsangeError("vault.damaged")


@_with_session
def cmd_setting_set(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    settings.set_setting(session, args.key, args.value)
    print(f"{args.key} = {args.value}")


@_with_session
def cmd_setting_show(session: UserSession, args: argparse.Namespace, _: SecretSource) -> None:
    print(f"{args.key} = {settings.get_setting(session, args.key)}")


# -- parser -------------------------------------------------------------------------------------

def _positive_limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_t("cli.limit_invalid")) from None
    if not 1 <= value <= 10000:
        raise argparse.ArgumentTypeError(_t("cli.limit_invalid"))
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line and exit 2, like every other refusal (argparse would print usage first).
        sys.stderr.write(f"isange: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=None,
                        help="vault folder (default: the per-machine data folder)")
    common.add_argument("--lang", choices=("rw", "en", "fr"), help="language of messages")
    common.add_argument("--password-stdin", action="store_true",
                        help="read secrets from standard input, one per line")
    with_user = argparse.ArgumentParser(add_help=False, parents=[common])
    with_user.add_argument("--user", metavar="LOGIN", help="the acting user")

    parser = _Parser(prog="isange", description="Isange Desktop administration")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a throw-away vault (no vault needed)")
    # Not required by argparse so that --self-test can stand alone; main() asks for a command.
    sub = parser.add_subparsers(dest="command", required=False, parser_class=_Parser)

    p = sub.add_parser("init", parents=[common], help="create the vault and first admin")
    p.add_argument("--center-code", required=True)
    p.add_argument("--center-name", required=True)
    p.add_argument("--admin", required=True, metavar="LOGIN")
    p.add_argument("--admin-name", metavar="NAME")
    p.add_argument("--district", help="the center's district (e.g. Gasabo), shown on its card")
    p.set_defaults(run=cmd_init)

    user = sub.add_parser("user", help="staff accounts").add_subparsers(
        dest="user_command", required=True, parser_class=_Parser)
    p = user.add_parser("add", parents=[with_user], help="add a user (temporary password)")
    p.add_argument("login")
    p.add_argument("--name", required=True)
    p.add_argument("--role", action="append", required=True,
                   help="nurse, psychosocial, legal, manager or admin (repeatable)")
    p.set_defaults(run=cmd_user_add)
    p = user.add_parser("list", parents=[with_user], help="list users")
    p.set_defaults(run=cmd_user_list)
    p = user.add_parser("deactivate", parents=[with_user], help="deactivate a user")
    p.add_argument("login")
    p.set_defaults(run=cmd_user_deactivate)

    p = sub.add_parser("passwd", parents=[with_user], help="change your password")
    p.set_defaults(run=cmd_passwd)

    p = sub.add_parser("backup", parents=[with_user], help="write a verified backup file")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(run=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="restore a backup into an empty folder")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--recovery-key-stdin", dest="password_stdin", action="store_true",
                   help="read the recovery key from standard input")
    p.set_defaults(run=cmd_restore)

    device = sub.add_parser("device", help="this Windows account's enrollment").add_subparsers(
        dest="device_command", required=True, parser_class=_Parser)
    p = device.add_parser("enroll", parents=[common],
                          help="enroll this account with the recovery key or an admin's code")
    p.add_argument("--recovery-key-stdin", dest="password_stdin", action="store_true")
    p.add_argument("--code", action="store_true",
                   help="use a one-time enrollment code from an admin instead")
    p.set_defaults(run=cmd_device_enroll)
    p = device.add_parser("enroll-code", parents=[with_user],
                          help="(admin) issue a one-time code to enroll another account")
    p.set_defaults(run=cmd_device_code)

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", required=True, parser_class=_Parser)
    p = audit.add_parser("verify", parents=[with_user], help="recompute the hash chain")
    p.set_defaults(run=cmd_audit_verify)
    p = audit.add_parser("show", parents=[with_user], help="the newest events")
    p.add_argument("--limit", type=_positive_limit, default=50)
    p.set_defaults(run=cmd_audit_show)

    cli_cases.register(sub, with_user, _Parser)
    cli_center.register(sub, common, with_user, _Parser)
    cli_bundle.register(sub, with_user, _Parser)
    cli_reports.register(sub, with_user, _Parser)
    cli_attachments.register(sub, with_user)  # adds to `isange case`: after cli_cases
    cli_rights.register(sub, with_user)
    cli_breaches.register(sub, with_user)
    cli_retention.register(sub, with_user, _Parser)

    p = sub.add_parser("check", parents=[with_user], help="integrity and cipher checks")
    p.set_defaults(run=cmd_check)

    setting = sub.add_parser("setting", help="stored settings").add_subparsers(
        dest="setting_command", required=True, parser_class=_Parser)
    p = setting.add_parser("set", parents=[with_user])
    p.add_argument("key")
    p.add_argument("value", type=int)
    p.set_defaults(run=cmd_setting_set)
    p = setting.add_parser("show", parents=[with_user])
    p.add_argument("key")
    p.set_defaults(run=cmd_setting_show)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="isange: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        if args.command is not None:
            parser.error("--self-test takes no command")
        from isange_desktop import self_test  # noqa: PLC0415  (only this path needs it)

        return self_test.run()
    if args.command is None:
        parser.error("the following arguments are required: command")
    if args.lang:
        os.environ["ISANGE_LANG"] = args.lang
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    try:
        warning = device_secret.plain_file_warning()
        if warning:
            backend = warning.split(":", 1)[1]
            sys.stderr.write(f"isange: {_t('keyring.plain_file', backend=backend)}\n")
        args.run(args, SecretSource(args.password_stdin))
    except IsangeError as exc:
        sys.stderr.write(f"isange: {exc.message(current_language())}\n")
        return exc.exit_code
    except INTEGRITY_ERRORS:
        # A trigger or constraint refused the write: the vault is readable but not consistent.
        sys.stderr.write(f"isange: {_t('vault.change_refused')}\n")
        return IsangeError.exit_code + 4
    except DATABASE_ERRORS:
        # A page that fails its HMAC surfaces mid-query as a database error.
        sys.stderr.write(f"isange: {_t('vault.damaged')}\n")
        return IsangeError.exit_code + 4
    except PermissionError as exc:
        sys.stderr.write(f"isange: {_t('cli.access_denied', path=exc.filename or '?')}\n")
        return IsangeError.exit_code + 4
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the user gets one line; the details stay out of the terminal
        sys.stderr.write(f"isange: {_t('cli.internal_error', kind=type(exc).__name__)}\n")
        return INTERNAL_ERROR_EXIT
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
