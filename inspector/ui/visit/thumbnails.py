"""Thumbnails for the editor: made and decoded on the background lane, kept in memory by photo.

The GUI thread only turns a finished QImage into a pixmap. The files themselves are cached on
disk by content hash (inspector.photos.thumbnails), so a visit opened again shows its photos
without decoding the originals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QTransform

from ...domain.photo import Photo
from ...services.photos import PhotoRejected, thumbnail_file
from ..ops import Job, Op, pool_op
from ..tasks import TaskRunner

THUMBNAIL_SIZE = 320  # pixels, the size kept on disk; the grid shows them smaller
BATCH = 12  # photos per background task: small enough for the first ones to appear quickly

Item = tuple[str, str, int]  # photo id, sha256, rotation


def load_thumbnails(items: list[Item], media_root: Path, cache_dir: Path, *,
                    on_progress: Callable[[int, int], None] | None = None,
                    is_cancelled: Callable[[], bool] | None = None
                    ) -> list[tuple[str, int, QImage | None]]:
    """Make (once) and read the thumbnails of `items`, turned by each photo's rotation."""
    out: list[tuple[str, int, QImage | None]] = []
    for done, (photo_id, sha256, rotation) in enumerate(items, start=1):
        if is_cancelled is not None and is_cancelled():
            break
        try:
            image = QImage(str(thumbnail_file(media_root, sha256, cache_dir, THUMBNAIL_SIZE)))
        except (PhotoRejected, OSError, ValueError):
            image = None  # shown as a placeholder; the original stays as evidence
        if image is not None and not image.isNull() and rotation:
            image = image.transformed(QTransform().rotate(rotation))
        out.append((photo_id, rotation, image if image is not None and not image.isNull()
                    else None))
        if on_progress is not None:
            on_progress(done, len(items))
    return out


class ThumbnailCache(QObject):
    ready = Signal(str)  # photo id whose thumbnail is now available

    def __init__(self, runner: TaskRunner, media_root: Path, cache_dir: Path,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.media_root = media_root
        self.cache_dir = cache_dir
        self._pixmaps: dict[tuple[str, int], QPixmap] = {}
        self._failed: set[tuple[str, int]] = set()
        self._requested: set[tuple[str, int]] = set()
        self._queue: list[Item] = []
        self._ops: list[Op] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)  # gather the requests of one repaint into batches
        self._flush_timer.timeout.connect(self._send)

    def pixmap(self, photo: Photo) -> QPixmap | None:
        """The thumbnail if it is ready; otherwise it is requested and `ready` follows."""
        key = (photo.id, photo.rotation)
        found = self._pixmaps.get(key)
        if found is None and key not in self._requested and key not in self._failed:
            self.request([photo])
        return found

    def failed(self, photo: Photo) -> bool:
        return (photo.id, photo.rotation) in self._failed

    def request(self, photos: list[Photo]) -> None:
        for photo in photos:
            key = (photo.id, photo.rotation)
            if key in self._requested or key in self._pixmaps:
                continue
            self._requested.add(key)
            self._queue.append((photo.id, photo.sha256, photo.rotation))
        if self._queue:
            self._flush_timer.start()

    def pending(self) -> int:
        return len(self._requested)

    def _loader(self, batch: list[Item]) -> Callable[[Job], list[tuple[str, int, QImage | None]]]:
        return lambda job: load_thumbnails(batch, self.media_root, self.cache_dir,
                                           is_cancelled=job.cancelled)

    def _send(self) -> None:
        queue, self._queue = self._queue, []
        for start in range(0, len(queue), BATCH):
            self._ops.append(pool_op(self.runner, self._loader(queue[start:start + BATCH]),
                                     parent=self).success(self._arrived).run())
        self._ops = [op for op in self._ops if not op.done]  # kept for cancel()

    def _arrived(self, results: list[tuple[str, int, QImage | None]]) -> None:
        for photo_id, rotation, image in results:
            key = (photo_id, rotation)
            self._requested.discard(key)
            if image is None:
                self._failed.add(key)
            else:
                self._pixmaps[key] = QPixmap.fromImage(image)
            self.ready.emit(photo_id)

    def cancel(self) -> None:
        for op in self._ops:
            op.cancel()
