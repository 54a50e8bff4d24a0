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
    vendors.add_vendors(vault.db, [
        vendors.VendorDraft(name=f"Vendor {n:04d}", category="Shop" if n % 2 else None) for n in range(total)
    ])
    model = VendorTableModel(vault.db)
    model.reload()
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(0, VendorTableModel.NAME)) == "Vendor 0000"
    assert model.data(model.index(1, VendorTableModel.CATEGORY)) == "Shop"
    assert model.data(model.index(0, VendorTableModel.STATUS), Qt.ItemDataRole.DisplayRole) == "Active"
    assert model.data(model.index(3, 0), VENDOR_ROLE).name == "Vendor 0003"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    qtmodeltester.check(model, force_py=True)

    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
