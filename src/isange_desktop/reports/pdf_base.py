"""What every printed case document shares: the embedded font, A4 pages, the styles, the
footer on every page, the building blocks of the story and the optional password.

The footer says "confidential", page x of y, who printed it and when, and the audit
checkpoint that covers the print itself, so the paper witnesses the log (ARCHITECTURE.md).
The page total is only known once the story is laid out: the canvas keeps each finished page
and draws the footers when the document is saved (one layout pass; reportlab's usual
"page x of y" recipe), instead of laying the whole document out twice.

The bytes are returned, never written: what to do with them is the caller's choice.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from isange_desktop.i18n.messages import translate
from isange_desktop.reports.print_locale import long_datetime, number
from isange_desktop.resource_files import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
BOTTOM_MARGIN = 26 * mm  # room for the three footer lines
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
GRID = colors.HexColor("#9e9e9e")
SHADE = colors.HexColor("#eeeeee")
# Control characters other than line breaks and tabs make reportlab's paragraph parser fail.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@functools.cache
def register_fonts() -> frozenset[int]:
    """Registers DejaVu Sans (regular and bold) once; returns the code points it can draw."""
    regular = TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf")))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)
    return frozenset(regular.face.charToGlyph)


def printable(text: str) -> str:
    """`text` with what the font cannot draw spelled out as U+XXXX: a reader sees that a
    character was there instead of an empty box, and nothing is silently dropped."""
    drawable = register_fonts()
    text = _CONTROL.sub(" ", text)
    if all(ord(c) in drawable or c in "\n\t" for c in text):
        return text
    return "".join(c if ord(c) in drawable or c in "\n\t" else f"[U+{ord(c):04X}]" for c in text)


def markup(text: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return escape(printable(text)).replace("\t", " ").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    caption: ParagraphStyle
    note: ParagraphStyle
    meta: ParagraphStyle  # who recorded an entry: kept with the entry it introduces
    warning: ParagraphStyle


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT,
                          spaceAfter=3)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20,
                             spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14,
                                spaceAfter=8),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16,
                          spaceBefore=10, spaceAfter=4, keepWithNext=1,
                          textColor=colors.HexColor("#1a237e")),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                          spaceBefore=6, spaceAfter=3, keepWithNext=1),
        body=body,
        label=ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=8.5,
                             leading=11, spaceBefore=3, spaceAfter=1, keepWithNext=1),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5,
                                 leading=10.5, spaceAfter=0),
        caption=ParagraphStyle("caption", parent=body, fontName=FONT_BOLD, fontSize=8.5,
                               leading=10.5, spaceAfter=0, alignment=TA_CENTER),
        note=ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, spaceBefore=3,
                            textColor=colors.HexColor("#424242")),
        meta=ParagraphStyle("meta", parent=body, fontSize=8.5, leading=11, keepWithNext=1,
                            textColor=colors.HexColor("#424242")),
        warning=ParagraphStyle("warning", parent=body, fontName=FONT_BOLD, fontSize=10,
                               leading=13, textColor=colors.HexColor("#8a2c00"),
                               borderColor=colors.HexColor("#8a2c00"), borderWidth=1,
                               borderPadding=5, spaceBefore=6, spaceAfter=8),
    )


# -- building blocks --------------------------------------------------------------------------

def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def long_text(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Free text of any length: one paragraph per line, so the story can break between lines
    as well as inside them, and nothing is cut at a page end."""
    return [para(line, style) for line in text.splitlines() if line.strip()] or [para("", style)]


_CELL_PADDING = 6.0  # reportlab's default left and right padding of a table cell


def _cell(text: str, style: ParagraphStyle, width: float) -> str | Paragraph:
    """A cell's content: the plain string when it fits on one line, else a paragraph that
    wraps. Most cells are short, and a paragraph costs ten times a string to lay out."""
    text = printable(text)
    if "\n" not in text and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) \
            <= width - 2 * _CELL_PADDING:
        return text
    return Paragraph(markup(text), style)


