"""The evidence manifest that ends every visit report, printed and embedded as JSON.

A reader checks the paper by the QR code (report id and seal) and the table (each photo's full
SHA-256, when it was taken and when imported); a program checks the PDF by the attachment
`inspector-manifest.json`, which carries the same facts plus the digests of the report's parts
(domain/seal.py), so `inspector verify` can say what changed since, not only that something did.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from .. import __version__
from ..domain.derivation import Derivation
from ..domain.ordering import in_order
from ..domain.provenance import ProvenanceWarning, visit_warnings, warning_line
from ..domain.seal import SEAL_FORMAT, seal_facts, seal_of
from ..domain.text import N_, Message, day, pick
from .files import written_whole
from .model import VisitData
from .photos import PreparedPhoto
from .styles import PROBLEM_INK, grid, styles, text

MANIFEST_NAME = "inspector-manifest.json"
MANIFEST_FORMAT = "inspector-manifest/1"

TEXTS: dict[str, Message] = {
    "heading": N_("Evidence manifest"),
    "intro": N_("Check this report with «inspector verify» or in the app (File › Verify a "
                "report…). The photos in it are copies: each original is kept unchanged and is "
                "known by its SHA-256."),
    "report_id": N_("Report id"),
    "seal": N_("Visit seal (SHA-256)"),
    "not_sealed": N_("the visit is not completed, so it has no seal; content digest: {digest}"),
    "stale_seal": N_("warning: the content changed after the seal {seal}"),
    "amended": N_("Corrections after completion: {n}; the last on {at} by {by}: «{reason}»"),
    "generated": N_("Generated"),
    "no": N_("No."),
    "photo_hash": N_("SHA-256 of the original"),
    "taken": N_("Taken"),
    "imported": N_("Imported"),
    "not_shown": N_("not shown (faces)"),
    "no_photos": N_("The visit has no photos."),
    "caution": N_("caution"),
}


def mt(key: str, lang: str, **params: Any) -> str:
    return pick(TEXTS[key], lang).format(**params) if params else pick(TEXTS[key], lang)


def build_manifest(data: VisitData, prepared: Sequence[PreparedPhoto], *,
                   report_id: str | None = None) -> dict[str, Any]:
    """The manifest's facts: what the report shows, as verify reads it back."""
    visit = data.visit
    facts = seal_facts(visit, data.facility, data.template, data.answers, data.findings,
                       data.interviews, data.photos)
    content = seal_of(facts)
    warnings = visit_warnings(visit, data.photos)
    shown = {p.photo.id: p for p in prepared}
    photos = []
    for photo in in_order(data.photos):
        entry: dict[str, Any] = {
            "id": photo.id, "sha256": photo.sha256, "taken_at": photo.taken_at,
            "imported_at": photo.imported_at or photo.created_at,
            "original_name": photo.original_name, "camera": photo.camera,
            "imported_by": photo.imported_by, "imported_device": photo.imported_device,
            "warnings": [w.as_dict() for w in warnings.get(photo.id, [])],
        }
        copy = shown.get(photo.id)
        if copy is not None:
            entry["number"] = copy.number
            if copy.derivation is not None:
                entry["copy"] = copy.derivation.as_dict()
        photos.append(entry)
    return {
        "format": MANIFEST_FORMAT, "seal_format": SEAL_FORMAT,
        "report_id": report_id or str(uuid.uuid4()),
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "visit_id": visit.id, "status": visit.status,
        "template": [visit.template_id, visit.template_version],
        "seal": visit.seal, "content_seal": content.value, "parts": content.parts,
        "seals": list(visit.seals), "amendments": list(visit.amendments),
        "photos": photos,
        # The records behind the parts, so verify can name what a profile lacks.
        "records": {"findings": sorted(f.id for f in data.findings),
                    "interviews": sorted(i.id for i in data.interviews),
                    "answers": sorted(a.id for a in data.answers.values())},
    }


def qr_payload(manifest: dict[str, Any]) -> str:
    seal = manifest["seal"] or manifest["content_seal"]
    return f"inspector:report?id={manifest['report_id']}&seal={seal}"


