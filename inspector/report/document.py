"""The PDF around the content: A4 pages, running header, «Стр. N из M», bookmarks, metadata.

"из M" needs the page count before the first page is finished. Instead of laying the whole report
out twice, pages are kept in memory and decorated when the document is saved (the numbered-canvas
recipe). Bookmarks are deferred the same way, because a PDF destination must name a page object
that only exists once the page is really emitted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from ..domain.errors import InspectorError
from ..domain.text import N_
from .files import written_whole
from .fonts import SANS, SANS_BOLD, register_fonts
from .styles import (
    ACCENT,
    MUTED,
    PAGE_MARGIN_BOTTOM,
    PAGE_MARGIN_TOP,
    PAGE_MARGIN_X,
    PROBLEM_INK,
    RULE,
)

WATERMARK = PROBLEM_INK
HEADER_SIZE = 8
HEADER_LEADING = 10.5
HEADER_GAP = 12

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ReportCancelled(InspectorError):
    texts = N_("The report was cancelled")


@dataclass
class DocumentInfo:
    """What the PDF says about itself, and the texts of its page furniture."""

    title: str
    author: str
    subject: str
    lang: str
    keywords: list[str] = field(default_factory=list)
    header_left: str = ""
    header_right: str = ""
    # A second header line: what the document is about (an institution's official name, up to
    # 120 characters or more) and its date; the name is shortened in the middle if it must be,
    # the number at its end and the date never.
    header_subject: str = ""
    header_date: str = ""
    marking: str = ""  # confidentiality marking, on every page: the document holds personal data
    footer_left: str = ""
    page_label: str = "{n} / {m}"  # formatted with n (this page) and m (page count)
    watermark: str = ""  # drawn across every page, e.g. «ПРОЕКТ» on a draft


class Heading(Paragraph):
    """A heading that also becomes a PDF bookmark at the level given.

    `room_below`: the heading moves to the next page unless that much space is left under it.
    This, rather than keepWithNext, keeps a heading off the foot of a page: keepWithNext glues
    the heading to the whole next flowable, so a long table would drag it to the next page and
    leave the rest of this one blank.
    """

    def __init__(self, text: str, style: Any, *, level: int = 0, outline: str | None = None,
                 key: str | None = None, room_below: float = 0) -> None:
        super().__init__(text, style)
        self.level = level
        self.outline = outline if outline is not None else self.getPlainText()
        self.key = key
        self.room_below = room_below

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = super().wrap(avail_width, avail_height)
        if self.room_below and height + self.room_below > avail_height:
            return width, avail_height + 1  # does not fit here: the frame moves it on
        return width, height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # a heading is never split across pages

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, _NumberedCanvas):
            _, y = canvas.absolutePosition(0, self.height)
            canvas.defer_bookmark(self.outline, self.level, y + 4, self.key)
        super().draw()


class Anchor(Flowable):
    """An invisible link target (e.g. a photo in the annex that a finding refers to)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def draw(self) -> None:
        canvas = self.canv
        if isinstance(canvas, _NumberedCanvas):
            _, y = canvas.absolutePosition(0, 0)
            canvas.defer_bookmark(None, 0, y + 200, self.key)


class PageStamp(Flowable):
    """Puts a restriction (for official use only) at the top of the page it lands on, and
    only that page: a page that shows faces unhidden says so wherever it is copied to."""

    def __init__(self, words: str) -> None:
        super().__init__()
        self.words = words
        self.width = self.height = 0

    def draw(self) -> None:
        if isinstance(self.canv, _NumberedCanvas):
            self.canv.stamp_page(self.words)


