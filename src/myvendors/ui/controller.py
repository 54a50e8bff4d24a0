"""The app's flow: first run or unlock for a vault path, the main window once unlocked, and locking.

`AppController` owns the one unlocked `Vault` (or none), the worker that runs key derivations
and keyring calls, and the idle watcher. The windows are views: they report what the user
asked for and the controller calls the services. Locking (Ctrl+L, idle, the screen locking, quitting) closes the
vault, empties and deletes the main window, and shows a fresh unlock window.
"""

from __future__ import annotations

import functools
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, QRect, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from myvendors.domain import settings
from myvendors.errors import InvalidInput, MyVendorsError, VaultDamaged, VaultNotFound, WrongSecret
from myvendors.ui import keyring_text
from myvendors.ui.i18n import error_text, translated
from myvendors.ui.idle import IdleWatcher, minutes_to_ms
from myvendors.ui.qtcompat import emit
from myvendors.ui.unlock import UnlockWindow
from myvendors.ui.widgets import fit_to_content
from myvendors.ui.worker import Worker
from myvendors.vault import unlocking
from myvendors.vault.constants import DEFAULT_KDF_SECONDS
from myvendors.vault.recent import remember_last_vault

if TYPE_CHECKING:
    from myvendors.ui.clipboard import SensitiveClipboard
    from myvendors.ui.first_run import FirstRunWindow
    from myvendors.ui.forwarding import DocumentReceiver
    from myvendors.ui.main_window import MainWindow
    from myvendors.ui.notifications import ReminderNotifier
    from myvendors.ui.screen_lock import ScreenLockWatcher
    from myvendors.vault.keystore import DeviceKeyStore
    from myvendors.vault.vault import Vault

# The windows are imported when first shown, not at start: the main window (and with it sharing,
# import, export, iCalendar...) when a vault is first unlocked, the first-run window when a vault
# is to be created. The vault service itself (cryptography, SQLCipher) is imported by the jobs
# that open a vault, on the worker, or ahead of them once the first window is painted (see
# `preload_vault`). tests/ui/test_startup_imports.py checks what the first window loads.


# How long the keyring check waits for the unlock window to be painted before it asks anyway
# (a window that is never exposed, e.g. started minimised, still learns what the keyring offers).
ON_SCREEN_WAIT_S = 2.0


def _is_instance(window: object, module: str, name: str) -> bool:
    """`isinstance(window, module.name)` without importing `module`: if it was never imported,
    no object of its class exists."""
    loaded = sys.modules.get(module)
    return loaded is not None and isinstance(window, getattr(loaded, name))


def preload_vault() -> None:
    """Import the vault service ahead of the first unlock or create (on the worker, once the first
    window is painted), so that the user's first unlock does not wait for it."""
    import myvendors.vault.vault  # noqa: F401


def _close_vault(result: Any) -> None:
    """`discard` for jobs that return an unlocked vault nobody is waiting for any more."""
    if isinstance(result, unlocking.Opened):
        result.vault.close()
    elif isinstance(result, tuple) and result and _is_instance(result[0], "myvendors.vault.vault", "Vault"):
        result[0].close()  # Vault.create's (vault, recovery key)


