"""A survivor's rights under Law No 058/2021: the access request (everything held about the
person, printed by the manager from memory and audited) and correction requests (recorded
once, their outcome written once), through the services, the `isange case` commands and the
Rights tab.

Two real centers are made once per module (tests/two_centers.py): at Kacyiru a person with
two cases (one worked on every track, referred to Huye, with attachments and a correction
request) and another person with a case of her own; Huye imported the referral. Each test
works on its own copy of the vaults.
"""

from __future__ import annotations

import copy
import io
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from pypdf import PdfReader

from attachment_files import pdf as pdf_file
from attachment_files import phone_png
from isange_desktop.domain.case_numbers import format_case_number
from isange_desktop.domain.roles import Role
from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.i18n.audit_words import action_words, role_words
from isange_desktop.i18n.messages import translate
from isange_desktop.services import vault_admin
from isange_desktop.services.access_request import render_access_request, save_access_request
from isange_desktop.services.attachments import add_attachment
from isange_desktop.services.audit_log import verify_log
from isange_desktop.services.case_forms import save_form
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.corrections import (
    list_correction_requests,
    record_correction_outcome,
    record_correction_request,
)
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import import_referral
from isange_desktop.services.session import UserSession
from isange_desktop.services.users import add_user
from isange_desktop.store.memory_keyring import MemoryKeyring
from two_centers import (
    HUYE,
    INTAKE,
    KIGALI,
    NOW,
    Centers,
    as_,
    build_centers,
    intake,
    pw,
    row_counts,
    worked_case,
)

from conftest import ADMIN, ADMIN_PASSWORD, FLOOR, logged_in, with_own_store

OTHER_NAME = ("Josephine", "Uwimana")
OTHER_NOTE = "Josephine talks about her landlord."
EXAMINATION = "Bruise on the left forearm, healing."
SCAN, PHOTO, OTHER_SCAN = "referral-letter-police.pdf", "arm-photo.png", "josephine-letter.pdf"
WHAT = "The phone number is wrong."
ASKED = "Use 0788000111 instead."


def _build(root: Path) -> dict[str, Any]:
    centers = build_centers(root)
    first = worked_case(centers, HUYE)
    second_intake = intake()
    second_intake["same_person_as"] = first
    other = copy.deepcopy(INTAKE)
    other["person"]["given_names"], other["person"]["family_name"] = OTHER_NAME
    other["person"]["phone"] = "0722999888"
    with as_(centers.kigali, "nurse") as nurse:
        save_form(nurse, first, "medical", {"triage_priority": "routine",
                                            "arrival_condition": "stable",
                                            "examination_findings": EXAMINATION}, now=NOW)
        second = create_case(nurse, second_intake, now=NOW + timedelta(days=2)).number
        stranger = create_case(nurse, other, now=NOW).number
        add_attachment(nurse, first, pdf_file(), file_name=SCAN)
        add_attachment(nurse, second, phone_png(), file_name=PHOTO, track="medical")
        add_attachment(nurse, stranger, pdf_file(), file_name=OTHER_SCAN)
        bundle = export_referral(nurse, first, HUYE, "Moved to Huye.", root / "out")
    with as_(centers.kigali, "psy") as psy:
        save_form(psy, stranger, "counselling_session",
                  {"session_date": "2026-11-20", "duration_minutes": 30,
                   "session_type": "individual", "notes": OTHER_NOTE}, now=NOW)
    with as_(centers.kigali, "manager") as manager:
        record_correction_request(manager, first, what=WHAT, requested=ASKED,
                                  received_at=NOW, now=NOW + timedelta(hours=1))
    with logged_in(centers.huye, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "manager", "Staff manager", frozenset({Role.MANAGER}), pw("manager"),
                 must_change_password=False)
    with as_(centers.huye, "nurse") as nurse:
        imported = import_referral(nurse, bundle.path.read_bytes()).case_number
    return {"centers": centers, "first": first, "second": second, "stranger": stranger,
            "imported": imported}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], MemoryKeyring]:
    root = tmp_path_factory.mktemp("rights")
    (root / "out").mkdir()
    return with_own_store(lambda: _build(root))


@pytest.fixture
def world(built: tuple[dict[str, Any], MemoryKeyring], tmp_path: Path,
          memory_keyring: MemoryKeyring) -> dict[str, Any]:
    made, store = built
    keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
    pair: Centers = made["centers"]
    copies = Centers(shutil.copytree(pair.kigali, tmp_path / "kigali"),
                     shutil.copytree(pair.huye, tmp_path / "huye"))
    return {**made, "centers": copies, "kigali": copies.kigali}


