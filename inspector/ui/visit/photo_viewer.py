"""Full-size photo viewer: the image is decoded on the background lane at screen size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import (
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.photo import Photo
from ...services.photos import media_file
from ..ops import pool_op
from .session import VisitSession

MAX_SIDE = 2560  # enough for a 4K screen; JPEGs decode at a reduced scale straight to it


def load_full_image(path: Path, rotation: int, max_side: int = MAX_SIDE, *,
                    on_progress: Callable[[int, int], None] | None = None,
                    is_cancelled: Callable[[], bool] | None = None) -> QImage:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        reader.setScaledSize(size.scaled(QSize(max_side, max_side),
                                         Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if rotation and not image.isNull():
        image = image.transformed(QTransform().rotate(rotation))
    return image


class PhotoViewer(QDialog):
    def __init__(self, session: VisitSession, photo_ids: list[str], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.photo_ids = photo_ids
        self.index = photo_ids.index(current) if current in photo_ids else 0
        self.media_root = session.data.media_root
        self._pixmap: QPixmap | None = None
        self._loading_key: tuple[str, int] | None = None
        self.resize(1100, 780)

        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setObjectName("photoCanvas")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setProperty("role", "secondary")
        self.previous = QPushButton(self)
        self.next = QPushButton(self)
        self.rotate = QPushButton(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.next)
        row.addWidget(self.rotate)
        row.addStretch(1)
        row.addWidget(buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.image, 1)
        column.addWidget(self.caption)
        column.addWidget(self.details)
        column.addLayout(row)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.rotate.clicked.connect(self.rotate_photo)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+R"), self, self.rotate_photo)
        self.rotate.setEnabled(not session.read_only)
        self.retranslate()
        self.show_photo()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo"))
        self.previous.setText(self.tr("◀ &Previous"))
        self.next.setText(self.tr("&Next ▶"))
        self.rotate.setText(self.tr("&Rotate 90°"))

    def photo(self) -> Photo | None:
        return self.session.photo(self.photo_ids[self.index]) if self.photo_ids else None

    def step(self, delta: int) -> None:
        if self.photo_ids:
            self.index = (self.index + delta) % len(self.photo_ids)
            self.show_photo()

    def rotate_photo(self) -> None:
        photo = self.photo()
        if photo is None or self.session.read_only:
            return
        photo.rotation = (photo.rotation + 90) % 360
        self.session.update_photo(photo)
        self.show_photo()

    def show_photo(self) -> None:
        photo = self.photo()
        if photo is None:
            return
        self.caption.setText(photo.caption or photo.original_name)
        when = photo.taken_at[:16].replace("T", " ") if photo.taken_at else ""
        self.details.setText("  ·  ".join(x for x in (photo.original_name, when,
                                                       f"{photo.width}×{photo.height}") if x))
        self.image.setText(self.tr("Loading…"))
        self._pixmap = None
        self._loading_key = (photo.id, photo.rotation)
        key, path, rotation = self._loading_key, media_file(self.media_root, photo.sha256), \
            photo.rotation
        pool_op(self.session.runner, lambda job: load_full_image(path, rotation), parent=self) \
            .success(lambda image: self._loaded(key, image)).run()

    def _loaded(self, key: tuple[str, int], image: QImage) -> None:
        if not shiboken6.isValid(self) or key != self._loading_key:
            return  # the person moved on to another photo meanwhile
        if image.isNull():
            self.image.setText(self.tr("This photo cannot be shown"))
            return
        self._pixmap = QPixmap.fromImage(image)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is not None:
            self.image.setPixmap(self._pixmap.scaled(
                self.image.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
