"""The settings dialog: every declared setting round-trips, refusals show at the field, and the
actions beside the settings (theme, clipboard, remember this device, key strength, back up now) work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE, MemoryKeyStore
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from test_mnemonics import _assert_unique
from ui_helpers import NO_KEYRING, WAIT_MS, unlock_with_passphrase, wait_idle

from myvendors.domain import settings
from myvendors.errors import WrongSecret
from myvendors.ui import i18n, icons, settings_dialog, theme
from myvendors.ui.main_window import MainWindow
from myvendors.ui.settings_dialog import FolderEdit, KdfPrompt, SettingsDialog
from myvendors.vault import Vault, list_backups
from myvendors.vault.envelope import KdfParams


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light")  # what the other tests and their screenshots expect


def _open(qtbot: QtBot, main: MainWindow) -> SettingsDialog:
    main.vault_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
    return next(d for d in main.findChildren(SettingsDialog) if d.isVisible())


def _ok(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_every_setting_round_trips_through_the_dialog(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _open(qtbot, main)
    assert set(dialog.editors) == {s.key for s in settings.SETTINGS}
    wanted = {
        "auto_lock_minutes": 7,
        "clipboard_clear_seconds": 12,
        "backups_kept": 4,
        "backup_folder": str(tmp_path / "elsewhere"),
        "reminder_days": "30, 7",
        "reminder_names_when_locked": True,
        "theme": "dark",
        "language": "en",
        "main_currency": "EUR",
        "exchange_rates": "GBP 1.17; USD 0.92",
        "alias_domain": "anna.example",
    }
    assert set(wanted) == set(dialog.editors), "a new setting needs a value here"
    for key, value in wanted.items():
        assert dialog.value(key) == settings.setting(key).default
        dialog.set_value(key, value)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _ok(qtbot, dialog)

    vault = controller.vault
    assert vault is not None
    stored = settings.all_values(vault.db)
    assert stored == wanted
    assert settings.device_get("theme") == "dark"  # on this device, not in the vault
    assert vault.db.get_setting("theme") is None
    assert main.clipboard.clear_after_ms == 12_000 and controller.idle.idle_ms == 7 * 60_000

    again = _open(qtbot, main)
    assert {key: again.value(key) for key in wanted} == wanted
    again.reject()


def test_each_setting_is_labelled_with_where_it_is_kept(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    dialog = _open(qtbot, main)
    for setting in settings.SETTINGS:
        page = dialog.tabs.widget(settings.SECTIONS.index(setting.section))
        assert page.isAncestorOf(dialog.editors[setting.key]), setting.key
    captions = {
        dialog.tabs.tabText(i).replace("&", ""): dialog.tabs.widget(i).findChild(QLabel, "whereKept").text()
        for i in range(dialog.tabs.count())
    }
    vault_name = existing_vault.name
    assert captions == {
        "Security": f"Kept in this vault ({vault_name}).",
        "Backups": f"Kept in this vault ({vault_name}).",
        "Reminders": f"Kept in this vault ({vault_name}).",
        "Appearance": "Kept on this device, for every vault; used before unlocking too.",
        "Money": f"Kept in this vault ({vault_name}).",
        "Privacy": f"Kept in this vault ({vault_name}).",
    }
    dialog.reject()


def test_alt_letters_are_unique_on_each_tab(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    dialog = _open(qtbot, main)
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _assert_unique(dialog, f"settings, {dialog.tabs.tabText(index)} tab")
    dialog.reject()


@pytest.mark.parametrize(
    ("folder", "says"),
    [("relative/folder", "must be a full path"), ("FILE", "is a file, not a folder")],
)
def test_a_refused_value_shows_its_message_at_the_field(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path, folder: str, says: str
) -> None:
    if folder == "FILE":
        folder = str(tmp_path / "a-file")
        Path(folder).write_text("not a folder")
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _open(qtbot, main)
    dialog.set_value("auto_lock_minutes", 3)
    dialog.tabs.setCurrentIndex(0)
    dialog.set_value("backup_folder", folder)
    _ok(qtbot, dialog)
    message = dialog._messages["backup_folder"]
    assert dialog.isVisible() and message.isVisible() and says in message.text()
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.editors["backup_folder"])  # the tab with the field
    assert controller.vault is not None
    assert settings.get(controller.vault.db, "auto_lock_minutes") == 10  # nothing of the refused save was written
    dialog.set_value("backup_folder", "")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _ok(qtbot, dialog)
    assert settings.get(controller.vault.db, "auto_lock_minutes") == 3


def test_the_editors_cannot_go_beyond_the_declared_bounds(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    dialog = _open(qtbot, main)
    for setting in settings.SETTINGS:
        editor = dialog.editors[setting.key]
        if isinstance(editor, QSpinBox):
            assert (editor.minimum(), editor.maximum()) == (setting.minimum, setting.maximum)
        elif isinstance(editor, QComboBox):
            assert [editor.itemData(i) for i in range(editor.count())] == [value for value, _ in setting.choices]
        elif isinstance(editor, QLineEdit):  # a text the service checks: a list of days, or its own rule
            assert setting.type is str and (setting.days_list or setting.check is not None)
        elif isinstance(editor, QCheckBox):
            assert setting.type is bool
        else:
            assert isinstance(editor, FolderEdit) and setting.folder
    assert dialog.editors["clipboard_clear_seconds"].specialValueText() == "Off"
    dialog.reject()


def test_the_theme_switch_changes_the_palette_and_the_icons(
    qtbot: QtBot, make_controller, existing_vault: Path, qapp: QApplication
) -> None:
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    lock_icon = main.lock_action.icon()

    def ink() -> int:  # the lightest opaque pixel of the lock icon as drawn now
        image = lock_icon.pixmap(20, 20).toImage()
        return max(image.pixelColor(x, y).lightness() for x in range(20) for y in range(20) if image.pixelColor(x, y).alpha() > 200)

    assert not theme.is_dark() and ink() < 60
    dialog = _open(qtbot, main)
    dialog.set_value("theme", "dark")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _ok(qtbot, dialog)
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert theme.is_dark() and window.lightness() < 80 and theme.current(qapp) == "dark"
    qtbot.waitUntil(lambda: main.palette().color(QPalette.ColorRole.Window) == window, timeout=WAIT_MS)  # open windows follow
    assert ink() > 200  # the icon already on the toolbar follows
    assert icons.icon("lock").pixmap(16, 16).toImage().pixelColor(8, 3).alpha() >= 0

    dialog = _open(qtbot, main)
    dialog.set_value("theme", "light")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _ok(qtbot, dialog)
    assert not theme.is_dark() and QGuiApplication.palette().color(QPalette.ColorRole.Window).name() == "#efefef"


def test_system_theme_follows_the_os_scheme(qapp: QApplication) -> None:
    theme.apply(qapp, "dark")
    assert theme.is_dark()
    theme.apply(qapp, "system")  # the offscreen platform reports no dark scheme: light
    assert not theme.is_dark() and qapp.styleHints().colorScheme() != Qt.ColorScheme.Dark
    with pytest.raises(ValueError, match="theme is one of"):
        theme.apply(qapp, "purple")


def test_light_and_dark_palettes_keep_text_readable() -> None:
    def contrast(a: QPalette, fg: QPalette.ColorRole, bg: QPalette.ColorRole) -> float:
        def luminance(role: QPalette.ColorRole) -> float:
            c = a.color(role)
            parts = [v / 255 for v in (c.red(), c.green(), c.blue())]
            lin = [p / 12.92 if p <= 0.03928 else ((p + 0.055) / 1.055) ** 2.4 for p in parts]
            return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

        high, low = sorted((luminance(fg), luminance(bg)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    Role = QPalette.ColorRole
    for kind in ("light", "dark"):
        pal = theme.palette(kind)
        for fg, bg in ((Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button),
                       (Role.Text, Role.AlternateBase)):
            assert contrast(pal, fg, bg) >= 4.5, (kind, fg, bg)  # WCAG AA for text
        assert contrast(pal, Role.HighlightedText, Role.Highlight) >= 3, kind  # Fusion's own light selection: 3.7


def test_the_clipboard_is_cleared_after_the_configured_seconds(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert main.clipboard.clear_after_ms == 30_000  # the default
    dialog = _open(qtbot, main)
    dialog.set_value("clipboard_clear_seconds", 1)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _ok(qtbot, dialog)
    assert main.clipboard.clear_after_ms == 1000

    clipboard = QGuiApplication.clipboard()
    main.clipboard.copy("correct horse")
    assert clipboard.text(QClipboard.Mode.Clipboard) == "correct horse"
    qtbot.wait(500)
    assert clipboard.text(QClipboard.Mode.Clipboard) == "correct horse"  # not before its time
    with qtbot.waitSignal(main.clipboard.cleared, timeout=3000):
        pass
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""

    main.clipboard.set_clear_after_seconds(0)  # "Off": no timer, but locking still clears it
    main.clipboard.copy("battery staple")
    qtbot.wait(300)
    assert clipboard.text(QClipboard.Mode.Clipboard) == "battery staple"
    controller.lock()
    assert clipboard.text(QClipboard.Mode.Clipboard) == ""


def test_remember_is_disabled_with_the_reason_without_a_keyring(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller = make_controller(existing_vault)  # NoKeyStore(NO_KEYRING)
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _open(qtbot, main)
    wait_idle(qtbot, controller)
    assert not dialog.remember_box.isEnabled() and not dialog.remember_box.isChecked()
    assert dialog.remember_reason.text() == NO_KEYRING and dialog.remember_box.toolTip() == NO_KEYRING
    dialog.reject()


def test_remember_and_forget_this_device(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    keystore = MemoryKeyStore()
    controller = make_controller(existing_vault, keystore=keystore)
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _open(qtbot, main)
    wait_idle(qtbot, controller)
    box = dialog.remember_box
    assert box.isEnabled() and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box itself
    assert not box.isEnabled()  # busy while the keyring and the envelope are written
    qtbot.waitUntil(box.isEnabled, timeout=WAIT_MS)
    assert box.isChecked() and keystore.entries
    assert controller.vault is not None and controller.vault.is_remembered(keystore)

    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box itself
    qtbot.waitUntil(box.isEnabled, timeout=WAIT_MS)
    wait_idle(qtbot, controller)
    assert not box.isChecked() and not keystore.entries and not controller.vault.is_remembered(keystore)
    dialog.reject()


@pytest.mark.real_kdf
def test_key_strength_apply_derives_the_key_again_and_the_passphrase_still_opens(
    qtbot: QtBot, make_controller, existing_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings_dialog, "KDF_STRENGTHS", (("standard", "Standard", 0.0), ("strong", "Strong", 0.01)))
    seen: list[float] = []
    original = Vault.change_passphrase

    def spy(self: Vault, current: str, new: str, *, kdf: KdfParams | None = None, kdf_seconds: float = 0.75) -> None:
        seen.append(kdf_seconds)
        original(self, current, new, kdf=kdf, kdf_seconds=kdf_seconds)

    monkeypatch.setattr(Vault, "change_passphrase", spy)
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    envelope_before = (existing_vault.parent / (existing_vault.name + ".envelope")).read_bytes()
    dialog = _open(qtbot, main)
    assert dialog.kdf_now.text() == "Now: Argon2id with 64 MiB of memory, 3 passes, 4 lanes."  # the floor (tests)
    calibrated = KdfParams(128 * 1024, 4, 4)
    monkeypatch.setattr("myvendors.vault.vault.calibrate", lambda seconds: calibrated)
    dialog.kdf_combo.setCurrentIndex(1)
    prompt = dialog.ask_kdf_passphrase()
    assert isinstance(prompt, KdfPrompt) and "Strong" in prompt.findChildren(type(dialog.kdf_status))[0].text()

    qtbot.keyClicks(prompt.passphrase_edit, "not the passphrase")
    qtbot.keyClick(prompt.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(prompt.message.isVisible, timeout=WAIT_MS)
    assert prompt.passphrase_edit.text() == "" and "not the current passphrase" in prompt.message.text()

    qtbot.keyClicks(prompt.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(prompt.accepted, timeout=WAIT_MS):
        qtbot.keyClick(prompt.passphrase_edit, Qt.Key.Key_Return)
        assert main.status_bar.progress.isVisible()  # the main window shows it is busy meanwhile
        dialog.reject()  # Escape while the key is derived: the dialog stays until it is done
        assert dialog.isVisible() and not dialog.buttons.isEnabled()
    wait_idle(qtbot, controller)
    assert seen == [0.01, 0.01] and "Done" in dialog.kdf_status.text() and not main.status_bar.progress.isVisible()
    assert dialog.kdf_now.text() == "Now: Argon2id with 128 MiB of memory, 4 passes, 4 lanes."
    assert controller.vault is not None and controller.vault.passphrase_kdf() == calibrated
    assert (existing_vault.parent / (existing_vault.name + ".envelope")).read_bytes() != envelope_before
    dialog.reject()
    controller.lock()
    with pytest.raises(WrongSecret):
        Vault.unlock(existing_vault, "not the passphrase")
    Vault.unlock(existing_vault, PASSPHRASE).close()


def test_back_up_now_from_the_dialog_uses_the_folder_shown(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path
) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _open(qtbot, main)
    target = tmp_path / "backup-target"
    dialog.set_value("backup_folder", str(target))
    dialog.set_value("backups_kept", 2)
    dialog.backup_button.click()
    qtbot.waitUntil(lambda: "Backed up to" in dialog.backup_status.text(), timeout=WAIT_MS)
    assert len(list_backups(existing_vault, folder=target)) == 1 and not list_backups(existing_vault)
    assert controller.vault is not None and settings.get(controller.vault.db, "backup_folder") == str(target)
    assert dialog.changes() == {}  # saved already: OK has nothing left to write
    for _ in range(2):
        main.vault_actions.backup_action.trigger()
        qtbot.waitUntil(main.vault_actions.backup_action.isEnabled, timeout=WAIT_MS)
    assert len(list_backups(existing_vault, folder=target)) == 2  # the menu's Back up now uses it too, keeps 2
    dialog.reject()


def test_only_languages_with_a_translation_are_offered() -> None:
    codes = [code for code, _ in settings.LANGUAGES]
    assert "en" in codes
    assert sorted(c for c in codes if c != "en") == i18n.available()


def test_closing_the_dialog_while_a_backup_runs_is_fine(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    dialog = _open(qtbot, main)
    dialog.backup_button.click()
    assert not main.vault_actions.backup_action.isEnabled()
    dialog.reject()
    qtbot.waitUntil(main.vault_actions.backup_action.isEnabled, timeout=WAIT_MS)  # the result finds no dialog: no error
    assert len(list_backups(existing_vault)) == 1 and "Backed up to" in main.statusBar().currentMessage()
