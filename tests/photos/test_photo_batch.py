"""import_batch: folders, ordering, bad files in the middle, progress and cancel."""

from __future__ import annotations

from pathlib import Path

from inspector.photos import fixtures
from inspector.photos.intake import import_batch, iter_photo_paths


def _tree(root: Path) -> None:
    fixtures.make_jpeg(root / "b.jpg", size=(64, 48), seed=1)
    fixtures.make_png(root / "A.png", size=(64, 48), seed=2)
    (root / "sub").mkdir()
    fixtures.make_webp(root / "sub" / "c.webp", size=(64, 48), seed=3)
    (root / "sub" / "notes.jpg").write_text("not a photo")
    (root / ".hidden.jpg").write_bytes((root / "b.jpg").read_bytes())
    (root / ".thumbs").mkdir()
    fixtures.make_jpeg(root / ".thumbs" / "x.jpg", size=(8, 8))
    (root / "Thumbs.db").write_bytes(b"\x00" * 10)


def test_folders_expand_sorted_and_skip_hidden(tmp_path: Path) -> None:
    _tree(tmp_path)
    names = [p.relative_to(tmp_path).as_posix() for p, _ in iter_photo_paths([tmp_path])]
    assert names == ["A.png", "b.jpg", "sub/c.webp", "sub/notes.jpg"]


def test_batch_imports_good_files_and_reports_bad_ones(tmp_path: Path) -> None:
    _tree(tmp_path)
    (tmp_path / "empty.jpg").write_bytes(b"")
    missing = tmp_path / "nowhere" / "gone.jpg"
    results = import_batch([tmp_path, missing, tmp_path / "b.jpg"])  # b.jpg listed twice
    outcome = {r.path.name: (r.photo.ext if r.photo else r.error.reason) for r in results}
    assert outcome == {
        "A.png": ".png",
        "b.jpg": ".jpg",
        "empty.jpg": "empty",
        "c.webp": ".webp",
        "notes.jpg": "not_image",
        "gone.jpg": "unreadable",
    }
    assert [r.ok for r in results] == [r.error is None for r in results]


def test_progress_reports_every_file(tmp_path: Path) -> None:
    _tree(tmp_path)
    calls: list[tuple[int, int]] = []
    import_batch([tmp_path], on_progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_stops_between_files(tmp_path: Path) -> None:
    for i in range(5):
        fixtures.make_jpeg(tmp_path / f"{i}.jpg", size=(32, 24), seed=i)
    done: list[int] = []
    results = import_batch(
        [tmp_path],
        on_progress=lambda d, _t: done.append(d),
        is_cancelled=lambda: len(done) > 2,  # cancel after two files
    )
    assert [r.path.name for r in results] == ["0.jpg", "1.jpg"]
    assert all(r.ok for r in results)


def test_empty_input() -> None:
    assert import_batch([]) == []
