"""The "Add vendor" dialog: a name (required) and a website; the main window calls the service."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit


class AddVendorDialog(QDialog):
    submitted = Signal(str, str)  # name, website

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add vendor"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Vendor name"))
        self.name_edit.setPlaceholderText(self.tr("The company, as you call it"))
        self.name_message = field_message(self)
        self.website_edit = QLineEdit(self)
        self.website_edit.setAccessibleName(self.tr("Website"))
        self.website_edit.setPlaceholderText("https://")
        self.website_message = field_message(self)
        name_label = QLabel(self.tr("&Name"), self)
        name_label.setBuddy(self.name_edit)
        website_label = QLabel(self.tr("&Website (optional)"), self)
        website_label.setBuddy(self.website_edit)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda text: self.add_button.setEnabled(bool(text.strip())))

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(4)
        for widget in (name_label, self.name_edit, self.name_message):
            column.addWidget(widget)
        column.addSpacing(8)
        for widget in (website_label, self.website_edit, self.website_message):
            column.addWidget(widget)
        column.addStretch(1)
        column.addSpacing(12)
        column.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def _submit(self) -> None:
        self.name_message.hide()
        self.website_message.hide()
        if self.add_button.isEnabled():
            emit(self.submitted, self.name_edit.text(), self.website_edit.text())

    def show_error(self, text: str, field: str | None) -> None:
        label, edit = (self.website_message, self.website_edit) if field == "website" else (self.name_message, self.name_edit)
        label.setText(text)
        label.show()
        edit.setFocus()
