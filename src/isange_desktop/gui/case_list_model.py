"""The case list as a Qt model: pages fetched on demand off the GUI thread, never every row.

Qt asks ``canFetchMore``/``fetchMore`` as the view scrolls near the end; each fetch is one
keyset page from services.case_listing through the runner. A new query bumps a generation
number so a page that arrives for an older query is dropped rather than mixed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from isange_desktop.domain.tracks import Track
from isange_desktop.gui.case_words import (
    CLOCK_COLOURS,
    case_status_name,
    clock_text,
    gbv_type_name,
    track_name,
    track_status_name,
)
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.runner import Runner
from isange_desktop.services.case_listing import CasePage, CaseQuery, count_cases, list_cases
from isange_desktop.services.case_summaries import CaseSummary
from isange_desktop.services.session import UserSession
from isange_desktop.store.case_list import PageKey

T = TypeVar("T")
PAGE_SIZE = 200
# The first page fills the screen and no more, so a search shows its rows sooner; the pages
# after it come as the view scrolls.
FIRST_PAGE_SIZE = 50
NUMBER, INITIALS, ARRIVAL, CLOCK, TYPE, STATUS = range(6)
TRACK_COLUMNS = {6 + i: track for i, track in enumerate(Track)}
COLUMN_COUNT = 6 + len(TRACK_COLUMNS)
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class _Generation:
    """The number of the query now shown, read by the worker (a plain object, so the closures
    run there hold no Qt object)."""

    def __init__(self) -> None:
        self.value = 0

    def unless_stale(self, generation: int, call: Callable[[], T]) -> T | None:
        """On the worker: skip a call whose query was replaced while it waited in the queue
        (typing "uwim" queues four; only the last one's answer will be shown)."""
        return None if generation != self.value else call()


class CaseListModel(QAbstractTableModel):
    """``page_loaded`` after each page arrives, ``counted(int)`` when the total is known,
    ``failed(Exception)`` when a fetch fails (the view shows one message; rows stay)."""

    page_loaded = Signal()
    counted = Signal(int)
    failed = Signal(object)

    def __init__(self, session: UserSession, runner: Runner, parent: QObject | None = None,
                 *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._page_size = page_size
        self._rows: list[CaseSummary] = []
        # Each row's texts, made once when its page arrives: a repaint while scrolling then
        # costs a list lookup per cell instead of formatting dates and clocks again.
        self._texts: list[tuple[str, ...]] = []
        self._query = CaseQuery()
        self._next: PageKey | None = None
        self._more = False
        self._loading = False
        self._current = _Generation()

    # -- the query ------------------------------------------------------------------------------
    def set_query(self, query: CaseQuery) -> None:
        """Show the cases this query matches, from the first page."""
        self.beginResetModel()
        self._rows, self._texts = [], []
        self._query = query
        self._next, self._more, self._loading = None, True, False
        self._current.value += 1
        self.endResetModel()
        self._fetch()
        session, generation, current = self._session, self._current.value, self._current
        self._runner.run(lambda: current.unless_stale(generation,
                                                            lambda: count_cases(session, query)),
                         on_finished=lambda n: self._counted(generation, n),
                         on_failed=lambda exc: self._failed(generation, exc), owner=self)

    def query(self) -> CaseQuery:
        return self._query

    def clear(self) -> None:
        """Forget every row (the window is being locked)."""
        self.beginResetModel()
        self._rows, self._texts = [], []
        self._more = False
        self._current.value += 1
        self.endResetModel()

    def number_at(self, row: int) -> str | None:
        return self._rows[row].number if 0 <= row < len(self._rows) else None

    @property
    def loading(self) -> bool:
        return self._loading

    # -- fetching -------------------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        self._loading = True
        session, query, after = self._session, self._query, self._next
        generation, current = self._current.value, self._current
        size = min(self._page_size, FIRST_PAGE_SIZE) if after is None else self._page_size
        self._runner.run(lambda: current.unless_stale(
                             generation, lambda: list_cases(session, query, after=after,
                                                            limit=size)),
                         on_finished=lambda page: self._arrived(generation, page),
                         on_failed=lambda exc: self._failed(generation, exc), owner=self)

    def _arrived(self, generation: int, page: CasePage | None) -> None:
        if generation != self._current.value or page is None:
            return
        self._loading = False
        self._next = page.next_key
        self._more = page.next_key is not None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._texts.extend(self._row_texts(row) for row in page.rows)
            self.endInsertRows()
        self.page_loaded.emit()

    def _counted(self, generation: int, total: int | None) -> None:
        if generation == self._current.value and total is not None:
            self.counted.emit(total)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._current.value:
            return
        self._loading = False
        self._more = False  # no retry loop; a new query (or refresh) tries again
        self.failed.emit(exc)

    # -- the table ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role not in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None  # the tool tip: the whole title when the column is narrow
        if section in TRACK_COLUMNS:
            return track_name(TRACK_COLUMNS[section])
        return {NUMBER: self.tr("Case number"), INITIALS: self.tr("Survivor"),
                ARRIVAL: self.tr("Arrived"), CLOCK: self.tr("Most urgent clock"),
                TYPE: self.tr("Type"), STATUS: self.tr("Status")}.get(section)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == NUMBER_ROLE:
            return row.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.row()][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == CLOCK and row.urgent_clock:
            # Colour only repeats what the words already say.
            return QColor(CLOCK_COLOURS[row.urgent_clock.status].text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headerData(column, Qt.Orientation.Horizontal)}: " \
                   f"{self._texts[index.row()][column]}"
        return None

    def retranslate(self) -> None:
        """Make the texts again in the current language (dates, statuses, clocks)."""
        self._texts = [self._row_texts(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)

    def _row_texts(self, row: CaseSummary) -> tuple[str, ...]:
        return tuple(self._text(row, column) for column in range(COLUMN_COUNT))

    def _text(self, row: CaseSummary, column: int) -> str:
        if column == NUMBER:
            return row.number
        if column == INITIALS:
            return row.initials
        if column == ARRIVAL:
            return format_when(row.arrival_at)
        if column == CLOCK:
            return clock_text(row.urgent_clock, short=True) if row.urgent_clock else "-"
        if column == TYPE:
            return gbv_type_name(row.gbv_type)
        if column == STATUS:
            return case_status_name(row.status)
        status = row.tracks.get(TRACK_COLUMNS[column])
        return track_status_name(status) if status else "-"
