"""A vault of a million vendors, a million interactions and 200,000 notes: unlocking it reads only
what the Overview shows, and every view opens, scrolls to the end and jumps about while its model
holds a few pages and fetches only what is shown.

The first test goes through the real unlock path (the unlock window, the worker, the main window
built with its lists hidden, then each page shown): a hidden list that sizes its columns from its
rows reads every one of them, which a list shown alone never reveals. Boundedness is asserted on
the rows each model has fetched and holds, never on time (timings are in `make bench`).

The vault is built once per session with plain SQL and without the full-text triggers (these tests
never search: two million FTS rows cost two minutes), which is what a decade of imports and a long
timeline amount to.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from pytestqt.qtbot import QtBot
from ui_helpers import unlock_with_passphrase

from myvendors.ui.main_window import OVERVIEW, REPUTATION, REQUESTS, SHARED, VENDORS
from myvendors.ui.pages.vendors.page import VendorsPane
from myvendors.ui.models.timeline import TimelineModel
from myvendors.ui.models.vendors import VendorTableModel
from myvendors.ui.models.windowed import MAX_PAGES, PAGE_SIZE
from myvendors.vault import KdfParams, Vault
from myvendors.vault.vault import opened

ROWS = 1_000_000
NOTES = 200_000
NOTES_SCROLLED = 40_000  # how far down the notes the test scrolls (every page fetched once on the way)
HELD = MAX_PAGES * PAGE_SIZE
# What a view may fetch while it is scrolled about: the pages it shows, a few times over;
# a million would mean it loaded everything.
FETCH_BUDGET = 40 * PAGE_SIZE


@pytest.fixture(scope="session")
def big_vault_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked vault: 1M vendors, 1M interactions of vendor 1, 200k notes (the FTS triggers are
    dropped while filling and put back after: the index misses these rows, which nothing here searches)."""
    path = tmp_path_factory.mktemp("million") / "big.myvendors"
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    db = vault.db
    series = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
    triggers = db.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' ESCAPE '\\'"
    )
    try:
        with db.transaction():
            for name, _sql in triggers:
                db.execute(f"DROP TRIGGER {name}")
            db.execute(
                series + "INSERT INTO vendors(uid, name, sort_name, created_at, updated_at) "
                "SELECT printf('u%07d', i), printf('Vendor %07d', i), printf('vendor %07d', i), "
                "'2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00' FROM n",
                (ROWS - 1,),
            )
            db.execute(
                series + "INSERT INTO interactions(uid, vendor_id, kind, at, note, created_at) "
                "SELECT printf('i%07d', i), 1, 'payment', "
                "strftime('%Y-%m-%dT%H:%M:%SZ', 1600000000 + i * 60, 'unixepoch'), "
                "printf('payment %d', i), '2026-01-01T00:00:00+00:00' FROM n",
                (ROWS - 1,),
            )
            db.execute(
                series + "INSERT INTO notes(uid, vendor_id, on_date, text, quality, author, created_at) "
                "SELECT printf('n%07d', i), 1 + i % 1000, date('2000-01-01', printf('+%d days', i / 20)), "
                "printf('note %d', i), 1 + i % 5, CASE WHEN i % 10 = 0 THEN 'Sam' END, "
                "'2026-01-01T00:00:00+00:00' FROM n",
                (NOTES - 1,),
            )
            for _name, sql in triggers:
                db.execute(sql)
    finally:
        vault.close()
    return path


@pytest.fixture
def big_vault(big_vault_path: Path) -> Iterator[Vault]:
    with opened(big_vault_path, PASSPHRASE) as vault:
        yield vault


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


def test_unlocking_reads_only_what_the_overview_shows_and_each_page_what_it_shows(
    qtbot: QtBot, make_controller, big_vault_path: Path
) -> None:
    controller = make_controller(big_vault_path)
    main = unlock_with_passphrase(qtbot, controller)
    qtbot.waitExposed(main)
    qtbot.wait(20)  # the first paint
    assert main.current_page() == OVERVIEW
    vendors_model, notes_model = main.vendors_page.model, main.reputation_page.model
    timeline_model = main.vendors_page.detail.timeline.model
    # Built with its lists hidden and painted: the lists counted, and read nothing.
    assert vendors_model.rowCount() == ROWS and vendors_model.rows_fetched == 0
    assert notes_model.rows_fetched == 0 and timeline_model.rows_fetched == 0
    assert main.vendors_page.pane.count_label.text() == f"{ROWS} vendors"

    main.go_to(VENDORS)  # shown: the rows in view, one page
    qtbot.waitExposed(main.vendors_page.pane.view)
    qtbot.wait(20)
    assert 0 < vendors_model.rows_fetched <= 2 * PAGE_SIZE
    _scroll_about(qtbot, main.vendors_page.pane.view)
    assert vendors_model.rows_held <= HELD and vendors_model.rows_fetched <= FETCH_BUDGET

    assert main.show_vendor(1)  # the vendor of a million interactions; its timeline tab is hidden
    qtbot.wait(20)
    timeline_model = main.vendors_page.detail.timeline.model
    assert timeline_model.rowCount() == ROWS and timeline_model.rows_fetched == 0
    main.vendors_page.detail.tabs.setCurrentWidget(main.vendors_page.detail.timeline)
    qtbot.wait(20)
    assert 0 < timeline_model.rows_fetched <= 2 * PAGE_SIZE
    _scroll_about(qtbot, main.vendors_page.detail.timeline.view)
    assert timeline_model.rows_held <= HELD and timeline_model.rows_fetched <= FETCH_BUDGET

    main.go_to(REQUESTS)
    main.go_to(SHARED)
    main.go_to(REPUTATION)  # first shown: its first page
    qtbot.waitExposed(main.reputation_page.view)
    qtbot.wait(20)
    notes_model = main.reputation_page.model
    assert notes_model.rows_fetched == PAGE_SIZE
    view = main.reputation_page.view
    view.setFocus()
    while notes_model.rowCount() < NOTES_SCROLLED:  # to the end of what is listed, again and again
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        if notes_model.canFetchMore(QModelIndex()):
            notes_model.fetchMore(QModelIndex())  # what the view does when the end is reached
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    listed = notes_model.rowCount()
    assert listed >= NOTES_SCROLLED and notes_model.has_more()
    assert notes_model.rows_held <= HELD  # a bounded window, however far it was scrolled
    assert notes_model.rows_fetched <= listed + 2 * PAGE_SIZE
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # back to the newest: fetched again
    qtbot.wait(20)
    assert notes_model.note(0).text == f"note {NOTES - 1}"
    assert notes_model.rows_held <= HELD and notes_model.rows_fetched <= listed + 4 * PAGE_SIZE
    assert vendors_model.rows_held <= HELD and timeline_model.rows_held <= HELD


def test_the_vendor_list_scrolls_a_million_vendors_holding_a_few_pages(qtbot: QtBot, big_vault: Vault) -> None:
    model = VendorTableModel(big_vault.db)
    pane = VendorsPane(model, QAction("Add vendor…"))
    qtbot.addWidget(pane)
    pane.resize(900, 600)
    pane.show_count(model.rowCount())
    assert model.rows_fetched == 0  # built, hidden: nothing read
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
