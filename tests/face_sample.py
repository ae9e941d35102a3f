"""Photos with real faces for the detector and redaction tests: scikit-image's sample images
(shipped inside the package, nothing fetched), saved as a camera would save them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PIL import Image

from inspector.photos.fixtures import make_exif


def astronaut(size: int = 512) -> Image.Image:
    """Eileen Collins' NASA portrait (public domain): one frontal face, about 90 px at 512."""
    from skimage import data

    im = Image.fromarray(data.astronaut())
    return im if size == 512 else im.resize((size, size), Image.Resampling.LANCZOS)


def face_jpeg(path: Path, *, size: int = 1024, taken_at: datetime | None = None,
              orientation: int = 1) -> Path:
    """The astronaut as a camera JPEG with EXIF; `orientation` 6 stores it turned on its side
    (as a phone held upright does), so only EXIF shows it upright."""
    im = astronaut(size)
    if orientation == 6:
        im = im.transpose(Image.Transpose.ROTATE_90)
    im.save(path, "JPEG", quality=92, exif=make_exif(taken_at=taken_at, orientation=orientation))
    return path
