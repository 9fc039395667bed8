"""The breach register (Law 058/2021 art. 43-45): the 48 and 72 hour deadlines at their
boundaries, who may record, refusals that write nothing, the counts and kinds of data worked
out from real cases without naming anyone, the notification draft, the `isange breach`
commands and the Breaches panel.

Kacyiru is tests/two_centers.py's center (its cases are made through the real services);
the CLI runs in a subprocess on a vault it made itself.
"""

from __future__ import annotations

import contextlib
import io
import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from attachment_files import pdf
from isange_desktop.domain.breach_deadlines import (
    DeadlineState,
    Step,
    hours_and_minutes,
    status,
    statuses,
)
from isange_desktop.domain.case_numbers import CaseNumber, parse_case_number
from isange_desktop.domain.forms import FORMS
from isange_desktop.errors import PermissionDenied, ValidationError
from isange_desktop.reports.print_locale import long_datetime
from isange_desktop.services.attachments import add_attachment
from isange_desktop.services.audit_log import verify_log
from isange_desktop.services.breaches import (
    FORM_KIND,
    BreachInfo,
    breach_notice,
    list_breaches,
    record_breach,
    record_notified,
    record_reported,
)
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.screening_answers import SCREENING_FORM
from isange_desktop.services.session import UserSession
from two_centers import HUYE, INTAKE, NOW, as_, centers_fixtures, intake, row_counts, worked_case

from conftest import ADMIN, ADMIN_PASSWORD, logged_in

built, centers = centers_fixtures()
FOUND = datetime(2026, 11, 23, 5, 30, tzinfo=UTC)  # 07:30 in Kigali
SURVIVOR = (INTAKE["person"]["family_name"], INTAKE["person"]["given_names"])


# -- the deadlines ---------------------------------------------------------------------------

@pytest.mark.parametrize(("step", "hours"), [(Step.NOTIFIED, 48), (Step.REPORTED, 72)])
def test_a_deadline_is_open_to_its_last_second_and_overdue_after(step, hours):
    due = FOUND + timedelta(hours=hours)
    just_before = status(FOUND, step, due - timedelta(seconds=1))
    at = status(FOUND, step, due)
    after = status(FOUND, step, due + timedelta(seconds=1))
    assert just_before.deadline == at.deadline == after.deadline == due
    assert (just_before.state, just_before.left) == (DeadlineState.OPEN, timedelta(seconds=1))
    # At exactly 48:00:00 (or 72:00:00) it is due now, still in time...
    assert (at.state, at.left, at.late_by) == (DeadlineState.OPEN, timedelta(0), timedelta(0))
    # ...and one second later it is overdue.
    assert (after.state, after.late_by) == (DeadlineState.OVERDUE, timedelta(seconds=1))


@pytest.mark.parametrize(("step", "hours"), [(Step.NOTIFIED, 48), (Step.REPORTED, 72)])
def test_a_step_done_at_the_deadline_is_in_time_a_second_later_is_late(step, hours):
    due = FOUND + timedelta(hours=hours)
    later = due + timedelta(days=3)
    assert status(FOUND, step, later, done_at=due).state is DeadlineState.DONE
    late = status(FOUND, step, later, done_at=due + timedelta(seconds=1))
    assert (late.state, late.late_by) == (DeadlineState.DONE_LATE, timedelta(seconds=1))
    assert late.is_done and not status(FOUND, step, later).is_done


def test_the_clocks_run_from_finding_in_any_offset_and_refuse_a_naive_time():
    kigali = FOUND.astimezone(datetime.fromisoformat("2026-01-01T00:00+02:00").tzinfo)
    notify, report = statuses(kigali, FOUND + timedelta(hours=47, minutes=30))
    assert (notify.deadline, report.deadline) == (FOUND + timedelta(hours=48),
                                                  FOUND + timedelta(hours=72))
    assert hours_and_minutes(notify.left) == (0, 30)
    assert hours_and_minutes(report.left) == (24, 30)
    assert hours_and_minutes(timedelta(minutes=59, seconds=59)) == (0, 59)
    with pytest.raises(ValueError):
        status(FOUND.replace(tzinfo=None), Step.NOTIFIED, FOUND)


def test_every_form_counts_as_a_kind_of_data():
    assert set(FORMS) | {SCREENING_FORM} <= set(FORM_KIND)


# -- the service -----------------------------------------------------------------------------

def _now() -> datetime:
    return datetime.now(UTC)


