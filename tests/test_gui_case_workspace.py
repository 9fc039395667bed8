"""The case workspace on a real vault: the clocks in its header, a medical form with body-map
marks saved through the service, tabs absent for a role that may not see them, a name shown
only on request and audited."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.forms import format_datetime
from isange_desktop.domain.roles import Role
from isange_desktop.domain.tracks import Track
from isange_desktop.gui.case_history_tab import HistoryTab
from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.i18n.audit_words import action_words
from isange_desktop.i18n.messages import set_language
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case
from isange_desktop.services.users import add_user

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

WAIT_MS = 30_000
INTAKE = json.loads((Path(__file__).parent / "data" / "intake_adult.json").read_text())
STAFF = {"nurse": Role.NURSE, "psy": Role.PSYCHOSOCIAL, "rib": Role.LEGAL}


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


@pytest.fixture
def case_number(new_vault) -> str:
    """A case whose incident was 50 hours ago (to the minute, plus five)."""
    with logged_in(new_vault.data_dir, ADMIN, ADMIN_PASSWORD) as admin:
        for login_name, role in STAFF.items():
            add_user(admin, login_name, f"Staff {login_name}", frozenset({role}),
                     pw(login_name), must_change_password=False)
    now = datetime.now(UTC).replace(microsecond=0)
    intake = copy.deepcopy(INTAKE)
    incident = (now - timedelta(hours=50) + timedelta(minutes=5)).astimezone(CENTER_TZ)
    for estimated in ("incident_earliest", "incident_latest"):
        del intake["incident"][estimated]
    intake["incident"] |= {"incident_time_exact": True, "incident_at": format_datetime(incident),
                           "arrived_at": format_datetime((now - timedelta(hours=1))
                                                         .astimezone(CENTER_TZ))}
    for consent in intake["consents"]:
        consent["at"] = format_datetime((now - timedelta(minutes=30)).astimezone(CENTER_TZ))
    with logged_in(new_vault.data_dir, "nurse", pw("nurse")) as nurse:
        return create_case(nurse, intake).number


def open_workspace(qtbot, session, runner, number) -> CaseWorkspace:
    workspace = CaseWorkspace(session, runner, number)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 700)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
    return workspace


def test_the_header_shows_the_clocks_for_an_incident_50_hours_ago(qtbot, new_vault,
                                                                  case_number, runner):
    with logged_in(new_vault.data_dir, "nurse", pw("nurse")) as nurse:
        workspace = open_workspace(qtbot, nurse, runner, case_number)
        texts = workspace.header.clock_texts()
        # PEP and levonorgestrel close at 72 h: 22 hours left, in words (not colour alone)
        assert any(t.startswith("PEP: 22 hour") for t in texts), texts
        assert any(("ulipristal" in t and "70 hour" in t) or ("ulipristal" in t and "2 day" in t)
                   for t in texts), texts
        # The name is not shown until asked for; asking is audited
        assert workspace.header.survivor_label.text() == "M.C.N."
        with qtbot.waitSignal(runner.busy_changed, timeout=WAIT_MS,
                              check_params_cb=lambda busy: not busy):
            qtbot.mouseClick(workspace.header.reveal_button, Qt.MouseButton.LeftButton)
        assert workspace.header.survivor_label.text() == "Marie Claire Nyirabukeye"
        with nurse.vault.dbapi() as conn:
            actions = [r[0] for r in conn.execute(
                "SELECT action FROM audit_events WHERE object_id = ? ORDER BY seq",
                (case_number,))]
        assert "case.name_revealed" in actions and "case.viewed" in actions


def test_a_medical_form_with_two_body_map_marks_is_saved(qtbot, new_vault, case_number,
                                                         runner):
    with logged_in(new_vault.data_dir, "nurse", pw("nurse")) as nurse:
        workspace = open_workspace(qtbot, nurse, runner, case_number)
        tab = workspace.track_tabs[Track.MEDICAL]
        workspace.tabs.setCurrentWidget(tab)
        editor = tab.editor
        # Triage by keyboard: the two required choices
        for field_id, keys in (("triage_priority", "Urg"), ("arrival_condition", "Sta")):
            combo = editor.editor(field_id)
            combo.setFocus()
            qtbot.keyClicks(combo.focusProxy() or combo, keys)
        body_map = editor.editor("injuries")
        for x, y in ((0.45, 0.30), (0.55, 0.60)):
            point = body_map.canvas.widget_point(x, y).toPoint()
            qtbot.mouseClick(body_map.canvas, Qt.MouseButton.LeftButton, pos=point)
        assert [m["number"] for m in body_map.value()] == [1, 2]
        with qtbot.waitSignal(workspace.loaded, timeout=WAIT_MS):
            qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        stored = open_case(nurse, case_number).forms["medical"][0]
    assert stored["triage_priority"] == "urgent" and stored["arrival_condition"] == "stable"
    assert [(m["number"], m["view"]) for m in stored["injuries"]] == [(1, "front"), (2, "front")]
    assert not tab.is_dirty()


def test_a_refused_save_shows_the_reason_at_the_field_and_keeps_the_input(
        qtbot, new_vault, case_number, runner):
    with logged_in(new_vault.data_dir, "nurse", pw("nurse")) as nurse:
        workspace = open_workspace(qtbot, nurse, runner, case_number)
        tab = workspace.track_tabs[Track.MEDICAL]
        tab.editor.set_values({"triage_priority": "urgent", "temperature_c": 51})
        tab.editor.editor("triage_priority").changed.emit()  # as if typed
        with qtbot.waitSignal(runner.busy_changed, timeout=WAIT_MS,
                              check_params_cb=lambda busy: not busy):
            tab.save()
        assert tab.editor.error_text("arrival_condition")  # required, missing
        assert tab.editor.values()["triage_priority"] == "urgent"
        assert "medical" not in open_case(nurse, case_number).forms


def test_the_investigator_gets_no_psychosocial_tab(qtbot, new_vault, case_number, runner):
    with logged_in(new_vault.data_dir, "rib", pw("rib")) as rib:
        workspace = open_workspace(qtbot, rib, runner, case_number)
        titles = workspace.tab_titles()
    assert "Psychosocial" not in titles
    assert "Legal" in titles and "Intake" in titles
    assert Track.PSYCHOSOCIAL not in workspace.track_tabs


def test_the_tasks_tab_lists_the_follow_ups_pep_created(qtbot, new_vault, case_number, runner):
    from isange_desktop.services.case_forms import save_form
    from isange_desktop.services.tasks import case_tasks

    with logged_in(new_vault.data_dir, "nurse", pw("nurse")) as nurse:
        started = format_datetime(datetime.now(UTC).replace(microsecond=0).astimezone(CENTER_TZ))
        save_form(nurse, case_number, "medicine", {"kind": "pep", "given_at": started,
                                                   "product": "TDF/3TC/DTG",
                                                   "dose": "1 tablet daily, 28 days"})
        expected = case_tasks(nurse, case_number)
        assert expected  # PEP plans its adherence check, completion and HIV tests
        workspace = open_workspace(qtbot, nurse, runner, case_number)
        tab = workspace.tasks_tab
        qtbot.waitUntil(lambda: tab.table.rowCount() == len(expected), timeout=WAIT_MS)
        assert "Tasks" in workspace.tab_titles()
        assert tab.table.item(0, 0).text() == "PEP adherence check"


def test_the_history_tab_names_who_viewed_the_case_in_words(qtbot, new_vault, case_number,
                                                             runner):
    with logged_in(new_vault.data_dir, "nurse", pw("nurse")) as nurse:
        open_case(nurse, case_number)
        tab = HistoryTab(nurse, runner, case_number)
        qtbot.addWidget(tab)
        with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
            tab.reload()
        what = {tab.views.item(r, 2).text() for r in range(tab.views.rowCount())}
        assert action_words("case.viewed", "en") in what and "case.viewed" not in what
        # A language change re-shows the table in the new language (conftest resets it)
        set_language("fr")
        tab.retranslate()
        what = {tab.views.item(r, 2).text() for r in range(tab.views.rowCount())}
        assert action_words("case.viewed", "fr") in what
