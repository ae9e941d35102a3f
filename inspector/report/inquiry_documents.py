"""A drafted inquiry as a Word document (for the aide to finish) and as a PDF.

Word: docxtpl fills the template `inquiry.docx` (the profile's reports/ folder first, then the
shipped one), so the letter's look is a document an aide restyles in Word, not code. PDF: the
same text laid out with the reports' fonts. Both are written to a temporary name and renamed.
"""

from __future__ import annotations

import importlib.resources
from contextlib import AbstractContextManager
from pathlib import Path

from .document import DocumentInfo, build_pdf
from .files import written_whole
from .inquiry_letter import Letter

TEMPLATE_NAME = "inquiry.docx"


def template_path(profile_dir: Path | None) -> Path:
    """The Word template: the profile's own copy when there is one, else the shipped one."""
    if profile_dir is not None:
        own = Path(profile_dir) / "reports" / TEMPLATE_NAME
        if own.is_file():
            return own
    with importlib.resources.as_file(
            importlib.resources.files("inspector.layouts") / TEMPLATE_NAME) as path:
        return Path(path)


def write_docx(letter: Letter, target: Path, template: Path) -> Path:
    from docxtpl import DocxTemplate  # only this command needs Word

    document = DocxTemplate(str(template))
    document.render({
        "announced": letter.announced, "addressee": letter.addressee,
        "heading": letter.heading, "salutation": letter.salutation, "title": letter.title,
        "paragraphs": letter.paragraphs, "requests_intro": letter.requests_intro,
        "requests": letter.requests, "closing": letter.closing, "regards": letter.regards,
        "signatures": [{"title": title, "names": names} for title, names in letter.signatures],
        "executor": letter.executor, "annex": letter.annex,
    }, autoescape=True)
    with _atomic(target, ".docx") as tmp:
        document.save(str(tmp))
    return target


def write_pdf(letter: Letter, target: Path, *, title: str, author: str) -> Path:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    from .fonts import SERIF, SERIF_BOLD, register_fonts
    from .styles import text as escape

    register_fonts()
    body = ParagraphStyle("letter", fontName=SERIF, fontSize=12, leading=16,
                          alignment=TA_JUSTIFY, firstLineIndent=28, spaceAfter=6)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0, alignment=0, spaceAfter=0)
    right = ParagraphStyle("addressee", parent=plain, fontName=SERIF_BOLD, leftIndent=250)
    centre = ParagraphStyle("centre", parent=plain, fontName=SERIF_BOLD, alignment=TA_CENTER,
                            spaceBefore=10, spaceAfter=6)
    small = ParagraphStyle("small", parent=plain, fontSize=10, leading=13)

    def p(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(value), style)

    story = []
    if letter.announced:
        story += [p(letter.announced, small), Spacer(1, 6)]
    story += [p(line, right) for line in letter.addressee]
    story += [Spacer(1, 12), p(letter.heading, centre), p(letter.salutation, centre)]
    if letter.title:
        story.append(p(letter.title, ParagraphStyle("title", parent=centre, fontName=SERIF)))
    story += [p(text, body) for text in letter.paragraphs]
    if letter.requests:
        story.append(p(letter.requests_intro, body))
        story += [p(f"{n}. {r}", body) for n, r in enumerate(letter.requests, 1)]
    story += [p(letter.closing, body), Spacer(1, 12), p(letter.regards, plain)]
    for group, names in letter.signatures:
        story += [Spacer(1, 8), p(group, ParagraphStyle("faction", parent=plain,
                                                        fontName=SERIF_BOLD))]
        story += [p(name, ParagraphStyle("signer", parent=plain, leftIndent=250))
                  for name in names]
    if letter.annex:
        story += [Spacer(1, 12), p(letter.annex, small)]
    if letter.executor:
        story += [Spacer(1, 12), *(p(line, small) for line in letter.executor)]
    info = DocumentInfo(title=title, author=author, subject=letter.heading, lang=letter.language)
    return build_pdf(story, target, info)


def _atomic(target: Path, suffix: str) -> AbstractContextManager[Path]:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    return written_whole(target, prefix=".inquiry-", suffix=suffix)

