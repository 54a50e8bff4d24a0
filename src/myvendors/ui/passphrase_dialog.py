"""The "Change passphrase" dialog: the current one, then the new one twice (the KDF runs on the worker)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from myvendors.ui.passphrase import NewPassphraseForm, field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import BusyIndicator, MessageBanner, PassphraseEdit, secondary


class ChangePassphraseDialog(QDialog):
    submitted = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None, *, user_inputs: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._busy = False
        intro = secondary(
            self.tr(
                "Only the key that opens the vault changes; your data is not rewritten. "
                "Your recovery key and remembered devices keep working."
            ),
            parent=self,
        )
        self.banner = MessageBanner(self)
        current_label = QLabel(self.tr("&Current passphrase"), self)
        self.current_edit = PassphraseEdit(self)
        self.current_edit.setAccessibleName(self.tr("Current passphrase"))
        current_label.setBuddy(self.current_edit)
        self.current_message = field_message(self)
        self.form = NewPassphraseForm(self, user_inputs=user_inputs, label=self.tr("&New passphrase"))
        self.busy = BusyIndicator(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.change_button.setText(self.tr("C&hange passphrase"))
        self.change_button.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.current_edit.textChanged.connect(self._current_edited)
        self.form.validity_changed.connect(self._update)
        self.form.submitted.connect(self._submit)

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(4)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.banner)
        column.addWidget(current_label)
        column.addWidget(self.current_edit)
        column.addWidget(self.current_message)
        column.addSpacing(10)
        column.addWidget(self.form)
        column.addStretch(1)
        column.addSpacing(8)
        column.addWidget(self.busy)
        column.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setTabOrder(self.current_edit, self.form.passphrase_edit)

    def _current_edited(self) -> None:
        self.current_message.hide()
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(not self._busy and bool(self.current_edit.text()) and self.form.is_valid())

    def _submit(self) -> None:
        if self.change_button.isEnabled():
            emit(self.submitted, self.current_edit.text(), self.form.passphrase())

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.current_edit, self.form, self.buttons):
            widget.setEnabled(not busy)
        if busy:
            self.banner.clear()
            self.busy.start(self.tr("Protecting the vault's key with the new passphrase…"))
        else:
            self.busy.stop()
            self._update()

    def show_wrong_current(self, text: str) -> None:
        self.set_busy(False)
        self.current_edit.wipe()
        self.current_message.setText(text)
        self.current_message.show()
        self.current_edit.setFocus()

    def show_error(self, text: str, field: str | None = None) -> None:
        self.set_busy(False)
        if field == "passphrase":
            self.form.show_error(text)
        else:
            self.banner.show_error(text)

    def reject(self) -> None:
        if not self._busy:  # the key derivation cannot be interrupted half-way
            self.current_edit.wipe()
            self.form.clear()
            super().reject()

    def accept(self) -> None:
        self.current_edit.wipe()
        self.form.clear()
        super().accept()
