"""Monthly figures: every total equals a count made another way, from the demo generator's own
records and from the cases as staff read them (services.case_read); an empty month; the
exports (CSV, DHIS2 against its documented schema, PDF read back in each language); small
counts hidden on request; the DHIS2 mapping refused line by line; the Incident Recorder rows;
referrals counted at both centers; who may make them, and the audit event."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import jsonschema
import keyring
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.dhis2_mapping import parse_mapping
from isange_desktop.domain.monthly import (
    Month,
    ShelterFigures,
    age_group,
    shown,
)
from isange_desktop.domain.monthly_indicators import INDICATORS, indicator_values
from isange_desktop.domain.monthly_suppression import cells_and_lines, hidden_keys
from isange_desktop.domain.roles import Role
from isange_desktop.errors import PermissionDenied
from isange_desktop.i18n.messages import translate
from isange_desktop.reports.dhis2 import render_dhis2
from isange_desktop.reports.incident_recorder import HEADER, render_csv, render_xlsx
from isange_desktop.reports.monthly_csv import render_csv as monthly_csv
from isange_desktop.reports.monthly_pdf import render_pdf
from isange_desktop.services import vault_admin
from isange_desktop.services.audit_log import recent_events
from isange_desktop.services.case_read import open_case
from isange_desktop.services.demo_cases import add_track_work, generate_cases
from isange_desktop.services.dhis2_mapping import current_mapping, import_mapping
from isange_desktop.services.incident_recorder import incident_rows
from isange_desktop.services.monthly_figures import monthly_figures
from isange_desktop.services.users import add_user
from isange_desktop.store.memory_keyring import MemoryKeyring

from conftest import ADMIN, ADMIN_PASSWORD, CENTER_CODE, FLOOR, logged_in

DOCS = Path(__file__).resolve().parents[1] / "docs"
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
STAFF = {"nurse": Role.NURSE, "psy": Role.PSYCHOSOCIAL, "rib": Role.LEGAL,
         "manager": Role.MANAGER}
EC_KINDS = {"ec_levonorgestrel", "ec_ulipristal", "copper_iud"}


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


def as_(data_dir, login):
    return logged_in(data_dir, login, pw(login))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """200 demo cases with every track's work, made once: (folder, run, credential store)."""
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        data_dir = tmp_path_factory.mktemp("monthly") / "vault"
        vault_admin.init_vault(data_dir, center_code=CENTER_CODE, center_name="Demo IOSC",
                               admin_login=ADMIN, admin_name="Admin",
                               admin_password=ADMIN_PASSWORD, kdf=FLOOR)
        with logged_in(data_dir, ADMIN, ADMIN_PASSWORD) as admin:
            for login, role in STAFF.items():
                add_user(admin, login, f"Demo {login}", frozenset({role}), pw(login),
                         must_change_password=False)
        with as_(data_dir, "nurse") as nurse:
            run = generate_cases(nurse, 200, seed=2026, now=NOW)
        for login in ("rib", "psy", "manager"):
            with as_(data_dir, login) as session:
                add_track_work(session, run)
    finally:
        keyring.set_keyring(previous)
    return data_dir, run, store


@pytest.fixture
def vault(demo, memory_keyring):
    data_dir, run, store = demo
    keyring.set_keyring(store)  # the autouse fixture puts the test's store back after
    return data_dir, run


@pytest.fixture(scope="module")
def read_by_staff(demo):
    """Every case as the nurse and the psychosocial officer see it (between them: every
    form), read once through the ordinary case screen's service."""
    data_dir, run, store = demo
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        with as_(data_dir, "nurse") as nurse:
            medical = {n: open_case(nurse, n).forms for n in run.numbers}
        with as_(data_dir, "psy") as psy:
            other = {n: open_case(psy, n).forms for n in run.numbers}
    finally:
        keyring.set_keyring(previous)
    return {n: {**other[n], **medical[n]} for n in run.numbers}


def month_of(moment: datetime) -> Month:
    local = moment.astimezone(CENTER_TZ)
    return Month(local.year, local.month)


def months(run) -> list[Month]:
    return sorted({month_of(c.arrival) for c in run.cases})


def figures_of(data_dir, month, **kwargs):
    with as_(data_dir, "manager") as manager:
        return monthly_figures(manager, month, output="screen", now=NOW, **kwargs)


@pytest.fixture(scope="module")
def made(demo):
    """Every month's figures, made once in one manager session."""
    data_dir, run, store = demo
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        with as_(data_dir, "manager") as manager:
            return {m: monthly_figures(manager, m, output="screen", now=NOW)
                    for m in months(run)}
    finally:
        keyring.set_keyring(previous)


