"""Recording a consent after intake in the desktop app, on two real centers that pinned each
other (tests/two_centers.py): from a case's Referrals tab when the survivor's consent for the
chosen center is missing, the export becomes possible; a child's own consent without an override
is kept but lets nothing go, the guardian's does; a refused save keeps what was typed; the
buttons are absent for a role that may not record consent."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt

from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.gui.consent_dialog import ConsentDialog
from isange_desktop.gui.referral_tab import ReferralTab
from isange_desktop.i18n.messages import translate
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.session import UserSession
from two_centers import HUYE, HUYE_NAME, NOW, Centers, as_, centers_fixtures, intake

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton
SHARE = translate("consent.scope.share_with_referral")

built, centers = centers_fixtures()


def new_case(centers: Centers, document: dict[str, Any] | None = None) -> str:
    """A Kacyiru case whose intake named no referral destination."""
    with as_(centers.kigali, "nurse") as nurse:
        return create_case(nurse, document or intake(), now=NOW).number


def child_intake(age: int = 14) -> dict[str, Any]:
    document = copy.deepcopy(intake())
    document["person"]["estimated_age_years"] = age
    document["person"] |= {"guardian_relationship": "mother", "guardian_name": "Mukamana Aline",
                           "guardian_suspected": False}
    return document


def idle(qtbot, runner) -> None:
    """Every vault call delivered: before a logout, and before reading the vault."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def workspace_of(qtbot, session: UserSession, runner, number: str) -> CaseWorkspace:
    workspace = CaseWorkspace(session, runner, number)
    qtbot.addWidget(workspace)
    workspace.resize(1366, 768)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
    return workspace


def preview_for(qtbot, workspace: CaseWorkspace, code: str) -> ReferralTab:
    tab = workspace.referral_tab
    assert tab is not None
    with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
        workspace.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.previewed, timeout=WAIT_MS):
        tab.choose_center(code)
    return tab


def open_dialog(qtbot, tab: ReferralTab) -> ConsentDialog:
    qtbot.mouseClick(tab.consent_button, LEFT)
    dialog = tab.consent_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    return dialog


def consent_rows(session: UserSession) -> list[tuple[Any, ...]]:
    with session.vault.dbapi() as conn:
        return conn.execute("SELECT scope, destination, given, given_by, recorded_by, "
                            "override_reason FROM consents ORDER BY id").fetchall()


def test_the_missing_consent_is_recorded_from_the_referrals_tab(qtbot, centers, runner,
                                                                tmp_path):
    number = new_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        before = consent_rows(nurse)
        # Given the nurse at Kacyiru choosing Huye on the case's Referrals tab
        workspace = workspace_of(qtbot, nurse, runner, number)
        tab = preview_for(qtbot, workspace, HUYE)
        tab.set_folder(tmp_path)
        # Then nothing can go, the tab says why, and offers to record the consent
        assert tab.preview_lines() == [
            "Nothing can go to Huye IOSC (HYE-01):",
            translate("referral.consent_missing", center=HUYE, name=HUYE_NAME)]
        assert tab.consent_button.isVisible()
        assert tab.consent_button.text() == "&Record the survivor's consent..."
        assert not tab.export_button.isEnabled()
        # When she opens the dialog: it is filled in for sharing with Huye
        dialog = open_dialog(qtbot, tab)
        assert dialog.scope.currentText() == SHARE
        assert dialog.destination.currentText() == "Huye IOSC (HYE-01)"
        assert dialog.destination_value() == HUYE
        assert dialog.age_note.text().startswith("Age today: 24.")
        # An adult consents for herself: no guardian to choose, no override to give
        assert dialog.by.isHidden() and dialog.reason.isHidden()
        assert dialog.verdict_text() == ""
        # And she records the survivor's consent by keyboard: "g" for Given, then Return
        qtbot.keyClicks(dialog.answer, "g")
        assert dialog.answer.currentText() == "Given"
        assert dialog.verdict_text() == "Allowed. Consent given by the survivor."
        with qtbot.waitSignal(tab.previewed, timeout=WAIT_MS):  # the preview runs again
            qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
        # Then the case can go to Huye, and the export is possible
        lines = tab.preview_lines()
        assert lines[0] == "What will go to Huye IOSC (HYE-01):"
        assert lines[-1] == "Consent: Consent given by the survivor."
        assert tab.block_label.text() == "" and tab.consent_button.isHidden()
        assert tab.export_button.isEnabled()
        assert tab.message.text() == (
            f"Recorded for case {number}: consent given ({SHARE}: {HUYE}).\n"
            "Consent given by the survivor.")
        # And one record was appended, by her, naming Huye by its code
        idle(qtbot, runner)
        assert consent_rows(nurse) == [*before, ("share_with_referral", HUYE, 1, "survivor",
                                                 "nurse", None)]
        workspace.discard()


