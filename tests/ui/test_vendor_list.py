"""The Vendors list: columns that matter, pages on demand, sort, status filter, delete to trash with Undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_shell import VENDOR, _populate
from ui_helpers import WAIT_MS, unlock_with_passphrase, wait_for_window

from myvendors.domain import agreements, insights, vendors
from myvendors.domain.models import AgreementDraft, AgreementKind, BillingPeriod, Money, VendorDraft, VendorStatus
from myvendors.ui.main_window import VENDORS, MainWindow
from myvendors.ui.models.vendors import PAGE_SIZE, SORT_ROLE, VendorTableModel
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault import Vault

M = VendorTableModel


def _row(model: VendorTableModel, name: str) -> int:
    return next(row for row in range(model.rowCount()) if model.vendor(row).name == name)


def _names(model: VendorTableModel) -> list[str]:
    return [model.vendor(row).name for row in range(model.rowCount())]


def _open(qtbot: QtBot, make_controller, existing_vault: Path) -> MainWindow:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    vendor_id = _populate(db)
    vendors.update_vendor(db, vendor_id, category="Streaming")
    agreements.add_agreement(db, AgreementDraft(
        vendor_id=vendor_id, kind=AgreementKind.SUBSCRIPTION, title="Music", price=Money.parse("19.99", "EUR"),
        period=BillingPeriod.MONTHLY,
    ))
    vendors.add_vendor(db, "Alder Bank", status=VendorStatus.FORMER)
    vendors.add_vendor(db, "Blocked Spam Ltd", status=VendorStatus.BLOCKED)
    main.refresh()
    main.go_to(VENDORS)
    return main


def test_every_column_has_values_and_the_model_passes_the_tester(
    qtbot: QtBot, make_controller, existing_vault: Path, qtmodeltester: ModelTester
) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    model = main.vendors_page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name", "Category", "Status", "Standing", "Next renewal", "Yearly cost"
    ]
    row = _row(model, VENDOR)
    texts = [model.data(model.index(row, column)) for column in range(model.columnCount())]
    assert texts[:3] == [VENDOR, "Streaming", "Active"]
    assert texts[3] == "3.5 ★ (2)"
    assert len(texts[4]) == 10 and texts[4].count("-") == 2
    assert texts[5] == "239.88 EUR"  # 19.99 a month
    assert model.data(model.index(row, M.COST), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(row, M.NAME), SORT_ROLE).name == VENDOR
    assert model.data(model.index(_row(model, "Other Shop"), M.STANDING)) == ""
    qtmodeltester.check(model, force_py=True)


def test_pages_are_fetched_as_rows_are_read_with_one_summaries_call_each(
    new_vault: tuple[Vault, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = new_vault
    total = 450
    vendors.add_vendors(vault.db, [VendorDraft(name=f"Vendor {n:04d}") for n in range(total)])
    calls: list[int] = []
    real = insights.summaries

    def counting(db, ids, **kwargs):
        calls.append(len(ids))
        return real(db, ids, **kwargs)

    monkeypatch.setattr(insights, "summaries", counting)
    model = VendorTableModel(vault.db)
    model.reload()
    assert model.rowCount() == total and calls == []  # counted, nothing fetched yet
    assert model.vendor(0).name == "Vendor 0000" and calls == [PAGE_SIZE]
    assert _names(model) == [f"Vendor {n:04d}" for n in range(total)]
    assert calls == [PAGE_SIZE, PAGE_SIZE, total - 2 * PAGE_SIZE]


def test_the_name_header_sorts_both_ways_other_headers_do_not(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    model, view = main.vendors_page.model, main.vendors_page.pane.view
    ascending = _names(model)
    assert ascending == sorted(ascending, key=str.lower)
    view.sortByColumn(M.NAME, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ascending[::-1] and model.sort_key == "-name"
    assert main.vendors_page.pane.sort_combo.currentData() == "-name"
    view.sortByColumn(M.STANDING, Qt.SortOrder.AscendingOrder)  # not a sort the services have
    assert _names(model) == ascending[::-1]
    assert view.horizontalHeader().sortIndicatorSection() == M.NAME
    other = model.vendor(_row(model, "Other Shop"))
    vendors.update_vendor(main.vault.db, other.id, category="Groceries")
    main.vendors_page.pane.sort_combo.setCurrentIndex(main.vendors_page.pane.sort_combo.findData("updated"))
    assert model.sort_key == "updated" and _names(model)[0] == "Other Shop"
    assert not view.horizontalHeader().isSortIndicatorShown()
    view.horizontalHeader().setSortIndicatorShown(True)
    view.sortByColumn(M.NAME, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ascending and main.vendors_page.pane.sort_combo.currentData() == "name"


def test_the_status_filter_shows_one_status(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    combo = main.vendors_page.pane.status_combo
    assert [combo.itemText(n) for n in range(combo.count())] == ["All", "Active", "Former", "Blocked"]
    combo.setCurrentIndex(combo.findText("Former"))
    assert _names(main.vendors_page.model) == ["Alder Bank"]
    combo.setCurrentIndex(combo.findText("Blocked"))
    assert _names(main.vendors_page.model) == ["Blocked Spam Ltd"]
    combo.setCurrentIndex(combo.findText("All"))
    assert main.vendors_page.model.rowCount() == 4


def test_delete_moves_to_the_trash_and_ctrl_z_brings_it_back_selected(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main = _open(qtbot, make_controller, existing_vault)
    view, model = main.vendors_page.pane.view, main.vendors_page.model
    view.setFocus()
    view.setCurrentIndex(model.index(_row(model, VENDOR), M.NAME))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert VENDOR not in _names(model) and model.rowCount() == 3
    assert main.statusBar().currentMessage() == f"Moved {VENDOR} to the trash — Undo (Ctrl+Z)"
    assert main.vendors_page.pane.count_label.text() == "3 vendors"
    assert vendors.count_vendors(main.vault.db, trashed=True) == 1

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert VENDOR in _names(model) and vendors.count_vendors(main.vault.db, trashed=True) == 0
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().name == VENDOR
    assert main.vendors_page.pane.count_label.text() == "4 vendors"

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert VENDOR not in _names(model) and vendors.count_vendors(main.vault.db, trashed=True) == 1  # redo


def test_lock_clears_the_list_and_the_undo_stack(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    vendors.add_vendor(controller.vault.db, VENDOR)
    main.refresh()
    main.vendors_page.pane.view.setCurrentIndex(main.vendors_page.model.index(0, M.NAME))
    main.vendors_page.delete_action.trigger()
    assert main.undo_stack.count() == 1 and main.undo_action.isEnabled()
    model, stack = main.vendors_page.model, main.undo_stack
    with qtbot.waitSignal(controller.locked, timeout=WAIT_MS):
        main.lock_action.trigger()
    assert model.rowCount() == 0 and model.rows_held == 0
    assert stack.count() == 0
    wait_for_window(qtbot, controller, UnlockWindow)


def test_opening_a_vendor_fetches_only_the_page_it_is_on(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    db = controller.vault.db
    total = 5 * PAGE_SIZE
    added = vendors.add_vendors(db, [VendorDraft(name=f"vendor {n:04d}") for n in range(total)])
    vendors.update_vendor(db, added[0].id, name="Zebra Rentals")  # sorts last by name, first by id
    main.refresh()
    main.go_to(VENDORS)
    qtbot.waitExposed(main.vendors_page.pane.view)
    qtbot.wait(50)  # the view lays out: it fetches only the rows it shows
    assert main.vendors_page.model.rowCount() == total and main.vendors_page.model.rows_fetched <= PAGE_SIZE
    main.vendors_page.pane.status_combo.setCurrentIndex(main.vendors_page.pane.status_combo.findText("Former"))
    assert main.vendors_page.model.rowCount() == 0

    assert main.show_vendor(added[250].id)
    assert main.vendors_page.pane.status_filter() is None  # the filter hid it: back to All
    assert main.vendors_page.pane.selected_vendor() is not None and main.vendors_page.pane.selected_vendor().name == "vendor 0250"
    assert main.vendors_page.model.rows_fetched <= 3 * PAGE_SIZE  # the page it is on and what the view shows around it
    assert main.show_vendor(added[0].id)
    assert main.vendors_page.pane.selected_vendor().name == "Zebra Rentals"
    assert main.vendors_page.pane.view.currentIndex().row() == total - 1
    assert main.vendors_page.model.rows_held <= 8 * PAGE_SIZE