# -- the counts, each made a second way ---------------------------------------------------------

def _age_group(age: int) -> str:
    for bound, group in ((11, "0_11"), (17, "12_17"), (25, "18_25"), (40, "26_40"),
                         (60, "41_60")):
        if age <= bound:
            return group
    return "61_plus"


def _delay(days: int) -> str:
    for bound, bucket in ((3, "0_3"), (5, "4_5"), (14, "6_14"), (30, "2w_1m")):
        if days <= bound:
            return bucket
    return "over_1m"


def test_monthly_totals_equal_the_generators_own_records(vault, made):
    _, run = vault
    assert len(months(run)) >= 12
    seen = 0
    for month in months(run):
        # Given the demo generator's record of each case that arrived in the month
        cases = [c for c in run.cases if month_of(c.arrival) == month]
        expected = Counter((c.gbv_type.value if c.gbv_type else "not_gbv", c.sex,
                            _age_group(c.age)) for c in cases)
        tracks = Counter((t.value, s.value) for c in cases for t, s in c.tracks.items())
        delays = Counter(_delay(max(0, (c.arrival - c.incident.earliest).days)) for c in cases)
        # When the manager makes the month's figures
        figures = made[month]
        # Then each total is the same count
        assert figures.cases == len(cases)
        assert figures.by_type_sex_age == dict(expected)
        assert figures.track_statuses == dict(tracks)
        assert figures.report_delay == dict(delays)
        seen += figures.cases
    assert seen == len(run.cases)


def test_sources_services_pep_and_shelter_match_the_cases_as_staff_read_them(
        vault, read_by_staff, made):
    _, run = vault
    stays = [(f["shelter"][0].get("admitted_at"), f["shelter"][0].get("discharged_at"))
             for f in read_by_staff.values() if "shelter" in f]
    assert stays
    for month in months(run):
        cases = [c for c in run.cases if month_of(c.arrival) == month]
        forms = {c.number: read_by_staff[c.number] for c in cases}
        sources = Counter(forms[c.number]["incident"][0]["referred_by"] for c in cases)
        services: Counter[str] = Counter()
        eligible = within = 0
        for c in cases:
            f = forms[c.number]
            kinds = {e["kind"] for e in f.get("medicine", {}).values()}
            legal = f.get("legal", {}).get(0, {})
            psychosocial = f.get("psychosocial", {}).get(0, {})
            received = {
                "pep": "pep" in kinds, "emergency_contraception": bool(kinds & EC_KINDS),
                "sti_prophylaxis": "sti_prophylaxis" in kinds,
                "hepatitis_b_vaccine": "hepatitis_b_vaccine" in kinds,
                "tetanus": "tetanus" in kinds, "forensic_evidence": "forensic_sample" in f,
                "medico_legal_report": bool(f.get("medical", {}).get(0, {})
                                            .get("report_signed_at")),
                "psychosocial_assessment": "psychosocial" in f,
                "counselling": "counselling_session" in f,
                "community_visit": bool(psychosocial.get("community_visit_date")),
                "statement_taken": legal.get("statement_taken") is True,
                "evidence_to_rib": legal.get("evidence_handed_over") is True,
                "legal_aid": legal.get("legal_aid_referral") in ("maj", "other"),
                "shelter_admission": bool(f.get("shelter", {}).get(0, {}).get("admitted_at")),
            }
            services.update(k for k, v in received.items() if v)
            services["counselling_sessions"] += len(f.get("counselling_session", {}))
            # PEP: rape, arrived within 72 h of the earliest incident time, not HIV-positive
            window = c.incident.earliest + timedelta(hours=72)
            hiv = f.get("medical", {}).get(0, {}).get("hiv_test_result")
            if c.gbv_type and c.gbv_type.value == "rape" and c.arrival < window \
                    and hiv != "positive":
                eligible += 1
                within += any(e["kind"] == "pep"
                              and datetime.fromisoformat(e["given_at"]) < window
                              for e in f.get("medicine", {}).values())
        figures = made[month]
        assert figures.referral_sources == dict(sources)
        assert figures.services == {k: v for k, v in services.items() if v}
        assert (figures.pep.eligible, figures.pep.within_72h) == (eligible, within)
        # Shelter: admissions and discharges dated in the month, nights between their days
        admitted = [(datetime.fromisoformat(a), datetime.fromisoformat(d) if d else None)
                    for a, d in stays if a]
        ended = [(a, d) for a, d in admitted if d and month_of(d) == month]
        nights = [(d.astimezone(CENTER_TZ).date() - a.astimezone(CENTER_TZ).date()).days
                  for a, d in ended]
        assert figures.shelter.admissions == sum(month_of(a) == month for a, _ in admitted)
        assert figures.shelter.discharges == len(ended)
        assert figures.shelter.nights == sum(nights)
        assert figures.shelter.staying_at_end == sum(
            a < month.end and (d is None or d >= month.end) for a, d in admitted)
    assert any(f.pep.eligible for f in made.values())


