"""An attachment shown from memory, in the app itself: a photo or scan as an image, a PDF in
the same QtPdf preview as the Print dialog (gui/pdf_preview.py).

Nothing decrypted goes to the disk: no temporary file, no other program opened on the file
(that would need a copy it could read), no "open with". The bytes live in this dialog and are
let go when it closes; the workspace closes it when the screen locks.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QSize, Qt
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from isange_desktop.domain.attachment_rules import MediaType
from isange_desktop.gui.attachment_words import kind_name, place_name, seal_text
from isange_desktop.gui.local_time import format_when
from isange_desktop.gui.pdf_preview import ZOOMS, PdfPreview, install_preview
from isange_desktop.gui.retranslating import Retranslating
from isange_desktop.gui.window_size import fit_to_screen
from isange_desktop.services.attachments import AttachmentInfo

_FIT = "fit"
_HINT_STYLE = "background: #f4f6f8; border: 1px solid #cfd8dc; padding: 24px; color: #37474f;"


def decode_image(data: bytes) -> QImage:
    """The picture in ``data`` (JPEG, PNG or TIFF), turned upright as the camera meant it; a
    null image when it cannot be read. Read through a QBuffer: from memory, never a file."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    # The reader goes first: the TIFF plugin still reads its device when it closes, and a
    # buffer emptied under it crashes the app.
    del reader
    buffer.close()
    buffer.setData(QByteArray())
    return image


