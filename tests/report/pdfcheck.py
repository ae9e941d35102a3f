"""Reading our PDFs back with pypdf: text per page, embedded images, outline, metadata."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def all_text(path: Path) -> str:
    # Extraction may break a line where the layout wrapped it; compare with spaces collapsed.
    return " ".join(" ".join(page_texts(path)).split())


def _filters(xobject) -> list[str]:
    raw = xobject.get("/Filter")
    if raw is None:
        return []
    return [str(f) for f in raw] if isinstance(raw, list) else [str(raw)]


def _image_xobjects(path: Path):
    reader = PdfReader(path)
    for page in reader.pages:
        for ref in ((page.get("/Resources") or {}).get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                yield ref.idnum, xobject


def embedded_jpegs(path: Path) -> dict[int, bytes]:
    """Every distinct image XObject in the file (by object number), as its JPEG bytes."""
    found = {}
    for idnum, xobject in _image_xobjects(path):
        assert _filters(xobject) == ["/DCTDecode"], _filters(xobject)
        found[idnum] = xobject._data  # the stream as stored: the JPEG file itself
    return found


def image_filters(path: Path) -> set[str]:
    return {"+".join(_filters(x)) for _, x in _image_xobjects(path)}


def has_metadata(jpeg: bytes) -> list[str]:
    """Names of any metadata a JPEG still carries (EXIF, GPS, XMP, ICC, comments)."""
    with Image.open(io.BytesIO(jpeg)) as im:
        found = [key for key in ("exif", "icc_profile", "xmp", "comment", "photoshop")
                 if im.info.get(key)]
        if len(im.getexif()):
            found.append("getexif")
        markers = [m for m, _ in getattr(im, "applist", [])]
        found += [m for m in markers if m in ("APP1", "APP2", "APP13")]
    return found


def outline_titles(path: Path) -> list[str]:
    reader = PdfReader(path)
    titles: list[str] = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


def text_chunks(path: Path, page_number: int) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size in points) of every piece of text drawn on a page (0-based)."""
    chunks: list[tuple[str, float, float, float]] = []

    def visit(said, cm, tm, font, size):
        if not said.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = (tm[3] ** 2 + tm[2] ** 2) ** 0.5 * (cm[3] ** 2 + cm[2] ** 2) ** 0.5
        chunks.append((said, x, y, size * (scale or 1)))

    PdfReader(path).pages[page_number].extract_text(visitor_text=visit)
    return chunks


def orphan_headings(path: Path, bottom: float = 56.7, top_margin: float = 62.4) -> list[str]:
    """Bookmarked headings with no text under them on their page (the page furniture aside)."""
    reader = PdfReader(path)
    found = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
                continue
            page = reader.get_destination_page_number(item)
            height = float(reader.pages[page].mediabox.top)
            heading_top = float(item.top)
            below = [c for c in text_chunks(path, page)
                     if bottom < c[2] < heading_top - 26 and c[2] < height - top_margin]
            if not below:
                found.append(f"{item.title} (page {page + 1})")

    walk(reader.outline)
    return found


def issued_text(path: Path) -> str:
    """all_text without what is new for every report issued: the manifest's report id and the
    moment it was made. Two prints of the same facts read the same, seal included."""
    import re

    from inspector.report.manifest import read_manifest

    text = all_text(path)
    manifest = read_manifest(path)
    if manifest is not None:
        text = text.replace(manifest["report_id"], "<report id>")
    return re.sub(r"(Создан|Жасалған|Generated) \d\d\.\d\d\.\d{4} \d\d:\d\d", r"\1 <moment>",
                  text)
