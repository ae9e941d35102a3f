"""Full-size photo viewer: the image is decoded on the background lane at screen size, and the
faces on it are marked with boxes (drawn by hand or proposed by the detector) that reports fill
in."""

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
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.photo import Box, Photo, turned_box
from ...services.photos import media_file, propose_faces
from ..ops import error_text, pool_op
from .face_canvas import FaceCanvas
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


def find_faces(path: Path, rotation: int, *,
               on_progress: Callable[[int, int], None] | None = None,
               is_cancelled: Callable[[], bool] | None = None) -> list[Box]:
    return propose_faces(path, rotation)


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

        self.image = FaceCanvas(self)
        self.image.editable = not session.read_only
        self.image.boxes_changed.connect(self._boxes_edited)
        self.image.proposals_changed.connect(self._update_face_buttons)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.details = QLabel(self)
        self.details.setProperty("role", "secondary")
        self.previous = QPushButton(self)
        self.next = QPushButton(self)
        self.rotate = QPushButton(self)
        self.find_button = QPushButton(self)  # not `find`: QWidget.find looks a widget up by id
        self.accept_all = QPushButton(self)
        self.reject_all = QPushButton(self)
        self.face_hint = QLabel(self)
        self.face_hint.setWordWrap(True)
        self.face_hint.setProperty("role", "secondary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.previous)
        row.addWidget(self.next)
        row.addWidget(self.rotate)
        row.addWidget(self.find_button)
        row.addWidget(self.accept_all)
        row.addWidget(self.reject_all)
        row.addStretch(1)
        row.addWidget(buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.image, 1)
        column.addWidget(self.caption)
        column.addWidget(self.details)
        column.addWidget(self.face_hint)
        column.addLayout(row)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.rotate.clicked.connect(self.rotate_photo)
        self.find_button.clicked.connect(self.find_faces)
        self.accept_all.clicked.connect(self.image.accept_all)
        self.reject_all.clicked.connect(self.image.reject_all)
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.step(-1))
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.step(1))
        QShortcut(QKeySequence("Ctrl+R"), self, self.rotate_photo)
        QShortcut(QKeySequence("Ctrl+F"), self, self.find_faces)
        for button in (self.rotate, self.find_button):
            button.setEnabled(not session.read_only)
        self._finding: str | None = None
        self.retranslate()
        self.show_photo()
        self.image.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Photo"))
        self.previous.setText(self.tr("◀ &Previous"))
        self.next.setText(self.tr("&Next ▶"))
        self.rotate.setText(self.tr("&Rotate 90°"))
        self.find_button.setText(self.tr("&Find faces"))
        self.accept_all.setText(self.tr("&Accept proposed"))
        self.reject_all.setText(self.tr("Re&ject proposed"))
        self.face_hint.setText(self.tr(
            "Mark every face with a box: reports cover it, the original stays as it is. Drag "
            "to draw a box, drag it to move, drag a corner to resize. Keyboard: Insert adds a "
            "box, Tab goes from box to box, arrows move it, Shift+arrows resize, Delete "
            "removes; Enter accepts a proposed (dashed) box."))

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

    def shown_boxes(self, photo: Photo) -> list[Box]:
        """The photo's face boxes as the viewer shows it (turned as the person turned it)."""
        return [turned_box(b, photo.rotation) for b in photo.face_boxes]

    def _boxes_edited(self, boxes: list[Box]) -> None:
        photo = self.photo()
        if photo is None or self.session.read_only:
            return
        photo.set_face_boxes([turned_box(b, -photo.rotation) for b in boxes])
        self.session.update_photo(photo)
        self._update_face_buttons()

    def find_faces(self) -> None:
        photo = self.photo()
        if photo is None or self.session.read_only or self._finding == photo.id:
            return
        self._finding = photo.id
        self.find_button.setEnabled(False)
        self.face_hint.setText(self.tr("Looking for faces…"))
        key = (photo.id, photo.rotation)
        path, rotation = media_file(self.media_root, photo.sha256), photo.rotation
        pool_op(self.session.runner, lambda job: find_faces(path, rotation), parent=self) \
            .success(lambda boxes: self._found(key, boxes)) \
            .failure(lambda exc: self._not_found(key, exc)).run()

    def _found(self, key: tuple[str, int], boxes: list[Box]) -> None:
        if not shiboken6.isValid(self):
            return
        self._finding = None
        self.retranslate()
        if key != self._loading_key:
            self._update_face_buttons()
            return  # another photo (or turn) is shown now
        self.image.set_proposals([turned_box(b, key[1]) for b in boxes])
        if not self.image.proposals:
            self.face_hint.setText(self.tr(
                "No face found that is not marked yet. The detector misses faces turned "
                "away or small: look, and draw those boxes yourself."))
        self._update_face_buttons()

    def _not_found(self, key: tuple[str, int], exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._finding = None
        self._update_face_buttons()
        self.face_hint.setText(error_text(exc, self.session.lang))

    def _update_face_buttons(self) -> None:
        proposed = bool(self.image.proposals)
        self.accept_all.setVisible(proposed)
        self.reject_all.setVisible(proposed)
        self.find_button.setEnabled(not self.session.read_only and self._finding is None)

    def show_photo(self) -> None:
        photo = self.photo()
        if photo is None:
            return
        self.caption.setText(photo.caption or photo.original_name)
        when = photo.taken_at[:16].replace("T", " ") if photo.taken_at else ""
        self.details.setText("  ·  ".join(x for x in (photo.original_name, when,
                                                       f"{photo.width}×{photo.height}") if x))
        self.image.show_message(self.tr("Loading…"))
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
            self.image.show_message(self.tr("This photo cannot be shown"))
            return
        self._pixmap = QPixmap.fromImage(image)
        photo = self.photo()
        self.image.show_picture(self._pixmap, self.shown_boxes(photo) if photo else [])
        self._update_face_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
