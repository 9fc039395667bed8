"""Shown when the data folder holds no vault yet: IT staff create it with the CLI for now.

Layout and fixed texts: ui/no_vault_window.ui.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QWidget

from isange_desktop.gui.designer_forms import child, load_ui


def _quote(text: str) -> str:
    return f'"{text}"' if sys.platform == "win32" else shlex.quote(text)


def init_command(data_dir: Path) -> str:
    return (f"isange init --data-dir {_quote(str(data_dir))} --center-code CODE "
            f"--center-name {_quote('Center name')} --admin LOGIN "
            f"--admin-name {_quote('Full name')}")


class NoVaultWindow(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        # Layout and fixed texts: ui/no_vault_window.ui (they re-translate themselves).
        load_ui("no_vault_window", self)
        self.explanation = child(self, QLabel, "explanation")
        self.command = child(self, QPlainTextEdit, "command")
        self.copy_button = child(self, QPushButton, "copy_button")
        self.close_button = child(self, QPushButton, "close_button")

        self.command.setPlainText(init_command(data_dir))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            self.command.toPlainText()))
        self.close_button.clicked.connect(self.close)
        self.retranslate()

    def retranslate(self) -> None:
        """The explanation names the folder, so it is filled in here rather than in the .ui
        (where a language change would bring the bare {folder} back)."""
        self.explanation.setText(self.tr(
            "Isange Desktop found no vault in the data folder:\n{folder}\n\n"
            "IT staff: create the vault and the first administrator with the command below, "
            "in a terminal on this computer, then start Isange Desktop again. It prints a "
            "recovery key once: print it and lock it away. (A setup wizard arrives in a later "
            "release.)").replace("{folder}", str(self._data_dir)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