def text_of(data: bytes) -> str:
    """All pages' text, white space made single spaces (a table cell wraps its words)."""
    return " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(data)).pages)


def last_event(session: UserSession) -> tuple[str, str, str | None, dict[str, Any]]:
    with session.vault.dbapi() as conn:
        action, outcome, object_id, details = conn.execute(
            "SELECT action, outcome, object_id, details FROM audit_events "
            "ORDER BY seq DESC LIMIT 1").fetchone()
    return action, outcome, object_id, json.loads(details)


# -- the access request ----------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "fr", "rw"])
def test_the_document_holds_everything_about_the_person_and_nothing_else(world, lang):
    with as_(world["kigali"], "manager") as manager:
        data = render_access_request(manager, world["second"], lang)
        action, outcome, object_id, details = last_event(manager)
        assert verify_log(manager).ok
    text = text_of(data)
    # The person, every case of hers, every track's values (the manager's screen would hide
    # the counselling notes and the medical findings)
    assert "Marie Claire Nyirabukeye" in text and "0788123456" in text
    assert world["first"] in text and world["second"] in text
    assert "She is safe at her sister's." in text and EXAMINATION in text
    assert "TDF/3TC/DTG" in text
    # Attachments by name (not their content), the referral, the correction request, the log
    assert SCAN in text and PHOTO in text
    assert "Huye IOSC" in text and "Moved to Huye." in text
    assert WHAT in text and ASKED in text
    assert translate("rights.outcome.pending", lang) in text
    assert translate("rights.title", lang) in text
    assert translate("print.confidential", lang) in text
    # Nothing of the other person
    for absent in (*OTHER_NAME, OTHER_NOTE, OTHER_SCAN, world["stranger"], "0722999888"):
        assert absent not in text
    # One audit event: the request, its cases and counts, no names
    assert (action, outcome, object_id) == ("case.access_request", "ok", world["second"])
    assert details["cases"] == [world["first"], world["second"]]
    assert details["attachments"] == 2 and details["referrals"] == 1
    assert details["corrections"] == 1 and details["forms"] > 5
    assert details["language"] == lang and details["purpose"] == "print"
    assert "Nyirabukeye" not in json.dumps(details)


def test_the_access_log_in_the_document_names_who_opened_the_case(world):
    with as_(world["kigali"], "manager") as manager:
        data = render_access_request(manager, world["first"], "en")
    text = text_of(data)
    assert translate("rights.section.accesses", "en") in text
    # The request itself is in the log it prints, in words, with the roles in words
    assert action_words("case.access_request", "en") in text
    assert action_words("case.form_saved", "en") in text
    assert role_words("nurse", "en") in text and role_words("manager", "en") in text
    assert "case.access_request" not in text and "case.form_saved" not in text
    assert "nurse" in text and "psy" in text  # the logins


def test_a_received_referral_shows_where_it_came_from(world):
    with as_(world["centers"].huye, "manager") as manager:
        text = text_of(render_access_request(manager, world["imported"], "en"))
    assert "Kacyiru IOSC" in text and translate("rights.referral.received", "en") in text
    assert "Marie Claire Nyirabukeye" in text


@pytest.mark.parametrize("login", ["nurse", "psy", "rib", ADMIN])
def test_only_the_manager_may_print_it_and_a_refusal_is_audited(world, login):
    password = ADMIN_PASSWORD if login == ADMIN else pw(login)
    with logged_in(world["kigali"], login, password) as user:
        before = row_counts(user)
        with pytest.raises(PermissionDenied):
            render_access_request(user, world["first"], "en")
        after = row_counts(user)
        action, outcome, object_id, _ = last_event(user)
    assert (action, outcome, object_id) == ("case.access_request", "denied", world["first"])
    assert after.pop("audit_events") == before.pop("audit_events") + 1 and after == before


def test_saving_writes_a_new_file_only(world, tmp_path):
    out = tmp_path / "held.pdf"
    with as_(world["kigali"], "manager") as manager:
        save_access_request(manager, world["first"], "fr", out)
        assert last_event(manager)[3]["purpose"] == "save"
        with pytest.raises(ValidationError) as caught:
            save_access_request(manager, world["first"], "fr", out)
        with pytest.raises(ValidationError):
            render_access_request(manager, world["first"], "de")
    assert caught.value.code == "print.file_exists"
    assert translate("rights.title", "fr") in text_of(out.read_bytes())
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["held.pdf"]


# -- correction requests ---------------------------------------------------------------------

