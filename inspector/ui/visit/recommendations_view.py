"""«Выполнение рекомендаций» on a revisit: each open recommendation of the institution's earlier
visits, answered on the spot — implemented, partly, not implemented, cannot check — with a
comment. Each answer is saved at once (on the store thread) and sets the recommendation's status.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import InspectorError
from ...domain.finding import Finding
from ...domain.recommendation import RESULT_NAMES, CheckResult, RecommendationCheck
from ...domain.text import pick
from ...services import recommendations as service
from ..ops import store_op
from ..tasks import TaskRunner


class RecommendationsView(QWidget):
    loaded = Signal(int)  # how many checks the visit has
    failed = Signal(str)

    def __init__(self, runner: TaskRunner, visit_id: str, lang: str, *, read_only: bool,
                 by: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.visit_id, self.lang = runner, visit_id, lang
        self.read_only, self.by = read_only, by
        self.rows: list[tuple[RecommendationCheck, QComboBox, QLineEdit]] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        self.retranslate()
        store_op(runner, lambda job: service.checks_of(job.profile, visit_id), parent=self) \
            .success(self._show).failure(self._failed).run()

    def retranslate(self) -> None:
        self.intro.setText(self.tr(
            "Recommendations of earlier visits to this institution that were still open. Say "
            "what you found for each; the recommendation's status follows."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show(self, checks: list[tuple[RecommendationCheck, Finding]]) -> None:
        for n, (check, finding) in enumerate(checks):
            given = finding.recommendation
            if finding.addressee:
                given += f" — {finding.addressee}"
            if finding.due_date:
                given += f" ({finding.due_date})"
            label = QLabel(f"{n + 1}. {given}")
            label.setWordWrap(True)
            label.setToolTip(finding.text)
            result = QComboBox()
            result.addItem(self.tr("Not checked yet"), "")
            for value in CheckResult:
                result.addItem(pick(RESULT_NAMES[value.value], self.lang), value.value)
            result.setCurrentIndex(max(0, result.findData(check.result)))
            comment = QLineEdit(check.comment)
            comment.setPlaceholderText(self.tr("What you saw"))
            for widget in (result, comment):
                widget.setEnabled(not self.read_only)
            label.setBuddy(result)
            self.grid.addWidget(label, 2 * n, 0, 1, 2)
            self.grid.addWidget(result, 2 * n + 1, 0)
            self.grid.addWidget(comment, 2 * n + 1, 1)
            row = (check, result, comment)
            result.currentIndexChanged.connect(lambda _i, r=row: self._save(r))
            comment.editingFinished.connect(lambda r=row: self._save(r))
            self.rows.append(row)
        self.grid.setRowStretch(2 * len(checks), 1)
        self.loaded.emit(len(checks))

    def _save(self, row: tuple[RecommendationCheck, QComboBox, QLineEdit]) -> None:
        check, result, comment = row
        value = result.currentData()
        if not value:
            return  # «not checked yet» sets nothing
        text, by = comment.text().strip(), self.by
        store_op(self.runner, lambda job: service.record_check(
            job.profile, check.id, value, comment=text, by=by), parent=self) \
            .failure(self._failed).run()

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error.message(self.lang) if isinstance(error, InspectorError)
                         else str(error))
