"""Switching the language of the running app: every visible text follows (no English left when
Kinyarwanda is chosen), the choice is remembered for the user, and back again."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QListWidget,
    QTabWidget,
)

import test_gui_case_pages
from isange_desktop.gui.languages import apply_language
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.translations_tool import read_ts, ts_path
from isange_desktop.services import preferences
from test_gui_case_pages import WAIT_MS

demo_dir = test_gui_case_pages.demo_dir
nurse = test_gui_case_pages.nurse


def english_sources() -> set[str]:
    """Source texts that Kinyarwanda translates differently: seen in rw, they are untranslated."""
    _lang, entries = read_ts(ts_path("isange_rw"))
    found = set()
    for e in entries:
        if any(t != e.source for t in e.translations):
            found.add(e.source.replace("&", ""))
    return {s for s in found if re.search(r"[a-z]{3}", s)}  # words, not "kg" or "No."


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in [window, *window.findChildren(QLabel), *window.findChildren(QAbstractButton),
                   *window.findChildren(QGroupBox), *window.findChildren(QListWidget),
                   *window.findChildren(QTabWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text().replace("&", ""))
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i).replace("&", "") for i in range(widget.count())]
    return [t for t in texts if t]


def settle() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.processEvents()


def test_kinyarwanda_and_back_with_a_case_open(qtbot, nurse, runner):
    app = QApplication.instance()
    window = MainWindow(nurse, runner)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.cases_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    window.open_case(page.model.number_at(0))
    qtbot.waitUntil(lambda: window.workspace.view is not None, timeout=WAIT_MS)
    english = english_sources()
    before = visible_texts(window)
    assert "Cases" in before and any(t in english for t in before)
    try:
        # When the nurse picks Ikinyarwanda in the header
        chooser = window.language_chooser
        with qtbot.waitSignal(runner.busy_changed, timeout=WAIT_MS,
                              check_params_cb=lambda busy: not busy):
            chooser.setCurrentIndex(chooser.findData("rw"))
            chooser.activated.emit(chooser.currentIndex())
        settle()
        shown = visible_texts(window)
        # Then no English text that has a Kinyarwanda translation is left on screen
        assert not [t for t in shown if t in english], [t for t in shown if t in english]
        assert "Funga (Ctrl+L)" in shown  # the lock button, in Kinyarwanda
        # And the choice is remembered for this user in the vault
        assert preferences.get_language(nurse) == "rw"
        # And back to English
        chooser.setCurrentIndex(chooser.findData("en"))
        chooser.activated.emit(chooser.currentIndex())
        settle()
        assert "Cases" in visible_texts(window)
    finally:
        apply_language(app, "en")
        settle()