def test_a_month_without_cases_is_a_correct_empty_report(vault):
    data_dir, _ = vault
    figures = figures_of(data_dir, Month(2025, 1))
    assert figures.cases == 0
    assert not (figures.by_type_sex_age or figures.referral_sources or figures.report_delay
                or figures.track_statuses or figures.services)
    assert (figures.pep.eligible, figures.pep.within_72h, figures.pep.share) == (0, 0, None)
    assert figures.shelter == ShelterFigures()
    assert set(indicator_values(figures).values()) == {0}
    rows = list(csv.reader(io.StringIO(monthly_csv(figures, "fr").decode("utf-8-sig"))))
    assert len(rows) == len(INDICATORS) + 1
    assert {r[4] for r in rows[1:]} == {"0"}
    text = _pdf_text(render_pdf(figures, "en"))
    assert translate("monthly.no_cases", "en") in text
    assert "January 2025" in text


# -- who, and the audit log ---------------------------------------------------------------------

def test_only_the_manager_makes_monthly_figures_and_each_is_audited(vault):
    data_dir, _ = vault
    for login in ("nurse", "psy", "rib"):
        with as_(data_dir, login) as session, pytest.raises(PermissionDenied):
            monthly_figures(session, Month(2026, 10), output="pdf")
    with as_(data_dir, "manager") as manager:
        figures = monthly_figures(manager, Month(2026, 10), output="csv", suppress_small=True)
        event = recent_events(manager, 5)[0]
    assert (event.action, event.object_type, event.object_id) == (
        "report.monthly_made", "report", "2026-10")
    assert figures.checkpoint_seq == event.seq
    assert figures.made_by == "Demo manager (manager)"


# -- small counts -------------------------------------------------------------------------------

def test_small_counts_are_hidden_on_request_in_every_export(vault):
    data_dir, _ = vault
    figures = figures_of(data_dir, Month(2026, 10))
    values = indicator_values(figures)
    hidden = hidden_keys(figures)
    assert any(1 <= v <= 4 for v in values.values()) and any(v >= 5 for v in values.values())
    assert [shown(n, True) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    assert [shown(n, False) for n in (0, 1, 4)] == ["0", "1", "4"]
    rows = {r[2]: r[4] for r in csv.reader(io.StringIO(
        monthly_csv(figures, "en", suppress=True).decode("utf-8-sig")))}
    for indicator, value in values.items():
        expected = ("<5" if 1 <= value <= 4 else "*") if indicator in hidden else str(value)
        assert rows[indicator] == expected, indicator
        assert indicator not in hidden or value > 0 or indicator == "shelter.nights"
    assert all(1 <= values[i] <= 4 for i in values if rows[i] == "<5")
    unsuppressed = {r[2]: r[4] for r in csv.reader(io.StringIO(
        monthly_csv(figures, "en").decode("utf-8-sig")))}
    assert unsuppressed == {**{i: str(v) for i, v in values.items()}, "indicator": "value"}
    text = _pdf_text(render_pdf(figures, "en", suppress=True))
    assert "<5" in text
    assert translate("monthly.chart.by_age_sex", "en") not in text  # charts left out
    mapping = parse_mapping((DOCS / "dhis2-mapping-example.csv").read_bytes())
    export = render_dhis2(figures, mapping, suppress=True)
    sent = json.loads(export.data)["dataValues"]
    assert export.suppressed == len(hidden & set(values)) > 0
    assert len(sent) == len(values) - export.suppressed
    assert all(v["value"] == "0" or int(v["value"]) >= 5 for v in sent)


def test_no_total_of_a_real_month_gives_a_hidden_count_back(made):
    for figures in made.values():
        hidden = hidden_keys(figures)
        values, lines = cells_and_lines(figures)
        for total, parts in lines:
            assert total in hidden or sum(p in hidden for p in parts) != 1, (total, parts)
        assert all(key in hidden for key, n in values.items() if 1 <= n <= 4)


# -- DHIS2 --------------------------------------------------------------------------------------

def test_the_dhis2_document_validates_against_the_documented_schema(vault):
    data_dir, _ = vault
    schema = json.loads((DOCS / "dhis2-datavalueset.schema.json").read_text())
    example = (DOCS / "dhis2-mapping-example.csv").read_bytes()
    with as_(data_dir, "manager") as manager:
        mapping = import_mapping(manager, example)
        assert current_mapping(manager) == mapping
        assert recent_events(manager, 1)[0].action == "report.dhis2_mapping_imported"
        figures = monthly_figures(manager, Month(2026, 10), output="dhis2")
    # the documented example maps every indicator
    assert set(mapping.codes) == set(INDICATORS)
    export = render_dhis2(figures, mapping)
    document = json.loads(export.data)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert (document["period"], document["dataSet"], document["orgUnit"]) == (
        "202610", mapping.data_set, mapping.org_unit)
    by_code = {(v["dataElement"], v["categoryOptionCombo"]): v["value"]
               for v in document["dataValues"]}
    values = indicator_values(figures)
    assert by_code == {mapping.codes[i]: str(v) for i, v in values.items()}
    assert (export.sent, export.suppressed, export.unmapped) == (len(INDICATORS), 0, 0)
    # an empty month sends zeros, valid too
    empty = json.loads(render_dhis2(figures_of(data_dir, Month(2025, 1)), mapping).data)
    jsonschema.validate(empty, schema, cls=jsonschema.Draft202012Validator)
    assert {v["value"] for v in empty["dataValues"]} == {"0"}
    # the schema refuses what DHIS2 would: a number where a string is due, a bad period
    bad = json.loads(export.data)
    bad["dataValues"][0]["value"] = 3
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document | {"period": "2026-10"}, schema,
                            cls=jsonschema.Draft202012Validator)


