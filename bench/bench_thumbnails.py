"""Time make_thumbnail against plain Pillow on 50 generated 12-megapixel JPEGs.

Run: .venv/bin/python bench/bench_thumbnails.py [count]

Baselines (decode + resize only, nothing written, so they are if anything flattered):
  * no-draft: Image.open + thumbnail((320, 320), reducing_gap=None) - the full 12 MP decode;
  * pillow default: Image.open + thumbnail((320, 320)) - note that Pillow's thumbnail() already
    calls draft() itself (reducing_gap=2.0 asks libjpeg for >= 640 px), so it is not draft-free.
make_thumbnail additionally applies orientation, converts to RGB and writes the JPEG atomically.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from inspector.photos.fixtures import make_jpeg
from inspector.photos.thumbnails import make_thumbnail


def _time(label: str, paths: list[Path], work: Callable[[Path], None]) -> float:
    start = time.perf_counter()
    for path in paths:
        work(path)
    elapsed = time.perf_counter() - start
    print(f"{label:<34} {elapsed:7.2f} s  {1000 * elapsed / len(paths):7.1f} ms/photo")
    return elapsed


def main(count: int = 50) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        paths = [
            make_jpeg(folder / f"p{i:03d}.jpg", size=(4000, 3000), seed=i, orientation=(1, 6)[i % 2])
            for i in range(count)
        ]
        total_mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"generated {count} JPEGs 4000x3000 ({total_mb:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s")

        def no_draft(path: Path) -> None:
            with Image.open(path) as im:
                im.thumbnail((320, 320), reducing_gap=None)

        def pillow_default(path: Path) -> None:
            with Image.open(path) as im:
                im.thumbnail((320, 320))

        out = folder / "thumbs"
        out.mkdir()

        def ours(path: Path) -> None:
            make_thumbnail(path, out / path.name, size=320)

        # Warm-up so the first timing does not pay for plugin imports and page-cache misses.
        for work in (no_draft, pillow_default, ours):
            work(paths[0])

        baseline = _time("baseline no-draft thumbnail", paths, no_draft)
        default = _time("baseline Pillow default thumbnail", paths, pillow_default)
        mine = _time("make_thumbnail (draft + write)", paths, ours)
        print(f"speed-up vs no-draft baseline:      {baseline / mine:5.1f}x")
        print(f"speed-up vs Pillow default:         {default / mine:5.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
