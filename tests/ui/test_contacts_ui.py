"""Trusted contacts in the app: adding a contact (pasted key, key file, QR image) with its numbers
to compare, showing and saving her key, importing a contact's notes (verified, an unknown key put to
her, unsure vendors decided), the page's list, trust and removal, the voices on a vendor's
Reputation tab, notes about every vendor in the share wizard, and a bundle opened as an answer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from myvendors.domain import contacts, reputation, vendors
from myvendors.domain.contacts import keyfile, voices
from myvendors.domain.models import NoteDraft
from myvendors.domain.sharing import packages
from myvendors.storage import Database
from myvendors.ui.contacts.add_dialog import AddContactDialog
from myvendors.ui.contacts.bundle_dialog import NEW_TO_ME, BundleDialog
from myvendors.ui.contacts.key_dialog import KeyDialog
from myvendors.ui.contacts.trust import TrustDialog
from myvendors.ui.contacts.voice_dialog import VoiceDialog
from myvendors.ui.pages.contacts import ContactsPage
from myvendors.ui.pages.vendors.detail.reputation import ReputationTab
from myvendors.ui.sharing.answers import AnswerDialog
from myvendors.ui.sharing.wizard import PAGE_CONTENT, ShareWizard
from myvendors.vault import KdfParams, Vault


@pytest.fixture
def mine(new_vault: tuple[Vault, str]) -> Database:
    return new_vault[0].db


@pytest.fixture
def bea(tmp_path: Path) -> Iterator[Database]:
    """A second vault: Bea's, the contact."""
    vault, _ = Vault.create(tmp_path / "bea" / "bea.myvendors", PASSPHRASE, kdf=KdfParams.floor())
    try:
        yield vault.db
    finally:
        vault.close()


def _key_text(db: Database, contact: str, goes_by: str | None = None) -> str:
    return keyfile.key_text(keyfile.key_document(db, contact, goes_by=goes_by))


def _bea_notes(bea: Database) -> tuple[int, ...]:
    """Bea's vendors and notes: a bike shop (same website as hers, another name), a bank, a café new to her."""
    bike = vendors.add_vendor(bea, "VeloWorks GmbH", website="www.veloworks.example")
    bank = vendors.add_vendor(bea, "Sparbank")
    cafe = vendors.add_vendor(bea, "Café Lumen", website="lumen.example")
    today = date.today()
    return tuple(reputation.add_note(bea, NoteDraft(vendor, today, text, ratings)).id for vendor, text, ratings in (
        (bike.id, "Quick repair, fair price", {"service": 5, "price": 3}),
        (bank.id, "Hidden fees", {"honesty": 1}),
        (cafe.id, "Great coffee", {"quality": 5}),
    ))


def _bundle(bea: Database, to: str, note_ids: tuple[int, ...]) -> str:
    packages.set_profile(bea, {"name": "Bea"})
    spec = packages.ShareSpec("reputation", contact=to, note_ids=note_ids, disclose=("name",))
    return packages.share(bea, spec).compact


# -- adding a contact ------------------------------------------------------------------------------
def test_a_pasted_key_shows_its_numbers_and_the_name_it_goes_by_then_adds_the_contact(
    qtbot: QtBot, mine: Database, bea: Database
) -> None:
    dialog = AddContactDialog(mine)
    qtbot.addWidget(dialog)
    added: list[contacts.Contact] = []
    dialog.added.connect(added.append)
    assert not dialog.add_button.isEnabled() and dialog.digits.isHidden()
    text = _key_text(bea, "Ann", goes_by="Bea B.")
    dialog.key_edit.setPlainText(text)
    key = keyfile.read_key_text(text)
    assert dialog.digits.isVisibleTo(dialog)
    assert dialog.digits.text().split() == key.safety_number.split()
    assert len(dialog.digits.text().split()) == 6 and "\n" in dialog.digits.text()  # two lines to read out
    assert "Bea B." in dialog.compare.text() and "do not add this key" in dialog.compare.text()
    assert dialog.name_edit.text() == "Bea B."  # the name she goes by, to change if she likes
    dialog.name_edit.setText("Bea")
    dialog.trust_choice.radios[3].setChecked(True)
    assert dialog.add_button.isEnabled()
    dialog.add_button.click()
    assert [c.name for c in added] == ["Bea"] and added[0].trust == 3 and added[0].key_source == "text"
    assert added[0].thumbprint == key.thumbprint


