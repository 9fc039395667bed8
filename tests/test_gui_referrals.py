"""Referrals in the desktop app, on two real centers that pinned each other (tests/two_centers.py):
a case sent from Kacyiru's Referrals tab, imported at Huye through the preview, its receipt
recorded back at Kacyiru; tabs and buttons absent for roles that may not use them; a tampered
bundle refused with one message and nothing changed; a card pinned only on its fingerprint."""

from __future__ import annotations

from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from attachment_files import plain_jpeg
from isange_desktop.gui.case_workspace import CaseWorkspace
from isange_desktop.gui.main_window import MainWindow
from isange_desktop.gui.referrals_page import ReferralsPage
from isange_desktop.i18n.messages import translate
from isange_desktop.services.attachments import add_attachment
from isange_desktop.services.center_directory import list_centers, lookup_center, read_card
from isange_desktop.services.center_keys import own_fingerprint
from isange_desktop.services.referral_export import export_referral
from isange_desktop.transfer.center_card import make_card
from two_centers import (
    HUYE,
    KIGALI,
    MUSANZE,
    as_,
    centers_fixtures,
    last_event,
    row_counts,
    worked_case,
)

WAIT_MS = 30_000
LEFT = Qt.MouseButton.LeftButton

built, centers = centers_fixtures()


