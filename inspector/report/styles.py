"""Paragraph and table styles: one sober look for every report.

Serif body text, as in official papers; tables and figures in PT Sans, which stays legible at
small sizes. Colour marks problems but is never the only mark (a «!» goes with it), because
reports get printed in black and white and photocopied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from .fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")  # headings and rules: dark blue, prints as dark grey
MUTED = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#B8C2CC")
HEADER_FILL = colors.HexColor("#E6ECF2")
PROBLEM_FILL = colors.HexColor("#FBE4E1")
PROBLEM_INK = colors.HexColor("#9B1C1C")
GOOD_INK = colors.HexColor("#2E6B34")
ZEBRA = colors.HexColor("#F6F8FA")

PAGE_MARGIN_X = 20 * mm
PAGE_MARGIN_TOP = 22 * mm
PAGE_MARGIN_BOTTOM = 20 * mm


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_keep: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    letterhead: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    head: ParagraphStyle
    cell_right: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_problem: ParagraphStyle
    caption: ParagraphStyle
    places: ParagraphStyle
    label: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=10.5, leading=14, textColor=INK,
                          spaceAfter=4, embeddedHyphenation=1)
    # Body text and table cells at 10 pt at least: a report is read on paper, often copied.
    # embeddedHyphenation: a compound too long for its column («Санаторно-курортное») breaks at
    # its own hyphen, never in the middle of a word.
    cell = ParagraphStyle("cell", fontName=SANS, fontSize=10, leading=12.4, textColor=INK,
                          embeddedHyphenation=1)
    return Styles(
        body=body,
        body_keep=ParagraphStyle("body_keep", parent=body, keepWithNext=True),
        small=ParagraphStyle("small", parent=body, fontSize=10, leading=13),
        muted=ParagraphStyle("muted", parent=body, fontName=SERIF_ITALIC, fontSize=9, leading=12,
                             textColor=MUTED),
        letterhead=ParagraphStyle("letterhead", fontName=SANS_BOLD, fontSize=10, leading=13,
                                  textColor=ACCENT, alignment=TA_CENTER),
        title=ParagraphStyle("title", fontName=SERIF_BOLD, fontSize=19, leading=24,
                             textColor=INK, alignment=TA_CENTER, spaceBefore=8, spaceAfter=6),
        subtitle=ParagraphStyle("subtitle", fontName=SERIF, fontSize=12.5, leading=16,
                                textColor=INK, alignment=TA_CENTER, spaceAfter=14),
        # h1/h2 keep off the foot of a page by Heading.room_below, not keepWithNext (see there).
        h1=ParagraphStyle("h1", fontName=SANS_BOLD, fontSize=14, leading=18, textColor=ACCENT,
                          spaceBefore=12, spaceAfter=6),
        h2=ParagraphStyle("h2", fontName=SANS_BOLD, fontSize=11.5, leading=15, textColor=ACCENT,
                          spaceBefore=9, spaceAfter=4),
        h3=ParagraphStyle("h3", fontName=SERIF_BOLD, fontSize=10.5, leading=14, textColor=INK,
                          spaceBefore=6, spaceAfter=2, keepWithNext=True),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        head=ParagraphStyle("head", parent=cell, fontName=SANS_BOLD, fontSize=9, leading=11),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        cell_problem=ParagraphStyle("cell_problem", parent=cell, fontName=SANS_BOLD,
                                    textColor=PROBLEM_INK),
        caption=ParagraphStyle("caption", fontName=SANS, fontSize=8.5, leading=10.5,
                               textColor=INK, alignment=TA_LEFT),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        # A hanging indent under each bullet of a list of places.
        places=ParagraphStyle("places", parent=cell, fontSize=10, leading=12.2, leftIndent=8,
                              bulletIndent=0, bulletFontName=SANS, spaceBefore=1),
    )


def grid(*extra: tuple, header: bool = True, zebra: bool = False, rows: int = 0) -> TableStyle:
    """The standard table: thin rules, shaded header row that repeats on each page."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                     ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        start = 1 if header else 0
        commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(start + 1, rows, 2)]
    commands += list(extra)
    return TableStyle(commands)


def text(value: object) -> str:
    """Escape user text for a Paragraph (which reads XML), keep its line breaks, and bind every
    number to its unit so no line ends between them («6,1 %», «4 м²», «15 мин», «№ 3»)."""
    return unbreakable(escape(str(value))).replace("\n", "<br/>")


# Units the reports print after a number; a no-break space goes between the two.
_UNITS = ("%", "тг", "KZT", "м²", "м2", "кв. м", "sq m", "мин", "min", "сағ", "ч", "h",
          "лет", "года", "год", "жыл", "жас", "years", "year", "дней", "дня", "день", "күн",
          "days", "day", "часов", "часа", "час", "сағат", "hours", "мест", "места", "орын",
          "places", "местах", "минут", "минуты", "чел.", "человек", "адам", "раз", "рет", "times", "ед.", "бірлік")
_NUMBER_UNIT = re.compile(r"(\d) (?=(?:" + "|".join(re.escape(u) for u in _UNITS)
                          + r")(?![\w²]))")
_SIGN_NUMBER = re.compile(r"(№|§|п\.|ст\.) (?=\d)")


def unbreakable(said: str) -> str:
    said = _NUMBER_UNIT.sub("\\1\u00a0", said)
    return _SIGN_NUMBER.sub("\\1\u00a0", said)


CELL_PADDING = 8  # grid(): 4 points each side


def fitted_widths(rows: list[list[object]], fractions: list[float], total: float) -> list[float]:
    """Column widths from `fractions` of `total`, widened where a column's longest word would
    not fit (a word is never broken in the middle), the room taken from columns that have some
    to spare. A column made of numbers keeps its whole numbers on one line too."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    widths = [f * total for f in fractions]
    needed = [0.0] * len(widths)
    for row in rows:
        for i, cell in enumerate(row[:len(widths)]):
            for item in cell if isinstance(cell, list) else [cell]:
                if not isinstance(item, Paragraph):
                    continue
                style = item.style
                font = style.fontName
                if "<b>" in item.text or font == SANS:
                    font = SANS_BOLD if "<b>" in item.text else font
                for word in re.split(r"[ \n\t]+|(?<=-)", item.getPlainText()):
                    width = stringWidth(word, font, style.fontSize) + CELL_PADDING + 1
                    needed[i] = max(needed[i], width + style.leftIndent)
    # A "word" wider than half the table (a pasted link, a run of letters) is split anyway.
    needed = [min(n, 0.5 * total) for n in needed]
    short = sum(max(0.0, n - w) for n, w in zip(needed, widths, strict=True))
    if not short:
        return widths
    spare = [max(0.0, w - n) for n, w in zip(needed, widths, strict=True)]
    if sum(spare) <= 0:
        return widths
    share = min(1.0, short / sum(spare))
    grown = [n if n > w else w - spare_i * share
             for n, w, spare_i in zip(needed, widths, spare, strict=True)]
    scale = total / sum(grown)  # when there was not enough to spare, all give a little
    return [w * min(1.0, scale) for w in grown]
