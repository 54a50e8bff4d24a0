"""The vendor table model, without a window: keyset pages on demand, cleared on lock."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from myvendors.domain import vendors
from myvendors.ui.models.vendors import PAGE_SIZE, VENDOR_ROLE, VendorTableModel
from myvendors.vault import Vault


def test_pages_are_fetched_as_the_view_needs_them(new_vault: tuple[Vault, str], qtmodeltester: ModelTester) -> None:
    vault, _ = new_vault
    total = PAGE_SIZE * 2 + 7
    for n in range(total):
        vendors.add_vendor(vault.db, f"Vendor {n:04d}", website=f"https://v{n}.example" if n % 2 else None)
    model = VendorTableModel(lambda after, limit: vendors.list_vendors(vault.db, limit=limit, after_id=after))
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(0, VendorTableModel.NAME)) == "Vendor 0000"
    assert model.data(model.index(1, VendorTableModel.WEBSITE)) == "https://v1.example"
    assert model.data(model.index(0, VendorTableModel.ADDED), Qt.ItemDataRole.DisplayRole).count("-") == 2
    assert model.data(model.index(3, 0), VENDOR_ROLE).name == "Vendor 0003"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    qtmodeltester.check(model, force_py=True)

    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
