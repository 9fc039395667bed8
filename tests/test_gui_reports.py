"""The Reports page on a real demo vault: the manager gets it and the nurse does not; the month's
figures are shown from memory (no file in the data folder or a temp folder) with the
service's totals; each saved file (CSV, DHIS2, PDF, Incident Recorder) holds what the services
render, and an existing file is refused with one message; a bad DHIS2 mapping file is refused
naming its line; the lock wipes what the page shows."""

from __future__ import annotations

import csv
import io
import json
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from isange_desktop.domain.monthly import Month
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.reports_page import ReportsPage, center_today, last_complete_month
from isange_desktop.i18n.messages import translate
from isange_desktop.reports.dhis2 import render_dhis2
from isange_desktop.reports.incident_recorder import render_csv as incidents_csv
from isange_desktop.reports.monthly_csv import render_csv
from isange_desktop.services.demo import DEMO_ADMIN, DEMO_STAFF
from isange_desktop.services.dhis2_mapping import current_mapping
from isange_desktop.services.incident_recorder import incident_rows
from isange_desktop.services.monthly_figures import monthly_figures
from isange_desktop.services.session import UserSession, login, logout
from isange_desktop.store.memory_keyring import MemoryKeyring

from conftest import demo_fixtures

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton
EXAMPLE_MAPPING = Path(__file__).resolve().parents[1] / "docs" / "dhis2-mapping-example.csv"

demo_dir, nurse = demo_fixtures(40)


def _session(demo_dir: tuple[Path, MemoryKeyring], login_name: str) -> Iterator[UserSession]:
    data_dir, store = demo_dir
    keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
    account = next(u for u in (DEMO_ADMIN, *DEMO_STAFF) if u.login == login_name)
    session = login(data_dir, account.login, account.password)
    yield session
    if session.vault.is_open:
        logout(session)


@pytest.fixture
def manager(demo_dir, memory_keyring) -> Iterator[UserSession]:
    yield from _session(demo_dir, "manager")


@pytest.fixture
def admin(demo_dir, memory_keyring) -> Iterator[UserSession]:
    yield from _session(demo_dir, DEMO_ADMIN.login)


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temp folder of Python and Qt for this test alone, so its listing means something
    while other processes use the shared one."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert Path(tempfile.gettempdir()) == folder
    return folder


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def idle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def reports_page(qtbot, session, runner) -> ReportsPage:
    page = ReportsPage(session, runner)
    qtbot.addWidget(page)
    page.resize(1160, 700)
    page.show()
    return page


def busiest_month(session: UserSession) -> tuple[Month, int]:
    """The month of the last twelve with the most arrivals, and how many."""
    month, found = last_complete_month(center_today()), []
    for _ in range(12):
        found.append((monthly_figures(session, month, output="screen").cases, month))
        month = Month(month.year - (month.month == 1), (month.month - 2) % 12 + 1)
    cases, best = max(found, key=lambda pair: (pair[0], pair[1]))
    return best, cases


def shown_text(page: ReportsPage) -> str:
    document = page.preview_document()
    assert document is not None
    return "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))


def in_brief(text: str) -> dict[str, str]:
    """The "In brief" table of the report as read back: label -> value."""
    found = {}
    for label in ("Cases this month", "Share given PEP within 72 hours", "Shelter admissions",
                  "Referrals sent", "Referrals received"):
        match = re.search(re.escape(label) + r"\s+(\S[^\n]*)", text)
        assert match, label
        found[label] = match.group(1).strip()
    return found


def audit_outputs(session: UserSession) -> list[str]:
    with session.vault.dbapi() as conn:
        rows = conn.execute("SELECT details FROM audit_events WHERE action = "
                            "'report.monthly_made' ORDER BY seq").fetchall()
    return [json.loads(r[0])["output"] for r in rows]


