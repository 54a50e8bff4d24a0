"""The smaller things a first hour hits: Enter in the unlock window, importing
several files, the duplicate banner, no unsaved changes after an import, one clipboard service,
the interaction kinds explained, and the passphrase meter's words."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import vendors
from myvendors.ui.importing import ImportPreviewDialog
from myvendors.ui.main_window import MainWindow
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault.unlocking import DeviceStatus


# -- a) Enter unlocks from any field of the unlock window ------------------------------------
def test_enter_on_the_remember_box_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "home.myvendors")
    qtbot.addWidget(window)
    window.show()
    window.set_device_status(DeviceStatus(True, ""))
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    page.remember.setFocus()
    qtbot.keyClick(page.remember, Qt.Key.Key_Space)
    assert page.remember.isChecked()
    with qtbot.waitSignal(window.unlock_requested, timeout=1000) as signal:
        qtbot.keyClick(page.remember, Qt.Key.Key_Return)
    assert signal.args == [PASSPHRASE, True]
    with qtbot.waitSignal(window.unlock_requested, timeout=1000) as signal:
        qtbot.keyClick(page.remember, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert signal.args == [PASSPHRASE, True]


def test_enter_on_a_link_presses_that_link_not_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "home.myvendors")
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    unlocked: list[object] = []
    window.unlock_requested.connect(lambda *args: unlocked.append(args))
    page.use_recovery.setFocus()
    qtbot.keyClick(page.use_recovery, Qt.Key.Key_Return)
    assert window.showing_recovery() and not unlocked


# -- i) the meter's words agree with the weak-passphrase question ----------------------------
def test_every_score_below_the_rule_reads_as_weak_and_no_other_does() -> None:
    from myvendors.domain import strength as rule
    from myvendors.ui import strength

    for score in range(5):
        words = strength.describe(score)
        assert ("weak" in words) == (score < rule.MIN_SCORE), (score, words)
    assert strength.describe(2) == "weak"


def test_a_score_2_passphrase_reads_weak_beside_the_confirmation(qtbot: QtBot) -> None:
    from myvendors.ui.passphrase import NewPassphraseForm
    from myvendors.ui.strength import estimate

    candidate = "kangaroo7pie"
    assert estimate(candidate).score == 2  # zxcvbn's "somewhat guessable"
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.passphrase_edit, candidate)
    qtbot.waitUntil(lambda: form.meter.words != "Strength", timeout=3000)
    assert form.meter.words == "Strength: weak"
    assert form.weak_confirm.isVisible()


# -- b, d, e) importing ------------------------------------------------------------------------
REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")


@pytest.fixture
def main(qtbot: QtBot, make_controller, existing_vault: Path) -> MainWindow:
    return unlock_with_passphrase(qtbot, make_controller(existing_vault))


def _choose(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    """The file picker answers with `paths` (several files can be chosen at once)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(paths[0]), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))


def _preview(qtbot: QtBot, main: MainWindow) -> ImportPreviewDialog:
    main.vault_actions.import_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    return next(d for d in main.findChildren(ImportPreviewDialog) if d.isVisible())


def _import(qtbot: QtBot, main: MainWindow, dialog: ImportPreviewDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)


def _names(main: MainWindow) -> list[str]:
    return sorted(v.name for v in vendors.list_vendors(main.vault.db))


