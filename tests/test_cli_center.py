"""`isange center ...` end to end between two real vaults: Kacyiru and Huye exchange cards,
Huye rotates its keys, Kacyiru follows the statement, then removes Huye."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

PW = "Admin-pass-2026"
FP = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){7}")


def _errors(stderr: str) -> list[str]:
    """stderr without the plain-file credential store warning the test setup causes (in any
    language: it names the store)."""
    return [ln for ln in stderr.splitlines() if ln and "PlaintextKeyring" not in ln]


def _refused_once(r, code: int, needle: str) -> None:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    errors = _errors(r.stderr)
    assert len(errors) == 1 and needle in errors[0], r.stderr
    assert "Traceback" not in r.stderr


@pytest.fixture
def centers(cli, tmp_path):
    made = {}
    for name, code, title, district in (("kigali", "KGL-01", "Kacyiru IOSC", "Gasabo"),
                                        ("huye", "HYE-01", "Huye IOSC", "huye")):
        data = tmp_path / name
        r = cli("init", "--data-dir", str(data), "--center-code", code, "--center-name", title,
                "--district", district, "--admin", "admin", "--password-stdin", stdin=f"{PW}\n")
        assert r.returncode == 0, r.stderr
        made[name] = data
    return made


def _as_admin(cli, data, *args, extra=""):
    return cli(*args, "--data-dir", str(data), "--user", "admin", "--password-stdin",
               stdin=f"{PW}\n{extra}")


def _pinned(cli, data) -> dict[str, str]:
    r = _as_admin(cli, data, "center", "list")
    assert r.returncode == 0, r.stderr
    return {line.split("\t")[0]: line.split("\t")[3] for line in r.stdout.splitlines()
            if "\t" in line}


def test_two_centers_exchange_cards_rotate_and_part(cli, centers, tmp_path):
    kigali, huye = centers["kigali"], centers["huye"]
    card = tmp_path / "huye.card"

    # Huye writes its card; anyone can look at it without logging in
    r = _as_admin(cli, huye, "center", "card", "--out", str(card))
    assert r.returncode == 0, r.stderr
    fingerprint = FP.search(r.stdout).group(0)
    assert json.loads(card.read_bytes())["code"] == "HYE-01"
    r = cli("center", "show", str(card))
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["code\tHYE-01", "name\tHuye IOSC", "district\tHuye",
                                     f"fingerprint\t{fingerprint}"]

    # Kigali pins it: a wrong fingerprint, or none without a terminal, pins nothing
    other = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"
    _refused_once(_as_admin(cli, kigali, "center", "add", str(card), "--fingerprint", other),
                  2, "does not match")
    _refused_once(_as_admin(cli, kigali, "center", "add", str(card)), 2, "--fingerprint")
    assert _pinned(cli, kigali) == {}
    r = _as_admin(cli, kigali, "center", "add", str(card), "--fingerprint",
                  fingerprint.lower().replace("-", " "))
    assert r.returncode == 0, r.stderr
    assert fingerprint in r.stdout and "HYE-01 pinned" in r.stdout
    assert _pinned(cli, kigali) == {"HYE-01": fingerprint}

    # Huye rotates its keys; Kigali applies the statement and follows
    statement = tmp_path / "huye-keys.json"
    r = _as_admin(cli, huye, "center", "rotate-keys", "--statement-out", str(statement))
    assert r.returncode == 0, r.stderr
    new_fingerprint = FP.search(r.stdout).group(0)
    assert new_fingerprint != fingerprint
    r = _as_admin(cli, kigali, "center", "apply-statement", str(statement))
    assert r.returncode == 0, r.stderr
    assert _pinned(cli, kigali) == {"HYE-01": new_fingerprint}
    r = _as_admin(cli, huye, "center", "card", "--out", str(card))
    assert FP.search(r.stdout).group(0) == new_fingerprint
    r = _as_admin(cli, huye, "audit", "verify")
    assert r.returncode == 0 and "Audit log intact" in r.stdout, r.stderr

    # Kigali removes Huye; a second removal is refused
    r = _as_admin(cli, kigali, "center", "remove", "hye-01")
    assert r.returncode == 0, r.stderr
    r = _as_admin(cli, kigali, "center", "list")
    assert r.stdout.strip() == "No center is pinned yet."
    _refused_once(_as_admin(cli, kigali, "center", "remove", "HYE-01"), 2, "not pinned")
    r = _as_admin(cli, kigali, "audit", "show", "--limit", "40")
    actions = [line.split("\t")[4] for line in r.stdout.splitlines()]
    assert [a for a in actions if a.startswith("center.")] == [
        "center.pin_refused", "center.pinned", "center.keys_changed", "center.removed"]


def test_bad_files_are_one_clear_line(cli, centers, tmp_path):
    kigali = centers["kigali"]
    garbage = tmp_path / "garbage.card"
    garbage.write_bytes(os.urandom(300))
    huge = tmp_path / "huge.card"
    huge.write_bytes(b" " * 100_000)
    _refused_once(cli("center", "show", str(garbage)), 2, "not an Isange center card")
    _refused_once(cli("center", "show", str(huge)), 2, "larger than 4096 bytes")
    _refused_once(cli("center", "show", str(tmp_path / "missing.card")), 2, "Cannot read")
    _refused_once(cli("center", "show", str(tmp_path)), 2, "Cannot read")
    # Refused before the password is asked: no line of standard input is read
    _refused_once(cli("center", "add", str(garbage), "--data-dir", str(kigali), "--user",
                      "admin", "--password-stdin"), 2, "not an Isange center card")
    _refused_once(_as_admin(cli, kigali, "center", "apply-statement", str(garbage)), 2,
                  "not an Isange key-change statement")
    _refused_once(_as_admin(cli, kigali, "center", "card", "--out",
                            str(tmp_path / "no" / "such" / "folder.card")), 2,
                  "does not exist")
    # In the user's language
    r = cli("center", "show", str(garbage), "--lang", "fr")
    _refused_once(r, 2, "n'est pas une carte de centre Isange")
    r = cli("center", "show", str(garbage), "--lang", "rw")
    _refused_once(r, 2, "si ikarita y'ikigo")


def test_this_centers_own_card_and_an_unknown_district(cli, centers, tmp_path):
    kigali = centers["kigali"]
    card = tmp_path / "own.card"
    r = _as_admin(cli, kigali, "center", "card", "--out", str(card))
    fingerprint = FP.search(r.stdout).group(0)
    _refused_once(_as_admin(cli, kigali, "center", "add", str(card), "--fingerprint",
                            fingerprint), 2, "own")
    r = cli("center", "show", str(card))
    assert "district\tGasabo" in r.stdout
    r = cli("init", "--data-dir", str(tmp_path / "x"), "--center-code", "X-1", "--center-name",
            "X", "--district", "Atlantis", "--admin", "admin", "--password-stdin",
            stdin=f"{PW}\n")
    _refused_once(r, 2, "30 districts")


@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_typing_yes_at_a_terminal_pins(cli, centers, tmp_path):
    import pty

    kigali, huye = centers["kigali"], centers["huye"]
    card = tmp_path / "huye.card"
    assert _as_admin(cli, huye, "center", "card", "--out", str(card)).returncode == 0
    for answer, code in (("no", 2), ("yes", 0)):
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "isange_desktop.cli", "center", "add", str(card),
             "--data-dir", str(kigali), "--user", "admin", "--password-stdin"],
            stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli.env)
        os.close(slave)
        # The answer to the fingerprint question (asked before logging in), then the password
        os.write(master, f"{answer}\n".encode())
        os.write(master, f"{PW}\n".encode())
        _, err = proc.communicate(timeout=120)
        os.close(master)
        assert proc.returncode == code, err
        assert code == 0 or b"not confirmed" in err, err
    assert "HYE-01" in _pinned(cli, kigali)
