"""Your own details: what a profile package can carry and what you may disclose to one vendor.

Nothing here leaves the vault: these fields go to a vendor only when ticked in the share wizard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.sharing import packages
from myvendors.storage import Database
from myvendors.ui.forms import submit
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import secondary


def field_labels() -> dict[str, str]:
    """Profile field names in words, with a mnemonic each (unique within the dialog)."""
    return {
        "name": QCoreApplication.translate("ProfileDialog", "&Name"),
        "email": QCoreApplication.translate("ProfileDialog", "&Email"),
        "phone": QCoreApplication.translate("ProfileDialog", "P&hone"),
        "street_address": QCoreApplication.translate("ProfileDialog", "S&treet address"),
        "postal_code": QCoreApplication.translate("ProfileDialog", "Postal &code"),
        "city": QCoreApplication.translate("ProfileDialog", "C&ity"),
        "country": QCoreApplication.translate("ProfileDialog", "Co&untry"),
        "language": QCoreApplication.translate("ProfileDialog", "&Language"),
        "preferences": QCoreApplication.translate("ProfileDialog", "P&references"),
    }


class ProfileDialog(QDialog):
    """Edit your profile; saves through `packages.set_profile` and shows its messages by field."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setWindowTitle(self.tr("Your profile"))
        intro = secondary(
            self.tr(
                "Your real details, kept in the vault. None of them leaves unless you tick it when you share; "
                "each vendor sees only what you tick for it."
            ),
            parent=self,
        )
        profile = packages.get_profile(db)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.messages: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setSpacing(6)
        for name, label_text in field_labels().items():
            edit: QLineEdit | QPlainTextEdit
            if name == "preferences":
                edit = QPlainTextEdit(self)
                edit.setTabChangesFocus(True)
                edit.setPlainText(profile.get(name, ""))
                edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
            else:
                edit = QLineEdit(profile.get(name, ""), self)
            edit.setAccessibleName(label_text.replace("&", ""))
            label = QLabel(label_text, self)
            label.setBuddy(edit)
            message = field_message(self)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(message)
            form.addRow(label, column)
            self.edits[name] = edit
            self.messages[name] = message
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save your profile"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(10)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for name, edit in self.edits.items():
            out[name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return out

    def save(self) -> None:
        for message in self.messages.values():
            message.hide()
        if submit(self.show_error, lambda: packages.set_profile(self._db, self.values())) is None:
            return
        emit(self.saved)
        self.accept()

    def show_error(self, text: str, field: str | None) -> None:
        name = field if field in self.messages else "name"
        self.messages[name].setText(text)
        self.messages[name].show()
        self.edits[name].setFocus()
