"""The three case documents, printed through the service on a real vault and read back with
pypdf: the sections and headings in each language, the names each role may (not) see, the
footer on every page, free text that runs over pages without losing a word, refusals that
are audited, the password, and the `isange report case` command.

One vault is made per module (a case worked on every track, a pinned partner center) and
only read afterwards: printing adds audit events and nothing else.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import keyring
import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader

from isange_desktop.domain.roles import Role
from isange_desktop.errors import PermissionDenied, UnknownCenterError, ValidationError
from isange_desktop.i18n.messages import translate
from isange_desktop.reports import print_locale
from isange_desktop.reports.body_map_drawing import outline
from isange_desktop.reports.pdf_base import register_fonts
from isange_desktop.resource_files import resource_path
from isange_desktop.services import vault_admin
from isange_desktop.services.case_forms import add_addendum, save_form
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_print import render_case_document
from isange_desktop.services.center_directory import pin_center, read_card
from isange_desktop.services.session import UserSession
from isange_desktop.services.users import add_user
from isange_desktop.store.memory_keyring import MemoryKeyring
from isange_desktop.transfer.center_card import make_card

from conftest import ADMIN, ADMIN_PASSWORD, FLOOR, demo_fixtures, logged_in, with_own_store

INTAKE = json.loads((Path(__file__).parent / "data" / "intake_adult.json").read_text())
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)  # intake, 10:00 in Kigali
PRINTED = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # PEP still open: 62 h from 18/11 20:00
STAFF = {"nurse": Role.NURSE, "psy": Role.PSYCHOSOCIAL, "rib": Role.LEGAL,
         "manager": Role.MANAGER}
NAME = "Marie Claire Nyirabukeye"
HUYE, MUSANZE = "HYE-01", "MUS-01"
# An account far longer than a page: numbered words (so order and completeness can be
# checked), blank lines, and a 600-character "word" that must be split, not cut.
LONG_WORD = "ABCDEFGHIJ" * 60
ACCOUNT = "\n\n".join(" ".join(f"w{p:02d}x{i:03d}" for i in range(140)) for p in range(14)) \
    + "\n" + LONG_WORD + "\nEnd of the account."
COUNSELLING_NOTES = "Counselling note: she sleeps at her sister's house."
LANGS = ("rw", "en", "fr")
PEP_ADDENDUM = "Second PEP dose taken with food."

demo_dir, demo_nurse = demo_fixtures(6)


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


def _card(code: str, name: str) -> bytes:
    return make_card(Ed25519PrivateKey.generate(),
                     str(pyrage.x25519.Identity.generate().to_public()), code=code, name=name,
                     district="huye", created_at="2026-11-01T08:00:00+00:00")


def _build(root: Path) -> dict[str, Any]:
    data = root / "vault"
    vault_admin.init_vault(data, center_code="KGL-01", center_name="Kacyiru IOSC",
                           admin_login=ADMIN, admin_name="Admin", admin_password=ADMIN_PASSWORD,
                           kdf=FLOOR)
    with logged_in(data, ADMIN, ADMIN_PASSWORD) as admin:
        for login, role in STAFF.items():
            add_user(admin, login, f"Staff {login}", frozenset({role}), pw(login),
                     must_change_password=False)
        for code, name in ((HUYE, "Huye IOSC"), (MUSANZE, "Musanze IOSC")):
            card = _card(code, name)
            pin_center(admin, card, read_card(card).fingerprint)
    intake = copy.deepcopy(INTAKE)
    intake["incident"]["account"] = ACCOUNT
    intake["consents"].append({"scope": "share_with_referral", "given": True, "by": "survivor",
                               "destination": HUYE, "at": "2026-11-20T09:45:00+02:00"})
    with logged_in(data, "nurse", pw("nurse")) as nurse:
        worked = create_case(nurse, intake, now=NOW).number
        draft = create_case(nurse, INTAKE, now=NOW).number
        _medical_work(nurse, worked, signed=True)
        _medical_work(nurse, draft, signed=False)
    with logged_in(data, "psy", pw("psy")) as psy:
        save_form(psy, worked, "counselling_session",
                  {"session_date": "2026-11-20", "duration_minutes": 45,
                   "session_type": "individual", "notes": COUNSELLING_NOTES,
                   "next_session_date": "2026-11-27"}, now=NOW)
    return {"data": data, "worked": worked, "draft": draft}


def _medical_work(nurse: UserSession, number: str, *, signed: bool) -> None:
    marks = [
        {"view": "front", "x": 0.42, "y": 0.3, "number": 1, "type": "bruise", "size_cm": 3.5,
         "description": "Bruise on the left upper arm"},
        {"view": "back", "x": 0.5, "y": 0.45, "number": 2, "type": "abrasion"},
        {"view": "genital", "x": 0.5, "y": 0.4, "number": 3, "type": "laceration",
         "size_cm": 1.2},
    ]
    values: dict[str, Any] = {
        "triage_priority": "urgent", "arrival_condition": "injured", "temperature_c": 37.4,
        "bp_systolic": 118, "bp_diastolic": 76, "hiv_test_result": "negative",
        "examination_findings": "Injuries as marked.", "injuries": marks}
    if signed:
        values |= {"report_findings": "Three injuries, described and drawn below.",
                   "report_conclusion": "Findings consistent with the account given.",
                   "report_clinician": "Dr. Aline Uwase, general practitioner",
                   "report_signed_at": "2026-11-20T11:00:00+02:00"}
    save_form(nurse, number, "medical", values, now=NOW)
    save_form(nurse, number, "medicine", {"kind": "pep", "given_at": "2026-11-20T10:30:00+02:00",
                                          "product": "TDF/3TC/DTG", "dose": "28 days"}, now=NOW)
    save_form(nurse, number, "forensic_sample", {
        "sample_ref": "S-1", "sample_type": "vaginal_swab",
        "collected_at": "2026-11-20T10:40:00+02:00", "packed_by": "Nurse Uwase",
        "sealed": True, "storage": "refrigerated", "storage_place": "Evidence fridge"}, now=NOW)
    save_form(nurse, number, "custody_handover", {
        "sample_ref": "S-1", "handed_by": "Nurse Uwase", "received_by": "RIB officer Kamali",
        "handed_at": "2026-11-20T13:00:00+02:00", "purpose": "investigation"}, now=NOW)
    if signed:
        add_addendum(nurse, number, "medical", 0, "X-ray: no fracture.", now=NOW)
        add_addendum(nurse, number, "medicine", 1, PEP_ADDENDUM, now=NOW)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], MemoryKeyring]:
    return with_own_store(lambda: _build(tmp_path_factory.mktemp("print")))


@pytest.fixture
def vault(built: tuple[dict[str, Any], MemoryKeyring],
          memory_keyring: MemoryKeyring) -> dict[str, Any]:
    case, store = built
    keyring.set_keyring(store)  # the autouse fixture puts the test's own store back after
    return case


@contextlib.contextmanager
def as_(vault: dict[str, Any], login: str) -> Iterator[UserSession]:
    password = ADMIN_PASSWORD if login == ADMIN else pw(login)
    with logged_in(vault["data"], login, password) as session:
        yield session


def pdf(data: bytes) -> list[str]:
    """Each page's text, its white space made single spaces (a table cell wraps its words)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def events(session: UserSession, count: int = 3) -> list[tuple[str, str, dict[str, Any]]]:
    with session.vault.dbapi() as conn:
        rows = conn.execute("SELECT action, outcome, details FROM audit_events "
                            "ORDER BY seq DESC LIMIT ?", (count,)).fetchall()
    return [(a, o, json.loads(d)) for a, o, d in rows]


