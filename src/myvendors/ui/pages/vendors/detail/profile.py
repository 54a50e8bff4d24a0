"""The Profile tab: the vendor's own fields (name, website, contact, category, status, tags, notes),
edited in place and saved with Save (Ctrl+S) or when the list moves to another vendor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from myvendors.domain import vendors
from myvendors.domain.models import VendorStatus
from myvendors.ui.forms import submit
from myvendors.ui.pages.vendors.detail.tab import _Tab, tab_button
from myvendors.ui.passphrase import field_message

PROFILE_FIELDS = ("name", "website", "email", "phone", "address", "category", "status", "tags", "notes")


class ProfileTab(_Tab):
    """The vendor's own fields, edited in place; Save (Ctrl+S) writes them, Revert puts them back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        labels = {
            "name": self.tr("N&ame"),
            "website": self.tr("&Website"),
            "email": self.tr("E-&mail"),
            "phone": self.tr("&Phone"),
            "address": self.tr("A&ddress"),
            "category": self.tr("Categor&y"),
            "status": self.tr("Stat&us"),
            "tags": self.tr("&Tags"),
            "notes": self.tr("Notes"),
        }
        placeholders = {
            "website": "https://",
            "email": "name@example.com",
            "category": self.tr("e.g. Bank, Utilities, Shop"),
            "tags": self.tr("comma-separated"),
        }
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for text, status in (
            (self.tr("Active"), VendorStatus.ACTIVE),
            (self.tr("Former"), VendorStatus.FORMER),
            (self.tr("Blocked"), VendorStatus.BLOCKED),
        ):
            self.status_combo.addItem(text, status.value)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(60)
        for row, name in enumerate(PROFILE_FIELDS):
            widget: QWidget
            if name == "status":
                widget = self.status_combo
            elif name == "notes":
                widget = self.notes_edit
            else:
                edit = QLineEdit(self)
                edit.setAccessibleName(labels[name].replace("&", ""))
                edit.setPlaceholderText(placeholders.get(name, ""))
                self.edits[name] = edit
                widget = edit
            label = QLabel(labels[name], self)
            label.setBuddy(widget)
            message = field_message(self)
            self.messages[name] = message
            alignment = Qt.AlignmentFlag.AlignTop if name == "notes" else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, 2 * row, 0, alignment)
            grid.addWidget(widget, 2 * row, 1)
            grid.addWidget(message, 2 * row + 1, 1)
        grid.setRowStretch(2 * PROFILE_FIELDS.index("notes"), 1)

        self.save_button = tab_button(self.tr("Save &changes"), "check", self.tr("Save changes"), self)
        self.save_button.setToolTip(self.tr("Save the changes (%s)") % QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))
        self.revert_button = tab_button(self.tr("&Revert"), None, self.tr("Revert changes"), self)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.save_action = self._shortcut(self, QKeySequence.StandardKey.Save, self.save, self.tr("Save changes"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addLayout(grid, 1)
        column.addLayout(buttons)
        for edit in self.edits.values():
            edit.textChanged.connect(self._update_buttons)
        self.status_combo.currentIndexChanged.connect(self._update_buttons)
        self.notes_edit.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def reload(self) -> None:
        vendor = self.vendor
        if vendor is None:
            return
        for name, edit in self.edits.items():
            value = getattr(vendor, name)
            edit.setText(", ".join(value) if name == "tags" else (value or ""))
            edit.setCursorPosition(0)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(vendor.status.value)))
        self.notes_edit.setPlainText(vendor.notes)
        self._hide_messages()
        self._update_buttons()

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: edit.text() for name, edit in self.edits.items()}
        values["tags"] = tuple(t for t in (p.strip() for p in values["tags"].split(",")) if t)
        for name in ("website", "email", "phone", "address", "category"):
            values[name] = values[name].strip() or None
        values["status"] = VendorStatus(self.status_combo.currentData())
        values["notes"] = self.notes_edit.toPlainText()
        return values

    def changes(self) -> dict[str, Any]:
        vendor = self.vendor
        if vendor is None:
            return {}
        return {name: value for name, value in self.values().items() if value != getattr(vendor, name)}

    def _update_buttons(self) -> None:
        dirty = bool(self.changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.save_button.setDefault(dirty)

    def _hide_messages(self) -> None:
        self.banner.clear()
        for message in self.messages.values():
            message.hide()

    def save(self) -> bool:
        if self.db is None or self.vendor is None:
            return False
        changes = self.changes()
        if not changes:
            return True
        self._hide_messages()
        db, vendor_id = self.db, self.vendor.id
        done = submit(self.show_field_error, lambda: vendors.update_vendor(db, vendor_id, **changes), any_error=True)
        if done is None:
            return False
        self.vendor = done.value
        self._changed()
        return True

    def show_field_error(self, text: str, field: str | None) -> None:
        message = self.messages.get(field or "")
        if message is None:
            self.banner.show_error(text)
            return
        message.setText(text)
        message.show()
        target = self.edits.get(field or "") or (self.status_combo if field == "status" else self.notes_edit)
        target.setFocus()

    def revert(self) -> None:
        self.reload()

    def clear(self) -> None:
        super().clear()
        for edit in self.edits.values():
            edit.clear()
        self.notes_edit.clear()
        self.status_combo.setCurrentIndex(0)
        self._hide_messages()
        self._update_buttons()


