"""The Cases page: search as you type, filters, the paged list; Enter or a double click opens
a case. It shows what services.case_listing returns and holds no rule of its own."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.classification import GbvType
from isange_desktop.domain.policy import Action, granting_role
from isange_desktop.domain.tracks import CaseStatus, Track
from isange_desktop.gui.case_list_model import CaseListModel
from isange_desktop.gui.case_words import (
    case_status_name,
    gbv_type_name,
    track_name,
)
from isange_desktop.gui.error_text import error_message
from isange_desktop.gui.fitted_columns import FittedTableView
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.runner import Runner
from isange_desktop.services.case_listing import COUNT_CAP, CaseQuery
from isange_desktop.services.session import UserSession

# Relative widths of the columns (number, survivor, arrived, clock, type, status, tracks).
COLUMN_WEIGHTS = (165, 70, 125, 190, 140, 100, 90, 90, 90, 90)
# Long enough that typing a name does not query on every key, short enough to feel immediate.
TYPING_PAUSE_MS = 300


def may_list_cases(session: UserSession) -> bool:
    return granting_role(session.roles, Action.CASE_LIST) is not None


class CasesPage(Retranslating, QWidget):
    """``open_requested(number)`` when the person opens a case; ``new_case_requested`` for
    the intake button."""

    open_requested = Signal(str)
    new_case_requested = Signal()

    def __init__(self, session: UserSession, runner: Runner, parent: QWidget | None = None,
                 *, page_size: int | None = None) -> None:
        super().__init__(parent)
        self.model = (CaseListModel(session, runner, self) if page_size is None
                      else CaseListModel(session, runner, self, page_size=page_size))
        self.model.counted.connect(self._show_count)
        self.model.failed.connect(self._show_error)

        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._typing)
        self.status_filter = QComboBox()
        self.track_filter = QComboBox()
        self.type_filter = QComboBox()
        self.dates_filter = QCheckBox()
        self.from_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.to_date = QDateEdit(QDate.currentDate())
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(self._refilter)
        self.dates_filter.toggled.connect(self._dates_toggled)
        for combo in (self.status_filter, self.track_filter, self.type_filter):
            combo.currentIndexChanged.connect(self._refilter)
            # Sized for a short label, not the longest one, so a longer language still fits
            # the row at 1280 logical px, a 1080p laptop at 150% (the open list shows the
            # whole texts).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.new_button = QPushButton()
        self.new_button.setVisible(granting_role(session.roles, Action.CASE_CREATE) is not None)
        self.new_button.clicked.connect(self.new_case_requested)
        self.count_label = QLabel()
        self.count_label.setObjectName("caseCount")

        # The width shared out: the case number whole, the clock widest of the rest.
        self.table = FittedTableView(COLUMN_WEIGHTS)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._refilter)

        self._labels = [QLabel() for _ in range(4)]
        top = QHBoxLayout()
        top.addWidget(self.search_field, 1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        for label, widget in zip(self._labels[:3], (self.status_filter, self.track_filter,
                                                      self.type_filter), strict=True):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addSpacing(12)
        filters.addWidget(self.dates_filter)
        filters.addWidget(self.from_date)
        self._labels[3].setBuddy(self.to_date)
        filters.addWidget(self._labels[3])
        filters.addWidget(self.to_date)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.setTabOrder(self.search_field, self.new_button)
        self.setTabOrder(self.new_button, self.status_filter)
        self.setTabOrder(self.status_filter, self.track_filter)
        self.setTabOrder(self.track_filter, self.type_filter)
        self.setTabOrder(self.type_filter, self.dates_filter)
        self.setTabOrder(self.dates_filter, self.from_date)
        self.setTabOrder(self.from_date, self.to_date)
        self.setTabOrder(self.to_date, self.table)
        self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        self._filling = True  # refilling the combos must not query four times
        self.search_field.setPlaceholderText(self.tr(
            "Search: case number, phone number or the start of a name"))
        self.search_field.setAccessibleName(self.tr("Search cases"))
        self.new_button.setText(self.tr("&New case"))
        self._labels[0].setText(self.tr("S&tatus"))
        self._labels[1].setText(self.tr("&Pending track"))
        self._labels[2].setText(self.tr("T&ype"))
        self._labels[3].setText(self.tr("to"))
        self.dates_filter.setText(self.tr("&Arrived from"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.model.retranslate()
        _refill(self.status_filter, self.tr("Any status"),
                [(s, case_status_name(s)) for s in CaseStatus])
        _refill(self.track_filter, self.tr("Any track"), [(t, track_name(t)) for t in Track])
        _refill(self.type_filter, self.tr("Any type"),
                [(t, gbv_type_name(t)) for t in GbvType])
        self._filling = False


    def load(self) -> None:
        """Show the list for the current filters (first page)."""
        self._refilter()

    def current_query(self) -> CaseQuery:
        text = self.search_field.text().strip()
        dated = self.dates_filter.isChecked()
        return CaseQuery(
            text=text if sum(ch.isalnum() for ch in text) >= 2 else "",
            status=self.status_filter.currentData(),
            pending_track=self.track_filter.currentData(),
            gbv_type=self.type_filter.currentData(),
            arrived_from=self.from_date.date().toPython() if dated else None,  # type: ignore[arg-type]
            arrived_to=self.to_date.date().toPython() if dated else None,  # type: ignore[arg-type]
        )

    def discard(self) -> None:
        self._pause.stop()
        self.search_field.clear()
        self.model.clear()
        self.count_label.clear()

    def _typing(self) -> None:
        self._pause.start()

    def _dates_toggled(self, on: bool) -> None:
        self.from_date.setEnabled(on)
        self.to_date.setEnabled(on)
        self._refilter()

    def _refilter(self) -> None:
        if self._filling:
            return
        self._pause.stop()
        self.count_label.setText(self.tr("Loading..."))
        self.model.set_query(self.current_query())

    def _show_count(self, total: int) -> None:
        if total > COUNT_CAP:
            self.count_label.setText(self.tr("More than %1 cases").replace(
                "%1", self.locale().toString(COUNT_CAP)))
        else:
            self.count_label.setText(self.tr("%n case(s)", None, total))

    def _show_error(self, exc: Exception) -> None:
        self.count_label.setText(error_message(exc))

    def _open_index(self, index: QModelIndex) -> None:
        number = self.model.number_at(index.row())
        if number is not None:
            self.open_requested.emit(number)


def _refill(combo: QComboBox, any_text: str, items: list[tuple[str, str]]) -> None:
    """Replace the items, keeping the chosen value."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_text, None)
    for value, text in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)
