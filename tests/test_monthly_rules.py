"""The rules under the monthly figures, each on its own small vault or none: the center's clock
and voided cases, referrals counted at both centers, the DHIS2 mapping refused line by line,
small counts hidden so that no total gives one back, months, age groups and shelter stays."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.dhis2_mapping import parse_mapping
from isange_desktop.domain.monthly import (
    Month,
    MonthlyFigures,
    PepFigures,
    ReferralFigures,
    ShelterFigures,
    age_group,
)
from isange_desktop.domain.monthly_suppression import cells_and_lines, hidden_keys
from isange_desktop.domain.roles import Role
from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_lifecycle import void_case
from isange_desktop.services.dhis2_mapping import current_mapping, import_mapping
from isange_desktop.services.monthly_figures import monthly_figures, shelter_figures
from isange_desktop.services.referral_export import export_referral
from isange_desktop.services.referral_import import import_referral
from isange_desktop.services.referral_receipts import import_receipt
from isange_desktop.services.session import logout
from isange_desktop.services.users import add_user
from two_centers import HUYE, build_centers, worked_case

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def pw(login: str) -> str:
    return f"{login.capitalize()}-pass-2026"


def as_(data_dir, login):
    return logged_in(data_dir, login, pw(login))


def month_of(moment: datetime) -> Month:
    local = moment.astimezone(CENTER_TZ)
    return Month(local.year, local.month)


def test_a_voided_case_and_the_centers_clock_decide_the_month(tmp_path, admin_session):
    # Given a center whose nurse records a case arriving at 23:30 UTC on 31 October, which
    # is 01:30 on 1 November in Kigali, and another case that is then voided
    data_dir = admin_session.vault.data_dir
    for login, role in (("nurse", Role.NURSE), ("manager", Role.MANAGER)):
        add_user(admin_session, login, login, frozenset({role}), pw(login),
                 must_change_password=False)
    intake = json.loads((Path(__file__).parent / "data" / "intake_adult.json").read_text())
    intake["incident"] |= {"arrived_at": "2026-10-31T23:30:00Z",
                           "incident_earliest": "2026-10-31T18:00:00Z",
                           "incident_latest": "2026-10-31T19:00:00Z"}
    for consent in intake["consents"]:
        consent["at"] = "2026-11-01T00:00:00Z"
    logout(admin_session)
    with as_(data_dir, "nurse") as nurse:
        kept = create_case(nurse, intake, now=NOW).number
        voided = create_case(nurse, intake, now=NOW).number
    with as_(data_dir, "manager") as manager:
        void_case(manager, voided, "Opened twice by mistake.")
        october = monthly_figures(manager, Month(2026, 10), output="screen")
        november = monthly_figures(manager, Month(2026, 11), output="screen")
    # Then the case counts in November, once, and the voided one nowhere
    assert october.cases == 0
    assert november.cases == 1
    assert november.by_type_sex_age == {("rape", "female", "18_25"): 1}
    assert november.referral_sources == {"police": 1}
    assert kept != voided



def test_referrals_are_counted_where_sent_and_where_received(tmp_path, memory_keyring):
    # Given Kacyiru refers a case to Huye, Huye imports it, and its receipt comes back
    pair = build_centers(tmp_path)
    with logged_in(pair.huye, ADMIN, ADMIN_PASSWORD) as admin:
        add_user(admin, "manager", "Huye manager", frozenset({Role.MANAGER}), pw("manager"),
                 must_change_password=False)
    number = worked_case(pair, HUYE)
    stick = tmp_path / "stick"
    stick.mkdir()
    with as_(pair.kigali, "nurse") as nurse:
        exported = export_referral(nurse, number, HUYE, "", stick, now=NOW)
    with as_(pair.huye, "nurse") as nurse:
        imported = import_referral(nurse, exported.path.read_bytes(), now=NOW)
    with as_(pair.kigali, "manager") as manager:
        import_receipt(manager, imported.receipt.data, now=NOW)
        sent = monthly_figures(manager, month_of(NOW), output="screen")
    with as_(pair.huye, "manager") as manager:
        received = monthly_figures(manager, month_of(NOW), output="screen")
        earlier = monthly_figures(manager, Month(2026, 10), output="screen")
    # Then Kacyiru counts the case and the referral sent and confirmed
    assert (sent.cases, sent.referrals.sent, sent.referrals.sent_received) == (1, 1, 1)
    assert sent.referrals.sent_to == {HUYE: 1}
    # and Huye the referral received, not a second case of its own
    assert (received.cases, received.referrals.received) == (0, 1)
    assert received.referrals.received_from == {"KGL-01": 1}
    assert earlier.referrals.received == 0



# -- the DHIS2 mapping file ---------------------------------------------------------------------

HEAD = "indicator,dataElement,categoryOptionCombo\n"
GOOD = "data_set,aaaaaaaaaa1,\norg_unit,bbbbbbbbbb2,\n"


@pytest.mark.parametrize(("text", "problem", "line"), [
    (HEAD + GOOD + "cases.total,cccccccccc3,HllvX50cXC0\ncases.rapes,dddddddddd4,HllvX50cXC0\n",
     "dhis2.unknown_indicator", 5),
    ("# a comment\n\n" + HEAD + GOOD + "cases.total,ccc-ccccc3,HllvX50cXC0\n",
     "dhis2.bad_code", 6),
    (HEAD + GOOD + "cases.total,cccccccccc3,9llvX50cXC0\n", "dhis2.bad_code", 4),
    (HEAD + GOOD + "cases.total,cccccccccc3\n", "dhis2.bad_columns", 4),
    (HEAD + GOOD + "cases.total,cccccccccc3,HllvX50cXC0\ncases.total,eeeeeeeeee5,HllvX50cXC0\n",
     "dhis2.repeated", 5),
    (HEAD + GOOD + "cases.total,cccccccccc3,HllvX50cXC0\npep.eligible,cccccccccc3,HllvX50cXC0\n",
     "dhis2.same_target", 5),
    ("indicator;dataElement;categoryOptionCombo\n", "dhis2.bad_header", 1),
    (HEAD + "data_set,aaaaaaaaaa1,HllvX50cXC0\n", "dhis2.bad_code", 2),
])
def test_a_bad_mapping_line_is_refused_naming_the_line(text, problem, line):
    with pytest.raises(ValidationError) as refused:
        parse_mapping(text.encode())
    assert (refused.value.code, refused.value.params["line"]) == (problem, line)
    assert f"{line}" in refused.value.message("fr")


def test_a_refused_mapping_leaves_the_one_in_use(admin_session):
    good = (HEAD + GOOD + "cases.total,cccccccccc3,HllvX50cXC0\n").encode()
    bad = (HEAD + GOOD + "cases.total,cccccccccc3,HllvX50cXC0\nnope,dddddddddd4,HllvX50cXC0\n")
    # the admin may import (codes only), but never reads the figures the mapping is for
    assert import_mapping(admin_session, good).codes == {
        "cases.total": ("cccccccccc3", "HllvX50cXC0")}
    with pytest.raises(PermissionDenied):
        current_mapping(admin_session)
    with pytest.raises(ValidationError):
        import_mapping(admin_session, bad.encode())
    with admin_session.vault.dbapi() as conn:
        stored = conn.execute("SELECT count(*), max(value) FROM setting_revisions "
                              "WHERE key = 'report.dhis2_mapping'").fetchone()
    assert stored[0] == 1 and "cccccccccc3" in stored[1] and "dddddddddd4" not in stored[1]


def test_a_mapping_without_its_org_unit_or_in_another_encoding_is_refused():
    for data, problem in ((HEAD.encode() + b"data_set,aaaaaaaaaa1,\ncases.total,"
                           b"cccccccccc3,HllvX50cXC0\n", "dhis2.missing_row"),
                          ((HEAD + GOOD + "cases.total,cccccccccc3,HllvX50cXC0\n")
                           .encode("utf-16"), "dhis2.not_utf8"),
                          (b"", "dhis2.empty"), (b"x" * 300_000, "dhis2.too_large")):
        with pytest.raises(ValidationError) as refused:
            parse_mapping(data)
        assert refused.value.code == problem



# -- suppression --------------------------------------------------------------------------------

def _figures(by_type_sex_age, sources, **kw):
    total = sum(by_type_sex_age.values())
    return MonthlyFigures(
        center_code="KGL-01", center_name="K", month=Month(2026, 10), made_at=NOW,
        made_by="m", checkpoint_seq=1, checkpoint_hash="0" * 64, cases=total,
        by_type_sex_age=by_type_sex_age, referral_sources=sources,
        report_delay={"0_3": total},
        track_statuses={(t, "completed"): total for t in ("medical", "psychosocial",
                                                           "legal", "shelter")},
        services={}, pep=kw.get("pep", PepFigures()), shelter=ShelterFigures(),
        referrals=ReferralFigures())


@pytest.mark.parametrize("cells", [
    # a row of 9 = 7 + 2: the 2 alone hidden would come back by subtraction
    {("rape", "female", "12_17"): 7, ("rape", "female", "0_11"): 2,
     ("physical_assault", "female", "18_25"): 12},
    {("rape", "female", "12_17"): 30, ("rape", "male", "12_17"): 1,
     ("sexual_assault", "female", "26_40"): 6, ("physical_assault", "male", "41_60"): 9},
    {("rape", "female", "18_25"): 3},
])
def test_no_total_gives_a_hidden_count_back(cells):
    synthetic = _figures(cells, {"self": sum(cells.values()) - 1, "police": 1},
                         pep=PepFigures(eligible=12, within_72h=11))
    hidden = hidden_keys(synthetic)
    values, lines = cells_and_lines(synthetic)
    for total, parts in lines:
        # a shown total never has exactly one hidden part: subtraction gives nothing back
        assert total in hidden or sum(p in hidden for p in parts) != 1, (total, parts)
    assert all(key in hidden for key, n in values.items() if 1 <= n <= 4)
    if ("rape", "female", "0_11") in cells:
        assert {"cases.rape.female.0_11", "cases.rape.female.12_17"} <= hidden
    # eleven of twelve given PEP: the one who was not is a small count, so is the 11
    assert {"pep.not_within_72h", "pep.within_72h"} <= hidden
    assert "pep.eligible" not in hidden


# -- pure parts ---------------------------------------------------------------------------------

def test_months_age_groups_and_stays_at_the_edges():
    month = Month.parse("2026-12")
    assert (str(month), month.period, str(month.next)) == ("2026-12", "202612", "2027-01")
    assert month.start == datetime(2026, 11, 30, 22, 0, tzinfo=UTC)
    for bad in ("2026-13", "2026-1", "oct", "2026-10-01"):
        with pytest.raises(ValueError):
            Month.parse(bad)
    assert [age_group(a) for a in (None, 0, 11, 12, 17, 18, 25, 26, 40, 41, 60, 61, 99)] == [
        "unknown", "0_11", "0_11", "12_17", "12_17", "18_25", "18_25", "26_40", "26_40",
        "41_60", "41_60", "61_plus", "61_plus"]
    october = Month(2026, 10)
    stays = [
        ("2026-09-30T22:30:00Z", "2026-10-03T08:00:00+02:00"),  # 1 Oct in Kigali: 2 nights
        ("2026-10-10T10:00:00+02:00", None),  # still there
        ("2026-10-30T10:00:00+02:00", "2026-10-31T22:30:00Z"),  # leaves 1 Nov in Kigali
        ("2026-09-01T10:00:00+02:00", "2026-10-15T10:00:00+02:00"),  # 44 nights
        (None, None),
    ]
    assert shelter_figures(stays, october) == ShelterFigures(
        admissions=3, discharges=2, nights=46, nights_median=23, nights_longest=44,
        staying_at_end=2)