class _WhenOnScreen(QObject):
    """Calls `then()` once, after `window` is first exposed and painted: for work the window does
    not need to appear, so that it does not compete with the first paint."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then: Callable[[], object] | None = then
        self._handle = window.windowHandle()
        if self._handle is None or self._handle.isExposed():
            QTimer.singleShot(0, self._fire)
        else:
            self._handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._handle is not None and self._handle.isExposed():
            self._handle.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # runs once this expose, and so the paint, has been handled
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def _centred_on(window: QWidget, old: QWidget) -> QRect:
    """Where `window` goes to take `old`'s place: centred on it, but kept on `old`'s screen."""
    geometry = window.frameGeometry()
    geometry.moveCenter(old.frameGeometry().center())
    screen = old.screen()
    if screen is None:
        return geometry
    area = screen.availableGeometry()
    geometry.moveLeft(max(area.left(), min(geometry.left(), area.right() - geometry.width() + 1)))
    geometry.moveTop(max(area.top(), min(geometry.top(), area.bottom() - geometry.height() + 1)))
    return geometry


class _Migrating(QObject):
    """Carries "an older vault is being brought up to date" from the worker to the GUI thread."""

    started = Signal()


class AppController(QObject):
    """Decides which window shows, and holds the unlocked vault."""

    unlocked = Signal()
    locked = Signal()
    window_changed = Signal(QWidget)

    def __init__(
        self,
        vault_path: Path,
        *,
        keystore: DeviceKeyStore,
        kdf_seconds: float = DEFAULT_KDF_SECONDS,
        idle_ms: int | None = None,
        remember_last: bool = True,
        parent: QObject | None = None,
    ) -> None:
        """`kdf_seconds` is the Argon2id time to calibrate new passphrases to (0: the floor, for
        tests); `idle_ms` overrides the vault's auto-lock setting (tests use a few ms)."""
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.keystore = keystore
        self.kdf_seconds = kdf_seconds
        self._idle_override_ms = idle_ms
        self._remember_last = remember_last
        self.worker = Worker(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
        self._screen_lock: ScreenLockWatcher | None = None  # see `screen_lock`
        self._clipboard: SensitiveClipboard | None = None  # see `clipboard`
        self._vault: Vault | None = None
        self._window: QWidget | None = None
        self._notifier: ReminderNotifier | None = None  # see `notifier`
        self._on_screen = threading.Event()  # opened once the unlock window is painted (see _check_device)
        self._document: Path | None = None  # see `import_after_unlock`
        self._receiver: DocumentReceiver | None = None  # documents sent by another MyVendors while unlocked

    # -- state -----------------------------------------------------------------------------
    @property
    def vault(self) -> Vault | None:
        return self._vault

    @property
    def screen_lock(self) -> ScreenLockWatcher:
        """Locks the vault when the desktop's screen locks. Made when a vault is first unlocked (or
        when asked for): connecting to D-Bus takes time the first window does not need to spend."""
        if self._screen_lock is None:
            from myvendors.ui.screen_lock import ScreenLockWatcher

            self._screen_lock = ScreenLockWatcher(self)
            self._screen_lock.screen_locked.connect(self.lock)
        return self._screen_lock

    @property
    def clipboard(self) -> SensitiveClipboard:
        """The app's one clipboard service: every copy in every window goes through it, with the
        vault's "clear the clipboard after" setting; it outlives the windows (made when first needed)."""
        if self._clipboard is None:
            from myvendors.ui.clipboard import SensitiveClipboard

            self._clipboard = SensitiveClipboard(self)
        return self._clipboard

    @property
    def notifier(self) -> ReminderNotifier:
        """Tells each reminder once while the app runs, locked or not (made at the first unlock)."""
        if self._notifier is None:
            from myvendors.ui.notifications import ReminderNotifier

            self._notifier = ReminderNotifier(self, fallback=self._notice_in_window)
        return self._notifier

    def _notice_in_window(self, title: str, text: str) -> None:
        """Where the desktop has no tray: the reminder in the window on screen."""
        window = self._window
        if window is None:
            return
        show_notice = getattr(window, "show_notice", None)  # the unlock window's banner, the main window's status bar
        if callable(show_notice):
            show_notice(text)
        QApplication.alert(window)

    @property
    def window(self) -> QWidget | None:
        """The window on screen: first-run, unlock or main."""
        return self._window

    # -- choosing a window -----------------------------------------------------------------
    def start(self) -> None:
        self.open_path(self.vault_path)
        self.when_on_screen(lambda: self.worker.submit(preload_vault))

    def when_on_screen(self, then: Callable[[], object]) -> None:
        """Call `then()` once the window now shown has been painted (soon, when there is none)."""
        if self._window is None:
            QTimer.singleShot(0, then)
        else:
            _WhenOnScreen(self._window, then)

    def open_path(self, path: Path | str) -> None:
        """Show the unlock window for `path`, or the first-run window when nothing is there."""
        self.vault_path = Path(path)
        if unlocking.vault_exists(self.vault_path):
            self._show_unlock()
        else:
            self._show_first_run()

    def import_after_unlock(self, document: Path) -> None:
        """Open `document` in the Import vendor's answer dialog once the vault is unlocked (at once
        when it is): a document given on the command line, when the app starts."""
        self._document = document
        if self._vault is not None:
            self.when_on_screen(self._import_document)

    def _import_document(self) -> None:
        document, self._document = self._document, None
        import_file = getattr(self._window, "import_answer_file", None)  # the main window's
        if document is not None and callable(import_file):
            import_file(document)

    def create_at(self, path: Path | str) -> None:
        self.vault_path = Path(path)
        self._show_first_run()

    def _set_window(self, window: QWidget) -> None:
        self._on_screen.set()  # nothing waits for the previous window any more
        old, self._window = self._window, window
        if old is not None:
            window.move(_centred_on(window, old).topLeft())
        window.show()
        window.raise_()
        window.activateWindow()
        if old is not None:
            wipe = getattr(old, "wipe", None)
            if callable(wipe):
                wipe()
            old.hide()
            old.deleteLater()
        emit(self.window_changed, window)

    # -- first run -------------------------------------------------------------------------
    def _show_first_run(self) -> None:
        from myvendors.ui.first_run import FirstRunWindow

        window = FirstRunWindow(self.vault_path, clipboard=self.clipboard)
        window.create_requested.connect(functools.partial(self._create, window))
        window.save_kit_requested.connect(self._save_kit)
        window.continue_requested.connect(self._show_main)
        window.open_existing_requested.connect(self.open_path)
        fit_to_content(window)
        self._set_window(window)
        # The strength meter's zxcvbn takes a moment to import: on the worker, once the window is up,
        # so that neither the window nor the first keystroke waits for it.
        from myvendors.ui import strength

        _WhenOnScreen(window, lambda: self.worker.submit(strength.preload))

    def _create(self, window: FirstRunWindow, passphrase: str) -> None:
        path, kdf_seconds = self.vault_path, self.kdf_seconds
        window.set_busy(True)

        def create() -> tuple[Vault, str]:
            from myvendors.vault.vault import Vault

            return Vault.create(path, passphrase, kdf_seconds=kdf_seconds)

        job = self.worker.submit(create, discard=_close_vault)
        job.succeeded.connect(lambda result: self._created(window, *result))
        job.failed.connect(lambda exc: self._create_failed(window, exc))
        job.finished.connect(lambda: window.set_busy(False))

    def _created(self, window: FirstRunWindow, vault: Vault, recovery_key: str) -> None:
        self._vault = vault
        self.clipboard.set_clear_after_seconds(int(settings.get(vault.db, "clipboard_clear_seconds")))
        _ = self.screen_lock  # an open vault locks with the screen
        if self._remember_last:
            remember_last_vault(vault.path)
        window.show_recovery_key(recovery_key)

    @staticmethod
    def _create_failed(window: FirstRunWindow, error: MyVendorsError) -> None:
        window.set_busy(False)  # first, so that the field can take the focus back
        if isinstance(error, InvalidInput) and error.field == "passphrase":
            window.show_passphrase_error(error_text(error))
        else:
            window.show_error(error_text(error))

    def _save_kit(self, target: str) -> None:
        window = self._window
        if not _is_instance(window, "myvendors.ui.first_run", "FirstRunWindow") or self._vault is None:
            return
        window = cast("FirstRunWindow", window)
        from myvendors.vault.recovery_kit import write_recovery_kit

        try:
            write_recovery_kit(Path(target), self._vault.path, window.recovery_key)
        except OSError as exc:
            window.show_kit_error(self.tr("The recovery kit could not be saved: %s") % (exc.strerror or exc))
            return
        window.show_kit_saved(target)

    # -- unlock ----------------------------------------------------------------------------
    def _show_unlock(self) -> None:
        window = UnlockWindow(self.vault_path)
        window.unlock_requested.connect(functools.partial(self._unlock, window))
        window.device_unlock_requested.connect(functools.partial(self._unlock_with_device, window))
        window.recover_requested.connect(functools.partial(self._recover, window))
        window.restore_requested.connect(functools.partial(self._restore, window))
        window.open_requested.connect(self.open_path)
        window.create_requested.connect(self.create_at)
        fit_to_content(window)
        self._set_window(window)
        self._check_device(window)

    def _check_device(self, window: UnlockWindow) -> None:
        """Whether this device can remember the vault, on the worker. The keyring is asked only when
        the vault's envelope has a device slot: a locked or new keyring raises its own prompt when
        asked, which she did not ask for. The job is submitted now but waits for the window's first
        paint before it starts: reading the envelope and the keyring takes CPU (and the GIL) the
        first paint needs."""
        path, keystore = self.vault_path, self.keystore
        on_screen = self._on_screen = threading.Event()
        _WhenOnScreen(window, on_screen.set)

        def slot() -> bool:
            on_screen.wait(ON_SCREEN_WAIT_S)
            return unlocking.has_device_slot(path)

        def failed(exc: MyVendorsError) -> None:
            if self._window is window:
                window.set_device_status(unlocking.DeviceStatus(False, error_text(exc)))

        def ask(has_slot: bool) -> None:
            if self._window is not window:  # another window by now (unlocked, another vault)
                return
            if not has_slot:
                window.set_device_status(unlocking.unasked_status(keystore))
                return
            window.show_checking_keyring()
            job = self.worker.submit(lambda: unlocking.device_status(path, keystore))
            job.succeeded.connect(window.set_device_status)
            job.failed.connect(failed)

        job = self.worker.submit(slot)
        job.succeeded.connect(ask)
        job.failed.connect(failed)

    def _run_unlock(self, window: UnlockWindow, call: Any, busy_text: str) -> None:
        """Run `call(on_migrate)` on the worker. An older vault is brought up to this version's
        schema while it opens, which can take a minute on a lifetime's data: `on_migrate` (called
        on the worker; the signal crosses to the GUI thread) makes the busy line say so."""
        window.set_busy(True, busy_text)
        migrating = _Migrating(self)
        migrating.started.connect(lambda: self._say_migrating(window))
        job = self.worker.submit(lambda: call(migrating.started.emit), discard=_close_vault)
        job.finished.connect(migrating.deleteLater)
        job.succeeded.connect(self._opened)
        job.failed.connect(lambda exc: self._unlock_failed(window, exc))
        job.finished.connect(lambda: self._unlock_finished(window))

    def _unlock(self, window: UnlockWindow, passphrase: str, remember: bool | None) -> None:
        path, keystore = self.vault_path, self.keystore
        self._run_unlock(
            window,
            lambda on_migrate: unlocking.unlock(
                path, passphrase, keystore=keystore, remember=remember, on_migrate=on_migrate
            ),
            self.tr("Unlocking…"),
        )

    def _unlock_with_device(self, window: UnlockWindow) -> None:
        path, keystore = self.vault_path, self.keystore
        self._run_unlock(
            window,
            lambda on_migrate: unlocking.unlock_with_device(path, keystore, on_migrate=on_migrate),
            self.tr("Unlocking with this device…"),
        )

    def _recover(self, window: UnlockWindow, recovery_key: str, new_passphrase: str) -> None:
        path, kdf_seconds = self.vault_path, self.kdf_seconds
        self._run_unlock(
            window,
            lambda on_migrate: unlocking.recover(
                path, recovery_key, new_passphrase, kdf_seconds=kdf_seconds, on_migrate=on_migrate
            ),
            self.tr("Unlocking and setting the new passphrase…"),
        )

    def _restore(self, window: UnlockWindow, backup: str, passphrase: str) -> None:
        path, keystore = self.vault_path, self.keystore
        self._run_unlock(
            window,
            lambda _on_migrate: unlocking.restore_and_unlock(path, Path(backup), passphrase, keystore=keystore),
            self.tr("Restoring the backup…"),
        )

    def _say_migrating(self, window: UnlockWindow) -> None:
        if self._window is window:
            window.set_busy(
                True,
                self.tr("Bringing the vault up to date…"),
                note=self.tr(
                    "This version of MyVendors brings the vault up to date, once; a backup is made first. "
                    "A large vault takes a minute or two."
                ),
            )

    def _unlock_finished(self, window: UnlockWindow) -> None:
        if self._window is window:
            window.set_busy(False)

    def _unlock_failed(self, window: UnlockWindow, error: MyVendorsError) -> None:
        recovering = window.showing_recovery()
        if recovering:
            window.set_busy(False)
            window.show_recovery_error(error_text(error), field=getattr(error, "field", None))
            return
        window.set_busy(False)
        if isinstance(error, WrongSecret):
            window.show_wrong_passphrase(error_text(error))
        elif isinstance(error, VaultDamaged):
            window.show_damaged(translated(error.message), detail=translated(error.detail) or None, backup=error.backup)
        elif isinstance(error, VaultNotFound):
            window.show_error(self.tr("%s Create a new vault or open another one below.") % error_text(error))
        else:
            window.show_error(keyring_text.error_text(error, keyring_text.UNLOCK))  # (others: their own text)

    def _opened(self, opened: unlocking.Opened) -> None:
        self._vault = opened.vault
        if self._remember_last:
            remember_last_vault(opened.vault.path)
        notice = opened.notice
        if opened.problem is not None:
            notice = keyring_text.error_text(opened.problem, keyring_text.AFTER_UNLOCK)
        self._show_main(notice=notice)

    # -- unlocked --------------------------------------------------------------------------
    def _show_main(self, notice: str | None = None) -> None:
        vault = self._vault
        if vault is None:
            return
        from myvendors.ui.main_window import MainWindow  # imported at the first unlock (see the top)

        window = MainWindow(
            vault, self.worker, kdf_seconds=self.kdf_seconds, keystore=self.keystore, clipboard=self.clipboard
        )
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.settings_changed.connect(self._apply_idle_setting)
        window.settings_changed.connect(self.notifier.check)  # a new schedule may bring a reminder round now
        self._set_window(window)
        if notice:
            window.statusBar().showMessage(translated(notice), 15_000)
        self._apply_idle_setting()
        self.idle.start()
        _ = self.screen_lock  # an open vault locks with the screen
        emit(self.unlocked)
        self.notifier.attach(vault.db)
        self._receive_documents(vault.path)
        if self._document is not None:
            self.when_on_screen(self._import_document)

    def _receive_documents(self, vault_path: Path) -> None:
        """While the vault is unlocked, a document double-clicked for it opens here (ui/forwarding.py)."""
        from myvendors.ui.forwarding import DocumentReceiver

        self._stop_receiving()
        self._receiver = DocumentReceiver(vault_path, self)
        self._receiver.received.connect(self._document_sent)
        self._receiver.listen()

    def _stop_receiving(self) -> None:
        receiver, self._receiver = self._receiver, None
        if receiver is not None:
            receiver.close()
            receiver.deleteLater()

    def _document_sent(self, document: Path) -> None:
        window = self._window
        if window is not None:
            window.raise_()
            window.activateWindow()
            QApplication.alert(window)
        self.import_after_unlock(document)

    def _apply_idle_setting(self) -> None:
        if self._idle_override_ms is not None:
            self.idle.set_idle_ms(self._idle_override_ms)
        elif self._vault is not None:
            self.idle.set_idle_ms(minutes_to_ms(int(settings.get(self._vault.db, "auto_lock_minutes"))))

    def lock(self) -> None:
        """Close the vault, empty and delete the main window, and show the unlock window."""
        if self._vault is None:
            return
        self._lock_vault()
        self._show_unlock()
        emit(self.locked)

    def _lock_vault(self) -> None:
        self.idle.stop()
        self._stop_receiving()
        self._on_screen.set()  # a keyring check still waiting for the paint goes ahead, and ends
        self.worker.shutdown()  # a running backup or passphrase change finishes first
        window = self._window
        if _is_instance(window, "myvendors.ui.main_window", "MainWindow"):
            cast("MainWindow", window).clear()
        elif _is_instance(window, "myvendors.ui.first_run", "FirstRunWindow"):
            cast("FirstRunWindow", window).wipe()
        if self._clipboard is not None:
            self._clipboard.clear_now()  # whatever was copied leaves with the vault
        if self._notifier is not None:
            self._notifier.detach()  # keeps what comes round, as neutral texts: the vault is still open
        vault, self._vault = self._vault, None
        if vault is not None:
            vault.close()

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()

    def shutdown(self) -> None:
        """Lock without showing anything (the app is quitting)."""
        self._lock_vault()
        if self._notifier is not None:
            self._notifier.stop()
        self.worker.shutdown()
