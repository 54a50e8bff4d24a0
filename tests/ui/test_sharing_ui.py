"""Sharing on her terms, in the desktop app: the wizard sends exactly what is ticked; the Shared
page lists the ledger and says when its chain breaks; answers are checked before they are kept."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSpinBox, QWizard
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase, visible_texts
from vendor_side import VendorSide

from myvendors.domain import reputation, requests, vendors
from myvendors.domain.models import Money, NoteDraft, RequestDraft
from myvendors.domain.sharing import ledger
from myvendors.domain.sharing import packages
from myvendors.storage import Database
from myvendors.ui.main_window import MainWindow
from myvendors.ui.models.requests import RequestTableModel
from myvendors.ui.models.sharing import LedgerModel, ShareTreeModel, TermsModel
from myvendors.ui.sharing.profile import ProfileDialog
from myvendors.ui.clipboard import clipboard_for
from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS, ShareWizard

CITY = "Quxleedsburgh"
EMAIL = "ann@example.org"
PHONE = "+44 20 7946 0000"


def _world(db: Database) -> dict:
    packages.set_profile(db, {"name": "Ann Example", "email": EMAIL, "phone": PHONE, "city": CITY})
    shop = vendors.add_vendor(db, "Bike Shop", website="bikes.example")
    vendors.add_vendor(db, "Bank")
    request = requests.create_request(db, RequestDraft(
        title="A city bike", description="Step-through frame", category="Bikes", location="Leeds",
        budget_max=Money.parse("600", "EUR"), needed_by=date(2027, 3, 1), conditions="Test ride first",
    ))
    requests.change_status(db, request.id, "open")
    note = reputation.add_note(db, NoteDraft(shop.id, date(2026, 5, 1), "Fixed my brakes for free", {"service": 5}))
    return {"shop": shop, "request": request, "note": note}


def _open(qtbot: QtBot, make_controller, existing_vault: Path) -> tuple[MainWindow, Database, dict]:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    world = _world(db)
    main.refresh()
    return main, db, world


def _wizard(qtbot: QtBot, main: MainWindow, **kwargs) -> ShareWizard:
    wizard = main.sharing.open_wizard(**kwargs)
    qtbot.waitExposed(wizard)
    return wizard


def _next(qtbot: QtBot, wizard: ShareWizard, page: int) -> None:
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == page, timeout=WAIT_MS)


def _check(qtbot: QtBot, view, model: ShareTreeModel, kind: str, value: object, checked: bool) -> None:
    """Click the leaf's check box the way a user does (space on the focused row)."""
    leaf = model.leaf(kind, value)
    assert leaf is not None
    if (leaf.checkState() == Qt.CheckState.Checked) != checked:
        view.setFocus()
        view.setCurrentIndex(leaf.index())
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert (leaf.checkState() == Qt.CheckState.Checked) is checked


