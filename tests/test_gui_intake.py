"""The intake wizard on a demo vault, driven as a nurse would: by keyboard, step by step, with
the case checked afterwards through the services."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from isange_desktop.domain.center_time import CENTER_TZ
from isange_desktop.domain.consent import ConsentScope
from isange_desktop.domain.forms.values import format_datetime
from isange_desktop.gui.field_editor_base import focus_stops
from isange_desktop.gui.intake_wizard import (
    CLASSIFICATION,
    CONSENT,
    INCIDENT,
    PERSON,
    REVIEW,
    SEARCH,
    TRACKS,
    IntakeWizard,
)
from isange_desktop.gui.runner import Runner
from isange_desktop.i18n.messages import translate
from isange_desktop.services.case_intake import create_case
from isange_desktop.services.case_read import open_case
from isange_desktop.services.session import UserSession

from conftest import demo_fixtures

WAIT_MS = 30_000


demo_dir, nurse = demo_fixtures(cases=3)


def open_wizard(qtbot, nurse: UserSession, runner: Runner) -> IntakeWizard:
    # Not handed to qtbot.addWidget: pytest-qt closes those before fixtures are torn down,
    # and closing a wizard with typing in it asks (and waits for) the nurse.
    dialog = IntakeWizard(nurse, runner)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    return dialog


@pytest.fixture
def new_wizard(qtbot, nurse, runner) -> Iterator[Callable[[], IntakeWizard]]:
    opened: list[IntakeWizard] = []

    def make() -> IntakeWizard:
        opened.append(open_wizard(qtbot, nurse, runner))
        return opened[-1]

    yield make
    # Closed without the question a person would get, as the app does when it locks.
    for dialog in opened:
        dialog.discard()
        dialog.deleteLater()


@pytest.fixture
def wizard(new_wizard) -> IntakeWizard:
    return new_wizard()


# Keyboard helpers: every key goes to whatever has the focus, as on a real keyboard.

def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, name: str, limit: int = 80) -> QWidget:
    """Tab until the control named `name` (its accessible name) has the focus."""
    for _ in range(limit):
        if focused().accessibleName() == name:
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached a control named {name!r}")


def center_minute(moment: datetime) -> str:
    return moment.astimezone(CENTER_TZ).strftime("%Y-%m-%d %H:%M")


def wait_for_step(qtbot, wizard: IntakeWizard, step: int) -> None:
    qtbot.waitUntil(lambda: wizard.current() == step, timeout=WAIT_MS)


ADULT = {"family_name": "Uwamahoro", "given_names": "Berthilde", "sex": "female",
         "estimated_age_years": 33, "nationality": "RW"}


def incident_values(arrived: datetime, incident: datetime) -> dict[str, object]:
    return {"arrived_at": format_datetime(arrived), "incident_time_exact": True,
            "incident_at": format_datetime(incident), "place_type": "public_place",
            "perpetrator_sex": "male", "perpetrator_age_group": "18_25",
            "perpetrator_relationship": "no_relation", "referred_by": "self"}


def fill_to_consent(qtbot, wizard: IntakeWizard, person: dict[str, object],
                    incident: dict[str, object]) -> None:
    """The steps before consent, filled through the form editors' own API."""
    press(qtbot, Qt.Key.Key_Return)  # search with nothing typed, then on
    wait_for_step(qtbot, wizard, PERSON)
    wizard.person_page.editor.set_values(person)
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, INCIDENT)
    wizard.incident_page.editor.set_values(incident)
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, CONSENT)


def answer_rape_and_go_to_review(qtbot, wizard: IntakeWizard) -> None:
    wizard.next_step()
    wait_for_step(qtbot, wizard, CLASSIFICATION)
    type_text(qtbot, "Y")  # question 1 has the focus
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, TRACKS)
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, REVIEW)


def create_by_enter(qtbot, wizard: IntakeWizard) -> str:
    numbers: list[str] = []
    wizard.case_created.connect(numbers.append)
    press(qtbot, Qt.Key.Key_Return)
    # Either the case is created or the wizard says why not (shown in the failure).
    qtbot.waitUntil(lambda: bool(numbers or wizard.review_page.error_text()
                                 or wizard.current() != REVIEW), timeout=WAIT_MS)
    assert numbers, (wizard.current(), wizard.review_page.error_text(), wizard.message.text())
    return numbers[0]


