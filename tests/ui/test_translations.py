"""Translations: the shipped .qm files are compiled from the committed .ts files, every text is
translated, and the German windows keep one Alt+letter per control."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_mnemonics import _MNEMONIC, _assert_unique
from conftest import speaking
from ui_helpers import WAIT_MS, first_run_window, unlock_window, unlock_with_passphrase

from myvendors.domain import settings
from myvendors.ui import i18n
from myvendors.ui.settings_dialog import DECLARED_TEXTS, SECTION_TITLES, SettingsDialog

TS_FILES = sorted(i18n.i18n_dir().glob("*.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_there_is_a_ts_file_for_each_offered_language_but_english() -> None:
    offered = sorted(code for code, _ in settings.LANGUAGES if code != "en")
    assert [ts.stem.removeprefix("myvendors_") for ts in TS_FILES] == offered == i18n.available()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_qm_file_is_compiled_from_the_ts_file(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=60)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run `make translations` after editing {ts.name}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_text_is_translated_and_keeps_its_placeholders(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"not translated: {source!r}"
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        for form in forms:
            assert form.strip(), f"empty translation of {source!r}"
            for placeholder in ("%s", "%d", "%n", "%.1f"):
                assert form.count(placeholder) == source.count(placeholder), (source, form)
            assert len(_MNEMONIC.findall(form.replace("&&", ""))) == len(_MNEMONIC.findall(source.replace("&&", ""))), (
                f"{source!r} has an Alt+letter, its translation {form!r} must have one too (or neither)"
            )


def test_every_declared_setting_text_is_marked_for_translation() -> None:
    own_names = {name for _, name in settings.LANGUAGES}  # a language is named in its own language
    texts = {text for s in settings.SETTINGS for text in (s.label, s.help, *(label for _, label in s.choices))}
    assert texts - own_names <= set(DECLARED_TEXTS)
    assert set(SECTION_TITLES) == set(settings.SECTIONS)



# What each translation's windows must say (exactly), besides keeping their Alt letters apart.
WINDOW_WORDS = {
    "de": {
        "unlock": "&Entsperren", "settings": "Einstellungen",
        "menus": ["&Tresor", "&Bearbeiten", "&Gehe zu", "A&nbieter", "An&fragen", "Te&ilen", "&Hilfe"],
        "tabs": ["Sicherheit", "Sicherungen", "Erinnerungen", "Erscheinungsbild", "Geld", "Datenschutz"],
    },
    "fr": {
        "unlock": "&Déverrouiller", "settings": "Paramètres",
        "menus": ["&Coffre", "É&dition", "&Aller à", "&Fournisseurs", "De&mandes", "&Partage", "A&ide"],
        "tabs": ["Sécurité", "Sauvegardes", "Rappels", "Apparence", "Finances", "Confidentialité"],
    },
}


@pytest.mark.parametrize("language", sorted(WINDOW_WORDS))
def test_the_windows_speak_each_language_with_unique_alt_letters(
    qtbot: QtBot, make_controller, existing_vault: Path, vault_path: Path, qapp: QApplication, language: str
) -> None:
    words = WINDOW_WORDS[language]
    with speaking(qapp, language):
        _check_windows(qtbot, make_controller, existing_vault, vault_path, language, words)


def _check_windows(qtbot: QtBot, make_controller, existing_vault: Path, vault_path: Path, language: str,
                   words: dict) -> None:
    controller = make_controller(existing_vault)
    unlock = unlock_window(qtbot, controller)
    assert unlock.unlock_page.unlock_button.text() == words["unlock"]
    _assert_unique(unlock, f"unlock window ({language})")
    unlock.show_recovery_page()
    _assert_unique(unlock, f"recovery page ({language})")

    controller.open_path(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    bar = main.menuBar()
    assert [a.text() for a in bar.actions()] == words["menus"]
    letters = [m.lower() for a in bar.actions() for m in _MNEMONIC.findall(a.text())]
    assert len(letters) == len(set(letters))
    for action in bar.actions():
        items = [m.lower() for item in action.menu().actions() for m in _MNEMONIC.findall(item.text())]
        assert len(items) == len(set(items)), action.text()
    for page in (main.vendors_page.pane, main.reputation_page):
        on_page = {m.lower() for m in _MNEMONIC.findall(" ".join(w.text() for w in page.findChildren(type(main.status_bar.state_label))
                                                                if w.buddy() is not None))}
        assert not on_page & set(letters), f"{page.accessibleName()}: Alt+{on_page & set(letters)} is also a menu"

    main.vault_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(SettingsDialog) if d.isVisible())
    assert dialog.windowTitle() == words["settings"]
    assert [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())] == words["tabs"]
    tab_letters = [m.lower() for i in range(dialog.tabs.count()) for m in _MNEMONIC.findall(dialog.tabs.tabText(i))]
    assert len(tab_letters) == dialog.tabs.count() == len(set(tab_letters))
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        _assert_unique(dialog, f"settings ({language}), tab {index}")
        page_letters = {m.lower() for label in dialog.tabs.currentWidget().findChildren(type(main.status_bar.state_label))
                        if label.buddy() is not None for m in _MNEMONIC.findall(label.text())}
        assert not page_letters & set(tab_letters)
    dialog.reject()
    controller.lock()

    controller.create_at(vault_path.with_name("other.myvendors"))
    first = first_run_window(qtbot, controller)
    _assert_unique(first.create_page, f"create page ({language})")
    _assert_unique(first.recovery_page, f"recovery key page ({language})")

