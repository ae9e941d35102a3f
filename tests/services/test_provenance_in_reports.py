"""Provenance warnings in print: a photo taken on another day, one with its EXIF stripped and one
from another camera are marked in the manifest and beside the findings they support."""

from __future__ import annotations

from datetime import datetime

from PIL import Image
from pypdf import PdfReader

from inspector.domain.finding import Finding
from inspector.domain.photo import EXIF_ABSENT
from inspector.domain.provenance import NO_EXIF, OTHER_CAMERA, TIME_OUTSIDE_VISIT
from inspector.photos import fixtures
from inspector.report.manifest import read_manifest
from inspector.services import visits as service
from inspector.services.findings import save_finding
from inspector.services.photos import IMPORTED, import_photos
from inspector.services.reports import write_visit_report


def _shots(folder):
    folder.mkdir()
    same = [fixtures.make_jpeg(folder / f"ok{i}.jpg", size=(320, 240), seed=i,
                               taken_at=datetime(2026, 11, 20, 10, i)) for i in range(3)]
    earlier = fixtures.make_jpeg(folder / "earlier.jpg", size=(320, 240), seed=7,
                                 taken_at=datetime(2026, 10, 1, 9, 0))
    stripped = folder / "from_messenger.jpg"
    fixtures.picture((320, 240), seed=8).save(stripped, "JPEG")  # no EXIF at all
    other = folder / "other_phone.jpg"
    Image.new("RGB", (320, 240), (90, 140, 60)).save(
        other, "JPEG", exif=fixtures.make_exif(taken_at=datetime(2026, 11, 20, 12, 0),
                                               make="Apple", model="iPhone 12"))
    return [*same, earlier, stripped, other]


def test_doubtful_photos_are_marked_in_the_manifest_and_the_evidence(profile, tmp_path) -> None:
    facility = service.add_facility(profile, kind="psc", name="ЦОН", region="astana")
    visit = service.start_visit(profile, facility.id, "2026-11-20")
    imported = import_photos(profile, visit.id, _shots(tmp_path / "shots"))
    assert [r.status for r in imported] == [IMPORTED] * 6
    photos = {r.path.name: r.photo for r in imported}
    assert photos["from_messenger.jpg"].exif == EXIF_ABSENT
    save_finding(profile, Finding(visit_id=visit.id, text="Очередь на улице", evidence=[
        {"kind": "photo", "id": photos["earlier.jpg"].id},
        {"kind": "photo", "id": photos["ok0.jpg"].id}]))
    pdf = write_visit_report(profile, visit.id, tmp_path / "r.pdf", lang="ru")
    manifest = read_manifest(pdf)
    codes = {p["original_name"]: [w["code"] for w in p["warnings"]] for p in manifest["photos"]}
    assert codes == {"ok0.jpg": [], "ok1.jpg": [], "ok2.jpg": [],
                     "earlier.jpg": [TIME_OUTSIDE_VISIT], "from_messenger.jpg": [NO_EXIF],
                     "other_phone.jpg": [OTHER_CAMERA]}
    printed = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    printed = " ".join(printed.split())
    assert "снято 01.10.2026, вне дат визита" in printed
    assert "в файле нет метаданных EXIF" in printed and "iPhone 12" in printed
    # Beside the finding: the earlier photo is marked, the good one is not.
    numbers = {p["original_name"]: p["number"] for p in manifest["photos"]}
    assert f"фото {numbers['earlier.jpg']} (внимание: снято 01.10.2026" in printed
    assert f"фото {numbers['ok0.jpg']} (внимание" not in printed
