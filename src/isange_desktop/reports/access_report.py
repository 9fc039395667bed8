"""What the vault holds about one person, printed for a survivor's access request (Law No
058/2021 on the protection of personal data and privacy, the data subject's right of access).

The document is the person record, then every case of that person: each case as the case
summary prints it (reports/case_summary.py, so forms are rendered by the same code and in the
same words as every other case document), followed by what the summary leaves out: the
attachments (listed, never their content), referrals to and from other centers, correction
requests and their outcomes, and who accessed the case according to the audit log.

Plain data in, PDF bytes out; the service (services/access_request.py) gathers the data and
decides who may ask for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, PageBreak, Spacer

from isange_desktop.domain.forms import FORMS
from isange_desktop.i18n.audit_words import action_words, outcome_words, role_words
from isange_desktop.i18n.messages import translate
from isange_desktop.reports import case_parts as parts
from isange_desktop.reports import print_locale as loc
from isange_desktop.reports.case_data import PrintedCase
from isange_desktop.reports.case_summary import summary_story
from isange_desktop.reports.form_sections import field_value
from isange_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    Footer,
    long_text,
    pairs,
    para,
    render,
    styles,
    table,
)

W = CONTENT_WIDTH


@dataclass(frozen=True)
class PersonRecord:
    """The person row itself: what the center searches by when the person comes back."""

    given_names: str
    family_name: str
    sex: str
    birth_date: str | None
    estimated_age: int | None
    national_id: str | None
    phone: str | None  # from the newest person form: the row keeps only a search key
    created_at: str
    created_by: str


@dataclass(frozen=True)
class AttachmentLine:
    file_name: str
    media_type: str
    size: int
    added_at: str
    added_by: str


@dataclass(frozen=True)
class ReferralLine:
    direction: str  # "sent" or "received"
    center_code: str
    center_name: str | None  # None when that center is no longer pinned
    at: str  # ISO moment the bundle was made (sent) or imported (received)
    receipt_at: str | None  # sent only: when the receiving center confirmed it
    note: str | None


@dataclass(frozen=True)
class CorrectionLine:
    request_id: int
    received_at: str
    what: str
    requested: str
    recorded_by: str
    recorded_at: str
    outcome: str | None  # None while pending, else "corrected" or "refused"
    outcome_note: str | None
    outcome_by: str | None
    outcome_at: str | None


@dataclass(frozen=True)
class AccessLine:
    """One audit event of the case: who did what with it, when."""

    who: str
    role: str
    action: str
    outcome: str
    at: str


@dataclass(frozen=True)
class HeldCase:
    case: PrintedCase  # every form, unfiltered: the access right covers all tracks
    attachments: tuple[AttachmentLine, ...] = ()
    referrals: tuple[ReferralLine, ...] = ()
    corrections: tuple[CorrectionLine, ...] = ()
    accesses: tuple[AccessLine, ...] = ()


@dataclass(frozen=True)
class HeldData:
    requested: str  # the case number the request came through
    center_code: str
    center_name: str
    person: PersonRecord
    cases: tuple[HeldCase, ...]
    printed_at: datetime


def _when(text: str | None) -> str:
    return parts.when(text)


def _person(data: HeldData, lang: str) -> list[Flowable]:
    s = styles()
    p = data.person
    sex_field = FORMS["person"].field("sex")
    rows = [(translate("print.name", lang), f"{p.given_names} {p.family_name}".strip()),
            (translate("rights.sex", lang), field_value(sex_field, p.sex, lang))]
    if p.birth_date:
        born = date.fromisoformat(p.birth_date)
        rows.append((translate("rights.birth_date", lang), loc.short_date(born)))
    if p.estimated_age is not None:
        rows.append((translate("rights.estimated_age", lang), loc.number(p.estimated_age, lang)))
    if p.phone:
        rows.append((translate("rights.phone", lang), p.phone))
    if p.national_id:
        rows.append((translate("rights.national_id", lang), p.national_id))
    rows.append((translate("rights.recorded", lang), f"{p.created_by}, {_when(p.created_at)}"))
    return [para(translate("rights.section.person", lang), s.h1), pairs(rows)]


def _cover(data: HeldData, lang: str) -> list[Flowable]:
    s = styles()
    numbers = ", ".join(h.case.number for h in data.cases)
    return [
        para(translate("rights.title", lang), s.title),
        para(f"{data.center_name} ({data.center_code})", s.subtitle),
        para(translate("rights.intro", lang), s.body),
        Spacer(1, 4),
        pairs([(translate("rights.requested_through", lang), data.requested),
               (translate("rights.cases", lang), numbers),
               (translate("print.printed_at", lang),
                loc.long_datetime(data.printed_at, lang))]),
        Spacer(1, 6),
        *_person(data, lang),
    ]


def _attachments(lines: Sequence[AttachmentLine], lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("rights.section.attachments", lang), s.h1)]
    if not lines:
        return [*story, para(translate("rights.none_held", lang), s.note)]
    rows = [[a.file_name, a.media_type, translate("rights.bytes", lang,
                                                  size=loc.number(a.size, lang)),
             _when(a.added_at), a.added_by] for a in lines]
    header = [translate(k, lang) for k in ("rights.file_name", "rights.file_type",
                                           "rights.file_size", "rights.added", "print.who")]
    return [*story, para(translate("rights.attachments_note", lang), s.note),
            table(rows, (W * .34, W * .16, W * .14, W * .18, W * .18), header=header)]


def _referrals(lines: Sequence[ReferralLine], lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("rights.section.referrals", lang), s.h1)]
    if not lines:
        return [*story, para(translate("rights.none_held", lang), s.note)]
    rows = []
    for r in lines:
        center = f"{r.center_name} ({r.center_code})" if r.center_name else r.center_code
        state = translate(f"rights.referral.{r.direction}", lang)
        if r.receipt_at:
            state += "; " + translate("rights.referral.confirmed", lang,
                                      when=_when(r.receipt_at))
        rows.append([state, center, _when(r.at), r.note or ""])
    header = [translate(k, lang) for k in ("rights.referral.direction", "rights.center",
                                           "print.when", "rights.note")]
    return [*story, table(rows, (W * .26, W * .26, W * .18, W * .30), header=header)]


def _corrections(lines: Sequence[CorrectionLine], lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("rights.section.corrections", lang), s.h1)]
    if not lines:
        return [*story, para(translate("rights.none_held", lang), s.note)]
    for c in lines:
        outcome = translate(f"rights.outcome.{c.outcome or 'pending'}", lang)
        rows = [(translate("rights.received_at", lang), _when(c.received_at)),
                (translate("rights.what", lang), c.what),
                (translate("rights.requested", lang), c.requested),
                (translate("rights.recorded", lang), f"{c.recorded_by}, {_when(c.recorded_at)}"),
                (translate("rights.outcome", lang), outcome)]
        if c.outcome is not None:
            rows.append((translate("rights.decided", lang),
                         f"{c.outcome_by}, {_when(c.outcome_at)}"))
        story += [para(translate("rights.request_no", lang, id=str(c.request_id)), s.h2),
                  pairs(rows)]
        if c.outcome_note:
            story += [para(translate("rights.note", lang), s.label),
                      *long_text(c.outcome_note, s.body)]
    return story


def _accesses(lines: Sequence[AccessLine], lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("rights.section.accesses", lang), s.h1)]
    if not lines:
        return [*story, para(translate("rights.none_held", lang), s.note)]
    rows = [[_when(a.at), a.who, role_words(a.role, lang), action_words(a.action, lang),
             outcome_words(a.outcome, lang)] for a in lines]
    header = [translate(k, lang) for k in ("print.when", "print.who", "rights.role",
                                           "rights.action", "rights.result")]
    return [*story, para(translate("rights.accesses_note", lang), s.note),
            table(rows, (W * .19, W * .13, W * .24, W * .30, W * .14), header=header)]


def access_story(data: HeldData, lang: str) -> list[Flowable]:
    story = _cover(data, lang)
    for held in data.cases:
        # Each case starts a page: the summary's own header names the case.
        story.append(PageBreak())
        story += summary_story(held.case, lang)
        story += _attachments(held.attachments, lang)
        story += _referrals(held.referrals, lang)
        story += _corrections(held.corrections, lang)
        story += _accesses(held.accesses, lang)
    return story


def render_access_report(data: HeldData, footer: Footer) -> bytes:
    lang = footer.lang
    return render(access_story(data, lang), footer, title=translate("rights.title", lang),
                  author=data.center_name)
