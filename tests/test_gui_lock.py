"""Locking with a case open: no widget keeps the survivor's name, the vault is closed."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from isange_desktop.domain.roles import Role
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.shell import AppShell
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.users import add_user
from test_gui_login import log_in

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

WAIT_MS = 30_000
CANARY = "Canaryzimana"
INTAKE = json.loads((Path(__file__).parent / "data" / "intake_adult.json").read_text())


def every_text() -> list[str]:
    """Every string any live widget holds, shown or not (models included)."""
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        texts += [widget.windowTitle(), widget.toolTip(), widget.accessibleName(),
                  widget.accessibleDescription()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model hides it: one column
                columns = 1
            texts += [str(model.index(r, c).data()) for r in range(model.rowCount(root))
                      for c in range(columns)]
    return texts


@pytest.fixture
def canary_case(new_vault) -> str:
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse1", "Uwase Aline", frozenset({Role.NURSE}), "Nurse-pass-2026",
                 must_change_password=False)
    intake = copy.deepcopy(INTAKE)
    intake["person"]["family_name"] = CANARY
    with logged_in(new_vault.data_dir, "nurse1", "Nurse-pass-2026") as nurse:
        return create_case(nurse, intake).number


@pytest.fixture
def shell(qtbot, new_vault) -> Iterator[AppShell]:
    shell = AppShell(new_vault.data_dir)
    shell.show()
    yield shell
    shell.shutdown()
    shell.dispose()


def test_the_idle_lock_leaves_no_name_behind(qtbot, shell, canary_case):
    window = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    session = window.session
    # Given the case open with the name revealed and typed into the search too
    window.cases_page.search_field.setText(CANARY[:6])
    window.open_case(canary_case)
    workspace = window.workspace
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
    qtbot.mouseClick(workspace.header.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: CANARY in workspace.header.survivor_label.text(), timeout=WAIT_MS)
    assert any(CANARY in t for t in every_text())
    # When the idle timer fires
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        window.idle.idle.emit()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    # Then no widget holds the name, and the vault is closed (its key dropped)
    assert not any(CANARY in t for t in every_text())
    assert not session.vault.is_open
    assert shell.login_window.isVisible()


def test_an_unsaved_form_comes_back_after_the_lock_for_its_author(qtbot, shell, canary_case,
                                                                   new_vault):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse2", "Mutoni Grace", frozenset({Role.NURSE}), "Nurse2-pass-2026",
                 must_change_password=False)
    window = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    window.open_case(canary_case)
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.view is not None,
                    timeout=WAIT_MS)
    tab = window.workspace.track_tabs[Track.MEDICAL]
    findings = tab.editor.editor("examination_findings")
    findings.setFocus()
    qtbot.keyClicks(findings.focusProxy() or findings, "Canary bruise on the left forearm")
    assert tab.is_dirty()
    # The Lock button (Ctrl+L's action)
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        qtbot.mouseClick(window.lock_button, Qt.MouseButton.LeftButton)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert not any("Canary bruise" in t for t in every_text())
    # Another nurse logs in meanwhile: the draft is not hers
    other = log_in(qtbot, shell, "nurse2", "Nurse2-pass-2026")
    qtbot.wait(200)
    assert other.workspace is None
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        other.lock_requested.emit()
    # The first nurse logs in again and finds her text where she left it, not yet saved
    again = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    qtbot.waitUntil(lambda: again.workspace is not None and again.workspace.view is not None,
                    timeout=WAIT_MS)
    restored = again.workspace.track_tabs[Track.MEDICAL]
    qtbot.waitUntil(restored.is_dirty, timeout=WAIT_MS)
    assert restored.editor.values()["examination_findings"] == \
        "Canary bruise on the left forearm"
    assert again.workspace.tabs.currentWidget() is restored


def test_a_lock_during_intake_keeps_the_typing_for_its_author_alone(qtbot, shell, canary_case,
                                                                     new_vault):
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "nurse2", "Mutoni Grace", frozenset({Role.NURSE}), "Nurse2-pass-2026",
                 must_change_password=False)
    window = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    window.new_case()
    wizard = window.intake
    assert wizard is not None
    # Typing on every step: the search, the person, the incident, a consent, the first
    # classification answer, the trafficking screening opened, a track ticked off
    wizard.search_page.fields["given_names"].setText("Aline")
    wizard.person_page.editor.set_values({"family_name": CANARY + "wizard",
                                          "given_names": "Aline", "sex": "female",
                                          "estimated_age_years": 24})
    wizard.incident_page.same_event.setText("KGL-01-2026-00001-X")
    consent = wizard.consent_page.rows[next(iter(wizard.consent_page.rows))]
    consent.answer.set_value(True)
    wizard.classification_page.rows[0].answer.set_value(False)
    wizard.classification_page.screening.setChecked(True)
    next(iter(wizard.tracks_page.boxes.values())).toggle()
    wizard.go_to(4)  # the classification step
    before, document = wizard.draft_state(), wizard.intake()
    assert any(CANARY + "wizard" in t for t in every_text())
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        window.idle.idle.emit()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    # Locked: nothing typed is left in any widget
    assert not any(CANARY + "wizard" in t for t in every_text())
    assert window.intake is None
    # Another nurse in between gets no wizard
    other = log_in(qtbot, shell, "nurse2", "Nurse2-pass-2026")
    qtbot.wait(200)
    assert other.intake is None
    with qtbot.waitSignal(shell.locked, timeout=WAIT_MS):
        other.lock_requested.emit()
    # The nurse who typed it finds the wizard as she left it, on the same step
    again = log_in(qtbot, shell, "nurse1", "Nurse-pass-2026")
    qtbot.waitUntil(lambda: again.intake is not None, timeout=WAIT_MS)
    restored = again.intake
    qtbot.waitUntil(restored.search_page.is_current, timeout=WAIT_MS)
    assert restored.current() == 4
    assert restored.draft_state() == before
    assert restored.intake() == document
    assert restored.is_dirty()
    # What the vault's audit log says of it: which form, never what was typed
    with again.session.vault.dbapi() as conn:
        details = [r[0] for r in conn.execute(
            "SELECT details FROM audit_events WHERE object_type = 'draft' ORDER BY seq")]
    assert len(details) == 2 and all('"intake"' in d for d in details)
    assert not any(CANARY in d or "Aline" in d for d in details)
