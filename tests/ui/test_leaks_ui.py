"""Leak canaries in the desktop app: the Aliases tab (add an alias, record a leak from pasted public
headers and by hand, close it, show its headers, ask the vendor whom it gave the address to), the
lines that count leaks (Timeline band, Reputation tab, Overview), and the share wizard offering a
vendor its own address when she shares her e-mail."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from test_mnemonics import _MNEMONIC, _assert_unique, _mnemonics
from test_sharing_ui import _check, _next
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import leaks, vendors
from myvendors.domain.sharing import packages
from myvendors.storage import Database
from myvendors.ui.main_window import VENDORS, MainWindow
from myvendors.ui.models.leaks import AliasesModel
from myvendors.ui.pages.overview import LeakLink
from myvendors.ui.pages.vendors.leak_dialogs import AliasDialog, EvidenceDialog, LeakDialog
from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS, ShareWizard

HEADERS = Path(__file__).resolve().parents[1] / "data" / "headers"
EMAIL = "ken@example.com"


def _open(qtbot: QtBot, make_controller, existing_vault: Path) -> tuple[MainWindow, Database, int, int]:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    packages.set_profile(db, {"name": "Ken Example", "email": EMAIL})
    acme = vendors.add_vendor(db, "Acme GmbH").id
    shop = vendors.add_vendor(db, "Shop").id
    main.refresh()
    return main, db, acme, shop


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_aliases_tab_records_a_leak_and_asks_the_vendor(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db, acme, shop = _open(qtbot, make_controller, existing_vault)
    leaks.add_alias(db, shop, "mary@example.net")
    main.show_vendor(acme)
    main.go_to(VENDORS)
    detail = main.vendors_page.detail
    detail.tabs.setCurrentWidget(detail.aliases)
    tab = detail.aliases
    assert not tab.record_button.isEnabled()  # no alias yet: nothing can leak

    dialog = tab.add_alias()
    assert isinstance(dialog, AliasDialog) and dialog.address_edit.text() == "ken+acme@example.com"  # the suggestion
    _assert_unique(dialog, "add alias dialog")
    _ok(dialog)
    qtbot.waitUntil(lambda: tab.alias_model.rowCount() == 1, timeout=WAIT_MS)
    again = tab.add_alias()
    assert again is not None and again.address_edit.text() == ""  # it has one: nothing more to suggest
    qtbot.keyClicks(again.address_edit, "mary@example.net")
    _ok(again)
    message = again.message_for("address")
    assert message is not None and "already Shop's alias" in message.text() and again.isVisible()
    again.reject()

    record = tab.record_leak()
    assert isinstance(record, LeakDialog)
    _assert_unique(record, "record a leak dialog")
    record.headers_edit.setPlainText((HEADERS / "plus-address-delivered-to.eml").read_bytes().decode("utf-8"))
    assert not record.by_edit.isEnabled()  # the headers say who and when
    _ok(record)
    error = record.message_for("evidence")
    assert error is not None and "none of your aliases" in error.text()  # ken+mta-filters is not Acme's
    leaks.add_alias(db, acme, "ken+mta-filters@example.com")
    tab.reload()
    _ok(record)
    qtbot.waitUntil(lambda: tab.leak_model.rowCount() == 1, timeout=WAIT_MS)
    leak = tab.leak_model.record(0)
    assert (leak.vendor_id, leak.used_by, leak.is_open) == (acme, "offers.test", True)
    assert tab.summary.text() == "1 leak of your data, open"
    assert detail.reputation.leaks_label.text() == "⚠ 1 leak of your data, open"
    line = detail.timeline  # the leak is a row of the timeline, among the interactions by its day
    assert line.count_label.text() == "0 interactions · 1 leak" and line.model.rowCount() == 1
    assert [line.model.data(line.model.index(0, column)) for column in range(4)] == [
        "2026-09-14", "Leak of your data", None, "ken+mta-filters@example.com used by offers.test (e-mail)"]
    line.view.selectRow(0)
    assert line.selected() is None and not line.edit_button.isEnabled()  # not edited here
    detail.tabs.setCurrentWidget(line)
    line.edit_selected()  # Enter or a double-click: the leak on the Aliases tab
    assert detail.tabs.currentWidget() is tab and tab.selected_leak() == leak

    by_hand = tab.record_leak()
    assert by_hand is not None
    by_hand.alias_combo.setCurrentIndex(by_hand.alias_combo.findData(tab.alias_model.record(0).id))
    qtbot.keyClicks(by_hand.by_edit, "Energy Deals")
    _ok(by_hand)
    qtbot.waitUntil(lambda: tab.leak_model.rowCount() == 2, timeout=WAIT_MS)

    main.refresh()
    overview = main.overview
    assert not overview.leaks.isHidden() and overview.leaks.title.text() == "Open leaks: 2"
    row = overview.leaks.model.row(0)
    assert row.payload == LeakLink(acme, "Acme GmbH", 2)
    detail.tabs.setCurrentWidget(detail.profile)
    main.open_overview_item(row.payload)
    assert detail.tabs.currentWidget() is tab and detail.vendor is not None and detail.vendor.id == acme

    tab.select_leak(leak.id)
    shown = tab.show_evidence()
    assert isinstance(shown, EvidenceDialog) and shown.text.toPlainText().startswith("Return-Path:")
    shown.reject()
    tab.close_button.click()
    qtbot.waitUntil(lambda: "(1 open)" in tab.summary.text(), timeout=WAIT_MS)
    assert tab.selected_leak() is not None and tab.close_button.text() == "Reo&pen leak"
    assert detail.reputation.leaks_label.text() == "⚠ 2 leaks of your data (1 open)"

    tab.alias_view.selectRow(0)  # ken+mta-filters, with its leak: not removed, retired
    assert not tab.remove_button.isEnabled() and tab.retire_button.text() == "Re&tire alias"
    tab.retire_button.click()
    retired = tab.selected_alias()
    assert retired is not None and retired.is_retired and tab.retire_button.text() == "Put in &use again"
    grey = tab.alias_model.data(tab.alias_model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert grey == QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    assert tab.alias_model.data(tab.alias_model.index(0, AliasesModel.NOTE)).startswith("Retired 20")
    tab.retire_button.click()
    back = tab.selected_alias()
    assert back is not None and not back.is_retired
    assert tab.alias_model.data(tab.alias_model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None

    tab.select_leak(leak.id)
    tab.ask_button.click()
    wizards = [w for w in main.findChildren(ShareWizard) if w.isVisible()]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in main.findChildren(ShareWizard)), timeout=WAIT_MS)
    wizard = next(w for w in main.findChildren(ShareWizard) if w.isVisible())
    assert not wizards or wizards[0] is wizard
    assert wizard.recipient_page.kind() == "access-request" and wizard.recipient_page.vendor_id() == acme
    _next(qtbot, wizard, PAGE_CONTENT)
    paragraph = wizard.content_page.extra_edit.toPlainText()
    assert "Article 15(1)(c)" in paragraph and "ken+mta-filters@example.com" in paragraph and "offers.test" in paragraph
    wizard.reject()


@pytest.mark.parametrize("language", ["en", "de"])
def test_aliases_tab_alt_letters(qtbot: QtBot, make_controller, existing_vault: Path, language: str,
                                 request: pytest.FixtureRequest) -> None:
    if language == "de":
        request.getfixturevalue("german")
    main, db, acme, _shop = _open(qtbot, make_controller, existing_vault)
    leaks.add_alias(db, acme, "ken+acme@example.com")
    main.show_vendor(acme)
    main.go_to(VENDORS)
    detail = main.vendors_page.detail
    detail.tabs.setCurrentWidget(detail.aliases)
    pane = main.vendors_page.pane
    menus = {m.lower() for action in main.menuBar().actions() for m in _MNEMONIC.findall(action.text())}
    _assert_unique(pane, "Vendors page, Aliases tab")
    assert not set(_mnemonics(pane)) & menus
    leak = leaks.record_by_hand(db, "ken+acme@example.com", seen_on=date(2026, 1, 2), used_by="x")
    leaks.close(db, leak.id)
    detail.aliases.reload()
    detail.aliases.select_leak(leak.id)
    assert detail.aliases.close_button.text() == ("Reo&pen leak" if language == "en" else "Wie&der öffnen")
    _assert_unique(pane, "Vendors page, Aliases tab, a closed leak selected")
    assert not set(_mnemonics(pane)) & menus, menus
    for dialog in (detail.aliases.add_alias(), detail.aliases.record_leak()):
        assert dialog is not None
        _assert_unique(dialog, f"{dialog.windowTitle()} ({language})")
        dialog.reject()


def test_the_share_wizard_offers_the_vendor_its_own_address(qtbot: QtBot, make_controller,
                                                            existing_vault: Path) -> None:
    main, db, acme, _shop = _open(qtbot, make_controller, existing_vault)
    wizard = main.sharing.open_wizard(vendor_id=acme)
    qtbot.waitExposed(wizard)
    _next(qtbot, wizard, PAGE_CONTENT)
    content = wizard.content_page
    _check(qtbot, content.tree, content.model, "fields", "name", True)
    assert content.alias_box.isHidden()  # her e-mail is not ticked
    _check(qtbot, content.tree, content.model, "fields", "email", True)
    assert not content.alias_box.isHidden()
    assert content.alias_box.text() == "Give Acme GmbH its o&wn address: ken+acme@example.com"
    _assert_unique(wizard, "wizard: what goes, with the alias offered")
    content.alias_box.setChecked(True)
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    shown = json.loads(wizard.preview_page.json.toPlainText())
    assert shown["data"]["fields"] == {"name": "Ken Example", "email": "ken+acme@example.com"}  # honest: the alias
    assert EMAIL not in wizard.preview_page.words.toPlainText()
    assert leaks.aliases(db, acme) == []  # nothing written before "Share"
    wizard.preview_page.encryption_combo.setCurrentIndex(wizard.preview_page.encryption_combo.findData("none"))
    _next(qtbot, wizard, PAGE_DONE)
    shared = wizard.shared_package()
    given = leaks.aliases(db, acme)
    assert [(a.address, a.package_id, a.field) for a in given] == [("ken+acme@example.com", shared.package_id, "email")]
    wizard.accept()
