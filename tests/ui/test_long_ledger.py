"""A decade of sharing: 50,000 ledger entries. Unlocking paints the Overview while the chain is
walked on the worker (its own connection, a page at a time), and the Shared page reads only the
pages it shows, overall and per vendor, holding a few pages however far it is scrolled.

The ledger is built with plain SQL: a valid hash chain made with the storage's own hashing (the
table refuses UPDATE and DELETE, not INSERT). Boundedness is asserted on rows fetched and held,
never on time (`make bench` measures the timings).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain.sharing import ledger
from myvendors.domain.sharing.ledger import canonical
from myvendors.storage import Database
from myvendors.storage import sharing as sharing_sql
from myvendors.ui.main_window import OVERVIEW, SHARED
from myvendors.ui.models.sharing import LedgerModel
from myvendors.ui.models.windowed import MAX_PAGES, PAGE_SIZE
from myvendors.vault import KdfParams, Vault

ENTRIES = 50_000
VENDORS = 50
ANSWER_EVERY = 10  # every tenth entry answers the share just before it
HELD = MAX_PAGES * PAGE_SIZE
FETCH_BUDGET = 40 * PAGE_SIZE


def _vendor_of(seq: int) -> int:
    return 1 + (seq // 7) % VENDORS


def _entry(seq: int) -> dict[str, object]:
    issued = f"2016-01-01T00:00:{seq % 60:02d}Z"
    if seq % ANSWER_EVERY == 0:
        return {"type": "received-acknowledgement", "answers": f"urn:uuid:p{seq - 1}", "from": "A vendor",
                "key": "k", "key_status": "on file", "issued": issued}
    return {"type": "share", "package": f"urn:uuid:p{seq}", "kind": "profile", "vendor_id": _vendor_of(seq),
            "recipient": f"Vendor {_vendor_of(seq)}", "fields": ["data.fields.email"],
            "terms": [{"id": "no-resale", "version": 1}], "issued": issued}


def fill_ledger(db: Database, entries: int) -> None:
    """`VENDORS` vendors and a valid chain of `entries` entries, in one transaction."""
    rows, prev = [], ledger.GENESIS
    for seq in range(1, entries + 1):
        text = canonical(_entry(seq))
        digest = ledger.entry_hash(seq, prev, text)
        rows.append((seq, text, prev, digest))
        prev = digest
    with db.transaction():
        db.executemany(
            "INSERT INTO vendors(uid, name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [(f"u{i}", f"Vendor {i}", f"vendor {i:03d}", "2016-01-01T00:00:00+00:00", "2016-01-01T00:00:00+00:00")
             for i in range(1, VENDORS + 1)],
        )
        db.executemany("INSERT INTO ledger(seq, entry, prev_hash, hash) VALUES (?, ?, ?, ?)", rows)
        if entries:
            db.set_meta(ledger.LEDGER_HEAD, f"{entries}:{prev}")


def _make(path: Path, entries: int) -> Path:
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        fill_ledger(vault.db, entries)
    finally:
        vault.close()
    return path


@pytest.fixture(scope="session")
def long_ledger_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _make(tmp_path_factory.mktemp("ledger") / "ledger.myvendors", ENTRIES)


GATE = threading.Event()  # a walk waits for it (set: no wait), so that a test sees the window before the result


@pytest.fixture
def walks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[bool, int]]]:
    """Every chain walk: (on the GUI thread?, entries walked)."""
    seen: list[tuple[bool, int]] = []
    real = ledger.verify_chain
    GATE.set()

    def recorded(db: Database, **kwargs: object) -> tuple[int, list[str]]:
        GATE.wait(timeout=WAIT_MS / 1000)  # on the GUI thread this would freeze the window: it does not
        result = real(db, **kwargs)  # type: ignore[arg-type]
        seen.append((threading.current_thread() is threading.main_thread(), result[0]))
        return result

    monkeypatch.setattr(ledger, "verify_chain", recorded)
    yield seen
    GATE.set()


def test_unlocking_walks_the_chain_on_the_worker_and_the_shared_page_reads_what_it_shows(
    qtbot: QtBot, make_controller, long_ledger_path: Path, walks: list[tuple[bool, int]]
) -> None:
    GATE.clear()  # the walk waits on the worker: the window is built, shown and painted meanwhile
    main = unlock_with_passphrase(qtbot, make_controller(long_ledger_path))
    qtbot.waitExposed(main)
    qtbot.wait(20)  # the first paint
    assert main.current_page() == OVERVIEW
    page, model = main.shared_page, main.shared_page.model
    assert page.is_verifying() and walks == [] and page.chain_label.text() == "Verifying the ledger's chain…"
    assert not main.sharing.ledger_warning.isVisibleTo(main)
    GATE.set()
    # Built hidden: counted, and nothing read (the newest entry is selected when the page shows).
    assert model.rowCount() == ENTRIES and model.rows_fetched == 0
    assert page.filter_combo.itemText(0) == f"Everything ({ENTRIES})" and page.filter_combo.count() == VENDORS + 1
    qtbot.waitUntil(lambda: not page.is_verifying(), timeout=WAIT_MS)
    assert walks == [(False, ENTRIES)]  # once, off the GUI thread
    assert page.chain_label.text() == f"The ledger's chain verifies ({ENTRIES} entries)."
    assert not main.sharing.ledger_warning.isVisibleTo(main)

    main.go_to(SHARED)
    qtbot.waitExposed(page.view)
    qtbot.wait(20)
    assert 0 < model.rows_fetched <= 2 * PAGE_SIZE
    assert model.entry(0).seq == ENTRIES and page.selected_entry() == model.entry(0)  # newest first, selected
    view = page.view
    view.setFocus()
    bar = view.verticalScrollBar()
    view.scrollToBottom()
    qtbot.wait(20)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert view.currentIndex().row() == ENTRIES - 1 and model.entry(ENTRIES - 1).seq == 1
    for fraction in (0.5, 0.25, 0.75, 0.999, 0.0, 1.0):
        bar.setValue(int(bar.maximum() * fraction))
        qtbot.wait(10)
    for _ in range(5):
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
    qtbot.wait(20)
    assert model.rows_held <= HELD and model.rows_fetched <= FETCH_BUDGET
    # A straight walk across pages agrees with the chain's order (keyset after a jump).
    assert [model.entry(row).seq for row in range(ENTRIES // 2 - 250, ENTRIES // 2 + 250)] == list(
        range(ENTRIES - (ENTRIES // 2 - 250), ENTRIES - (ENTRIES // 2 + 250), -1)
    )
    # An answer shows the kind of what it answers.
    answer = next(row for row in range(ENTRIES // 2, ENTRIES // 2 + 10) if model.entry(row).data["type"] != "share")
    assert model.index(answer, LedgerModel.TYPE).data() == "answer: acknowledgement"
    assert model.index(answer, LedgerModel.KIND).data() == model.index(answer + 1, LedgerModel.KIND).data() != ""

    page.filter_combo.setCurrentIndex(1)  # one vendor: its shares and the answers to them
    vendor_id = page.filter_combo.currentData()
    expected = ledger.count(main.vault.db, vendor_id=vendor_id)
    shares = sum(1 for seq in range(1, ENTRIES + 1) if seq % ANSWER_EVERY and _vendor_of(seq) == vendor_id)
    answers = sum(1 for seq in range(1, ENTRIES + 1) if seq % ANSWER_EVERY == 0 and _vendor_of(seq - 1) == vendor_id)
    assert model.rowCount() == expected == shares + answers
    qtbot.wait(20)
    assert model.rows_fetched <= 2 * PAGE_SIZE
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert model.rows_held <= HELD and model.rows_fetched <= FETCH_BUDGET
    seqs = [model.entry(row).seq for row in range(model.rowCount() - 5, model.rowCount())]
    assert seqs == sorted(seqs, reverse=True)

    # Finding an old package's entry counts its place instead of reading down to it.
    page.filter_combo.setCurrentIndex(0)
    fetched = model.rows_fetched
    assert page.select_package("urn:uuid:p3")
    assert page.selected_entry() is not None and page.selected_entry().seq == 3  # type: ignore[union-attr]
    assert model.rows_fetched - fetched <= 2 * PAGE_SIZE


def test_a_tampered_chain_still_warns_once_the_worker_is_done(
    qtbot: QtBot, make_controller, tmp_path: Path, walks: list[tuple[bool, int]]
) -> None:
    path = _make(tmp_path / "tampered.myvendors", 3 * ledger.VERIFY_PAGE + 5)
    with Vault.unlock(path, PASSPHRASE) as vault:
        vault.db.execute("DROP TRIGGER ledger_no_update")
        vault.db.execute("UPDATE ledger SET entry = replace(entry, 'email', 'phone') WHERE seq = ?",
                         (2 * ledger.VERIFY_PAGE + 1,))
    main = unlock_with_passphrase(qtbot, make_controller(path))
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: not main.shared_page.is_verifying(), timeout=WAIT_MS)
    assert walks and all(not on_gui for on_gui, _ in walks)
    assert main.sharing.ledger_warning.isVisibleTo(main)
    text = main.shared_page.chain_banner.text()
    assert "does not verify" in text and f"entry {2 * ledger.VERIFY_PAGE + 1} was changed" in text


def test_verifying_in_pages_finds_what_the_whole_walk_found(tmp_path: Path) -> None:
    """The paged walk reports the same problems as one read of every entry did (page edges included)."""
    path = _make(tmp_path / "pages.myvendors", 25)
    with Vault.unlock(path, PASSPHRASE) as vault:
        db = vault.db
        assert ledger.verify_chain(db, page_size=4) == (25, [])
        db.execute("DROP TRIGGER ledger_no_delete")
        db.execute("DELETE FROM ledger WHERE seq IN (8, 25)")  # a page edge and the end
        count, problems = ledger.verify_chain(db, page_size=4)
        assert count == 23 and problems == ledger.verify_chain(db, page_size=1000)[1]
        assert any("entry 9 stands where entry 8 should" in p for p in problems)
        assert any("should end at entry 25 but ends at entry 24" in p for p in problems)
        with pytest.raises(ledger.Stopped):
            ledger.verify(db, stop=lambda: True)


def test_the_pages_and_reminders_walk_the_step_7_indexes(tmp_path: Path) -> None:
    """An expression index is used only by a query that spells it the same: the plans name them."""
    path = _make(tmp_path / "plans.myvendors", 30)
    with Vault.unlock(path, PASSPHRASE) as vault:
        db = vault.db

        def plan(sql: str, params: object = ()) -> str:
            return " | ".join(str(row[-1]) for row in db.query("EXPLAIN QUERY PLAN " + sql, params))  # type: ignore[arg-type]

        vendor_page = plan(
            f"SELECT seq FROM ledger WHERE seq IN ({sharing_sql._vendor_seqs()}) AND seq < :key "
            "ORDER BY seq DESC LIMIT 5", {"vendor": 3, "key": 9},
        )
        assert "ledger_share_vendor" in vendor_page and "ledger_answers" in vendor_page
        assert "ledger_share_package" in plan(f"SELECT seq FROM ledger WHERE {sharing_sql.SHARE_PACKAGE} = ?", ("p",))
        assert "packages_retention" in plan(
            "SELECT 1 FROM packages WHERE retention_until IS NOT NULL AND retention_until <= ?", ("2030",)
        )
        assert ledger.vendor_counts(db) == {v: sum(1 for s in range(1, 31) if (s if s % ANSWER_EVERY else s - 1)
                                                   and _vendor_of(s if s % ANSWER_EVERY else s - 1) == v)
                                            for v in {_vendor_of(s) for s in range(1, 31) if s % ANSWER_EVERY}}
        assert [e.seq for e in ledger.page(db, limit=3)] == [30, 29, 28]
        assert [e.seq for e in ledger.page(db, limit=3, older_than=28)] == [27, 26, 25]
        assert [e.seq for e in ledger.page(db, limit=3, newer_than=25)] == [28, 27, 26]
        assert [e.seq for e in ledger.page_at(db, 27, 3, 30)] == [3, 2, 1]
        assert [e.seq for e in ledger.page_at(db, 3, 3, 30)] == [27, 26, 25]
        assert ledger.position_of_package(db, "urn:uuid:p1") == 29
