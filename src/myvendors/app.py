"""The desktop app's entry point: `myvendors [PATH]` (or `myvendors-gui`) opens a vault window.

Before Qt starts, `main` hardens the process (private file modes, no core dumps) and turns Qt's
abort on a Linux desktop without the xcb libraries (or without any screen) into a plain message
naming what to install. Once the first window is painted, a worker checks that the cryptography
library has Argon2id (importing it costs the first window time it does not need); without it the
app says so, in a message box and on stderr, and quits with EXIT_UNAVAILABLE before any vault is
touched.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The services (pure Python) are imported before Qt, on purpose: once PySide6 is imported, it
# reads the source of every module imported after it, looking for `from __feature__ import`
# (its `feature_imported` import hook), which costs start-up time for each of the ~70 modules
# under these (cryptography, SQLCipher, platformdirs...).
from myvendors import APP_ID, APP_NAME, __version__
from myvendors.domain import leftovers, settings
from myvendors.errors import EXIT_UNAVAILABLE, EXIT_USAGE, MyVendorsError
from myvendors.vault import unlocking  # noqa: F401 (see above: the unlock window needs it)
from myvendors.vault.keystore import DeviceKeyStore, SystemKeyStore
from myvendors.vault.process import harden_process
from myvendors.vault.recent import StartRequest, what_to_open

# isort: split
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from myvendors.ui import i18n, icons, theme
from myvendors.ui.controller import AppController
from myvendors.ui.crash import ErrorDialogHook

# What Qt's xcb platform plugin loads on a Linux desktop, by soname and Debian package.
XCB_LIBRARIES = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
)
XCB_PACKAGES = " ".join(package for _, package in XCB_LIBRARIES)


def library_loadable(soname: str) -> bool:
    """Whether the dynamic loader finds `soname`, as Qt's plugin will (a dlopen: no `ldconfig -p`
    process per library, which `ctypes.util.find_library` would start on every launch)."""
    import ctypes  # only on an X11 desktop, where this is asked

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def display_problem(environ: os._Environ[str] | dict[str, str] | None = None, platform: str | None = None) -> str | None:
    """Why Qt could not open a window here (None when it can, or when Qt was told what to use)."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "MyVendors cannot open a window: there is no screen (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
            "Start it from a desktop session, or use the command line: `myvendors --help`."
        )
    if env.get("WAYLAND_DISPLAY"):
        return None  # Qt uses its Wayland plugin, which needs none of the xcb libraries
    missing = [package for soname, package in XCB_LIBRARIES if not library_loadable(soname)]
    if missing:
        return (
            "MyVendors cannot open a window: Qt's X11 (xcb) plugin needs libraries that are not installed "
            f"({', '.join(missing)}).\n"
            f"On Debian or Ubuntu install them with:\n\n    sudo apt-get install {XCB_PACKAGES}\n"
        )
    return None


def check_argon2_available() -> None:
    """Raise PlatformUnsupported when cryptography's OpenSSL lacks Argon2id (imports cryptography:
    run on the worker once the first window is painted)."""
    from myvendors.vault.envelope import check_argon2_available as check

    check()