def test_refusals_show_at_their_field_and_write_nothing(qtbot: QtBot, mine: Database, bea: Database) -> None:
    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")))
    dialog = AddContactDialog(mine)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setPlainText('{"kty": "OKP", "crv": "Ed25519", "x": "abc", "d": "secret"}')
    assert dialog.key_message.isVisible() and "private key" in dialog.key_message.text()
    assert "secret" not in dialog.key_message.text() and not dialog.add_button.isEnabled()
    dialog.key_edit.setPlainText(_key_text(bea, "Ann"))  # the same key again, under another name
    dialog.name_edit.setText("Someone else")
    dialog.add_button.click()
    assert dialog.key_message.isVisible() and dialog.isVisible()
    dialog.key_edit.setPlainText(_key_text(bea, "Ann 2"))  # another key of Bea's, under a name taken
    dialog.name_edit.setText("bea")
    dialog.add_button.click()
    assert dialog.name_message.isVisible() and dialog.isVisible()
    assert [c.name for c in contacts.list_contacts(mine)] == ["Bea"]


def test_a_key_comes_from_its_file_or_an_image_of_its_qr_code(
    qtbot: QtBot, mine: Database, bea: Database, tmp_path: Path
) -> None:
    text = _key_text(bea, "Ann")
    (tmp_path / "key.json").write_text(text, encoding="utf-8")
    (tmp_path / "key.png").write_bytes(keyfile.qr_png(text))
    (tmp_path / "holiday.png").write_bytes(keyfile.qr_png("not a key at all"))
    dialog = AddContactDialog(mine)
    qtbot.addWidget(dialog)
    assert dialog.load_file(tmp_path / "key.json")
    assert dialog.key is not None and dialog.key.source == "file" and "key.json" in dialog.read_from.text()
    assert dialog.load_image(tmp_path / "key.png")
    assert dialog.key is not None and dialog.key.source == "qr"
    assert dialog.digits.text().split() == keyfile.read_key_text(text).safety_number.split()
    assert not dialog.load_image(tmp_path / "holiday.png")
    assert dialog.key is None and dialog.key_message.text() and not dialog.add_button.isEnabled()


# -- her key ---------------------------------------------------------------------------------------
def test_her_key_for_a_contact_shows_as_qr_code_and_numbers_and_saves(
    qtbot: QtBot, mine: Database, tmp_path: Path
) -> None:
    dialog = KeyDialog(mine, ["Bea"], contact="Bea")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.goes_by_edit.setText("Ann")
    assert dialog.show_key()
    assert dialog.qr.isVisibleTo(dialog) and dialog.qr.width() >= 300
    corner = dialog.qr.grab().toImage().pixelColor(2, 2)
    assert corner.lightness() > 240  # white behind the code, whatever the theme
    shown = tmp_path / "screen.png"
    assert dialog.qr.grab().save(str(shown))  # what a phone's camera sees on the screen reads back as the key
    assert keyfile.read_key_file(shown).thumbprint == keyfile.key_document(mine, "Bea")["thumbprint"]
    document = keyfile.key_document(mine, "Bea", goes_by="Ann")
    assert dialog.digits.text().split() == keyfile.safety_number(document["thumbprint"]).split()
    assert dialog.save_to(tmp_path / "mine.json")
    read = keyfile.read_key_file(tmp_path / "mine.json")
    assert read.thumbprint == document["thumbprint"] and read.name == "Ann"
    dialog.contact_combo.setCurrentText("Cy")  # another name: what was shown is gone until shown again
    assert not dialog.save_button.isEnabled() and dialog.qr.isHidden()
    dialog.show_key()
    assert keyfile.key_document(mine, "Cy")["thumbprint"] != document["thumbprint"]  # a key per contact
    dialog.contact_combo.setCurrentText("  ")
    assert not dialog.show_key() and dialog.message.text()