# The tests

def test_an_adult_intake_by_keyboard_alone(qtbot, wizard, nurse):
    now = datetime.now(CENTER_TZ)
    incident_at = center_minute(now - timedelta(hours=10))
    # Given the wizard, the focus in the search step's first field
    assert wizard.current() == SEARCH
    assert focused().accessibleName() == "Family name"
    # When the nurse types what the survivor says and presses Enter
    type_text(qtbot, "Kantengwa")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Odette Zawadi")
    tab_to(qtbot, "Estimated age in years")
    type_text(qtbot, "31")
    tab_to(qtbot, "Phone")
    type_text(qtbot, "0781 234 567")
    press(qtbot, Qt.Key.Key_Return)
    # Then the search runs; nobody like her is known, so the person step follows
    qtbot.waitUntil(lambda: wizard.current() == PERSON or wizard.search_page.has_candidates(),
                    timeout=WAIT_MS)
    if wizard.current() == SEARCH:  # a demo person happened to look alike: new person
        assert focused() is wizard.search_page.results
        press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, PERSON)
    # The person step is pre-filled from the search
    assert wizard.person_page.values()["family_name"] == "Kantengwa"
    assert wizard.person_page.values()["estimated_age_years"] == 31
    tab_to(qtbot, "Sex")
    type_text(qtbot, "Fe")
    tab_to(qtbot, "Nationality")
    type_text(qtbot, "RW")
    tab_to(qtbot, "Province")
    type_text(qtbot, "Kig")
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, INCIDENT)
    # The incident: arrival is pre-filled with this minute
    tab_to(qtbot, "Is the time of the incident known exactly?")
    type_text(qtbot, "Y")
    assert wizard.incident_page.clock_panel.texts() == []
    tab_to(qtbot, "Time of the incident")
    type_text(qtbot, incident_at)
    assert wizard.incident_page.clock_panel.texts(), "the clocks appear once the time is typed"
    tab_to(qtbot, "Type of place")
    type_text(qtbot, "Surv")
    tab_to(qtbot, "Account in the survivor's own words")
    type_text(qtbot, "She says a neighbour hit her on the way home.")
    tab_to(qtbot, "Sex of the main perpetrator")
    type_text(qtbot, "Ma")
    tab_to(qtbot, "Age group of the main perpetrator")
    type_text(qtbot, "26")
    tab_to(qtbot, "Relationship of the main perpetrator to the survivor")
    type_text(qtbot, "Fam")
    tab_to(qtbot, "Referred by")
    type_text(qtbot, "Po")
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, CONSENT)
    # Consent: medical care and evidence given, the report to RIB refused
    assert focused().accessibleName() == "Medical care: answer"
    type_text(qtbot, "Gi")
    tab_to(qtbot, "Evidence collection: answer")
    type_text(qtbot, "Gi")
    tab_to(qtbot, "Report to RIB: answer")
    type_text(qtbot, "Re")
    decisions = wizard.consent_page.decisions()
    assert decisions[ConsentScope.MEDICAL_CARE] == (True, translate("consent.given"))
    assert decisions[ConsentScope.REPORT_TO_RIB] == (False, translate("consent.refused"))
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, CLASSIFICATION)
    # Classification: no, no, yes (physical assault settles the type), nothing exchanged
    assert focused().accessibleName() == "Question 1"
    type_text(qtbot, "N")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Question 2"
    type_text(qtbot, "N")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().accessibleName() == "Question 3"
    type_text(qtbot, "Y")
    assert not wizard.classification_page.rows[3].answer.isVisible(), \
        "question 4 is not asked once a yes settled the type"
    tab_to(qtbot, "Exchange question")
    type_text(qtbot, "N")
    assert translate("gbv.type.physical_assault") in wizard.classification_page.summary()[0]
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, TRACKS)
    # Tracks: the legal track is needed too
    tab_to(qtbot, "Legal")
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, REVIEW)
    summary = wizard.review_page.summary_text()
    assert "Kantengwa" in summary and "Physical assault" in summary
    # When Enter creates the case
    number = create_by_enter(qtbot, wizard)
    # Then the case holds what was typed
    assert not wizard.isVisible()
    case = open_case(nurse, number)
    person = case.forms["person"][0]
    assert (person["family_name"], person["given_names"], person["sex"]) == \
        ("Kantengwa", "Odette Zawadi", "female")
    assert (person["estimated_age_years"], person["phone"], person["nationality"]) == \
        (31, "0781 234 567", "RW")
    incident = case.forms["incident"][0]
    assert incident["incident_at"] == format_datetime(
        datetime.fromisoformat(incident_at).replace(tzinfo=CENTER_TZ))
    assert (incident["place_type"], incident["perpetrator_relationship"],
            incident["referred_by"]) == ("survivor_home", "family_friend", "police")
    assert incident["account"] == "She says a neighbour hit her on the way home."
    assert case.summary.gbv_type == "physical_assault"
    assert case.summary.tracks == {"medical": "pending", "psychosocial": "pending",
                                   "legal": "pending", "shelter": "not_needed"}
    assert case.consent_state["medical_care"] == "consent.given"
    assert case.consent_state["evidence_collection"] == "consent.given"
    assert case.consent_state["report_to_rib"] == "consent.refused"
    assert case.consent_state["shelter"] == "consent.missing"