def test_the_package_holds_exactly_what_was_ticked(qtbot: QtBot, make_controller, existing_vault: Path,
                                                   tmp_path: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    assert wizard.recipient_page.kind() == "profile"
    _next(qtbot, wizard, PAGE_CONTENT)
    tree = wizard.content_page.model
    view = wizard.content_page.tree
    _check(qtbot, view, tree, "fields", "email", True)
    _check(qtbot, view, tree, "fields", "phone", True)
    _check(qtbot, view, tree, "fields", "city", True)
    _check(qtbot, view, tree, "fields", "city", False)  # changed her mind
    assert tree.checked("fields") == ["email", "phone"]
    assert not (tree.leaf("fields", "postal_code").flags() & Qt.ItemFlag.ItemIsEnabled)  # empty: cannot go
    _next(qtbot, wizard, PAGE_TERMS)
    with pytest.raises(RuntimeError):  # no draft before the terms page is done, said plainly (also under python -O)
        wizard.built_draft()
    terms_model = wizard.terms_page.model
    assert {t for t, _ in terms_model.selection()} == {c.term.id for c in packages.terms.defaults("profile")}
    wizard.terms_page.show_all()  # the list of every term, behind "All terms…"
    retention = terms_model.index(terms_model.row_of("MV-RETENTION-DAYS"), TermsModel.TERM)
    terms_model.setData(retention, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    view = wizard.terms_page.view  # the days, by keyboard: F2 opens a spin box with the term's range
    view.setFocus()
    view.setCurrentIndex(retention.siblingAtColumn(TermsModel.SETTING))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.focusWidget()
    assert isinstance(editor, QSpinBox) and (editor.minimum(), editor.maximum()) == (1, 3650)
    editor.selectAll()
    qtbot.keyClicks(editor, "30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: retention.siblingAtColumn(TermsModel.SETTING).data() == "Days: 30", timeout=WAIT_MS)
    before = (len(ledger.entries(db)), len(packages.sent_packages(db)))
    _next(qtbot, wizard, PAGE_PREVIEW)
    assert (len(ledger.entries(db)), len(packages.sent_packages(db))) == before  # nothing written by the preview
    preview = wizard.preview_page
    shown_json = json.loads(preview.json.toPlainText())
    assert shown_json == wizard.draft.document
    assert EMAIL in preview.words.toPlainText() and "Email" in preview.words.toPlainText()
    assert "Keep it 30 days at most" in preview.words.toPlainText()
    assert CITY not in preview.words.toPlainText() and CITY not in preview.json.toPlainText()
    preview.encryption_combo.setCurrentIndex(preview.encryption_combo.findData("none"))
    with pytest.raises(RuntimeError):  # nothing shared before "Share"
        wizard.shared_package()

    _next(qtbot, wizard, PAGE_DONE)
    shared = wizard.shared
    assert shared is not None and shared.draft.document == shown_json  # what was previewed is what left
    assert wizard.shared_package() is shared
    assert wizard.done_page.save_to(str(tmp_path / "package.jws"))
    _, document = VendorSide("Bike Shop").read((tmp_path / "package.jws").read_text())
    assert document["data"] == {"fields": {"email": EMAIL, "phone": PHONE}}
    assert "disclosed" not in document["sender"]
    text = json.dumps(document)
    for kept in (CITY, "Ann Example", "brakes", "Step-through"):
        assert kept not in text
    assert {t["id"] for t in document["terms"]} >= {"MV-RETENTION-DAYS"}
    assert next(t for t in document["terms"] if t["id"] == "MV-RETENTION-DAYS")["params"] == {"days": 30}
    assert ledger.entries(db)[-1].data["fields"] == ["data.fields.email", "data.fields.phone"]
    assert packages.sent_packages(db)[0].retention_until is not None

    assert wizard.done_page.save_pdf(str(tmp_path / "package.pdf"))
    assert (tmp_path / "package.pdf").read_bytes().startswith(b"%PDF")
    assert "too long for a QR code" in wizard.done_page.qr_note.text()
    wizard.done_page.copy()
    assert QGuiApplication.clipboard().text() == shared.compact
    assert "cleared again in 30 seconds" in wizard.done_page.status.text()
    clipboard_for(wizard).clear_now()
    assert QGuiApplication.clipboard().text() == ""

    # the Shared page lists it and shows it in words
    page = main.shared_page
    assert page.model.rowCount() == 1
    assert page.model.index(0, LedgerModel.WHO).data() == "Bike Shop"
    assert page.model.index(0, LedgerModel.FIELDS).data() == "2"
    assert EMAIL in page.details.toPlainText()
    assert page.chain_label.text() == "The ledger's chain verifies (1 entry)."
    assert page.filter_combo.count() == 2 and page.filter_combo.itemText(1) == "Bike Shop (1)"
    wizard.accept()


def test_a_tick_removed_from_a_request_leaves_the_field_out(qtbot: QtBot, make_controller,
                                                           existing_vault: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, request_id=world["request"].id)
    assert wizard.recipient_page.kind() == "personal-request"
    _next(qtbot, wizard, PAGE_CONTENT)
    tree = wizard.content_page.model
    assert tree.checked("request") == list(packages.REQUEST_FIELDS)  # all filled in, all ticked
    _check(qtbot, wizard.content_page.tree, tree, "request", "location", False)
    _check(qtbot, wizard.content_page.tree, tree, "request", "budget", False)
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_DONE)
    assert wizard.shared is not None
    _, document = VendorSide("anyone").read(wizard.shared.compact)
    assert "areaServed" not in document["data"] and "priceSpecification" not in document["data"]
    assert "Leeds" not in json.dumps(document) and "600" not in json.dumps(document["data"])
    assert document["data"]["description"] == "Step-through frame"
    wizard.accept()


def test_errors_are_shown_where_they_belong(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    wizard.next()  # nothing ticked
    assert wizard.currentId() == PAGE_CONTENT
    assert "at least one field" in wizard.content_page.message.text()
    tree = wizard.content_page.model
    _check(qtbot, wizard.content_page.tree, tree, "fields", "email", True)
    wizard.back()  # another vendor: what was ticked for the first does not carry over
    recipient = wizard.recipient_page
    recipient.vendor_combo.setCurrentIndex(recipient.vendor_combo.findText("Bank"))
    _next(qtbot, wizard, PAGE_CONTENT)
    assert tree.checked("fields") == [] and "for Bank" in tree.item(0).text()
    _check(qtbot, wizard.content_page.tree, tree, "fields", "email", True)
    _next(qtbot, wizard, PAGE_TERMS)
    wizard.terms_page.show_all()
    model = wizard.terms_page.model
    for term_id, _ in model.selection():
        model.setData(model.index(model.row_of(term_id), 0), Qt.CheckState.Unchecked.value,
                      Qt.ItemDataRole.CheckStateRole)
    wizard.next()
    assert wizard.currentId() == PAGE_TERMS
    assert "Choose at least one term" in wizard.terms_page.message.text()
    # by keyboard: Space ticks the current term; ticking a second agreement unticks the first (one per matter)
    view = wizard.terms_page.view
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of("SD-BASE"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert [t for t, _ in model.selection()] == ["SD-BASE"]
    assert "Use what I share only to deliver the service" in wizard.terms_page.details.text()
    model.setData(model.index(model.row_of("SD-BASE-A"), 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert [t for t, _ in model.selection()] == ["SD-BASE-A"]
    assert ledger.entries(db) == []
    wizard.reject()


def test_models_pass_the_model_tester(qtbot: QtBot, make_controller, existing_vault: Path, qtmodeltester) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    main.refresh()
    qtmodeltester.check(main.shared_page.model)
    page = main.shared_page
    assert page.model.rowCount() == 2 and [page.filter_combo.itemText(n) for n in range(page.filter_combo.count())] == [
        "Everything (2)", "Bike Shop (1)"]
    page.filter_combo.setCurrentIndex(1)  # per vendor: the anonymous request is not theirs
    assert page.model.rowCount() == 1 and page.model.index(0, LedgerModel.KIND).data() == "profile"
    qtmodeltester.check(page.model)
    page.filter_combo.setCurrentIndex(0)
    assert page.model.rowCount() == 2
    for kwargs in ({"vendor_id": world["shop"].id}, {"request_id": world["request"].id}):
        wizard = _wizard(qtbot, main, **kwargs)
        _next(qtbot, wizard, PAGE_CONTENT)
        qtmodeltester.check(wizard.content_page.model)
        _next(qtbot, wizard, PAGE_TERMS) if kwargs.get("request_id") else None
        wizard.terms_page.model.load("profile")
        qtmodeltester.check(wizard.terms_page.model)
        wizard.reject()


def test_reputation_notes_and_disclosures(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main)
    wizard.recipient_page.contact_radio.setChecked(True)
    wizard.next()
    assert wizard.currentId() == 0 and "Name the trusted contact" in wizard.recipient_page.message.text()
    qtbot.keyClicks(wizard.recipient_page.contact_edit, "Bea Friend")
    _next(qtbot, wizard, PAGE_CONTENT)
    assert wizard.content_page.model.checked("note") == [world["note"].id]
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_DONE)
    assert wizard.shared is not None and wizard.shared.draft.recipient == "Bea Friend"
    wizard.accept()

    # feedback with the phone disclosed, remembered for that vendor only
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    wizard.recipient_page.kind_combo.setCurrentIndex(wizard.recipient_page.kind_combo.findData("feedback"))
    _next(qtbot, wizard, PAGE_CONTENT)
    page = wizard.content_page
    wizard.next()
    assert wizard.currentId() == PAGE_CONTENT and page.text_message.text() == "Write the feedback first."
    qtbot.keyClicks(page.text_edit, "Open on Sundays?")
    _check(qtbot, page.tree, page.model, "disclose", "phone", True)
    page.remember.setChecked(True)
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_DONE)
    assert wizard.shared is not None
    assert wizard.shared.draft.document["sender"]["disclosed"] == {"phone": PHONE}
    assert packages.disclosures(db, world["shop"].id) == ["phone"]
    wizard.accept()


def test_retention_reminder_prepares_the_deletion_request(qtbot: QtBot, make_controller,
                                                          existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    sent = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",),
                                   terms=(("MV-RETENTION-DAYS", {"days": 5}),)))
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("city",)))
    main.refresh()
    page = main.shared_page
    assert len(page.reminders) == 1 and page.reminder_banner.isVisibleTo(page)
    assert (date.today() + timedelta(days=5)).isoformat() in page.reminder_banner.text()
    assert "Bike Shop may keep the profile you shared on" in page.reminder_banner.text()
    page.deletion_button.click()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in main.findChildren(ShareWizard)), timeout=WAIT_MS)
    wizard = next(w for w in main.findChildren(ShareWizard) if w.isVisible())
    assert wizard.recipient_page.kind() == "deletion-request"
    _next(qtbot, wizard, PAGE_CONTENT)
    assert wizard.content_page.model.checked("concerning") == [sent.package_id]  # only the one whose time is up
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    assert "erase all personal data" in wizard.preview_page.words.toPlainText()
    _next(qtbot, wizard, PAGE_DONE)
    assert wizard.shared is not None and wizard.shared.draft.document["data"]["concerning"] == [sent.package_id]
    wizard.accept()
    assert page.reminders == [] and not page.reminder_banner.isVisibleTo(page)