def test_the_manager_gets_the_reports_page_and_the_nurse_does_not(qtbot, demo_dir, runner,
                                                                  memory_keyring):
    # Given the manager's main window
    for login_name, titles in (
            ("manager", ["Cases", "Due today", "Shelter", "Referrals", "Reports",
                         "Administration", "Data protection"]),
            ("nurse", ["Cases", "Due today", "Shelter", "Referrals"])):
        for session in _session(demo_dir, login_name):
            window = MainWindow(session, runner)
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            # Then Reports comes before Administration for her, and is absent for the nurse
            assert window.page_titles() == titles
            page = window.reports_page
            assert (page is not None) == (login_name == "manager")
            assert window.pages.currentIndex() == 0  # nobody starts on Reports
            if page is not None:
                window.show_page(page)
                with qtbot.waitSignal(page.shown, timeout=WAIT_MS):
                    page.show_figures()
            idle(qtbot, runner)
            # When the screen locks, the figures go with the rest
            window.discard()
            assert page is None or page.preview_document() is None
    # And the administrator, who may only import the DHIS2 mapping, gets that part alone
    for session in _session(demo_dir, DEMO_ADMIN.login):
        page = reports_page(qtbot, session, runner)
        assert not page.mapping_box.isHidden()
        assert page.monthly_box.isHidden() and page.incidents_box.isHidden()
        assert page.preview_panel.isHidden()


