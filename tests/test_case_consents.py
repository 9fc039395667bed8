"""A consent recorded after intake, on two real vaults: it lets a case be referred to a center
its intake did not name, a later withdrawal stops it again, the records are appended and
never changed, the checks are intake's own, and `isange case consent` says what is wrong in
one line."""

from __future__ import annotations

import copy
import io
import json
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from isange_desktop.cli import main
from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.services.case_consents import record_consent
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_lifecycle import void_case
from isange_desktop.services.case_read import open_case
from isange_desktop.services.referral_export import export_referral, preview_referral
from isange_desktop.services.referral_import import import_referral
from isange_desktop.services.session import UserSession
from two_centers import (
    HUYE,
    HUYE_NAME,
    NOW,
    Centers,
    as_,
    centers_fixtures,
    intake,
    last_event,
    pw,
    row_counts,
)

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

built, centers = centers_fixtures()

SHARE = "share_with_referral"
LATER = NOW + timedelta(days=1)  # the survivor comes back the next day


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def _child_intake(age: int = 14) -> dict[str, Any]:
    document = intake()
    document["person"]["estimated_age_years"] = age
    document["person"] |= {"guardian_relationship": "mother", "guardian_name": "Mukamana Aline",
                           "guardian_suspected": False}
    return document


def _new_case(centers: Centers, document: dict[str, Any] | None = None) -> str:
    with as_(centers.kigali, "nurse") as nurse:
        return create_case(nurse, document or intake(), now=NOW).number


def _consent_rows(session: UserSession) -> list[tuple[Any, ...]]:
    with session.vault.dbapi() as conn:
        return conn.execute("SELECT * FROM consents ORDER BY id").fetchall()


def test_a_consent_recorded_later_lets_the_case_go_and_a_withdrawal_stops_it(centers, stick):
    number = _new_case(centers)  # the intake named no center
    with as_(centers.kigali, "nurse") as nurse:
        with pytest.raises(ValidationError) as before:
            export_referral(nurse, number, HUYE, "", stick, now=LATER)
        assert before.value.code == "referral.consent_missing"
        intake_rows = _consent_rows(nurse)

        # When the survivor agrees, the next day, to go on at Huye (named by the card's name)
        given = record_consent(nurse, number, scope=SHARE, given=True, by="survivor",
                               destination=HUYE_NAME.lower(), now=LATER)
        exported = export_referral(nurse, number, HUYE, "", stick,
                                   now=LATER + timedelta(minutes=5))
    # Then the case goes, on that record
    assert (given.decision, given.center_code, given.allowed) == ("consent.given", HUYE, True)
    assert exported.path.is_file()

    # When she withdraws it (named by the code, by a colleague), nothing more goes
    with as_(centers.kigali, "psy") as psy:
        withdrawn = record_consent(psy, number, scope=SHARE, given=False, by="survivor",
                                   destination="hye-01", now=LATER + timedelta(hours=1))
        with pytest.raises(ValidationError) as after:
            export_referral(psy, number, HUYE, "", stick, now=LATER + timedelta(hours=2))
        rows = _consent_rows(psy)
        view = open_case(psy, number)
    assert withdrawn.decision == "consent.refused" and not withdrawn.allowed
    assert after.value.code == "referral.consent_refused"
    # Appended history: the intake's rows untouched, the two new ones after them
    assert rows[:len(intake_rows)] == intake_rows and len(rows) == len(intake_rows) + 2
    assert [(c["scope"], c["destination"], c["given"], c["by"]) for c in view.consents[-2:]] \
        == [(SHARE, "huye iosc", True, "survivor"), (SHARE, "hye-01", False, "survivor")]
    # Each record is audited with the center's code, never the destination as typed
    with as_(centers.kigali, "manager") as manager, manager.vault.dbapi() as conn:
        recorded = [json.loads(d) for (d,) in conn.execute(
            "SELECT details FROM audit_events WHERE action = 'case.consent_recorded' "
            "ORDER BY seq")]
    assert recorded == [
        {"scope": SHARE, "given": True, "by": "survivor", "destination": HUYE,
         "vital_interest_override": False, "decision": "consent.given"},
        {"scope": SHARE, "given": False, "by": "survivor", "destination": HUYE,
         "vital_interest_override": False, "decision": "consent.refused"}]

    # And the referral that went carries the consent it rests on
    with as_(centers.huye, "nurse") as nurse:
        imported = import_referral(nurse, exported.path.read_bytes(),
                                   now=LATER + timedelta(minutes=10))
        arrived = open_case(nurse, imported.case_number)
    assert (SHARE, "huye iosc", True) in [(c["scope"], c["destination"], c["given"])
                                          for c in arrived.consents]


