"""What the settings dialog's requests do: save settings, remember the vault on this device, change
the key strength, save the backup settings before "Back up now".

Keyring calls and the key derivation run on the `Worker`; the dialog shows that it is busy and
every refusal next to the control it is about.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from myvendors.domain import settings
from myvendors.errors import KeyringCancelled, KeyringTimedOut, MyVendorsError, WrongSecret
from myvendors.ui import keyring_text, theme
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.qtcompat import emit
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.vault import DeviceKeyStore, unlocking

if TYPE_CHECKING:
    from myvendors.ui.actions.host import WindowHost
    from myvendors.ui.worker import Worker

BACKUP_KEYS = ("backups_kept", "backup_folder")


def apply_device_settings(values: Mapping[str, Any]) -> None:
    """Apply what can change at once: the theme (the language needs a restart)."""
    app = QApplication.instance()
    if "theme" in values and isinstance(app, QApplication):
        theme.apply(app, str(values["theme"]))


class SettingsActions(QObject):
    """Does what one `SettingsDialog` asks; lives as long as the dialog."""

    saved = Signal(dict)  # the changes written (vault and device settings), after validation
    backup_wanted = Signal()

    def __init__(
        self,
        dialog: SettingsDialog,
        host: WindowHost,
        worker: Worker,
        keystore: DeviceKeyStore,
    ) -> None:
        """`host`: the window whose vault the dialog is about, held busy while the key is derived again."""
        super().__init__(dialog)
        self.dialog = dialog
        self._vault = host.vault
        self._worker = worker
        self._keystore = keystore
        self._set_busy = host.set_busy
        dialog.submitted.connect(self.save)
        dialog.remember_requested.connect(self.remember)
        dialog.kdf_requested.connect(self.strengthen)
        dialog.backup_requested.connect(self.back_up)
        self.check_device()
        self._show_kdf()

    def _show_kdf(self) -> None:
        params = self._vault.passphrase_kdf()
        if params is not None:
            self.dialog.show_kdf(params.memory_kib, params.iterations, params.lanes)

    # -- settings --------------------------------------------------------------------------
    def _write(self, changes: Mapping[str, Any]) -> dict[str, Any] | None:
        done = submit(self.dialog.show_error, lambda: settings.save(self._vault.db, changes))
        if done is None:
            return None
        written = done.value
        apply_device_settings(written)
        emit(self.saved, written)
        return written

    def save(self, changes: dict[str, Any]) -> None:
        if self._write(changes) is not None:
            self.dialog.accept()

    def back_up(self) -> None:
        """Save the backup settings shown (so the backup goes where the dialog says), then back up."""
        pending = {key: value for key, value in self.dialog.changes().items() if key in BACKUP_KEYS}
        if pending:
            written = self._write(pending)
            if written is None:
                return
            self.dialog.mark_saved(written)
        emit(self.backup_wanted)

    # -- remember on this device -----------------------------------------------------------
    def check_device(self) -> None:
        """Show whether this device remembers the vault. The keyring is asked (on the worker) only
        when the vault has a device slot: otherwise there is nothing to find, and a locked or new
        keyring would raise its prompt just because she opened the settings."""
        vault, keystore = self._vault, self._keystore
        if not vault.has_device_slot():
            self._show_status(unlocking.unasked_status(keystore))
            return
        self.dialog.show_checking_keyring()

        def status() -> unlocking.DeviceStatus:
            return unlocking.vault_device_status(vault, keystore)

        job = self._worker.submit(status)
        job.succeeded.connect(self._show_status)
        job.failed.connect(lambda exc: self._show_status(unlocking.DeviceStatus(False, error_text(exc))))

    def _show_status(self, status: unlocking.DeviceStatus) -> None:
        reason = keyring_text.problem_text(status.problem, status.seconds, keyring_text.SETTINGS, status.reason)
        self.dialog.set_device_status(status.available, reason, status.remembered, problem=bool(status.problem))

    def remember(self, remember: bool) -> None:
        vault, keystore = self._vault, self._keystore
        self.dialog.set_remember_busy(
            self.tr("Remembering this vault on this device…") if remember else self.tr("Forgetting this device…")
        )
        job = self._worker.submit(lambda: unlocking.apply_remember(vault, keystore, remember))
        job.succeeded.connect(self._remembered)
        job.failed.connect(self._remembered)

    def _remembered(self, problem: MyVendorsError | None) -> None:
        if problem is None:
            self.check_device()
            return
        self.dialog.show_remember_error(keyring_text.error_text(problem, keyring_text.SETTINGS))
        if isinstance(problem, (KeyringCancelled, KeyringTimedOut)):
            # Not asked again now (that would raise the prompt she just dismissed): it can be ticked again.
            self._show_status(unlocking.DeviceStatus(True, "", remembered=False))
        else:
            self.check_device()

    # -- key strength ----------------------------------------------------------------------
    def strengthen(self, passphrase: str, kdf_seconds: float) -> None:
        prompt = self.dialog.kdf_prompt
        vault = self._vault
        text = self.tr("Protecting the vault's key at the new strength…")
        if prompt is not None:
            prompt.set_busy(True, text)
        self.dialog.set_kdf_busy(True)
        self._set_busy(text)
        job = self._worker.submit(lambda: vault.change_passphrase(passphrase, passphrase, kdf_seconds=kdf_seconds))
        job.finished.connect(self._strengthen_done)
        job.succeeded.connect(lambda _: self._strengthened())
        job.failed.connect(self._not_strengthened)

    def _strengthen_done(self) -> None:
        self._set_busy(None)
        self.dialog.set_kdf_busy(False)

    def _strengthened(self) -> None:
        self._show_kdf()
        prompt = self.dialog.kdf_prompt
        if prompt is not None:
            prompt.set_busy(False)
            prompt.accept()
        self.dialog.kdf_status.setText(
            self.tr("Done: the passphrase now protects the key at “%s”.") % self.dialog.kdf_combo.currentText()
        )

    def _not_strengthened(self, error: MyVendorsError) -> None:
        prompt = self.dialog.kdf_prompt
        if prompt is None:
            self.dialog.kdf_status.setText(error_text(error))
        elif isinstance(error, WrongSecret):
            prompt.show_wrong_current()
        else:
            prompt.show_error(error_text(error))
