"""Add a trusted contact: her key (from a key file, pasted text, or an image of its QR code), the
digits of its thumbprint to compare with her by phone, the name she goes by here, and how much her
ratings count. Nothing is written until "Add"; a refusal is shown at its field (forms.submit)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import contacts
from myvendors.domain.contacts import Contact, ContactKey, keyfile
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import icons
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.contacts.trust import TrustChoice
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import help_key, secondary


def digits_text(groups: list[str], per_line: int = 4) -> str:
    """Digit groups as the dialogs show them: four groups a line, so they read out in pairs of lines."""
    lines = [" ".join(groups[at:at + per_line]) for at in range(0, len(groups), per_line)]
    return "\n".join(lines)


def digits_label(parent: QWidget) -> QLabel:
    """A large fixed-width label for a thumbprint's digit groups (selectable, so they can be copied)."""
    label = QLabel(parent)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(font.pointSizeF() * 1.35)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class AddContactDialog(QDialog):
    """Emits `added(Contact)` once the contact is kept."""

    added = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.key: ContactKey | None = None
        self.setWindowTitle(self.tr("Add a trusted contact"))
        intro = secondary(self.tr(
            "A trusted contact is someone whose notes about vendors you want beside your own. Ask them for their "
            "key: in MyVendors they choose Trusted contacts ▸ Export my key… and send you the file, or show you "
            "the QR code."), parent=self)

        self.file_button = QPushButton(icons.icon("folder-open"), self.tr("Open a key &file…"), self)
        self.file_button.setAccessibleName(self.tr("Open a key file"))
        self.file_button.clicked.connect(self._choose_file)
        self.qr_button = QPushButton(icons.icon("qr"), self.tr("Open a &QR code image…"), self)
        self.qr_button.setAccessibleName(self.tr("Open a photo or screenshot of their QR code"))
        self.qr_button.setToolTip(self.tr("A photo or screenshot of the QR code on their screen (PNG or JPEG)"))
        self.qr_button.clicked.connect(self._choose_image)
        self.key_edit = QPlainTextEdit(self)
        self.key_edit.setAccessibleName(self.tr("Their key, pasted"))
        self.key_edit.setPlaceholderText(self.tr("…or paste their key here ({\"format\": \"myvendors-contact-key\", …})"))
        self.key_edit.setTabChangesFocus(True)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setFixedHeight(self.key_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.key_edit.textChanged.connect(self._pasted)
        key_label = QLabel(self.tr("&Paste their key:"), self)
        key_label.setBuddy(self.key_edit)
        self.read_from = secondary(parent=self, small=True)
        self.read_from.hide()
        self.key_message = field_message(self)

        self.compare = secondary(parent=self)
        self.digits = digits_label(self)
        self.digits.setAccessibleName(self.tr("The key's numbers to compare"))
        self.compare.hide()
        self.digits.hide()

        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Contact's name"))
        self.name_edit.setPlaceholderText(self.tr("As you call them"))
        self.name_edit.textChanged.connect(lambda _: self._update_button())
        name_label = QLabel(self.tr("&Name:"), self)
        name_label.setBuddy(self.name_edit)
        self.name_message = field_message(self)

        self.trust_choice = TrustChoice(self)
        trust_label = QLabel(self.tr("How much do you trust their judgement of vendors?"), self)
        trust_label.setWordWrap(True)
        self.trust_message = field_message(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName(self.tr("Add the contact"))
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)

        self._lay_out(intro, key_label, name_label, trust_label)
        self.setMinimumWidth(560)
        help_key(self, lambda: "contacts#add")

    def _lay_out(self, intro: QLabel, key_label: QLabel, name_label: QLabel, trust_label: QLabel) -> None:
        """Top to bottom: what a contact is, their key, its numbers to compare, the name, the trust, the buttons."""
        sources = QHBoxLayout()
        sources.addWidget(self.file_button)
        sources.addWidget(self.qr_button)
        sources.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(6)
        column.addWidget(intro)
        column.addSpacing(4)
        column.addLayout(sources)
        column.addWidget(key_label)
        column.addWidget(self.key_edit)
        column.addWidget(self.read_from)
        column.addWidget(self.key_message)
        column.addWidget(self.compare)
        column.addWidget(self.digits)
        column.addSpacing(4)
        column.addWidget(name_label)
        column.addWidget(self.name_edit)
        column.addWidget(self.name_message)
        column.addSpacing(4)
        column.addWidget(trust_label)
        column.addWidget(self.trust_choice)
        column.addWidget(self.trust_message)
        column.addStretch(1)
        column.addWidget(self.buttons)

    # -- the key ---------------------------------------------------------------------------------
    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Their key file"), "",
                                              self.tr("Contact keys (*.json *.jwk *.txt);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def _choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("An image of their QR code"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.load_image(Path(path))

    def load_file(self, path: Path) -> bool:
        """Read a key file, or an image of its QR code (a PNG or JPEG photo or screenshot), and check it."""
        return self._take(lambda: keyfile.read_key_file(path), self.tr("Read from %s.") % path.name)

    def load_image(self, path: Path) -> bool:
        """Decode the QR code in an image and check the key it holds."""
        return self.load_file(path)

    def _take(self, read: Callable[[], ContactKey], where: str) -> bool:
        self.key_message.hide()
        try:
            key = read()
        except MyVendorsError as exc:
            self.key = None
            self._show_digits(None)
            self.show_error(error_text(exc), "key")
            self._update_button()
            return False
        self.key_edit.blockSignals(True)  # the box shows what was read, not text to read again
        self.key_edit.setPlainText(key.jwk_json())
        self.key_edit.blockSignals(False)
        self.read_from.setText(where)
        self.read_from.show()
        self._accept_key(key)
        return True

    def _pasted(self) -> None:
        self.read_from.hide()
        self.check()

    def check(self) -> bool:
        """Read the key in the text box (nothing written); show its digits to compare, or why not."""
        self.key = None
        self.key_message.hide()
        text = self.key_edit.toPlainText().strip()
        if not text:
            self._show_digits(None)
            self._update_button()
            return False
        try:
            key = keyfile.read_key_text(text, source="text")
        except MyVendorsError as exc:
            self._show_digits(None)
            self.show_error(error_text(exc), "key")
            self._update_button()
            return False
        self._accept_key(key)
        return True

    def _accept_key(self, key: ContactKey) -> None:
        self.key = key
        if key.name and not self.name_edit.text().strip():
            self.name_edit.setText(key.name)
        self._show_digits(key)
        self._update_button()

    def _show_digits(self, key: ContactKey | None) -> None:
        if key is None:
            self.compare.hide()
            self.digits.hide()
            return
        who = self.name_edit.text().strip() or key.name or self.tr("them")
        self.compare.setText(self.tr(
            "Call %s (or meet) and read these numbers to each other: they must be the ones on their screen under "
            "Export my key. If one digit differs, do not add this key: it may come from someone else.") % who)
        self.digits.setText(digits_text(key.safety_number.split()))
        self.compare.show()
        self.digits.show()

    # -- adding ----------------------------------------------------------------------------------
    def trust(self) -> int:
        return self.trust_choice.level()

    def _update_button(self) -> None:
        self.add_button.setEnabled(self.key is not None and bool(self.name_edit.text().strip()))

    def add(self) -> Contact | None:
        for message in (self.name_message, self.trust_message):
            message.hide()
        key = self.key
        if key is None or not self.add_button.isEnabled():
            return None
        done = submit(self.show_error, lambda: contacts.add_contact(self._db, self.name_edit.text(), key, self.trust()),
                      any_error=True)
        if done is None:
            return None
        emit(self.added, done.value)
        self.accept()
        return done.value

    def show_error(self, text: str, field: str | None) -> None:
        """A refusal at its field: the key, the name, or the trust level (else under the key)."""
        label, focus = {
            "name": (self.name_message, self.name_edit),
            "trust": (self.trust_message, self.trust_choice.checked_radio()),
        }.get(field or "", (self.key_message, self.key_edit))
        label.setText(text)
        label.show()
        focus.setFocus()