def tell_unavailable(parent: QWidget | None, error: MyVendorsError) -> None:
    """Say, in a message box, why MyVendors cannot run here (tests replace it)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, error.message, QMessageBox.StandardButton.Close, parent)
    if error.detail:
        box.setInformativeText(error.detail)
    box.exec()


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="myvendors",
        description="Open a MyVendors vault in the desktop app (subcommands run the command line; see `myvendors --help`).",
    )
    parser.add_argument(
        "path", nargs="?", type=Path,
        help="the vault file (default: the one opened last), or a document from a vendor or contact "
             "(*.myvendors.jws, *.myvendors.jwe, *.jose) to import into the vault opened last, once unlocked",
    )
    parser.add_argument(
        "--quit-when-shown", action="store_true",
        help="open the first window, print its kind and title once it is on screen, then quit with 0: proves an "
             "installed copy starts (packaging tests, docs/TESTING.md)",
    )
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    try:
        args = _parse(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    harden_process()
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_UNAVAILABLE

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else APP_NAME])
    request = what_to_open(args.path)
    if request.document is not None and _forwarded(request.vault, request.document):
        print(f"myvendors: {request.document.name} went to the MyVendors that has {request.vault.name} open.")
        return 0
    desktop = DesktopApp(app, request.vault, keystore=SystemKeyStore())
    desktop.start()
    desktop.open_on_start(request)
    if args.quit_when_shown:
        desktop.controller.when_on_screen(lambda: _report_shown(desktop))
    try:
        return int(app.exec())
    finally:
        desktop.dispose()


def _forwarded(vault: Path, document: Path) -> bool:
    """Whether another MyVendors has `vault` open and took `document` (ui/forwarding.py)."""
    from myvendors.ui.forwarding import forward
    from myvendors.vault.files import in_use

    return in_use(vault) and forward(vault, document)


class DesktopApp:
    """The running app: application settings, the error dialog hook, signal handlers, the controller."""

    def __init__(self, app: QApplication, vault_path: Path, *, keystore: DeviceKeyStore, kdf_seconds: float | None = None) -> None:
        self.app = app
        app.setApplicationName(APP_NAME)  # also X11's WM_CLASS class: the desktop file's StartupWMClass
        app.setApplicationVersion(__version__)
        # The desktop file's name: docks and task bars (Wayland's app id, X11's startup notification)
        # match the window to packaging/linux/<APP_ID>.desktop, its name and icon.
        app.setDesktopFileName(APP_ID)
        app.setStyle("Fusion")
        theme.apply(app, str(settings.device_get("theme")))  # this device's choice, before any window
        self.translators = i18n.install(app, str(settings.device_get("language")))
        app.setWindowIcon(icons.app_icon())
        self.hook = ErrorDialogHook(app)
        if kdf_seconds is None:
            self.controller = AppController(vault_path, keystore=keystore)
        else:
            self.controller = AppController(vault_path, keystore=keystore, kdf_seconds=kdf_seconds)
        self._previous_handlers: dict[int, Any] = {}
        self._wake: QTimer | None = None
        self.notice: QMessageBox | None = None  # what `open_on_start` had to say, while it is shown

    def start(self) -> None:
        # Decrypted "Open" copies of an app that was killed: removed before anything else.
        with contextlib.suppress(OSError):
            leftovers.remove_stale_open_copies()
        self.hook.install()
        self.app.aboutToQuit.connect(self.controller.shutdown)
        # Ctrl+C or a polite kill in the terminal locks the vault and quits, like the Quit action.
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._previous_handlers[signum] = signal.signal(signum, self._on_signal)
        self._wake = QTimer(self.app)  # lets Python run its signal handlers while Qt's loop runs
        self._wake.timeout.connect(_wake_python)
        self._wake.start(250)
        self.controller.start()
        self.controller.when_on_screen(self._check_platform)

    def open_on_start(self, request: StartRequest) -> None:
        """The rest of what the command line asked for: a document to import once the vault is
        unlocked, or why the file given could not be opened (said over the first window)."""
        if request.problem is not None:
            self.controller.when_on_screen(lambda: self._tell(i18n.translated(request.problem)))
        if request.document is not None:
            document = request.document
            self.controller.when_on_screen(lambda: self._import_once_unlocked(request.vault, document))

    def _import_once_unlocked(self, vault: Path, document: Path) -> None:
        """Import `document` once `vault` is unlocked; if another MyVendors has the vault open, say where
        to import it instead. (After the first paint: the lock check loads the vault service.)"""
        from myvendors.vault.files import in_use

        if in_use(vault):
            self._tell(QCoreApplication.translate(
                "DesktopApp",
                "The vault %s is already open in another MyVendors window. Import %s there: "
                "Sharing ▸ Import vendor's answer…, then Open a file…",
            ) % (vault.name, document.name))
            return
        self.controller.import_after_unlock(document)

    def _tell(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, self.controller.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._told)
        self.notice = box
        box.open()

    def _told(self) -> None:
        self.notice = None

    def _check_platform(self) -> None:
        job = self.controller.worker.submit(check_argon2_available)
        job.failed.connect(self._platform_unsupported)

    def _platform_unsupported(self, error: MyVendorsError) -> None:
        """No Argon2id here: nothing can be unlocked or created safely. Say so and quit."""
        print(f"myvendors: {error.text()}", file=sys.stderr)
        window = self.controller.window
        if window is not None:
            window.setEnabled(False)
        tell_unavailable(window, error)
        self.controller.shutdown()
        self.app.exit(EXIT_UNAVAILABLE)

    def _on_signal(self, signum: int, frame: object) -> None:
        self.controller.quit()

    def dispose(self) -> None:
        """Lock, and undo what `start` changed in the process (for tests and a clean exit)."""
        self.controller.shutdown()
        if self._wake is not None:
            self._wake.stop()
            self._wake.deleteLater()
            self._wake = None
        for signum, handler in self._previous_handlers.items():
            signal.signal(signum, handler)
        self._previous_handlers.clear()
        self.hook.uninstall()
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.aboutToQuit.disconnect(self.controller.shutdown)
        window = self.controller.window
        if window is not None:
            window.hide()
            window.deleteLater()
        self.controller.deleteLater()


def _report_shown(desktop: DesktopApp) -> None:
    """`--quit-when-shown`: say which window is on screen (one line: its class and title), then quit."""
    window = desktop.controller.window
    kind = type(window).__name__ if window is not None else "none"
    title = window.windowTitle() if window is not None else ""
    print(f"shown: {kind}: {title}", flush=True)
    desktop.app.exit(0 if window is not None and window.isVisible() else 1)


def _wake_python() -> None:
    return None