def assert_clean(pages: list[str], lang: str, number: str) -> None:
    """Footer on every page; every character drawable; no replacement character."""
    drawable = register_fonts()
    for i, text in enumerate(pages, start=1):
        assert translate("print.confidential", lang) in text
        page_of = translate("print.page_of", lang, page=print_locale.number(i, lang),
                            total=print_locale.number(len(pages), lang))
        assert page_of in text, (i, text[-300:])
        assert number in text
        assert "\ufffd" not in text
        missing = {c for c in text if ord(c) not in drawable and c not in "\n\t "}
        assert not missing, missing


# -- the case summary ----------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_the_summary_has_every_section_in_the_chosen_language(vault, lang):
    with as_(vault, "nurse") as nurse:
        data = render_case_document(nurse, vault["worked"], "summary", lang, now=PRINTED)
    pages = pdf(data)
    assert_clean(pages, lang, vault["worked"])
    text = "\n".join(pages)
    for heading in ("print.title.summary", "print.section.survivor", "print.section.incident",
                    "print.section.classification", "print.section.clocks",
                    "print.section.consents", "print.track.medical", "print.body_map",
                    "print.section.custody", "print.section.tasks", "print.section.history"):
        assert translate(heading, lang) in text, heading
    assert NAME in text
    assert translate("gbv.type.rape", lang) in text
    assert translate("clock.pep", lang) in text and "RIB officer Kamali" in text
    assert "X-ray: no fracture." in text and PEP_ADDENDUM in text  # both addenda
    assert COUNSELLING_NOTES not in text  # the nurse may not read counselling notes
    if lang == "fr":  # a number from a thousand up, grouped by a narrow no-break space
        seq = re.search(r"nº (\d[\d\u202f]*)", text)
        assert seq is not None and ("\u202f" in seq.group(1) or len(seq.group(1)) < 4)


