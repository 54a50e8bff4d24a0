"""Export my key: her public key for one contact (the pseudonym she keeps for that person, so two
contacts cannot link her by it), as a QR code big enough to scan from a phone, the digits to read
out by phone, and a file to save or text to copy. Showing it makes that pseudonym on first use."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QStandardPaths, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.contacts import keyfile
from myvendors.domain.sharing import files
from myvendors.errors import MyVendorsError
from myvendors.fileio import write_export
from myvendors.storage import Database
from myvendors.ui import icons
from myvendors.ui.clipboard import clipboard_for
from myvendors.ui.contacts.add_dialog import digits_label, digits_text
from myvendors.ui.i18n import error_text
from myvendors.ui.passphrase import field_message
from myvendors.ui.widgets import help_key, secondary

QR_SIZE = 300  # pixels on screen: a phone's camera reads it from an arm's length


def key_file_name(contact: str) -> str:
    """`my-key-for-ann.myvendors-key.json`: whom it is for, safe as a file name anywhere."""
    return f"my-key-for-{files.slug(contact) or 'contact'}.myvendors-key.json"


class KeyDialog(QDialog):
    """Her key for one contact: choose the name, then show, save or copy it."""

    last_folder: str | None = None  # where she last saved a key, for the next one

    def __init__(self, db: Database, names: list[str], parent: QWidget | None = None, *,
                 contact: str | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.text: str | None = None  # the key file's text shown now
        self.shown_for: str | None = None
        self.setWindowTitle(self.tr("Export my key"))
        intro = secondary(self.tr(
            "Your key for one contact: they add it in MyVendors (Trusted contacts ▸ Add contact…) so that they "
            "can check that notes you send them come from you. Each contact gets a key of their own, so no two "
            "can tell they know the same person."), parent=self)
        self.contact_combo = QComboBox(self)
        self.contact_combo.setEditable(True)
        self.contact_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contact_combo.addItems(names)
        self.contact_combo.setAccessibleName(self.tr("Contact"))
        editor = self.contact_combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Their name, as you call them"))
        self.contact_combo.setCurrentText(contact if contact is not None else (names[0] if names else ""))
        contact_label = QLabel(self.tr("&For:"), self)
        contact_label.setBuddy(self.contact_combo)
        self.goes_by_edit = QLineEdit(self)
        self.goes_by_edit.setAccessibleName(self.tr("The name you go by (optional)"))
        self.goes_by_edit.setPlaceholderText(self.tr("Optional: shown to them when they add your key"))
        goes_by_label = QLabel(self.tr("Your &name for them:"), self)
        goes_by_label.setBuddy(self.goes_by_edit)
        self.show_button = QPushButton(icons.icon("key"), self.tr("S&how my key"), self)
        self.show_button.setAccessibleName(self.tr("Show my key for this contact"))
        self.show_button.clicked.connect(self.show_key)
        self.message = field_message(self)

        self.qr = QSvgWidget(self)
        self.qr.setAccessibleName(self.tr("QR code of your key"))
        self.qr.setFixedSize(QR_SIZE, QR_SIZE)
        white = self.qr.palette()  # dark modules on white in either theme: a phone reads it only so
        white.setColor(QPalette.ColorRole.Window, QColor("white"))
        self.qr.setPalette(white)
        self.qr.setAutoFillBackground(True)
        self.qr.hide()
        self.how = secondary(parent=self)
        self.digits = digits_label(self)
        self.digits.setAccessibleName(self.tr("Your key's numbers"))
        self.digits.hide()
        self.status = secondary(parent=self, small=True)

        self.save_button = QPushButton(icons.icon("save"), self.tr("&Save the key file…"), self)
        self.save_button.setAccessibleName(self.tr("Save the key file"))
        self.save_button.clicked.connect(self._choose_save)
        self.copy_button = QPushButton(icons.icon("copy"), self.tr("&Copy the key"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the key as text"))
        self.copy_button.clicked.connect(self.copy)
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.contact_combo.editTextChanged.connect(lambda _: self._forget())
        self.goes_by_edit.textChanged.connect(lambda _: self._forget())
        self._lay_out(intro, contact_label, goes_by_label)
        help_key(self, lambda: "contacts#export-key")

    def _lay_out(self, intro: QLabel, contact_label: QLabel, goes_by_label: QLabel) -> None:
        form = QGridLayout()
        form.setHorizontalSpacing(8)
        form.addWidget(contact_label, 0, 0)
        form.addWidget(self.contact_combo, 0, 1)
        form.addWidget(goes_by_label, 1, 0)
        form.addWidget(self.goes_by_edit, 1, 1)
        form.addWidget(self.show_button, 1, 2)
        form.addWidget(self.message, 2, 1, 1, 2)
        form.setColumnStretch(1, 1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.save_button)
        files_row.addWidget(self.copy_button)
        files_row.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.how)
        right.addWidget(self.digits)
        right.addLayout(files_row)
        right.addWidget(self.status)
        right.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(8)
        column.addWidget(intro)
        column.addLayout(form)
        column.addLayout(body, 1)
        column.addWidget(self.buttons)
        self.setMinimumWidth(720)

    def contact(self) -> str:
        return " ".join(self.contact_combo.currentText().split())

    def _forget(self) -> None:
        """Another name: what was shown was for the one before."""
        if self.text is None:
            return
        self.text = self.shown_for = None
        self.qr.hide()
        self.digits.hide()
        self.how.clear()
        self.status.clear()
        for button in (self.save_button, self.copy_button):
            button.setEnabled(False)

    def show_key(self) -> bool:
        """Her key for the name given (her pseudonym for them is made the first time)."""
        self.message.hide()
        name = self.contact()
        if not name:
            self.message.setText(self.tr("Name the contact the key is for."))
            self.message.show()
            self.contact_combo.setFocus()
            return False
        try:
            document = keyfile.key_document(self._db, name, goes_by=self.goes_by_edit.text())
        except MyVendorsError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        self.text = keyfile.key_text(document)
        self.shown_for = name
        self.qr.load(QByteArray(keyfile.qr_svg(self.text).encode("utf-8")))
        self.qr.show()
        self.how.setText(self.tr(
            "Let %s scan this code with their phone's camera and send them the picture, or save the key file and "
            "send it. Then call them and read these numbers to each other: they must see the same ones.")
            % html.escape(name))
        self.digits.setText(digits_text(str(keyfile.safety_number(str(document["thumbprint"]))).split()))
        self.digits.show()
        for button in (self.save_button, self.copy_button):
            button.setEnabled(True)
        self.status.clear()
        return True

    def _choose_save(self) -> None:
        if self.shown_for is None:
            return
        folder = KeyDialog.last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save your key"), str(Path(folder) / key_file_name(self.shown_for)),
                                              self.tr("Contact keys (*.json);;All files (*)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        if self.text is None:
            return False
        try:
            write_export(path, (self.text.encode("utf-8"),))
        except OSError as exc:
            self.status.setText(self.tr("Could not write %s: %s") % (path, exc.strerror or exc))
            return False
        KeyDialog.last_folder = str(path.parent)
        self.status.setText(self.tr("Saved your key to %s.") % path)
        return True

    def copy(self) -> None:
        if self.text is None:
            return
        clipboard_for(self).copy(self.text.strip())
        self.status.setText(self.tr("Copied your key: paste it into a message to %s.") % self.shown_for)