class _NumberedCanvas(Canvas):
    info: DocumentInfo  # set by the class made in _canvas_class

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._marks: list[tuple[str | None, int, float, str]] = []
        self._marks_by_page: list[list[tuple[str | None, int, float, str]]] = []
        self._bookmark_seq = 0
        self._stamp = ""

    def stamp_page(self, words: str) -> None:
        self._stamp = words

    def defer_bookmark(self, title: str | None, level: int, y: float, key: str | None) -> None:
        self._bookmark_seq += 1
        self._marks.append((title, level, y, key or f"b{self._bookmark_seq}"))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._marks_by_page.append(self._marks)
        self._marks = []
        self._stamp = ""
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        pages, marks_by_page = self._pages, self._marks_by_page
        levels_open = 0
        for number, (state, marks) in enumerate(zip(pages, marks_by_page, strict=True), 1):
            self.__dict__.update(state)
            self._decorate(number, count)
            for title, level, y, key in marks:
                self.bookmarkPage(key, fit="XYZ", left=0, top=y)
                if title is not None:
                    # An outline may not skip a level; clamp so a stray h2 before any h1 is valid.
                    level = min(level, levels_open)
                    self.addOutlineEntry(title, key, level=level, closed=level > 0)
                    levels_open = level + 1
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, number: int, count: int) -> None:
        info = self.info
        width, height = self._pagesize
        right = width - PAGE_MARGIN_X
        self.saveState()
        self.setFont(SANS, HEADER_SIZE)
        self.setFillColor(MUTED)
        top = height - PAGE_MARGIN_TOP + 9
        first = top + (HEADER_LEADING if info.header_subject else 0)
        room = right - PAGE_MARGIN_X
        if info.marking:
            self.setFont(SANS_BOLD, HEADER_SIZE)
            self.setFillColor(PROBLEM_INK)
            self.drawRightString(right, first, info.marking)
            room -= self.stringWidth(info.marking, SANS_BOLD, HEADER_SIZE) + HEADER_GAP
            self.setFont(SANS, HEADER_SIZE)
            self.setFillColor(MUTED)
        if number > 1 and (info.header_left or info.header_right or info.header_subject):
            if info.header_right and not info.marking:
                self.drawRightString(right, first, _fit(self, info.header_right, room * 0.45))
                room = room * 0.55
            self.drawString(PAGE_MARGIN_X, first, _fit(self, info.header_left, room))
            if info.header_subject:
                self.drawRightString(right, top, info.header_date)
                date_room = self.stringWidth(info.header_date, SANS, HEADER_SIZE) + HEADER_GAP
                self.drawString(PAGE_MARGIN_X, top, shorten_middle(
                    self, info.header_subject, right - PAGE_MARGIN_X - date_room))
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(PAGE_MARGIN_X, top - 4, right, top - 4)
        y = PAGE_MARGIN_BOTTOM - 12
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(PAGE_MARGIN_X, y + 10, right, y + 10)
        self.drawString(PAGE_MARGIN_X, y, _fit(self, info.footer_left, width * 0.6))
        self.setFillColor(ACCENT)
        self.drawRightString(right, y, info.page_label.format(n=number, m=count))
        self.restoreState()
        if info.watermark:
            self._watermark(info.watermark)
        if self._stamp:
            self._stamp_top(self._stamp)

    def _stamp_top(self, words: str) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(SANS, 10)
        text = words.upper()
        w = self.stringWidth(text, SANS, 10) + 12
        x, y = (width - w) / 2, height - PAGE_MARGIN_TOP + 23  # above the running header
        self.setStrokeColor(PROBLEM_INK)
        self.setFillColor(PROBLEM_INK)
        self.setLineWidth(1)
        self.rect(x, y - 4, w, 16, stroke=1, fill=0)
        self.drawCentredString(width / 2, y + 1, text)
        self.restoreState()

    def _watermark(self, word: str) -> None:
        """Diagonal, pale and behind nothing that matters: it marks the page, it hides no text."""
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(WATERMARK)
        self.setFillAlpha(0.35)
        self.translate(width / 2, height / 2)
        self.rotate(50)
        self.setFont(SANS, 96)
        self.drawCentredString(0, -34, word)
        self.restoreState()


def _width(canvas: Canvas, text: str) -> float:
    return canvas.stringWidth(text, SANS, HEADER_SIZE)


def _fit(canvas: Canvas, text: str, room: float) -> str:
    """Shorten a header text with an ellipsis so it never runs into the other one."""
    if _width(canvas, text) <= room:
        return text
    while text and _width(canvas, text + "…") > room:
        text = text[:-1]
    return text.rstrip() + "…"


