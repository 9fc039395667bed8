"""The generic form editor: every declared form, round trips, keyboard entry, conditions,
errors at their field, fallback editors, read-only mode and a language switch."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QWidget

from isange_desktop.domain.forms import FORMS, Field, FieldError, FieldType, Form, validate
from isange_desktop.domain.forms.person import PHONE_PATTERN
from isange_desktop.gui.field_editor_base import BaseFieldEditor, focus_stops
from isange_desktop.gui.field_editors import EDITORS
from isange_desktop.gui.form_editor import FormEditor, FormScrollArea
from isange_desktop.i18n.messages import translate

PATTERN_SAMPLES = {PHONE_PATTERN: "+250 788 123 456", "[A-Z]{2}": "RW",
                   "[0-9]{16}": "1199870012345678"}
MARKS = [{"view": "front", "x": 0.25, "y": 0.5, "number": 1, "type": "bruise"},
         {"view": "back", "x": 0.5, "y": 0.1, "number": 2, "type": "other",
          "description": "Scratch on the shoulder", "size_cm": 2.5}]


def sample_value(f: Field, last: bool) -> object:
    """A realistic valid answer; `last` picks the other end of each choice and range."""
    match f.type:
        case FieldType.TEXT:
            if f.pattern:
                return PATTERN_SAMPLES[f.pattern]
            return f"{f.id.replace('_', ' ')} sample"[: f.length_limit]
        case FieldType.LONG_TEXT:
            return f"First line about {f.id}.\nSecond line."
        case FieldType.CHOICE:
            return f.choices[-1 if last else 0].value
        case FieldType.MULTI_CHOICE:
            return [c.value for c in (f.choices[-2:] if last else f.choices[:2])]
        case FieldType.BOOL:
            return not last
        case FieldType.INTEGER:
            low, high = (f.minimum, f.maximum) if f.minimum is not None else (1, 5)
            return int(high if last else (low + high) // 2)
        case FieldType.DECIMAL:
            low, high = (f.minimum, f.maximum) if f.minimum is not None else (1, 5)
            return round(high - 0.25, 2) if last else round((low + high) / 2 + 0.1, 1)
        case FieldType.DATE:
            return "2024-02-29" if last else "2024-05-31"
        case FieldType.DATETIME:
            return "2024-12-31T23:59:00+02:00" if last else "2024-05-31T14:05:00+02:00"
        case FieldType.BODY_MAP:
            return MARKS
        case FieldType.ATTACHMENT_LIST:
            return ["att-001", "att-002"]
    raise AssertionError(f.type)


def valid_values(form: Form, last: bool) -> dict[str, object]:
    """Every field answered, then the answers of fields hidden by those answers dropped."""
    every = {f.id: sample_value(f, last) for f in form.fields}
    values = every
    while True:
        kept = {k: v for k, v in every.items() if form.field(k).is_shown(values)}
        if kept == values:
            return values
        values = kept


@pytest.fixture(autouse=True)
def english_numbers() -> Iterator[None]:
    """Numbers are typed in the user's locale; the tests pin one (and restore the machine's)."""
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


def make_editor(qtbot, form_id: str, **kwargs: object) -> FormEditor:
    editor = FormEditor(FORMS[form_id], **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.show()
    return editor


@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_one_editor_per_declared_field(qtbot, form_id):
    # Given a declared form, When its editor is built
    form = FORMS[form_id]
    editor = make_editor(qtbot, form_id)
    # Then each field has exactly one editor of its type, named by its label
    assert len(editor.findChildren(BaseFieldEditor)) == len(form.fields)
    for f in form.fields:
        field_editor = editor.editor(f.id)
        assert type(field_editor) is EDITORS[f.type]
        assert field_editor.field is f
        assert field_editor.accessibleName() == f.label
        assert editor.label(f.id).text().rstrip("\u00a0*") == f.label


@pytest.mark.parametrize("last", [False, True], ids=["first_choices", "last_choices"])
@pytest.mark.parametrize("form_id", sorted(FORMS))
def test_values_round_trip_and_validate(qtbot, form_id, last):
    form = FORMS[form_id]
    values = valid_values(form, last)
    assert validate(form, values) == []  # the sample itself is valid
    editor = make_editor(qtbot, form_id)
    editor.set_values(values)
    got = editor.values()
    # JSON equality also tells 70 from 70.0 and True from 1.
    assert json.dumps(got, sort_keys=True) == json.dumps(values, sort_keys=True)
    assert validate(form, got) == []
    assert not editor.is_dirty()
    editor.set_values({})
    assert editor.values() == {}


def test_typing_text_number_and_choice(qtbot):
    person = make_editor(qtbot, "person")
    with qtbot.waitSignal(person.changed):
        qtbot.keyClicks(person.editor("family_name").line, "Uwase")
    assert person.values() == {"family_name": "Uwase"}
    assert person.is_dirty()

    medical = make_editor(qtbot, "medical")
    qtbot.keyClicks(medical.editor("pulse_per_min").line, "8x8")  # the letter is refused
    qtbot.keyClicks(medical.editor("temperature_c").line, "37.5")
    qtbot.keyClicks(medical.editor("weight_kg").line, "61")
    qtbot.keyClicks(medical.editor("triage_priority").combo, "Urg")
    qtbot.keyClick(medical.editor("arrival_condition").combo, Qt.Key.Key_Down)
    assert medical.values() == {"triage_priority": "urgent", "arrival_condition": "stable",
                                "temperature_c": 37.5, "pulse_per_min": 88, "weight_kg": 61}
    assert type(medical.values()["weight_kg"]) is int


def test_numbers_follow_the_users_locale(qtbot):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    medical = make_editor(qtbot, "medical")
    qtbot.keyClicks(medical.editor("temperature_c").line, "38,2")
    assert medical.values() == {"temperature_c": 38.2}
    medical.set_values({"weight_kg": 1234.5})
    assert medical.editor("weight_kg").line.text() == "1234,5"


def test_datetime_is_typed_in_center_time_and_stored_with_its_offset(qtbot):
    shelter = make_editor(qtbot, "shelter")
    qtbot.keyClicks(shelter.editor("admitted_at").line, "2024-05-31 14:05")
    assert shelter.values()["admitted_at"] == "2024-05-31T14:05:00+02:00"
    # A UTC value from elsewhere is shown in center time and kept as it was until edited.
    shelter.set_values({"admitted_at": "2024-05-31T12:05:00Z"})
    assert shelter.editor("admitted_at").line.text() == "2024-05-31 14:05"
    assert shelter.values()["admitted_at"] == "2024-05-31T12:05:00Z"
    # A date without a time is passed on as typed, for validation to refuse.
    shelter.set_values({})
    qtbot.keyClicks(shelter.editor("admitted_at").line, "2024-05-31")
    errors = validate(FORMS["shelter"], shelter.values())
    assert FieldError("admitted_at", "form.bad_datetime") in errors


def test_date_and_long_text_by_keyboard(qtbot):
    legal = make_editor(qtbot, "legal")
    qtbot.keyClicks(legal.editor("statement_taken").combo, "Y")
    qtbot.keyClicks(legal.editor("statement_date").line, "2024-06-0x1")
    assert legal.values() == {"statement_taken": True, "statement_date": "2024-06-01"}
    psycho = make_editor(qtbot, "psychosocial")
    qtbot.keyClicks(psycho.editor("assessment_notes").text, "Calm, talked freely")
    assert psycho.values() == {"assessment_notes": "Calm, talked freely"}


def test_shown_when_hides_and_shows_a_dependent_field(qtbot):
    person = make_editor(qtbot, "person")
    kinds = person.editor("disability_kinds")
    assert not person.is_shown("disability_kinds")
    assert not kinds.isVisibleTo(person)
    # When "has a disability" is answered yes by keyboard, the kinds appear
    has = person.editor("has_disability").combo
    qtbot.keyClicks(has, "Yes")
    assert person.is_shown("disability_kinds") and kinds.isVisibleTo(person)
    box = kinds.focus_widgets()[0]
    assert isinstance(box, QCheckBox)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert person.values()["disability_kinds"] == ["physical"]
    # When it turns to no, they hide and leave the values; back to yes, they return
    qtbot.keyClick(has, Qt.Key.Key_Down)
    assert person.values() == {"has_disability": False}
    assert not kinds.isVisibleTo(person)
    qtbot.keyClick(has, Qt.Key.Key_Up)
    assert person.values() == {"has_disability": True, "disability_kinds": ["physical"]}


def test_hiding_cascades_and_empty_sections_hide(qtbot):
    person = make_editor(qtbot, "person")
    guardian_box = person.editor("guardian_relationship").parentWidget().parentWidget()
    assert not guardian_box.isVisibleTo(person)
    person.set_values({"is_child": True, "guardian_relationship": "mother",
                       "guardian_name": "Mukeshimana"})
    assert guardian_box.isVisibleTo(person)
    assert person.label("guardian_name").text().endswith("*")
    assert person.values()["guardian_name"] == "Mukeshimana"
    # No guardian: the name is hidden (and so not in the values)
    qtbot.keyClicks(person.editor("guardian_relationship").combo, "No guard")
    assert "guardian_name" not in person.values()
    assert not person.is_shown("guardian_name")


def test_required_marker_follows_its_condition(qtbot):
    medical = make_editor(qtbot, "medical")
    findings = medical.editor("report_findings")
    assert not medical.label("report_findings").text().endswith("*")
    qtbot.keyClicks(medical.editor("report_signed_at").line, "2024-06-01 10:00")
    assert medical.label("report_findings").text().endswith("\u00a0*")
    assert findings.text.accessibleDescription().startswith("Required.")


def test_show_errors_puts_the_translated_message_at_the_field(qtbot, monkeypatch):
    medical = make_editor(qtbot, "medical")
    medical.set_values({"pulse_per_min": 300})
    errors = validate(FORMS["medical"], medical.values())
    medical.show_errors(errors)
    required = translate("form.required", "en")
    assert medical.error_text("triage_priority") == f"Error: {required}"
    assert medical.error_text("pulse_per_min") == "Error: Enter a value from 20 to 250."
    assert medical.error_text("weight_kg") == ""
    assert medical.focusWidget() is medical.editor("triage_priority").combo
    assert required in medical.editor("triage_priority").combo.accessibleDescription()
    # Correcting a field takes its message away; the others stay
    qtbot.keyClick(medical.editor("triage_priority").combo, Qt.Key.Key_Down)
    assert medical.error_text("triage_priority") == ""
    assert medical.error_text("arrival_condition") == f"Error: {required}"
    medical.clear_errors()
    assert medical.error_text("arrival_condition") == ""
    # In French
    monkeypatch.setenv("ISANGE_LANG", "fr")
    medical.show_errors([FieldError("arrival_condition", "form.required")])
    assert translate("form.required", "fr") in medical.error_text("arrival_condition")


def test_errors_scroll_into_view_and_hidden_fields_report_above(qtbot):
    editor = FormEditor(FORMS["medical"])
    area = FormScrollArea(editor)
    qtbot.addWidget(area)
    area.resize(1366, 400)
    area.show()
    qtbot.waitExposed(area)
    editor.show_errors([FieldError("report_signed_at", "form.bad_datetime"),
                        FieldError("no_such_field", "form.unknown_field")])
    assert area.verticalScrollBar().value() > 0
    assert area.horizontalScrollBar().maximum() == 0
    assert editor.focusWidget() is editor.editor("report_signed_at").line
    assert translate("form.unknown_field", "en") in editor._form_errors.text()


def test_fallback_editor_keeps_a_body_map_unchanged(qtbot):
    medical = make_editor(qtbot, "medical")
    medical.set_values({"injuries": MARKS, "injury_photos": ["att-9"]})
    qtbot.keyClicks(medical.editor("examination_findings").text, "Bruises")
    assert medical.values()["injuries"] == MARKS
    assert medical.values()["injury_photos"] == ["att-9"]
    assert "2" in medical.editor("injuries").note.text()


class _FakeBodyMap(QWidget):
    """Stands in for the body-map widget plugged in through `extra_editors`: a plain QWidget
    that follows the protocol without the built-in editors' base class."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton("Add a mark", self)
        self.read_only = False
        self._marks: list[object] = []

    def value(self) -> object:
        return list(self._marks)

    def set_value(self, value: object) -> None:
        self._marks = list(value) if isinstance(value, list) else []
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only