def _code(call: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.code


def test_bad_requests_write_nothing(world):
    first = world["first"]
    unknown = format_case_number(KIGALI, 2026, 999)
    later = datetime.now(UTC) + timedelta(hours=2)
    with as_(world["kigali"], "manager") as m:
        before = row_counts(m)
        codes = [
            _code(lambda: record_correction_request(m, first, what=" ", requested=ASKED)),
            _code(lambda: record_correction_request(m, first, what=WHAT, requested="")),
            _code(lambda: record_correction_request(m, first, what=WHAT, requested="x" * 5000)),
            _code(lambda: record_correction_request(m, first, what=WHAT, requested=ASKED,
                                                    received_at=later)),
            _code(lambda: record_correction_request(m, unknown, what=WHAT, requested=ASKED)),
            _code(lambda: record_correction_outcome(m, 1, outcome="deleted")),
            _code(lambda: record_correction_outcome(m, 1, outcome="refused", note=" ")),
            _code(lambda: record_correction_outcome(m, 999, outcome="corrected")),
        ]
        assert row_counts(m) == before
    assert codes == ["rights.what_required", "rights.requested_required",
                     "rights.text_too_long", "rights.received_in_future", "case.not_found",
                     "rights.outcome_unknown", "rights.refusal_reason_required",
                     "rights.request_not_found"]
    for code in codes:
        assert translate(code, "fr") != code


def test_a_request_is_recorded_and_its_outcome_written_once(world):
    first = world["first"]
    with as_(world["kigali"], "manager") as m:
        info = record_correction_request(m, first, what=WHAT, requested=ASKED,
                                         received_at=datetime(2026, 11, 21, 9, 0))
        assert info.received_at == "2026-11-21T09:00:00+02:00"  # typed in center time
        assert last_event(m)[:3] == ("case.correction_requested", "ok", first)
        assert last_event(m)[3] == {"request": info.id}
        done = record_correction_outcome(m, info.id, outcome="corrected",
                                         note="Phone corrected in the person form.")
        assert (done.outcome, done.outcome_by) == ("corrected", "manager")
        assert last_event(m)[3] == {"request": info.id, "outcome": "corrected"}
        before = row_counts(m)
        assert _code(lambda: record_correction_outcome(
            m, info.id, outcome="refused", note="No.")) == "rights.outcome_already"
        assert row_counts(m) == before
        listed = list_correction_requests(m, first)
        assert [(c.what, c.outcome) for c in listed] == [(WHAT, None), (WHAT, "corrected")]
        # The database itself refuses a second outcome, whatever the code above it does
        with m.vault.dbapi() as conn, pytest.raises(Exception, match="cannot be changed"):
            conn.execute("UPDATE correction_requests SET outcome = 'refused' WHERE id = ?",
                         (info.id,))
        assert verify_log(m).ok


@pytest.mark.parametrize("login", ["nurse", ADMIN])
def test_only_the_manager_records_corrections(world, login):
    password = ADMIN_PASSWORD if login == ADMIN else pw(login)
    with logged_in(world["kigali"], login, password) as user:
        for call in (lambda: record_correction_request(user, world["first"], what=WHAT,
                                                       requested=ASKED),
                     lambda: record_correction_outcome(user, 1, outcome="corrected"),
                     lambda: list_correction_requests(user, world["first"])):
            with pytest.raises(PermissionDenied):
                call()
            assert last_event(user)[1] == "denied"


# -- the commands ----------------------------------------------------------------------------

def test_the_commands(cli, tmp_path):
    # Given a vault made here with the plain-file credential store the commands use
    store = PlaintextKeyring()
    store.file_path = str(Path(cli.env["XDG_DATA_HOME"]) / "python_keyring" / store.filename)
    keyring.set_keyring(store)  # the autouse memory_keyring fixture restores the old one
    data = tmp_path / "vault"
    vault_admin.init_vault(data, center_code=KIGALI, center_name="Kacyiru IOSC",
                           admin_login=ADMIN, admin_name="Admin",
                           admin_password=ADMIN_PASSWORD, kdf=FLOOR)
    with logged_in(data, ADMIN, ADMIN_PASSWORD) as admin:
        for login, role in (("manager", Role.MANAGER), ("nurse", Role.NURSE)):
            add_user(admin, login, login, frozenset({role}), pw(login),
                     must_change_password=False)
    with logged_in(data, "nurse", pw("nurse")) as nurse:
        number = create_case(nurse, intake(), now=NOW).number

    def isange(*args: str, user: str = "manager") -> Any:
        return cli("case", *args, "--data-dir", str(data), "--user", user,
                   "--password-stdin", stdin=f"{pw(user)}\n")

    # When the manager records a request, lists it, records its outcome and prints
    r = isange("correction-request", number, "--what", WHAT, "--requested", ASKED,
               "--received", "2026-11-21T09:00")
    assert r.returncode == 0, r.stderr
    assert "no. 1 recorded" in r.stdout
    r = isange("corrections", number)
    assert r.returncode == 0 and "1\t2026-11-21T09:00:00+02:00\tmanager\tpending" in r.stdout
    assert WHAT in r.stdout
    r = isange("correction-outcome", "1", "--outcome", "refused")
    assert r.returncode == 2 and "reason" in r.stderr
    r = isange("correction-outcome", "1", "--outcome", "refused", "--note", "It is right.")
    assert r.returncode == 0 and "Refused" in r.stdout
    r = isange("correction-outcome", "1", "--outcome", "corrected")
    assert r.returncode == 2 and "already" in r.stderr
    out = tmp_path / "held.pdf"
    r = isange("access-request", number, "--out", str(out), "--lang", "fr")
    assert r.returncode == 0, r.stderr
    text = text_of(out.read_bytes())
    assert "Marie Claire Nyirabukeye" in text and "It is right." in text
    assert translate("rights.title", "fr") in text
    # Then the nurse is refused, and a file that exists is never touched
    r = isange("access-request", number, "--out", str(tmp_path / "n.pdf"), user="nurse")
    assert r.returncode == 4 and not (tmp_path / "n.pdf").exists()
    r = isange("access-request", number, "--out", str(out))
    assert r.returncode == 2 and "exist" in r.stderr
    r = isange("correction-request", number, "--what", WHAT, "--requested", ASKED,
               "--received", "yesterday")
    assert r.returncode == 2 and "YYYY-MM-DD" in r.stderr


# -- the Rights tab --------------------------------------------------------------------------

def test_the_tab_records_a_request_and_its_outcome(qtbot, runner, world):
    from isange_desktop.gui.rights_tab import RightsTab

    with as_(world["kigali"], "manager") as manager:
        # Given the tab of the first case, with the request recorded at build
        tab = RightsTab(manager, runner, world["first"])
        qtbot.addWidget(tab)
        with qtbot.waitSignal(tab.loaded, timeout=10000) as loaded:
            tab.reload()
        assert loaded.args == [1] and tab.table.rowCount() == 1
        # When the manager records a request in the dialog (an empty one is refused first)
        dialog = tab.open_request_dialog()
        dialog.record_button.click()
        qtbot.waitUntil(dialog.error.isVisible, timeout=10000)
        assert dialog.error.text() == translate("rights.what_required")
        dialog.what.setPlainText("My age is wrong.")
        dialog.requested.setPlainText("I am 25.")
        with qtbot.waitSignal(tab.recorded, timeout=10000) as recorded, \
                qtbot.waitSignal(tab.loaded, timeout=10000):
            dialog.record_button.click()
        # Then it is in the vault and in the list, pending
        assert recorded.args[0].what == "My age is wrong."
        assert tab.table.rowCount() == 2
        assert tab.table.item(1, 4).text() == translate("rights.outcome.pending")
        # And its outcome is recorded from the list
        tab.table.selectRow(1)
        outcome = tab.open_outcome_dialog()
        assert outcome is not None
        outcome.choose("corrected")
        with qtbot.waitSignal(tab.loaded, timeout=10000):
            outcome.record_button.click()
        assert tab.table.item(1, 4).text() == translate("rights.outcome.corrected")
        tab.table.selectRow(1)
        assert tab.open_outcome_dialog() is None  # decided: no second outcome
        assert [c.outcome for c in list_correction_requests(manager, world["first"])] == \
            [None, "corrected"]


def test_the_tab_previews_and_saves_the_access_request(qtbot, runner, world, tmp_path):
    from isange_desktop.gui.rights_tab import RightsTab

    with as_(world["kigali"], "manager") as manager:
        tab = RightsTab(manager, runner, world["first"])
        qtbot.addWidget(tab)
        tab.language.setCurrentIndex(tab.language.findData("fr"))
        dialog = tab.open_access_request()
        with qtbot.waitSignal(dialog.previewed, timeout=30000) as previewed:
            pass
        assert previewed.args[0] >= 3 and dialog.pdf.document() is not None
        assert last_event(manager)[3]["purpose"] == "preview"
        out = tmp_path / "held.pdf"
        with qtbot.waitSignal(dialog.saved, timeout=30000):
            dialog.save_to(out)
        assert translate("rights.title", "fr") in text_of(out.read_bytes())
        tab.discard()
        assert dialog.pdf.document() is None