# -- the PDF ------------------------------------------------------------------------------------

def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("lang", ["en", "fr", "rw"])
def test_the_pdf_has_every_heading_in_its_language(vault, lang):
    data_dir, _ = vault
    figures = figures_of(data_dir, Month(2026, 10))
    data = render_pdf(figures, lang)
    reader = PdfReader(io.BytesIO(data))
    text = _pdf_text(data)
    assert "\ufffd" not in text
    for key in ("monthly.section.brief", "monthly.section.types", "monthly.section.sources",
                "monthly.section.services", "monthly.section.pep", "monthly.section.delay",
                "monthly.section.shelter", "monthly.section.referrals",
                "monthly.chart.by_type"):
        assert " ".join(translate(key, lang).split()) in " ".join(text.split()), key
    month = {"en": "October 2026", "fr": "octobre 2026", "rw": "Ukwakira 2026"}[lang]
    assert month in text
    confidential = translate("print.confidential", lang)
    for page in reader.pages:
        assert confidential in page.extract_text()
    assert f"{figures.checkpoint_seq}" in re.sub(r"(?<=\d)[.,\u202f](?=\d{3})", "", text)


# -- the Incident Recorder ----------------------------------------------------------------------

def test_the_incident_recorder_has_one_row_per_incident_and_no_names(vault):
    data_dir, run = vault
    first, last = Month(2026, 6).first_day, Month(2026, 8).last_day
    expected = sorted(c.number for c in run.cases
                      if first <= c.arrival.astimezone(CENTER_TZ).date() <= last)
    with as_(data_dir, "manager") as manager:
        rows = incident_rows(manager, first, last)
        assert recent_events(manager, 1)[0].action == "report.incident_recorder_made"
    assert sorted(r.incident_id for r in rows) == expected
    with as_(data_dir, "nurse") as nurse:
        names = {open_case(nurse, n).full_name for n in expected}
        with pytest.raises(PermissionDenied):
            incident_rows(nurse, first, last)
    data = render_csv(rows)
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(table[0]) == HEADER and len(table) == len(rows) + 1
    text = data.decode("utf-8-sig")
    for name in names:
        for part in str(name).split():
            if len(part) > 3:
                assert part not in text, "a name in the export"
    by_id = {r[0]: dict(zip(HEADER, r, strict=True)) for r in table[1:]}
    case = next(c for c in run.cases if c.number == expected[0])
    row = by_id[case.number]
    assert row["Age"] == str(case.age) and row["Age Group"] == age_group(case.age).replace(
        "_", "-").replace("61-plus", "61+")
    assert row["Sex"] == case.sex.capitalize()
    sheet = load_workbook(io.BytesIO(render_xlsx(rows)), read_only=True)["Incident Data"]
    cells = list(sheet.iter_rows(values_only=True))
    assert cells[0] == HEADER and len(cells) == len(rows) + 1
    assert {c[0] for c in cells[1:]} == set(expected)


