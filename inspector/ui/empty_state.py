"""What a new user sees instead of an empty table: what this is for, and the two ways to start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    create_visit = Signal()
    load_demo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)

        self.create_button = QPushButton()
        self.create_button.setObjectName("createFirstVisit")
        self.create_button.setDefault(True)
        self.create_button.setMinimumHeight(44)
        self.create_button.clicked.connect(self.create_visit)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.setMinimumHeight(44)
        self.demo_button.clicked.connect(self.load_demo)

        card = QFrame()
        card.setObjectName("emptyCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        card.setStyleSheet("#emptyCard { background: palette(base); border-radius: 10px; }")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 36, 40, 36)
        inner.setSpacing(18)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addLayout(buttons)

        outer = QVBoxLayout(self)
        outer.addStretch()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(card, 1)
        row.addStretch()
        outer.addLayout(row)
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("No visits yet"))
        self.text.setText(self.tr(
            "Record what you see when you visit a public service centre, an elderly home, a "
            "baby home or an adaptation centre: the checklist, photos, interviews with staff "
            "and your findings. Everything is saved on this computer as you type and works "
            "without the internet."))
        self.create_button.setText(self.tr("Create the first visit"))
        self.create_button.setAccessibleName(self.tr("Create the first visit"))
        self.demo_button.setText(self.tr("Load demo data"))
        self.demo_button.setAccessibleName(self.tr("Load demo visits to look around"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