def test_a_richer_editor_can_be_plugged_in(qtbot):
    medical = make_editor(qtbot, "medical", extra_editors={FieldType.BODY_MAP: _FakeBodyMap})
    body = medical.editor("injuries")
    assert isinstance(body, _FakeBodyMap)
    assert medical.values() == {}  # its empty list is no answer
    with qtbot.waitSignal(medical.changed):
        body.set_value(MARKS[:1])
    assert medical.values() == {"injuries": MARKS[:1]}
    assert body.accessibleName() == "Injuries"
    medical.show_errors([FieldError("injuries", "form.body_map_mark_invalid", {"index": 1})])
    assert medical.focusWidget() is body.button
    medical.set_read_only(True)
    assert body.read_only


def test_values_the_declaration_no_longer_offers_are_kept(qtbot):
    medical = make_editor(qtbot, "medical")
    too_long = "x" * 2100
    medical.set_values({"triage_priority": "retired", "other_tests": too_long})
    assert medical.values() == {"triage_priority": "retired", "other_tests": too_long}
    assert "retired" in medical.editor("triage_priority").combo.currentText()
    # Only a stored text may pass the limit; typing stops at it
    person_text = make_editor(qtbot, "person")
    person_text.set_values({"nationality": "RWA"})
    assert person_text.values() == {"nationality": "RWA"}
    person_text.set_values({})
    qtbot.keyClicks(person_text.editor("nationality").line, "RWA")
    assert person_text.values() == {"nationality": "RW"}
    person = make_editor(qtbot, "person")
    person.set_values({"has_disability": True, "disability_kinds": ["visual", "retired"]})
    assert person.values()["disability_kinds"] == ["visual", "retired"]
    person.set_values({"has_disability": True, "disability_kinds": ["visual"]})
    assert person.values()["disability_kinds"] == ["visual"]


