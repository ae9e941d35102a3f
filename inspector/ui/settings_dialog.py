"""The settings dialog: the few things a deputy or an aide sets once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .confirm import ask
from .form_labels import name_field
from .settings import Settings

# Each language is named in itself, so a person who cannot read the current one finds theirs.
# i18n: keep
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақша", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 current_data_dir: str = "") -> None:
        super().__init__(parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.deputy_name = QLineEdit(settings.deputy_name)
        self.deputy_name.setObjectName("deputyName")
        self.current_data_dir = current_data_dir  # the folder this window works in now
        self.data_dir = QLineEdit(settings.data_dir)
        self.data_dir.setObjectName("dataDir")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_folder)
        folder = _with_button(self.data_dir, self.browse)
        self.server_url = QLineEdit(settings.server_url)
        self.server_url.setObjectName("serverUrl")
        self.user_name = QLineEdit(settings.user_name)
        self.user_name.setObjectName("userName")
        # The ЭЦП reports are signed with: only the file's place is kept, never its password.
        self.signing_key = QLineEdit(settings.signing_key)
        self.signing_key.setObjectName("signingKey")
        self.browse_key = QPushButton()
        self.browse_key.clicked.connect(self._choose_key)
        key = _with_button(self.signing_key, self.browse_key)
        self.timestamp_url = QLineEdit(settings.timestamp_url)
        self.timestamp_url.setObjectName("timestampUrl")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.hide()

        # What a field is for is said under it, wrapped: as placeholders these sentences were
        # cut («Если указан, отчёты подписываютс…») and vanished as soon as anything was typed.
        self.deputy_hint, self.key_hint, self.timestamp_hint = QLabel(), QLabel(), QLabel()
        self.form = QFormLayout()
        self._fields = [self.language, _with_hint(self.deputy_name, self.deputy_hint), folder,
                        self.server_url, self.user_name, _with_hint(key, self.key_hint),
                        _with_hint(self.timestamp_url, self.timestamp_hint)]
        for widget in self._fields:
            self.form.addRow(QLabel(), widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslate()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data folder"),
                                                  self.data_dir.text())
        if chosen:
            self.data_dir.setText(chosen)

    def _choose_key(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Signing key"),
                                                self.signing_key.text(),
                                                self.tr("PKCS#12 keys (*.p12 *.pfx)"))
        if chosen:
            self.signing_key.setText(chosen)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def submit(self) -> None:
        url = self.server_url.text().strip()
        if url and QUrl(url).scheme() not in ("http", "https"):
            self.error.setText(self.tr("The server address must start with https://"))
            self.error.show()
            self.server_url.setFocus()
            return
        s = self.settings
        folder = self.data_dir.text().strip()
        if folder != s.data_dir and not self._folder_change_confirmed(folder):
            self.data_dir.setText(s.data_dir)
            self.data_dir.setFocus()
            return
        s.language = self.chosen_language()
        s.deputy_name = self.deputy_name.text().strip()
        s.data_dir = self.data_dir.text().strip()
        s.server_url = url
        s.user_name = self.user_name.text().strip()
        s.signing_key = self.signing_key.text().strip()
        s.timestamp_url = self.timestamp_url.text().strip()
        s.sync()
        self.accept()

    def _folder_change_confirmed(self, folder: str) -> bool:
        """Another data folder is another profile: say so before it silently opens next time."""
        new = folder or self.tr("the default folder")
        text = self.tr("From the next start Inspector works with the data in %1.\n\nThe visits, "
                       "photos and interviews in the current folder (%2) stay there: they are "
                       "not moved or copied, and the next start will not show them. To take them "
                       "along, make a backup copy now (File → Backup copy…) and restore it after "
                       "the restart.").replace("%1", new).replace("%2", self.current_data_dir or
                                                                    self.tr("the default folder"))
        return ask(self, self.tr("Change the data folder?"), text,
                   self.tr("Use the new folder from the next start"),
                   self.tr("Keep the current folder"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        labels = [self.tr("&Language:"), self.tr("&Your name (deputy):"),
                  self.tr("&Data folder:"), self.tr("&Server address:"),
                  self.tr("&User name on the server:"), self.tr("Signing &key (ЭЦП, .p12):"),
                  self.tr("&Timestamp server:")]
        buddies = [self.language, self.deputy_name, self.data_dir, self.server_url,
                   self.user_name, self.signing_key, self.timestamp_url]
        for widget, buddy, text in zip(self._fields, buddies, labels, strict=True):
            name_field(self.form.labelForField(widget), text, buddy)
        self.deputy_hint.setText(self.tr("Filled in as a deputy of each new visit"))
        self.data_dir.setPlaceholderText(self.tr("Default folder"))
        self.server_url.setPlaceholderText("https://inspector.parlam.kz")
        self.browse.setText(self.tr("Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the data folder"))
        self.key_hint.setText(
            self.tr("Reports are signed when set; the password is asked each time"))
        self.browse_key.setText(self.tr("Browse…"))
        self.browse_key.setAccessibleName(self.tr("Choose the signing key"))
        self.timestamp_hint.setText(self.tr("Optional: an RFC 3161 server address"))
        self.note.setText(self.tr("A new data folder is used the next time Inspector starts."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _with_button(field: QWidget, button: QPushButton) -> QWidget:
    """The field with its «Browse…» button beside it, as one row of the form."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addWidget(button)
    return box


def _with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """The field with a line under it saying what it is for, wrapped to the field's width."""
    hint.setObjectName("hint")
    hint.setWordWrap(True)
    hint.setStyleSheet("color: #4a4a4a;")  # quieter than the label, still easy to read
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(hint)
    return box