# -- a contact's notes -------------------------------------------------------------------------------
def test_a_known_contacts_notes_are_checked_reviewed_and_imported(qtbot: QtBot, mine: Database, bea: Database) -> None:
    bike = vendors.add_vendor(mine, "Velo Works", website="https://veloworks.example")
    vendors.add_vendor(mine, "Sparbank")
    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")), trust=3)
    text = _bundle(bea, "Ann", _bea_notes(bea))
    dialog = BundleDialog(mine)
    qtbot.addWidget(dialog)
    imported = []
    dialog.imported.connect(imported.append)
    dialog.load_text(text)
    assert dialog.plan is not None and dialog.decision.isHidden()
    assert "verified" in dialog.sender_label.text() and "Bea" in dialog.sender_label.text()
    assert "3 notes" in dialog.sender_label.text()
    assert "Sparbank" in dialog.matched.toPlainText() and dialog.matched_title.text() == "Your vendors (2)"
    assert "Café Lumen" in dialog.new_list.toPlainText() and dialog.new_title.text() == "New to you (1)"
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.outcome is not None and imported == [dialog.outcome]
    assert dialog.banner.text() == ("Imported 3 notes from Bea. 2 of your vendors now show their notes beside yours. "
                                    "1 vendor new to you is listed on the Trusted contacts page.")
    assert dialog.import_button.isHidden()
    assert [v.note.text for v in voices.voices(mine, bike.id)] == ["Quick repair, fair price"]
    assert [n.name for n in voices.new_to_me(mine)] == ["Café Lumen"]
    again = BundleDialog(mine)  # the same file twice: refused, nothing kept
    qtbot.addWidget(again)
    again.load_text(text)
    assert again.plan is None and "Refused" in again.banner.text() and "Nothing was kept" in again.banner.text()


def test_an_unknown_key_is_put_to_her_with_its_numbers_before_anything_is_kept(
    qtbot: QtBot, mine: Database, bea: Database
) -> None:
    text = _bundle(bea, "Ann", _bea_notes(bea))
    dialog = BundleDialog(mine)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_text(text)
    assert dialog.plan is None and dialog.decision.isVisible() and not dialog.import_button.isEnabled()
    assert "none of your contacts" in dialog.decision_text.text()
    thumbprint = keyfile.key_document(bea, "Ann")["thumbprint"]
    assert dialog.decision_digits.text().split() == keyfile.safety_number(thumbprint).split()
    assert dialog.name_edit.text() == "Bea"  # the name the notes claim, to check
    assert not dialog.replace_radio.isEnabled()  # no contact yet whose new key it could be
    assert contacts.list_contacts(mine) == []
    dialog.trust_choice.radios[1].setChecked(True)
    dialog.take_button.click()
    assert dialog.plan is not None and dialog.plan.new_contact == "Bea"
    assert "a new contact" in dialog.sender_label.text()
    assert contacts.list_contacts(mine) == []  # still nothing until Import
    dialog.import_button.click()
    assert dialog.outcome is not None and dialog.outcome.added_contact
    assert [(c.name, c.trust, c.notes) for c in contacts.list_contacts(mine)] == [("Bea", 1, 3)]


