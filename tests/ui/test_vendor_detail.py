"""The vendor detail pane: each tab driven through its widgets, the models it shows, and what lock forgets."""

from __future__ import annotations

import hashlib
import io
import stat
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QUrl
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_shell import AGREEMENT, NOTE, VENDOR, _populate
from ui_helpers import WAIT_MS, unlock_with_passphrase, wait_idle

from myvendors.domain import agreements, attachments, reputation, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, NoteDraft
from myvendors.ui import icons
from myvendors.ui.controller import AppController
from myvendors.ui.main_window import VENDORS, MainWindow
from myvendors.ui.models.records import RECORD_ROLE, AgreementsModel
from myvendors.ui.models.timeline import TimelineModel as VendorTimelineModel
from myvendors.ui.models.vendors import VendorTableModel
from myvendors.ui.pages.vendors.detail import files as files_tab
from myvendors.ui.pages.vendors.detail import VendorDetail
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog, InteractionDialog, NoteDialog, OptionalDateEdit

CONTACT = "Ada (trusted)"


def _open(qtbot: QtBot, make_controller, existing_vault: Path) -> tuple[AppController, MainWindow, VendorDetail, int]:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor_id = _populate(db)
    vendors.update_vendor(db, vendor_id, category="Streaming", tags=("music",))
    reputation.add_note(db, NoteDraft(vendor_id=vendor_id, on=date.today(), ratings={"honesty": 1}, author=CONTACT,
                                      text="they sold my address"))
    attachments.attach(db, vendor_id, _stream(b"receipt bytes"), "receipt.pdf")
    main.refresh()
    assert main.show_vendor(vendor_id)
    detail = main.vendors_page.detail
    qtbot.waitUntil(lambda: detail.vendor_id == vendor_id, timeout=WAIT_MS)
    return controller, main, detail, vendor_id


def _stream(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


def _dialog(qtbot: QtBot, parent: QWidget, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=WAIT_MS)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _db(controller: AppController):
    assert controller.vault is not None
    return controller.vault.db


def _list_text(main: MainWindow, vendor_id: int, column: int) -> str:
    vendor = vendors.get_vendor(main.vault.db, vendor_id)
    row = main.vendors_page.model.row_of(vendor)
    assert row is not None
    return main.vendors_page.model.data(main.vendors_page.model.index(row, column))


def test_selecting_a_vendor_shows_it_and_the_keyboard_reaches_every_tab(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    _, main, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    assert main.current_page() == VENDORS
    assert detail.title.text() == VENDOR
    meta = detail.meta.text()
    assert "Streaming" in meta and "Active" in meta and "3.5 ★ from 2 notes" in meta
    assert detail.profile.edits["website"].text() == "https://quillfeather.example"
    assert detail.profile.edits["tags"].text() == "music"

    qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Return)  # Enter in the list goes into the pane
    focused = QApplication.focusWidget()
    assert focused is detail.profile.edits["name"]
    for expected in range(1, detail.tabs.count()):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        assert detail.tabs.currentIndex() == expected
    detail.tabs.setCurrentIndex(0)

    main.vendors_page.pane.view.setFocus()
    other = vendors.page_vendors(main.vault.db)[0]  # "Other Shop" sorts first
    qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Up)
    assert detail.vendor_id == other.id and detail.title.text() == "Other Shop"
    assert detail.agreements.model.rowCount() == 0 and detail.files.model.rowCount() == 0
    assert vendor_id != other.id