def idle(qtbot, runner) -> None:
    """Every vault call delivered: before a logout, and before counting rows."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def main_window(qtbot, session, runner) -> MainWindow:
    window = MainWindow(session, runner)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.center_label.text() != "", timeout=WAIT_MS)
    return window


def referrals_page(qtbot, session, runner) -> ReferralsPage:
    page = ReferralsPage(session, runner)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_a_case_goes_to_huye_and_its_receipt_comes_back(qtbot, centers, runner, tmp_path):
    number = worked_case(centers, HUYE)
    stick = tmp_path / "stick"
    stick.mkdir()
    # Given the nurse at Kacyiru on the case's Referrals tab, a wound photographed
    with as_(centers.kigali, "nurse") as nurse:
        add_attachment(nurse, number, plain_jpeg(), file_name="Canary-wound.jpg",
                       track="medical")
        window = main_window(qtbot, nurse, runner)
        window.open_case(number)
        workspace = window.workspace
        assert workspace is not None
        qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
        tab = workspace.referral_tab
        assert tab is not None and "Referrals" in workspace.tab_titles()
        with qtbot.waitSignal(tab.loaded, timeout=WAIT_MS):
            workspace.tabs.setCurrentWidget(tab)
        assert tab.state_label.text() == "This case has not been referred."
        assert not tab.export_button.isEnabled()
        # When she chooses Musanze, which the survivor's consent does not name
        with qtbot.waitSignal(tab.previewed, timeout=WAIT_MS):
            tab.choose_center(MUSANZE)
        # Then nothing can go, and the tab says which consent is missing
        assert tab.preview_lines() == [
            "Nothing can go to Musanze IOSC (MUS-01):",
            translate("referral.consent_missing", center=MUSANZE, name="Musanze IOSC")]
        assert tab.parts_list.isHidden()
        tab.set_folder(stick)
        assert not tab.export_button.isEnabled()
        # When she chooses Huye, which it names
        with qtbot.waitSignal(tab.previewed, timeout=WAIT_MS):
            tab.choose_center(HUYE)
        # Then she sees exactly what will go, and may export it
        lines = tab.preview_lines()
        assert lines[0] == "What will go to Huye IOSC (HYE-01):"
        for part in ("Person", "Incident", "Medical", "Medicine (1)",
                     "Counselling session (1)", "Legal"):
            assert part in lines, lines
        assert lines[-1] == "Consent: Consent given by the survivor."
        # The photo too, by kind, size and track, never by its file name
        photo = [line for line in lines if line.startswith("Attachment: JPEG photo, ")]
        assert len(photo) == 1 and photo[0].endswith("(Medical)"), lines
        assert not any("Canary" in line for line in lines)
        assert tab.block_label.text() == ""
        qtbot.keyClicks(tab.note_edit, "Moved to her mother's in Huye; PEP day 2 of 28.")
        assert tab.export_button.isEnabled()
        with qtbot.waitSignal(workspace.loaded, timeout=WAIT_MS):  # the case reloads
            qtbot.mouseClick(tab.export_button, LEFT)
        # Then one bundle is on the stick, named without anything of the person
        bundles = list(stick.glob("*.isb"))
        assert len(bundles) == 1 and number not in bundles[0].name
        assert str(bundles[0]) in tab.message.text() and tab.note_edit.toPlainText() == ""
        # And the case shows it referred, awaiting its receipt
        qtbot.waitUntil(lambda: tab.referral_states() == ["awaiting_receipt"], timeout=WAIT_MS)
        assert tab.state_label.text() == "This case: Referred, awaiting receipt"
        assert workspace.header.details_label.text().startswith("Referred, awaiting receipt")
        page = window.referrals_page
        assert page is not None
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            window.show_page(page)
        assert page.outbox_states() == [(number, "awaiting_receipt")]
        assert page.outbox.item(0, 3).text() == "Referred, awaiting receipt"
        kigali_fingerprint = own_fingerprint(nurse)
        idle(qtbot, runner)
        window.discard()

    # Given the nurse at Huye, on the Referrals page
    receipts = tmp_path / "receipts"
    receipts.mkdir()
    with as_(centers.huye, "nurse") as nurse:
        window = main_window(qtbot, nurse, runner)
        page = window.referrals_page
        assert page is not None and not page.import_button.isHidden()
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            window.show_page(page)
        assert page.inbox_cases() == []
        # When she picks the bundle: every check runs, then the preview
        dialog = page.import_bundle(bundles[0])
        with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
            pass
        assert dialog.error.isHidden() and dialog.details_box.isVisible()
        assert dialog.from_value.text() == "Kacyiru IOSC (KGL-01)"
        assert kigali_fingerprint.replace("-", " ") in dialog.sender_value.text()
        assert dialog.their_case_value.text() == number
        assert "Medical" in dialog.parts_value.text().split("\n")[0].split(", ")
        assert "Attachment: JPEG photo, " in dialog.parts_value.text()
        assert dialog.consent_value.text() == "Consent given by the survivor."
        # When she imports it
        with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as imported:
            qtbot.mouseClick(dialog.import_button, LEFT)
        new_number = imported.args[0]
        assert new_number.startswith("HYE-01-")
        assert dialog.status.text().startswith(
            f"Imported as case {new_number} (referred from KGL-01, case {number}).")
        # Then she saves the receipt for Kacyiru and opens the new case
        with qtbot.waitSignal(dialog.receipt_saved, timeout=WAIT_MS) as saved:
            dialog.save_receipt(receipts)  # a folder: the receipt keeps its own name
        receipt = Path(saved.args[0])
        assert receipt.parent == receipts and receipt.is_file()
        assert str(receipt) in dialog.status.text()
        qtbot.waitUntil(lambda: page.inbox_cases() == [(KIGALI, number, new_number)],
                        timeout=WAIT_MS)
        qtbot.mouseClick(dialog.open_case_button, LEFT)
        opened = window.workspace
        assert opened is not None and opened.number == new_number
        qtbot.waitUntil(lambda: opened.view is not None, timeout=WAIT_MS)
        assert f"Referred from KGL-01, case {number}" in opened.header.details_label.text()
        # And the Referrals tab tells where it came from, with Kacyiru's note
        assert opened.referral_tab is not None
        origin = opened.referral_tab.origin_label.text()
        assert origin.startswith(f"Referred from Kacyiru IOSC (KGL-01), case {number}")
        assert "Their note: Moved to her mother's in Huye; PEP day 2 of 28." in origin
        idle(qtbot, runner)
        window.discard()

    # Given Kacyiru again: the receipt marks the referral received
    with as_(centers.kigali, "nurse") as nurse:
        page = referrals_page(qtbot, nurse, runner)
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
            page.refresh()
        with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):  # the lists read again after
            page.import_receipt_file(receipt)
        assert page.message.text() == (f"Receipt recorded: case {number} was received by "
                                       f"{HUYE} as case {new_number}.")
        assert page.outbox_states() == [(number, "received")]
        assert page.outbox.item(0, 3).text() == "Referred, received"
        assert page.outbox.item(0, 4).text() != "-"
        # The same receipt again changes nothing and says so
        with qtbot.waitSignal(page.receipt_done, timeout=WAIT_MS):
            page.import_receipt_file(receipt)
        assert page.message.text() == translate("referral.receipt_already_recorded")
        idle(qtbot, runner)


def test_tabs_and_buttons_are_absent_for_roles_that_may_not_use_them(qtbot, centers, runner):
    number = worked_case(centers, HUYE)
    # The RIB investigator lists referrals but neither sends nor imports one
    with as_(centers.kigali, "rib") as rib:
        workspace = CaseWorkspace(rib, runner, number)
        qtbot.addWidget(workspace)
        workspace.show()
        qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
        assert workspace.referral_tab is None and "Referrals" not in workspace.tab_titles()
        window = main_window(qtbot, rib, runner)
        assert "Referrals" in window.page_titles()
        page = window.referrals_page
        assert page is not None
        assert page.import_button.isHidden() and page.receipt_button.isHidden()
        assert not page.outbox_box.isHidden()
        idle(qtbot, runner)
        window.discard()
        workspace.discard()
    # The manager sends and imports
    with as_(centers.kigali, "manager") as manager:
        window = main_window(qtbot, manager, runner)
        assert window.page_titles()[:4] == ["Cases", "Due today", "Shelter", "Referrals"]
        page = window.referrals_page
        assert page is not None and not page.import_button.isHidden()
        window.open_case(number)
        workspace = window.workspace
        assert workspace is not None
        qtbot.waitUntil(lambda: workspace.view is not None, timeout=WAIT_MS)
        assert workspace.referral_tab is not None and "Referrals" in workspace.tab_titles()
        idle(qtbot, runner)
        window.discard()


def test_a_tampered_bundle_shows_the_refusal_and_changes_nothing(qtbot, centers, runner,
                                                                 tmp_path):
    number = worked_case(centers, HUYE)
    with as_(centers.kigali, "nurse") as nurse:
        exported = export_referral(nurse, number, HUYE, "", tmp_path)
    data = exported.path.read_bytes()
    middle = len(data) // 2
    exported.path.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1:])
    with as_(centers.huye, "nurse") as nurse:
        before = row_counts(nurse)
        page = referrals_page(qtbot, nurse, runner)
        # When the nurse picks the tampered file
        dialog = page.import_bundle(exported.path)
        with qtbot.waitSignal(dialog.checked, timeout=WAIT_MS):
            pass
        idle(qtbot, runner)
        # Then one message names the reason, and there is nothing to import
        action, outcome, details = last_event(nurse)
        assert (action, outcome, details["reason"]) == ("referral.refused", "refused",
                                                        "bundle.bad_signature")
        assert dialog.error.text() == translate("bundle.bad_signature")
        assert dialog.details_box.isHidden() and dialog.import_button.isHidden()
        assert dialog.close_button.text() == "Close"
        # And the vault holds what it held, but for the audit event of the refusal
        after = row_counts(nurse)
        assert after.pop("audit_events") == before.pop("audit_events") + 1
        assert after == before
        dialog.reject()


def _nyanza_card(path: Path) -> str:
    """A card of a center nobody pinned yet; returns its fingerprint."""
    data = make_card(Ed25519PrivateKey.generate(),
                     str(pyrage.x25519.Identity.generate().to_public()), code="NYA-01",
                     name="Nyanza IOSC", district="nyanza",
                     created_at="2026-11-01T08:00:00+00:00")
    path.write_bytes(data)
    return read_card(data).fingerprint


def test_pinning_a_card_needs_the_fingerprint_the_center_read(qtbot, centers, runner,
                                                              tmp_path, monkeypatch):
    card = tmp_path / "NYA-01.card"
    fingerprint = _nyanza_card(card)
    with as_(centers.kigali, "manager") as manager:
        page = referrals_page(qtbot, manager, runner)
        centers_dialog = page.open_centers()
        with qtbot.waitSignal(centers_dialog.loaded, timeout=WAIT_MS):
            pass
        assert centers_dialog.center_codes() == [HUYE, MUSANZE]
        assert centers_dialog.own_fingerprint.accessibleName() == own_fingerprint(manager)
        # When the manager opens Nyanza's card
        with qtbot.waitSignal(centers_dialog.pin_dialog_shown, timeout=WAIT_MS) as shown:
            centers_dialog.open_card(card)
        pin = shown.args[0]
        assert pin.name_value.text() == "Nyanza IOSC (NYA-01)"
        assert pin.district_value.text() == "Nyanza"
        groups = fingerprint.split("-")
        assert pin.fingerprint_value.text() == "  ".join(groups[:4]) + "\n" + "  ".join(
            groups[4:])
        assert not pin.pin_button.isEnabled()
        # And types a fingerprint with one group heard wrong
        wrong = "-".join([*groups[:7], "AAAA" if groups[7] != "AAAA" else "BBBB"])
        qtbot.keyClicks(pin.confirm_field, wrong.lower().replace("-", " "))
        assert pin.match_label.text().startswith("It does not match the card.")
        with qtbot.waitSignal(pin.refused, timeout=WAIT_MS):
            qtbot.mouseClick(pin.pin_button, LEFT)
        # Then the card is refused, the try recorded, and nothing pinned
        assert pin.error.text() == translate("center.fingerprint_mismatch")
        assert last_event(manager)[:2] == ("center.pin_refused", "refused")
        assert "NYA-01" not in [c.code for c in list_centers(manager)]
        # When the fingerprint is typed as it was read
        pin.confirm_field.clear()
        qtbot.keyClicks(pin.confirm_field, fingerprint)
        assert pin.match_label.text() == "It matches the card."
        with qtbot.waitSignal(centers_dialog.loaded, timeout=WAIT_MS):  # the list reads again
            qtbot.mouseClick(pin.pin_button, LEFT)
        # Then Nyanza is pinned with that fingerprint
        assert centers_dialog.center_codes() == [HUYE, MUSANZE, "NYA-01"]
        assert lookup_center(manager, "NYA-01").fingerprint == fingerprint
        assert centers_dialog.message.text() == translate(
            "center.pinned_done", center="NYA-01", fingerprint=fingerprint)
        # And removing it asks first, then it is gone
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *_a, **_k: QMessageBox.StandardButton.Yes)
        centers_dialog.table.selectRow(2)
        assert centers_dialog.remove_button.isEnabled()
        with qtbot.waitSignal(centers_dialog.loaded, timeout=WAIT_MS):
            qtbot.mouseClick(centers_dialog.remove_button, LEFT)
        assert centers_dialog.center_codes() == [HUYE, MUSANZE]
        idle(qtbot, runner)
    # A nurse sees the centers and saves this center's card, but pins and removes nothing
    with as_(centers.kigali, "nurse") as nurse:
        page = referrals_page(qtbot, nurse, runner)
        centers_dialog = page.open_centers()
        with qtbot.waitSignal(centers_dialog.loaded, timeout=WAIT_MS):
            pass
        assert centers_dialog.add_button.isHidden() and centers_dialog.remove_button.isHidden()
        own = tmp_path / "own.card"
        centers_dialog.save_card(own)
        idle(qtbot, runner)
        assert read_card(own.read_bytes()).fingerprint == own_fingerprint(nurse)
        assert str(own) in centers_dialog.message.text()