def test_notes_claiming_a_contacts_name_but_signed_by_another_key_ask_first(
    qtbot: QtBot, mine: Database, bea: Database, tmp_path: Path
) -> None:
    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")))
    impostor, _ = Vault.create(tmp_path / "cy" / "cy.myvendors", PASSPHRASE, kdf=KdfParams.floor())
    try:
        text = _bundle(impostor.db, "Ann", _bea_notes(impostor.db))
    finally:
        impostor.close()
    dialog = BundleDialog(mine)
    qtbot.addWidget(dialog)
    dialog.load_text(text)
    assert dialog.plan is None and "did not sign them" in dialog.decision_text.text()
    assert dialog.contact_combo.currentText() == "Bea" and dialog.name_edit.text() == ""
    dialog.name_edit.setText("Bea")  # a new contact under a name taken: not taken, she may decide again
    dialog.take_button.click()
    assert dialog.plan is None and dialog.decision.isVisibleTo(dialog) and dialog.name_message.isVisibleTo(dialog)
    assert "You have a contact of that name" in dialog.name_message.text()
    dialog.replace_radio.setChecked(True)  # she knows Bea made a new key: it replaces the old one
    dialog.take_button.click()
    assert dialog.plan is not None and dialog.plan.key_change and "new key" in dialog.sender_label.text()
    assert [c.notes for c in contacts.list_contacts(mine)] == [0]