class QRCode(Flowable):
    """A QR code drawn as vector squares: sharp at any zoom or print size, and no image in the
    PDF that could be taken for a photo."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        import segno  # only when a report is printed

        self.rows = [list(row) for row in segno.make(payload, error="m").matrix]
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        quiet = 2  # modules of white border the readers need
        count = len(self.rows) + 2 * quiet
        module = self.size / count
        canvas = self.canv
        canvas.setFillColorRGB(0, 0, 0)
        for y, row in enumerate(self.rows):
            for x, dark in enumerate(row):
                if dark:
                    canvas.rect((x + quiet) * module, self.size - (y + quiet + 1) * module,
                                module, module, stroke=0, fill=1)


def manifest_flowables(manifest: dict[str, Any], lang: str, width: float) -> list[Flowable]:
    s = styles()
    flow: list[Flowable] = [Paragraph(text(mt("intro", lang)), s.small)]
    seal = manifest["seal"]
    if not seal:
        seal_markup = text(mt("not_sealed", lang, digest=manifest["content_seal"]))
    elif seal != manifest["content_seal"]:
        seal_markup = (f"{text(seal)}<br/><font color='#{PROBLEM_INK.hexval()[2:]}'>"
                       f"{text(mt('stale_seal', lang, seal=seal[:12]))}</font>")
    else:
        seal_markup = text(seal)
    rows = [[Paragraph(text(mt("report_id", lang)), s.label),
             Paragraph(text(manifest["report_id"]), s.cell)],
            [Paragraph(text(mt("seal", lang)), s.label),
             Paragraph(seal_markup, s.cell)],
            [Paragraph(text(mt("generated", lang)), s.label),
             Paragraph(text(_moment(manifest["generated_at"])), s.cell)]]
    if manifest["amendments"]:
        last = manifest["amendments"][-1]
        rows.append([Paragraph("", s.label), Paragraph(text(mt(
            "amended", lang, n=len(manifest["amendments"]), at=_moment(last["at"]),
            by=last["by"], reason=last["reason"])), s.cell)])
    qr_size = 34 * mm
    details = Table(rows, colWidths=[0.25 * (width - qr_size), 0.75 * (width - qr_size)],
                    hAlign="LEFT")
    details.setStyle(grid(header=False))
    top = Table([[details, QRCode(qr_payload(manifest), qr_size)]],
                colWidths=[width - qr_size, qr_size], hAlign="LEFT")
    top.setStyle(grid(("LINEBELOW", (0, 0), (-1, -1), 0, "white"), header=False))
    flow.append(KeepTogether([top]))
    flow += _photo_table(manifest, lang, width)
    return flow


def _photo_table(manifest: dict[str, Any], lang: str, width: float) -> list[Flowable]:
    s = styles()
    if not manifest["photos"]:
        return [Paragraph(text(mt("no_photos", lang)), s.muted)]
    mono = s.cell.clone("hash", fontSize=7, leading=8.6)
    rows: list[list[Any]] = [[Paragraph(text(mt(key, lang)), s.head)
                              for key in ("no", "photo_hash", "taken", "imported")]]
    for entry in manifest["photos"]:
        number = str(entry["number"]) if "number" in entry else mt("not_shown", lang)
        cell = text(_split_hash(entry["sha256"]))
        notes = [ProvenanceWarning(**w) for w in entry["warnings"]]
        if notes:
            cell += (f"<br/><font color='#{PROBLEM_INK.hexval()[2:]}'>"
                     f"{text(mt('caution', lang))}: {text(warning_line(notes, lang))}</font>")
        if entry.get("copy"):
            cell += "<br/>" + text(Derivation.from_dict(entry["copy"]).describe(lang))
        rows.append([Paragraph(text(number), s.cell), Paragraph(cell, mono),
                     Paragraph(text(_moment(entry["taken_at"]) or "—"), s.cell),
                     Paragraph(text(_moment(entry["imported_at"]) or "—"), s.cell)])
    table = Table(rows, colWidths=[0.1 * width, 0.5 * width, 0.2 * width, 0.2 * width],
                  repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(grid())
    return [table]


def _split_hash(sha256: str) -> str:
    """Two lines of 32 hex digits: the whole hash fits a column and is read in halves."""
    return f"{sha256[:32]}\n{sha256[32:]}" if len(sha256) == 64 else sha256


def _moment(iso: str) -> str:
    """«20.11.2026 14:05» from an ISO moment, in the time the moment was written in."""
    if not iso:
        return ""
    return f"{day(iso)} {iso[11:16]}".strip()


def photo_caution(photo_id: str, warnings: dict[str, list[ProvenanceWarning]],
                  lang: str) -> str:
    """The markup a finding's evidence line gets after a photo that carries a warning."""
    found = warnings.get(photo_id)
    if not found:
        return ""
    return (f" <font color='#{PROBLEM_INK.hexval()[2:]}'>({text(mt('caution', lang))}: "
            f"{text(warning_line(found, lang))})</font>")


# --- the embedded file ----------------------------------------------------------------------

def attach_manifest(pdf: Path, manifest: dict[str, Any]) -> None:
    """Embed the manifest as a file attachment, replacing `pdf` atomically."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(pdf))
    writer.add_attachment(MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1,
                                                    sort_keys=True).encode("utf-8"))
    with written_whole(pdf) as tmp, tmp.open("wb") as fh:
        writer.write(fh)


def read_manifest(pdf: Path) -> dict[str, Any] | None:
    """The embedded manifest of a report, or None when it has none (not ours, or older)."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    found = reader.attachments.get(MANIFEST_NAME)
    if not found:
        return None
    try:
        manifest = json.loads(found[0].decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return manifest if isinstance(manifest, dict) and \
        manifest.get("format") == MANIFEST_FORMAT else None
