"""The medico-legal report a clinician hands to the RIB investigator: the sealed medical
section (findings, conclusion, who examined and when it was signed), the injuries as they
stood when it was signed, the evidence and its chain of custody, any addenda made since, and
lines for the clinician's and the investigator's signatures.

An unsigned report prints only as a draft, marked as such on its first page, for the medical
staff to check before signing (the print service refuses it to everyone else).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from isange_desktop.domain.forms import FORMS
from isange_desktop.i18n.messages import translate
from isange_desktop.reports import case_parts as parts
from isange_desktop.reports.case_data import PrintedCase, Printing
from isange_desktop.reports.form_sections import form_block, injuries_block, marks_of
from isange_desktop.reports.pdf_base import CONTENT_WIDTH, GRID, para, render, styles

W = CONTENT_WIDTH
REPORT_SECTION = "medico_legal_report"
LINE_HEIGHT = 24


def is_signed(case: PrintedCase) -> bool:
    return bool(case.values("medical").get("report_signed_at"))


def signature_block(columns: list[tuple[str, str]], lang: str) -> Flowable:
    """One column per signer: who (with a name already known, or a line to write it on),
    then lines for the signature and the date."""
    s = styles()
    labels = [translate(k, lang) for k in ("print.sign.name", "print.sign.signature",
                                           "print.sign.date")]
    rows: list[list[Flowable | str]] = [[para(title, s.cell_bold) for title, _ in columns]]
    for i, label in enumerate(labels):
        rows.append([para(f"{label}: {known if i == 0 and known else ''}", s.cell)
                     for _, known in columns])
    table = Table(rows, colWidths=[W / len(columns)] * len(columns),
                  rowHeights=[None] + [LINE_HEIGHT] * len(labels))
    commands = [("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.6, GRID),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14)]
    table.setStyle(TableStyle(commands))
    stamp = Table([[para(translate("print.sign.stamp", lang), s.cell)]],
                  colWidths=[W / 2 - 14], rowHeights=[50],
                  style=TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GRID),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]), hAlign="LEFT")
    return KeepTogether([para(translate("print.section.signatures", lang), s.h1), table,
                         Spacer(1, 10), stamp])


def medico_legal_story(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    medical = case.entry("medical")
    story = parts.header(case, "print.title.medico_legal", lang)
    if not is_signed(case):
        story.append(para(translate("print.ml.draft", lang), s.warning))
    story.append(para(translate("print.ml.intro", lang), s.body))
    story += parts.survivor(case, lang, sections=("birth",))
    story += parts.incident(case, lang, sections=("times", "place", "account"))
    story.append(para(translate("print.ml.findings", lang), s.h1))
    if medical is not None:
        story.append(para(parts.entry_meta(medical, lang), s.meta))
        story += form_block(FORMS["medical"], medical.values, lang, sections=(REPORT_SECTION,),
                            section_titles=False)
        story += injuries_block(marks_of(medical.values), case.child, lang)
    else:
        story.append(para(translate("print.nothing_recorded", lang), s.note))
    story += parts.addenda(case, "medical", lang)
    story += parts.custody(case, lang)
    clinician = str(case.values("medical").get("report_clinician") or "")
    story += [Spacer(1, 8), signature_block([
        (translate("print.ml.sign_clinician", lang), clinician),
        (translate("print.ml.sign_receiver", lang), ""),
    ], lang)]
    return story


def render_medico_legal(case: PrintedCase, printing: Printing) -> bytes:
    lang = printing.lang
    return render(medico_legal_story(case, lang), printing.footer,
                  title=translate("print.title.medico_legal", lang), author=case.center_name,
                  password=printing.password)