@needs_real_files
def test_several_files_import_at_once_into_one_preview(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_bytes(b"\x00\x01\x02 not text")
    files = [REAL / "vcard" / "vcard40_org.vcf", REAL / "vcard" / "v30_ios_613_multiline.vcf",
             REAL / "csv-vendors" / "contacts_export.csv", broken]
    _choose(monkeypatch, *files)
    dialog = _preview(qtbot, main)
    assert dialog.title.text() == "Import vendors from 4 files"
    assert not dialog.columns_box.isVisible()  # columns are chosen for one CSV file on its own
    origins = [dialog.model.index(row, dialog.model.ORIGIN).data() for row in range(dialog.model.rowCount())]
    assert origins == ["vcard40_org.vcf, card 1", "v30_ios_613_multiline.vcf, card 1",
                       "contacts_export.csv, line 2", "contacts_export.csv, line 3"]
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert problems[0].startswith("Not imported: broken.csv: ")  # the file that failed is named, with why
    assert "1 file cannot be imported" in dialog.banner.text()
    assert "1 repeats an earlier entry of these files" in dialog.banner.text()
    assert vendors.count_vendors(main.vault.db) == 0
    _import(qtbot, main, dialog)
    assert _names(main) == ["ABC, Inc.", "Acme", "Smith Auto Repair"]


@needs_real_files
def test_a_vendor_in_two_files_is_a_duplicate_and_nothing_is_written_until_import(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    again = tmp_path / "again.vcf"
    again.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Smith Auto Repair\r\nEND:VCARD\r\n", "utf-8")
    _choose(monkeypatch, REAL / "vcard" / "v30_ios_613_multiline.vcf", again)
    dialog = _preview(qtbot, main)
    assert dialog.model.is_duplicate(1)
    assert dialog.model.index(1, dialog.model.NOTE).data() == "Repeats v30_ios_613_multiline.vcf, card 1"
    assert "already have" not in dialog.banner.text()
    _import(qtbot, main, dialog)
    assert _names(main) == ["Smith Auto Repair"]


def test_a_file_alone_that_fails_still_says_so_and_several_that_all_fail_name_each(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first, second = tmp_path / "one.csv", tmp_path / "two.csv"
    first.write_bytes(b"\x00\x01")
    second.write_bytes(b"")
    _choose(monkeypatch, first, second)
    main.vault_actions.import_action.trigger()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in main.findChildren(QMessageBox)), timeout=WAIT_MS)
    box = next(b for b in main.findChildren(QMessageBox) if b.isVisible())
    assert box.text() == "None of the 2 files can be imported."
    assert "one.csv: " in box.informativeText() and "two.csv: " in box.informativeText()
    box.reject()


@needs_real_files
def test_the_banner_for_a_duplicate_within_the_file_says_so(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _choose(monkeypatch, REAL / "csv-vendors" / "contacts_export.csv")  # two rows for Acme
    dialog = _preview(qtbot, main)
    assert dialog.model.is_duplicate(1)
    assert "a vendor you already have" not in dialog.banner.text()
    assert "1 repeats an earlier entry in this file (see Note)." in dialog.banner.text()
    assert "a vendor you already have" not in dialog.duplicates_check.text()
    assert "repeats an earlier entry" in dialog.duplicates_check.text()
    _import(qtbot, main, dialog)
    _choose(monkeypatch, REAL / "csv-vendors" / "contacts_export.csv")
    dialog = _preview(qtbot, main)  # now Acme is in the vault: both rows say that
    assert "2 look like vendors you already have (see Note)." in dialog.banner.text()
    dialog.reject()


def test_an_import_leaves_no_vendor_showing_unsaved_changes(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cards = tmp_path / "cards.vcf"
    cards.write_bytes(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Bäckerei Müller\r\nFN:Anna Müller\r\n"
        "CATEGORIES:Food\\, Drink,Local\r\nNOTE:Open Mon\\nClosed Sun\r\nEND:VCARD\r\n".encode()
    )
    table = tmp_path / "list.csv"  # a note with line separators, as some exports write them
    table.write_text('Company,Notes,Tags\nFabrikam,"one\u2028two\u2029three","a, b"\n', "utf-8")
    profile = main.vendors_page.detail.profile

    def assert_clean() -> None:
        """The vendor on show has nothing unsaved (and leaving it saves nothing behind her back)."""
        assert profile.vendor is not None
        assert profile.changes() == {}, profile.vendor.name
        assert not profile.save_button.isEnabled() and not profile.revert_button.isEnabled()

    for chosen in (cards, table):
        _choose(monkeypatch, chosen)
        _import(qtbot, main, _preview(qtbot, main))
        assert_clean()  # the import shows its first vendor
    for vendor in vendors.list_vendors(main.vault.db):
        assert main.show_vendor(vendor.id)
        qtbot.waitUntil(lambda wanted=vendor.id: profile.vendor is not None and profile.vendor.id == wanted, timeout=WAIT_MS)
        assert_clean()
    stored = {v.name: v for v in vendors.list_vendors(main.vault.db)}
    assert stored["Fabrikam"].notes == "one\ntwo\nthree" and stored["Fabrikam"].tags == ("a", "b")
    assert stored["Bäckerei Müller"].notes.endswith("Open Mon\nClosed Sun")


# -- f) one clipboard service, owned by the controller, with the setting -------------------------
def test_the_wizards_copy_follows_the_clipboard_setting_through_the_controllers_service(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    from PySide6.QtGui import QClipboard, QGuiApplication

    from myvendors.domain import settings
    from myvendors.domain.sharing import packages
    from myvendors.ui.clipboard import clipboard_for
    from myvendors.ui.settings_dialog import SettingsDialog
    from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    service = controller.clipboard
    assert main.clipboard is service  # the window was handed the controller's service
    db = main.vault.db
    packages.set_profile(db, {"name": "Ann Example", "email": "ann@example.org"})
    shop = vendors.add_vendor(db, "Bike Shop", website="bikes.example")
    main.refresh()

    main.vault_actions.settings_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(SettingsDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(SettingsDialog) if d.isVisible())
    dialog.set_value("clipboard_clear_seconds", 7)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: service.clear_after_ms == 7000, timeout=WAIT_MS)

    wizard = main.sharing.open_wizard(vendor_id=shop.id)
    qtbot.waitExposed(wizard)
    assert clipboard_for(wizard) is service and clipboard_for(wizard.done_page) is service
    for page in (PAGE_CONTENT, PAGE_TERMS, PAGE_PREVIEW, PAGE_DONE):
        if page == PAGE_TERMS:
            content = wizard.content_page
            leaf = content.model.leaf("fields", "email")
            if leaf.checkState() != Qt.CheckState.Checked:
                content.tree.setFocus()
                content.tree.setCurrentIndex(leaf.index())
                qtbot.keyClick(content.tree, Qt.Key.Key_Space)
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=WAIT_MS)
    wizard.done_page.copy()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == wizard.shared.compact
    assert service._timer.isActive() and service._timer.interval() == 7000  # not a fixed 30 s
    assert wizard.done_page.status.text() == "Copied. The clipboard is cleared again in 7 seconds."

    settings.save(db, {"clipboard_clear_seconds": 0})
    service.set_clear_after_seconds(0)  # "Off": no timer; locking still clears it
    wizard.done_page.copy()
    assert not service._timer.isActive()
    assert "when the vault locks" in wizard.done_page.status.text()
    controller.lock()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""
    assert controller.clipboard is service  # the same service for the next unlock


def test_the_recovery_key_is_copied_through_the_controllers_service(
    qtbot: QtBot, make_controller, vault_path: Path
) -> None:
    from myvendors.ui.first_run import FirstRunWindow

    controller = make_controller(vault_path)
    qtbot.waitUntil(lambda: isinstance(controller.window, FirstRunWindow), timeout=WAIT_MS)
    window = controller.window
    assert window.clipboard is controller.clipboard


# -- h) the interaction kinds explained -------------------------------------------------------------
def test_every_interaction_kind_is_explained_in_the_list_and_under_it(qtbot: QtBot) -> None:
    from myvendors.domain.models import InteractionKind
    from myvendors.ui.pages.vendors.record_dialogs import InteractionDialog

    dialog = InteractionDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.kind_combo
    assert combo.count() == len(InteractionKind)
    tips = [combo.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(combo.count())]
    assert all(tip and tip.startswith(combo.itemText(i) + " — ") for i, tip in enumerate(tips))
    assert len(set(tips)) == len(tips)
    combo.setCurrentIndex(combo.findData(InteractionKind.VOUCH.value))
    assert dialog.kind_help.text() == "Vouched — you recommended them to someone"
    assert dialog.kind_help.isVisible() and combo.toolTip() == dialog.kind_help.text()
    combo.setCurrentIndex(combo.findData(InteractionKind.REBUFF.value))
    assert dialog.kind_help.text() == "Rebuffed — you turned down what they offered or asked"


# -- g) accepting an offer: the dialog says which vendor it goes to ----------------------------------
def test_accepting_an_offer_from_a_namesake_in_the_vault_says_it_links_to_it(qtbot: QtBot, new_vault) -> None:
    from myvendors.domain import requests
    from myvendors.domain.models import Money, OfferDraft, RequestDraft
    from myvendors.ui.models import offers as offer_views
    from myvendors.ui.pages.requests.dialogs import AcceptOfferDialog

    db = new_vault[0].db
    known = vendors.add_vendor(db, "Reifen Müller GmbH")
    request = requests.create_request(db, RequestDraft(title="Winter tyres"))
    requests.change_status(db, request.id, "open")
    offer = requests.add_offer(db, OfferDraft(request_id=request.id, sender="Reifen-Müller GmbH",
                                              price=Money.parse("420", "EUR")))
    [view] = offer_views.load(db, request.id)
    assert requests.matching_vendor(db, offer.id) == known.id
    dialog = AcceptOfferDialog(requests.get_request(db, request.id), view, 0, match=known.name)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "already in your vault as Reifen Müller GmbH" in dialog.summary()
    assert not dialog.name_edit.isVisible()  # no name to give: no new vendor is made
    with qtbot.waitSignal(dialog.submitted) as signal:
        dialog.ok_button.click()
    assert signal.args == [""]
    _, _, vendor_id = requests.accept_offer(db, offer.id)
    assert vendor_id == known.id and vendors.count_vendors(db) == 1