def test_read_only_mode(qtbot):
    person = make_editor(qtbot, "person")
    person.set_values({"family_name": "Uwase", "has_disability": True,
                       "disability_kinds": ["visual"]})
    person.set_read_only(True)
    qtbot.keyClicks(person.editor("family_name").line, "x")
    qtbot.keyClick(person.editor("sex").combo, Qt.Key.Key_Down)
    qtbot.keyClick(person.editor("disability_kinds").focus_widgets()[0], Qt.Key.Key_Space)
    qtbot.mouseClick(person.editor("disability_kinds").focus_widgets()[0],
                     Qt.MouseButton.LeftButton)
    assert person.values() == {"family_name": "Uwase", "has_disability": True,
                               "disability_kinds": ["visual"]}
    assert not person.is_dirty()
    # Editable again, except the derived field the application fills
    person.set_read_only(False)
    qtbot.keyClick(person.editor("sex").combo, Qt.Key.Key_Down)
    qtbot.keyClick(person.editor("is_child").combo, Qt.Key.Key_Down)
    assert person.values()["sex"] == "female"
    assert "is_child" not in person.values()


def test_changed_and_dirty(qtbot):
    legal = make_editor(qtbot, "legal")
    fired: list[int] = []
    legal.changed.connect(lambda: fired.append(1))
    legal.set_values({"rib_case_number": "RIB/2024/17"})
    assert fired == [] and not legal.is_dirty()
    line = legal.editor("rib_case_number").line
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert fired and legal.is_dirty()
    qtbot.keyClicks(line, "7")
    assert not legal.is_dirty()


