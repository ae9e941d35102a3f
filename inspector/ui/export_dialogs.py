"""The small option dialogs before an export: a visit report, a summary across visits, the
analyst's database."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.kinds import INSTITUTION_KINDS, KIND_NAMES
from ..domain.regions import regions
from ..domain.text import pick
from .form_labels import name_field
from .settings_dialog import LANGUAGE_NAMES

DEFAULT_LAYOUT = "standard"


@dataclass(frozen=True)
class ReportOptions:
    lang: str
    layout: str | None
    with_faces: bool = False


@dataclass(frozen=True)
class SummaryOptions:
    lang: str
    layout: str | None
    kind: str | None = None
    region: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    include_drafts: bool = False


def _language_box(lang: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName("reportLanguage")
    for code, name in LANGUAGE_NAMES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(0, box.findData(lang)))
    return box


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def layout_title(name: str) -> str:
    """What a person calls a shipped layout; a profile's own layout keeps its file's name."""
    titles = {"standard": translate("ExportDialogs", "Full report"),
              "brief": translate("ExportDialogs", "Brief (for a covering letter)")}
    return titles.get(name, name)


def _layout_box(layouts: list[str]) -> QComboBox:
    box = QComboBox()
    box.setObjectName("reportLayout")
    for name in layouts or [DEFAULT_LAYOUT]:
        box.addItem(layout_title(name), name)
    box.setCurrentIndex(max(0, box.findData(DEFAULT_LAYOUT)))
    box.setEnabled(len(layouts) > 1)
    return box


class _OptionsDialog(QDialog):
    """A form, an optional note, and OK/Cancel; subclasses add their rows and texts."""

    def __init__(self, lang: str, layouts: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.language = _language_box(lang)
        self.layout_name = _layout_box(layouts)
        self.form = QFormLayout()
        self.labels: dict[QWidget, QLabel] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.box = QVBoxLayout(self)
        self.box.addLayout(self.form)
        self.setMinimumWidth(480)

    def add_row(self, widget: QWidget) -> None:
        label = QLabel()
        self.labels[widget] = label
        self.form.addRow(label, widget)

    def name_row(self, widget: QWidget, text: str, buddy: QWidget | None = None) -> None:
        name_field(self.labels[widget], text, buddy or widget)

    def name_common(self) -> None:
        self.name_row(self.language, self.tr("&Language of the report:"))
        self.name_row(self.layout_name, self.tr("La&yout:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.name_common()


class ReportOptionsDialog(_OptionsDialog):
    def __init__(self, lang: str, layouts: list[str], title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(lang, layouts, parent)
        self.setObjectName("reportOptions")
        self.visit_title = title
        self.visit = QLabel(title)
        self.visit.setWordWrap(True)
        self.with_faces = QCheckBox()
        self.with_faces.setObjectName("withFaces")
        self.warning = QLabel()
        self.warning.setObjectName("facesWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e;")
        self.warning.hide()
        self.with_faces.toggled.connect(self.warning.setVisible)
        self.with_faces.toggled.connect(lambda _: self.adjustSize())
        for widget in (self.visit, self.language, self.layout_name):
            self.add_row(widget)
        self.box.addWidget(self.with_faces)
        self.box.addWidget(self.warning)
        self.box.addWidget(self.buttons)
        self.retranslate()

    def options(self) -> ReportOptions:
        return ReportOptions(self.language.currentData(), self.layout_name.currentData(),
                             self.with_faces.isChecked())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Visit report (PDF)"))
        self.name_row(self.visit, self.tr("Visit:"))
        self.name_common()
        self.with_faces.setText(self.tr("Include &photos that show faces"))
        self.warning.setText(self.tr(
            "Only with the consent of the people shown (for children and residents of care "
            "homes, of their legal representatives). Without it, such photos must not leave "
            "the team: leave this off for reports that are sent or published."))


class SummaryOptionsDialog(_OptionsDialog):
    def __init__(self, lang: str, layouts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(lang, layouts, parent)
        self.setObjectName("summaryOptions")
        self.lang = lang
        self.kind = QComboBox()
        self.kind.setObjectName("summaryKind")
        self.region = QComboBox()
        self.region.setObjectName("summaryRegion")
        self.limit_dates = QCheckBox()
        self.limit_dates.setObjectName("limitDates")
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1, 1))
        self.date_to = QDateEdit(today)
        dates = QWidget()
        row = QHBoxLayout(dates)
        row.setContentsMargins(0, 0, 0, 0)
        self.until = QLabel()
        for widget in (self.date_from, self.date_to):
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("dd.MM.yyyy")
            widget.setEnabled(False)
            self.limit_dates.toggled.connect(widget.setEnabled)
        row.addWidget(self.limit_dates)
        row.addWidget(self.date_from)
        row.addWidget(self.until)
        row.addWidget(self.date_to)
        row.addStretch(1)
        self.dates = dates
        for row_widget in (self.kind, self.region, dates, self.language, self.layout_name):
            self.add_row(row_widget)
        self.include_drafts = QCheckBox()
        self.include_drafts.setObjectName("includeDrafts")
        self.box.addWidget(self.include_drafts)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()
        self.box.addWidget(self.error)
        self.box.addWidget(self.buttons)
        self.retranslate()

    def options(self) -> SummaryOptions:
        limit = self.limit_dates.isChecked()
        return SummaryOptions(
            self.language.currentData(), self.layout_name.currentData(),
            kind=self.kind.currentData() or None, region=self.region.currentData() or None,
            date_from=self.date_from.date().toString("yyyy-MM-dd") if limit else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if limit else None,
            include_drafts=self.include_drafts.isChecked())

    def accept(self) -> None:
        if self.limit_dates.isChecked() and self.date_to.date() < self.date_from.date():
            self.error.setText(self.tr("The period ends before it starts."))
            self.error.show()
            return
        super().accept()

    def _fill_choices(self) -> None:
        kind, region = self.kind.currentData(), self.region.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), "")
        for code in INSTITUTION_KINDS:
            self.kind.addItem(pick(KIND_NAMES[code], self.lang), code)
        self.region.clear()
        self.region.addItem(self.tr("All regions"), "")
        for code, name in regions().items():
            self.region.addItem(pick(name, self.lang), code)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind or "")))
        self.region.setCurrentIndex(max(0, self.region.findData(region or "")))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Summary across visits (PDF)"))
        self._fill_choices()
        self.name_row(self.kind, self.tr("&Kind of institution:"))
        self.name_row(self.region, self.tr("&Region:"))
        self.name_row(self.dates, self.tr("Period:"), self.limit_dates)
        self.limit_dates.setText(self.tr("&only from"))
        self.until.setText(self.tr("to"))
        self.date_from.setAccessibleName(self.tr("First day"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        self.include_drafts.setText(self.tr("Include &drafts (visits not yet completed; each is "
                                            "marked as a draft)"))
        self.name_common()


@dataclass(frozen=True)
class DatabaseOptions:
    selection: SummaryOptions
    with_photos: bool = False


class DatabaseOptionsDialog(SummaryOptionsDialog):
    """The summary's selection (kind, region, period, drafts) for the analyst's database, whose
    labels come in the chosen language; no layout, and the photos' bytes only when asked."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        self.with_photos = QCheckBox()  # before the base class's first retranslate
        self.with_photos.setObjectName("withPhotos")
        super().__init__(lang, [], parent)
        self.setObjectName("databaseOptions")
        self.form.setRowVisible(self.layout_name, False)
        self.box.insertWidget(self.box.indexOf(self.include_drafts) + 1, self.with_photos)

    def database_options(self) -> DatabaseOptions:
        return DatabaseOptions(self.options(), self.with_photos.isChecked())

    def name_common(self) -> None:
        self.name_row(self.language, self.tr("&Language of the labels:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("SQLite database for analysts"))
        self.with_photos.setText(self.tr("Include the &photos themselves (never those showing "
                                         "faces)"))
