"""Shown when the data folder holds no vault yet: IT staff create it with the CLI for now."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _quote(text: str) -> str:
    return f'"{text}"' if sys.platform == "win32" else shlex.quote(text)


def init_command(data_dir: Path) -> str:
    return (f"isange init --data-dir {_quote(str(data_dir))} --center-code CODE "
            f"--center-name {_quote('Center name')} --admin LOGIN "
            f"--admin-name {_quote('Full name')}")


class NoVaultWindow(QWidget):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Isange Desktop - No vault yet"))
        title = QLabel(self.tr("No vault on this computer yet"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        text = QLabel(self.tr(
            "Isange Desktop found no vault in the data folder:\n{folder}\n\n"
            "IT staff: create the vault and the first administrator with the command below, "
            "in a terminal on this computer, then start Isange Desktop again. It prints a "
            "recovery key once: print it and lock it away. (A setup wizard arrives in a later "
            "release.)").replace("{folder}", str(data_dir)))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command = QPlainTextEdit(init_command(data_dir))
        self.command.setReadOnly(True)
        self.command.setAccessibleName(self.tr("Command that creates the vault"))
        self.command.setMaximumHeight(90)
        self.command.setStyleSheet("font-family: monospace;")
        copy = QPushButton(self.tr("&Copy command"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(
            self.command.toPlainText()))
        close = QPushButton(self.tr("C&lose"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.command)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.resize(760, 380)