def test_show_puts_the_service_figures_on_the_page_from_memory(qtbot, manager, runner,
                                                               private_tmp):
    # Given the manager's page, the month of the last twelve with the most arrivals, and what
    # the disk holds before
    month, cases = busiest_month(manager)
    assert cases > 0
    page = reports_page(qtbot, manager, runner)
    assert page.chosen_month() == last_complete_month(center_today())  # the default
    assert page.language.currentData() == "en"  # the screen's language by default
    assert page.suppress.isChecked() is False
    data_before = files_under(manager.vault.data_dir)
    outputs_before = audit_outputs(manager)
    # When she chooses the month and presses Show
    page.choose(month)
    with qtbot.waitSignal(page.shown, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(page.show_button, LEFT)
    # Then the report is on the page, audited as shown on the screen
    assert shown.args[0] > 0 and page.view.isVisible() and page.preview_hint.isHidden()
    assert page.error.isHidden() and page.message.text() == ""
    assert audit_outputs(manager)[len(outputs_before):] == ["screen"]
    # And its totals are the service's
    figures = monthly_figures(manager, month, output="screen")
    pep = figures.pep
    assert in_brief(shown_text(page)) == {
        "Cases this month": str(figures.cases),
        "Share given PEP within 72 hours": (
            f"{round(100 * pep.within_72h / pep.eligible, 1)}% ({pep.within_72h} / "
            f"{pep.eligible})" if pep.eligible else "– (0 / 0)"),
        "Shelter admissions": str(figures.shelter.admissions),
        "Referrals sent": str(figures.referrals.sent),
        "Referrals received": str(figures.referrals.received)}
    assert figures.cases == cases
    # And nothing was written to the vault's folder or a temp folder
    idle(qtbot, runner)
    assert files_under(manager.vault.data_dir) - data_before == set()
    assert files_under(private_tmp) == set()
    # When she asks for small counts hidden, the figures shown before go
    page.suppress.setChecked(True)
    assert page.preview_document() is None and page.view.isHidden()
    with qtbot.waitSignal(page.shown, timeout=WAIT_MS):
        page.show_figures()
    assert "<5" in shown_text(page) or figures.cases >= 5
    # When the screen locks, nothing of them stays
    page.discard()
    assert page.preview_document() is None and page.view.isHidden()
    assert page.message.text() == "" and page.error.isHidden()


def test_saved_files_hold_what_the_services_render(qtbot, manager, runner, tmp_path):
    page = reports_page(qtbot, manager, runner)
    month, _cases = busiest_month(manager)
    page.choose(month)
    out = tmp_path / "out"
    out.mkdir()
    # The file dialog offers a name with the month only and will not offer to replace a file
    page.choose_monthly_file("csv")
    chooser = page.file_dialog
    assert chooser is not None and chooser.isVisible()
    assert chooser.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert chooser.defaultSuffix() == "csv"
    assert Path(chooser.selectedFiles()[0]).name == f"monthly-figures-{month}.csv"
    chooser.reject()
    # When she saves the CSV, the file is the service's CSV, readable by its owner only
    target = out / "figures.csv"
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.save_monthly_to("csv", target)
    assert audit_outputs(manager)[-1] == "csv"
    figures = monthly_figures(manager, month, output="screen")
    assert target.read_bytes() == render_csv(figures, "en")
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert page.message.text() == translate("report.monthly_written", month=str(month),
                                            path=str(target))
    # And saving it again over the same file is refused with one message, the file unchanged
    before = target.read_bytes()
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS):
        page.save_monthly_to("csv", target)
    assert page.error.text() == translate("print.file_exists", path=str(target))
    assert page.error.isVisible() and page.message.text() == ""
    assert target.read_bytes() == before
    # The DHIS2 file needs a mapping: the page says where to import one, and writes nothing
    dhis2 = out / "dhis2.json"
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS):
        page.save_monthly_to("dhis2", dhis2)
    assert "Import a mapping file..." in page.error.text() and not dhis2.exists()
    # Once the example mapping is imported, what was stored is said
    with qtbot.waitSignal(page.mapping_imported, timeout=WAIT_MS) as imported:
        page.import_mapping_from(EXAMPLE_MAPPING)
    mapping = current_mapping(manager)
    assert imported.args == [len(mapping.codes)]
    assert page.message.text().startswith(f"DHIS2 mapping imported: {len(mapping.codes)} "
                                          "indicators")
    # Then the DHIS2 file is the service's dataValueSets document
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.save_monthly_to("dhis2", dhis2)
    assert audit_outputs(manager)[-1] == "dhis2"
    export = render_dhis2(monthly_figures(manager, month, output="screen"), mapping)
    assert dhis2.read_bytes() == export.data
    document = json.loads(dhis2.read_text(encoding="utf-8"))
    assert document["period"] == month.period and document["dataValues"]
    assert all(isinstance(v["value"], str) for v in document["dataValues"])
    # And the PDF, in French whatever the screen's language, has the report's heading
    pdf = out / "figures.pdf"
    page.choose(month, "fr")
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.save_monthly_to("pdf", pdf)
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Statistiques mensuelles" in text and "Dossiers du mois" in text
    assert "\ufffd" not in text
    assert audit_outputs(manager)[-1] == "pdf"
    # The Incident Recorder rows of the month, as XLSX and as CSV
    first, last = month.first_day, month.last_day
    page.first_day.setDate(QDate(first.year, first.month, first.day))
    page.last_day.setDate(QDate(last.year, last.month, last.day))
    rows = incident_rows(manager, first, last)
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.save_incidents_to("csv", out / "incidents.csv")
    assert (out / "incidents.csv").read_bytes() == incidents_csv(rows)
    assert len(list(csv.reader(io.StringIO(
        (out / "incidents.csv").read_text(encoding="utf-8-sig"))))) == len(rows) + 1
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.save_incidents_to("xlsx", out / "incidents.xlsx")
    sheet = load_workbook(out / "incidents.xlsx").active
    assert sheet is not None and sheet.max_row == len(rows) + 1
    assert page.message.text() == translate("report.incidents_written", rows=len(rows),
                                            path=str(out / "incidents.xlsx"))
    # Days in the wrong order are refused before any file is asked for
    dialog_before = page.file_dialog
    page.last_day.setDate(QDate(first.year, first.month, first.day).addDays(-1))
    page.choose_incidents_file("csv")
    assert page.error.text() == translate(
        "report.range_invalid", first=first.isoformat(),
        last=date.fromordinal(first.toordinal() - 1).isoformat())
    assert page.file_dialog is dialog_before
    # And nothing but the chosen files was written there (no temporary file left)
    assert sorted(p.name for p in out.iterdir()) == [
        "dhis2.json", "figures.csv", "figures.pdf", "incidents.csv", "incidents.xlsx"]
    idle(qtbot, runner)


def test_a_bad_mapping_file_is_refused_naming_its_line(qtbot, admin, runner, tmp_path):
    page = reports_page(qtbot, admin, runner)
    bad = tmp_path / "mapping.csv"
    bad.write_text("indicator,dataElement,categoryOptionCombo\n"
                   "data_set,gWKxPXcGWxR,\n"
                   "org_unit,DiszpKrYNg8,\n"
                   "cases.total,not-a-code,HllvX50cXC0\n", encoding="utf-8")
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS):
        page.import_mapping_from(bad)
    assert page.error.text() == translate("dhis2.bad_code", line=4, value="not-a-code")
    assert page.error.text().startswith("Line 4:") and page.message.text() == ""
    # A file that cannot be read says so
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS):
        page.import_mapping_from(tmp_path / "missing.csv")
    assert page.error.text() == translate("report.mapping_unreadable",
                                          path=str(tmp_path / "missing.csv"))
    idle(qtbot, runner)