def test_edit_profile_in_place_with_the_message_next_to_the_field(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, main, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    profile = detail.profile
    assert not profile.save_button.isEnabled()
    email = profile.edits["email"]
    qtbot.keyClicks(email, "not an address")
    assert profile.save_button.isEnabled() and profile.revert_button.isEnabled()
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    assert profile.messages["email"].isVisible()
    assert "e-mail" in profile.messages["email"].text()
    assert vendors.get_vendor(_db(controller), vendor_id).email is None

    email.clear()
    qtbot.keyClicks(email, "help@quillfeather.example")
    category = profile.edits["category"]
    category.clear()
    qtbot.keyClicks(category, "Music")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS) as changed:
        qtbot.keyClick(category, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Save
    assert changed.args == [vendor_id]
    saved = vendors.get_vendor(_db(controller), vendor_id)
    assert (saved.email, saved.category) == ("help@quillfeather.example", "Music")
    assert not profile.messages["email"].isVisible() and not profile.save_button.isEnabled()
    assert _list_text(main, vendor_id, VendorTableModel.CATEGORY) == "Music"  # the list caught up
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().id == vendor_id
    assert "Music" in detail.meta.text()

    profile.edits["name"].clear()
    qtbot.keyClicks(profile.edits["name"], "Renamed")
    qtbot.mouseClick(profile.revert_button, Qt.MouseButton.LeftButton)
    assert profile.edits["name"].text() == VENDOR and not profile.save_button.isEnabled()


def test_add_agreement_with_a_bad_price_saves_nothing_then_a_good_one_and_delete_undoes(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, main, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    db = _db(controller)
    tab = detail.agreements
    detail.tabs.setCurrentWidget(tab)
    assert [tab.model.record(r).title for r in range(tab.model.rowCount())] == [AGREEMENT]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab, AgreementDialog)
    assert isinstance(dialog, AgreementDialog)
    qtbot.keyClicks(dialog.title_edit, "Gym")
    qtbot.keyClicks(dialog.price_edit, "12.3.4")
    dialog.currency_edit.clear()
    qtbot.keyClicks(dialog.currency_edit, "EUR")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    message = dialog.message_for("price")
    assert message is not None and message.isVisible() and "not an amount" in message.text()
    assert dialog.focusWidget() is dialog.price_edit, dialog.focusWidget()
    assert len(agreements.agreements_of(db, vendor_id)) == 1 and dialog.isVisible()

    dialog.price_edit.clear()
    qtbot.keyClicks(dialog.price_edit, "12.50")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert len(agreements.agreements_of(db, vendor_id)) == 2
    row = next(r for r in range(tab.model.rowCount()) if tab.model.record(r).title == "Gym")
    texts = [tab.model.data(tab.model.index(row, c)) for c in range(tab.model.columnCount())]
    assert texts[:4] == ["Subscription", "Gym", "12.50 EUR a month", "150.00 EUR"]
    assert "150.00 EUR" in _list_text(main, vendor_id, VendorTableModel.COST)

    tab.view.setFocus()
    tab.view.selectRow(row)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter edits
    edit = _dialog(qtbot, tab, AgreementDialog)
    assert isinstance(edit, AgreementDialog) and edit.title_edit.text() == "Gym"
    edit.title_edit.clear()
    qtbot.keyClicks(edit.title_edit, "Gym and pool")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    assert {a.title for a in agreements.agreements_of(db, vendor_id)} == {AGREEMENT, "Gym and pool"}

    row = next(r for r in range(tab.model.rowCount()) if tab.model.record(r).title == "Gym and pool")
    tab.view.selectRow(row)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert [a.title for a in agreements.agreements_of(db, vendor_id)] == [AGREEMENT]
    main.undo_action.trigger()
    titles = sorted(a.title for a in agreements.agreements_of(db, vendor_id))
    assert titles == sorted([AGREEMENT, "Gym and pool"])
    assert tab.model.rowCount() == 2
    main.redo_action.trigger()
    assert [a.title for a in agreements.agreements_of(db, vendor_id)] == [AGREEMENT]


def test_record_an_interaction_in_local_time_with_an_icon_and_delete_it(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, _, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    db = _db(controller)
    tab = detail.timeline
    detail.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() == 1 and NOTE in tab.model.data(tab.model.index(0, VendorTimelineModel.NOTE))
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab, InteractionDialog)
    assert isinstance(dialog, InteractionDialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(InteractionKind.COMPLAINT.value))
    local = datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=5)
    dialog.when_edit.setDateTime(QDateTime(local))
    qtbot.keyClicks(dialog.amount_edit, "abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message_for("amount").isVisible() and timeline.count(db, vendor_id) == 1
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "5")
    qtbot.keyClicks(dialog.channel_edit, "phone")
    qtbot.keyClicks(dialog.note_edit, "the bill was wrong")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    newest = timeline.page(db, vendor_id=vendor_id)[0]
    assert newest.kind is InteractionKind.COMPLAINT and newest.at.tzinfo is not None
    assert newest.at == local.astimezone(UTC)
    assert tab.model.rowCount() == 2 and tab.model.interaction(0).id == newest.id
    assert tab.model.data(tab.model.index(0, VendorTimelineModel.KIND)) == "Complaint"
    assert tab.model.data(tab.model.index(0, VendorTimelineModel.AMOUNT)).startswith("5")
    assert tab.model.data(tab.model.index(0, VendorTimelineModel.NOTE)) == "phone · the bill was wrong"
    decoration = tab.model.data(tab.model.index(0, VendorTimelineModel.KIND), Qt.ItemDataRole.DecorationRole)
    expected = icons.icon(icons.kind_icon_name(InteractionKind.COMPLAINT))
    assert decoration.pixmap(16).toImage() == expected.pixmap(16).toImage()  # the complaint icon, as drawn now
    assert tab.count_label.text() == "2 interactions"

    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert timeline.count(db, vendor_id) == 1 and tab.model.rowCount() == 1
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo
    assert timeline.count(db, vendor_id) == 2
    assert timeline.page(db, vendor_id=vendor_id)[0].kind is InteractionKind.COMPLAINT


