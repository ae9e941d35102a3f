"""Faces hidden, evidence kept: a photo with marked faces is in the report with the faces
filled in, read back from the PDF; the original stays byte for byte what was imported."""

from __future__ import annotations

import hashlib
import io
from datetime import datetime

import numpy as np
import pytest
from face_sample import face_jpeg
from pdfcheck import embedded_jpegs, page_texts
from PIL import Image

from inspector.domain.photo import Photo, turned_box
from inspector.photos.faces import REDACT_MARGIN, faces_in_image
from inspector.services.photos import import_photos, photo_path, propose_faces
from inspector.services.reports import write_visit_report

pytest.importorskip("cv2")
pytest.importorskip("skimage")


def _sha(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def face_visit(profile, make_visit, tmp_path):  # type: ignore[no-untyped-def]
    """A visit with the astronaut's portrait, stored on its side (EXIF orientation 6) and
    turned a further 180° by the person, its face marked as the detector proposes."""
    visit_id = make_visit()
    shot = face_jpeg(tmp_path / "IMG_0001.jpg", taken_at=datetime(2026, 4, 14, 11, 0),
                     orientation=6)
    [result] = import_photos(profile, visit_id, [shot])
    photo = result.photo
    photo.rotation = 180
    boxes = propose_faces(photo_path(profile, photo), photo.rotation)
    assert len(boxes) == 1  # the one face, found although the photo is stored turned
    photo.set_face_boxes(boxes)
    profile.records.save(photo)
    return visit_id, profile.records.get(Photo, photo.id)


def _only_image(pdf) -> Image.Image:  # type: ignore[no-untyped-def]
    [jpeg] = embedded_jpegs(pdf).values()
    return Image.open(io.BytesIO(jpeg)).convert("RGB")


def _region(im: Image.Image, box: list[float]) -> np.ndarray:
    width, height = im.size
    x, y, w, h = box
    crop = im.crop((round(x * width), round(y * height), round((x + w) * width),
                    round((y + h) * height)))
    return np.asarray(crop.convert("L"), dtype=float)


def test_face_marked_photo_is_in_the_report_with_the_face_filled(profile, face_visit, tmp_path):
    visit_id, photo = face_visit
    original = photo_path(profile, photo)
    before = _sha(original)
    assert before == photo.sha256

    pdf = write_visit_report(profile, visit_id, tmp_path / "report.pdf")
    redacted = _only_image(pdf)
    assert faces_in_image(redacted) == []  # nothing left for the detector to find
    text = " ".join(page_texts(pdf))
    assert "лица закрыты" in text and "Не включено фото" not in text
    assert "СЛУЖЕБНОГО" not in text

    internal = write_visit_report(profile, visit_id, tmp_path / "internal.pdf",
                                  with_faces=True)
    unredacted = _only_image(internal)
    assert len(faces_in_image(unredacted)) == 1
    # The face as the report's reader sees it (the boxes are kept before the person's turn).
    shown = turned_box(photo.face_boxes[0], photo.rotation)
    inner = [shown[0] + 0.1 * shown[2], shown[1] + 0.1 * shown[3],
             0.8 * shown[2], 0.8 * shown[3]]
    covered, face = _region(redacted, inner), _region(unredacted, inner)
    assert face.std() > 20  # a real face: eyes, mouth, shadows
    assert covered.std() < 2  # a flat fill: JPEG's ripple at most, no detail of the face
    # Whatever ripple is left must not follow the face (a constant region has no correlation).
    assert covered.std() == 0 or abs(np.corrcoef(covered.ravel(), face.ravel())[0, 1]) < 0.1
    # The margin covers what a tight box misses, and the rest of the photo is untouched.
    outside = [min(1, shown[0] + shown[2] * (1 + 2 * REDACT_MARGIN)), shown[1], 0.1, 0.1]
    assert np.abs(_region(redacted, outside) - _region(unredacted, outside)).mean() < 8

    assert _sha(original) == before  # the original is never written


def test_internal_report_stamps_the_pages_that_show_faces(profile, face_visit, tmp_path):
    visit_id, _ = face_visit
    pdf = write_visit_report(profile, visit_id, tmp_path / "internal.pdf", with_faces=True)
    pages = page_texts(pdf)
    with_photo = [i for i, page in enumerate(pages) if "Фото 1." in page]
    stamped = [i for i, page in enumerate(pages) if "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" in page]
    assert with_photo and stamped == with_photo  # that page, and only that page
    kk = write_visit_report(profile, visit_id, tmp_path / "kk.pdf", with_faces=True, lang="kk")
    assert "ҚЫЗМЕТ БАБЫНДА ПАЙДАЛАНУ ҮШІН" in " ".join(page_texts(kk))


def test_faces_marked_without_boxes_still_stay_out(profile, make_visit, tmp_path):
    visit_id = make_visit(photos=3, faces=1)
    pdf = write_visit_report(profile, visit_id, tmp_path / "r.pdf")
    assert len(embedded_jpegs(pdf)) == 2
    assert "на которых лица не отмечены: 1" in " ".join(" ".join(page_texts(pdf)).split())


def test_a_photo_taken_outside_the_visit_is_marked_under_it(profile, make_visit, tmp_path):
    from inspector.photos.fixtures import make_jpeg

    visit_id = make_visit(started_on="2026-04-14")
    shot = make_jpeg(tmp_path / "old.jpg", size=(320, 240), taken_at=datetime(2026, 3, 1, 9))
    import_photos(profile, visit_id, [shot])
    pdf = write_visit_report(profile, visit_id, tmp_path / "r.pdf")
    [page] = [" ".join(p.split()) for p in page_texts(pdf) if "Фото 1." in p]
    assert "снято 01.03.2026, вне дат визита" in page