def test_an_incident_fifty_hours_ago_shows_pep_open_with_22_hours_left(qtbot, wizard):
    # Given the incident step, the time known exactly
    wizard.go_to(INCIDENT)
    page = wizard.incident_page
    exact = focus_stops(page.editor.editor("incident_time_exact"))[0]
    qtbot.keyClicks(exact, "Y")
    assert page.clock_panel.texts() == []
    # When an incident time about 50 hours ago is typed (rounded up to the minute)
    moment = (datetime.now(CENTER_TZ) - timedelta(hours=50) + timedelta(minutes=1)) \
        .replace(second=0, microsecond=0)
    qtbot.keyClicks(focus_stops(page.editor.editor("incident_at"))[0], center_minute(moment))
    # Then PEP is open, with 22 hours left, said in words and in colour
    pep = next(label for label in page.clock_panel.findChildren(QLabel)
               if label.text().startswith(translate("clock.pep")))
    # "22 hours" once the English plural forms are installed (the app always has them)
    assert re.fullmatch(re.escape(translate("clock.pep")) + r": 22 hour(s|\(s\)) left", pep.text())
    assert pep.property("clockStatus") == "open"
    assert "#e8f5e9" in pep.styleSheet()
    # And the hepatitis B window (14 days) is open too; nothing has closed
    assert all(state.is_open for state in page.clock_panel.states())


def test_a_child_of_14_needs_a_guardian_or_an_override_with_a_reason(qtbot, wizard, nurse):
    now = datetime.now(CENTER_TZ).replace(second=0, microsecond=0)
    child = {"family_name": "Ingabire", "given_names": "Keza", "sex": "female",
             "estimated_age_years": 14, "guardian_relationship": "father",
             "guardian_name": "Habimana Eric", "guardian_suspected": True}
    fill_to_consent(qtbot, wizard, child,
                    incident_values(now - timedelta(minutes=5), now - timedelta(hours=6)))
    # Given a 14-year-old whose own consent to medical care is recorded
    assert wizard.age() == 14
    row = wizard.consent_page.rows[ConsentScope.MEDICAL_CARE]
    assert row.reason.isVisible(), "the override reason is asked for a child under 16"
    type_text(qtbot, "Gi")
    # Then the domain does not let it count, and the page says so
    allowed, words = wizard.consent_page.decisions()[ConsentScope.MEDICAL_CARE]
    assert (allowed, words) == (False, translate("consent.guardian_needed"))
    assert row.verdict.text().startswith("Not allowed.")
    assert translate("consent.guardian_needed") in row.verdict.text()
    # When the nurse records a vital-interest override with its reason
    tab_to(qtbot, "Medical care: vital-interest override reason")
    type_text(qtbot, "The guardian is the suspected abuser and PEP cannot wait.")
    # Then the domain allows it, and the page says why
    assert wizard.consent_page.decisions()[ConsentScope.MEDICAL_CARE] == \
        (True, translate("consent.given_override"))
    assert row.verdict.text().startswith("Allowed.")
    # And the case is created with the override on record
    answer_rape_and_go_to_review(qtbot, wizard)
    flags = wizard.classification_page.summary()[1]
    assert translate("flag.child_sexual_abuse") in flags
    number = create_by_enter(qtbot, wizard)
    case = open_case(nurse, number)
    assert case.consent_state["medical_care"] == "consent.given_override"
    assert case.consents[0]["override"] is True
    assert "child_sexual_abuse" in case.summary.flags