def test_refused_roles_leave_the_vault_as_it_was_but_for_the_refusal(centers):
    number = _new_case(centers)
    for login, password in (("rib", pw("rib")), (ADMIN, ADMIN_PASSWORD)):
        with logged_in(centers.kigali, login, password) as user:
            before = row_counts(user)
            with pytest.raises(PermissionDenied):
                record_consent(user, number, scope=SHARE, given=True, by="survivor",
                               destination=HUYE, now=LATER)
            after = row_counts(user)
            event = last_event(user)
        assert after.pop("audit_events") == before.pop("audit_events") + 1
        assert after == before
        assert event[:2] == ("case.consent_record", "denied")
    # The manager, whom a survivor may call to withdraw, may record it
    with as_(centers.kigali, "manager") as manager:
        done = record_consent(manager, number, scope="medical_care", given=False,
                              by="survivor", now=LATER)
    assert done.decision == "consent.refused"


def test_a_childs_own_consent_is_kept_but_sends_nothing_as_at_intake(centers, stick):
    number = _new_case(centers, _child_intake())
    with as_(centers.kigali, "nurse") as nurse:
        # Given a 14-year-old who agrees herself: kept, but it does not count
        own = record_consent(nurse, number, scope=SHARE, given=True, by="survivor",
                             destination=HUYE, now=LATER)
        assert own.decision == "consent.guardian_needed" and not own.allowed
        with pytest.raises(ValidationError) as refused:
            export_referral(nurse, number, HUYE, "", stick, now=LATER)
        assert refused.value.code == "referral.consent_guardian_needed"
        # Her own consent with a vital-interest override and its reason counts
        override = record_consent(nurse, number, scope=SHARE, given=True, by="survivor",
                                  destination=HUYE, override_reason="Mother unreachable; PEP",
                                  now=LATER + timedelta(minutes=1))
        assert override.decision == "consent.given_override" and override.override
        # and so does her mother's
        mother = record_consent(nurse, number, scope=SHARE, given=True, by="guardian",
                                destination=HUYE, now=LATER + timedelta(minutes=2))
        preview = preview_referral(nurse, number, HUYE, now=LATER + timedelta(minutes=3))
    assert mother.decision == "consent.given_by_guardian" and preview.allowed
    assert list(stick.iterdir()) == []


def test_only_records_that_could_count_are_stored(centers):
    adult, child = _new_case(centers), _new_case(centers, _child_intake(15))
    refusals = [
        # An adult consents for themself: a guardian's record or an override would never count
        (adult, {"by": "guardian"}, "consent.guardian_for_adult"),
        (adult, {"override_reason": "no time"}, "consent.override_not_applicable"),
        (child, {"by": "guardian", "override_reason": "x"},
         "consent.override_only_for_child_consent"),
        (child, {"override_reason": "   "}, "consent.override_needs_reason"),
        (adult, {"scope": "medical_care", "destination": HUYE},
         "consent.destination_not_allowed"),
        (adult, {"destination": "  "}, "consent.destination_required"),
        (adult, {"destination": "x" * 201}, "consent.destination_too_long"),
        (adult, {"at": LATER + timedelta(hours=1)}, "consent.future_time"),
        (adult, {"scope": "anything"}, "intake.consent_invalid"),
    ]
    with as_(centers.kigali, "nurse") as nurse:
        before = row_counts(nurse)
        for number, change, code in refusals:
            wanted = {"scope": SHARE, "given": True, "by": "survivor", "destination": HUYE,
                      **change}
            with pytest.raises(ValidationError) as refused:
                record_consent(nurse, number, now=LATER, **wanted)
            assert refused.value.code == code, change
        assert row_counts(nurse) == before


def test_a_voided_case_takes_no_consent(centers):
    number = _new_case(centers)
    with as_(centers.kigali, "manager") as manager:
        void_case(manager, number, "opened twice by mistake")
        with pytest.raises(ValidationError) as refused:
            record_consent(manager, number, scope="medical_care", given=True, by="survivor",
                           now=LATER)
    assert refused.value.code == "case.voided"


def test_intake_refuses_what_a_later_record_refuses(centers):
    # The same check serves both: the same record is refused with the same reason.
    for change, code in (({"by": "guardian"}, "consent.guardian_for_adult"),
                         ({"destination": "x" * 201}, "consent.destination_too_long"),
                         ({"destination": 7}, "intake.consent_invalid"),
                         ({"scope": "medical_care"}, "consent.destination_not_allowed")):
        document = intake()
        document["consents"].append({"scope": SHARE, "given": True, "by": "survivor",
                                     "destination": HUYE, "at": "2026-11-20T09:50:00+02:00",
                                     **change})
        with as_(centers.kigali, "nurse") as nurse, pytest.raises(ValidationError) as refused:
            create_case(nurse, copy.deepcopy(document), now=NOW)
        assert refused.value.code == code, change


# --- isange case consent -----------------------------------------------------------------

