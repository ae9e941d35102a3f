"""Charts for the summary (reportlab.graphics): horizontal bars, labelled, print-safe.

Horizontal bars because the labels are long Russian and Kazakh words; values are written at the
end of each bar so the chart still reads on a black-and-white copy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from .fonts import SANS, SANS_BOLD, register_fonts
from .styles import ACCENT, INK, MUTED, PROBLEM_INK, RULE

BAR = colors.HexColor("#4A6F94")


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float, *,
              unit: str = "", reference: float | None = None, reference_label: str = "",
              highlight_below: float | None = None, highlight_above: float | None = None,
              number: Callable[[float], str] = lambda v: f"{v:.0f}") -> Drawing:
    """One horizontal bar per label; bars beyond a threshold in the problem colour. `number`
    writes the bars' values and the axis, as the tables beside the chart write them (a bar
    said «3 %» beside a table's «2,6 %», and the axis «0.5» in a Russian report)."""
    register_fonts()
    row = 15
    label_room = min(width * 0.42, max(60, max((_width(label) for label in labels), default=0) + 8))
    top_room, bottom_room = 22, 16
    height = top_room + bottom_room + row * max(1, len(labels))
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=SANS_BOLD, fontSize=10, fillColor=INK))
    chart = HorizontalBarChart()
    chart.x = label_room
    chart.y = bottom_room
    chart.width = width - label_room - 40
    chart.height = row * max(1, len(labels))
    # ReportLab draws the first category at the bottom; reverse so the list reads top-down.
    chart.data = [list(reversed([max(0.0, v) for v in values])) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(list(labels))) or [""]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    top = max([*values, reference or 0, 1]) * 1.12
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.labelTextFormat = number
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EB")
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = BAR
    chart.barWidth = 9
    chart.groupSpacing = row - 9
    chart.barLabelFormat = lambda v: f"{number(v)}{unit}"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    for i, value in enumerate(reversed(list(values))):
        if (highlight_below is not None and value < highlight_below) or (
                highlight_above is not None and value > highlight_above):
            chart.bars[(0, i)].fillColor = PROBLEM_INK
    drawing.add(chart)
    if reference is not None and top:
        x = chart.x + chart.width * reference / top
        drawing.add(Line(x, chart.y - 2, x, chart.y + chart.height + 2, strokeColor=ACCENT,
                         strokeWidth=1, strokeDashArray=[3, 2]))
        if reference_label:
            drawing.add(String(x + 2, chart.y + chart.height + 4, reference_label,
                               fontName=SANS, fontSize=7, fillColor=ACCENT))
    return drawing


def _width(text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, SANS, 8)