def shorten_middle(canvas: Canvas, text: str, room: float) -> str:
    """The words at both ends of a name that is too long, «…» between them, whole words only.

    An official name ends with what tells institutions apart — «…«Шапағат» №22», «…г. Астаны» —
    and begins with what kind it is, so the middle goes: from the number (if any) to the end is
    always kept, then words are added alternately from the end and from the start.
    """
    if _width(canvas, text) <= room:
        return text
    words = text.split()
    numbered = [i for i, w in enumerate(words) if "№" in w or any(c.isdigit() for c in w)]
    cut = numbered[-1] if numbered else len(words) - 1
    if cut > 0 and words[cut - 1] == "№":
        cut -= 1  # «№ 22» written apart
    head: list[str] = []
    tail, rest = words[cut:], words[:cut]

    def fits(first: list[str], last: list[str]) -> bool:
        return _width(canvas, " ".join([*first, "…", *last])) <= room

    if not fits([], tail):
        return _fit(canvas, text, room)  # a name that is nearly all number: cut its end after all
    blocked = {"end": False, "start": False}
    side = "end"
    while rest and not all(blocked.values()):
        if side == "end" and not blocked["end"]:
            if fits(head, [rest[-1], *tail]):
                tail, rest = [rest[-1], *tail], rest[:-1]
            else:
                blocked["end"] = True
        elif side == "start" and not blocked["start"]:
            if fits([*head, rest[0]], tail):
                head, rest = [*head, rest[0]], rest[1:]
            else:
                blocked["start"] = True
        side = "start" if side == "end" else "end"
    return " ".join([*head, "…", *tail]) if rest else " ".join([*head, *tail])


def _canvas_class(info: DocumentInfo) -> type[_NumberedCanvas]:
    return type("ReportCanvas", (_NumberedCanvas,), {"info": info})


class _Document(BaseDocTemplate):
    def __init__(self, filename: str, info: DocumentInfo,
                 after_flowable: Callable[[], None] | None) -> None:
        super().__init__(
            filename, pagesize=A4, leftMargin=PAGE_MARGIN_X, rightMargin=PAGE_MARGIN_X,
            topMargin=PAGE_MARGIN_TOP, bottomMargin=PAGE_MARGIN_BOTTOM, title=info.title,
            author=info.author, subject=info.subject, keywords=info.keywords,
            creator="Inspector", lang=info.lang, displayDocTitle=True,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._after = after_flowable
        # Open the bookmark pane when a reader opens the file: the outline is the table of contents.
        self._pageMode = "UseOutlines"

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        if self._after is not None:
            self._after()

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = Canvas) -> Canvas:  # noqa: N802
        canvas = super()._makeCanvas(filename, canvasmaker)
        canvas.showOutline()
        return canvas


def build_pdf(story: list[Flowable], target: Path, info: DocumentInfo, *,
              on_progress: Progress | None = None, is_cancelled: Cancelled | None = None,
              progress_offset: int = 0, progress_total: int | None = None) -> Path:
    """Lay out `story` into `target`, atomically: a cancel or a crash leaves no half-written PDF.

    Progress: the caller has done `progress_offset` of `progress_total` steps; laying out the
    story takes the rest, in proportion to the flowables placed.
    """
    register_fonts()
    # Binary streams: ReportLab's default ASCII85 wrapping would make every photo 25 % larger.
    rl_config.useA85 = 0
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    total = progress_total or (progress_offset + len(story))
    share = max(1, total - progress_offset)  # steps the layout is worth in the caller's count
    placed = 0

    def after() -> None:
        nonlocal placed
        placed += 1
        if is_cancelled is not None and is_cancelled():
            raise ReportCancelled()
        if on_progress is not None and placed % 10 == 0:
            done = progress_offset + share * min(placed, len(story)) // max(1, len(story))
            on_progress(min(total - 1, done), total)

    with written_whole(target, prefix=".report-", suffix=".pdf") as tmp:
        doc = _Document(str(tmp), info, after)
        doc.build(story, canvasmaker=_canvas_class(info))
    if on_progress is not None:
        on_progress(total, total)
    return target