@pytest.fixture
def isange(monkeypatch, capsys):
    """Run `isange ARGS` in-process as ``login``; returns (exit code, stdout, stderr)."""
    def run(data_dir, login, *args):
        monkeypatch.setenv("ISANGE_LANG", "en")
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{pw(login)}\n"))
        try:
            code = main([*args, "--data-dir", str(data_dir), "--user", login,
                         "--password-stdin"])
        except SystemExit as refused:  # argparse's refusals, as the console sees them
            code = refused.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_command_records_and_says_what_the_consent_allows(centers, isange, tmp_path):
    number = _new_case(centers, _child_intake())
    code, out, err = isange(centers.kigali, "nurse", "case", "consent", number, "--scope", SHARE,
                            "--given", "yes", "--by", "survivor", "--destination", HUYE)
    assert code == 0, err
    assert out.splitlines() == [
        f"Recorded for case {number}: consent given (Share information with the named "
        f"referral destination: {HUYE}).",
        "The survivor is under 16: a parent's or guardian's consent is needed, or a "
        "vital-interest override recorded with its reason."]
    reason = tmp_path / "reason.txt"
    reason.write_text("Her mother is the suspect.\n", encoding="utf-8")
    code, out, err = isange(centers.kigali, "psy", "case", "consent", number, "--scope", SHARE,
                            "--given", "Yes", "--by", "survivor", "--destination", "Huye IOSC",
                            "--override-reason-file", str(reason), "--lang", "fr")
    assert code == 0, err
    assert out.splitlines()[1].startswith("Autorisé sans le consentement du tuteur")
    code, out, err = isange(centers.kigali, "manager", "case", "consent", number, "--scope",
                            "medical_care", "--given", "no", "--by", "guardian")
    assert code == 0 and "consent refused or withdrawn (Medical care)" in out, err
    # A center that is not pinned here: kept as written, and the user is told
    code, out, err = isange(centers.kigali, "nurse", "case", "consent", number, "--scope", SHARE,
                            "--given", "yes", "--by", "guardian", "--destination", "HYE-10")
    assert code == 0 and "HYE-10 is not a center pinned here" in out, err
    with as_(centers.kigali, "nurse") as nurse:
        view = open_case(nurse, number)
    assert [(c["destination"], c["by"], c["override"]) for c in view.consents[-4:]] == [
        (HUYE, "survivor", False), ("Huye IOSC", "survivor", True), (None, "guardian", False),
        ("HYE-10", "guardian", False)]


def test_bad_input_is_one_line_in_the_users_language_and_changes_nothing(centers, isange,
                                                                        tmp_path):
    number = _new_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        before = row_counts(nurse)
    base = ["case", "consent", number, "--scope", SHARE, "--given", "yes", "--by", "survivor",
            "--destination", HUYE]

    def with_(option: str, value: str) -> list[str]:
        args = list(base)
        args[args.index(option) + 1] = value
        return args

    binary = tmp_path / "reason.bin"
    binary.write_bytes(b"\xff\xfe\x00")
    runs = [
        (with_("--given", "maybe"), "en", 2, "--given must be yes or no."),
        (with_("--scope", "everything"), "fr", 2,
         "« everything » n'est pas une portée de consentement."),
        (with_("--by", "uncle"), "rw", 2, "'uncle' ntashobora gutanga uruhushya."),
        ([*base, "--override-reason-file", str(tmp_path / "missing.txt")], "en", 2,
         f"Cannot read {tmp_path / 'missing.txt'}."),
        ([*base, "--override-reason-file", str(binary)], "en", 2, f"Cannot read {binary}."),
        (with_("--by", "guardian"), "en", 2,
         "The survivor is 16 or older: only the survivor can give or refuse consent."),
        (with_("--destination", " "), "fr", 2, "Indiquez la destination d'orientation"),
        ([a if a != number else _misspelt(number) for a in base], "en", 2,
         "This case number does not check out"),
        ([a for a in base if a not in ("--scope", SHARE)], "en", 2,
         "the following arguments are required: --scope"),
    ]
    for args, lang, exit_code, message in runs:
        code, out, err = isange(centers.kigali, "nurse", *args, "--lang", lang)
        lines = err.splitlines()
        assert (code, len(lines), out) == (exit_code, 1, ""), (args, err)
        assert lines[0].startswith("isange: ") and message in lines[0], (args, err)
        assert "Traceback" not in err
    # The investigator may not: exit 4, one line; the refusal is the only trace
    code, out, err = isange(centers.kigali, "rib", *base)
    assert code == 4 and err.count("\n") == 1 and out == "", err
    with as_(centers.kigali, "nurse") as nurse:
        after = row_counts(nurse)
    # Nothing but the log moved: logins, logouts with their checkpoints, the refusal
    for log in ("audit_events", "audit_checkpoints"):
        assert after.pop(log) > before.pop(log)
    assert after == before


def _misspelt(number: str) -> str:
    """The number with its check character changed: a typo the check catches."""
    return number[:-1] + ("B" if number.endswith("A") else "A")