def test_a_rated_note_updates_my_standing_and_contacts_notes_stay_apart(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, main, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    tab = detail.reputation
    detail.tabs.setCurrentWidget(tab)
    assert tab.my_model.rowCount() == 2
    assert [n.author for n in tab.their_model.records()] == [CONTACT]
    assert tab.standing_labels["service"].text() == "3.5 ★ (2)"
    assert tab.standing_labels["honesty"].text() == "—"  # the contact's 1 is theirs, not mine

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab, NoteDialog)
    assert isinstance(dialog, NoteDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # neither text nor rating
    assert dialog.message_for("text").isVisible()
    dialog.rating_combos["quality"].setCurrentIndex(4)  # 4 stars
    dialog.rating_combos["service"].setCurrentIndex(5)
    qtbot.keyClicks(dialog.text_edit, "fixed it the same day")
    qtbot.keyClicks(dialog.tags_edit, "support, fast")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.my_model.rowCount() == 3
    assert tab.standing_labels["service"].text() == "4.0 ★ (3)"
    assert tab.standing_labels["quality"].text() == "4.0 ★ (1)"
    assert tab.standing_labels["overall"].text() == "4.0 ★"
    newest = tab.my_model.record(0)
    assert newest.ratings == {"quality": 4, "service": 5} and newest.tags == ("fast", "support")
    assert "4.0 ★ from 3 notes" in detail.meta.text()
    assert _list_text(main, vendor_id, VendorTableModel.STANDING).startswith("4.0")

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = _dialog(qtbot, tab, NoteDialog)
    assert isinstance(dialog, NoteDialog)
    dialog.contact_radio.setChecked(True)
    dialog.rating_combos["price"].setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message_for("author").isVisible()  # a contact needs a name
    qtbot.keyClicks(dialog.author_edit, "Bo")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tab.my_model.rowCount() == 3 and tab.their_model.rowCount() == 2
    assert tab.standing_labels["price"].text() == "—"
    assert reputation.standing(_db(controller), vendor_id, author="Bo").per_dimension["price"] == (1.0, 1)


def test_attach_a_file_save_it_as_and_open_a_private_copy_that_lock_deletes(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path
) -> None:
    controller, main, detail, _ = _open(qtbot, make_controller, existing_vault)
    tab = detail.files
    detail.tabs.setCurrentWidget(tab)
    source = tmp_path / "contract scan.png"
    payload = bytes(range(256)) * 300
    source.write_bytes(payload)

    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    chooser = _dialog(qtbot, tab, QFileDialog)
    assert isinstance(chooser, QFileDialog)
    chooser.setDirectory(str(tmp_path))
    chooser.selectFile(source.name)
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        chooser.accept()
    names = [tab.model.record(r).filename for r in range(tab.model.rowCount())]
    assert sorted(names) == ["contract scan.png", "receipt.pdf"]
    row = names.index("contract scan.png")
    assert tab.model.data(tab.model.index(row, 2)) == "75.0 KiB"

    tab.view.setFocus()
    tab.view.selectRow(row)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    saver = _dialog(qtbot, tab, QFileDialog)
    assert isinstance(saver, QFileDialog)
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    saver.setDirectory(str(target.parent))
    saver.selectFile(target.name)
    saver.accept()
    assert target.read_bytes() == payload
    assert "Saved" in tab.banner.text()

    opened: list[QUrl] = []
    tab.open_url = lambda url: opened.append(url) or True
    assert "deleted when the vault locks" in tab.open_button.toolTip()
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter opens
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == payload and copy.name == "contract scan.png"
    folder = tab.opened.folder
    assert folder is not None and copy.is_relative_to(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600

    main.lock_action.trigger()  # locking clears the pane, and with it the decrypted copies
    qtbot.waitUntil(lambda: controller.vault is None, timeout=WAIT_MS)
    assert not copy.exists() and not folder.exists()


def test_a_file_over_the_limit_is_refused_clearly_and_big_files_go_to_the_worker(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller, main, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    tab = detail.files
    detail.tabs.setCurrentWidget(tab)
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 5000)
    tab.max_bytes = 4096
    tab.add_files([big])
    assert "larger than 4.0 KiB" in tab.banner.text() and "nothing was stored" in tab.banner.text()
    assert tab.model.rowCount() == 1

    tab.max_bytes = attachments.MAX_BYTES
    monkeypatch.setattr(files_tab, "BIG_FILE_BYTES", 1000)
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        tab.add_files([big])
        assert tab.busy_label.text() == "Adding…" and not tab.add_button.isEnabled()
        assert not main.vendors_page.pane.isEnabled() and not main.vault_actions.backup_action.isEnabled()  # nothing else writes meanwhile
        assert main.statusBar().currentMessage() == "Adding…"
    wait_idle(qtbot, controller)
    assert tab.model.rowCount() == 2 and tab.add_button.isEnabled() and tab.busy_label.text() == ""
    assert main.vendors_page.pane.isEnabled() and main.vault_actions.backup_action.isEnabled()
    assert {a.size for a in attachments.attachments_of(_db(controller), vendor_id)} == {5000, len(b"receipt bytes")}


def test_deleting_a_file_asks_first(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller, _, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    tab = detail.files
    detail.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    tab.view.selectRow(0)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    box = _dialog(qtbot, tab, QMessageBox)
    assert isinstance(box, QMessageBox) and "receipt.pdf" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(attachments.attachments_of(_db(controller), vendor_id)) == 1
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = _dialog(qtbot, tab, QMessageBox)
    assert isinstance(box, QMessageBox)
    delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    delete.click()
    assert attachments.attachments_of(_db(controller), vendor_id) == [] and tab.model.rowCount() == 0


def test_clear_empties_every_model_and_field_and_removes_the_copies(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    *_, detail, _ = _open(qtbot, make_controller, existing_vault)
    files = detail.files
    files.open_url = lambda url: True
    files.view.selectRow(0)
    files.open_selected()
    folder = files.opened.folder
    assert folder is not None and any(folder.rglob("receipt.pdf"))
    models = (
        detail.agreements.model, detail.timeline.model, detail.reputation.my_model, detail.reputation.their_model,
        files.model,
    )
    assert all(model.rowCount() for model in models)
    detail.clear()
    assert all(model.rowCount() == 0 for model in models)
    assert not folder.exists() and files.opened.folder is None
    assert detail.title.text() == "" and detail.meta.text() == "" and detail.vendor_id is None
    assert all(edit.text() == "" for edit in detail.profile.edits.values())
    assert detail.profile.notes_edit.toPlainText() == ""
    assert all(label.text() == "" for label in detail.reputation.standing_labels.values())
    assert detail.stack.currentIndex() == 0
    assert not detail.agreements.add_button.isEnabled() and not detail.timeline.record_button.isEnabled()


MODELS = {
    "agreements": lambda detail: detail.agreements.model,
    "timeline": lambda detail: detail.timeline.model,
    "my notes": lambda detail: detail.reputation.my_model,
    "contacts' notes": lambda detail: detail.reputation.their_model,
    "files": lambda detail: detail.files.model,
}


@pytest.mark.parametrize("which", sorted(MODELS))
def test_every_record_model_passes_the_model_tester(
    qtbot: QtBot, make_controller, existing_vault: Path, qtmodeltester: ModelTester, which: str
) -> None:
    _, _, detail, _ = _open(qtbot, make_controller, existing_vault)
    model = MODELS[which](detail)
    assert model.rowCount() > 0
    assert model.data(model.index(0, 0), RECORD_ROLE) is not None
    qtmodeltester.check(model, force_py=True)
    detail.clear()  # the tester watches the reset too


def test_the_timeline_model_of_every_vendor_passes_the_model_tester(
    qtbot: QtBot, make_controller, existing_vault: Path, qtmodeltester: ModelTester
) -> None:
    controller, _, detail, _ = _open(qtbot, make_controller, existing_vault)
    db = _db(controller)
    other = vendors.page_vendors(db)[0]
    timeline.record(db, InteractionDraft(vendor_id=other.id, kind=InteractionKind.GIFT, at=datetime.now(UTC)))
    everyone = VendorTimelineModel(db)
    everyone.set_vendor(None)  # every vendor's timeline, as the lead's model allows
    assert everyone.rowCount() == timeline.count(db) == 2
    qtmodeltester.check(everyone, force_py=True)
    assert detail.agreements.model.headerData(AgreementsModel.PRICE, Qt.Orientation.Horizontal) == "Price"
    everyone.clear()
    assert everyone.rowCount() == 0


def test_an_optional_date_can_be_set_and_emptied_by_keyboard(qtbot: QtBot) -> None:
    field = OptionalDateEdit()
    qtbot.addWidget(field)
    assert field.value() is None and field.text().strip() == ""
    field.set_value(date(2026, 12, 1))
    assert field.value() == date(2026, 12, 1) and field.text() == "2026-12-01"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None


def test_choosing_another_vendor_saves_profile_edits_or_stays_when_they_are_invalid(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, main, detail, vendor_id = _open(qtbot, make_controller, existing_vault)
    db = _db(controller)
    other = next(v for v in vendors.list_vendors(db) if v.name == "Other Shop")
    qtbot.keyClicks(detail.profile.edits["phone"], "+1 555 0100")
    main.vendors_page.pane.view.setFocus()
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS) as changed:
        qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Up)  # to "Other Shop"
    assert changed.args == [vendor_id]
    assert vendors.get_vendor(db, vendor_id).phone == "+1 555 0100"
    assert detail.vendor_id == other.id and main.vendors_page.pane.selected_vendor().id == other.id

    qtbot.keyClicks(detail.profile.edits["website"], "not a web address")
    main.vendors_page.pane.view.setFocus()
    qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: main.vendors_page.pane.selected_vendor().id == other.id, timeout=WAIT_MS)  # stayed
    assert detail.vendor_id == other.id and main.vendors_page.pane.view.currentIndex().row() == 0
    assert detail.profile.messages["website"].isVisible()
    assert vendors.get_vendor(db, other.id).website is None
    qtbot.mouseClick(detail.profile.revert_button, Qt.MouseButton.LeftButton)
    main.vendors_page.pane.view.setFocus()
    qtbot.keyClick(main.vendors_page.pane.view, Qt.Key.Key_Down)
    assert detail.vendor_id == vendor_id


@pytest.fixture
def new_york(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_interaction_time_is_local_on_screen_and_utc_in_the_vault(qtbot: QtBot, new_york: None) -> None:
    dialog = InteractionDialog(now=lambda: datetime(2026, 7, 1, 9, 30))
    qtbot.addWidget(dialog)
    assert dialog.when_edit.text() == "2026-07-01 09:30"
    assert dialog.values()["at"] == datetime(2026, 7, 1, 13, 30, tzinfo=UTC)  # EDT is UTC-4
    dialog.when_edit.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(9, 30)))
    assert dialog.values()["at"] == datetime(2026, 12, 1, 14, 30, tzinfo=UTC)  # EST is UTC-5


def test_edit_an_interaction_from_the_keyboard_and_undo_restores_it(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, main, detail, _ = _open(qtbot, make_controller, existing_vault)
    db = _db(controller)
    tab = detail.timeline
    detail.tabs.setCurrentWidget(tab)
    before = tab.model.interaction(0)
    tab.view.setFocus()
    tab.view.selectRow(0)
    assert tab.edit_button.isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    dialog = _dialog(qtbot, tab, InteractionDialog)
    assert isinstance(dialog, InteractionDialog)
    assert dialog.windowTitle() == "Edit interaction" and dialog.note_edit.toPlainText() == before.note
    assert dialog.kind_combo.currentData() == before.kind.value
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(InteractionKind.COMPLAINT.value))
    dialog.amount_edit.setText("abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message_for("amount").isVisible() and timeline.get_interaction(db, before.id) == before
    dialog.amount_edit.setText("7.50")
    dialog.currency_edit.setText("EUR")
    dialog.note_edit.setPlainText("charged twice")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    edited = timeline.get_interaction(db, before.id)
    assert (edited.kind, str(edited.amount.amount) if edited.amount else None, edited.note, edited.at) == (
        InteractionKind.COMPLAINT, "7.50", "charged twice", before.at)
    assert tab.selected() is not None and tab.selected().id == before.id
    assert tab.model.data(tab.model.index(0, VendorTimelineModel.KIND)) == "Complaint"
    assert tab.model.rows_fetched <= 200  # reloaded a page, not the timeline

    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo
    assert timeline.get_interaction(db, before.id) == before
    assert tab.model.interaction(0) == before
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= {k.toString() for k in main.redo_action.shortcuts()}
    main.redo_action.trigger()
    assert timeline.get_interaction(db, before.id) == edited
    main.undo_action.trigger()
    assert timeline.get_interaction(db, before.id) == before


def test_edit_a_note_by_enter_and_double_click_and_undo_restores_standing(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    controller, main, detail, _ = _open(qtbot, make_controller, existing_vault)
    db = _db(controller)
    tab = detail.reputation
    detail.tabs.setCurrentWidget(tab)
    standing_before = tab.standing_labels["overall"].text()
    note = tab.my_model.record(0)
    tab.my_view.setFocus()
    tab.my_view.selectRow(0)
    qtbot.keyClick(tab.my_view, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, tab, NoteDialog)
    assert isinstance(dialog, NoteDialog)
    assert dialog.windowTitle() == "Edit note" and dialog.text_edit.toPlainText() == note.text
    assert {d: int(c.currentData()) for d, c in dialog.rating_combos.items() if c.currentData()} == note.ratings
    for combo in dialog.rating_combos.values():
        combo.setCurrentIndex(combo.findData("5"))
    dialog.tags_edit.setText("edited, kind")
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    edited = reputation.get_note(db, note.id)
    assert edited.ratings == dict.fromkeys(("quality", "price", "service", "honesty"), 5)
    assert edited.tags == ("edited", "kind") and edited.text == note.text and edited.on == note.on
    assert tab.selected() is not None and tab.selected().id == note.id
    assert tab.standing_labels["overall"].text() != standing_before

    main.undo_action.trigger()
    assert reputation.get_note(db, note.id) == note
    assert tab.standing_labels["overall"].text() == standing_before

    # a trusted contact's note opens by double-click, with the contact filled in
    theirs = tab.their_model.record(0)
    rect = tab.their_view.visualRect(tab.their_model.index(0, 0))
    qtbot.mouseClick(tab.their_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.their_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _dialog(qtbot, tab, NoteDialog)
    assert isinstance(dialog, NoteDialog)
    assert dialog.contact_radio.isChecked() and dialog.author_edit.text() == theirs.author
    dialog.reject()

    # a right-click on a row offers Edit… and Delete for that row
    rect = tab.my_view.visualRect(tab.my_model.index(1, 0))
    menu = tab._context_menu(tab.my_view, tab.edit_selected, tab.delete_selected, rect.center())
    assert menu is not None and [a.text() for a in menu.actions()] == ["Ed&it…", "&Delete"]
    assert tab.selected() == tab.my_model.record(1)
    menu.close()


@pytest.mark.parametrize("name", ["scan\x00.pdf", "Vertrag " + "ü" * 150 + ".pdf"], ids=["nul", "300 bytes"])
def test_open_makes_a_copy_of_a_file_whose_name_had_a_nul_or_300_bytes(new_vault, tmp_path: Path, name: str) -> None:
    from myvendors.storage import attachments as sql

    db = new_vault[0].db
    vendor = vendors.add_vendor(db, "Insurer")
    attached = attachments.attach(db, vendor.id, io.BytesIO(b"%PDF-1.4 attached"), name)
    with db.transaction():  # and the same name as an older version stored it, unchecked
        stored_id = sql.insert_attachment(db, uid="old-1", vendor_id=vendor.id, filename=name, media_type="application/pdf")
        sql.insert_chunk(db, stored_id, 0, b"%PDF-1.4 stored")
        sql.finish_attachment(db, stored_id, size=15, sha256=hashlib.sha256(b"%PDF-1.4 stored").hexdigest())
    opened = files_tab.OpenedFiles(base=tmp_path)
    try:
        for attachment, data in ((attached, b"%PDF-1.4 attached"), (attachments.get_attachment(db, stored_id), b"%PDF-1.4 stored")):
            copy = opened.write(db, attachment)
            assert copy.read_bytes() == data
            assert copy.name == attachments.safe_filename(name) and copy.suffix == ".pdf"
    finally:
        opened.clear()
