"""A vault of a million vendors and a million interactions: the views open, scroll to the end
and jump about while the models hold a few pages and fetch only what is shown.

Boundedness is asserted on the rows each model has fetched and holds, never on time (timings
are in `make bench`). The vault is built once for the module with plain SQL, which is what a
decade of imports and a long timeline amount to.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from myvendors.ui.main_window import VendorsPane
from myvendors.ui.models.timeline import TimelineModel
from myvendors.ui.models.vendors import VendorTableModel
from myvendors.ui.models.windowed import MAX_PAGES, PAGE_SIZE
from myvendors.vault import KdfParams, Vault

ROWS = 1_000_000
HELD = MAX_PAGES * PAGE_SIZE
# What a view may fetch while it is scrolled about: the pages it shows, a few times over;
# a million would mean it loaded everything.
FETCH_BUDGET = 40 * PAGE_SIZE


@pytest.fixture(scope="module")
def big_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("million") / "big.myvendors"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    db = vault.db
    with db.transaction():
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO vendors(uid, name, sort_name, created_at, updated_at) "
            "SELECT printf('u%07d', i), printf('Vendor %07d', i), printf('vendor %07d', i), "
            "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00' FROM n",
            (ROWS - 1,),
        )
    with db.transaction():
        db.execute(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO interactions(uid, vendor_id, kind, at, note, created_at) "
            "SELECT printf('i%07d', i), 1, 'payment', strftime('%Y-%m-%dT%H:%M:%SZ', 1600000000 + i * 60, 'unixepoch'), "
            "printf('payment %d', i), '2026-01-01T00:00:00+00:00' FROM n",
            (ROWS - 1,),
        )
    try:
        yield vault
    finally:
        vault.close()


def _scroll_about(qtbot: QtBot, view: QTableView) -> None:
    """What a person does in a long list: to the end, back to the top, drags, page keys."""
    view.setFocus()
    bar = view.verticalScrollBar()
    view.scrollToBottom()
    qtbot.wait(20)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    for fraction in (0.5, 0.25, 0.75, 0.999, 0.0, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.wait(10)
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.wait(20)


def test_the_vendor_list_scrolls_a_million_vendors_holding_a_few_pages(qtbot: QtBot, big_vault: Vault) -> None:
    model = VendorTableModel(big_vault.db)
    pane = VendorsPane(model, QAction("Add vendor…"))
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show_count(model.rowCount())
    pane.show()
    qtbot.waitExposed(pane)
    assert model.rowCount() == ROWS
    _scroll_about(qtbot, pane.view)
    qtbot.keyClick(pane.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    current = pane.view.currentIndex()
    assert current.row() == ROWS - 1
    assert model.data(model.index(ROWS - 1, VendorTableModel.NAME)) == "Vendor 0999999"
    assert model.rows_held <= HELD
    assert model.rows_fetched <= FETCH_BUDGET

    pane.set_sort("-name")  # the other way round, from the top
    assert model.data(model.index(0, VendorTableModel.NAME)) == "Vendor 0999999"
    _scroll_about(qtbot, pane.view)
    assert model.rows_held <= HELD and model.rows_fetched <= FETCH_BUDGET
    model.clear()
    assert model.rowCount() == 0 and model.rows_held == 0


def test_a_timeline_of_a_million_interactions_scrolls_holding_a_few_pages(qtbot: QtBot, big_vault: Vault) -> None:
    model = TimelineModel(big_vault.db)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setResizeContentsPrecision(0)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.resize(800, 500)
    model.set_vendor(1)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == ROWS
    assert model.data(model.index(0, TimelineModel.NOTE)) == f"payment {ROWS - 1}"  # newest first
    _scroll_about(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert view.currentIndex().row() == ROWS - 1
    assert model.data(model.index(ROWS - 1, TimelineModel.NOTE)) == "payment 0"
    assert model.rows_held <= HELD and model.rows_fetched <= FETCH_BUDGET
    model.set_vendor(2)
    assert model.rowCount() == 0
    model.set_vendor(None)  # every vendor's
    assert model.rowCount() == ROWS


def test_the_models_hold_pages_consistent_with_a_straight_walk(big_vault: Vault) -> None:
    """Rows fetched by key and by position agree: a walk across a page boundary after a jump."""
    model = TimelineModel(big_vault.db, page_size=50, max_pages=3)
    model.set_vendor(1)
    middle = ROWS // 2
    notes = [model.data(model.index(row, TimelineModel.NOTE)) for row in range(middle - 120, middle + 120)]
    assert notes == [f"payment {ROWS - 1 - row}" for row in range(middle - 120, middle + 120)]
    assert model.rows_held <= 150
