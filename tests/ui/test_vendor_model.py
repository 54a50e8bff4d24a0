"""The vendor table model, without a window: every row counted, a few pages held, cleared on lock."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from myvendors.domain import vendors
from myvendors.domain.vendors import VendorStatus
from myvendors.ui.models.vendors import VENDOR_ROLE, VendorTableModel
from myvendors.vault import Vault

PAGE = 20


def _names(model: VendorTableModel) -> list[str]:
    return [model.data(model.index(row, VendorTableModel.NAME)) for row in range(model.rowCount())]


def test_rows_come_a_page_at_a_time_in_any_order_of_access(new_vault: tuple[Vault, str], qtmodeltester: ModelTester) -> None:
    vault, _ = new_vault
    total = PAGE * 7 + 7
    vendors.add_vendors(vault.db, [
        vendors.VendorDraft(name=f"Vendor {n:04d}", category="Shop" if n % 2 else None) for n in range(total)
    ])
    model = VendorTableModel(vault.db, page_size=PAGE, max_pages=3)
    model.reload()
    assert model.rowCount() == total and model.rows_fetched == 0 and not model.canFetchMore(QModelIndex())
    assert model.data(model.index(total - 1, VendorTableModel.NAME)) == f"Vendor {total - 1:04d}"  # a jump to the end
    assert model.rows_fetched == 7  # the last, short page only
    assert model.data(model.index(total - 8, VendorTableModel.NAME)) == f"Vendor {total - 8:04d}"  # the page above, by key
    assert model.data(model.index(PAGE * 3 + 5, VendorTableModel.NAME)) == f"Vendor {PAGE * 3 + 5:04d}"  # by position
    assert model.data(model.index(PAGE * 4, VendorTableModel.NAME)) == f"Vendor {PAGE * 4:04d}"  # the next, by key
    assert model.rows_held <= 3 * PAGE
    assert model.data(model.index(1, VendorTableModel.CATEGORY)) == "Shop"
    assert model.data(model.index(0, VendorTableModel.STATUS), Qt.ItemDataRole.DisplayRole) == "Active"
    assert model.data(model.index(3, 0), VENDOR_ROLE).name == "Vendor 0003"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert _names(model) == [f"Vendor {n:04d}" for n in range(total)]  # every row, walking down
    assert model.rows_held <= 3 * PAGE
    model.set_sort("-name")
    assert [model.data(model.index(row, 0)) for row in reversed(range(total))] == [f"Vendor {n:04d}" for n in range(total)]
    qtmodeltester.check(model, force_py=True)

    model.clear()
    assert model.rowCount() == 0 and model.rows_held == 0


def test_status_filter_counts_and_positions(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    added = vendors.add_vendors(vault.db, [
        vendors.VendorDraft(name=f"V{n:03d}", status=VendorStatus.FORMER if n % 3 == 0 else VendorStatus.ACTIVE)
        for n in range(50)
    ])
    model = VendorTableModel(vault.db, page_size=PAGE, max_pages=2)
    model.set_status_filter(VendorStatus.FORMER)
    assert model.rowCount() == len(range(0, 50, 3))
    assert _names(model) == [f"V{n:03d}" for n in range(0, 50, 3)]
    assert model.row_of(added[48]) == 16 and model.row_of(added[1]) is None
    model.set_sort("updated")
    assert model.row_of(added[0]) == model.rowCount() - 1


def test_removing_a_row_moves_the_rest_up(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    added = vendors.add_vendors(vault.db, [vendors.VendorDraft(name=f"V{n:03d}") for n in range(45)])
    model = VendorTableModel(vault.db, page_size=PAGE, max_pages=2)
    assert model.data(model.index(25, 0)) == "V025"
    vendors.delete_vendor(vault.db, added[25].id)
    assert model.remove_vendor(added[25].id)
    assert model.rowCount() == 44
    assert _names(model) == [f"V{n:03d}" for n in range(45) if n != 25]


def test_names_sort_folding_case_and_accents(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    for name in ("Zeta", "émile", "Émile", "Emil", "apple", "Ångström", "Ölwerk", "ostrich", "ﬁnance"):
        vendors.add_vendor(vault.db, name)
    model = VendorTableModel(vault.db)
    names = _names(model)
    assert names.index("Ångström") < names.index("apple") < names.index("Emil") < names.index("Émile")
    assert names.index("Émile") < names.index("ﬁnance") < names.index("Ölwerk") < names.index("ostrich") < names.index("Zeta")


def test_a_list_changed_underneath_is_counted_again(new_vault: tuple[Vault, str], qtbot) -> None:  # type: ignore[no-untyped-def]
    vault, _ = new_vault
    added = vendors.add_vendors(vault.db, [vendors.VendorDraft(name=f"V{n:03d}") for n in range(30)])
    model = VendorTableModel(vault.db, page_size=PAGE, max_pages=2)
    assert model.data(model.index(0, 0)) == "V000"
    for vendor in added[20:]:
        vendors.delete_vendor(vault.db, vendor.id)  # another window or the CLI: this model was not told
    with qtbot.waitSignal(model.modelReset):
        assert model.data(model.index(25, 0)) is None
    assert model.rowCount() == 20
