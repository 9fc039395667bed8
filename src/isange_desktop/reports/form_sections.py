"""A form's answers on paper, driven by its declaration in domain/forms (ARCHITECTURE.md, "One
definition of each form"): the same sections, labels, choices and conditions as the screen,
in the language chosen at print time.

Short answers go in label | value grids; free text goes below its label as paragraphs, because
a table row cannot break across pages and a long account must never be cut.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from isange_desktop.domain.forms import FORMS, BodyView, FieldType, is_empty, parse_date
from isange_desktop.domain.forms.body_map import INJURY_CHOICES, VIEW_CHOICES
from isange_desktop.domain.forms.fields import Field
from isange_desktop.domain.forms.form import Form
from isange_desktop.i18n.messages import translate
from isange_desktop.reports import print_locale as loc
from isange_desktop.reports.body_map_drawing import PlacedMark, drawing
from isange_desktop.reports.form_words import form_text
from isange_desktop.reports.pdf_base import CONTENT_WIDTH, long_text, pairs, para, styles, table

# Forms kept as data by the services rather than declared field by field.
_OWN_TITLES = {"classification": "print.form.classification",
               "trafficking_screening": "print.form.trafficking_screening",
               "addendum": "print.form.addendum"}
_VIEW_LABELS = {c.value: c.label for c in VIEW_CHOICES}
_INJURY_LABELS = {c.value: c.label for c in INJURY_CHOICES}
DRAWING_HEIGHT = 170.0


def form_title(form_id: str, lang: str) -> str:
    if form_id in FORMS:
        return form_text(FORMS[form_id].title, lang)
    return translate(_OWN_TITLES.get(form_id, form_id), lang)


def yes_no(value: object, lang: str) -> str:
    return translate("print.yes" if value else "print.no", lang)


def field_value(field: Field, value: object, lang: str) -> str:
    """One stored answer in words (values.py says how each type is stored)."""
    t = field.type
    if t is FieldType.BOOL:
        return yes_no(value, lang)
    if t is FieldType.CHOICE and isinstance(value, str):
        return _choice(field, value, lang)
    if t is FieldType.MULTI_CHOICE and isinstance(value, list):
        return "; ".join(_choice(field, str(v), lang) for v in value)
    if t is FieldType.DATE and isinstance(value, str):
        day = parse_date(value)
        return loc.short_date(day) if day else value
    if t is FieldType.DATETIME:
        return loc.stored_datetime(value)
    if t in (FieldType.INTEGER, FieldType.DECIMAL) and isinstance(value, int | float):
        unit = f" {form_text(field.unit, lang)}" if field.unit else ""
        return loc.number(value, lang) + unit
    if t is FieldType.ATTACHMENT_LIST and isinstance(value, list):
        return translate("print.attachments", lang, count=loc.number(len(value), lang))
    return str(value)


def _choice(field: Field, value: str, lang: str) -> str:
    try:
        return form_text(field.choice(value).label, lang)
    except KeyError:
        return value  # an option retired from the form since: printed as stored


def form_block(form: Form, values: Mapping[str, object], lang: str, *,
               skip: Collection[str] = (), sections: Collection[str] | None = None,
               section_titles: bool = True) -> list[Flowable]:
    """The shown, answered fields of a form, section by section. Body maps are left to
    `injuries_block`; `skip` leaves out other fields a document prints elsewhere."""
    s = styles()
    story: list[Flowable] = []
    for section in form.sections:
        if sections is not None and section.id not in sections:
            continue
        part: list[Flowable] = []
        rows: list[tuple[str, str]] = []
        for field in section.fields:
            value = values.get(field.id)
            if (field.id in skip or field.type is FieldType.BODY_MAP or is_empty(value)
                    or not field.is_shown(values)):
                continue
            label = form_text(field.label, lang)
            if field.type is FieldType.LONG_TEXT:
                if rows:
                    part.append(pairs(rows))
                    rows = []
                part.append(para(label, s.label))
                part.extend(long_text(str(value), s.body))
            else:
                rows.append((label, field_value(field, value, lang)))
        if rows:
            part.append(pairs(rows))
        if part:
            if section_titles:
                story.append(para(form_text(section.title, lang), s.h2))
            story.extend(part)
            # Without titles the sections' grids read as one table; with them, a gap.
            story.append(Spacer(1, 3 if section_titles else 0))
    return story


def marks_of(values: Mapping[str, object]) -> list[Mapping[str, object]]:
    marks = values.get("injuries")
    return [m for m in marks if isinstance(m, Mapping)] if isinstance(marks, list) else []


def _number(mark: Mapping[str, object], key: str) -> float:
    value = mark.get(key)
    return float(value) if isinstance(value, int | float) else 0.0


def injuries_block(marks: Sequence[Mapping[str, object]], child: bool, lang: str
                   ) -> list[Flowable]:
    """Each view that has marks, drawn side by side, then the table of the marks."""
    if not marks:
        return []
    s = styles()
    views = [v.value for v in BodyView if any(m.get("view") == v.value for m in marks)]
    right, left = translate("print.side.right", lang), translate("print.side.left", lang)
    drawings: list[Flowable] = []
    for view in views:
        placed = [PlacedMark(int(_number(m, "number")), _number(m, "x"), _number(m, "y"))
                  for m in marks if m.get("view") == view]
        # Front and genital views face the examiner: the survivor's right is on the left.
        sides = (left, right) if view == BodyView.BACK.value else (right, left)
        height = DRAWING_HEIGHT * (0.72 if view == BodyView.GENITAL.value else 1)
        name = f"{'child' if child else 'adult'}_{view}"
        drawings.append(drawing(name, placed, height, sides))
    captions = [para(form_text(_VIEW_LABELS[v], lang), s.caption) for v in views]
    row = Table([drawings, captions], colWidths=[CONTENT_WIDTH / 3] * len(views),
                style=TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]), hAlign="LEFT")
    story: list[Flowable] = [para(translate("print.body_map", lang), s.h2), row,
                             para(translate("print.body_map_note", lang), s.note)]
    rows = []
    for m in sorted(marks, key=lambda m: _number(m, "number")):
        size = m.get("size_cm")
        rows.append([
            str(m.get("number", "")),
            form_text(_VIEW_LABELS.get(str(m.get("view")), str(m.get("view"))), lang),
            form_text(_INJURY_LABELS.get(str(m.get("type")), str(m.get("type"))), lang),
            loc.number(size, lang) if isinstance(size, int | float) else "",
            str(m.get("description") or ""),
        ])
    header = [translate(k, lang) for k in ("print.mark.number", "print.mark.view",
                                           "print.mark.type", "print.mark.size",
                                           "print.mark.description")]
    w = CONTENT_WIDTH
    story.append(table(rows, (w * 0.08, w * 0.17, w * 0.22, w * 0.13, w * 0.40), header=header))
    return story
