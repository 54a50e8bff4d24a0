"""The unlock window: passphrase, "remember on this device", recovery key, other vaults.

A view only (see first_run.py): the `AppController` runs the unlock and answers with
`show_wrong_passphrase`, `show_error` and friends. After a wrong passphrase the field is
cleared and focused again, as KeePassXC's DatabaseOpenWidget does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.ui import icons, keyring_text
from myvendors.ui.i18n import translated
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import (
    Level,
    PageFrame,
    PageStack,
    PassphraseEdit,
    fit_to_content,
    help_key,
    link_button,
    secondary,
)
from myvendors.vault.unlocking import DeviceStatus


class UnlockPage(PageFrame):
    """Passphrase, remember-on-this-device, Unlock."""

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__("app", self.tr("Unlock your vault"), vault_name, parent)
        self.subtitle.setAccessibleName(self.tr("Vault: %s") % vault_name)

        label = QLabel(self.tr("&Passphrase"), self)
        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        label.setBuddy(self.passphrase_edit)
        self.use_recovery = link_button(self.tr("Forgot it? Use recovery key…"), parent=self)
        self.use_recovery.setAccessibleName(self.tr("Use recovery key"))
        recovery_row = QHBoxLayout()
        recovery_row.addStretch(1)
        recovery_row.addWidget(self.use_recovery)

        self.remember = QCheckBox(self.tr("&Remember on this device"), self)
        self.remember.setEnabled(False)
        self.remember_reason = secondary(parent=self, small=True)
        self.remember_reason.setContentsMargins(24, 0, 0, 0)
        self.remember_reason.hide()  # the keyring is not asked unless a device remembers this vault

        self.body.addWidget(label)
        self.body.addWidget(self.passphrase_edit)
        self.body.addLayout(recovery_row)
        self.body.addWidget(self.remember)
        self.body.addWidget(self.remember_reason)

        self.device_button = QPushButton(icons.icon("device"), self.tr("Unlock with this &device"), self)
        self.device_button.setToolTip(self.tr("This device remembers the vault: no passphrase needed."))
        self.device_button.hide()
        self.unlock_button = QPushButton(icons.icon("unlock"), self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.unlock_button.setEnabled(False)
        self.buttons.addWidget(self.device_button)
        self.buttons.addWidget(self.unlock_button)

        self.open_other = link_button(self.tr("Open another vault…"), "folder-open", parent=self)
        self.open_other.setAccessibleName(self.tr("Open another vault"))
        self.create_new = link_button(self.tr("Create a new vault…"), "vault-new", parent=self)
        self.create_new.setAccessibleName(self.tr("Create a new vault"))
        self.add_link(self.open_other)
        self.add_link(self.create_new)
        self.finish_links()

        self.passphrase_edit.textChanged.connect(lambda text: self.unlock_button.setEnabled(bool(text)))
        for first, second in (
            (self.passphrase_edit, self.remember),
            (self.remember, self.unlock_button),
            (self.unlock_button, self.device_button),
            (self.device_button, self.use_recovery),
            (self.use_recovery, self.open_other),
            (self.open_other, self.create_new),
        ):
            self.setTabOrder(first, second)


class RecoveryPage(PageFrame):
    """Recovery key, then a new passphrase twice."""

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        # The new-passphrase form (and its strength meter) loads with this page, not with the window.
        from myvendors.ui.passphrase import NewPassphraseForm, field_message

        super().__init__(
            "key",
            self.tr("Unlock with your recovery key"),
            self.tr(
                "Type the recovery key you saved when you created the vault, then choose a new passphrase. "
                "The old passphrase stops working."
            ),
            parent,
        )
        label = QLabel(self.tr("Recovery &key"), self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_edit.setPlaceholderText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX")
        self.key_edit.setAccessibleName(self.tr("Recovery key"))
        self.key_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhPreferUppercase
        )
        label.setBuddy(self.key_edit)
        self.key_message = field_message(self)
        self.form = NewPassphraseForm(self, user_inputs=[Path(vault_name).stem], label=self.tr("&New passphrase"))

        self.body.addWidget(label)
        self.body.addWidget(self.key_edit)
        self.body.addWidget(self.key_message)
        self.body.addSpacing(8)
        self.body.addWidget(self.form)

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.submit_button = QPushButton(icons.icon("unlock"), self.tr("Unlock and &set passphrase"), self)
        self.submit_button.setDefault(True)
        self.submit_button.setEnabled(False)
        self.buttons.addWidget(self.back_button)
        self.buttons.addWidget(self.submit_button)

        self.key_edit.textChanged.connect(self._update)
        self.form.validity_changed.connect(self._update)
        self.key_edit.returnPressed.connect(self.form.focus_first)
        self.setTabOrder(self.key_edit, self.form.passphrase_edit)
        self.setTabOrder(self.form.weak_confirm, self.submit_button)
        self.setTabOrder(self.submit_button, self.back_button)

    def is_ready(self) -> bool:
        return bool(self.key_edit.text().strip()) and self.form.is_valid()

    def _update(self) -> None:
        self.key_message.hide()
        self.submit_button.setEnabled(self.is_ready())

    def wipe(self) -> None:
        self.key_edit.clear()
        self.form.clear()


class UnlockWindow(QWidget):
    """Unlock the vault at `vault_path` (only its file name is shown)."""

    unlock_requested = Signal(str, object)  # passphrase, remember (True/False, or None: leave as is)
    device_unlock_requested = Signal()
    recover_requested = Signal(str, str)  # recovery key, new passphrase
    restore_requested = Signal(str, str)  # backup folder, passphrase
    open_requested = Signal(str)  # another vault file
    create_requested = Signal(str)  # where to create a new vault

    def __init__(self, vault_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self._offered_backup: str | None = None
        self.setWindowTitle(self.tr("MyVendors — locked"))
        self.setWindowIcon(icons.app_icon())

        self.unlock_page = UnlockPage(self.vault_path.name, self)
        self._recovery_page: RecoveryPage | None = None  # built when first shown (see `recovery_page`)
        self._stack = PageStack(self)
        self._stack.addWidget(self.unlock_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        self.setMinimumWidth(PageFrame.CONTENT_WIDTH + 56)
        help_key(self, lambda: "vault#recovery" if self.showing_recovery() else "vault#passphrase")

        page = self.unlock_page
        page.unlock_button.clicked.connect(self._request_unlock)
        page.passphrase_edit.returnPressed.connect(self._request_unlock)
        page.device_button.clicked.connect(self.device_unlock_requested)
        page.use_recovery.clicked.connect(self.show_recovery_page)
        page.open_other.clicked.connect(self._choose_other)
        page.create_new.clicked.connect(self._choose_new)
        page.banner.action_triggered.connect(self._request_restore)
        page.passphrase_edit.setFocus()

    @property
    def recovery_page(self) -> RecoveryPage:
        """The recovery-key page, built when first asked for: the window opens on the passphrase
        page, and the first paint need not wait for a page it does not show."""
        if self._recovery_page is None:
            recovery = RecoveryPage(self.vault_path.name, self)
            self._stack.addWidget(recovery)
            recovery.back_button.clicked.connect(self.show_unlock_page)
            recovery.submit_button.clicked.connect(self._request_recover)
            recovery.form.submitted.connect(self._request_recover)
            self._recovery_page = recovery
        return self._recovery_page

    # -- what the controller calls ---------------------------------------------------------
    def current_page(self) -> QWidget | None:
        return self._stack.currentWidget()

    def showing_recovery(self) -> bool:
        return self._recovery_page is not None and self.current_page() is self._recovery_page

    def show_unlock_page(self) -> None:
        if self._recovery_page is not None:
            self._recovery_page.wipe()
            self._recovery_page.banner.clear()
        self._stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase_edit.setFocus()

    def show_recovery_page(self) -> None:
        self.unlock_page.banner.clear()
        self._stack.setCurrentWidget(self.recovery_page)
        self.recovery_page.key_edit.setFocus()

    def show_checking_keyring(self) -> None:
        """A device remembers this vault: the keyring is being asked whether it is this one."""
        page = self.unlock_page
        page.remember.setEnabled(False)
        page.remember_reason.setText(self.tr("Checking the system keyring…"))
        page.remember_reason.show()

    def set_device_status(self, status: DeviceStatus) -> None:
        page = self.unlock_page
        if status.problem:
            # Reading this device's key failed this time (prompt dismissed, no answer): whether it
            # remembers is unknown, so the box stays as it is; "Unlock with this device" asks again.
            page.remember.setEnabled(False)
            page.remember.setChecked(False)
            text = keyring_text.problem_text(status.problem, status.seconds, keyring_text.UNLOCK, status.reason)
            page.remember.setToolTip(text)
            page.remember_reason.setText(text)
            page.remember_reason.show()
            page.device_button.show()
            self._fit_height()
            return
        page.remember.setEnabled(status.available)
        page.remember.setChecked(status.available and status.remembered)
        explanation = self.tr(
            "Keep a key in this computer's keyring so that the vault opens without typing the passphrase. "
            "The passphrase itself is never stored."
        )
        reason = translated(status.reason)
        page.remember.setToolTip(f"{explanation}\n{reason}".strip() if status.available else reason)
        page.remember_reason.setText("" if status.available else reason)
        page.remember_reason.setVisible(not status.available)
        page.device_button.setVisible(status.available and status.remembered)
        if status.available and status.remembered:
            page.device_button.setDefault(not page.passphrase_edit.text())
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for the keyring's message under the box (never narrower)."""
        if self.isVisible():  # once the new text is laid out (the layouts update on the next pass)
            QTimer.singleShot(0, self, lambda: fit_to_content(self) if self.isVisible() else None)

    def remember_choice(self) -> bool | None:
        """What to do about remembering: True/False as ticked, None while it cannot be chosen."""
        box = self.unlock_page.remember
        return box.isChecked() if box.isEnabled() else None

    def set_busy(self, busy: bool, text: str = "", *, note: str = "") -> None:
        """Busy with `text` on the one-line busy row; a longer `note` goes in the page's banner, which
        wraps and makes the window taller (the busy row keeps one line and would cut it)."""
        recovery = self._recovery_page  # the stack holds this page and the passphrase page
        current: PageFrame = recovery if recovery is not None and self.current_page() is recovery else self.unlock_page
        if busy:
            current.start_busy(text or self.tr("Unlocking…"))
            if note:
                current.banner.show_message(Level.INFO, note)
                self._fit_height()
        else:
            current.stop_busy()

    def show_wrong_passphrase(self, text: str) -> None:
        page = self.unlock_page
        page.banner.show_error(text)
        page.passphrase_edit.wipe()
        page.passphrase_edit.setFocus()

    def show_error(self, text: str, *, backup: str | None = None) -> None:
        """An error on the unlock page; with `backup`, offer to restore that backup."""
        self._offered_backup = backup
        self.unlock_page.banner.show_error(text, action=self.tr("Restore this backup") if backup else None)

    def show_damaged(self, text: str, *, detail: str | None = None, backup: str | None = None) -> None:
        """The vault is damaged: say so, and offer the newest good backup when there is one."""
        parts = [text]
        if detail:
            parts.append(detail)
        if backup:
            parts.append(
                self.tr("A good backup was found: %s. Restoring it keeps the damaged files aside.") % Path(backup).name
            )
        self.show_error("\n".join(parts), backup=backup)
        self.unlock_page.banner.setToolTip(backup or "")

    def show_notice(self, text: str) -> None:
        self.unlock_page.banner.show_message(Level.INFO, text)

    def show_recovery_error(self, text: str, *, field: str | None = None) -> None:
        recovery = self.recovery_page
        if field == "recovery_key":
            recovery.key_message.setText(text)
            recovery.key_message.show()
            recovery.key_edit.setFocus()
            recovery.key_edit.selectAll()
        elif field == "passphrase":
            recovery.form.show_error(text)
            recovery.form.focus_first()
        else:
            recovery.banner.show_error(text)
            recovery.key_edit.setFocus()
            recovery.key_edit.selectAll()

    def wipe(self) -> None:
        self.unlock_page.passphrase_edit.wipe()
        if self._recovery_page is not None:
            self._recovery_page.wipe()

    # -- user actions ----------------------------------------------------------------------
    def _request_unlock(self) -> None:
        page = self.unlock_page
        passphrase = page.passphrase_edit.text()
        if passphrase and page.unlock_button.isEnabled():
            emit(self.unlock_requested, passphrase, self.remember_choice())

    def _request_recover(self) -> None:
        recovery = self.recovery_page
        if recovery.is_ready() and recovery.submit_button.isEnabled():
            emit(self.recover_requested, recovery.key_edit.text(), recovery.form.passphrase())

    def _request_restore(self) -> None:
        passphrase = self.unlock_page.passphrase_edit.text()
        if not self._offered_backup:
            return
        if not passphrase:
            self.unlock_page.banner.show_error(
                self.tr("Type your passphrase, then choose “Restore this backup” again."),
                action=self.tr("Restore this backup"),
            )
            self.unlock_page.passphrase_edit.setFocus()
            return
        emit(self.restore_requested, self._offered_backup, passphrase)

    def _choose_other(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a vault"), str(self.vault_path.parent), self.tr("MyVendors vaults (*.myvendors);;All files (*)")
        )
        if chosen:
            emit(self.open_requested, chosen)

    def _choose_new(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create a new vault"),
            str(self.vault_path.parent / self.tr("New vault.myvendors")),
            self.tr("MyVendors vaults (*.myvendors)"),
        )
        if chosen:
            if not chosen.endswith(".myvendors"):
                chosen += ".myvendors"
            emit(self.create_requested, chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter unlocks from any field of the unlock page (the Remember tick box too); on a
        button or link, Enter presses that one (as Space does)."""
        page = self.unlock_page
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or self.current_page() is not page:
            super().keyPressEvent(event)
            return
        event.accept()
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton) and not isinstance(focused, QCheckBox) and focused.isEnabled():
            focused.click()
        elif not page.passphrase_edit.text() and page.device_button.isVisible() and page.device_button.isEnabled():
            emit(self.device_unlock_requested)
        else:
            self._request_unlock()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wipe()
        super().closeEvent(event)
