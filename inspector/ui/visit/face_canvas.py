"""The photo in the viewer, with the boxes a person draws over faces and the ones the detector
proposes (dashed, to accept or reject), by mouse or keyboard.

Boxes here are fractions of the picture as shown (after the person's rotation); the viewer turns
them into the stored frame. An edit is reported once it is finished (mouse released, key
pressed), not at every pixel of a drag.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.photo import Box, clip_box

BOX, PROPOSAL = "box", "proposal"
STEP = 0.01  # an arrow key moves or resizes a box by 1 % of the picture
MIN_SIDE = 0.01  # a smaller drag is a slip of the hand, not a face
NEW_SIDE = 0.2  # a box added from the keyboard starts this big, in the middle
HANDLE_PX = 7
_KEYS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1),
         Qt.Key.Key_Down: (0, 1)}
_EDIT_KEYS = {*_KEYS, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return,
              Qt.Key.Key_Enter, Qt.Key.Key_Escape}


def overlap(a: Box, b: Box) -> float:
    """Intersection over union of two boxes."""
    ix = max(0.0, min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


class FaceCanvas(QWidget):
    """Shows the picture and edits its face boxes. `boxes_changed` carries the new list."""

    boxes_changed = Signal(list)
    proposals_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        # State first: Qt delivers events to event() while the widget is still being set up.
        self.pixmap: QPixmap | None = None
        self.message = ""
        self.boxes: list[Box] = []
        self.proposals: list[Box] = []
        self.selected: tuple[str, int] | None = None
        self.editable = True
        self._drag: tuple[str, QPointF, Box] | None = None  # mode, press point, box at press
        self._new: Box | None = None
        super().__init__(parent)
        self.setObjectName("photoCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # --- what is shown ---------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.pixmap, self.message = None, text
        self.update()

    def show_picture(self, pixmap: QPixmap, boxes: list[Box]) -> None:
        self.pixmap, self.message = pixmap, ""
        self.boxes = [list(b) for b in boxes]
        self.proposals = []
        self.selected = None
        self.update()

    def set_boxes(self, boxes: list[Box]) -> None:
        self.boxes = [list(b) for b in boxes]
        self.selected = None
        self.update()

    def set_proposals(self, proposals: list[Box]) -> None:
        """Proposals that cover a box already drawn are left out: the face is marked."""
        self.proposals = [list(p) for p in proposals
                          if all(overlap(p, b) < 0.3 for b in self.boxes)]
        if self.proposals and self.selected is None:
            self.selected = (PROPOSAL, 0)
        self.update()
        self.proposals_changed.emit()

    def image_rect(self) -> QRectF:
        if self.pixmap is None or self.pixmap.isNull():
            return QRectF()
        size = self.pixmap.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def to_widget(self, box: Box) -> QRectF:
        r = self.image_rect()
        return QRectF(r.left() + box[0] * r.width(), r.top() + box[1] * r.height(),
                      box[2] * r.width(), box[3] * r.height())

    def to_picture(self, point: QPointF) -> QPointF:
        r = self.image_rect()
        return QPointF((point.x() - r.left()) / r.width(), (point.y() - r.top()) / r.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.pixmap is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.message)
            return
        painter.drawPixmap(self.image_rect().toRect(), self.pixmap)
        for kind, items in ((PROPOSAL, self.proposals), (BOX, self.boxes)):
            for i, box in enumerate(items):
                self._paint_box(painter, box, kind, self.selected == (kind, i))
        if self._new is not None:
            self._paint_box(painter, self._new, BOX, True)
        if self.hasFocus():
            painter.setPen(QPen(QColor("#1e6fd9"), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def _paint_box(self, painter: QPainter, box: Box, kind: str, selected: bool) -> None:
        rect = self.to_widget(box)
        colour = QColor("#ffd400") if kind == PROPOSAL else QColor("#e53935")
        # A dark outline under the colour keeps the box visible on a light and a dark picture.
        for pen_colour, width in ((QColor(0, 0, 0, 160), 5 if selected else 4),
                                  (colour, 3 if selected else 2)):
            pen = QPen(pen_colour, width)
            if kind == PROPOSAL:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        if selected and kind == BOX:
            painter.setPen(QPen(QColor("black"), 1))
            painter.setBrush(colour)
            for corner in self._corners(rect):
                painter.drawRect(QRectF(corner.x() - HANDLE_PX / 2, corner.y() - HANDLE_PX / 2,
                                        HANDLE_PX, HANDLE_PX))

    @staticmethod
    def _corners(rect: QRectF) -> list[QPointF]:
        return [rect.topLeft(), rect.topRight(), rect.bottomLeft(), rect.bottomRight()]

    # --- editing -------------------------------------------------------------------------

    def _finish(self) -> None:
        self.update()
        self.boxes_changed.emit([list(b) for b in self.boxes])

    def select(self, kind: str, index: int) -> None:
        self.selected = (kind, index)
        self.update()

    def add_box(self, box: Box) -> None:
        clipped = clip_box(box)
        if clipped is None:
            return
        self.boxes.append(clipped)
        self.selected = (BOX, len(self.boxes) - 1)
        self._finish()

    def remove_selected(self) -> None:
        if self.selected is None:
            return
        kind, i = self.selected
        if kind == BOX:
            del self.boxes[i]
        else:
            del self.proposals[i]
            self.proposals_changed.emit()
        self.selected = None
        self._select_next_proposal()
        if kind == BOX:
            self._finish()
        self.update()

    def accept_proposal(self, index: int | None = None) -> None:
        """Turn a proposal (the selected one, or `index`) into a box."""
        if index is None:
            if self.selected is None or self.selected[0] != PROPOSAL:
                return
            index = self.selected[1]
        box = self.proposals.pop(index)
        self.proposals_changed.emit()
        self.boxes.append(box)
        self.selected = None
        self._select_next_proposal()
        self._finish()

    def accept_all(self) -> None:
        if not self.proposals:
            return
        self.boxes.extend(self.proposals)
        self.proposals = []
        self.selected = None
        self.proposals_changed.emit()
        self._finish()

    def reject_all(self) -> None:
        self.proposals = []
        if self.selected and self.selected[0] == PROPOSAL:
            self.selected = None
        self.proposals_changed.emit()
        self.update()

    def _select_next_proposal(self) -> None:
        if self.selected is None and self.proposals:
            self.selected = (PROPOSAL, 0)

    def _items(self) -> list[tuple[str, int]]:
        return [(PROPOSAL, i) for i in range(len(self.proposals))] + \
               [(BOX, i) for i in range(len(self.boxes))]

    def _cycle(self, forward: bool) -> bool:
        """Select the next (or previous) box; False when the cycle is done, so focus moves on."""
        items = self._items()
        if not items:
            return False
        if self.selected not in items:
            self.select(*(items[0] if forward else items[-1]))
            return True
        at = items.index(self.selected) + (1 if forward else -1)
        if not 0 <= at < len(items):
            self.selected = None
            self.update()
            return False
        self.select(*items[at])
        return True

    def _nudge(self, dx: int, dy: int, resize: bool) -> None:
        if self.selected is None or self.selected[0] != BOX:
            return
        x, y, w, h = self.boxes[self.selected[1]]
        if resize:
            w, h = max(MIN_SIDE, w + dx * STEP), max(MIN_SIDE, h + dy * STEP)
        else:
            x = min(max(0.0, x + dx * STEP), 1 - w)
            y = min(max(0.0, y + dy * STEP), 1 - h)
        clipped = clip_box([x, y, w, h])
        if clipped is not None:
            self.boxes[self.selected[1]] = clipped
            self._finish()

    def event(self, event: QEvent) -> bool:
        if not self.editable:
            return super().event(event)
        # Arrows move the selected box instead of going to the next photo; Escape lets go of it
        # instead of closing the viewer.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and self.selected is not None and event.key() in _EDIT_KEYS:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and self._cycle(event.key() == Qt.Key.Key_Tab
                                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if not self.editable or self.pixmap is None:
            super().keyPressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in _KEYS and self.selected is not None:
            self._nudge(*_KEYS[key], resize=shift)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self.remove_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            if self.selected[0] == PROPOSAL:
                self.accept_proposal()
        elif key == Qt.Key.Key_Escape and self.selected is not None:
            self.selected = None
            self.update()
        elif key == Qt.Key.Key_Insert:
            side = NEW_SIDE
            self.add_box([(1 - side) / 2, (1 - side) / 2, side, side])
        else:
            super().keyPressEvent(event)

    def _hit(self, point: QPointF) -> tuple[str, str, int] | None:
        """(mode, kind, index) of what a press at `point` takes hold of."""
        if self.selected is not None and self.selected[0] == BOX:
            rect = self.to_widget(self.boxes[self.selected[1]])
            for n, corner in enumerate(self._corners(rect)):
                if abs(corner.x() - point.x()) <= HANDLE_PX and \
                        abs(corner.y() - point.y()) <= HANDLE_PX:
                    return f"resize{n}", BOX, self.selected[1]
        for i in reversed(range(len(self.boxes))):
            if self.to_widget(self.boxes[i]).contains(point):
                return "move", BOX, i
        for i in reversed(range(len(self.proposals))):
            if self.to_widget(self.proposals[i]).contains(point):
                return "pick", PROPOSAL, i
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.editable or self.pixmap is None or \
                event.button() != Qt.MouseButton.LeftButton:
            return
        point = event.position()
        hit = self._hit(point)
        if hit is not None:
            mode, kind, i = hit
            self.select(kind, i)
            if kind == BOX:
                self._drag = (mode, self.to_picture(point), list(self.boxes[i]))
            return
        if self.image_rect().contains(point):
            start = self.to_picture(point)
            self.selected = None
            self._drag = ("draw", start, [start.x(), start.y(), 0.0, 0.0])
            self._new = [start.x(), start.y(), 0.0, 0.0]
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        mode, start, was = self._drag
        now = self.to_picture(event.position())
        dx, dy = now.x() - start.x(), now.y() - start.y()
        if mode == "draw":
            x0, x1 = sorted((start.x(), now.x()))
            y0, y1 = sorted((start.y(), now.y()))
            self._new = [x0, y0, x1 - x0, y1 - y0]
        elif mode == "move" and self.selected is not None:
            x = min(max(0.0, was[0] + dx), 1 - was[2])
            y = min(max(0.0, was[1] + dy), 1 - was[3])
            self.boxes[self.selected[1]] = [x, y, was[2], was[3]]
        elif mode.startswith("resize") and self.selected is not None:
            corner = int(mode[-1])  # 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right
            left, top, right, bottom = was[0], was[1], was[0] + was[2], was[1] + was[3]
            if corner in (0, 2):
                left += dx
            else:
                right += dx
            if corner in (0, 1):
                top += dy
            else:
                bottom += dy
            left, right = sorted((left, right))
            top, bottom = sorted((top, bottom))
            self.boxes[self.selected[1]] = [left, top, max(MIN_SIDE, right - left),
                                            max(MIN_SIDE, bottom - top)]
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        mode, _, was = self._drag
        self._drag = None
        if mode == "draw":
            new, self._new = self._new, None
            if new is not None and new[2] >= MIN_SIDE and new[3] >= MIN_SIDE:
                self.add_box(new)
            else:
                self.update()
            return
        i = self.selected[1] if self.selected else -1
        if 0 <= i < len(self.boxes) and self.boxes[i] != was:
            clipped = clip_box(self.boxes[i])
            if clipped is not None:
                self.boxes[i] = clipped
            self._finish()
