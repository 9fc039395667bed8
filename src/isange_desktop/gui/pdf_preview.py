"""A PDF shown and printed from memory with QtPdf: never a file, never a temporary one.

`PdfPreview` drives a QPdfView and its bar (page, zoom) laid out by a form; `print_pages`
paints a PDF into a QPrinter. Both read the bytes through a QBuffer, and both let go of
them as soon as they are done: whoever holds the bytes decides how long a document lives.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QObject,
    QPointF,
    QRectF,
    QSize,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.gui.designer_forms import child

# Pages reach the printer as images: 300 dpi is print quality, and an A4 page then takes
# about 35 MB while it is drawn (a PDF printer's 1200 dpi would need 550 MB).
PRINT_DPI = 300
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
_FIT_WIDTH, _FIT_PAGE = "width", "page"


class PrinterFailed(Exception):
    """The printer (or the document handed to it) could not be used."""


def _open(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)  # a QBuffer is read at once, not in the background
    return document, buffer


def _close(document: QPdfDocument, buffer: QBuffer) -> None:
    document.close()
    buffer.close()
    buffer.setData(QByteArray())


def print_pages(data: bytes, printer: QPrinter) -> int:
    """Paint every page of the PDF ``data`` (or the range chosen in the print dialog) into
    ``printer``, each scaled to the paper; returns how many pages went. Runs on the worker:
    painting on a QPrinter is allowed off the GUI thread, and the pages take a while."""
    document, buffer = _open(data)
    try:
        count = document.pageCount()
        if document.status() != QPdfDocument.Status.Ready or count < 1:
            raise PrinterFailed("document")
        first, last = 0, count - 1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = min(printer.fromPage(), count) - 1
            last = max(first, min(printer.toPage() or count, count) - 1)
        printer.setFullPage(True)  # the document has its own margins
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterFailed("printer")
        try:
            for number in range(first, last + 1):
                if number > first and not printer.newPage():
                    raise PrinterFailed("printer")
                _paint_page(painter, document, number)
        finally:
            painter.end()
        return last - first + 1
    finally:
        _close(document, buffer)


def _paint_page(painter: QPainter, document: QPdfDocument, number: int) -> None:
    area = QRectF(painter.viewport())
    points = document.pagePointSize(number)
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QRectF(0, 0, points.width() * scale, points.height() * scale)
    target.moveCenter(area.center())
    pixels = min(scale, PRINT_DPI / 72)
    image = document.render(number, QSize(round(points.width() * pixels),
                                          round(points.height() * pixels)))
    if image.isNull():
        raise PrinterFailed("document")
    painter.drawImage(target, image)


class PdfPreview(QObject):
    """The view and its bar, found in ``form`` by their names in ui/print_dialog.ui:
    previous and next page, the page number, zoom out, the zoom (fit width, whole page or a
    factor) and zoom in. The form calls ``retranslate``."""

    def __init__(self, form: QWidget, view: QPdfView) -> None:
        super().__init__(form)
        self.view = view
        self._document: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        # What the view holds when nothing is shown: QPdfView warns when given None after a
        # document (its link model connects to the null document).
        self._empty = QPdfDocument(self)
        view.setDocument(self._empty)
        self.previous_button = child(form, QToolButton, "previous_button")
        self.page = child(form, QSpinBox, "page")
        self.page_count = child(form, QLabel, "page_count")
        self.next_button = child(form, QToolButton, "next_button")
        self.zoom_out_button = child(form, QToolButton, "zoom_out_button")
        self.zoom = child(form, QComboBox, "zoom")
        self.zoom_in_button = child(form, QToolButton, "zoom_in_button")
        # Shown instead of the view while no document is: the preview shows one or the other.
        self.hint = child(form, QLabel, "preview_hint")
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem("", _FIT_WIDTH)
        self.zoom.addItem("", _FIT_PAGE)
        for factor in ZOOMS:
            self.zoom.addItem("", factor)
        style = view.style()
        self.previous_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.next_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.previous_button.clicked.connect(lambda: self.page.stepBy(-1))
        self.next_button.clicked.connect(lambda: self.page.stepBy(1))
        self.page.valueChanged.connect(self._page_chosen)
        view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self._show_pages()

    def retranslate(self) -> None:
        self.zoom.setItemText(0, self.tr("Fit width"))
        self.zoom.setItemText(1, self.tr("Whole page"))
        for index, factor in enumerate(ZOOMS, start=2):
            self.zoom.setItemText(index, self.tr("%1%").replace("%1", str(round(factor * 100))))
        for button, words in ((self.zoom_in_button, self.tr("Zoom in (%1)")),
                              (self.zoom_out_button, self.tr("Zoom out (%1)"))):
            button.setToolTip(words.replace("%1", button.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)))
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self._show_pages()

    # -- the document -------------------------------------------------------------------
    def load(self, data: bytes) -> int:
        """Show the PDF ``data``, read from memory; returns its page count (0: unreadable,
        and nothing is kept)."""
        self.clear()
        document, buffer = _open(data, self)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            _close(document, buffer)
            document.deleteLater()
            buffer.deleteLater()
            return 0
        self._document, self._buffer = document, buffer
        self.view.setDocument(document)
        self._show_pages()
        self.hint.hide()
        self.view.show()
        return document.pageCount()

    def document(self) -> QPdfDocument | None:
        return self._document

    def clear(self) -> None:
        """Let go of the document: the view first, then the document and its bytes."""
        self.view.setDocument(self._empty)
        if self._document is not None and self._buffer is not None:
            _close(self._document, self._buffer)
            self._document.deleteLater()
            self._buffer.deleteLater()
        self._document = self._buffer = None
        self._show_pages()
        self.view.hide()
        self.hint.show()

    # -- pages and zoom -----------------------------------------------------------------
    def _show_pages(self) -> None:
        count = self._document.pageCount() if self._document is not None else 0
        blocked = self.page.blockSignals(True)
        self.page.setMaximum(max(1, count))
        self.page.setValue(self.view.pageNavigator().currentPage() + 1 if count else 1)
        self.page.blockSignals(blocked)
        self.page_count.setText(
            self.tr("of %1").replace("%1", QLocale().toString(count)) if count else "")
        for widget in (self.previous_button, self.page, self.next_button,
                       self.zoom_out_button, self.zoom, self.zoom_in_button):
            widget.setEnabled(count > 0)

    def _page_chosen(self, value: int) -> None:
        if self._document is not None:
            self.view.pageNavigator().jump(value - 1, QPointF())

    def _page_shown(self, page: int) -> None:
        blocked = self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(blocked)

    def _zoom_chosen(self, _index: int) -> None:
        value = self.zoom.currentData()
        page = self.view.pageNavigator().currentPage()
        if value == _FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == _FIT_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))
        if self._document is not None:  # the view keeps its scroll offset, not its page
            self.view.pageNavigator().jump(page, QPointF())

    def shown_zoom(self) -> float:
        """The zoom factor on screen; a fitted page's is worked out as QPdfView does."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self._document is None:
            return self.view.zoomFactor()
        page = self._document.pagePointSize(self.view.pageNavigator().currentPage())
        margins = self.view.documentMargins()
        viewport = self.view.viewport().size()
        dots = self.view.logicalDpiX() / 72
        wide = (viewport.width() - margins.left() - margins.right()) / (page.width() * dots)
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return wide
        return min(wide, (viewport.height() - margins.top() - margins.bottom())
                   / (page.height() * dots))

    def zoom_step(self, direction: int) -> None:
        """To the next factor in or out from what is shown (fitted pages included)."""
        shown = self.shown_zoom()
        steps = [z for z in ZOOMS if (z > shown + 0.01 if direction > 0 else z < shown - 0.01)]
        if steps:
            self.zoom.setCurrentIndex(self.zoom.findData(steps[0] if direction > 0
                                                         else steps[-1]))


def install_preview(form: QWidget) -> tuple[QPdfView, PdfPreview]:
    """The PDF view in ``form``'s "preview_place" layout (hidden until a document is shown)
    and its controls, with the view after the zoom buttons in the Tab order."""
    view = QPdfView(form)
    view.hide()
    child(form, QVBoxLayout, "preview_place").addWidget(view, 1)
    preview = PdfPreview(form, view)
    QWidget.setTabOrder(preview.zoom_in_button, view)
    return view, preview
