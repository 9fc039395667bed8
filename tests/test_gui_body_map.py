"""The body-map editor, driven by mouse and by keyboard as a nurse would during an examination."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, Qt, QTranslator
from PySide6.QtSvg import QSvgRenderer

from isange_desktop.domain.forms.body_map import mark_errors, mark_is_valid
from isange_desktop.domain.forms.medical import EXAMINATION
from isange_desktop.gui.body_map_widget import BodyMapEditor
from isange_desktop.resource_files import resource_path

INJURIES = next(f for f in EXAMINATION.fields if f.id == "injuries")
TOLERANCE = 0.005  # half a pixel of rounding on a drawing a few hundred pixels wide
KINDS = ("front", "back", "genital")


@pytest.fixture
def editor(qtbot) -> BodyMapEditor:
    widget = BodyMapEditor(INJURIES)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_at(qtbot, editor: BodyMapEditor, x: float, y: float) -> None:
    point = editor.canvas.widget_point(x, y).toPoint()
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=point)


def numbers(editor: BodyMapEditor) -> list[int]:
    return [int(m["number"]) for m in editor.value()]  # type: ignore[call-overload]


@pytest.mark.parametrize("kind", KINDS)
def test_adult_and_child_drawings_load_and_share_their_box(qtbot, kind):
    # Given the two drawings of one view
    adult = QSvgRenderer(str(resource_path("body_map", f"adult_{kind}.svg")))
    child = QSvgRenderer(str(resource_path("body_map", f"child_{kind}.svg")))
    # Then both are valid SVG, and a fraction means the same place on either
    assert adult.isValid() and child.isValid()
    assert adult.viewBoxF() == child.viewBoxF()
    assert adult.viewBoxF().width() > 0


def test_clicking_the_drawing_places_numbered_marks_where_clicked(qtbot, editor):
    # When the nurse clicks two places on the front view
    with qtbot.waitSignal(editor.changed):
        click_at(qtbot, editor, 0.5, 0.2)
    click_at(qtbot, editor, 0.3, 0.7)
    # Then two marks, numbered 1 and 2, are where she clicked
    marks = editor.value()
    assert numbers(editor) == [1, 2]
    for mark, (x, y) in zip(marks, ((0.5, 0.2), (0.3, 0.7)), strict=True):
        assert mark["view"] == "front"
        assert mark["x"] == pytest.approx(x, abs=TOLERANCE)
        assert mark["y"] == pytest.approx(y, abs=TOLERANCE)
        assert mark_is_valid(mark)
    assert mark_errors("injuries", list(marks)) == []
    # And the newest mark is selected in the list
    assert editor.table.selectedItems()[0].text() == "2"


def test_clicking_outside_the_drawing_places_nothing(qtbot, editor):
    corner = editor.canvas.drawing_rect().topLeft().toPoint() - QPoint(10, 10)
    qtbot.mouseClick(editor.canvas, Qt.MouseButton.LeftButton, pos=corner)
    assert editor.value() == []


def test_type_size_and_description_are_edited_with_the_keyboard(qtbot, editor):
    # Given a new mark (a bruise, the first type)
    click_at(qtbot, editor, 0.5, 0.5)
    assert editor.value()[0]["type"] == "bruise"
    # When the type, size and description are typed
    qtbot.keyClick(editor.type_combo, Qt.Key.Key_Down)
    point = QLocale().decimalPoint()
    qtbot.keyClicks(editor.size_edit, f"2{point}5")
    qtbot.keyClicks(editor.description_edit, "Fingernail marks")
    # Then the value holds them and is valid
    mark = editor.value()[0]
    assert mark["type"] == "abrasion"
    assert mark["size_cm"] == pytest.approx(2.5)
    assert mark["description"] == "Fingernail marks"
    assert mark_is_valid(mark)
    # And clearing the size means "not measured"
    editor.size_edit.selectAll()
    qtbot.keyClick(editor.size_edit, Qt.Key.Key_Backspace)
    assert "size_cm" not in editor.value()[0]


def test_other_injury_asks_for_a_description(qtbot, editor):
    click_at(qtbot, editor, 0.5, 0.5)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("other"))
    assert editor.other_warning.isVisibleTo(editor)
    assert not mark_is_valid(editor.value()[0])
    qtbot.keyClicks(editor.description_edit, "Swelling of the wrist")
    assert not editor.other_warning.isVisibleTo(editor)
    assert mark_is_valid(editor.value()[0])


def test_a_new_mark_starts_as_the_type_chosen_last(qtbot, editor):
    click_at(qtbot, editor, 0.5, 0.3)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData("bite"))
    click_at(qtbot, editor, 0.5, 0.6)
    assert [m["type"] for m in editor.value()] == ["bite", "bite"]


def test_numbers_are_never_reused_for_a_removed_middle_mark(qtbot, editor):
    # Given marks 1, 2 and 3
    for y in (0.2, 0.4, 0.6):
        click_at(qtbot, editor, 0.5, y)
    # When mark 2 is chosen on the drawing and removed
    click_at(qtbot, editor, 0.5, 0.4)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    # Then 1 and 3 keep their numbers, and the next mark is 4
    assert numbers(editor) == [1, 3]
    click_at(qtbot, editor, 0.5, 0.8)
    assert numbers(editor) == [1, 3, 4]


def test_a_mark_is_dragged_to_a_better_place(qtbot, editor):
    click_at(qtbot, editor, 0.5, 0.3)
    canvas = editor.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=canvas.widget_point(0.5, 0.3).toPoint())
    qtbot.mouseMove(canvas, canvas.widget_point(0.6, 0.4).toPoint())
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton,
                       pos=canvas.widget_point(0.6, 0.4).toPoint())
    mark = editor.value()[0]
    assert (mark["x"], mark["y"]) == (pytest.approx(0.6, abs=TOLERANCE),
                                      pytest.approx(0.4, abs=TOLERANCE))
    assert numbers(editor) == [1]


def test_set_value_round_trips(qtbot, editor):
    value = [
        {"view": "front", "x": 0.25, "y": 0.5, "number": 1, "type": "bruise", "size_cm": 3.5,
         "description": "Oval, blue"},
        {"view": "back", "x": 0.4321, "y": 0.1234, "number": 4, "type": "laceration"},
        {"view": "genital", "x": 0.5, "y": 0.75, "number": 7, "type": "other",
         "description": "Redness"},
    ]
    editor.set_value(value)
    assert editor.value() == value
    assert editor.table.rowCount() == 3
    editor.set_value(None)
    assert editor.value() == []
    editor.set_value([])
    assert editor.value() == []


def test_set_value_keeps_odd_saved_marks_visible(qtbot, editor):
    editor.set_value([{"view": "front", "x": 0.5, "y": 0.5, "number": 2, "type": "bruise"},
                      {"view": "front", "x": 0.6, "y": 0.5, "number": 2, "type": "unknown"},
                      {"view": "side", "x": 0.5, "y": 0.5, "number": 3, "type": "bruise"}])
    assert [(m["number"], m["type"]) for m in editor.value()] == [(2, "bruise"), (3, "other")]


def test_keyboard_only_places_chooses_and_deletes_marks(qtbot, editor):
    canvas = editor.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    # When the cross starts in the middle and is moved right 3 steps, down 2 big steps
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
    for _ in range(2):
        qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    # Then a mark is placed there
    mark = editor.value()[0]
    assert (mark["x"], mark["y"]) == (pytest.approx(0.53), pytest.approx(0.6))
    # When a second mark is placed with Space, Shift+Tab goes back to mark 1 and Delete removes it
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert numbers(editor) == [1, 2]
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert editor.table.selectedItems()[0].text() == "1"
    assert canvas.hasFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert numbers(editor) == [2]


def test_tab_leaves_the_drawing_after_the_last_mark(qtbot, editor):
    click_at(qtbot, editor, 0.5, 0.3)
    editor.canvas.setFocus()
    qtbot.waitUntil(editor.canvas.hasFocus)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Tab)
    assert not editor.canvas.hasFocus()


def test_back_view_places_back_marks(qtbot, editor):
    click_at(qtbot, editor, 0.5, 0.3)
    qtbot.mouseClick(editor.view_buttons["back"], Qt.MouseButton.LeftButton)
    click_at(qtbot, editor, 0.5, 0.3)
    assert [m["view"] for m in editor.value()] == ["front", "back"]
    assert "(1)" in editor.view_buttons["front"].text()
    # Choosing a front mark in the list brings the front drawing back
    editor.table.selectRow(0)
    assert editor.view_buttons["front"].isChecked()


def test_child_drawings_keep_the_marks(qtbot, editor):
    click_at(qtbot, editor, 0.45, 0.35)
    before = editor.value()
    adult_image = editor.canvas.grab().toImage()
    editor.set_child(True)
    assert editor.value() == before
    assert editor.canvas.grab().toImage() != adult_image
    editor.set_child(False)
    assert editor.canvas.grab().toImage() == adult_image


def test_read_only_refuses_every_change(qtbot, editor):
    editor.set_value([{"view": "front", "x": 0.5, "y": 0.5, "number": 1, "type": "bruise"}])
    editor.set_read_only(True)
    with qtbot.assertNotEmitted(editor.changed):
        click_at(qtbot, editor, 0.3, 0.3)
        click_at(qtbot, editor, 0.5, 0.5)  # chooses mark 1: looking is allowed
        qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
        qtbot.keyClick(editor.canvas, Qt.Key.Key_Delete)
    assert numbers(editor) == [1]
    assert not editor.remove_button.isEnabled()
    assert not editor.type_combo.isEnabled()


class _Shouting(QTranslator):
    """Every text in capitals: shows what went through Qt's translation and what did not."""

    def isEmpty(self) -> bool:  # an empty translator would not announce a language change
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group().upper(), source)


def test_language_change_retranslates(qtbot, editor):
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: editor.view_buttons["front"].text() == "FRONT")
        assert editor.remove_button.text() == "&REMOVE MARK"
        assert editor.type_combo.itemText(0) == "BRUISE"
        assert editor.canvas.accessibleName() == "BODY DRAWING: FRONT"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: editor.view_buttons["front"].text() == "Front")


def test_resources_are_found_next_to_a_frozen_executable(monkeypatch, tmp_path):
    # Given a PyInstaller-style bundle holding resources/ of its own
    drawing = tmp_path / "resources" / "body_map" / "adult_front.svg"
    drawing.parent.mkdir(parents=True)
    drawing.write_text("<svg/>")
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    # Then the bundle's copy wins over the checkout's
    assert resource_path("body_map", "adult_front.svg") == drawing
    with pytest.raises(FileNotFoundError, match=r"no_such\.svg"):
        resource_path("body_map", "no_such.svg")