def test_a_childs_own_consent_does_not_let_the_case_go_the_guardians_does(qtbot, centers,
                                                                          runner, tmp_path):
    number = new_case(centers, child_intake(14))
    with as_(centers.kigali, "nurse") as nurse:
        workspace = workspace_of(qtbot, nurse, runner, number)
        tab = preview_for(qtbot, workspace, HUYE)
        tab.set_folder(tmp_path)
        # Given the dialog for a 14-year-old: who consents is a choice, as at intake
        dialog = open_dialog(qtbot, tab)
        assert dialog.age_note.text().startswith("Age today: 14. Under 16,")
        assert not dialog.by.isHidden() and dialog.by.currentText() == "Survivor"
        # When the child's own consent is typed without an override reason
        qtbot.keyClicks(dialog.answer, "g")
        # Then the reason is asked for, and the domain's refusal shows as it is typed
        assert not dialog.reason.isHidden()
        assert dialog.verdict_text() == "Not allowed. " + translate("consent.guardian_needed")
        # And once saved, it is kept but lets nothing go
        with qtbot.waitSignal(tab.previewed, timeout=WAIT_MS):
            qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
        assert tab.preview_lines() == [
            "Nothing can go to Huye IOSC (HYE-01):",
            translate("referral.consent_guardian_needed", center=HUYE, name=HUYE_NAME)]
        assert not tab.export_button.isEnabled() and tab.consent_button.isVisible()
        assert tab.message.text().endswith(translate("consent.guardian_needed"))
        # When the mother's consent is recorded
        dialog = open_dialog(qtbot, tab)
        qtbot.keyClicks(dialog.answer, "g")
        qtbot.keyClicks(dialog.by, "p")
        assert dialog.by.currentText() == "Parent or guardian" and dialog.reason.isHidden()
        assert dialog.verdict_text() == "Allowed. Consent given by the parent or guardian."
        with qtbot.waitSignal(tab.previewed, timeout=WAIT_MS):
            qtbot.keyClick(dialog.answer, Qt.Key.Key_Return)
        # Then the case can go
        assert tab.preview_lines()[-1] == "Consent: Consent given by the parent or guardian."
        assert tab.export_button.isEnabled()
        idle(qtbot, runner)
        workspace.discard()


def test_a_refused_save_keeps_what_was_typed(qtbot, centers, runner):
    number = new_case(centers)
    with as_(centers.kigali, "psy") as psy:
        # Given the psychosocial officer on the case's Intake tab
        workspace = workspace_of(qtbot, psy, runner, number)
        intake_tab = workspace.intake_tab
        assert intake_tab is not None and not intake_tab.consent_button.isHidden()
        qtbot.mouseClick(intake_tab.consent_button, LEFT)
        dialog = workspace.consent_dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.destination.count() == 2, timeout=WAIT_MS)  # listed
        # When she chooses sharing, Given, and names no destination
        qtbot.keyClicks(dialog.scope, "share")
        assert dialog.scope.currentText() == SHARE
        qtbot.keyClicks(dialog.answer, "g")
        assert dialog.verdict_text() == "Error: " + translate("consent.destination_required")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
        qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=WAIT_MS)
        # Then the service's refusal is the one message, and everything typed is still there
        assert dialog.isVisible()
        assert dialog.error.text() == translate("consent.destination_required")
        assert dialog.scope.currentText() == SHARE and dialog.answer.currentText() == "Given"
        # When she types the start of a pinned center's name (the list completes it), and saves
        qtbot.keyClicks(dialog.destination, "Huye")
        assert dialog.destination.currentText() == "Huye IOSC (HYE-01)"
        assert dialog.destination_value() == HUYE
        with qtbot.waitSignal(workspace.loaded, timeout=WAIT_MS):  # the case is read again
            qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), LEFT)
        # Then the workspace says what was recorded
        assert workspace.message.text().startswith(
            f"Recorded for case {number}: consent given ({SHARE}: {HUYE}).")
        idle(qtbot, runner)
        workspace.discard()


def test_a_role_that_may_not_record_consent_has_no_button(qtbot, centers, runner):
    number = new_case(centers)
    with as_(centers.kigali, "rib") as rib:
        workspace = workspace_of(qtbot, rib, runner, number)
        assert workspace.referral_tab is None
        assert workspace.intake_tab is not None and workspace.intake_tab.consent_button.isHidden()
        idle(qtbot, runner)
        workspace.discard()