def test_each_role_sees_only_what_it_may(vault):
    with as_(vault, "manager") as manager:
        managers = "\n".join(pdf(render_case_document(manager, vault["worked"], "summary", "en",
                                                      now=PRINTED)))
    with as_(vault, "psy") as psy:
        psys = "\n".join(pdf(render_case_document(psy, vault["worked"], "summary", "en",
                                                  now=PRINTED)))
    for surname_part in ("Nyirabukeye", "Marie Claire"):
        assert surname_part not in managers
    assert translate("print.name_masked", "en", initials="M.C.N.") in managers
    assert translate("print.identification_hidden", "en") in managers
    assert "TDF/3TC/DTG" not in managers and COUNSELLING_NOTES not in managers
    assert translate("print.track_hidden", "en") in managers
    assert NAME in psys and COUNSELLING_NOTES in psys and "TDF/3TC/DTG" not in psys


def test_free_text_longer_than_a_page_runs_on_without_losing_a_word(vault):
    with as_(vault, "nurse") as nurse:
        pages = pdf(render_case_document(nurse, vault["worked"], "summary", "en", now=PRINTED))
    # The page's own text, without its footer (drawn after the content).
    body = "".join(p[:p.rindex(translate("print.confidential", "en"))] for p in pages)
    words = [w for w in ACCOUNT.split() if w.startswith("w")]
    found = [m.group(0) for m in re.finditer(r"w\d\dx\d{3}", body)]
    assert found == words  # every word, once, in order
    assert LONG_WORD in body.replace(" ", "")  # split over lines, not cut
    assert "End of the account." in body
    account_pages = [i for i, p in enumerate(pages) if re.search(r"w\d\dx\d{3}", p)]
    assert len(account_pages) >= 2


# -- the medico-legal report ---------------------------------------------------------------

