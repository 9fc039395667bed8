"""`isange bundle ...` between two real vaults: export, import with its receipt, the receipt
back, the lists; bad input is one line in the user's language and a non-zero exit.

The commands run in-process through the real entry point (argument parsing, sessions,
messages, exit codes) to keep the suite quick; the last test runs the console command once
in a subprocess, as a script would, for what it says before any vault is opened.
"""

from __future__ import annotations

import io
import re
import sys

import pytest

from isange_desktop.cli import main
from isange_desktop.services.case_intake import create_case
from two_centers import HUYE, NOW, as_, centers_fixtures, intake, pw, worked_case

built, centers = centers_fixtures()


@pytest.fixture
def isange(monkeypatch, capsys):
    """Run `isange ARGS` as ``login`` on a vault; returns (exit code, stdout, stderr)."""
    def run(data_dir, login, *args):
        # --lang sets the process's language: each command starts from English again.
        monkeypatch.setenv("ISANGE_LANG", "en")
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{pw(login)}\n"))
        code = main([*args, "--data-dir", str(data_dir), "--user", login, "--password-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_refer_import_and_receipt_round_trip(centers, tmp_path, isange):
    number = worked_case(centers, HUYE)
    stick, back = tmp_path / "stick", tmp_path / "back"
    stick.mkdir()
    back.mkdir()
    note = tmp_path / "note.txt"
    note.write_text("Continue PEP", encoding="utf-8")

    # Kacyiru sees what goes, then the file is written
    code, out, err = isange(centers.kigali, "nurse", "bundle", "export", number, "--to",
                            "hye-01", "--out", str(stick), "--note-file", str(note))
    assert code == 0, err
    assert f"Case {number} to HYE-01 (Huye IOSC) carries:" in out
    assert re.search(r"^  medical\tr2\t", out, re.MULTILINE)
    assert "10 form revisions" in out and "Referral written to" in out
    [bundle] = stick.iterdir()

    # Huye imports it and saves the receipt; the same file again changes nothing
    code, out, err = isange(centers.huye, "nurse", "bundle", "import", str(bundle),
                            "--receipt-out", str(back))
    assert code == 0, err
    local = re.search(r"Imported as case (HYE-01-\S+) \(referred from KGL-01, case (\S+)\)",
                      out)
    assert local and local.group(2) == number and "Receipt written to" in out
    code, out, err = isange(centers.huye, "nurse", "bundle", "import", str(bundle))
    assert code == 0 and f"already imported, as case {local.group(1)}" in out, err

    # Kacyiru records the receipt, once
    [receipt] = back.iterdir()
    code, out, err = isange(centers.kigali, "manager", "bundle", "receipt", str(receipt))
    assert code == 0 and f"case {number} was received by HYE-01" in out, err
    code, out, err = isange(centers.kigali, "manager", "bundle", "receipt", str(receipt))
    assert code == 0 and "already recorded" in out, err
    code, out, err = isange(centers.kigali, "manager", "bundle", "list")
    assert code == 0, err
    assert re.search(rf"^{number}\tHYE-01\t\S+\treceived\t", out, re.MULTILINE)
    code, out, err = isange(centers.huye, "nurse", "bundle", "list")
    assert code == 0 and f"{local.group(1)}\tKGL-01\t{number}\t" in out, err


def test_bad_input_is_one_line_in_the_users_language(centers, tmp_path, isange):
    stick = tmp_path / "stick"
    stick.mkdir()
    with as_(centers.kigali, "nurse") as nurse:
        number = create_case(nurse, intake(), now=NOW).number  # no consent to share

    code, _, err = isange(centers.kigali, "nurse", "bundle", "export", number, "--to",
                          HUYE, "--out", str(stick), "--lang", "fr")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 1 and "Rien n'a été envoyé" in lines[0], err
    assert list(stick.iterdir()) == []

    damaged = tmp_path / "damaged.isb"
    damaged.write_bytes(b"ISANGE-BUNDLE\n\x00\x00")
    code, _, err = isange(centers.huye, "nurse", "bundle", "import", str(damaged),
                          "--lang", "rw")
    assert code == 2 and err.count("\n") == 1 and "kopi" in err, err
    code, _, err = isange(centers.huye, "nurse", "bundle", "receipt",
                          str(tmp_path / "missing.isb"))
    assert code == 2 and err.strip() == f"isange: Cannot read {tmp_path / 'missing.isb'}."


def test_the_console_command_checks_its_folder_before_anything_else(cli, tmp_path):
    bundle = tmp_path / "referral.isb"
    bundle.write_bytes(b"ISANGE-BUNDLE\n")
    r = cli("bundle", "import", str(bundle), "--receipt-out", str(tmp_path / "nowhere"),
            "--data-dir", str(tmp_path / "no-vault"), "--user", "nurse", "--password-stdin")
    errors = [ln for ln in r.stderr.splitlines() if "PlaintextKeyring" not in ln]
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert errors == [f"isange: The folder {tmp_path / 'nowhere'} does not exist. "
                      "Nothing was changed."]
