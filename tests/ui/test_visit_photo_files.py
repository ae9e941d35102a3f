"""The photos tab against real folders and disks: a disk that fills half-way through the copy,
a name in a foreign encoding."""

from __future__ import annotations

import errno
import os
import sys

import pytest
from visit_support import make_photos
from write_protect import write_protect  # noqa: F401 - a fixture

from inspector.domain.photo import Photo
from inspector.store.media import MediaStore
from inspector.store.profile import Profile


def import_and_wait(qtbot, editor, paths):
    with qtbot.waitSignal(editor.photos.import_finished, timeout=8000) as done:
        editor.photos.import_paths(paths)
    return done.args[0]


def test_a_disk_full_during_the_copy_leaves_nothing_and_says_which_file(env, qtbot, tmp_path,
                                                                       monkeypatch):
    setup, _runner, open_editor = env
    editor = open_editor("kk")
    paths = make_photos(tmp_path / "phone", 4)
    real_add = MediaStore.add_file

    def add_file(self, path, sha256):
        if path.name == "IMG_0002.jpg":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_add(self, path, sha256)

    monkeypatch.setattr(MediaStore, "add_file", add_file)
    outcome = import_and_wait(qtbot, editor, paths)
    assert "IMG_0002.jpg" in outcome.error and "МБ" in outcome.error
    assert "орын жеткіліксіз" in outcome.error
    with Profile(setup.data_dir) as profile:
        assert profile.records.of_visit(Photo, setup.visit_id) == []
        assert [p for p in profile.media.root.rglob("*") if p.is_file()] == []


@pytest.mark.skipif(os.name != "posix" or sys.platform == "darwin",
                    reason="file names as arbitrary bytes: Linux/BSD")
def test_a_refused_file_with_a_cp1251_name_is_listed_printably(env, qtbot, tmp_path):
    _setup, _runner, open_editor = env
    editor = open_editor("ru")
    paths = make_photos(tmp_path / "phone", 2)
    raw = os.path.join(os.fsencode(tmp_path / "phone"), "Акт".encode("cp1251") + b".jpg")
    with open(raw, "wb") as out:
        out.write(b"not a photo")
    outcome = import_and_wait(qtbot, editor, [*paths, tmp_path / "phone" / os.fsdecode(raw)])
    assert len(outcome.imported) == 2
    assert r"\xc0\xea\xf2.jpg" in editor.photos.rejected_list.item(0).text()


def test_a_read_only_profile_still_shows_its_photos_with_thumbnails(env, qtbot, tmp_path,
                                                                   write_protect):  # noqa: F811
    setup, _runner, open_editor = env
    from inspector.services.photos import import_photos

    with Profile(setup.data_dir) as profile:
        import_photos(profile, setup.visit_id, make_photos(tmp_path / "phone", 3))
    write_protect(setup.data_dir)
    editor = open_editor("ru")
    qtbot.waitUntil(lambda: editor.photos.model.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(editor.photos.model.all_thumbnails_ready, timeout=5000)
    thumbnails = editor.photos.model.thumbnails
    assert all(thumbnails.pixmap(p) is not None for p in editor.session.data.photos)
    assert not (setup.data_dir / "cache").exists()  # nothing was written into the profile


def test_a_photo_with_an_impossible_clock_comes_in_and_the_person_is_told(env, qtbot, tmp_path):
    from PIL import Image

    from inspector.photos import fixtures

    _setup, _runner, open_editor = env
    editor = open_editor("en")
    exif = Image.Exif()
    exif.get_ifd(fixtures.TAG_EXIF_IFD)[fixtures.TAG_DATETIME_ORIGINAL] = "9999:12:31 23:59:59"
    (tmp_path / "phone").mkdir()
    fixtures.picture((96, 72)).save(tmp_path / "phone" / "clock.jpg", exif=exif)
    outcome = import_and_wait(qtbot, editor, [tmp_path / "phone" / "clock.jpg"])
    assert len(outcome.imported) == 1 and outcome.imported[0].taken_at == ""
    assert "clock.jpg" in editor.photos.rejected_list.item(0).text()
    assert "impossible" in editor.photos.rejected_list.item(0).text()
