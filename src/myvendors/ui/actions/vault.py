"""The vault's own actions (the Vault menu): back up now, import vendors or a statement, export, change the
passphrase, forget every remembered device, and the settings dialog.

The slow ones run on the `Worker`, with the window held busy (`WindowHost.set_busy`) until they end.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from myvendors.domain import settings
from myvendors.domain import strength as strength_rule
from myvendors.domain.settings import SETTINGS
from myvendors.errors import Cancelled, InvalidInput, MyVendorsError, WrongSecret
from myvendors.ui import icons
from myvendors.ui.actions.settings import SettingsActions
from myvendors.ui.exporting import ExportDone, VaultExport
from myvendors.ui.i18n import error_text
from myvendors.ui.importing import VendorImport
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.progress import ProgressDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.vault.backups import backup_root

if TYPE_CHECKING:
    from collections.abc import Callable

    from myvendors.domain.importing import ImportOutcome
    from myvendors.domain.statements import StatementResult
    from myvendors.ui.actions.host import WindowHost
    from myvendors.ui.worker import Job, Worker
    from myvendors.vault import Backup, DeviceKeyStore


class VaultActions(QObject):
    """The Vault menu's actions and what they do, for the window `host`; lives as long as the window."""

    imported = Signal(object)  # ImportOutcome: vendors were added from a file
    statement_imported = Signal(object)  # StatementResult: payments were added from a statement
    settings_saved = Signal(dict)  # the changes the settings dialog wrote (vault and device settings)

    def __init__(
        self, host: WindowHost, worker: Worker, keystore: DeviceKeyStore, *, kdf_seconds: float, parent: QObject
    ) -> None:
        """`kdf_seconds`: how long a new passphrase's key derivation should take on this device."""
        super().__init__(parent)
        self._host = host
        self._worker = worker
        self._keystore = keystore
        self._kdf_seconds = kdf_seconds
        self.backup_action = self._action(self.tr("&Back up now"), "backup", "Ctrl+Shift+B", self.back_up_now)
        self.import_action = self._action(self.tr("&Import vendors…"), "import", "Ctrl+I", self.import_vendors)
        self.import_action.setToolTip(self.tr("Add vendors from a vCard or CSV file (Ctrl+I)"))
        self.import_statement_action = self._action(
            self.tr("Import s&tatement…"), "kind-money", "Ctrl+Shift+I", self.import_statement
        )
        self.import_statement_action.setToolTip(
            self.tr("Add payments from a bank or card statement (OFX, QFX or CSV) (Ctrl+Shift+I)")
        )
        self.export_action = self._action(self.tr("&Export…"), "export", "Ctrl+E", self.export_vault)
        self.export_action.setToolTip(self.tr("Write the vault as JSON, or renewal dates as iCalendar (Ctrl+E)"))
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), "key", None, self.change_passphrase
        )
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action = self._action(
            self.tr("&Settings…"), "settings", preferences if not preferences.isEmpty() else "Ctrl+,",
            self.open_settings,
        )
        self.forget_devices_action = self._action(
            self.tr("&Forget all remembered devices…"), "device", None, self.forget_all_devices
        )
        self.actions = (  # in the Vault menu's order
            self.backup_action,
            self.import_action,
            self.import_statement_action,
            self.export_action,
            self.change_passphrase_action,
            self.forget_devices_action,
            self.settings_action,
        )

    def _action(
        self, text: str, icon_name: str, shortcut: QKeySequence | str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(icons.icon(icon_name), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def fill_menu(self, menu: QMenu) -> None:
        for action in self.actions:
            menu.addAction(action)

    def set_enabled(self, enabled: bool) -> None:
        """Hold the actions (False) while the vault is busy, or free them again."""
        for action in self.actions:
            action.setEnabled(enabled)

    # -- backups ---------------------------------------------------------------------------
    def back_up_now(self) -> Job:
        vault = self._host.vault
        keep = int(settings.get(vault.db, "backups_kept"))
        folder = str(settings.get(vault.db, "backup_folder"))
        to = Path(folder) if folder else None
        text = self.tr("Backing up…")
        self._host.set_busy(text)
        job = self._worker.submit_with_progress(
            lambda control: vault.backup(
                reason="manual", keep=keep, to=to, progress=control.progress, cancelled=control.cancelled
            )
        )
        # shown if it takes a while
        ProgressDialog(self.tr("Back up now"), text, self._host.window(), units="bytes").follow(job)
        job.finished.connect(lambda: self._host.set_busy(None))
        job.succeeded.connect(self._backed_up)
        job.failed.connect(self._backup_failed)
        return job

    def _backup_failed(self, error: MyVendorsError) -> None:
        if isinstance(error, Cancelled):
            self._host.show_status(self.tr("Backup cancelled; no backup was made."))
        else:
            self._host.show_error(error)

    def _backed_up(self, backup: Backup) -> None:
        self._host.show_status(self.tr("Backed up to %s") % backup.folder)

    # -- import and export -------------------------------------------------------------------
    def import_vendors(self) -> None:
        """Choose a vCard or CSV file, preview what it adds, and add it in one go (ui/importing.py)."""
        vault = self._host.vault
        flow = VendorImport(self._host.window(), self._worker, vault.connection, self._host.set_busy)
        flow.imported.connect(self._imported)
        flow.choose_and_start()

    def _imported(self, outcome: ImportOutcome) -> None:
        emit(self.imported, outcome)  # the vendors page lists them, the first one shown
        count = len(outcome.created)
        text = self.tr("Imported 1 vendor.") if count == 1 else self.tr("Imported %d vendors.") % count
        self._host.show_status(text)

    def import_statement(self) -> None:
        """Choose a statement, check its columns and payees, and add its payments (ui/statements/)."""
        from myvendors.ui.statements import StatementImport  # loads the OFX parser: when first used, not with the window

        vault = self._host.vault
        flow = StatementImport(self._host.window(), self._worker, vault.connection, self._host.set_busy)
        flow.imported.connect(self._statement_imported)
        flow.choose_and_start()

    def _statement_imported(self, result: StatementResult) -> None:
        self._host.refresh()  # the vendors, their timelines and the overview show the payments
        emit(self.statement_imported, result)
        self._host.show_status(
            self.tr("Imported 1 payment.") if result.added == 1 else self.tr("Imported %d payments.") % result.added
        )

    def export_vault(self) -> None:
        """Write the vault as JSON or its dates as iCalendar to a chosen file (ui/exporting.py)."""
        vault = self._host.vault
        flow = VaultExport(self._host.window(), self._worker, vault.connection, self._host.set_busy)
        flow.exported.connect(self._exported)
        flow.cancelled.connect(lambda: self._host.show_status(self.tr("Export cancelled; no file was written.")))
        flow.choose_and_start(vault.path.stem)

    def _exported(self, done: ExportDone) -> None:
        self._host.show_status(self.tr("Exported to %s") % done.path)

    # -- the passphrase and the devices ------------------------------------------------------
    def change_passphrase(self) -> None:
        vault = self._host.vault
        # zxcvbn is told her profile and vendors' names (a bounded, cheap query), so "Netflix2024!" is weak.
        words = strength_rule.vault_words(vault.db, vault.path)
        dialog = ChangePassphraseDialog(self._host.window(), user_inputs=tuple(words))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda current, new: self._change_passphrase(dialog, current, new))
        dialog.open()

    def _change_passphrase(self, dialog: ChangePassphraseDialog, current: str, new: str) -> None:
        vault, kdf_seconds = self._host.vault, self._kdf_seconds
        dialog.set_busy(True)
        self._host.set_busy(self.tr("Changing the passphrase…"))
        job = self._worker.submit(lambda: vault.change_passphrase(current, new, kdf_seconds=kdf_seconds))
        job.finished.connect(lambda: self._passphrase_job_done(dialog))
        job.succeeded.connect(lambda _: self._passphrase_changed(dialog))
        job.failed.connect(lambda exc: self._passphrase_not_changed(dialog, exc))

    def _passphrase_job_done(self, dialog: ChangePassphraseDialog) -> None:
        self._host.set_busy(None)
        dialog.set_busy(False)

    def _passphrase_changed(self, dialog: ChangePassphraseDialog) -> None:
        dialog.set_busy(False)
        dialog.accept()
        self._host.show_status(self.tr("Passphrase changed. Use the new one from now on."))

    def _passphrase_not_changed(self, dialog: ChangePassphraseDialog, error: MyVendorsError) -> None:
        if isinstance(error, WrongSecret):
            dialog.show_wrong_current()
        elif isinstance(error, InvalidInput):
            dialog.show_error(error_text(error), error.field)
        else:
            dialog.show_error(error_text(error))

    def forget_all_devices(self) -> None:
        """Revoke every device that remembers this vault (a lost laptop), after asking."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Forget all remembered devices"),
            self.tr(
                "Every computer that remembers this vault, this one included, will need the passphrase "
                "next time. Use this if a device that remembered the vault was lost or sold."
            ),
            QMessageBox.StandardButton.Cancel,
            self._host.window(),
        )
        forget = box.addButton(self.tr("Forget them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._forget_all_devices() if button is forget else None)
        box.open()

    def _forget_all_devices(self) -> None:
        try:
            count = self._host.vault.forget_all_devices()
        except MyVendorsError as exc:
            self._host.show_error(exc)
            return
        self._host.show_status(self.tr("No device remembers this vault any more (%n removed).", "", count))

    # -- settings --------------------------------------------------------------------------
    def open_settings(self, section: str | None = None) -> None:
        """The settings dialog; `section` (e.g. "money"): open at that tab."""
        vault = self._host.vault
        dialog = SettingsDialog(
            SETTINGS,
            settings.all_values(vault.db),
            self._host.window(),
            vault_name=vault.path.name,
            default_backup_folder=str(backup_root(vault.path).parent),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actions = SettingsActions(dialog, self._host, self._worker, self._keystore)
        actions.saved.connect(lambda changes: emit(self.settings_saved, changes))
        actions.backup_wanted.connect(lambda: self._back_up_from(dialog))
        if section is not None:
            dialog.show_section(section)
        dialog.open()

    def _back_up_from(self, dialog: SettingsDialog) -> None:
        dialog.show_backup_started()
        job = self.back_up_now()
        job.succeeded.connect(dialog.show_backup_done)  # bound methods: nothing arrives once the dialog is gone
        job.failed.connect(dialog.show_backup_failed)
