"""Dialogs that ask for the current passphrase: `CurrentPassphraseDialog` (the field, its message,
the busy line and the buttons) and the "Change passphrase" dialog built on it, which adds the new
passphrase twice. The key derivation runs on the worker; the dialog only shows that it is busy."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from myvendors.ui.passphrase import NewPassphraseForm, field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import BusyIndicator, MessageBanner, PassphraseEdit, secondary


def wrong_current_text() -> str:
    return QCoreApplication.translate("CurrentPassphraseDialog", "That is not the current passphrase.")


class CurrentPassphraseDialog(QDialog):
    """Asks the current passphrase (and what `body` adds below it) before a slow change of the key.

    `ok_button` is enabled while `is_ready()`; while busy nothing can be edited and Cancel is refused,
    since a key derivation cannot be interrupted half-way. The passphrase is wiped when the dialog closes.
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        intro: str,
        ok_text: str,
        body: QWidget | None = None,
        minimum_width: int = 420,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._busy = False
        self._body = body
        intro_label = secondary(intro, parent=self)
        self.banner = MessageBanner(self)
        label = QLabel(QCoreApplication.translate("CurrentPassphraseDialog", "&Current passphrase"), self)
        self.current_edit = PassphraseEdit(self)
        self.current_edit.setAccessibleName(QCoreApplication.translate("CurrentPassphraseDialog", "Current passphrase"))
        label.setBuddy(self.current_edit)
        self.current_message = field_message(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.current_edit.textChanged.connect(self._current_edited)

        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(4)
        column.addWidget(intro_label)
        column.addSpacing(8)
        column.addWidget(self.banner)
        column.addWidget(label)
        column.addWidget(self.current_edit)
        column.addWidget(self.current_message)
        if body is not None:
            column.addSpacing(10)
            column.addWidget(body)
            column.addStretch(1)
        column.addSpacing(8)
        column.addWidget(self.busy)
        column.addWidget(self.buttons)
        self.setMinimumWidth(minimum_width)

    def is_ready(self) -> bool:
        return bool(self.current_edit.text())

    def _current_edited(self) -> None:
        self.current_message.hide()
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self._busy and self.is_ready())

    def _submit(self) -> None:
        if self.ok_button.isEnabled():
            self.submit()

    def submit(self) -> None:
        """Emit the dialog's request; called only when the OK button is enabled."""
        raise NotImplementedError

    def set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for widget in (self.current_edit, self._body, self.buttons):
            if widget is not None:
                widget.setEnabled(not busy)
        if busy:
            self.banner.clear()
            self.busy.start(text)
        else:
            self.busy.stop()
            self._update()

    def show_wrong_current(self, text: str | None = None) -> None:
        self.set_busy(False)
        self.current_edit.wipe()
        self.current_message.setText(text or wrong_current_text())
        self.current_message.show()
        self.current_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.banner.show_error(text)

    def _wipe(self) -> None:
        self.current_edit.wipe()

    def reject(self) -> None:
        if not self._busy:  # the key derivation cannot be interrupted half-way
            self._wipe()
            super().reject()

    def accept(self) -> None:
        self._wipe()
        super().accept()


class ChangePassphraseDialog(CurrentPassphraseDialog):
    submitted = Signal(str, str)  # current, new

    def __init__(self, parent: QWidget | None = None, *, user_inputs: tuple[str, ...] = ()) -> None:
        form = NewPassphraseForm(None, user_inputs=user_inputs, label=self.tr("&New passphrase"))
        super().__init__(
            parent,
            title=self.tr("Change passphrase"),
            intro=self.tr(
                "Only the key that opens the vault changes; your data is not rewritten. "
                "Your recovery key and remembered devices keep working."
            ),
            ok_text=self.tr("C&hange passphrase"),
            body=form,
            minimum_width=440,
        )
        self.form = form
        self.change_button = self.ok_button
        self.form.validity_changed.connect(self._update)
        self.form.submitted.connect(self._submit)
        self.setTabOrder(self.current_edit, self.form.passphrase_edit)

    def is_ready(self) -> bool:
        return super().is_ready() and self.form.is_valid()

    def submit(self) -> None:
        emit(self.submitted, self.current_edit.text(), self.form.passphrase())

    def set_busy(self, busy: bool, text: str = "") -> None:
        super().set_busy(busy, text or self.tr("Protecting the vault's key with the new passphrase…"))

    def show_error(self, text: str, field: str | None = None) -> None:
        if field == "passphrase":
            self.set_busy(False)
            self.form.show_error(text)
        else:
            super().show_error(text)

    def _wipe(self) -> None:
        super()._wipe()
        self.form.clear()
