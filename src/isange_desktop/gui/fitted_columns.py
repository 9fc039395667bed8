"""Columns that share a table's width by weight, so a list never scrolls sideways: at
1366x768, at 150% scaling (1280 logical pixels) and in the longer languages alike. A text
too long for its column is elided, and its whole text is the cell's tool tip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class FittedColumns(QObject):
    """Keeps `table`'s column widths proportional to `weights` whenever it is resized.
    (Measuring the contents instead would read every row, and a list may hold 100,000.)"""

    def __init__(self, table: QTableView, weights: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._weights = list(weights)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        table.viewport().installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        total = self._table.viewport().width()
        weight_sum = sum(self._weights) or 1
        used = 0
        for column, weight in enumerate(self._weights[:-1]):
            width = total * weight // weight_sum
            self._table.setColumnWidth(column, width)
            used += width
        # The last column takes the rounding remainder, so the columns end at the edge.
        self._table.setColumnWidth(len(self._weights) - 1, max(total - used, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
