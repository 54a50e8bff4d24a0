"""The settings dialog, built from `domain.settings.SETTINGS` (key, type, default, label, help)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.settings import Setting
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import secondary

_SPIN_MAX = 2_000_000_000


class SettingsDialog(QDialog):
    submitted = Signal(dict)  # {key: new value} for the settings the user changed

    def __init__(self, declared: Sequence[Setting], values: Mapping[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._declared = tuple(declared)
        self._initial = dict(values)
        self.editors: dict[str, QSpinBox] = {}
        self._messages: dict[str, QLabel] = {}

        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.setHorizontalSpacing(16)
        for setting in self._declared:
            if setting.type is not int:
                continue  # only whole numbers are declared so far; other types get editors when they exist
            editor = QSpinBox(self)
            editor.setRange(
                setting.minimum if setting.minimum is not None else -_SPIN_MAX,
                setting.maximum if setting.maximum is not None else _SPIN_MAX,
            )
            editor.setValue(int(values.get(setting.key, setting.default)))
            editor.setMinimumWidth(110)
            editor.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            if setting.off_at_zero:
                editor.setSpecialValueText(self.tr("Off"))
            label_text = QCoreApplication.translate("settings", setting.label)
            help_text = QCoreApplication.translate("settings", setting.help)
            editor.setAccessibleName(label_text)
            editor.setAccessibleDescription(help_text)
            editor.setToolTip(help_text)
            label = QLabel(label_text, self)
            label.setBuddy(editor)
            message = field_message(self)
            form.addRow(label, editor)
            form.addRow("", secondary(help_text, parent=self, small=True))
            form.addRow("", message)
            self.editors[setting.key] = editor
            self._messages[setting.key] = message

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.addLayout(form)
        column.addStretch(1)
        column.addSpacing(8)
        column.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _submit(self) -> None:
        for message in self._messages.values():
            message.hide()
        changes = {key: editor.value() for key, editor in self.editors.items() if editor.value() != self._initial.get(key)}
        if not changes:
            self.accept()
            return
        emit(self.submitted, changes)

    def show_error(self, text: str, field: str | None) -> None:
        message = self._messages.get(field or "")
        if message is None:
            message = next(iter(self._messages.values()))
        message.setText(text)
        message.show()
        if field in self.editors:
            self.editors[field].setFocus()
