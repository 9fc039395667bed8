"""The drawing a nurse marks: one body view, its numbered marks and a keyboard cross.

It knows positions and numbers only; what a mark means is the editor's business
(`body_map_widget.BodyMapEditor`). Positions are fractions of the drawing's own box, so they
do not depend on the widget's size, on adult or child drawings, or on the screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

MARK_RADIUS = 15.0
# A touch pad or a shaking hand misses a 30 px circle; the target is larger than what is drawn.
HIT_RADIUS = MARK_RADIUS + 5.0
STEP = 0.01
BIG_STEP = 0.05
MARK_COLOUR = Qt.GlobalColor.darkRed
CROSS_COLOUR = Qt.GlobalColor.darkBlue
_PLACE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space})
_DELETE_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace})
_ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
           Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}


@dataclass(frozen=True)
class CanvasMark:
    number: int
    x: float
    y: float


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


class BodyCanvas(QWidget):
    """Paints the SVG inside the largest box of its aspect ratio; never stretches it."""

    place_requested = Signal(float, float)
    mark_chosen = Signal(int)
    mark_moved = Signal(int, float, float)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(200, 260)
        self.setMouseTracking(False)
        self._renderer: QSvgRenderer | None = None
        self._marks: list[CanvasMark] = []
        self._selected: int | None = None
        self._cross = QPointF(0.5, 0.5)
        self._read_only = False
        self._dragging: int | None = None
        self._side_labels = ("", "")

    # -- what the editor tells it -------------------------------------------------------------

    def set_drawing(self, renderer: QSvgRenderer, left_label: str, right_label: str) -> None:
        self._renderer = renderer
        self._side_labels = (left_label, right_label)
        self.update()

    def set_marks(self, marks: list[CanvasMark], selected: int | None) -> None:
        self._marks = sorted(marks, key=lambda m: m.number)
        self._selected = selected
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._dragging = None
        self.update()

    # -- geometry -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(320, 520)

    def drawing_rect(self) -> QRectF:
        """The drawing's box in widget pixels: a margin keeps edge marks whole, and a text line
        on top holds the right/left reminders."""
        label_height = float(self.fontMetrics().height() + 4)
        area = QRectF(self.rect()).adjusted(MARK_RADIUS + 2, label_height + 2,
                                            -MARK_RADIUS - 2, -MARK_RADIUS - 2)
        box = self._renderer.viewBoxF() if self._renderer else QRectF(0, 0, 1, 2)
        if area.width() <= 0 or area.height() <= 0 or box.width() <= 0 or box.height() <= 0:
            return QRectF(area.topLeft(), QSize(0, 0))
        scale = min(area.width() / box.width(), area.height() / box.height())
        width, height = box.width() * scale, box.height() * scale
        return QRectF(area.left() + (area.width() - width) / 2,
                      area.top() + (area.height() - height) / 2, width, height)

    def widget_point(self, x: float, y: float) -> QPointF:
        rect = self.drawing_rect()
        return QPointF(rect.left() + x * rect.width(), rect.top() + y * rect.height())

    def fraction_at(self, pos: QPointF) -> tuple[float, float] | None:
        rect = self.drawing_rect()
        if rect.width() <= 0 or not rect.contains(pos):
            return None
        return ((pos.x() - rect.left()) / rect.width(), (pos.y() - rect.top()) / rect.height())

    def mark_at(self, pos: QPointF) -> int | None:
        """The nearest mark under the pointer; ties go to the higher number, drawn on top."""
        best: tuple[float, int] | None = None
        for mark in self._marks:
            centre = self.widget_point(mark.x, mark.y)
            distance = (centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2
            if distance <= HIT_RADIUS ** 2 and (best is None or distance <= best[0]):
                best = (distance, mark.number)
        return best[1] if best else None

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        rect = self.drawing_rect()
        if self._renderer is not None and rect.width() > 0:
            self._renderer.render(painter, rect)
        self._paint_side_labels(painter, rect)
        for mark in self._marks:
            self._paint_mark(painter, mark)
        if self.hasFocus():
            self._paint_focus(painter)
        painter.end()

    def _paint_side_labels(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        line = QRectF(rect.left(), 0, rect.width(), float(self.fontMetrics().height() + 4))
        left, right = self._side_labels
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)

    def _paint_mark(self, painter: QPainter, mark: CanvasMark) -> None:
        centre = self.widget_point(mark.x, mark.y)
        selected = mark.number == self._selected
        # The selected mark differs by shape (thicker ring, outer halo), not by colour alone.
        painter.setPen(QPen(MARK_COLOUR, 4.5 if selected else 2.0))
        # Slightly see-through, so the outline under a mark (e.g. the anus) stays visible.
        painter.setBrush(QColor(255, 255, 255, 190))
        painter.drawEllipse(centre, MARK_RADIUS, MARK_RADIUS)
        if selected:
            painter.setPen(QPen(MARK_COLOUR, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, MARK_RADIUS + 5, MARK_RADIUS + 5)
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(15 if mark.number < 100 else 11)
        painter.setFont(font)
        painter.setPen(Qt.GlobalColor.black)
        box = QRectF(centre.x() - MARK_RADIUS, centre.y() - MARK_RADIUS,
                     2 * MARK_RADIUS, 2 * MARK_RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.locale().toString(mark.number))
        painter.setFont(self.font())

    def _paint_focus(self, painter: QPainter) -> None:
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(highlight, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        if self._read_only:
            return
        # The cross shows where Enter will put the next mark.
        centre = self.widget_point(self._cross.x(), self._cross.y())
        painter.setPen(QPen(CROSS_COLOUR, 2))
        arm = MARK_RADIUS + 6
        x, y = centre.x(), centre.y()
        painter.drawLine(QPointF(x - arm, y), QPointF(x + arm, y))
        painter.drawLine(QPointF(x, y - arm), QPointF(x, y + arm))
        painter.drawEllipse(centre, 5.0, 5.0)

    # -- input --------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        number = self.mark_at(pos)
        if number is not None:
            self._dragging = None if self._read_only else number
            self.mark_chosen.emit(number)
            return
        fraction = self.fraction_at(pos)
        if fraction is None or self._read_only:
            return
        self._cross = QPointF(*fraction)
        self.place_requested.emit(*fraction)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragging is None or self._read_only:
            return
        rect = self.drawing_rect()
        if rect.width() <= 0:
            return
        pos = event.position()
        x = _clamp((pos.x() - rect.left()) / rect.width())
        y = _clamp((pos.y() - rect.top()) / rect.height())
        self.mark_moved.emit(self._dragging, x, y)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._dragging = None
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if self._read_only:
            super().keyPressEvent(event)
        elif key in _ARROWS:
            step = BIG_STEP if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else STEP
            dx, dy = _ARROWS[key]
            self._cross = QPointF(_clamp(self._cross.x() + dx * step),
                                  _clamp(self._cross.y() + dy * step))
            self.update()
        elif key in _PLACE_KEYS:
            self.place_requested.emit(self._cross.x(), self._cross.y())
        elif key in _DELETE_KEYS and self._selected is not None:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the marks of this view, then leaves: the canvas never traps the focus."""
        numbers = [m.number for m in self._marks]
        if numbers:
            if self._selected in numbers:
                index = numbers.index(self._selected) + (1 if forward else -1)
            else:
                index = 0 if forward else len(numbers) - 1
            if 0 <= index < len(numbers):
                self.mark_chosen.emit(numbers[index])
                return True
        return super().focusNextPrevChild(forward)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()
