"""Small building blocks shared by the visit report and the summary."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from ..domain.text import pick
from .document import Heading
from .layout import Layout
from .styles import ACCENT, RULE, grid, styles, text
from .texts import t


def section_heading(layout: Layout, section: str, lang: str, number: int | None = None,
                    ) -> Heading:
    title = layout.heading(section, lang)
    shown = f"{number}. {title}" if number else title
    return Heading(text(shown), styles().h1, level=0, outline=shown, key=f"section-{section}",
                   room_below=40 * mm)


def sub_heading(title: str, level: int = 1, key: str | None = None) -> Heading:
    return Heading(text(title), styles().h2, level=level, outline=title, key=key,
                   room_below=25 * mm)


def keep_heading(heading: Flowable, flow: list[Flowable]) -> list[Flowable]:
    """The heading kept with its section's first block (and the short notes before it): a block
    that cannot split where it stands — a row of photos, the conclusion kept with its
    signatures — would otherwise move on alone and leave the heading at the foot of the page."""
    if flow and isinstance(flow[0], KeepTogether):
        lead, rest = [heading, *flow[0]._content], flow[1:]
    else:
        lead = [heading]
        for block in flow[:3]:
            lead.append(block)
            if not isinstance(block, Paragraph) or isinstance(block, Heading):
                break
        rest = flow[len(lead) - 1:]
    _kept_together(lead)
    return [KeepTogether(lead), *rest]


def _kept_together(blocks: list[Flowable]) -> None:
    """Headings inside a KeepTogether are kept with what follows by it: one that claims more
    height than it has (Heading.room_below) could not be split out of it."""
    for block in blocks:
        if isinstance(block, Heading):
            block.room_below = 0
        elif isinstance(block, KeepTogether):
            _kept_together(block._content)


def letterhead(layout: Layout, lang: str) -> list[Flowable]:
    head = pick(layout.letterhead, lang)
    if not head:
        return []
    return [Paragraph(text(head), styles().letterhead), Spacer(1, 3 * mm),
            HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=1),
            HRFlowable(width="100%", thickness=0.4, color=ACCENT, spaceAfter=10 * mm)]


def details_table(rows: Sequence[tuple[str, str]], width: float) -> Table:
    """Label / value pairs, e.g. the cover's visit details."""
    s = styles()
    data = [[Paragraph(text(label), s.label), Paragraph(value, s.cell)] for label, value in rows]
    table = Table(data, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT", splitInRow=1)
    table.setStyle(grid(header=False))
    return table


def note(message: str) -> Paragraph:
    return Paragraph(text(message), styles().muted)


def signature_block(names: Sequence[str], lang: str, width: float) -> list[Flowable]:
    """A line to sign and a line to date for each deputy, as on a paper inquiry."""
    s = styles()
    rows = []
    for name in names:
        rows.append([Paragraph(text(t("deputy_of", lang)), s.small),
                     Paragraph("", s.small), Paragraph(f"<b>{text(name)}</b>", s.body)])
        rows.append(["", Paragraph(t("signature", lang) + "  /  " + t("date_line", lang),
                                   s.cell_muted), ""])
    if not rows:
        return []
    table = Table(rows, colWidths=[0.45 * width, 0.3 * width, 0.25 * width], hAlign="LEFT",
                  splitInRow=1)
    commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                       ("ALIGN", (1, 0), (1, -1), "CENTER")]
    for r in range(0, len(rows), 2):
        commands += [("LINEBELOW", (1, r), (1, r), 0.6, RULE),
                     ("TOPPADDING", (0, r), (-1, r), 14 if r else 4),
                     ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 6)]
    table.setStyle(commands)
    return [Spacer(1, 8 * mm), table]