def record_all(session: UserSession, **changes: object) -> BreachInfo:
    values: dict[str, object] = {
        "kind": "lost_device", "found_at": _now() - timedelta(hours=2),
        "description": "Center laptop stolen from the office overnight.", "scope": "all"}
    values.update(changes)
    return record_breach(session, **values)  # type: ignore[arg-type]


@contextlib.contextmanager
def unchanged(session: UserSession) -> Iterator[None]:
    """The block writes nothing at all, not even an audit event."""
    before = row_counts(session)
    yield
    assert row_counts(session) == before


def _code(call: Callable[[], object]) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.code


def test_only_the_manager_and_the_admin_keep_the_register(centers):
    with as_(centers.kigali, "nurse") as nurse:
        before = row_counts(nurse)
        with pytest.raises(PermissionDenied):
            record_all(nurse)
        with pytest.raises(PermissionDenied):
            list_breaches(nurse)
        after = row_counts(nurse)
        # Only the two refusals' own audit events.
        assert after.pop("audit_events") == before.pop("audit_events") + 2
        assert after == before
    with as_(centers.kigali, "manager") as manager:
        first = record_all(manager)
    with logged_in(centers.kigali, ADMIN, ADMIN_PASSWORD) as admin:
        second = record_all(admin, kind="stolen_media")
        assert [b.id for b in list_breaches(admin)] == [second.id, first.id]


def test_bad_input_is_refused_and_writes_nothing(centers):
    number = worked_case(centers)
    with as_(centers.kigali, "manager") as manager:
        now = _now()
        refusals = {
            "breach.found_missing": {"found_at": None},
            "breach.found_in_future": {"found_at": now + timedelta(minutes=5)},
            "breach.occurred_after_found": {"found_at": now - timedelta(hours=2),
                                            "occurred_at": now - timedelta(hours=1)},
            "breach.description_empty": {"description": "  \n "},
            "breach.description_too_long": {"description": "x" * 4001},
            "breach.kind_unknown": {"kind": "fire"},
            "breach.scope_empty": {"scope": []},
            "breach.bad_case_number": {"scope": [number, "not a number"]},
            "breach.time_invalid": {"found_at": datetime(2026, 11, 23, 7, 30)},
        }
        with unchanged(manager):
            for code, change in refusals.items():
                assert _code(lambda change=change: record_all(manager, **change)) == code
        breach = record_all(manager)
        bid = breach.id
        with unchanged(manager):
            assert _code(lambda: record_notified(manager, bid, at=_now() - timedelta(hours=3))
                         ) == "breach.step_before_found"
            assert _code(lambda: record_notified(manager, bid, at=_now() + timedelta(hours=1))
                         ) == "breach.step_in_future"
            assert _code(lambda: record_reported(manager, bid + 100)) == "breach.not_found"
        record_notified(manager, bid)
        with unchanged(manager):
            assert _code(lambda: record_notified(manager, bid)) == "breach.already_notified"
        record_reported(manager, bid)
        with unchanged(manager):
            assert _code(lambda: record_reported(manager, bid)) == "breach.already_reported"


def test_an_unknown_case_number_is_refused(centers):
    with as_(centers.kigali, "nurse") as nurse:
        number = create_case(nurse, intake(HUYE), now=NOW).number
    with as_(centers.kigali, "manager") as manager:
        # The next number of the same year is well formed but not (yet) a case here.
        parsed = parse_case_number(number)
        unknown = str(CaseNumber(parsed.center, parsed.year, parsed.seq + 1))
        with unchanged(manager):
            assert _code(lambda: record_all(manager, scope=[number, unknown])
                         ) == "breach.unknown_case"


