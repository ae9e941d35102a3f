"""Sign in to the sync server: asked only when this computer holds no valid token.

The password is handed to the sync run once and never stored; the server's token is kept in the
token store instead (the OS keyring, or a private file in the profile).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class LoginDialog(QDialog):
    def __init__(self, server_url: str, user_name: str, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.server = QLabel(server_url)
        self.server.setObjectName("loginServer")
        self.user_name = QLineEdit(user_name)
        self.user_name.setObjectName("loginUser")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(error)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error.setVisible(bool(error))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self._server_label, self._user_label, self._password_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self._server_label, self.server)
        self.form.addRow(self._user_label, self.user_name)
        self.form.addRow(self._password_label, self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()
        (self.password if user_name else self.user_name).setFocus()

    def credentials(self) -> tuple[str, str]:
        return self.user_name.text().strip(), self.password.text()

    def submit(self) -> None:
        user, password = self.credentials()
        if not user or not password:
            self.show_error(self.tr("Enter your user name and password."))
            (self.user_name if not user else self.password).setFocus()
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to the sync server"))
        self._server_label.setText(self.tr("Server:"))
        self._user_label.setText(self.tr("&User name:"))
        self._user_label.setBuddy(self.user_name)
        self._password_label.setText(self.tr("&Password:"))
        self._password_label.setBuddy(self.password)
        self.user_name.setAccessibleName(self.tr("User name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.note.setText(self.tr("The password is used once to sign this computer in; it is "
                                  "not saved. Later syncs need no password."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in and sync"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