def test_the_medico_legal_report_for_the_investigator(vault):
    with as_(vault, "rib") as rib:
        data = render_case_document(rib, vault["worked"], "medico_legal", "rw", now=PRINTED)
        assert events(rib, 1)[0][:2] == ("case.printed", "ok")
    pages = pdf(data)
    assert_clean(pages, "rw", vault["worked"])
    text = "\n".join(pages)
    for word in ("print.title.medico_legal", "print.section.signatures", "print.sign.signature",
                 "print.ml.sign_receiver", "print.body_map", "print.section.custody"):
        assert translate(word, "rw") in text, word
    assert "Findings consistent with the account given." in text and NAME in text
    assert "Dr. Aline Uwase" in text and "X-ray: no fracture." in text
    assert translate("print.ml.draft", "rw")[:20] not in text
    # Only the sealed report, injuries and evidence: no vital signs or HIV result.
    assert "118 mmHg" not in text and "TDF/3TC/DTG" not in text and PEP_ADDENDUM not in text
    assert COUNSELLING_NOTES not in text


def test_an_unsigned_report_prints_only_as_the_clinicians_draft(vault):
    with as_(vault, "nurse") as nurse:
        text = "\n".join(pdf(render_case_document(nurse, vault["draft"], "medico_legal", "en")))
    assert translate("print.ml.draft", "en")[:40] in text
    with as_(vault, "rib") as rib:
        with pytest.raises(ValidationError) as refused:
            render_case_document(rib, vault["draft"], "medico_legal", "en")
        assert refused.value.code == "print.medico_legal_unsigned"
        action, outcome, details = events(rib, 1)[0]
    assert (action, outcome, details["reason"]) == ("case.print_refused", "refused",
                                                    "print.medico_legal_unsigned")


def test_a_reader_who_may_not_see_it_is_refused_and_audited(vault):
    with as_(vault, "psy") as psy:
        with pytest.raises(PermissionDenied):
            render_case_document(psy, vault["worked"], "medico_legal", "en")
        assert events(psy, 1)[0][:2] == ("case.view_medicolegal", "denied")
    with as_(vault, ADMIN) as admin:
        with pytest.raises(PermissionDenied):
            render_case_document(admin, vault["worked"], "summary", "en")
        assert events(admin, 1)[0][:2] == ("case.print", "denied")
    with as_(vault, "nurse") as nurse, pytest.raises(ValidationError) as missing:
        render_case_document(nurse, "KGL-01-2026-00099-" + "X", "summary", "en")
    assert missing.value.code.startswith(("case.", "casenum."))


# -- the referral slip ---------------------------------------------------------------------

def test_the_referral_slip_within_the_consent_for_its_destination(vault):
    with as_(vault, "nurse") as nurse:
        data = render_case_document(nurse, vault["worked"], "referral_slip", "fr",
                                    destination=HUYE, now=PRINTED)
        assert events(nurse, 1)[0][2] == {"kind": "referral_slip", "language": "fr",
                                          "purpose": "print", "password": False,
                                          "center": HUYE}
        with pytest.raises(ValidationError) as refused:
            render_case_document(nurse, vault["worked"], "referral_slip", "fr",
                                 destination=MUSANZE)
        assert refused.value.code == "print.slip_consent_missing"
        assert events(nurse, 1)[0][:2] == ("case.print_refused", "refused")
        with pytest.raises(UnknownCenterError):
            render_case_document(nurse, vault["worked"], "referral_slip", "fr",
                                 destination="NOPE-01")
    pages = pdf(data)
    assert_clean(pages, "fr", vault["worked"])
    text = "\n".join(pages)
    assert "Huye IOSC (HYE-01)" in text and NAME in text and "TDF/3TC/DTG" in text
    for word in ("print.title.referral_slip", "print.slip.windows", "print.slip.follow_ups"):
        assert translate(word, "fr") in text
    assert translate("clock.ec_ulipristal_or_iud", "fr") in text  # still open at print time
    assert "w00x000" not in text and COUNSELLING_NOTES not in text  # stays at the center


# -- password, audit, command line ---------------------------------------------------------

