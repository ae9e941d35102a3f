"""The photo annex: numbered photos with caption, time taken and the question they belong to."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from ..domain.provenance import date_doubt
from ..domain.text import pick
from .blocks import note
from .document import Anchor, PageStamp
from .model import VisitData
from .photos import PreparedPhoto
from .styles import RULE, ZEBRA, styles, text
from .texts import moment, t

_GAP = 4 * mm


def photo_caption(p: PreparedPhoto, data: VisitData, lang: str) -> str:
    photo = p.photo
    parts = [f"<b>{text(t('photo_n', lang, n=p.number))}.</b> {text(photo.caption)}".rstrip()]
    details = []
    if photo.taken_at:
        details.append(text(t("taken", lang, when=moment(photo.taken_at))))
    for question_id in photo.question_ids:
        question = data.template.question(question_id)
        if question is not None:
            details.append(f"{text(t('question', lang))} {data.template.number(question.id)}: "
                           f"«{text(pick(question.text, lang))}»")
    doubt = date_doubt(photo, data.visit)
    if doubt is not None:
        details.append(f"<font color='#9B1C1C'>{text(doubt.message(lang))}</font>")
    if p.faces_covered:
        details.append(text(t("faces_covered", lang)))
    if p.jpeg is None:
        details.append(f"<i>{text(t('photo_missing', lang))}</i>")
    if details:
        parts.append(" · ".join(details))
    return "<br/>".join(parts)


def photo_flowables(data: VisitData, prepared: list[PreparedPhoto], left_out: int,
                    with_faces: bool, lang: str, width: float, columns: int) -> list[Flowable]:
    flow: list[Flowable] = []
    if left_out:
        flow.append(note(t("faces_left_out", lang, n=left_out)))
    if with_faces and any(p.photo.has_faces for p in prepared):
        flow.append(note(t("faces_included", lang)))
    if any(p.faces_covered for p in prepared):
        flow.append(note(t("faces_hidden", lang)))
    if not prepared:
        flow.append(note(t("no_photos", lang)))
        return flow
    cell_width = (width - _GAP * (columns - 1)) / columns
    # Two photos and their captions share a row; the height keeps 3 rows to an A4 page.
    max_height = {1: 150 * mm, 2: 62 * mm, 3: 48 * mm}[columns]
    s = styles()
    for start in range(0, len(prepared), columns):
        cells: list[Any] = []
        for p in prepared[start:start + columns]:
            picture = _picture(p, cell_width, max_height)
            cell = [Anchor(f"photo-{p.number}"), picture, Spacer(1, 1.5 * mm),
                    Paragraph(photo_caption(p, data, lang), s.caption)]
            if with_faces and p.photo.has_faces and p.jpeg is not None:
                cell.insert(1, PageStamp(t("official_use", lang)))
            cells.append(cell)
        cells += [""] * (columns - len(cells))
        # splitInRow: a caption too long for the page continues on the next one.
        row = Table([cells], colWidths=[cell_width + (_GAP if i < columns - 1 else 0)
                                        for i in range(columns)], hAlign="LEFT", splitInRow=1)
        row.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("LEFTPADDING", (0, 0), (-1, -1), 0),
                      ("RIGHTPADDING", (0, 0), (-1, -1), _GAP if columns > 1 else 0),
                      ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
                      ("TOPPADDING", (0, 0), (-1, -1), 0),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * mm)])
        flow.append(row)
    return flow


def _picture(p: PreparedPhoto, width: float, max_height: float) -> Flowable:
    if p.jpeg is None or not p.width or not p.height:
        box = Table([[""]], colWidths=[width], rowHeights=[max_height * 0.5])
        box.setStyle([("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                      ("BOX", (0, 0), (-1, -1), 0.5, RULE)])
        return box
    scale = min(width / p.width, max_height / p.height)
    # JPEG bytes given as a file make ReportLab copy the JPEG stream as is (DCTDecode):
    # no re-encoding, so no quality lost and no metadata reintroduced.
    image = Image(io.BytesIO(p.jpeg), width=p.width * scale,
                  height=p.height * scale)
    image.hAlign = "LEFT"
    return image