def test_unsure_vendors_are_hers_to_decide(qtbot: QtBot, mine: Database, bea: Database) -> None:
    vendors.add_vendor(mine, "Veloworks Service Center Nord", website="https://veloworks.example")  # same host, other name
    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")))
    dialog = BundleDialog(mine)
    qtbot.addWidget(dialog)
    dialog.load_text(_bundle(bea, "Ann", _bea_notes(bea)))
    assert dialog.plan is not None and list(dialog.review_combos) == ["veloworks.example"]
    combo = dialog.review_combos["veloworks.example"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Your Veloworks Service Center Nord", "New to me"]
    assert dialog.unsure_title.text() == "Unsure (1)"
    combo.setCurrentIndex(combo.findData(NEW_TO_ME))
    assert dialog.decisions() == {"veloworks.example": None}
    dialog.import_button.click()
    assert dialog.outcome is not None
    assert sorted(n.name for n in voices.new_to_me(mine)) == ["Café Lumen", "Sparbank", "VeloWorks GmbH"]


def test_a_contacts_notes_opened_as_an_answer_are_handed_on(qtbot: QtBot, mine: Database, bea: Database) -> None:
    dialog = AnswerDialog(mine)
    qtbot.addWidget(dialog)
    found: list[str] = []
    dialog.bundle_found.connect(found.append)
    text = _bundle(bea, "Ann", _bea_notes(bea))
    dialog.text_edit.setPlainText(text)
    dialog.check()
    assert found == [text]


# -- the page ------------------------------------------------------------------------------------
def test_the_page_lists_contacts_changes_trust_and_removes_one_with_their_notes(
    qtbot: QtBot, mine: Database, bea: Database
) -> None:
    page = ContactsPage(mine)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentWidget() is page.empty and page.count_label.text() == ""
    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")), trust=2)
    BundleDialog(mine).load_text(_bundle(bea, "Ann", _bea_notes(bea)))  # checked only
    from myvendors.domain.contacts import bundles

    bundles.import_bundle(mine, _bundle(bea, "Ann", _bea_notes(bea)), undecided_new=True)
    page.refresh()
    assert page.stack.currentWidget() is page.content and page.count_label.text() == "1 contact"
    model = page.model
    assert [model.data(model.index(0, c)) for c in range(3)] == ["Bea", "Quite a lot", "3"]
    assert page.new_model.rowCount() == 3 and page.new_view.isVisibleTo(page)
    assert not page.trust_action.isEnabled()
    page.view.selectRow(0)
    trust = page.change_trust()
    assert isinstance(trust, TrustDialog) and trust.choice.level() == 2
    trust.choice.radios[3].setChecked(True)
    trust.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert contacts.list_contacts(mine)[0].trust == 3 and model.data(model.index(0, 1)) == "Completely"
    page.view.selectRow(0)
    box = page.remove_selected()
    assert isinstance(box, QMessageBox) and "Their 3 notes go with them." in box.informativeText()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    next(b for b in box.buttons() if b.text() == "Remove").click()
    assert contacts.list_contacts(mine) == [] and voices.new_to_me(mine) == []
    assert page.stack.currentWidget() is page.empty


def test_a_vendor_new_to_her_is_added_as_a_vendor(qtbot: QtBot, mine: Database, bea: Database) -> None:
    from myvendors.domain.contacts import bundles

    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")))
    bundles.import_bundle(mine, _bundle(bea, "Ann", _bea_notes(bea)[2:]))
    page = ContactsPage(mine)
    qtbot.addWidget(page)
    added: list[int] = []
    page.vendor_added.connect(added.append)
    page.refresh()
    page.new_view.selectRow(0)
    vendor_id = page.add_as_vendor()
    assert vendor_id is not None and added == [vendor_id]
    vendor = vendors.get_vendor(mine, vendor_id)
    assert (vendor.name, vendor.website) == ("Café Lumen", "https://lumen.example")
    assert [v.note.text for v in voices.voices(mine, vendor_id)] == ["Great coffee"]  # their notes on it now
    assert page.new_model.rowCount() == 0 and voices.new_to_me(mine) == []


# -- a vendor's standing and voices -------------------------------------------------------------------
def test_the_reputation_tab_shows_mine_and_the_contacts_side_by_side_and_opens_a_voice(
    qtbot: QtBot, mine: Database, bea: Database
) -> None:
    from myvendors.domain.contacts import bundles

    bike = vendors.add_vendor(mine, "Velo Works", website="https://veloworks.example")
    reputation.add_note(mine, NoteDraft(bike.id, date.today(), "Slow", {"service": 2}))
    contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")), trust=3)
    bundles.import_bundle(mine, _bundle(bea, "Ann", _bea_notes(bea)), undecided_new=True)
    tab = ReputationTab()
    qtbot.addWidget(tab)
    tab.load(mine, bike)
    assert tab.standing_labels["service"].text() == "2.0 ★ (1)"
    assert tab.contact_labels["service"].text() == "5.0 ★ (1)"
    assert tab.contact_labels["price"].text() == "3.0 ★ (1)" and tab.contact_labels["honesty"].text() == "—"
    assert tab.contact_labels["overall"].text() == "4.0 ★"
    assert tab.contacts_row.text() == "Trusted contacts (1)"
    assert tab.voices_model.rowCount() == 1 and tab.their_view.isHidden()
    dialog = tab.open_voice(tab.voices_model.record(0))
    assert isinstance(dialog, VoiceDialog)
    body = dialog.body.toPlainText()
    assert "Quick repair, fair price" in body and "Completely" in body and "Bea" in body
    dialog.close()
    tab.clear()
    assert tab.contact_labels["overall"].text() == "" and tab.voices_model.rowCount() == 0


# -- sending notes --------------------------------------------------------------------------------------
def test_notes_about_every_vendor_go_to_a_contact_through_the_wizard(qtbot: QtBot, mine: Database) -> None:
    notes = _bea_notes(mine)  # her own notes, about three vendors
    wizard = ShareWizard(mine, initial=packages.ShareSpec(kind="reputation", contact="Bea"))
    qtbot.addWidget(wizard)
    wizard.show()
    recipient = wizard.recipient_page
    assert recipient.mode() == "contact" and recipient.all_vendors()
    assert recipient.about_combo.currentText() == "Every vendor you wrote notes about (3)"
    wizard.next()
    assert wizard.currentId() == PAGE_CONTENT
    groups = [wizard.content_page.model.item(row).text() for row in range(wizard.content_page.model.rowCount())]
    assert groups == ["Your notes about Café Lumen", "Your notes about Sparbank", "Your notes about VeloWorks GmbH"]
    spec = wizard.spec(with_terms=False)
    assert spec.contact == "Bea" and sorted(spec.note_ids) == sorted(notes) and spec.vendor_id is None
    data = packages.build(mine, spec).document["data"]
    assert len(data["vendors"]) == 3
    wizard.close()
    one = ShareWizard(mine, initial=packages.ShareSpec(kind="reputation", contact="Bea", vendor_id=vendors.page_vendors(
        mine, limit=10)[0].id))
    qtbot.addWidget(one)
    assert not one.recipient_page.all_vendors()


def test_the_window_has_the_page_at_ctrl_7(qtbot: QtBot, myvendors_main_window) -> None:
    from myvendors.ui.main_window import CONTACTS

    main = myvendors_main_window
    main.page_actions[CONTACTS].trigger()
    assert main.current_page() == CONTACTS and main.page_actions[CONTACTS].shortcut().toString() == "Ctrl+7"
    page = main.contacts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # the demo's two contacts
    page.view.selectRow(0)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)  # Del removes the selected contact, after asking
    qtbot.waitUntil(lambda: any(box.isVisible() for box in page.findChildren(QMessageBox)))
    box = next(box for box in page.findChildren(QMessageBox) if box.isVisible())
    assert page.model.record(0).name in box.text()
    box.reject()
    assert page.model.rowCount() == 2


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_letter_leads_to_one_control_on_the_page_and_in_its_dialogs(
    qtbot: QtBot, mine: Database, bea: Database, qapp, language: str
) -> None:
    from test_mnemonics import _assert_unique, _mnemonics

    from myvendors.ui import i18n

    installed = i18n.install(qapp, language)
    menus = {"en": set("vegnrhi"), "de": set("tbgnfhi")}[language]  # the window's menus
    try:
        contacts.add_contact(mine, "Bea", keyfile.read_key_text(_key_text(bea, "Ann")))
        page = ContactsPage(mine)
        qtbot.addWidget(page)
        page.refresh()
        page.show()
        _assert_unique(page, "Trusted contacts page")
        assert not set(_mnemonics(page)) & menus, f"{language}: a letter of the page also opens a menu"
        page.clear()
        page.refresh()
        text = _bundle(bea, "Ann", _bea_notes(bea))
        contacts.remove_contact(mine, contacts.list_contacts(mine)[0].id)
        for dialog in (AddContactDialog(mine), KeyDialog(mine, ["Bea"], contact="Bea"), BundleDialog(mine)):
            qtbot.addWidget(dialog)
            dialog.show()
            if isinstance(dialog, BundleDialog):
                dialog.load_text(text)  # the decision about an unknown key, with its choices
            _assert_unique(dialog, f"{type(dialog).__name__} ({language})")
            dialog.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_notes_opened_in_the_window_are_checked_and_imported_on_the_worker(
    qtbot: QtBot, myvendors_main_window, bea: Database
) -> None:
    from myvendors.ui.main_window import CONTACTS

    main = myvendors_main_window
    text = _bundle(bea, "Maren", _bea_notes(bea))
    main.open_bundle(text)
    assert main.current_page() == CONTACTS
    dialog = next(d for d in main.contacts_page.findChildren(BundleDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dialog.decision.isVisible() and not dialog.busy)  # an unknown key: her decision first
    dialog.name_edit.setText("Bea")
    dialog.take_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.busy)
    before = main.contacts_page.model.rowCount()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    qtbot.waitUntil(lambda: main.contacts_page.model.rowCount() == before + 1)  # the page reads the vault again
    assert "Imported 3 notes from Bea." in dialog.banner.text()


def test_the_sharing_menu_imports_a_contacts_notes(qtbot: QtBot, myvendors_main_window) -> None:
    main = myvendors_main_window
    sharing = next(a.menu() for a in main.menuBar().actions() if a.text() == "Shar&ing")
    assert main.import_notes_action in sharing.actions()
    main.import_notes_action.trigger()
    assert any(d.isVisible() for d in main.contacts_page.findChildren(BundleDialog))


def test_tab_goes_from_the_list_through_its_actions_to_new_to_me(qtbot: QtBot, mine: Database) -> None:
    page = ContactsPage(mine)
    qtbot.addWidget(page)
    page.refresh()
    page.stack.setCurrentWidget(page.content)
    page.show()
    chain, widget = [], page.view
    for _ in range(9):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
    assert chain[:8] == [page.view, *page.side_buttons, page.trust_button, page.remove_button, page.new_view]
