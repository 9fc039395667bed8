"""The body-map editor: injuries marked on a drawing during the forensic medical examination.

Plugs into the generic form editor for `FieldType.BODY_MAP` with the usual field-editor
protocol (`changed`, `value`, `set_value`, `set_read_only`). A mark's number is what the
printed report and the nurse's notes refer to, so numbers never change once given: removing
mark 2 leaves 1 and 3, and a new mark takes the highest number plus one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QDoubleValidator, QKeySequence
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.forms.body_map import (
    DESCRIPTION_MAX_LENGTH,
    INJURY_CHOICES,
    VIEW_CHOICES,
    BodyView,
    InjuryType,
)
from isange_desktop.domain.forms.fields import Field
from isange_desktop.domain.forms.translatable import CONTEXT
from isange_desktop.gui.body_map_canvas import BodyCanvas, CanvasMark
from isange_desktop.gui.body_map_marks import BodyMark, marks_from_value
from isange_desktop.resource_files import resource_path

_VIEW_LABELS = {c.value: c.label for c in VIEW_CHOICES}
_TYPE_LABELS = {c.value: c.label for c in INJURY_CHOICES}
_SIZE_MAX_CM = 1000.0


def _forms(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BodyMapEditor(QWidget):
    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        self._marks: list[BodyMark] = []
        self._view = BodyView.FRONT.value
        self._child = False
        self._read_only = False
        self._selected: int | None = None
        # Nurses often mark several injuries of one kind in a row; a new mark starts as the
        # type chosen last.
        self._last_type = InjuryType.BRUISE.value
        self._renderers: dict[tuple[bool, str], QSvgRenderer] = {}
        self._build()
        self.retranslate()

    # -- the field-editor protocol ------------------------------------------------------------

    def value(self) -> list[dict[str, object]]:
        return [m.as_value() for m in sorted(self._marks, key=lambda m: m.number)]

    def set_value(self, value: object) -> None:
        self._marks = marks_from_value(value)
        self._selected = None
        self._refresh()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.canvas.set_read_only(read_only)
        self._refresh_canvas()
        self._refresh_details()

    def set_child(self, child: bool) -> None:
        """Adult or child drawings; positions are fractions of the drawing, so marks stay."""
        self._child = child
        self._refresh_canvas()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.view_group = QButtonGroup(self)
        self.view_group.setExclusive(True)
        self.view_buttons: dict[str, QPushButton] = {}
        view_row = QHBoxLayout()
        view_row.setSpacing(0)
        for index, choice in enumerate(VIEW_CHOICES):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setChecked(choice.value == self._view)
            self.view_group.addButton(button, index)
            self.view_buttons[choice.value] = button
            view_row.addWidget(button)
        # idClicked carries an int: no bool through a signal (see tests/test_qt_signals.py).
        self.view_group.idClicked.connect(lambda index: self._show_view(VIEW_CHOICES[index].value))

        self.canvas = BodyCanvas()
        self.canvas.place_requested.connect(self._add_mark)
        self.canvas.mark_chosen.connect(self._select)
        self.canvas.mark_moved.connect(self._move_mark)
        self.canvas.delete_requested.connect(self._remove_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        drawing = QVBoxLayout()
        drawing.addLayout(view_row)
        drawing.addWidget(self.canvas, 1)
        drawing.addWidget(self.hint)

        self.table_label = QLabel()
        self.table = QTableWidget(0, 5)
        self.table_label.setBuddy(self.table)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._table_selection_changed)
        delete = QAction(self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._remove_selected)
        self.table.addAction(delete)

        self.type_combo = QComboBox()
        for choice in INJURY_CHOICES:
            self.type_combo.addItem(choice.label, choice.value)
        self.type_combo.currentIndexChanged.connect(self._type_edited)
        self.size_edit = QLineEdit()
        validator = QDoubleValidator(0.0, _SIZE_MAX_CM, 1, self.size_edit)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.size_edit.setValidator(validator)
        self.size_edit.textEdited.connect(self._size_edited)
        self.description_edit = QLineEdit()
        self.description_edit.setMaxLength(DESCRIPTION_MAX_LENGTH)
        self.description_edit.textEdited.connect(self._description_edited)
        self.other_warning = QLabel()
        self.other_warning.setWordWrap(True)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_selected)

        self.details = QFormLayout()
        self.type_label, self.size_label, self.description_label = QLabel(), QLabel(), QLabel()
        for label, editor in ((self.type_label, self.type_combo),
                              (self.size_label, self.size_edit),
                              (self.description_label, self.description_edit)):
            label.setBuddy(editor)
            self.details.addRow(label, editor)
        self.details.addRow(self.other_warning)

        side = QVBoxLayout()
        side.addWidget(self.table_label)
        side.addWidget(self.table, 1)
        side.addLayout(self.details)
        side.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(drawing, 2)
        layout.addLayout(side, 3)

        # Tab order follows the work: choose the view, mark the drawing, then describe.
        QWidget.setTabOrder(self.view_buttons[BodyView.GENITAL.value], self.canvas)
        for first, second in ((self.canvas, self.table), (self.table, self.type_combo),
                              (self.type_combo, self.size_edit),
                              (self.size_edit, self.description_edit),
                              (self.description_edit, self.remove_button)):
            QWidget.setTabOrder(first, second)

    # -- text: everything the user reads, set again when the language changes ------------------

    def retranslate(self) -> None:
        self.setAccessibleName(_forms(self._field.label))
        if self._field.help:
            self.setAccessibleDescription(_forms(self._field.help))
        for index, choice in enumerate(INJURY_CHOICES):
            self.type_combo.setItemText(index, _forms(choice.label))
        self.hint.setText(self.tr(
            "Click where the injury is. Keyboard: arrows move the cross, Enter places a mark, "
            "Tab goes from mark to mark, Delete removes."))
        self.table_label.setText(self.tr("&Marks"))
        self.table.setAccessibleName(self.tr("Injury marks"))
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("View"), self.tr("Type"), self.tr("Size (cm)"),
            self.tr("Description")])
        self.type_label.setText(self.tr("&Type:"))
        self.type_combo.setAccessibleName(self.tr("Injury type"))
        self.size_label.setText(self.tr("&Size (cm):"))
        self.size_edit.setAccessibleName(self.tr("Size in centimetres"))
        self.size_edit.setPlaceholderText(self.tr("Not measured"))
        self.description_label.setText(self.tr("&Description:"))
        self.description_edit.setAccessibleName(self.tr("Injury description"))
        self.other_warning.setText(self.tr("An injury of type \"Other\" needs a description."))
        self.remove_button.setText(self.tr("&Remove mark"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected mark"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing the state --------------------------------------------------------------------

    def _refresh(self) -> None:
        self._refresh_view_buttons()
        self._refresh_canvas()
        self._refresh_table()
        self._refresh_details()

    def _refresh_view_buttons(self) -> None:
        for view, button in self.view_buttons.items():
            count = sum(1 for m in self._marks if m.view == view)
            label = _forms(_VIEW_LABELS[view])
            # replace(), not format(): a translation with a mistyped placeholder must not crash
            button.setText(self.tr("{view} ({count})").replace("{view}", label).replace(
                "{count}", self.locale().toString(count)) if count else label)
            button.setAccessibleName(label)
            button.setChecked(view == self._view)
            # Bold as well as pressed: some styles draw a checked button barely darker.
            font = button.font()
            font.setBold(view == self._view)
            button.setFont(font)

    def _renderer(self) -> QSvgRenderer:
        key = (self._child, self._view)
        if key not in self._renderers:
            name = f"{'child' if self._child else 'adult'}_{self._view}.svg"
            self._renderers[key] = QSvgRenderer(str(resource_path("body_map", name)), self)
        return self._renderers[key]

    def _refresh_canvas(self) -> None:
        # A read-only record is only looked at: no instructions about placing marks.
        self.hint.setVisible(not self._read_only)
        self.canvas.setAccessibleDescription(self.tr(
            "The injuries marked on the drawing; Tab moves between the marks.")
            if self._read_only else self.tr(
            "Click the drawing to mark an injury, or use the keyboard: the arrow keys move the "
            "cross (with Shift in bigger steps), Enter or Space places a mark, Tab moves "
            "between the marks and Delete removes the selected one."))
        right = self.tr("Right", "the survivor's right side, written beside the drawing")
        left = self.tr("Left", "the survivor's left side, written beside the drawing")
        # Front and genital views face the examiner, so the survivor's right is on the left.
        sides = (left, right) if self._view == BodyView.BACK.value else (right, left)
        self.canvas.set_drawing(self._renderer(), *sides)
        self.canvas.set_marks([CanvasMark(m.number, m.x, m.y) for m in self._marks
                               if m.view == self._view], self._selected)
        self.canvas.setAccessibleName(self.tr("Body drawing: {view}").replace(
            "{view}", _forms(_VIEW_LABELS[self._view])))

    def _refresh_table(self) -> None:
        locale = self.locale()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._marks))
        for row, mark in enumerate(self._marks):
            size = "" if mark.size_cm is None else locale.toString(mark.size_cm, "g", 6)
            cells = (locale.toString(mark.number), _forms(_VIEW_LABELS[mark.view]),
                     _forms(_TYPE_LABELS[mark.type]), size, mark.description)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, mark.number)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._sync_table_selection()

    def _sync_table_selection(self) -> None:
        rows = [row for row, mark in enumerate(self._marks) if mark.number == self._selected]
        self.table.blockSignals(True)
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)

    def _refresh_details(self) -> None:
        mark = self._mark(self._selected)
        editable = mark is not None and not self._read_only
        for widget in (self.type_combo, self.size_edit, self.description_edit,
                       self.remove_button):
            widget.setEnabled(editable)
        for widget in (self.type_combo, self.size_edit, self.description_edit):
            widget.blockSignals(True)
        self.type_combo.setCurrentIndex(self.type_combo.findData(
            mark.type if mark else self._last_type))
        self.size_edit.setText("" if mark is None or mark.size_cm is None
                               else self.locale().toString(mark.size_cm, "g", 6))
        self.description_edit.setText(mark.description if mark else "")
        for widget in (self.type_combo, self.size_edit, self.description_edit):
            widget.blockSignals(False)
        self._refresh_other_warning()

    def _refresh_other_warning(self) -> None:
        mark = self._mark(self._selected)
        self.other_warning.setVisible(
            mark is not None and mark.type == InjuryType.OTHER.value
            and not mark.description.strip())

    # -- what the user did --------------------------------------------------------------------

    def _mark(self, number: int | None) -> BodyMark | None:
        return next((m for m in self._marks if m.number == number), None)

    def _show_view(self, view: str) -> None:
        self._view = view
        self._refresh_view_buttons()
        self._refresh_canvas()

    def _select(self, number: int) -> None:
        mark = self._mark(number)
        if mark is None:
            return
        self._selected = number
        self._view = mark.view
        # The table keeps its rows: rebuilding them under a keyboard user would move the focus.
        self._refresh_view_buttons()
        self._refresh_canvas()
        self._sync_table_selection()
        self._refresh_details()

    def _table_selection_changed(self) -> None:
        items = self.table.selectedItems()
        if items:
            self._select(int(items[0].data(Qt.ItemDataRole.UserRole)))

    def _add_mark(self, x: float, y: float) -> None:
        if self._read_only:
            return
        number = max((m.number for m in self._marks), default=0) + 1
        self._marks.append(BodyMark(number, self._view, x, y, self._last_type))
        self._selected = number
        self._refresh()
        self.changed.emit()

    def _move_mark(self, number: int, x: float, y: float) -> None:
        mark = self._mark(number)
        if mark is None or self._read_only:
            return
        mark.x, mark.y = x, y
        self._refresh_canvas()
        self.changed.emit()

    def _remove_selected(self) -> None:
        mark = self._mark(self._selected)
        if mark is None or self._read_only:
            return
        index = self._marks.index(mark)
        self._marks.remove(mark)
        # The next mark on the same drawing stays selected, so Delete can be pressed again.
        same_view = [m for m in self._marks[index:] + self._marks[:index] if m.view == self._view]
        self._selected = same_view[0].number if same_view else None
        self._refresh()
        self.changed.emit()

    def _type_edited(self, index: int) -> None:
        mark = self._mark(self._selected)
        kind = self.type_combo.itemData(index)
        if mark is None or self._read_only or not isinstance(kind, str):
            return
        mark.type = self._last_type = kind
        self._refresh_table()
        self._refresh_other_warning()
        self.changed.emit()

    def _size_edited(self, text: str) -> None:
        mark = self._mark(self._selected)
        if mark is None or self._read_only:
            return
        if not text.strip():
            mark.size_cm = None
        else:
            size, ok = self.locale().toDouble(text)
            if not ok or size < 0:
                return  # half-typed ("2,"): keep the last good size until it parses
            mark.size_cm = size
        self._refresh_table()
        self.changed.emit()

    def _description_edited(self, text: str) -> None:
        mark = self._mark(self._selected)
        if mark is None or self._read_only:
            return
        mark.description = text
        self._refresh_table()
        self._refresh_other_warning()
        self.changed.emit()
