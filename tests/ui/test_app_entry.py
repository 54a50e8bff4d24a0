"""`myvendors [PATH]`: the checks before Qt starts, and the app that then opens the vault."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import unlock_window

from myvendors import app as app_module
from myvendors.errors import EXIT_UNAVAILABLE, MyVendorsError, PlatformUnsupported, WrongSecret
from myvendors.ui.crash import ErrorDialogHook
from myvendors.ui.first_run import FirstRunWindow
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault import NoKeyStore
from myvendors.vault.recent import last_vault, remember_last_vault, vault_to_open


def test_no_screen_is_said_plainly() -> None:
    problem = app_module.display_problem({}, "linux")
    assert problem is not None and "no screen" in problem


def test_missing_xcb_libraries_are_named_as_debian_packages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "library_loadable", lambda soname: not soname.startswith("libxcb-cursor.so"))
    problem = app_module.display_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert "libxcb-cursor0" in problem
    assert app_module.XCB_PACKAGES in problem  # the whole apt-get line, ready to paste
    for package in ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxcb-xkb1", "libxkbcommon-x11-0", "libxcb-shape0"]:
        assert package in problem


def test_installed_libraries_are_found_and_missing_ones_are_not() -> None:
    assert app_module.library_loadable("libc.so.6") is (sys.platform == "linux")
    assert not app_module.library_loadable("libmyvendors-no-such-library.so.0")


def test_no_problem_when_qt_is_told_what_to_use_or_on_wayland_or_elsewhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "library_loadable", lambda soname: False)
    assert app_module.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert app_module.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert app_module.display_problem({}, "darwin") is None


def test_without_argon2_the_app_says_so_once_its_window_is_up_and_quits(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The check imports cryptography, which the first window does not need: it runs on the worker
    # once the window is painted, and the app then says why it cannot go on and quits.
    hardened: list[bool] = []
    monkeypatch.setattr(app_module, "harden_process", lambda: hardened.append(True))
    monkeypatch.setattr(app_module, "SystemKeyStore", lambda: NoKeyStore("test"))
    monkeypatch.setattr(app_module.signal, "signal", lambda signum, handler: None)

    def missing() -> None:
        raise PlatformUnsupported("This installation's OpenSSL has no Argon2id.")

    told: list[tuple[str, bool]] = []

    def tell(parent: object, error: MyVendorsError) -> None:
        told.append((error.message, isinstance(parent, FirstRunWindow) and not parent.isEnabled()))

    monkeypatch.setattr(app_module, "check_argon2_available", missing)
    monkeypatch.setattr(app_module, "tell_unavailable", tell)
    assert app_module.main([]) == EXIT_UNAVAILABLE
    assert hardened == [True]
    assert told == [("This installation's OpenSSL has no Argon2id.", True)]  # over the disabled window
    assert "Argon2id" in capsys.readouterr().err


def test_main_says_there_is_no_screen_instead_of_aborting(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(app_module, "harden_process", lambda: None)
    monkeypatch.setattr(app_module, "display_problem", lambda: "MyVendors cannot open a window: there is no screen.")
    assert app_module.main([]) == EXIT_UNAVAILABLE
    assert "no screen" in capsys.readouterr().err


def test_main_rejects_extra_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert app_module.main(["a.myvendors", "b.myvendors"]) == 2
    assert "usage" in capsys.readouterr().err


_RUN_AND_LOOK = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from myvendors import app
from myvendors.vault import NoKeyStore

app.SystemKeyStore = lambda: NoKeyStore("no keyring in this test")
qapp = QApplication([])

def look_then_quit():
    print(sorted(type(w).__name__ for w in qapp.topLevelWidgets() if w.isVisible()))
    qapp.quit()

QTimer.singleShot(300, look_then_quit)
sys.exit(app.main(sys.argv[1:]))
"""


@pytest.mark.real_kdf  # the child process is the real app: it would refuse a test-KDF vault
def test_main_opens_the_requested_vault_then_quits(existing_vault: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _RUN_AND_LOOK, str(existing_vault)], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "['UnlockWindow']" in done.stdout
    assert last_vault() is None  # only a successful unlock or create counts as "opened"


@pytest.mark.real_kdf  # the child process is the real app: it would refuse a test-KDF vault
@pytest.mark.parametrize("vault", ["existing", "missing"])
def test_quit_when_shown_names_the_window_on_screen_and_quits(existing_vault: Path, tmp_path: Path, vault: str) -> None:
    path = existing_vault if vault == "existing" else tmp_path / "new.myvendors"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "myvendors", str(path), "--quit-when-shown"],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    expected = "UnlockWindow" if vault == "existing" else "FirstRunWindow"
    assert done.stdout.startswith(f"shown: {expected}: MyVendors"), done.stdout
    assert not path.exists() or vault == "existing"  # looking creates nothing


def test_desktop_app_starts_on_the_last_vault(qtbot: QtBot, qapp: QApplication, existing_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module.signal, "signal", lambda signum, handler: None)
    remember_last_vault(existing_vault)
    desktop = app_module.DesktopApp(qapp, vault_to_open(None), keystore=NoKeyStore("test"), kdf_seconds=0)
    try:
        desktop.start()
        window = unlock_window(qtbot, desktop.controller)
        assert isinstance(window, UnlockWindow) and window.vault_path == existing_vault.absolute()
    finally:
        desktop.dispose()


def test_first_run_when_there_is_no_vault_yet(qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module.signal, "signal", lambda signum, handler: None)
    assert last_vault() is None
    path = vault_to_open(None)
    assert path.parent == Path(os.environ["MYVENDORS_DATA_DIR"])
    desktop = app_module.DesktopApp(qapp, path, keystore=NoKeyStore("test"), kdf_seconds=0)
    try:
        desktop.start()
        qtbot.waitUntil(lambda: isinstance(desktop.controller.window, FirstRunWindow))
    finally:
        desktop.dispose()


def test_recent_vault_file_is_forgiving(tmp_path: Path) -> None:
    config = Path(os.environ["MYVENDORS_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "recent.json").write_text("{not json", encoding="utf-8")
    assert last_vault() is None
    remember_last_vault(tmp_path / "a.myvendors")
    assert last_vault() == tmp_path / "a.myvendors"
    assert vault_to_open(tmp_path / "b.myvendors") == tmp_path / "b.myvendors"
    assert (config / "recent.json").stat().st_mode & 0o077 == 0


def test_expected_errors_are_shown_as_their_text_and_bugs_as_bugs(qtbot: QtBot) -> None:
    hook = ErrorDialogHook()
    error = WrongSecret("That passphrase does not open this vault.")
    box = hook.make_dialog(type(error), error, None)
    qtbot.addWidget(box)
    assert box.text() == error.text() and not box.detailedText()
    assert isinstance(error, MyVendorsError)

    try:
        raise ValueError("boom " + PASSPHRASE[:0])
    except ValueError as bug:
        bug_box = hook.make_dialog(ValueError, bug, bug.__traceback__)
    qtbot.addWidget(bug_box)
    assert "This is a bug" in bug_box.text()
    assert "ValueError: boom" in bug_box.detailedText() and "Traceback" in bug_box.detailedText()
