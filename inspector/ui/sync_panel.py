"""The sync corner of the status bar: last sync, unsynced changes, and "N need review".

It only shows a SyncStatus (services.sync_status, read on the store lane) and offers the
review dialog; it asks the store nothing itself.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QEvent, QLocale, QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ..services.sync_status import SyncStatus


class SyncStatusBar(QWidget):
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.label = QLabel()
        self.label.setObjectName("syncStatusLabel")
        self.review_button = QPushButton()
        self.review_button.setObjectName("reviewButton")
        self.review_button.setFlat(True)
        self.review_button.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.review_button.clicked.connect(self.review_requested.emit)
        self.review_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.review_button)

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.retranslate()

    def last_sync_text(self) -> str:
        if self.status is None:
            return ""
        if not self.status.last_sync:
            return self.tr("Never synced")
        try:
            when = datetime.fromisoformat(self.status.last_sync).astimezone()
        except ValueError:
            return self.tr("Never synced")
        locale = QLocale()
        time = locale.toString(QTime(when.hour, when.minute, when.second),
                               QLocale.FormatType.ShortFormat)
        if when.date() == datetime.now().astimezone().date():
            return self.tr("Synced today at %1").replace("%1", time)
        day = locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.ShortFormat)
        return self.tr("Last sync %1 %2").replace("%1", day).replace("%2", time)

    def retranslate(self) -> None:
        status = self.status
        if status is None:
            return
        text = self.last_sync_text()
        # People count visits, not the hundreds of records one visit makes.
        if status.pending_visits:
            text += " · " + self.tr("%n visit(s) not yet sent", "", status.pending_visits)
        elif status.pending:
            text += " · " + self.tr("changes not yet sent")
        self.label.setText(text)
        self.label.setToolTip(self.tr("Changes on this computer that the next sync sends"))
        self.review_button.setText(self.tr("%1 need review").replace("%1", str(status.conflicts)))
        self.review_button.setToolTip(self.tr("Records edited differently on two computers: "
                                              "choose which value to keep"))
        self.review_button.setVisible(status.conflicts > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
