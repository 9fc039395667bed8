"""`isange report monthly | incident-recorder | dhis2-mapping` through the real entry point
(argument parsing, sessions, messages, exit codes), in-process to keep the suite quick; the
last test runs the console command in a subprocess, as a script would.

Given a small demo center; when the manager asks for a month, the incidents or a mapping
import; then a file is written whole, never over another, and every refusal is one line in
the user's language with a non-zero exit.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import keyring
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from isange_desktop.cli import main
from isange_desktop.domain.monthly_indicators import INDICATORS
from isange_desktop.domain.roles import Role
from isange_desktop.services import vault_admin
from isange_desktop.services.demo_cases import generate_cases
from isange_desktop.services.users import add_user
from isange_desktop.store.memory_keyring import MemoryKeyring

from conftest import ADMIN, ADMIN_PASSWORD, CENTER_CODE, FLOOR, logged_in

DOCS = Path(__file__).resolve().parents[1] / "docs"
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def pw(login: str) -> str:
    return ADMIN_PASSWORD if login == ADMIN else f"{login.capitalize()}-pass-2026"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        data_dir = tmp_path_factory.mktemp("cli-monthly") / "vault"
        vault_admin.init_vault(data_dir, center_code=CENTER_CODE, center_name="Demo IOSC",
                               admin_login=ADMIN, admin_name="Admin",
                               admin_password=ADMIN_PASSWORD, kdf=FLOOR)
        with logged_in(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
            for login, role in (("nurse", Role.NURSE), ("manager", Role.MANAGER)):
                add_user(admin, login, f"Demo {login}", frozenset({role}), pw(login),
                         must_change_password=False)
        with logged_in(data_dir, "nurse", pw("nurse")) as nurse:
            generate_cases(nurse, 30, seed=7, now=NOW)
    finally:
        keyring.set_keyring(previous)
    return data_dir, store


@pytest.fixture
def isange(demo, memory_keyring, monkeypatch, capsys):
    """Run `isange report ARGS` as ``login``; returns (exit code, stdout, stderr)."""
    data_dir, store = demo
    keyring.set_keyring(store)  # the autouse fixture puts the test's store back after

    def run(login, *args):
        monkeypatch.setenv("ISANGE_LANG", "en")
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{pw(login)}\n"))
        code = main(["report", *args, "--data-dir", str(data_dir), "--user", login,
                     "--password-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_the_monthly_pdf_and_csv_are_written_once_and_never_over_another_file(isange,
                                                                               tmp_path):
    pdf, csv_file = tmp_path / "octobre.pdf", tmp_path / "october.csv"
    code, out, err = isange("manager", "monthly", "--month", "2026-10", "--format", "pdf",
                            "--out", str(pdf), "--lang", "fr")
    assert (code, err) == (0, "")
    assert str(pdf) in out and "2026-10" in out
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Statistiques mensuelles : octobre 2026" in text
    if os.name != "nt":
        assert stat.S_IMODE(pdf.stat().st_mode) == 0o600  # the owner's alone
    # the same name again: refused, the first file as it was
    before = pdf.read_bytes()
    code, _, err = isange("manager", "monthly", "--month", "2026-10", "--format", "pdf",
                          "--out", str(pdf))
    assert code == 2 and "already exists" in _one_line(err)
    assert pdf.read_bytes() == before
    code, _, err = isange("manager", "monthly", "--month", "2026-10", "--format", "csv",
                          "--out", str(csv_file), "--suppress-small")
    assert (code, err) == (0, "")
    rows = csv_file.read_bytes().decode("utf-8-sig").splitlines()
    assert rows[0] == "center,month,indicator,label,value" and len(rows) == len(INDICATORS) + 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_dhis2_needs_a_mapping_and_then_writes_a_valid_document(isange, tmp_path):
    out = tmp_path / "dhis2.json"
    code, _, err = isange("manager", "monthly", "--month", "2026-10", "--format", "dhis2",
                          "--out", str(out))
    assert code == 2 and "No DHIS2 mapping" in _one_line(err)
    assert not out.exists()
    # a bad mapping file: refused naming the line, in the user's language
    bad = tmp_path / "bad.csv"
    bad.write_text("indicator,dataElement,categoryOptionCombo\ndata_set,aaaaaaaaaa1,\n"
                   "org_unit,bbbbbbbbbb2,\ncases.rape.woman.0_11,cccccccccc3,HllvX50cXC0\n")
    code, _, err = isange("manager", "dhis2-mapping", "--import", str(bad), "--lang", "fr")
    assert code == 2 and _one_line(err).startswith("isange: Ligne 4 :")
    code, _, err = isange("manager", "dhis2-mapping", "--import", str(tmp_path / "none.csv"))
    assert code == 2 and "Cannot read the mapping file" in _one_line(err)
    # the documented example: imported, then the export validates against the schema
    code, out_text, err = isange("manager", "dhis2-mapping", "--import",
                                 str(DOCS / "dhis2-mapping-example.csv"))
    assert (code, err) == (0, "")
    assert f"{len(INDICATORS)} indicators" in out_text
    code, out_text, err = isange("manager", "monthly", "--month", "2026-10", "--format",
                                 "dhis2", "--out", str(out), "--suppress-small")
    assert (code, err) == (0, "")
    document = json.loads(out.read_text())
    schema = json.loads((DOCS / "dhis2-datavalueset.schema.json").read_text())
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert document["period"] == "202610"
    assert f"{len(document['dataValues'])} values" in out_text


def test_the_incident_recorder_writes_xlsx_or_csv(isange, tmp_path):
    xlsx, csv_file = tmp_path / "2026.xlsx", tmp_path / "2026.csv"
    code, out, err = isange("manager", "incident-recorder", "--from", "2025-11-01", "--to",
                            "2026-11-30", "--out", str(xlsx))
    assert (code, err) == (0, "")
    assert out.startswith("30 incidents written")
    rows = list(load_workbook(xlsx, read_only=True)["Incident Data"].iter_rows(values_only=True))
    assert len(rows) == 31 and rows[0][0] == "Incident ID"
    code, out, _ = isange("manager", "incident-recorder", "--from", "2026-11-01", "--to",
                          "2026-11-30", "--out", str(csv_file))
    assert code == 0
    assert len(csv_file.read_bytes().decode("utf-8-sig").splitlines()) == int(out.split()[0]) + 1


@pytest.mark.parametrize(("args", "code", "needle"), [
    (("monthly", "--month", "2026-13", "--format", "pdf"), 2, "is not a month"),
    (("monthly", "--month", "october", "--format", "csv"), 2, "YYYY-MM"),
    (("incident-recorder", "--from", "2026-10-31", "--to", "2026-10-01"), 2, "not a range"),
    (("incident-recorder", "--from", "1 Oct", "--to", "2026-10-31"), 2, "is not a date"),
    (("incident-recorder", "--from", "2026-10-01", "--to", "2026-10-31"), 2, ".csv or .xlsx"),
])
def test_bad_input_is_one_line_before_any_login(isange, tmp_path, args, code, needle):
    out = tmp_path / "out.pdf"
    got, _, err = isange("manager", *args, "--out", str(out))
    assert got == code and needle in _one_line(err)
    assert not out.exists()


def test_staff_other_than_the_manager_are_refused(isange, tmp_path):
    out = tmp_path / "x.csv"
    code, _, err = isange("nurse", "monthly", "--month", "2026-10", "--format", "csv",
                          "--out", str(out))
    assert code == 4 and _one_line(err)
    code, _, _ = isange("nurse", "incident-recorder", "--from", "2026-10-01", "--to",
                        "2026-10-31", "--out", str(out))
    assert code == 4
    assert not out.exists()


def test_the_console_command_checks_the_month_before_the_vault(cli, tmp_path):
    # No vault at all: the month is refused first, in the chosen language.
    r = cli("report", "monthly", "--month", "2026/10", "--format", "pdf", "--out",
            str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path / "none"), "--user", "manager",
            "--lang", "rw")
    assert r.returncode == 2
    # (the line before it, if any, is the test's plain-file credential store warning)
    assert r.stderr.strip().splitlines()[-1] == (
        "isange: '2026/10' si ukwezi: kwandike nka YYYY-MM, urugero 2026-10.")
    assert not (tmp_path / "none").exists()
