"""The visit's photos as a Qt list model, and the delegate that draws them as tiles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.photo import Photo
from ...domain.provenance import TIME_OUTSIDE_VISIT, date_doubt
from ...domain.text import pick
from .session import VisitSession
from .thumbnails import ThumbnailCache

PHOTO_ROLE = Qt.ItemDataRole.UserRole + 10
TILE = QSize(184, 196)  # thumbnail area 168x132 + two lines of caption
IMAGE_H = 132


class PhotoListModel(QAbstractListModel):
    def __init__(self, session: VisitSession, thumbnails: ThumbnailCache,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self._rows: list[str] = [p.id for p in session.data.photos]
        session.photos_changed.connect(self.reload)
        session.photo_changed.connect(self._photo_changed)
        thumbnails.ready.connect(self._photo_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = [p.id for p in self.session.data.photos]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def photo(self, row: int) -> Photo | None:
        return self.session.photo(self._rows[row]) if 0 <= row < len(self._rows) else None

    def row_of(self, photo_id: str) -> int:
        return self._rows.index(photo_id) if photo_id in self._rows else -1

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        photo = self.photo(index.row()) if index.isValid() else None
        if photo is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return photo.caption if role == Qt.ItemDataRole.EditRole else (
                photo.caption or photo.original_name)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.pixmap(photo)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(photo)
        if role == PHOTO_ROLE:
            return photo
        return None

    def _tooltip(self, photo: Photo) -> str:
        lines = [photo.original_name]
        if photo.taken_at:
            lines.append(photo.taken_at[:16].replace("T", " "))
        for question_id in photo.question_ids:
            question = self.session.question(question_id)
            if question is not None:
                lines.append("→ " + pick(question.text, self.session.lang))
        doubt = date_doubt(photo, self.session.data.visit)
        if doubt is not None:
            lines.append("⚠ " + doubt.message(self.session.lang))
        return "\n".join(lines)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not self.session.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        photo = self.photo(index.row())
        if role != Qt.ItemDataRole.EditRole or photo is None or self.session.read_only:
            return False
        photo.caption = str(value).strip()
        self.session.update_photo(photo)
        return True

    def _photo_changed(self, photo_id: str) -> None:
        row = self.row_of(photo_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def all_thumbnails_ready(self) -> bool:
        return all(self.thumbnails.pixmap(p) is not None or self.thumbnails.failed(p)
                   for p in self.session.data.photos)


class PhotoTileDelegate(QStyledItemDelegate):
    """A thumbnail letterboxed in a fixed tile, caption below, badges for faces and links."""

    def __init__(self, session: VisitSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.faces_text = ""
        self.linked_text = ""
        self.outside_text = ""
        self.undated_text = ""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return TILE

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        photo: Photo | None = index.data(PHOTO_ROLE)
        if photo is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.setBrush(QColor(option.palette.highlight().color().lighter(185)))
            painter.drawRoundedRect(r, 6, 6)
        image_rect = QRect(r.left() + 4, r.top() + 4, r.width() - 8, IMAGE_H)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#eceef1"))
        painter.drawRoundedRect(image_rect, 4, 4)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None and not pixmap.isNull():
            scaled = pixmap.size().scaled(image_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(image_rect.center())
            painter.drawPixmap(target, pixmap)
        else:
            painter.setPen(QColor("#9aa0a6"))
            painter.drawText(image_rect, Qt.AlignmentFlag.AlignCenter, "…")
        badge_font = QFont(option.font)
        badge_font.setPointSizeF(max(7.0, option.font.pointSizeF() - 1.5))
        painter.setFont(badge_font)
        faces = self.faces_text + (f" {len(photo.face_boxes)}" if photo.face_boxes else "")
        x = image_rect.left() + 6
        for text, colour, shown in ((faces, "#b3261e", photo.has_faces),
                                    (self.linked_text, "#1e6fd9", bool(photo.question_ids))):
            if shown:
                x += self._badge(painter, x, image_rect.top() + 6, text, colour) + 4
        doubt = date_doubt(photo, self.session.data.visit)
        if doubt is not None:
            text = self.outside_text if doubt.code == TIME_OUTSIDE_VISIT else self.undated_text
            self._badge(painter, image_rect.left() + 6,
                        image_rect.bottom() - painter.fontMetrics().height() - 8,
                        "⚠ " + text, "#b45309")
        painter.setFont(option.font)
        caption = index.data(Qt.ItemDataRole.DisplayRole) or ""
        text_rect = QRect(r.left() + 4, image_rect.bottom() + 4, r.width() - 8,
                          r.bottom() - image_rect.bottom() - 4)
        painter.setPen(option.palette.text().color())
        fm = painter.fontMetrics()
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop |
                         Qt.TextFlag.TextWordWrap,
                         fm.elidedText(caption, Qt.TextElideMode.ElideRight, text_rect.width() * 2))
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, x: int, y: int, text: str, colour: str) -> int:
        w = painter.fontMetrics().horizontalAdvance(text) + 10
        badge = QRect(x, y, w, painter.fontMetrics().height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        return w