def test_a_password_really_encrypts_and_the_print_is_audited_without_content(vault):
    with as_(vault, "nurse") as nurse:
        data = render_case_document(nurse, vault["worked"], "summary", "en",
                                    password="Kacyiru 2026!", purpose="save")
        action, _, details = events(nurse, 1)[0]
        with pytest.raises(ValidationError):
            render_case_document(nurse, vault["worked"], "summary", "en", password="clé-é")
    assert action == "case.printed"
    assert details == {"kind": "summary", "language": "en", "purpose": "save", "password": True}
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted and b"Nyirabukeye" not in data
    assert not PdfReader(io.BytesIO(data)).decrypt("wrong")
    assert reader.decrypt("Kacyiru 2026!")
    assert NAME in " ".join(reader.pages[0].extract_text().split())


def _isange(monkeypatch: pytest.MonkeyPatch, vault: dict[str, Any], *args: str,
            stdin: str) -> int:
    from isange_desktop import cli

    monkeypatch.setenv("ISANGE_LANG", "en")  # main() sets it from --lang; put back after
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return cli.main(["report", "case", *args, "--data-dir", str(vault["data"]),
                     "--password-stdin"])


def test_the_command_writes_a_new_file_only(vault, tmp_path, monkeypatch, capsys):
    out = tmp_path / "summary.pdf"
    secret = tmp_path / "pdf-password.txt"
    secret.write_text("Kacyiru 2026!\n")
    code = _isange(monkeypatch, vault, vault["worked"], "--lang", "fr", "--out", str(out),
                   "--kind", "medico-legal", "--password-file", str(secret), "--user", "nurse",
                   stdin=f"{pw('nurse')}\n")
    assert code == 0 and str(out) in capsys.readouterr().out
    reader = PdfReader(out)
    assert reader.decrypt("Kacyiru 2026!")
    assert translate("print.title.medico_legal", "fr") in reader.pages[0].extract_text()
    before = out.read_bytes()
    code = _isange(monkeypatch, vault, vault["worked"], "--lang", "fr", "--out", str(out),
                   "--user", "nurse", stdin=f"{pw('nurse')}\n")
    err = capsys.readouterr().err
    assert code == 2 and out.read_bytes() == before
    assert err.count("\n") == 1 and "existe déjà" in err
    code = _isange(monkeypatch, vault, vault["worked"], "--out", str(tmp_path / "x.pdf"),
                   "--kind", "referral-slip", "--user", "manager",
                   stdin=f"{pw('manager')}\n")
    assert code == 2 and "--to" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists() and sorted(tmp_path.iterdir()) == [secret, out]


# -- every demo case, the drawings, the locale -------------------------------------------------

def test_every_demo_case_prints_in_some_language(demo_nurse):
    with demo_nurse.vault.dbapi() as conn:
        numbers = [r[0] for r in conn.execute("SELECT number FROM cases ORDER BY id")]
    for i, number in enumerate(numbers):
        lang = LANGS[i % 3]
        assert_clean(pdf(render_case_document(demo_nurse, number, "summary", lang)), lang,
                     number)


def test_every_shipped_body_drawing_is_read():
    names = sorted(p.stem for p in resource_path("body_map").glob("*.svg"))
    assert len(names) == 6
    for name in names:
        shape = outline(name)
        assert shape.width > 0 and len(shape.shapes) >= 2


def test_numbers_and_dates_follow_the_chosen_language():
    assert print_locale.number(1234567.5, "fr") == "1\u202f234\u202f567,5"
    assert print_locale.number(1234567.5, "en") == "1,234,567.5"
    assert print_locale.number(1234, "rw") == "1.234"
    moment = datetime(2026, 11, 20, 8, 5, tzinfo=UTC)
    assert print_locale.long_datetime(moment, "fr") == "20 novembre 2026 à 10:05"
    assert print_locale.long_datetime(moment, "rw") == "20 Ugushyingo 2026 10:05"
    assert 0x202F in register_fonts()
