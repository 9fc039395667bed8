"""The main screens fit a 1280x720 logical screen (a 1080p laptop at Windows' default 150%
scaling; 1366x768 at 100% is wider still) in every language, with no sideways scrolling:
the window's minimum width fits, and the case list's columns end inside the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QTableView

import test_gui_case_pages
from isange_desktop.gui.languages import LANGUAGES, apply_language
from isange_desktop.gui.main_window import MainWindow
from test_gui_case_pages import WAIT_MS

demo_dir = test_gui_case_pages.demo_dir
nurse = test_gui_case_pages.nurse
SCREEN = (1280, 720)


def columns_width(table: QTableView) -> int:
    return sum(table.columnWidth(c) for c in range(table.model().columnCount()))


@pytest.mark.parametrize("language", [code for code, _name in LANGUAGES])
def test_the_case_list_and_a_case_fit_the_screen(qtbot, nurse, runner, language):
    app = QApplication.instance()
    apply_language(app, language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    try:
        window = MainWindow(nurse, runner)
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        page = window.cases_page
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
        QCoreApplication.processEvents()
        assert window.minimumSizeHint().width() <= SCREEN[0]
        assert window.width() == SCREEN[0]
        assert columns_width(page.table) <= page.table.viewport().width()
        window.open_case(page.model.number_at(0))
        qtbot.waitUntil(lambda: window.workspace.view is not None, timeout=WAIT_MS)
        QCoreApplication.processEvents()
        assert window.minimumSizeHint().width() <= SCREEN[0]
        window.new_case()
        wizard = window.intake
        assert wizard is not None
        wizard.resize(*SCREEN)
        assert wizard.minimumSizeHint().width() <= SCREEN[0]
        assert wizard.minimumSizeHint().height() <= SCREEN[1]
        wizard.discard()
    finally:
        apply_language(app, "en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