def test_a_guardian_cannot_consent_for_an_adult(qtbot, wizard):
    now = datetime.now(CENTER_TZ).replace(second=0, microsecond=0)
    fill_to_consent(qtbot, wizard, ADULT,
                    incident_values(now - timedelta(minutes=5), now - timedelta(hours=3)))
    type_text(qtbot, "Gi")
    tab_to(qtbot, "Medical care: given by")
    type_text(qtbot, "Par")  # parent or guardian
    # The record itself is refused by the domain: shown at the row, and Next stays
    assert wizard.consent_page.problems() == [
        (ConsentScope.MEDICAL_CARE, translate("consent.guardian_for_adult"))]
    press(qtbot, Qt.Key.Key_Return)
    assert wizard.current() == CONSENT
    assert wizard.message.text() == translate("consent.guardian_for_adult")
    assert focused().accessibleName() == "Medical care: answer"


def test_a_possible_duplicate_is_offered_with_its_reasons_and_can_be_linked(
        qtbot, nurse, new_wizard):
    # Given a person already known, with a phone
    now = datetime.now(CENTER_TZ).replace(second=0, microsecond=0)
    earlier = create_case(nurse, {
        "person": {"family_name": "Mukeshimana", "given_names": "Aline", "sex": "female",
                   "estimated_age_years": 27, "phone": "0788 555 123"},
        "incident": incident_values(now - timedelta(days=30), now - timedelta(days=31)),
        "classification": {"answers": {"penetration": False, "sexual_contact": False,
                                       "physical_assault": True}},
    }).number
    wizard = new_wizard()
    # When the name is spelled differently, with the same phone
    type_text(qtbot, "Mukeshimanna")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Aline")
    tab_to(qtbot, "Phone")
    type_text(qtbot, "0788555123")
    press(qtbot, Qt.Key.Key_Return)
    # Then she is offered, with the reasons in words; "new person" is the safe first choice
    page = wizard.search_page
    qtbot.waitUntil(page.has_candidates, timeout=WAIT_MS)
    assert wizard.current() == SEARCH
    assert focused() is page.results
    texts = [page.results.item(i).text() for i in range(page.results.count())]
    offered = next(t for t in texts if earlier in t)
    assert translate("dup.similar_name") in offered
    assert translate("dup.same_phone") in offered
    assert page.linked_case() is None
    # When the nurse moves to her and presses Enter
    while earlier not in page.results.currentItem().text():
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    # Then the new visit is linked to her
    wait_for_step(qtbot, wizard, PERSON)
    assert wizard.intake()["same_person_as"] == earlier
    assert wizard.person_page.values()["family_name"] == "Mukeshimanna"
    wizard.go_to(REVIEW)
    assert f"Same person as case {earlier}" in wizard.review_page.summary_text()


def test_a_refusal_by_create_case_lands_at_its_field_and_keeps_what_was_typed(
        qtbot, wizard, nurse):
    now = datetime.now(CENTER_TZ).replace(second=0, microsecond=0)
    # Given an arrival typed an hour in the future (the form accepts it; the service not)
    incident = incident_values(now + timedelta(hours=1), now - timedelta(hours=2))
    person = {**ADULT, "family_name": "Nyiransabimana", "phone": "0722 000 111"}
    fill_to_consent(qtbot, wizard, person, incident)
    type_text(qtbot, "Gi")
    answer_rape_and_go_to_review(qtbot, wizard)
    consents = wizard.consent_page.records()
    # When Create is pressed
    press(qtbot, Qt.Key.Key_Return)
    # Then the wizard goes back to the incident with the message under the arrival time
    wait_for_step(qtbot, wizard, INCIDENT)
    editor = wizard.incident_page.editor
    assert translate("form.in_future") in editor.error_text("arrived_at")
    assert focused() in focus_stops(editor.editor("arrived_at"))
    assert wizard.isVisible()
    # And nothing typed is lost, on this step or the others
    assert wizard.incident_page.values() == incident
    assert {k: v for k, v in wizard.person_page.values().items() if k != "is_child"} == person
    assert wizard.consent_page.records() == consents
    assert wizard.classification_page.answers() == {"penetration": True}
    # When the arrival is corrected, the case is created
    line = focused()
    line.selectAll()  # type: ignore[attr-defined]
    type_text(qtbot, center_minute(now))
    assert editor.error_text("arrived_at") == ""
    for step in (CONSENT, CLASSIFICATION, TRACKS, REVIEW):
        press(qtbot, Qt.Key.Key_Return)
        wait_for_step(qtbot, wizard, step)
    number = create_by_enter(qtbot, wizard)
    assert open_case(nurse, number).forms["person"][0]["family_name"] == "Nyiransabimana"


