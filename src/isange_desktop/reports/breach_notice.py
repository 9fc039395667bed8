"""The notification draft of a personal data breach, for the NCSA (Law 058/2021 art. 43-44).

What the authority asks for, as far as the register knows it: who the controller is (the
center), what happened and when it was found, the two deadlines and where each stands, how
many survivors' cases and which kinds of data, the measures taken, and blank lines for the
data protection officer who completes and sends it. It names no survivor and no case: the
register holds only counts and kinds (services/breaches.py).

Bytes are returned, never written; the language is the one chosen at print time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from reportlab.platypus import Flowable, Spacer

from isange_desktop.domain.breach_deadlines import (
    BreachInfo,
    DeadlineState,
    DeadlineStatus,
    hours_and_minutes,
)
from isange_desktop.i18n.messages import translate
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
from isange_desktop.reports.print_locale import long_datetime, number

W = CONTENT_WIDTH
_BLANK = "_" * 48  # a line to write on


@dataclass(frozen=True)
class NoticeData:
    center_name: str
    center_code: str
    breach: BreachInfo
    printed_by: str
    printed_at: datetime
    checkpoint_seq: int
    checkpoint_hash: str


def span_text(span: timedelta, lang: str) -> str:
    hours, minutes = hours_and_minutes(span)
    return translate("breach.duration", lang, hours=number(hours, lang),
                     minutes=number(minutes, lang))


def state_text(status: DeadlineStatus, lang: str) -> str:
    """Where a deadline stands, in words: time left, overdue by, or done (and how late).
    Shared by the notice, the command line and the Breaches panel."""
    if status.state is DeadlineState.OPEN:
        return translate("breach.state.open", lang, left=span_text(status.left, lang))
    if status.state is DeadlineState.OVERDUE:
        return translate("breach.state.overdue", lang, late=span_text(status.late_by, lang))
    assert status.done_at is not None
    when = long_datetime(status.done_at, lang)
    if status.state is DeadlineState.DONE_LATE:
        return translate("breach.state.done_late", lang, when=when,
                         late=span_text(status.late_by, lang))
    return translate("breach.state.done", lang, when=when)


def kinds_text(kinds: tuple[str, ...], lang: str) -> str:
    return ", ".join(translate(f"breach.data.{k}", lang) for k in kinds) \
        or translate("breach.no_data", lang)


def _what(d: NoticeData, lang: str) -> list[Flowable]:
    s, b = styles(), d.breach
    occurred = long_datetime(b.occurred_at, lang) if b.occurred_at is not None \
        else translate("breach.notice.occurred_unknown", lang)
    return [
        para(translate("breach.notice.section.what", lang), s.h1),
        pairs([
            (translate("breach.notice.kind", lang), translate(f"breach.kind.{b.kind}", lang)),
            (translate("breach.notice.found", lang), long_datetime(b.found_at, lang)),
            (translate("breach.notice.occurred", lang), occurred),
            (translate("breach.notice.recorded", lang),
             f"{b.recorded_by}, {long_datetime(b.recorded_at, lang)}"),
        ]),
        para(translate("breach.notice.description", lang), s.label),
        *long_text(b.description, s.body),
    ]


def _deadlines(d: NoticeData, lang: str) -> list[Flowable]:
    s = styles()
    rows = [[translate(f"breach.step.{st.step.value}", lang), long_datetime(st.deadline, lang),
             state_text(st, lang)]
            for st in d.breach.deadlines(d.printed_at)]
    header = [translate(k, lang) for k in ("breach.notice.step", "breach.notice.deadline",
                                           "breach.notice.state")]
    return [para(translate("breach.notice.section.deadlines", lang), s.h1),
            table(rows, (W * .36, W * .3, W * .34), header=header)]


def _scope(d: NoticeData, lang: str) -> list[Flowable]:
    s, b = styles(), d.breach
    return [
        para(translate("breach.notice.section.scope", lang), s.h1),
        pairs([(translate("breach.notice.cases", lang), number(b.affected_cases, lang)),
               (translate("breach.notice.data_kinds", lang), kinds_text(b.data_kinds, lang))]),
        para(translate("breach.notice.sensitive", lang), s.note),
    ]


def _measures(d: NoticeData, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [para(translate("breach.notice.section.measures", lang), s.h1)]
    if d.breach.measures:
        story += long_text(d.breach.measures, s.body)
    else:
        story.append(para(translate("breach.notice.measures_none", lang), s.note))
    # Room to complete by hand: measures are often taken after the breach was recorded.
    return story + [para(_BLANK * 2, s.body) for _ in range(3)]


def _contact(lang: str) -> list[Flowable]:
    s = styles()
    labels = ("breach.notice.contact_name", "breach.notice.contact_role",
              "breach.notice.contact_phone", "breach.notice.contact_email",
              "breach.notice.signature")
    return [para(translate("breach.notice.section.contact", lang), s.h1),
            pairs([(translate(k, lang), "") for k in labels])]


def notice_story(d: NoticeData, lang: str) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        para(translate("breach.notice.title", lang), s.title),
        para(translate("breach.notice.to", lang), s.subtitle),
        para(translate("breach.notice.draft", lang), s.warning),
        para(translate("breach.notice.section.controller", lang), s.h1),
        pairs([(translate("breach.notice.center", lang), f"{d.center_name} ({d.center_code})"),
               (translate("breach.notice.register", lang), str(d.breach.id))]),
    ]
    story += _what(d, lang)
    story += _deadlines(d, lang)
    story += _scope(d, lang)
    story += _measures(d, lang)
    story += [Spacer(1, 6), *_contact(lang)]
    return story


def render_breach_notice(d: NoticeData, lang: str) -> bytes:
    footer = Footer(lang=lang,
                    case_number=f"{d.center_code} · {translate('breach.notice.footer', lang)}"
                                f" {d.breach.id}",
                    printed_by=d.printed_by, printed_at=d.printed_at,
                    checkpoint_seq=d.checkpoint_seq, checkpoint_hash=d.checkpoint_hash)
    return render(notice_story(d, lang), footer, title=translate("breach.notice.title", lang),
                  author=d.center_name)