def test_an_altered_ledger_shows_a_warning(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("phone",)))
    main.refresh()
    assert not main.sharing.ledger_warning.isVisibleTo(main)
    db.execute("DROP TRIGGER ledger_no_update")  # what someone rewriting the file could do
    db.execute("UPDATE ledger SET entry = replace(entry, 'email', 'phone') WHERE seq = 1")
    main.refresh()
    assert main.sharing.ledger_warning.isVisibleTo(main)
    page = main.shared_page
    assert page.chain_banner.isVisibleTo(page) and "does not verify" in page.chain_banner.text()
    assert "1" in page.chain_banner.text()
    assert not page.chain_ok.isVisibleTo(page)


def test_an_offer_is_shown_then_imported_and_a_tampered_one_refused(qtbot: QtBot, make_controller,
                                                                    existing_vault: Path, tmp_path: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    vendor = VendorSide("Tyre Co")
    offer = vendor.send(vendor.offer_document(shared.draft.document, "420.00"), shared.draft.document)
    main.refresh()

    dialog = main.sharing.import_answer()
    qtbot.waitExposed(dialog)
    tampered = offer[:-8] + ("A" if offer[-8] != "A" else "B") + offer[-7:]
    before = (len(ledger.entries(db)), requests.offer_count(db, world["request"].id))
    dialog.text_edit.setPlainText(tampered)
    assert not dialog.check()
    assert "Refused (decrypt)" in dialog.banner.text() and "Nothing was kept" in dialog.banner.text()
    assert not dialog.import_button.isEnabled()
    assert (len(ledger.entries(db)), requests.offer_count(db, world["request"].id)) == before

    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an answer")
    assert not dialog.load_file(str(tmp_path / "photo.jpg")) and "Could not read photo.jpg" in dialog.banner.text()
    (tmp_path / "offer.jwe").write_text(offer[:60] + "\n" + offer[60:] + "\n")  # wrapped, as mail does
    assert dialog.load_file(str(tmp_path / "offer.jwe"))  # read and checked
    assert dialog.inspected is not None and dialog.inspected.kind == "offer"
    dialog.text_edit.setPlainText(offer)
    assert dialog.inspected is None and not dialog.import_button.isEnabled()  # changed text: check again
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.inspected is not None and dialog.inspected.kind == "offer"
    assert "420.00 EUR" in dialog.holds.toPlainText()
    assert dialog.key_label.text() == ("This vendor's key is new to you: importing puts it on file (trust on first "
                                       "use). Later documents from Tyre Co must be signed by it.")
    assert (len(ledger.entries(db)), requests.offer_count(db, world["request"].id)) == before  # checked, not kept
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert requests.offer_count(db, world["request"].id) == 1
    assert ledger.entries(db)[-1].data["type"] == "received-offer"
    page = main.requests_page  # the Requests page was refreshed
    assert page.list.model.data(page.list.model.index(0, RequestTableModel.OFFERS)) == "1"
    assert main.shared_page.model.index(0, LedgerModel.TYPE).data() == "answer: offer"

    again = main.sharing.import_answer()
    again.text_edit.setPlainText(offer)
    assert not again.check() and "Refused (replay)" in again.banner.text()
    again.reject()


def test_profile_dialog_shows_field_messages(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db, _ = _open(qtbot, make_controller, existing_vault)
    dialog = main.sharing.edit_profile()
    assert isinstance(dialog, ProfileDialog)
    dialog.edits["email"].setText("not an address")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.messages["email"].text() == "That is not an email address."
    dialog.edits["email"].setText("ann@new.example")
    dialog.edits["postal_code"].setText("LS1 1AA")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert packages.get_profile(db)["postal_code"] == "LS1 1AA"


def test_lock_clears_the_shared_page_and_closes_the_wizard(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    main.refresh()
    main.sharing.show_page()  # shown, the page selects the newest entry and shows it in words
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    assert EMAIL in " ".join(visible_texts(main))
    main.clear()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=WAIT_MS)
    assert main.shared_page.model.rowCount() == 0 and main.shared_page.details.toPlainText() == ""
    assert EMAIL not in " ".join(visible_texts(main.shared_page))


@pytest.mark.parametrize("button", [QWizard.WizardButton.BackButton])
def test_wizard_mnemonics_are_unique(qtbot: QtBot, make_controller, existing_vault: Path, button) -> None:
    from test_mnemonics import _assert_unique

    main, db, world = _open(qtbot, make_controller, existing_vault)
    packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _assert_unique(wizard, "wizard: recipient")
    wizard.recipient_page.kind_combo.setCurrentIndex(wizard.recipient_page.kind_combo.findData("feedback"))
    _next(qtbot, wizard, PAGE_CONTENT)
    _assert_unique(wizard, "wizard: what goes")
    qtbot.keyClicks(wizard.content_page.text_edit, "Hello")
    _next(qtbot, wizard, PAGE_TERMS)
    _assert_unique(wizard, "wizard: terms")
    _next(qtbot, wizard, PAGE_PREVIEW)
    _assert_unique(wizard, "wizard: preview")
    _next(qtbot, wizard, PAGE_DONE)
    _assert_unique(wizard, "wizard: done")
    assert not wizard.button(button).isVisible()
    wizard.accept()
    main.go_to(4)
    _assert_unique(main.shared_page, "Shared page")
    dialog = main.sharing.import_answer()
    _assert_unique(dialog, "import dialog")
    dialog.reject()
    profile = main.sharing.edit_profile()
    _assert_unique(profile, "profile dialog")
    profile.reject()


def test_locking_with_the_wizard_open_leaves_nothing_shown(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    from PySide6.QtWidgets import QApplication

    main, _, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    _check(qtbot, wizard.content_page.tree, wizard.content_page.model, "fields", "email", True)
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    _next(qtbot, wizard, PAGE_DONE)
    wizard.done_page.copy()
    assert QGuiApplication.clipboard().text().startswith("eyJ")
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(main.destroyed, timeout=WAIT_MS):
        qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L from inside the wizard
    assert not any(isinstance(w, ShareWizard) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert not any(EMAIL in text or CITY in text for text in visible_texts())
    assert QGuiApplication.clipboard().text() == ""  # the package copied from the wizard left with the lock


def test_share_starts_from_what_is_selected(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    from myvendors.ui.main_window import REQUESTS, VENDORS

    main, _, world = _open(qtbot, make_controller, existing_vault)
    main.show_vendor(world["shop"].id)
    assert main.current_page() == VENDORS
    main.sharing.share_action.trigger()
    wizard = next(w for w in main.findChildren(ShareWizard) if w.isVisible())
    assert wizard.recipient_page.mode() == "vendor" and wizard.recipient_page.vendor_id() == world["shop"].id
    wizard.reject()
    main.go_to(REQUESTS)
    main.requests_page.select(world["request"].id)
    wizard = main.sharing.share()
    assert wizard.recipient_page.kind() == "personal-request"
    assert wizard.recipient_page.request_id() == world["request"].id
    wizard.reject()


def test_encrypted_to_a_key_from_a_file(qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    vendor = VendorSide("Bike Shop")
    (tmp_path / "theirs.jwk").write_text(json.dumps(vendor.enc_public))
    (tmp_path / "signing.jwk").write_text(json.dumps(vendor.sig.as_dict(private=False)))
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    _check(qtbot, wizard.content_page.tree, wizard.content_page.model, "fields", "city", True)
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    preview = wizard.preview_page
    preview.encryption_combo.setCurrentIndex(preview.encryption_combo.findData("file"))
    wizard.next()  # no key chosen yet
    assert wizard.currentId() == PAGE_PREVIEW and "Choose the file" in preview.message.text()
    assert not preview.set_key_file(str(tmp_path / "signing.jwk"))  # a signing key cannot be encrypted to
    assert preview.message.isVisibleTo(preview) and preview.message.text()
    assert preview.set_key_file(str(tmp_path / "theirs.jwk"))
    _next(qtbot, wizard, PAGE_DONE)
    shared = wizard.shared
    assert shared is not None and shared.compact.count(".") == 4 and shared.encrypted_to
    assert wizard.done_page.suffix() == ".jwe"
    assert wizard.done_page.save_to(str(tmp_path / "package.jwe"))
    _, document = vendor.read((tmp_path / "package.jwe").read_text())
    assert document["data"] == {"fields": {"city": CITY}}
    assert "encrypted to the key" in wizard.done_page.summary.text()
    wizard.accept()


def test_the_vendors_key_on_file_is_used_after_its_acknowledgement(qtbot: QtBot, make_controller,
                                                                    existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    first = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    vendor = VendorSide("Bike Shop")
    ack = vendor.send(vendor.acknowledgement_document(first.draft.document, first.compact), first.draft.document)
    dialog = main.sharing.import_answer()
    dialog.text_edit.setPlainText(ack)
    assert dialog.check() and "An acknowledgement from Bike Shop" in dialog.holds.toPlainText()
    assert "accepted" in dialog.holds.toPlainText()
    dialog.import_now()
    assert ledger.entries(db)[-1].data["type"] == "received-acknowledgement"

    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    _check(qtbot, wizard.content_page.tree, wizard.content_page.model, "fields", "phone", True)
    _next(qtbot, wizard, PAGE_TERMS)
    _next(qtbot, wizard, PAGE_PREVIEW)
    assert wizard.preview_page.encryption_combo.currentData() == "on-file"
    _next(qtbot, wizard, PAGE_DONE)
    assert wizard.shared is not None and wizard.shared.compact.count(".") == 4
    assert vendor.read(wizard.shared.compact)[1]["data"] == {"fields": {"phone": PHONE}}
    wizard.accept()


def test_a_refusal_of_her_terms_reads_as_one_and_its_terms_and_note_stay_viewable(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path,
) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    shared = packages.share(db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
    vendor = VendorSide("Bike Shop")
    refusal = vendor.acknowledgement_document(shared.draft.document, shared.file_bytes, accepted=False,
                                              note="We need analytics.")
    main.refresh()
    dialog = main.sharing.import_answer()
    big = tmp_path / "big.jwe"
    with big.open("wb") as handle:  # sparse: refused by its size, unread
        handle.truncate(100_000_000)
    assert not dialog.load_file(str(big)) and "Refused (malformed)" in dialog.banner.text()
    dialog.text_edit.setPlainText(vendor.send(refusal, shared.draft.document))
    assert dialog.check()
    shown = dialog.holds.toPlainText()
    assert "A refusal of your terms from Bike Shop" in shown and "REFUSED" in shown and "We need analytics." in shown
    dialog.import_now()
    page = main.shared_page
    qtbot.waitUntil(lambda: page.model.index(0, LedgerModel.TYPE).data() == "answer: refusal", timeout=WAIT_MS)
    details = page.details_html(page.model.entry(0))
    assert "A refusal of your terms" in details and "REFUSED" in details and "We need analytics." in details
    assert "Terms named" in details


def test_unlocking_a_vault_with_an_altered_ledger_warns(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    from helpers import PASSPHRASE

    from myvendors.vault import Vault

    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        world = _world(vault.db)
        packages.share(vault.db, packages.ShareSpec("profile", vendor_id=world["shop"].id, fields=("email",)))
        vault.db.execute("DROP TRIGGER ledger_no_delete")
        vault.db.execute("DELETE FROM ledger WHERE seq = 1")  # cut from the end: the head the vault keeps tells
    main = unlock_with_passphrase(qtbot, make_controller(existing_vault))
    # the chain is walked on the worker while the window paints; the warning comes when it is known
    qtbot.waitUntil(lambda: not main.shared_page.is_verifying(), timeout=WAIT_MS)
    assert main.sharing.ledger_warning.isVisibleTo(main)
    assert "does not verify" in main.shared_page.chain_banner.text()


def test_filling_in_the_profile_from_the_wizard_keeps_the_ticks(qtbot: QtBot, make_controller,
                                                               existing_vault: Path) -> None:
    main, _, world = _open(qtbot, make_controller, existing_vault)
    wizard = _wizard(qtbot, main, vendor_id=world["shop"].id)
    _next(qtbot, wizard, PAGE_CONTENT)
    page = wizard.content_page
    _check(qtbot, page.tree, page.model, "fields", "email", True)
    assert not (page.model.leaf("fields", "postal_code").flags() & Qt.ItemFlag.ItemIsEnabled)
    qtbot.mouseClick(page.profile_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in wizard.findChildren(ProfileDialog)), timeout=WAIT_MS)
    dialog = next(d for d in wizard.findChildren(ProfileDialog) if d.isVisible())
    qtbot.keyClicks(dialog.edits["postal_code"], "LS1 1AA")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    postal = page.model.leaf("fields", "postal_code")
    assert postal.flags() & Qt.ItemFlag.ItemIsEnabled and page.model.checked("fields") == ["email"]
    _check(qtbot, page.tree, page.model, "fields", "postal_code", True)
    assert page.model.checked("fields") == ["email", "postal_code"]
    wizard.reject()


def test_a_new_pseudonym_for_the_selected_vendor_after_asking(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from myvendors.domain import vendors as vendor_service
    from myvendors.domain.sharing import keys
    from myvendors.domain.sharing.keys import Scope

    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    shop = vendor_service.add_vendor(db, "Rotating Shop")
    old = keys.pseudonym_for(db, Scope("vendor", shop.id))
    main.refresh()
    assert main.show_vendor(shop.id)
    box = main.sharing.rotate_pseudonym()
    assert isinstance(box, QMessageBox) and "Rotating Shop" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert keys.pseudonym_for(db, Scope("vendor", shop.id)) == old  # nothing without a yes
    box = main.sharing.rotate_pseudonym()
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Make new keys").click()
    new = keys.pseudonym_for(db, Scope("vendor", shop.id))
    assert new.thumbprint != old.thumbprint and keys.by_thumbprint(db, old.thumbprint).retired_at is not None
    assert new.thumbprint[:12] in main.statusBar().currentMessage()


def test_a_key_change_is_refused_until_she_accepts_it_with_a_warning(qtbot: QtBot, make_controller,
                                                                     existing_vault: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=world["request"].id))
    package = shared.draft.document
    genuine, renewed = VendorSide("Tyre Co"), VendorSide("Tyre  Co ")
    from myvendors.domain.sharing import answers

    answers.import_document(db, genuine.send(genuine.offer_document(package, "420.00"), package))
    dialog = main.sharing.import_answer()
    qtbot.waitExposed(dialog)
    dialog.text_edit.setPlainText(renewed.send(renewed.offer_document(package, "410.00"), package))
    assert not dialog.check() and "Refused (key-mismatch)" in dialog.banner.text()
    assert dialog.change_box.isVisible() and not dialog.import_button.isEnabled()
    dialog.change_box.click()  # she knows the vendor changed its key
    assert dialog.inspected is not None and dialog.inspected.key_status == "key change"
    assert "replaces the old one" in dialog.banner.text() and "A key change" in dialog.key_label.text()
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    entry = ledger.entries(db)[-1].data
    assert entry["key_status"] == "key change" and entry["replaced_keys"][0]["key"] == genuine.sig.thumbprint()


def test_the_wizard_gives_a_request_a_pseudonym_per_recipient(qtbot: QtBot, make_controller, existing_vault: Path,
                                                             tmp_path: Path) -> None:
    main, db, world = _open(qtbot, make_controller, existing_vault)
    sent = []
    for name in ("Velo Works", "Cargo Cycles"):
        vendor = VendorSide(name)
        (tmp_path / "theirs.jwk").write_text(json.dumps(vendor.enc_public))
        wizard = _wizard(qtbot, main, request_id=world["request"].id)
        _next(qtbot, wizard, PAGE_CONTENT)
        _next(qtbot, wizard, PAGE_TERMS)
        _next(qtbot, wizard, PAGE_PREVIEW)
        preview = wizard.preview_page
        assert not preview.own_key_box.isVisible()  # published to anyone: one pseudonym for all
        assert preview.set_key_file(str(tmp_path / "theirs.jwk"))
        assert preview.own_key_box.isVisible()
        preview.own_key_box.click()
        shown = json.loads(preview.json.toPlainText())
        assert shown == wizard.draft.document and shown["recipient"]["thumbprint"] == vendor.enc.thumbprint()
        _next(qtbot, wizard, PAGE_DONE)
        assert wizard.shared is not None
        _, document = vendor.read(wizard.shared.compact)
        assert document == shown
        sent.append(document["sender"]["pseudonym"])
        wizard.accept()
    request_key = packages.keys.pseudonym_for(db, packages.keys.Scope("request", world["request"].id)).thumbprint
    assert len({*sent, request_key}) == 3
    assert [e.data.get("pseudonym_per_recipient") for e in ledger.entries(db)] == [True, True]