def test_next_is_refused_with_the_errors_at_their_fields(qtbot, wizard):
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, PERSON)
    # When Next is pressed on an empty person step
    press(qtbot, Qt.Key.Key_Return)
    # Then it stays, with the domain's messages at the required fields
    assert wizard.current() == PERSON
    editor = wizard.person_page.editor
    assert translate("form.required") in editor.error_text("family_name")
    assert translate("form.required") in editor.error_text("sex")
    assert focused() in focus_stops(editor.editor("family_name"))
    assert wizard.message.isVisible()


def test_closing_asks_only_when_something_was_typed(qtbot, wizard, new_wizard):
    # Given nothing typed (the arrival time is pre-filled, not typed)
    assert not wizard.is_dirty()
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    # Given a name typed in another wizard
    again = new_wizard()
    type_text(qtbot, "Uwase")
    assert again.is_dirty()
    answers: list[str] = []

    def answer_box(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer_box(key, modifier))
            return
        answers.append(box.text())
        qtbot.keyClick(box, key, modifier)

    # When Escape is pressed, the box asks; Escape there keeps the intake open
    QTimer.singleShot(0, lambda: answer_box(Qt.Key.Key_Escape))
    press(qtbot, Qt.Key.Key_Escape)
    assert answers and again.isVisible()
    assert again.search_page.fields["family_name"].text() == "Uwase"
    # When it asks again and the nurse chooses Discard (its mnemonic letter D), it closes
    again.activateWindow()  # the offscreen platform has no window manager to do it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT_MS)
    assert again.isAncestorOf(focused())
    QTimer.singleShot(0, lambda: answer_box(Qt.Key.Key_D))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=WAIT_MS)
    assert len(answers) == 2


class _Shouting(QTranslator):
    """A translation that upper-cases everything, so a switch is plain to see."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return source_text.upper()

    def isEmpty(self) -> bool:
        return False


def test_texts_follow_a_language_switch(qtbot, wizard):
    app = QCoreApplication.instance()
    translator = _Shouting()
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: wizard.next_button.text() == "&NEXT >")
        assert wizard.title.text() == "SEARCH FIRST"
        assert wizard.search_page.fields["phone"].accessibleName() == "PHONE"
        assert wizard.consent_page.rows[ConsentScope.SHELTER].answer.itemText(1) == "GIVEN"
        assert wizard.classification_page.rows[0].answer.itemText(1) == "YES"
        assert wizard.incident_page.clock_panel.title() == "WHAT CAN STILL BE GIVEN"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: wizard.next_button.text() == "&Next >")


def test_a_search_that_cannot_run_is_said_and_does_not_block_the_intake(
        qtbot, wizard, monkeypatch):
    from isange_desktop.errors import PermissionDenied
    from isange_desktop.gui import intake_search_page

    def refused(*_args, **_kwargs):
        raise PermissionDenied("policy.denied", action="case.create")

    monkeypatch.setattr(intake_search_page, "find_possible_duplicates", refused)
    # When the search fails
    type_text(qtbot, "Mukandayisenga")
    press(qtbot, Qt.Key.Key_Return)
    page = wizard.search_page
    qtbot.waitUntil(lambda: "could not run" in page.status.text(), timeout=WAIT_MS)
    # Then the nurse is told, stays, and the next Enter goes on as a new person
    assert wizard.current() == SEARCH
    press(qtbot, Qt.Key.Key_Return)
    wait_for_step(qtbot, wizard, PERSON)
    assert "same_person_as" not in wizard.intake()
    assert wizard.person_page.values()["family_name"] == "Mukandayisenga"
