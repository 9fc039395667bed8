"""The Cases, Due today and Shelter pages on a demo vault, driven as a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from isange_desktop.gui.case_list_model import NUMBER, CaseListModel
from isange_desktop.gui.cases_page import CasesPage
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.services.case_listing import CaseQuery, list_cases

from conftest import demo_fixtures

WAIT_MS = 30_000


demo_dir, nurse = demo_fixtures(cases=45)


def shown_numbers(model: CaseListModel) -> list[str]:
    return [model.index(r, NUMBER).data() for r in range(model.rowCount())]


def test_the_list_pages_in_as_the_view_scrolls(qtbot, nurse, runner):
    # Given the Cases page with pages of 10 rows
    page = CasesPage(nurse, runner, page_size=10)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    with qtbot.waitSignal(page.model.counted, timeout=WAIT_MS) as counted:
        page.load()
    assert counted.args == [45]
    # The first page (a tall view may at once ask for the next: timing decides)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 10 and not page.model.loading,
                    timeout=WAIT_MS)
    assert page.model.rowCount() % 10 == 0
    # When the person scrolls to the end, again and again
    for _ in range(6):
        page.table.scrollToBottom()
        qtbot.wait(1)  # let the view ask for more
        qtbot.waitUntil(lambda: not page.model.loading, timeout=WAIT_MS)
    # Then every case arrives once, newest first, as the service pages them
    expected = [r.number for r in list_cases(nurse, CaseQuery(), limit=100).rows]
    assert shown_numbers(page.model) == expected
    assert "45" in page.count_label.text()


def test_typing_a_name_narrows_the_list_and_enter_opens(qtbot, nurse, runner):
    page = CasesPage(nurse, runner)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT_MS):
        page.load()
    first = list_cases(nurse, CaseQuery(), limit=1).rows[0]
    # When the person types the start of that survivor's family name
    from isange_desktop.services.case_read import open_case

    family = (open_case(nurse, first.number).full_name or "").split()[-1]
    with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.search_field, family[:4])
    numbers = shown_numbers(page.model)
    expected = [r.number for r in list_cases(nurse, CaseQuery(text=family[:4])).rows]
    assert numbers == expected and first.number in numbers and len(numbers) < 45
    # And the initials, never the name, are in the list
    assert all(family not in str(page.model.index(r, c).data())
               for r in range(page.model.rowCount()) for c in range(page.model.columnCount()))
    # And Enter on the first row asks to open it
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(page.open_requested, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [numbers[0]]


def test_a_status_filter_and_a_bad_case_number(qtbot, nurse, runner):
    page = CasesPage(nurse, runner)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT_MS):
        page.load()
    with qtbot.waitSignal(page.model.page_loaded, timeout=WAIT_MS):
        page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    statuses = {page.model.index(r, 5).data() for r in range(page.model.rowCount())}
    assert statuses == {"Closed"}
    # A case number with a wrong check character: one clear message, no rows
    good = list_cases(nurse, CaseQuery(), limit=1).rows[0].number
    bad = good[:-1] + ("X" if good[-1] != "X" else "Y")
    with qtbot.waitSignal(page.model.failed, timeout=WAIT_MS):
        page.search_field.setText(bad)
    assert page.model.rowCount() == 0
    assert "check" in page.count_label.text().lower() or "number" in page.count_label.text()


def test_the_main_window_pages_for_a_nurse(qtbot, nurse, runner):
    window = MainWindow(nurse, runner)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.page_titles() == ["Cases", "Due today", "Shelter", "Referrals"]
    qtbot.waitUntil(lambda: window.cases_page.model.rowCount() > 0, timeout=WAIT_MS)
    with qtbot.waitSignal(window.due_page.loaded, timeout=WAIT_MS):
        window.show_page(window.due_page)
    with qtbot.waitSignal(window.shelter_page.loaded, timeout=WAIT_MS):
        window.show_page(window.shelter_page)
    assert "safe room" in window.shelter_page.summary.text()
    # Locking wipes every list
    window.discard()
    assert window.cases_page.model.rowCount() == 0
    assert window.due_page.table.rowCount() == 0
    assert window.shelter_page.staying.rowCount() == 0
