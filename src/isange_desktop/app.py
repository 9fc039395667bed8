"""`isange-desktop`: the desktop app (also `python -m isange_desktop`).

This module wires things together: options, the data folder, the demo vault, the Qt
application. The windows live in ``gui``; what they may do lives in ``services``.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from isange_desktop.errors import VaultBusy, VaultError
from isange_desktop.gui.gui_thread_gc import collect_on_gui_thread
from isange_desktop.gui.languages import apply_language
from isange_desktop.gui.no_vault_window import NoVaultWindow
from isange_desktop.gui.shell import AppShell, show_fatal
from isange_desktop.i18n.messages import LANGUAGES, current_language
from isange_desktop.paths import APP_NAME, default_data_dir
from isange_desktop.store.process_lock import ProcessLock
from isange_desktop.store.vault_files import remove_vault_files, vault_exists

if TYPE_CHECKING:
    from isange_desktop.services.demo import DemoUser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="isange-desktop", description=APP_NAME)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="vault folder (default: the per-machine data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="a throw-away demo vault in a temporary folder, deleted on exit")
    parser.add_argument("--screenshot", type=Path, metavar="DIR", default=None,
                        help="with --demo: save the main screens as PNG files in DIR and exit")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a throw-away vault, print one line "
                             "per check and exit (non-zero when one fails)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.screenshot is not None and not args.demo:
        parser.error("--screenshot needs --demo (it logs in with the demo accounts)")
    if args.demo and args.data_dir is not None:
        parser.error("--demo uses its own temporary folder; leave out --data-dir")
    if args.self_test and (args.demo or args.data_dir is not None):
        parser.error("--self-test uses its own temporary folder; leave out --demo/--data-dir")
    if args.lang:
        os.environ["ISANGE_LANG"] = args.lang
    if args.self_test:
        from isange_desktop.gui.self_test_gui import run  # noqa: PLC0415

        return run(_application)
    if not args.demo:
        return _run(args.data_dir or default_data_dir(), demo=False, screenshot=None)
    # The demo's device secret lives in memory only: nothing of it reaches the OS
    # credential store, and the vault folder goes when the app ends.
    import keyring  # noqa: PLC0415  (only the demo needs it before a login)

    from isange_desktop.store.memory_keyring import MemoryKeyring  # noqa: PLC0415

    keyring.set_keyring(MemoryKeyring())
    # Qt aborts the process when no platform plugin loads: start it before the folder exists,
    # so such an abort leaves nothing behind.
    _application()
    demo_dir = Path(tempfile.mkdtemp(prefix="isange-demo-"))
    try:
        return _run(demo_dir, demo=True, screenshot=args.screenshot)
    finally:
        remove_vault_files(demo_dir)


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    collect_on_gui_thread(app)  # never on the runner's worker thread
    # The translators, the core's language and Rwandan conventions (day first, 24-hour
    # clock) in each of the three languages.
    apply_language(app, current_language())
    # Qt's event loop does not return to Python on its own; a short timer lets Ctrl+C in a
    # terminal, or a session ending (SIGTERM), end the app through the normal exit path
    # (which closes the vault and removes a demo folder).
    signal.signal(signal.SIGINT, lambda *_: QApplication.exit(130))
    signal.signal(signal.SIGTERM, lambda *_: QApplication.exit(143))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)
    return app


def _vault_busy(data_dir: Path) -> VaultBusy | None:
    """Another copy of the app holding this vault refuses this one at once."""
    lock = ProcessLock(data_dir)
    try:
        lock.acquire()
    except VaultBusy as exc:
        return exc
    except VaultError:
        return None  # an unwritable folder: the login says so in its own words
    lock.release()
    return None


def _run(data_dir: Path, *, demo: bool, screenshot: Path | None) -> int:
    app = _application()
    if not demo:
        if not vault_exists(data_dir):
            window = NoVaultWindow(data_dir)
            window.show()
            app.exec()
            return VaultError.exit_code
        busy = _vault_busy(data_dir)
        if busy is not None:
            show_fatal(busy)
            return busy.exit_code

    shell = AppShell(data_dir)
    shell.show()
    if demo:
        _prepare_demo(shell, data_dir, screenshot)
    try:
        return app.exec()
    finally:
        shell.shutdown()
        shell.dispose()


def _prepare_demo(shell: AppShell, data_dir: Path, screenshot: Path | None) -> None:
    from isange_desktop.gui.screenshots import ScreenshotTour  # noqa: PLC0415

    tour = ScreenshotTour(shell, screenshot) if screenshot is not None else None

    def ready(accounts: list[DemoUser]) -> None:
        shell.login_window.show_demo_users(accounts)
        if tour is not None:
            tour.start(accounts)

    def failed(exc: Exception) -> None:
        show_fatal(exc, interactive=tour is None)
        QApplication.exit(1)

    shell.login_window.set_preparing(
        lambda: QApplication.translate("App", "Preparing the demo vault..."))
    # Imported here: the demo and its case generator cost every start a noticeable import.
    from isange_desktop.services.demo import create_demo_vault  # noqa: PLC0415

    shell.runner.run(lambda: create_demo_vault(data_dir), on_finished=ready, on_failed=failed)