def table(rows: Sequence[Sequence[str]], widths: Sequence[float], *,
          header: Sequence[str] | None = None, bold_first: bool = False) -> Table:
    """A grid of wrapped cells; a header repeats on every page the table runs onto."""
    s = styles()
    data: list[list[Any]] = []
    if header is not None:
        data.append([_cell(h, s.cell_bold, w) for h, w in zip(header, widths, strict=True)])
    for row in rows:
        data.append([_cell(c, s.cell_bold if bold_first and i == 0 else s.cell, w)
                     for i, (c, w) in enumerate(zip(row, widths, strict=True))])
    first = 0 if header is None else 1
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        # Plain-string cells: the same font, size and leading as the paragraph cells.
        ("FONT", (0, 0), (-1, -1), FONT, s.cell.fontSize, s.cell.leading),
    ]
    if header is not None:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE),
                     ("FONT", (0, 0), (-1, 0), FONT_BOLD, s.cell.fontSize, s.cell.leading)]
    if bold_first:
        commands += [("BACKGROUND", (0, first), (0, -1), SHADE),
                     ("FONT", (0, first), (0, -1), FONT_BOLD, s.cell.fontSize, s.cell.leading)]
    # splitInRow: a cell taller than a page (a long description) continues on the next page
    # instead of failing the whole document.
    return Table(data, colWidths=list(widths), repeatRows=1 if header is not None else 0,
                 style=TableStyle(commands), hAlign="LEFT", splitInRow=1)


def pairs(rows: Iterable[tuple[str, str]]) -> Table:
    """Label | value rows, for short answers."""
    return table(list(rows), (CONTENT_WIDTH * 0.34, CONTENT_WIDTH * 0.66), bold_first=True)


# -- the page ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Footer:
    lang: str
    case_number: str
    printed_by: str  # the reader's name and login
    printed_at: datetime
    checkpoint_seq: int
    checkpoint_hash: str


class _FooterCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Keeps each page until the document is saved, then draws every footer with the total."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number_, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number_, total)
            super().showPage()
        super().save()

    def _draw_footer(self, page: int, total: int) -> None:
        f = self._footer
        lang = f.lang
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(0.5)
        top = BOTTOM_MARGIN - 8 * mm
        self.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
        self.setFont(FONT_BOLD, 8)
        self.drawString(MARGIN, top - 10, printable(translate("print.confidential", lang)))
        self.drawCentredString(PAGE_WIDTH / 2, top - 10, f.case_number)
        self.drawRightString(PAGE_WIDTH - MARGIN, top - 10, printable(translate(
            "print.page_of", lang, page=number(page, lang), total=number(total, lang))))
        self.setFont(FONT, 6.8)
        self.drawString(MARGIN, top - 20, printable(translate(
            "print.printed_by", lang, who=f.printed_by,
            when=long_datetime(f.printed_at, lang))))
        self.drawString(MARGIN, top - 29, printable(translate(
            "print.checkpoint", lang, seq=number(f.checkpoint_seq, lang),
            hash=f.checkpoint_hash)))
        self.restoreState()


def render(story: list[Flowable], footer: Footer, *, title: str, author: str,
           password: str | None = None) -> bytes:
    """The story laid out on A4 pages with the footer; encrypted when a password is given.

    reportlab's "128-bit" standard encryption (RC4, PDF 1.4) is what it offers without the
    separate pyaes package; the protection is as strong as the password chosen. The document's
    metadata holds the title and the center only, never anything of the survivor.
    """
    register_fonts()
    buffer = io.BytesIO()
    encrypt = None
    if password:
        encrypt = StandardEncryption(password, canPrint=1, canModify=0, canCopy=1,
                                     canAnnotate=0, strength=128)
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=BOTTOM_MARGIN, title=title, author=author, subject="", creator="Isange",
        producer="Isange", lang=footer.lang, encrypt=encrypt)
    doc.build(story, canvasmaker=functools.partial(_FooterCanvas, footer=footer))
    return buffer.getvalue()
