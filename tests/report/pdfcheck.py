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
