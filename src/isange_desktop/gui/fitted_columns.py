"""A table view whose columns share its width by weight, so a list never scrolls sideways:
at 1366x768, at 150% scaling (1280 logical pixels) and in the longer languages alike. A text
too long for its column is elided, and its whole text is the cell's tool tip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget


class FittedTableView(QTableView):
    """Keeps the column widths proportional to ``weights`` whenever the view is resized.
    (Measuring the contents instead would read every row, and a list may hold 100,000.)
    A subclass rather than an event filter: no other object's Python code runs while the
    view is being destroyed."""

    def __init__(self, weights: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weights = list(weights)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)

    def fit(self) -> None:
        total = self.viewport().width()
        weight_sum = sum(self._weights) or 1
        used = 0
        for column, weight in enumerate(self._weights[:-1]):
            width = total * weight // weight_sum
            self.setColumnWidth(column, width)
            used += width
        # The last column takes the rounding remainder, so the columns end at the edge.
        self.setColumnWidth(len(self._weights) - 1, max(total - used, 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
