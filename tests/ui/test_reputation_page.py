"""The Reputation page: a table of every note, filters by rating, tag and author, and opening the vendor."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors.domain import reputation, vendors
from myvendors.domain.models import NoteDraft
from myvendors.storage import Database
from myvendors.ui.main_window import REPUTATION, VENDORS
from myvendors.ui.models import reputation as notes_model
from myvendors.ui.models.reputation import ME, NoteTableModel
from myvendors.ui.pages.reputation import ReputationPage
from myvendors.vault import Vault

TODAY = date(2026, 6, 1)


def _notes(db: Database) -> dict[str, int]:
    """Six notes on two vendors by three authors; returns {text: vendor id}."""
    shop = vendors.add_vendor(db, "Quillfeather Stationers")
    bank = vendors.add_vendor(db, "Woodgrove Bank")
    made = {}
    for days, vendor, text, ratings, tags, author in (
        (1, shop, "Great pens\nsecond line", {"quality": 5, "price": 4}, ("pens",), None),  # average 4.5
        (2, shop, "Slow delivery", {"service": 2}, ("slow", "pens"), None),  # 2.0
        (3, bank, "Fair fees", {"price": 4, "honesty": 3}, (), "Sam"),  # 3.5
        (4, bank, "Hid a charge", {"honesty": 1}, ("slow",), "Sam"),  # 1.0
        (5, shop, "Lovely shop", {"quality": 5}, ("pens",), "Ada"),  # 5.0
        (6, bank, "Text only, no rating", {}, (), None),  # no average
    ):
        reputation.add_note(db, NoteDraft(
            vendor_id=vendor.id, on=TODAY - timedelta(days=days), text=text, ratings=ratings, tags=tags, author=author,
        ))
        made[text.splitlines()[0]] = vendor.id
    return made


def _shown(page: ReputationPage) -> list[str]:
    model = page.model
    return [model.data(model.index(row, NoteTableModel.TEXT)) for row in range(model.rowCount())]


@pytest.fixture
def page(qtbot: QtBot, new_vault: tuple[Vault, str]) -> ReputationPage:
    vault, _ = new_vault
    _notes(vault.db)
    widget = ReputationPage()
    qtbot.addWidget(widget)
    widget.refresh(vault.db)
    return widget


def test_every_note_newest_first_with_its_columns(page: ReputationPage) -> None:
    model = page.model
    assert _shown(page) == ["Great pens", "Slow delivery", "Fair fees", "Hid a charge", "Lovely shop", "Text only, no rating"]
    assert page.count_label.text() == "6 notes"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Date", "Vendor", "Author", "Quality", "Price", "Service", "Honesty", "Average", "Tags", "Note",
    ]
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["2026-05-31", "Quillfeather Stationers", "Me", "5", "4", "", "", "4.5", "#pens", "Great pens"]
    assert model.data(model.index(0, NoteTableModel.TEXT), Qt.ItemDataRole.ToolTipRole) == "Great pens\nsecond line"
    sams = [model.data(model.index(r, c)) for r in (2,) for c in (NoteTableModel.VENDOR, NoteTableModel.AUTHOR)]
    assert sams == ["Woodgrove Bank", "Sam"]
    assert model.data(model.index(5, NoteTableModel.AVERAGE)) == ""


def test_the_filters_offer_the_known_tags_and_authors(page: ReputationPage) -> None:
    tags = [page.tag_combo.itemText(i) for i in range(page.tag_combo.count())]
    authors = [page.author_combo.itemText(i) for i in range(page.author_combo.count())]
    assert tags == ["All tags", "#pens", "#slow"]
    assert authors == ["Everyone", "Me", "Ada", "Sam"]


def test_filter_by_minimum_average_rating(page: ReputationPage) -> None:
    page.rating_combo.setCurrentIndex(page.rating_combo.findData(4))
    assert _shown(page) == ["Great pens", "Lovely shop"]
    page.rating_combo.setCurrentIndex(page.rating_combo.findData(2))
    assert _shown(page) == ["Great pens", "Slow delivery", "Fair fees", "Lovely shop"]
    page.rating_combo.setCurrentIndex(page.rating_combo.findData(5))
    assert _shown(page) == ["Lovely shop"]


def test_filter_by_tag(page: ReputationPage) -> None:
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("slow"))
    assert _shown(page) == ["Slow delivery", "Hid a charge"]
    page.tag_combo.setCurrentIndex(page.tag_combo.findData("pens"))
    assert _shown(page) == ["Great pens", "Slow delivery", "Lovely shop"]


def test_filter_by_author_me_and_each_contact(page: ReputationPage) -> None:
    page.author_combo.setCurrentIndex(page.author_combo.findData(ME))
    assert _shown(page) == ["Great pens", "Slow delivery", "Text only, no rating"]
    page.author_combo.setCurrentIndex(page.author_combo.findData("Sam"))
    assert _shown(page) == ["Fair fees", "Hid a charge"]
    page.author_combo.setCurrentIndex(page.author_combo.findData("Ada"))
    assert _shown(page) == ["Lovely shop"]
    page.author_combo.setCurrentIndex(0)
    assert len(_shown(page)) == 6


def test_filters_combine_and_show_all_resets_them(page: ReputationPage) -> None:
    assert not page.reset_button.isEnabled()
    page.set_filter(min_rating=2, tag="pens", author=ME)
    assert _shown(page) == ["Great pens", "Slow delivery"]
    page.set_filter(min_rating=3, tag="slow")
    assert _shown(page) == []
    assert page.count_label.text() == "no notes match"
    assert page.stack.currentWidget() is page.view  # the header and the filters stay
    assert page.reset_button.isEnabled()
    page.reset_button.click()
    assert len(_shown(page)) == 6 and not page.reset_button.isEnabled()


def test_a_refresh_keeps_the_filters_while_their_choices_exist(page: ReputationPage, new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    page.set_filter(author="Sam", tag="slow")
    assert _shown(page) == ["Hid a charge"]
    page.refresh(vault.db)
    assert page.author_combo.currentData() == "Sam" and _shown(page) == ["Hid a charge"]
    bank = next(v for v in vendors.list_vendors(vault.db) if v.name == "Woodgrove Bank")
    vendors.delete_vendor(vault.db, bank.id)  # Sam wrote only about the bank: he is no longer offered
    page.refresh(vault.db)
    assert page.author_combo.findData("Sam") == -1 and page.author_combo.currentData() is None
    assert page.tag_combo.currentData() == "slow" and _shown(page) == ["Slow delivery"]


def test_pages_are_fetched_as_the_list_scrolls(
    qtbot: QtBot, new_vault: tuple[Vault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes_model, "PAGE_SIZE", 4)
    vault, _ = new_vault
    _notes(vault.db)
    model = NoteTableModel(vault.db)
    model.reload()
    assert model.rowCount() == 4 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 6 and not model.canFetchMore(QModelIndex())
    assert [n.id for n in model.notes()] == [n.id for n in reputation.notes(vault.db)]


def test_the_note_list_holds_a_bounded_window_of_pages_and_fetches_dropped_ones_again(
    new_vault: tuple[Vault, str]
) -> None:
    vault, _ = new_vault
    _notes(vault.db)
    model = NoteTableModel(vault.db, page_size=1, max_pages=2)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 6 and model.rows_held == 2 and model.rows_fetched == 6  # scrolled to the end
    everything = reputation.notes(vault.db)
    shown = [model.data(model.index(row, NoteTableModel.TEXT)) for row in range(6)]  # back from the top
    assert shown == [n.text.splitlines()[0] for n in everything]
    assert model.rows_held == 2 and model.rows_fetched == 6 + 6  # each page dropped on the way, fetched again by key
    assert model.data(model.index(0, NoteTableModel.VENDOR)) == "Quillfeather Stationers"  # the newest, again


def test_the_note_model_passes_the_model_tester(
    new_vault: tuple[Vault, str], qtmodeltester: ModelTester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notes_model, "PAGE_SIZE", 4)  # the tester also walks fetchMore
    vault, _ = new_vault
    _notes(vault.db)
    model = NoteTableModel(vault.db)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_enter_or_double_click_on_a_note_opens_its_vendor(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    made = _notes(controller.vault.db)
    main.refresh()
    main.go_to(REPUTATION)
    page = main.reputation_page
    page.set_filter(author="Sam")
    view = page.view
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, NoteTableModel.TEXT))
    with qtbot.waitSignal(page.vendor_chosen) as chosen:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert chosen.args == [made["Hid a charge"]]
    assert main.current_page() == VENDORS
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().name == "Woodgrove Bank"

    main.go_to(REPUTATION)
    page.set_filter()
    qtbot.waitUntil(view.isVisible)
    view.doItemsLayout()
    rect = view.visualRect(page.model.index(0, NoteTableModel.VENDOR))
    assert rect.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click starts as a press
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main.current_page() == VENDORS
    assert main.vendors_page.pane.selected_vendor().name == "Quillfeather Stationers"


def test_locking_empties_the_page(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    _notes(controller.vault.db)
    main.refresh()
    main.reputation_page.set_filter(author="Sam")
    controller.lock()
    page = main.reputation_page
    assert page.model.rowCount() == 0 and page.author_combo.count() == 2 and page.tag_combo.count() == 1
    assert page.count_label.text() == "" and page.stack.currentWidget() is page.empty


def test_vendors_with_leaks_say_so_beside_their_name(new_vault: tuple[Vault, str], qtmodeltester: ModelTester) -> None:
    from myvendors.domain import leaks

    db = new_vault[0].db
    shop, quiet, many = (vendors.add_vendor(db, name).id for name in ("Shop", "Quiet", "Many"))
    for vendor in (shop, quiet, many):
        reputation.add_note(db, NoteDraft(vendor_id=vendor, on=date(2026, 5, 1), text="fine", ratings={"price": 3}))
    leaks.add_alias(db, shop, "ken+shop@example.com")
    leaks.add_alias(db, many, "ken+many@example.com")
    leaks.record_by_hand(db, "ken+shop@example.com", seen_on=date(2026, 5, 2), used_by="spam.example")
    for day in (3, 4, 5):
        leaks.record_by_hand(db, "ken+many@example.com", seen_on=date(2026, 5, day), used_by=f"spam{day}.example")
    leaks.close(db, leaks.leaks(db, vendor_id=many)[0].id)
    model = NoteTableModel(db)
    qtmodeltester.check(model, force_py=True)

    def cell(name: str, role: Qt.ItemDataRole) -> object:
        row = next(r for r in range(model.rowCount()) if model.note(r).vendor_id == {"Shop": shop, "Quiet": quiet,
                                                                                     "Many": many}[name])
        return model.data(model.index(row, NoteTableModel.VENDOR), role)

    assert cell("Shop", Qt.ItemDataRole.DisplayRole) == "Shop · 1 leak"
    assert cell("Many", Qt.ItemDataRole.DisplayRole) == "Many · 3 leaks"
    assert cell("Many", Qt.ItemDataRole.ToolTipRole) == "3 leaks of your data (2 open)"
    assert cell("Many", Qt.ItemDataRole.DecorationRole) is not None
    assert cell("Quiet", Qt.ItemDataRole.DisplayRole) == "Quiet"
    assert cell("Quiet", Qt.ItemDataRole.DecorationRole) is None and cell("Quiet", Qt.ItemDataRole.ToolTipRole) is None
