"""The monthly report's charts, drawn with reportlab.graphics in the embedded font.

Two kinds are enough: horizontal bars for a list of labelled counts (types, referral
sources, delays), whose labels can be long in Kinyarwanda and so get the left part of the
drawing; and grouped columns for age groups by sex. Every bar carries its count, so a chart
printed in black and white still reads.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from isange_desktop.reports.pdf_base import FONT, printable, register_fonts
from isange_desktop.reports.print_locale import number

BAR = colors.HexColor("#3949ab")
SERIES = (colors.HexColor("#3949ab"), colors.HexColor("#ef6c00"), colors.HexColor("#7cb342"),
          colors.HexColor("#8d6e63"))
AXIS = colors.HexColor("#757575")
FONT_SIZE = 7.5


def _scale(top: int) -> tuple[int, int]:
    """A round step and the axis end for counts up to ``top`` (about five gridlines)."""
    if top <= 5:
        return 1, max(top, 1)
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step, step * math.ceil(top / step)


def _count_format(lang: str) -> object:
    def fmt(value: float) -> str:
        return number(round(value), lang) if value else ""
    return fmt


def horizontal_bars(labels: Sequence[str], values: Sequence[int], width: float, lang: str,
                    *, label_width: float = 190) -> Drawing:
    """One bar per label, the first at the top."""
    register_fonts()
    row = 15
    height = row * len(labels) + 24
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 28, height - 22
    chart.data = [list(values)]
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barSpacing = 2
    chart.categoryAxis.categoryNames = [printable(label) for label in labels]
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.strokeColor = AXIS
    labels_style = chart.categoryAxis.labels
    labels_style.fontName, labels_style.fontSize = FONT, FONT_SIZE
    labels_style.boxAnchor, labels_style.dx = "e", -4
    step, top = _scale(max(values, default=0))
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName, axis.labels.fontSize = FONT, FONT_SIZE - 0.5
    axis.labelTextFormat = _count_format(lang)
    axis.strokeColor = AXIS
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, colors.lightgrey, 0.3
    chart.barLabelFormat = _count_format(lang)
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, FONT_SIZE
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    return drawing


def grouped_columns(categories: Sequence[str], series: Sequence[tuple[str, Sequence[int]]],
                    width: float, height: float, lang: str) -> Drawing:
    """A group of columns per category, one column per series, with a legend on the right."""
    register_fonts()
    legend_width = 90
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 28
    chart.width, chart.height = width - legend_width - 40, height - 40
    chart.data = [list(values) for _, values in series]
    for i in range(len(series)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 8, 1
    chart.categoryAxis.categoryNames = [printable(c) for c in categories]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = FONT_SIZE
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = AXIS
    step, top = _scale(max((v for _, values in series for v in values), default=0))
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName, axis.labels.fontSize = FONT, FONT_SIZE - 0.5
    axis.labelTextFormat = _count_format(lang)
    axis.strokeColor = AXIS
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, colors.lightgrey, 0.3
    chart.barLabelFormat = _count_format(lang)
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, FONT_SIZE - 1
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - legend_width + 8, height - 14
    legend.fontName, legend.fontSize = FONT, FONT_SIZE
    legend.alignment = "right"
    legend.columnMaximum = len(series)
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [(SERIES[i % len(SERIES)], printable(name))
                             for i, (name, _) in enumerate(series)]
    drawing.add(legend)
    return drawing