def _tool(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


class AttachmentViewer(Retranslating, QDialog):
    """One attachment, from its bytes in memory. Its window title names the kind of file,
    never the file's name (titles show in the task bar, and on a shared screen)."""

    def __init__(self, info: AttachmentInfo, data: bytes, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.info = info
        self.is_pdf = info.media_type == MediaType.PDF
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.memory_note = QLabel()
        self.memory_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.details)
        self.image = QImage()
        self.pdf: PdfPreview | None = None
        self.image_label: QLabel | None = None
        if self.is_pdf:
            layout.addWidget(self._pdf_page(), 1)
            shown = self.pdf.load(data) > 0 if self.pdf is not None else False
        else:
            layout.addWidget(self._image_page(), 1)
            self.image = decode_image(data)
            shown = not self.image.isNull()
        del data  # the document or the image holds what is needed; the bytes go with them
        self.unreadable = not shown
        layout.addWidget(self.memory_note)
        layout.addWidget(buttons)
        self._sized = False
        self.retranslate()  # draws the image too

    # -- building -------------------------------------------------------------------------
    def _pdf_page(self) -> QWidget:
        """The bar and place that install_preview finds by name, as ui/print_dialog.ui has
        them: the preview's controls are PdfPreview's, not copied here."""
        page = QWidget()
        bar = QHBoxLayout()
        self.previous_button, self.next_button = _tool(""), _tool("")
        self.page_spin, self.page_count = QSpinBox(), QLabel()
        self.pdf_zoom_out, self.pdf_zoom_in = _tool("\u2212"), _tool("+")
        self.pdf_zoom = QComboBox()
        named = ((self.previous_button, "previous_button"), (self.page_spin, "page"),
                 (self.page_count, "page_count"), (self.next_button, "next_button"),
                 (self.pdf_zoom_out, "zoom_out_button"), (self.pdf_zoom, "zoom"),
                 (self.pdf_zoom_in, "zoom_in_button"))
        for widget, name in named:
            widget.setObjectName(name)
            bar.addWidget(widget)
            if name == "next_button":
                bar.addStretch(1)
        self.page_spin.setMinimum(1)
        self.hint = QLabel()
        self.hint.setObjectName("preview_hint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet(_HINT_STYLE)
        place = QVBoxLayout()
        place.setObjectName("preview_place")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.hint, 1)
        column.addLayout(place, 1)
        self.view, self.pdf = install_preview(page)
        return page

    def _image_page(self) -> QWidget:
        page = QWidget()
        self.zoom_out_button, self.zoom_in_button = _tool("\u2212"), _tool("+")
        self.zoom_out_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_in_button.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom = QComboBox()
        self.zoom.addItem("", _FIT)
        for factor in ZOOMS:
            self.zoom.addItem("", factor)
        self.zoom.currentIndexChanged.connect(lambda _i: self._render())
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(1))
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea()
        self.image_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll.setWidget(self.image_label)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom, self.zoom_in_button):
            bar.addWidget(widget)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.image_scroll, 1)
        return page

    def retranslate(self) -> None:
        info = self.info
        self.setWindowTitle(self.tr("%1 of the case %2").replace(
            "%1", kind_name(info.media_type)).replace("%2", info.case_number))
        parts = [info.file_name, kind_name(info.media_type),
                 QLocale().formattedDataSize(info.size), place_name(info.track),
                 self.tr("added by %1 on %2").replace("%1", info.added_by)
                 .replace("%2", format_when(info.added_at))]
        if info.evidence:
            parts.append(seal_text(True))
        self.details.setText(" \u00b7 ".join(parts))
        self.memory_note.setText(self.tr(
            "Shown from memory: nothing is written to the disk. To give a copy to someone, "
            "use Export in the list of files."))
        if self.pdf is not None:
            self.pdf.retranslate()
            self.hint.setText(self.tr("This PDF could not be shown."))
        else:
            self.zoom.setItemText(0, self.tr("Fit to window"))
            for index, factor in enumerate(ZOOMS, start=1):
                self.zoom.setItemText(index, self.tr("%1%").replace(
                    "%1", str(round(factor * 100))))
            self.zoom.setAccessibleName(self.tr("Zoom"))
            self.zoom_in_button.setToolTip(self.tr("Zoom in"))
            self.zoom_out_button.setToolTip(self.tr("Zoom out"))
            self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:  # a photo or a page needs the room; once, as the Print dialog
            self._sized = True
            fit_to_screen(self, (1100, 820))

    # -- the image ------------------------------------------------------------------------
    def shown_factor(self) -> float:
        """The scale the image is drawn at: a fitted image is never drawn larger than it is
        (a small photo blown up only adds blur)."""
        value = self.zoom.currentData()
        if value != _FIT:
            return float(value)
        if self.image.isNull():
            return 1.0
        room = self.image_scroll.viewport().size()
        return min(1.0, room.width() / self.image.width(), room.height() / self.image.height())

    def _render(self) -> None:
        if self.image_label is None:
            return
        if self.image.isNull():
            self.image_label.setPixmap(QPixmap())
            self.image_label.setText(self.tr("This image could not be shown.")
                                     if self.unreadable else "")
            self.image_label.adjustSize()
            return
        factor = self.shown_factor()
        size = QSize(max(1, round(self.image.width() * factor)),
                     max(1, round(self.image.height() * factor)))
        scaled = self.image if size == self.image.size() else self.image.scaled(
            size, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        self.image_label.setPixmap(QPixmap.fromImage(scaled))
        self.image_label.resize(size)

    def zoom_step(self, direction: int) -> None:
        """To the next factor in or out from what is shown (a fitted image included)."""
        shown = self.shown_factor()
        steps = [z for z in ZOOMS if (z > shown + 0.01 if direction > 0 else z < shown - 0.01)]
        if steps:
            self.zoom.setCurrentIndex(self.zoom.findData(steps[0] if direction > 0
                                                         else steps[-1]))

    def shown_pixmap(self) -> QPixmap:
        return self.image_label.pixmap() if self.image_label is not None else QPixmap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.image_label is not None and self.zoom.currentData() == _FIT:
            self._render()

    # -- the PDF ----------------------------------------------------------------------------
    def document(self) -> QPdfDocument | None:
        return self.pdf.document() if self.pdf is not None else None

    # -- closing ----------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self.forget()
        super().done(result)

    def forget(self) -> None:
        """Let go of what was shown: the image and its pixmap, or the document and its bytes."""
        self.image = QImage()
        if self.image_label is not None:
            self.image_label.setPixmap(QPixmap())
        if self.pdf is not None:
            self.pdf.clear()


def discard_viewer(viewer: AttachmentViewer | None) -> None:
    """Close a kept viewer without asking, if it is still there (a lock)."""
    if viewer is not None and shiboken6.isValid(viewer):
        viewer.reject()
