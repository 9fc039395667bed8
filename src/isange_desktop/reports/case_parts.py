"""Parts the case documents share: the header, the survivor, the incident and its
classification, the clocks, consents, chain of custody and follow-ups, and the words for the
core's codes (statuses, types, flags) in the chosen language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.platypus import Flowable, Spacer

from isange_desktop.domain.classification import QUESTIONS
from isange_desktop.domain.clinical_clocks import ClockState, ClockStatus
from isange_desktop.domain.forms import FORMS, Field
from isange_desktop.i18n.messages import CATALOG, translate
from isange_desktop.reports import print_locale as loc
from isange_desktop.reports.case_data import Entry, PrintedCase, TaskLine
from isange_desktop.reports.form_sections import field_value, form_block, form_title, yes_no
from isange_desktop.reports.form_words import CLASSIFICATION, form_text
from isange_desktop.reports.pdf_base import CONTENT_WIDTH, long_text, pairs, para, styles, table

W = CONTENT_WIDTH


# -- words -------------------------------------------------------------------------------------

def _word(code: str, lang: str, fallback: str) -> str:
    return translate(code, lang) if code in CATALOG else fallback


def track_name(track: str, lang: str) -> str:
    return _word(f"print.track.{track}", lang, track)


def track_status_name(status: str, lang: str) -> str:
    return _word(f"print.track_status.{status}", lang, status)


def case_status_name(status: str, lang: str) -> str:
    return _word(f"print.case_status.{status}", lang, status)


def gbv_type_name(gbv_type: str | None, lang: str) -> str:
    return translate(f"gbv.type.{gbv_type or 'none'}", lang)


def flag_name(flag: str, lang: str) -> str:
    # The classification's flags are the core's words; those track work adds are this module's.
    return _word(f"flag.{flag}", lang, _word(f"print.flag.{flag}", lang, flag))


def clock_state_text(state: ClockState, lang: str) -> str:
    """The window in words, as the case screen says it (never by colour alone)."""
    if state.status is ClockStatus.CLOSED:
        return translate("print.clock.closed_ago", lang, time=loc.duration(state.closed_for, lang))
    return translate("print.clock.left", lang, status=translate(state.status.label_id, lang),
                     time=loc.duration(state.remaining, lang))


def when(text: str | None) -> str:
    return loc.stored_datetime(text) if text else ""


# -- parts -------------------------------------------------------------------------------------

def header(case: PrintedCase, title_id: str, lang: str) -> list[Flowable]:
    s = styles()
    return [
        para(translate(title_id, lang), s.title),
        para(f"{case.center_name} ({case.center_code})", s.subtitle),
        pairs([
            (translate("print.case_number", lang), case.number),
            (translate("print.case_status", lang), case_status_name(case.status, lang)),
            (translate("print.arrival", lang), when(case.arrival_at)),
            (translate("print.printed_at", lang), loc.long_datetime(case.printed_at, lang)),
        ]),
        Spacer(1, 6),
    ]


def name_line(case: PrintedCase, lang: str) -> tuple[str, str]:
    if case.full_name is not None:
        return translate("print.name", lang), case.full_name
    return translate("print.name", lang), translate("print.name_masked", lang,
                                                    initials=case.initials)


def survivor(case: PrintedCase, lang: str, *, sections: Sequence[str] | None = None,
             section_titles: bool = True) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("print.section.survivor", lang), s.h1),
                             pairs([name_line(case, lang)])]
    values = case.values("person")
    if values:
        story += form_block(FORMS["person"], values, lang, skip=("family_name", "given_names"),
                            sections=sections, section_titles=section_titles)
    elif "person" in case.hidden:
        story.append(para(translate("print.identification_hidden", lang), s.note))
    return story


def incident(case: PrintedCase, lang: str, *, sections: Sequence[str] | None = None
             ) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("print.section.incident", lang), s.h1)]
    values = case.values("incident")
    if values:
        story += form_block(FORMS["incident"], values, lang, sections=sections)
    else:
        story.append(para(translate("print.hidden" if "incident" in case.hidden
                                    else "print.nothing_recorded", lang), s.note))
    return story


def classification(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    flags = "; ".join(flag_name(f, lang) for f in case.flags) or translate("print.none", lang)
    story: list[Flowable] = [
        para(translate("print.section.classification", lang), s.h1),
        pairs([(translate("print.gbv_type", lang), gbv_type_name(case.gbv_type, lang)),
               (translate("print.flags", lang), flags)])]
    answers = case.values("classification").get("answers")
    if isinstance(answers, Mapping):
        rows = [[f"Q{q.number}", form_text(q.text, lang, CLASSIFICATION),
                 yes_no(answers.get(q.id), lang) if q.id in answers else "-"]
                for q in QUESTIONS]
        story += [para(translate("print.classification_answers", lang), s.h2),
                  table(rows, (W * 0.07, W * 0.78, W * 0.15))]
    screening = case.values("trafficking_screening")
    if screening:
        reasons = screening.get("reasons")
        story += [para(translate("print.form.trafficking_screening", lang), s.h2),
                  pairs([(translate("print.trafficking_indication", lang),
                          translate(f"traffick.indication.{screening.get('indication')}", lang))])]
        if isinstance(reasons, list):
            story += [para("• " + translate(str(r), lang), s.body) for r in reasons]
    return story


def clocks(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("print.section.clocks", lang), s.h1)]
    if not case.clocks:
        return [*story, para(translate("print.clock.none", lang), s.note)]
    rows = [[translate(c.kind.label_id, lang), loc.short_datetime(c.deadline),
             clock_state_text(c, lang)] for c in case.clocks]
    header_ = [translate(k, lang) for k in ("print.clock.window", "print.clock.deadline",
                                             "print.clock.at_print")]
    return [*story, table(rows, (W * 0.42, W * 0.18, W * 0.4), header=header_)]


def consents(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("print.section.consents", lang), s.h1)]
    if not case.consents:
        return [*story, para(translate("print.nothing_recorded", lang), s.note)]
    rows = [[translate(f"consent.scope.{c.scope}", lang) + (f" ({c.destination})"
                                                            if c.destination else ""),
             translate("print.consent.given" if c.given else "print.consent.refused", lang),
             translate(f"consent.by.{c.by}", lang), when(c.at)] for c in case.consents]
    header_ = [translate(k, lang) for k in ("print.consent.scope", "print.consent.answer",
                                             "print.consent.by", "print.when")]
    return [*story, table(rows, (W * 0.46, W * 0.14, W * 0.2, W * 0.2), header=header_)]


def _by_sample(entries: Sequence[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (str(e.values.get("sample_ref", "")), e.entry_no))


def custody(case: PrintedCase, lang: str) -> list[Flowable]:
    """The samples taken and every hand-over, sample by sample: the chain an investigator
    and a court follow."""
    s = styles()
    samples = case.all_entries("forensic_sample")
    handovers = case.all_entries("custody_handover")
    story: list[Flowable] = [para(translate("print.section.custody", lang), s.h1)]
    if not samples and not handovers:
        hidden = {"forensic_sample", "custody_handover"} & set(case.hidden)
        return [*story, para(translate("print.hidden" if hidden else "print.no_evidence",
                                       lang), s.note)]
    sample_form, handover_form = FORMS["forensic_sample"], FORMS["custody_handover"]
    if samples:
        ids: tuple[str, ...] = ("sample_ref", "sample_type", "collected_at", "packed_by",
                                "sealed", "storage")
        rows = []
        for e in _by_sample(samples):
            row = [_value(sample_form.field(i), e.values, lang) for i in ids]
            if e.values.get("sample_type_other"):
                row[1] += f" ({e.values['sample_type_other']})"
            if e.values.get("storage_place"):
                row[5] += f" ({e.values['storage_place']})"
            rows.append(row)
        story += [para(form_text(sample_form.title, lang), s.h2),
                  table(rows, (W * .18, W * .17, W * .15, W * .18, W * .09, W * .23),
                        header=[form_text(sample_form.field(i).label, lang) for i in ids])]
    if handovers:
        ids = ("sample_ref", "handed_by", "received_by", "handed_at", "purpose")
        rows = [[_value(handover_form.field(i), e.values, lang) for i in ids]
                for e in _by_sample(handovers)]
        for row, e in zip(rows, _by_sample(handovers), strict=True):
            if e.values.get("purpose_note"):
                row[4] += f" ({e.values['purpose_note']})"
        story += [para(form_text(handover_form.title, lang), s.h2),
                  table(rows, (W * .18, W * .2, W * .24, W * .16, W * .22),
                        header=[form_text(handover_form.field(i).label, lang) for i in ids])]
    return story


def _value(field: Field, values: Mapping[str, object], lang: str) -> str:
    value = values.get(field.id)
    return "" if value is None or value == "" else field_value(field, value, lang)


def tasks(lines: Sequence[TaskLine], lang: str, *, heading: str = "print.section.tasks"
          ) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate(heading, lang), s.h1)]
    if not lines:
        return [*story, para(translate("print.no_tasks", lang), s.note)]
    rows = [[translate(f"task.{t.kind}", lang), loc.short_date(t.due),
             translate(f"task.state.{t.state}", lang)
             + (f" ({loc.short_date(t.done_on)})" if t.done_on else "")] for t in lines]
    header_ = [translate(k, lang) for k in ("print.task", "print.task_due", "print.task_state")]
    return [*story, table(rows, (W * 0.5, W * 0.2, W * 0.3), header=header_)]


def entry_meta(entry: Entry, lang: str) -> str:
    """Who recorded an entry and when (printed in the `meta` style)."""
    text = translate("print.entry_by", lang, author=entry.author, when=when(entry.at))
    return text + (" " + translate("print.sealed", lang) if entry.sealed else "")


def addenda(case: PrintedCase, track: str, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = []
    for e in case.all_entries("addendum"):
        if e.values.get("track") != track:
            continue
        refers = form_title(str(e.values.get("refers_to_form")), lang)
        story += [para(translate("print.addendum_to", lang, form=refers,
                                 entry=str(e.values.get("refers_to_entry", ""))), s.h2),
                  para(entry_meta(e, lang), s.meta),
                  *long_text(str(e.values.get("text", "")), s.body)]
    return story
