"""The case summary the center manager and the staff print: the whole case as the reader's role
may see it, at the moment of printing.

Order: who and what (header, survivor, incident, classification), what cannot wait (clocks),
what the survivor agreed to (consent), each track with its content, the evidence and its
chain of custody, the follow-ups and a summary of the case's history. What the role may not
read is named as withheld, never silently left out, so the paper cannot be mistaken for the
whole case.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from isange_desktop.domain.forms import FORMS, entry_forms
from isange_desktop.domain.tracks import TRACK_OF_FORM, Track
from isange_desktop.i18n.messages import translate
from isange_desktop.reports import case_parts as parts
from isange_desktop.reports.case_data import Entry, PrintedCase, Printing
from isange_desktop.reports.form_sections import (
    field_value,
    form_block,
    form_title,
    injuries_block,
    marks_of,
)
from isange_desktop.reports.form_words import form_text
from isange_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    long_text,
    para,
    render,
    styles,
    table,
)

W = CONTENT_WIDTH
# Entry forms printed as one compact table rather than entry by entry; their free text
# (which may be pages long) follows the table as paragraphs.
_TABULAR = {"medicine": (("kind", "given_at", "product", "dose"), "outside_window_reason")}
# Entries printed in the chain-of-custody section instead of under their track.
_CUSTODY = frozenset({"forensic_sample", "custody_handover"})


def _entries_table(form_id: str, entries: list[Entry], lang: str) -> list[Flowable]:
    form = FORMS[form_id]
    ids, long_id = _TABULAR[form_id]
    rows = []
    for e in entries:
        row = []
        for field_id in ids:
            value = e.values.get(field_id)
            row.append("" if value in (None, "") else field_value(form.field(field_id), value,
                                                                  lang))
        if e.values.get("kind_other"):
            row[0] += f" ({e.values['kind_other']})"
        rows.append(row)
    s = styles()
    header = ["", *(form_text(form.field(i).label, lang) for i in ids)]
    story: list[Flowable] = [
        para(form_text(form.title, lang), s.h2),
        table([[str(e.entry_no), *row] for e, row in zip(entries, rows, strict=True)],
              (W * .06, W * .34, W * .16, W * .22, W * .22), header=header)]
    for e in entries:
        text = e.values.get(long_id)
        if text:
            label = form_text(form.field(long_id).label, lang)
            story += [para(f"{e.entry_no}. {label}", s.label), *long_text(str(text), s.body)]
    return story


def _track(case: PrintedCase, track: Track, lang: str) -> list[Flowable]:
    s = styles()
    status = case.tracks.get(track.value)
    heading = parts.track_name(track.value, lang)
    if status:
        heading += f": {parts.track_status_name(status, lang)}"
    story: list[Flowable] = [para(heading, s.h1)]
    forms = [track.value, *(f.id for f in entry_forms(track.value) if f.id not in _CUSTODY)]
    shown = False
    main = case.entry(track.value)
    if main is not None:
        story += [para(parts.entry_meta(main, lang), s.meta),
                  *form_block(FORMS[track.value], main.values, lang)]
        if track is Track.MEDICAL:
            story += injuries_block(marks_of(main.values), case.child, lang)
        shown = True
    for form_id in forms[1:]:
        entries = case.all_entries(form_id)
        if not entries:
            continue
        shown = True
        if form_id in _TABULAR:
            story += _entries_table(form_id, entries, lang)
            continue
        for e in entries:
            story += [para(translate("print.entry_heading", lang, form=form_title(form_id, lang),
                                     n=str(e.entry_no)), s.h2),
                      para(parts.entry_meta(e, lang), s.meta),
                      *form_block(FORMS[form_id], e.values, lang, section_titles=False)]
    addenda = parts.addenda(case, track.value, lang)
    story += addenda
    if any(TRACK_OF_FORM.get(f) is track for f in case.hidden):
        story.append(para(translate("print.track_hidden", lang), s.note))
    elif not shown and not addenda:
        story.append(para(translate("print.nothing_recorded", lang), s.note))
    return story


def _history(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    h = case.history
    story: list[Flowable] = [para(translate("print.section.history", lang), s.h1)]
    if h.forms:
        rows = [[form_title(f.form_id, lang), str(f.entries), str(f.revisions),
                 parts.when(f.last_at), f.last_by] for f in h.forms]
        header = [translate(k, lang) for k in ("print.history.form", "print.history.entries",
                                               "print.history.revisions",
                                               "print.history.last_change", "print.who")]
        story += [para(translate("print.history.saved_forms", lang), s.h2),
                  table(rows, (W * .3, W * .12, W * .14, W * .22, W * .22), header=header)]
    if h.statuses:
        rows = [[parts.when(c.at), translate("print.history.the_case", lang) if c.of == "case"
                 else parts.track_name(c.of, lang),
                 parts.case_status_name(c.status, lang) if c.of == "case"
                 else parts.track_status_name(c.status, lang), c.author] for c in h.statuses]
        header = [translate(k, lang) for k in ("print.when", "print.history.of",
                                               "print.history.status", "print.who")]
        story += [para(translate("print.history.statuses", lang), s.h2),
                  table(rows, (W * .22, W * .26, W * .3, W * .22), header=header)]
    if h.views:
        story.append(Spacer(1, 4))
        story.append(para(translate("print.history.views", lang, count=str(h.views),
                                    people=str(h.viewers), last=parts.when(h.last_view)),
                          s.body))
    if case.hidden:
        names = ", ".join(form_title(f, lang) for f in sorted(case.hidden))
        story.append(para(translate("print.hidden_forms", lang, forms=names), s.note))
    return story


def summary_story(case: PrintedCase, lang: str) -> list[Flowable]:
    story = parts.header(case, "print.title.summary", lang)
    story += parts.survivor(case, lang)
    story += parts.incident(case, lang)
    story += parts.classification(case, lang)
    story += parts.clocks(case, lang)
    story += parts.consents(case, lang)
    for track in Track:
        story += _track(case, track, lang)
    if case.entries.get("forensic_sample") or case.entries.get("custody_handover") or \
            _CUSTODY & set(case.hidden):
        story += parts.custody(case, lang)
    story += parts.tasks(case.tasks, lang)
    story += _history(case, lang)
    return story


def render_summary(case: PrintedCase, printing: Printing) -> bytes:
    lang = printing.lang
    return render(summary_story(case, lang), printing.footer,
                  title=translate("print.title.summary", lang), author=case.center_name,
                  password=printing.password)
