"""The monthly figures as a PDF for the center manager: tables of every figure, charts of the
main ones, in the language chosen at print time; the bytes are returned, never written.

The page, the embedded DejaVu font, the styles and the footer (confidential, page x of y, who
made it and when, the audit checkpoint) are the case documents' own (reports.pdf_base), so
every paper the center prints looks and is checked alike.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from isange_desktop.domain.monthly import (
    AGE_GROUP_IDS,
    DELAY_IDS,
    GBV_TYPE_IDS,
    REFERRAL_SOURCE_IDS,
    SERVICES,
    SEX_IDS,
    TRACK_IDS,
    TRACK_STATUS_IDS,
    UNKNOWN,
    MonthlyFigures,
)
from isange_desktop.domain.monthly_suppression import age_key, column_key, row_key, sex_key
from isange_desktop.reports import monthly_words as w
from isange_desktop.reports.monthly_charts import grouped_columns, horizontal_bars
from isange_desktop.reports.pdf_base import (
    CONTENT_WIDTH,
    GRID,
    SHADE,
    Footer,
    markup,
    pairs,
    para,
    render,
    styles,
)
from isange_desktop.reports.print_locale import long_datetime, number

W = CONTENT_WIDTH
TOTAL_SHADE = colors.HexColor("#e8eaf6")


def _number_style() -> ParagraphStyle:
    return ParagraphStyle("number", parent=styles().cell, alignment=TA_RIGHT)


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], *,
          text_columns: int = 1, spans: Sequence[tuple[int, int]] = (),
          shaded_rows: Sequence[int] = ()) -> Table:
    """Text columns left, counts right; ``spans`` merge the first column over rows (first,
    last, counted without the header); the header repeats on a new page."""
    s = styles()
    numbers = _number_style()
    data: list[list[Flowable]] = [[Paragraph(markup(h), s.cell_bold) for h in header]]
    for row in rows:
        data.append([Paragraph(markup(c), s.cell if i < text_columns else numbers)
                     for i, c in enumerate(row)])
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # Narrow side padding: an age group's column must hold "12-17" on one line.
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ]
    for first, last in spans:
        commands.append(("SPAN", (0, first + 1), (0, last + 1)))
        commands.append(("VALIGN", (0, first + 1), (0, last + 1), "TOP"))
    commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), TOTAL_SHADE) for r in shaded_rows]
    return Table(data, colWidths=list(widths), repeatRows=1, style=TableStyle(commands),
                 hAlign="LEFT")


class _Report:
    def __init__(self, figures: MonthlyFigures, lang: str, suppress: bool) -> None:
        self.f, self.lang, self.suppress = figures, lang, suppress
        self.numbers = w.Numbers(figures, lang, suppress)
        # Charts draw exact lengths: left out when small counts must not show.
        self.charts = not suppress and figures.cases > 0

    def n(self, key: str, value: int) -> str:
        return self.numbers.count(key, value)

    def share(self, part_key: str, part: int, whole_key: str, whole: int) -> str:
        return self.numbers.share(part_key, part, whole_key, whole)

    def t(self, key: str, **params: object) -> str:
        return w.t(key, self.lang, **params)

    def _pep_share(self) -> str:
        pep = self.f.pep
        return self.share("pep.within_72h", pep.within_72h, "pep.eligible", pep.eligible)

    def heading(self, key: str) -> Paragraph:
        return para(self.t(key), styles().h1)

    # -- sections ---------------------------------------------------------------------------
    def title(self) -> list[Flowable]:
        f, s = self.f, styles()
        story: list[Flowable] = [
            para(self.t("monthly.title", month=w.month_name(f.month, self.lang)), s.title),
            para(self.t("monthly.center_line", name=f.center_name, center=f.center_code),
                 s.subtitle),
            para(self.t("monthly.made_by", who=f.made_by,
                        when=long_datetime(f.made_at, self.lang)), s.note),
            para(self.t("monthly.scope_note"), s.note),
        ]
        if self.suppress:
            story.append(para(self.t("monthly.suppressed_note"), s.warning))
        return story

    def brief(self) -> list[Flowable]:
        f = self.f
        pep = f.pep
        rows = [
            (self.t("monthly.cases_total"), self.n("cases.total", f.cases)),
            (self.t("monthly.pep_share"),
             f"{self._pep_share()} ({self.n('pep.within_72h', pep.within_72h)} / "
             f"{self.n('pep.eligible', pep.eligible)})"),
            (self.t("monthly.indicator.shelter.admissions"),
             self.n("shelter.admissions", f.shelter.admissions)),
            (self.t("monthly.indicator.referrals.sent"),
             self.n("referrals.sent", f.referrals.sent)),
            (self.t("monthly.indicator.referrals.received"),
             self.n("referrals.received", f.referrals.received)),
        ]
        story: list[Flowable] = [self.heading("monthly.section.brief"), pairs(rows)]
        if f.cases == 0:
            story.append(para(self.t("monthly.no_cases"), styles().body))
        return story

    def _sexes(self) -> list[str]:
        # Female and male always; other and unknown only in a month that has them.
        return [sex for sex in SEX_IDS if sex in ("female", "male")
                or any(self.f.by_type_sex(g, sex) for g in GBV_TYPE_IDS)]

    def types(self) -> list[Flowable]:
        f, lang = self.f, self.lang
        sexes = self._sexes()
        header = [self.t("monthly.col.type"), self.t("monthly.col.sex"),
                  *(w.age(a, lang) for a in AGE_GROUP_IDS), self.t("monthly.col.total")]
        rows: list[list[str]] = []
        spans: list[tuple[int, int]] = []
        for gbv in GBV_TYPE_IDS:
            start = len(rows)
            for i, sex in enumerate(sexes):
                cells = [f.by_type_sex_age.get((gbv, sex, a), 0) for a in AGE_GROUP_IDS]
                rows.append([w.gbv_type(gbv, lang) if i == 0 else "", w.sex(sex, lang),
                             *(self.n(f"cases.{gbv}.{sex}.{a}", c)
                               for a, c in zip(AGE_GROUP_IDS, cells, strict=True)),
                             self.n(row_key(gbv, sex), sum(cells))])
            spans.append((start, len(rows) - 1))
        start = len(rows)
        for i, sex in enumerate([*sexes, "all"]):
            if sex == "all":
                cells = [sum(f.by_sex_age(s, a) for s in SEX_IDS) for a in AGE_GROUP_IDS]
                keys = [age_key(a) for a in AGE_GROUP_IDS]
                total_key = "cases.total"
            else:
                cells = [f.by_sex_age(sex, a) for a in AGE_GROUP_IDS]
                keys = [column_key(sex, a) for a in AGE_GROUP_IDS]
                total_key = sex_key(sex)
            rows.append([self.t("monthly.col.total") if i == 0 else "",
                         self.t("monthly.sex.all") if sex == "all" else w.sex(sex, lang),
                         *(self.n(k, c) for k, c in zip(keys, cells, strict=True)),
                         self.n(total_key, sum(cells))])
        spans.append((start, len(rows) - 1))
        # "Age unknown" and the total get room for their words (Kinyarwanda's "Igiteranyo"
        # broke in two at 0.102); the age groups need only "12-17".
        widths = [W * 0.18, W * 0.11, *([W * 0.078] * (len(AGE_GROUP_IDS) - 1)), W * 0.12,
                  W * 0.122]
        # The table first: it is the report's core and fits on the first page.
        story: list[Flowable] = [
            self.heading("monthly.section.types"),
            _grid(header, rows, widths, text_columns=2, spans=spans,
                  shaded_rows=range(start, len(rows)))]
        if self.charts:
            # Each chart stays with its title.
            story.append(KeepTogether([
                para(self.t("monthly.chart.by_type"), styles().h2), Spacer(1, 2),
                horizontal_bars([w.gbv_type(g, lang) for g in GBV_TYPE_IDS],
                                [f.by_type(g) for g in GBV_TYPE_IDS], W, lang,
                                label_width=W * 0.42)]))
            story.append(KeepTogether([
                para(self.t("monthly.chart.by_age_sex"), styles().h2),
                grouped_columns([w.age(a, lang) for a in AGE_GROUP_IDS],
                                [(w.sex(s, lang), [f.by_sex_age(s, a) for a in AGE_GROUP_IDS])
                                 for s in sexes], W, 150, lang)]))
        return story

    def _counted(self, family: str, ids: Sequence[str], counts: dict[str, int],
                 label: Callable[[str, str], str], first_header: str
                 ) -> tuple[list[Flowable], list[str], list[int]]:
        total = sum(counts.values())  # every case has one: the month's cases
        shown = [i for i in ids if i != UNKNOWN or counts.get(i)]
        rows = [[label(i, self.lang), self.n(f"{family}.{i}", counts.get(i, 0)),
                 self.share(f"{family}.{i}", counts.get(i, 0), "cases.total", total)]
                for i in shown]
        rows.append([self.t("monthly.col.total"), self.n("cases.total", total), ""])
        header = [first_header, self.t("monthly.col.number"), self.t("monthly.col.share")]
        table = _grid(header, rows, [W * 0.5, W * 0.15, W * 0.15], shaded_rows=[len(rows) - 1])
        labels = [label(i, self.lang) for i in shown]
        return [table], labels, [counts.get(i, 0) for i in shown]

    def sources(self) -> list[Flowable]:
        parts, labels, values = self._counted(
            "referral_source", REFERRAL_SOURCE_IDS, dict(self.f.referral_sources), w.source,
            self.t("monthly.referred_by"))
        story: list[Flowable] = [self.heading("monthly.section.sources"), *parts]
        if self.charts:
            story += [Spacer(1, 6), horizontal_bars(labels, values, W, self.lang,
                                                    label_width=W * 0.42)]
        return story

    def services(self) -> list[Flowable]:
        f, lang = self.f, self.lang
        header = [self.t("monthly.col.track"), *(w.status(s, lang) for s in TRACK_STATUS_IDS)]
        rows = [[w.track(tr, lang), *(self.n(f"track.{tr}.{s}", f.track_statuses.get((tr, s), 0))
                                      for s in TRACK_STATUS_IDS)] for tr in TRACK_IDS]
        statuses = _grid(header, rows, [W * 0.25, *([W * 0.15] * len(TRACK_STATUS_IDS))])
        service_rows: list[list[str]] = []
        spans: list[tuple[int, int]] = []
        for tr, ids in SERVICES:
            start = len(service_rows)
            for i, sid in enumerate(ids):
                service_rows.append([w.track(tr, lang) if i == 0 else "", w.service(sid, lang),
                                     self.n(f"service.{sid}", f.services.get(sid, 0))])
            spans.append((start, len(service_rows) - 1))
        services = _grid([self.t("monthly.col.track"), self.t("monthly.col.service"),
                          self.t("monthly.col.survivors")], service_rows,
                         [W * 0.2, W * 0.6, W * 0.2], text_columns=2, spans=spans)
        return [self.heading("monthly.section.services"),
                para(self.t("monthly.section.track_status"), styles().h2), statuses,
                Spacer(1, 8), services]

    def pep(self) -> list[Flowable]:
        pep = self.f.pep
        rows = [(self.t("monthly.indicator.pep.eligible"), self.n("pep.eligible", pep.eligible)),
                (self.t("monthly.indicator.pep.within_72h"),
                 self.n("pep.within_72h", pep.within_72h)),
                (self.t("monthly.pep_share"), self._pep_share())]
        return [KeepTogether([self.heading("monthly.section.pep"), pairs(rows),
                              para(self.t("monthly.pep_definition"), styles().note)])]

    def delays(self) -> list[Flowable]:
        parts, labels, values = self._counted("report_delay", DELAY_IDS,
                                              dict(self.f.report_delay), w.delay,
                                              self.t("monthly.col.delay"))
        story: list[Flowable] = [self.heading("monthly.section.delay"), *parts]
        if self.charts:
            story += [Spacer(1, 6), horizontal_bars(labels, values, W, self.lang,
                                                    label_width=W * 0.42)]
        return story

    def shelter(self) -> list[Flowable]:
        sh = self.f.shelter
        # The length of one or two stays would tell whose they were.
        hide = "shelter.nights" in self.numbers.hidden
        hidden = self.t("monthly.hidden")

        def nights(value: float | None) -> str:
            return "–" if value is None else hidden if hide else number(value, self.lang)

        rows = [(self.t("monthly.indicator.shelter.admissions"),
                 self.n("shelter.admissions", sh.admissions)),
                (self.t("monthly.indicator.shelter.discharges"),
                 self.n("shelter.discharges", sh.discharges)),
                (self.t("monthly.indicator.shelter.nights"),
                 nights(sh.nights if sh.discharges else None)),
                (self.t("monthly.shelter.nights_median"), nights(sh.nights_median)),
                (self.t("monthly.shelter.nights_longest"), nights(sh.nights_longest)),
                (self.t("monthly.indicator.shelter.staying_at_end"),
                 self.n("shelter.staying_at_end", sh.staying_at_end))]
        return [KeepTogether([self.heading("monthly.section.shelter"), pairs(rows)])]

    def referrals(self) -> list[Flowable]:
        r = self.f.referrals
        rows = [(self.t("monthly.indicator.referrals.sent"), self.n("referrals.sent", r.sent)),
                (self.t("monthly.indicator.referrals.sent_received"),
                 self.n("referrals.sent_received", r.sent_received)),
                (self.t("monthly.indicator.referrals.received"),
                 self.n("referrals.received", r.received))]
        story: list[Flowable] = [self.heading("monthly.section.referrals"), pairs(rows)]
        centers = sorted(set(r.sent_to) | set(r.received_from))
        if centers:
            story += [Spacer(1, 6), _grid(
                [self.t("monthly.col.center"), self.t("monthly.referrals.sent_to"),
                 self.t("monthly.referrals.received_from")],
                [[c, self.n(f"referrals.sent_to.{c}", r.sent_to.get(c, 0)),
                  self.n(f"referrals.received_from.{c}", r.received_from.get(c, 0))]
                 for c in centers], [W * 0.3, W * 0.2, W * 0.2])]
        return [KeepTogether(story)]

    def story(self) -> list[Flowable]:
        return [*self.title(), *self.brief(), *self.types(), *self.sources(),
                *self.services(), *self.pep(), *self.delays(), *self.shelter(),
                *self.referrals()]


def render_pdf(figures: MonthlyFigures, lang: str, *, suppress: bool = False) -> bytes:
    """The whole report; ``suppress`` hides counts from 1 to 4 (and leaves the charts out)."""
    report = _Report(figures, lang, suppress)
    footer = Footer(lang=lang, case_number=f"{figures.center_code} · {figures.month}",
                    printed_by=figures.made_by, printed_at=figures.made_at,
                    checkpoint_seq=figures.checkpoint_seq,
                    checkpoint_hash=figures.checkpoint_hash)
    title = w.t("monthly.title", lang, month=w.month_name(figures.month, lang))
    return render(report.story(), footer, title=title, author=figures.center_name)