def test_counts_and_kinds_of_data_come_from_the_cases_and_name_no_one(centers):
    # Given a worked case (every track) with an attachment, and a case with its intake only
    worked = worked_case(centers)
    with as_(centers.kigali, "nurse") as nurse:
        add_attachment(nurse, worked, pdf(), file_name="consent form.pdf")
        intake_only = create_case(nurse, intake(HUYE), now=NOW).number
    with as_(centers.kigali, "manager") as manager:
        # When a lost laptop (all cases) and a wrong recipient (one case) are recorded
        lost = record_all(manager)
        wrong = record_all(manager, kind="wrong_recipient", scope=[intake_only, intake_only])
        # Then each counts its cases and names the kinds of data they hold
        assert (lost.affected_cases, lost.data_kinds) == (
            2, ("identification", "incident", "medical", "counselling", "legal",
                "attachments"))
        assert (wrong.affected_cases, wrong.data_kinds) == (
            1, ("identification", "incident"))
        # and nothing in the register or its audit events names the survivor or the cases
        with manager.vault.dbapi() as conn:
            stored = json.dumps([
                *[list(r) for t in ("breaches", "breach_steps")
                  for r in conn.execute(f"SELECT * FROM {t}")],
                *[list(r) for r in conn.execute(
                    "SELECT * FROM audit_events WHERE action LIKE 'breach.%'")]])
        assert "breach.recorded" in stored
        for secret in (*SURVIVOR, worked, intake_only):
            assert secret not in stored
        assert verify_log(manager).ok


def test_the_register_lists_each_step_done_and_the_chain_still_verifies(centers):
    with as_(centers.kigali, "manager") as manager:
        found = _now() - timedelta(hours=50)
        breach = record_all(manager, found_at=found, occurred_at=found - timedelta(days=1),
                            measures="Pin removed at every partner center.")
        bid = breach.id
        notified = found + timedelta(hours=47)
        record_notified(manager, bid, at=notified)
        (listed,) = list_breaches(manager)
        assert (listed.notified_at, listed.reported_at) == (notified, None)
        notify, report = listed.deadlines(_now())
        assert notify.state is DeadlineState.DONE and report.state is DeadlineState.OPEN
        record_reported(manager, bid)
        (listed,) = list_breaches(manager)
        assert listed.deadlines(_now())[1].state is DeadlineState.DONE
        assert listed.measures == "Pin removed at every partner center."
        report_ = verify_log(manager)
        assert report_.ok, report_.problem
        with manager.vault.dbapi() as conn:
            actions = [r[0] for r in conn.execute(
                "SELECT action FROM audit_events WHERE action LIKE 'breach.%' ORDER BY seq")]
    assert actions == ["breach.recorded", "breach.notified", "breach.listed",
                       "breach.reported", "breach.listed"]


def test_the_register_cannot_be_changed_in_the_database(centers):
    with as_(centers.kigali, "manager") as manager:
        bid = record_all(manager).id
        record_notified(manager, bid)
        with manager.vault.dbapi() as conn:
            for statement in ("UPDATE breaches SET affected_cases = 0",
                              "DELETE FROM breaches",
                              "UPDATE breach_steps SET at = recorded_at",
                              "DELETE FROM breach_steps"):
                with pytest.raises(Exception, match="breach register"):
                    conn.execute(statement)


# -- the notification draft --------------------------------------------------------------------

def _pdf_text(data: bytes) -> str:
    """The document's words, each run of white space one space (lines wrap anywhere)."""
    return " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(data)).pages).split())


@pytest.mark.parametrize("lang", ["en", "fr", "rw"])
def test_the_notice_gives_deadlines_and_counts_in_the_print_language(centers, lang):
    worked = worked_case(centers)
    with as_(centers.kigali, "manager") as manager:
        found = _now() - timedelta(hours=3)
        breach = record_all(manager, found_at=found, scope=[worked])
        data = breach_notice(manager, breach.id, lang)
    text = _pdf_text(data)
    assert " ".join(long_datetime(found + timedelta(hours=48), lang).split()) in text
    assert " ".join(long_datetime(found + timedelta(hours=72), lang).split()) in text
    title = {"en": "notification draft", "fr": "projet de notification",
             "rw": "umushinga w'itangazo"}[lang]
    assert title in text
    counted = {"en": "(counted when the breach was recorded) 1",
               "fr": "(comptés à l'enregistrement de la violation) 1",
               "rw": "(yabazwe igihe iyibwa ryandikwaga) 1"}[lang]
    assert counted in text
    assert "NCSA" in text and "Kacyiru IOSC (KGL-01)" in text
    for secret in (*SURVIVOR, worked):
        assert secret not in text


def test_only_the_register_keepers_print_the_notice(centers):
    with as_(centers.kigali, "manager") as manager:
        bid = record_all(manager).id
    with as_(centers.kigali, "nurse") as nurse, pytest.raises(PermissionDenied):
        breach_notice(nurse, bid, "en")


# -- the command line ----------------------------------------------------------------------------

PW = "Admin-pass-2026"


