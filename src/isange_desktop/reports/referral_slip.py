"""The referral slip that goes with a survivor to another center: what the receiving service
needs to continue the care, on one or two pages.

It rests on the survivor's consent to share with that destination (the print service checks
it with domain/referral_consent.py before anything is drawn, and says on the slip which record
it rests on). Within that, it carries who the survivor is and how to reach them, when the
incident happened and what it was, which treatments can still be given, the services and
medicines already given, and the follow-ups the other center takes over. Counselling notes,
the investigation and the account of the incident stay at this center: the other center
receives the whole case, under its own role rules, through the referral bundle.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from isange_desktop.domain.forms import FORMS
from isange_desktop.domain.tracks import Track
from isange_desktop.i18n.messages import translate
from isange_desktop.reports import case_parts as parts
from isange_desktop.reports.case_data import Destination, PrintedCase, Printing
from isange_desktop.reports.form_sections import field_value
from isange_desktop.reports.form_words import form_text
from isange_desktop.reports.medico_legal import signature_block
from isange_desktop.reports.pdf_base import CONTENT_WIDTH, pairs, para, render, styles, table

W = CONTENT_WIDTH
PERSON_SECTIONS = ("birth", "origin", "disability", "contact", "address", "guardian")
_MEDICINE_FIELDS = ("kind", "given_at", "product", "dose")


def _parties(case: PrintedCase, to: Destination, lang: str) -> list[Flowable]:
    s = styles()
    where = f"{to.name} ({to.code})"
    if to.district:  # a district code, named as the address form names it
        where += ", " + field_value(FORMS["person"].field("district"), to.district, lang)
    consent = translate(to.consent_reason, lang)
    if to.consent_at:
        consent += " " + translate("print.slip.consent_record", lang,
                                   when=parts.when(to.consent_at))
    return [pairs([
        (translate("print.slip.to", lang), where),
        (translate("print.slip.from", lang), f"{case.center_name} ({case.center_code})"),
        (translate("print.slip.consent", lang), consent),
    ]), para(translate("print.slip.intro", lang), s.note)]


def _facts(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    incident = case.values("incident")
    form = FORMS["incident"]
    rows = [(form_text(form.field(f).label, lang), field_value(form.field(f), incident[f], lang))
            for f in ("incident_at", "incident_earliest", "incident_latest")
            if incident.get(f) and form.field(f).is_shown(incident)]
    flags = "; ".join(parts.flag_name(f, lang) for f in case.flags) or \
        translate("print.none", lang)
    rows += [(translate("print.gbv_type", lang), parts.gbv_type_name(case.gbv_type, lang)),
             (translate("print.flags", lang), flags)]
    return [para(translate("print.section.incident", lang), s.h1), pairs(rows)]


def _open_windows(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("print.slip.windows", lang), s.h1)]
    still = [c for c in case.clocks if c.is_open]
    if not still:
        return [*story, para(translate("print.slip.no_window", lang), s.note)]
    rows = [[translate(c.kind.label_id, lang), parts.when(c.deadline.isoformat()),
             parts.clock_state_text(c, lang)] for c in still]
    header = [translate(k, lang) for k in ("print.clock.window", "print.clock.deadline",
                                           "print.clock.at_print")]
    return [*story, table(rows, (W * .42, W * .18, W * .4), header=header)]


def _services(case: PrintedCase, lang: str) -> list[Flowable]:
    s = styles()
    # One row, the four tracks side by side: the slip should fit on two pages.
    statuses = [parts.track_status_name(case.tracks.get(t.value, "-"), lang) for t in Track]
    story: list[Flowable] = [
        para(translate("print.slip.services", lang), s.h1),
        table([statuses], [W / 4] * 4, header=[parts.track_name(t.value, lang) for t in Track])]
    medicines = case.all_entries("medicine")
    if medicines:
        form = FORMS["medicine"]
        lines = [["" if e.values.get(f) in (None, "") else
                  field_value(form.field(f), e.values[f], lang) for f in _MEDICINE_FIELDS]
                 for e in medicines]
        story += [para(translate("print.slip.medicines", lang), s.h2),
                  table(lines, (W * .34, W * .18, W * .24, W * .24),
                        header=[form_text(form.field(f).label, lang) for f in _MEDICINE_FIELDS])]
    elif "medicine" in case.hidden:
        story.append(para(translate("print.slip.medicines_hidden", lang), s.note))
    return story


def slip_story(case: PrintedCase, to: Destination, lang: str, sender: str) -> list[Flowable]:
    story = parts.header(case, "print.title.referral_slip", lang)
    story += _parties(case, to, lang)
    story += parts.survivor(case, lang, sections=PERSON_SECTIONS, section_titles=False)
    story += _facts(case, lang)
    story += _open_windows(case, lang)
    story += _services(case, lang)
    story += parts.tasks([t for t in case.tasks if t.state != "done"], lang,
                         heading="print.slip.follow_ups")
    story += [Spacer(1, 8), signature_block([
        (translate("print.slip.sign_sender", lang), sender),
        (translate("print.slip.sign_receiver", lang), ""),
    ], lang)]
    return story


def render_referral_slip(case: PrintedCase, to: Destination, printing: Printing) -> bytes:
    lang = printing.lang
    return render(slip_story(case, to, lang, printing.footer.printed_by), printing.footer,
                  title=translate("print.title.referral_slip", lang), author=case.center_name,
                  password=printing.password)