@pytest.mark.parametrize("form_id", ["person", "medical"])
def test_tab_order_follows_the_declaration(qtbot, form_id):
    editor = make_editor(qtbot, form_id)
    stops = [w for f in FORMS[form_id].fields for w in focus_stops(editor.editor(f.id))]
    seen: list[QWidget] = [stops[0]]
    widget = stops[0].nextInFocusChain()
    while widget is not stops[0]:
        if widget in stops and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == stops


class _Shouting(QTranslator):
    """A translation that upper-cases everything, so a switch is plain to see."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return source_text.upper()

    def isEmpty(self) -> bool:
        return False


def test_language_switch_retranslates(qtbot):
    incident = make_editor(qtbot, "incident")
    translator = _Shouting()
    app = QApplication.instance()
    assert isinstance(app, QCoreApplication)
    app.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: incident.label("place_type").text() == "TYPE OF PLACE\u00a0*")
        assert incident.editor("place_type").combo.itemText(1) == "SURVIVOR'S HOME"
        assert incident.editor("arrived_at").zone.text().startswith("CENTER TIME")
        assert incident.editor("account").accessibleName().startswith("ACCOUNT IN")
        assert "ARE REQUIRED" in incident._legend.text()
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: incident.label("place_type").text() == "Type of place\u00a0*")