def test_the_commands_record_list_mark_and_print(cli, tmp_path):
    data = tmp_path / "data"
    r = cli("init", "--data-dir", str(data), "--center-code", "KGL-01", "--center-name",
            "Kacyiru IOSC", "--admin", "admin", "--password-stdin", stdin=f"{PW}\n")
    assert r.returncode == 0, r.stderr

    def admin(*args: str):
        return cli("breach", *args, "--data-dir", str(data), "--user", "admin",
                   "--password-stdin", stdin=f"{PW}\n")

    # A time that is not one is refused before any password is asked for.
    r = cli("breach", "record", "--kind", "lost_device", "--found", "yesterday", "--all",
            "--description", "x", "--data-dir", str(data), "--user", "admin")
    assert r.returncode == 2 and "'yesterday' is not a date and time" in r.stderr
    found = (datetime.now(UTC) - timedelta(hours=1)).astimezone()
    kigali = found.astimezone(datetime.fromisoformat("2026-01-01T00:00+02:00").tzinfo)
    r = admin("record", "--kind", "lost_device", "--found", kigali.strftime("%Y-%m-%dT%H:%M"),
              "--all", "--description", "Laptop stolen.")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Breach 1 recorded: 0 case(s) affected; data: none.")
    r = admin("list")
    assert r.returncode == 0, r.stderr
    line = r.stdout.splitlines()[0].split("\t")
    assert line[:5] == ["1", "lost_device", kigali.strftime("%d/%m/%Y %H:%M"), "0", ""]
    assert line[5].startswith("notified: 46 h ") and line[5].endswith(" min left")
    assert line[7] == "Laptop stolen."
    r = admin("notified", "1")
    assert r.returncode == 0 and "notification to the NCSA is recorded (done" in r.stdout
    r = admin("notified", "1")
    assert r.returncode == 2 and "already recorded" in r.stderr
    out = tmp_path / "notice.pdf"
    r = admin("notice", "1", "--out", str(out), "--lang", "fr")
    assert r.returncode == 0, r.stderr
    assert "Violation de données à caractère personnel" in _pdf_text(out.read_bytes())
    r = admin("notice", "1", "--out", str(out))
    assert r.returncode == 2  # never over an existing file


# -- the panel ---------------------------------------------------------------------------------

def test_the_panel_records_a_breach_through_its_dialog_and_marks_it(qtbot, runner,
                                                                    admin_session, tmp_path):
    from isange_desktop.gui.breaches_panel import BreachesPanel

    # Given the Breaches panel of an admin, with an empty register
    panel = BreachesPanel(admin_session, runner)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded):
        panel.refresh()
    assert panel.table.rowCount() == 0 and not panel.notified_button.isEnabled()
    # When a breach is entered with a case number this vault does not hold
    dialog = panel.open_record_dialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("wrong_recipient"))
    dialog.found.setDateTime(dialog.found.dateTime().addSecs(-3600))
    dialog.description.setPlainText("A referral was e-mailed to the wrong district office.")
    dialog.scope_some.setChecked(True)
    dialog.case_numbers.setText("KGL-01-2026-000001-X")
    dialog.record_button.click()
    # Then the dialog says why and stays open
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
    assert "not a case number" in dialog.error.text() and dialog.isVisible()
    # When all cases are chosen instead
    dialog.scope_all.setChecked(True)
    with qtbot.waitSignal(panel.changed):
        dialog.record_button.click()
    # Then it is listed with both deadlines open, and selected
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Sent to the wrong recipient"
    notify, report = panel.deadline_texts()[0]
    assert notify.startswith("46 h ") and report.startswith("70 h ")
    assert panel.selected_id() == 1 and panel.notified_button.isEnabled()
    # When the NCSA is marked notified, the step is done and cannot be marked again
    with qtbot.waitSignal(panel.changed):
        panel.notified_button.click()
    assert panel.deadline_texts()[0][0].startswith("done ")
    assert not panel.notified_button.isEnabled() and panel.reported_button.isEnabled()
    # And the draft is saved, in French, to a new file
    panel.print_language.setCurrentIndex(panel.print_language.findData("fr"))
    out = tmp_path / "draft.pdf"
    with qtbot.waitSignal(panel.notice_saved):
        panel.save_notice_to(out)
    assert "projet de notification" in _pdf_text(out.read_bytes())
    # A second save to the same file is refused and said
    with qtbot.waitSignal(panel.failed):
        panel.save_notice_to(out)
    assert str(out) in panel.message.text()
