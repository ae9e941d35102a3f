"""The face detector on real faces from scikit-image's sample data, and its time per 12 MP photo.

Run: .venv/bin/python bench/bench_faces.py [count]   (needs the test extra: scikit-image)

Faces found:
  * astronaut: Eileen Collins' NASA portrait, one frontal face (upscaled to 1024 px);
  * lfw_subset: 100 face crops and 100 crops without a face from Labeled Faces in the Wild
    (25 px each, enlarged to 100 px so the detector's smallest face fits);
  * chelsea, coffee, rocket, camera: a cat, a cup, a launch, a man seen side-on (no frontal face).
Time: `count` 4000x3000 JPEGs (the astronaut in a busy generated scene), decode + detect, against the
baseline of Pillow decoding the same files at full size in the same run (what any look at a
photo costs). The target is under a second per photo on a laptop CPU; CPU time is shown too,
since wall time on a shared machine counts other people's work.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from face_sample import astronaut  # noqa: E402

from inspector.photos.faces import detect_faces, faces_in_image  # noqa: E402
from inspector.photos.fixtures import picture  # noqa: E402


def _found_on_samples() -> None:
    import numpy as np
    from skimage import data

    print(f"astronaut (1 face):          {len(faces_in_image(astronaut(1024)))} found")
    crops = data.lfw_subset()
    hits = [len(faces_in_image(Image.fromarray((c * 255).astype(np.uint8)).resize((100, 100))))
            for c in crops]
    faces, others = hits[:100], hits[100:]
    print(f"lfw_subset faces:            {sum(1 for h in faces if h)} of 100 found")
    print(f"lfw_subset without a face:   {sum(1 for h in others if h)} of 100 with a false face")
    for name in ("chelsea", "coffee", "rocket", "camera"):
        im = Image.fromarray(getattr(data, name)())
        print(f"{name + ' (0 frontal faces):':<28} {len(faces_in_image(im))} found")


def _photos(folder: Path, count: int) -> list[Path]:
    subject = astronaut(1400)
    paths = []
    for i in range(count):
        frame = picture((4000, 3000), seed=i, detail=True)  # a busy scene, as rooms are
        frame.paste(subject, (600 + 150 * i, 800))
        path = folder / f"room{i:02d}.jpg"
        frame.save(path, "JPEG", quality=90)
        paths.append(path)
    return paths


def _timed(label: str, paths: list[Path], work) -> float:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        work(path)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    n = len(paths)
    print(f"{label:<38} {1000 * wall / n:7.0f} ms/photo wall  {1000 * cpu / n:7.0f} ms/photo CPU")
    return wall / n


def main(count: int = 10) -> None:
    _found_on_samples()
    with tempfile.TemporaryDirectory() as tmp:
        paths = _photos(Path(tmp), count)

        def full_decode(path: Path) -> None:
            with Image.open(path) as im:
                im.load()

        found: list[int] = []
        detect_faces(paths[0])  # warm-up: cv2 import and the cascade's load are paid once
        baseline = _timed("baseline: Pillow full 12 MP decode", paths, full_decode)
        ours = _timed("detect_faces (decode + detect)", paths,
                      lambda p: found.append(len(detect_faces(p))))
        print(f"faces found in the {count} photos:       {sum(found)} (one in each)")
        print(f"detect_faces / full decode:             {ours / baseline:5.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
