"""Importing bank and card statements through the real dialog (offscreen): Vault ▸ Import statement…

The real statements come from ../shared/real-files (see its SOURCES.md), read where they are.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import statements, vendors
from myvendors.storage import Database
from myvendors.ui.main_window import MainWindow
from myvendors.ui.progress import ProgressDialog
from myvendors.ui.statements import StatementImportDialog
from myvendors.ui.statements.dialog import DONE, PAYEES, READ
from myvendors.ui.statements.payees import NEW, SKIP, Choice, PayeeModel, PayeeRow
from myvendors.ui.statements.reading import human_format, telling_example
from myvendors.vault import Vault

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")
OFX_FILES = sorted((REAL / "statements-ofx").iterdir()) if REAL.is_dir() else []
CSV_FILES = sorted((REAL / "statements-csv").iterdir()) if REAL.is_dir() else []

#: dates that read as a day either way round (01/02 is 1 February or 2 January)
AMBIGUOUS_CSV = (
    "Date,Payee,Amount\n"
    "01/02/2024,NETFLIX.COM 866-579-7172 CA,-12.99\n"
    "03/04/2024,Stadtwerke,-80.00\n"
    "05/06/2024,NETFLIX.COM 866-579-7172 CA,-12.99\n"
)


@pytest.fixture
def main(qtbot: QtBot, make_controller, existing_vault: Path) -> MainWindow:
    return unlock_with_passphrase(qtbot, make_controller(existing_vault))


def _payments(db: Database) -> int:
    return int(db.query("SELECT count(*) FROM interactions WHERE kind = 'payment'")[0][0])


def _start(qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    main.vault_actions.import_statement_action.trigger()


def _open(qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> StatementImportDialog:
    _start(qtbot, main, monkeypatch, path)
    qtbot.waitUntil(lambda: any(d.isVisible() and d.path == path for d in main.findChildren(StatementImportDialog)),
                    timeout=WAIT_MS)
    return next(d for d in main.findChildren(StatementImportDialog) if d.isVisible() and d.path == path)


def _idle(qtbot: QtBot, main: MainWindow) -> None:
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)


def _next(qtbot: QtBot, main: MainWindow, dialog: StatementImportDialog, step: int) -> None:
    assert dialog.next_button.isEnabled(), dialog.why_label.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.step() == step or dialog.banner.level is not None, timeout=WAIT_MS)
    _idle(qtbot, main)
    assert dialog.step() == step, dialog.banner.text()


def _choose_any_date_format(dialog: StatementImportDialog) -> None:
    combo = dialog.read_step.format_combo
    if not combo.currentData() and combo.count() > 1:
        combo.setCurrentIndex(1)


def _message_box(qtbot: QtBot, main: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in main.findChildren(QMessageBox)), timeout=WAIT_MS)
    return next(b for b in main.findChildren(QMessageBox) if b.isVisible())


# -- the real files, end to end --------------------------------------------------------------
@needs_real_files
@pytest.mark.parametrize("path", OFX_FILES + CSV_FILES, ids=lambda p: p.name)
def test_every_real_statement_imports_through_the_dialog_or_is_refused_with_a_message(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, qtmodeltester, path: Path
) -> None:
    db = main.vault.db
    _start(qtbot, main, monkeypatch, path)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in main.findChildren(StatementImportDialog))
        or any(b.isVisible() for b in main.findChildren(QMessageBox)),
        timeout=WAIT_MS,
    )
    _idle(qtbot, main)
    boxes = [b for b in main.findChildren(QMessageBox) if b.isVisible()]
    if boxes:  # refused whole: said why, nothing written
        assert "cannot be imported" in boxes[0].text() and "Nothing was added" in boxes[0].informativeText()
        assert "Traceback" not in boxes[0].informativeText()
        assert _payments(db) == 0
        boxes[0].accept()
        return
    dialog = next(d for d in main.findChildren(StatementImportDialog) if d.isVisible())
    assert dialog.step() == READ
    _choose_any_date_format(dialog)
    if not dialog.next_button.isEnabled():  # a CSV whose columns the guess did not find: said why
        assert dialog.why_label.text() and dialog.next_button.toolTip() == dialog.why_label.text()
        assert _payments(db) == 0
        dialog.reject()
        return
    assert dialog.read_step.preview_model.rowCount() > 0
    _next(qtbot, main, dialog, PAYEES)
    plan = dialog.plan
    assert plan is not None
    qtmodeltester.check(dialog.payee_step.model)
    assert dialog.payee_step.model.rowCount() == len(plan.payees) > 0
    summary = dialog.payee_step.summary.text()
    assert summary.startswith(f"{plan.lines} line") and "0 already there" in summary
    assert _payments(db) == 0  # planning wrote nothing
    _next(qtbot, main, dialog, DONE)
    added = plan.lines - plan.already_there - sum(
        len(g.lines) - g.already_there for g in plan.payees if dialog.choices()[g.key].skip
    )
    assert _payments(db) == added > 0
    assert "payment" in dialog.done_text.text() and dialog.close_button.isVisible()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


@needs_real_files
def test_importing_the_same_statement_again_shows_every_line_already_there(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = main.vault.db
    path = REAL / "statements-ofx" / "bank_medium.ofx"
    dialog = _open(qtbot, main, monkeypatch, path)
    account = dialog.read_step.account()
    assert account  # the OFX account, prefilled
    _next(qtbot, main, dialog, PAYEES)
    _next(qtbot, main, dialog, DONE)
    added = _payments(db)
    assert added > 0
    dialog.accept()
    vendor_count = vendors.count_vendors(db)

    again = _open(qtbot, main, monkeypatch, path)
    assert again.read_step.account() == account
    _next(qtbot, main, again, PAYEES)
    plan = again.plan
    assert plan is not None and plan.already_there == plan.lines
    assert f"{plan.lines} already there" in again.payee_step.summary.text()
    assert not again.next_button.isEnabled() and "Nothing to add" in again.why_label.text()
    assert _payments(db) == added and vendors.count_vendors(db) == vendor_count
    again.reject()


@needs_real_files
def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = main.vault.db
    dialog = _open(qtbot, main, monkeypatch, REAL / "statements-ofx" / "bank_medium.ofx")
    _next(qtbot, main, dialog, PAYEES)
    started, go_on = threading.Event(), threading.Event()
    real_apply = statements.apply_statement

    def held_apply(db_: Database, plan: object, choices: object, *, progress: object = None, cancelled: object = None) -> object:
        def held_progress(done: int, total: int) -> None:
            started.set()
            go_on.wait(5)  # until Cancel was pressed
            if callable(progress):
                progress(done, total)

        return real_apply(db_, plan, choices, progress=held_progress, cancelled=cancelled)  # type: ignore[arg-type]

    monkeypatch.setattr(statements, "apply_statement", held_apply)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(5)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(ProgressDialog)), timeout=WAIT_MS)
    progress = next(p for p in dialog.findChildren(ProgressDialog) if p.isVisible())
    assert progress.isModal() and progress.cancel_button.isEnabled()
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.stopping
    go_on.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.banner.text(), timeout=WAIT_MS)
    _idle(qtbot, main)
    assert "Nothing was added" in dialog.banner.text() and dialog.step() == PAYEES and dialog.isVisible()
    assert _payments(db) == 0 and vendors.count_vendors(db) == 0 and not db.in_transaction
    monkeypatch.setattr(statements, "apply_statement", real_apply)
    _next(qtbot, main, dialog, DONE)  # the dialog stays usable: importing now adds them
    assert _payments(db) > 0


@needs_real_files
def test_locking_during_the_import_stops_it_and_writes_nothing(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, existing_vault: Path
) -> None:
    dialog = _open(qtbot, main, monkeypatch, REAL / "statements-ofx" / "bank_medium.ofx")
    _next(qtbot, main, dialog, PAYEES)
    started = threading.Event()
    real_apply = statements.apply_statement

    def slow_apply(db_: Database, plan: object, choices: object, *, progress: object = None, cancelled: object = None) -> object:
        def slow_progress(done: int, total: int) -> None:
            started.set()
            while callable(cancelled) and not cancelled():  # until the lock stops the worker
                time.sleep(0.01)

        return real_apply(db_, plan, choices, progress=slow_progress, cancelled=cancelled)  # type: ignore[arg-type]

    monkeypatch.setattr(statements, "apply_statement", slow_apply)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(5)
    main.lock_action.trigger()  # the worker is stopped first: the transaction rolls back
    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        assert _payments(vault.db) == 0 and vendors.count_vendors(vault.db) == 0


def test_a_banks_next_csv_statement_goes_to_the_account_its_last_one_went_to(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "march.csv"
    path.write_text("Date;Payee;Amount;Currency\n2024-03-13;Kiosk am Eck;-3,50;EUR\n", "utf-8")
    dialog = _open(qtbot, main, monkeypatch, path)
    assert dialog.read_step.account() == ""  # a bank not seen before
    qtbot.keyClicks(dialog.read_step.account_edit, "Girokonto")
    _next(qtbot, main, dialog, PAYEES)
    _next(qtbot, main, dialog, DONE)
    dialog.accept()
    later = tmp_path / "april.csv"
    later.write_text("Date;Payee;Amount;Currency\n2024-04-13;Kiosk am Eck;-4,50;EUR\n", "utf-8")
    again = _open(qtbot, main, monkeypatch, later)
    assert again.read_step.account() == "Girokonto"
    again.reject()


@needs_real_files
def test_an_ofx_file_that_names_no_currency_asks_for_one_and_is_read_again(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "no-currency.ofx"
    path.write_bytes((REAL / "statements-ofx" / "bank_medium.ofx").read_bytes().replace(b"<CURDEF>CAD", b""))
    dialog = _open(qtbot, main, monkeypatch, path)
    step = dialog.read_step
    assert step.ofx_currency.isVisible() and step.preview_model.rowCount() == 3  # three lines, none read
    assert not dialog.next_button.isEnabled() and "currency" in dialog.why_label.text()
    qtbot.keyClicks(step.account_edit, " (Visa)")
    step.ofx_currency.setFocus()
    qtbot.keyClicks(step.ofx_currency, "cad")
    qtbot.waitUntil(dialog.next_button.isEnabled, timeout=WAIT_MS)
    _idle(qtbot, main)
    assert step.ofx_currency.text() == "CAD" and step.ofx_currency.hasFocus()  # still where she typed
    assert step.account().endswith("(Visa)")  # what she typed stays
    assert [step.preview_model.item(row, 2).text() for row in range(3)] == ["6.60 CAD", "316.67 CAD", "22.00 CAD"]
    _next(qtbot, main, dialog, PAYEES)
    _next(qtbot, main, dialog, DONE)
    assert _payments(main.vault.db) == 3


# -- CSV: the columns and the date format ----------------------------------------------------
def test_an_ambiguous_date_format_blocks_next_until_she_chooses(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "statement.csv"
    path.write_text(AMBIGUOUS_CSV, "utf-8")
    dialog = _open(qtbot, main, monkeypatch, path)
    step = dialog.read_step
    assert step.columns_box.isVisible()
    assert step.column_combos["date"].currentText() == "Date" and step.column_combos["payee"].currentText() == "Payee"
    qtbot.keyClicks(step.fixed_currency, "usd")  # the file names no currency
    combo = step.format_combo
    assert not combo.currentData() and combo.count() >= 3  # "Choose…" and at least two that fit
    assert not dialog.next_button.isEnabled()
    assert "Choose the date format" in dialog.why_label.text() and dialog.next_button.toolTip() == dialog.why_label.text()
    dates = [step.preview_model.item(row, 1).text() for row in range(step.preview_model.rowCount())]
    assert dates and set(dates) == {"?"}  # no date is shown as if it were known
    month_first = combo.findData("%m/%d/%Y")
    assert month_first > 0 and "01/02/2024" in combo.itemText(month_first)
    combo.setCurrentIndex(month_first)
    assert dialog.next_button.isEnabled() and not dialog.why_label.text()
    assert step.preview_model.item(0, 1).text() == "2024-01-02"
    day_first = combo.findData("%d/%m/%Y")
    combo.setCurrentIndex(day_first)
    assert step.preview_model.item(0, 1).text() == "2024-02-01"
    _next(qtbot, main, dialog, PAYEES)
    assert dialog.payee_step.model.rowCount() == 2
    dialog.reject()


def test_a_missing_currency_or_column_says_why_next_waits(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "statement.csv"
    path.write_text("Booked,Who,Value\n2024-03-01,Spotify,-9.99\n2024-03-15,Spotify,-9.99\n", "utf-8")
    dialog = _open(qtbot, main, monkeypatch, path)
    step = dialog.read_step
    for field in ("date", "payee", "amount"):
        step.column_combos[field].setCurrentIndex(step.column_combos[field].findData(
            {"date": "Booked", "payee": "Who", "amount": "Value"}[field]
        ))
    step.fixed_currency.clear()
    step.fixed_currency.textEdited.emit("")
    assert not dialog.next_button.isEnabled() and "currency" in dialog.why_label.text()
    qtbot.keyClicks(step.fixed_currency, "eur")
    assert step.fixed_currency.text() == "EUR"
    assert dialog.next_button.isEnabled(), dialog.why_label.text()
    step.column_combos["payee"].setCurrentIndex(step.column_combos["payee"].findData("Booked"))
    step.column_combos["date"].setCurrentIndex(step.column_combos["date"].findData("Who"))
    assert not dialog.next_button.isEnabled() and "date" in dialog.why_label.text()
    dialog.reject()


def test_a_file_that_is_no_statement_is_refused_with_a_message_and_nothing_written(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "picture.ofx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    _start(qtbot, main, monkeypatch, path)
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in main.findChildren(QMessageBox))
        or any(d.isVisible() for d in main.findChildren(StatementImportDialog)),
        timeout=WAIT_MS,
    )
    _idle(qtbot, main)
    boxes = [b for b in main.findChildren(QMessageBox) if b.isVisible()]
    if boxes:
        assert "picture.ofx cannot be imported" in boxes[0].text()
        assert "Nothing was added" in boxes[0].informativeText()
        boxes[0].accept()
    else:  # read as a CSV without usable columns: the dialog says why it cannot go on
        dialog = next(d for d in main.findChildren(StatementImportDialog) if d.isVisible())
        assert not dialog.next_button.isEnabled() and dialog.why_label.text()
        dialog.reject()
    assert _payments(main.vault.db) == 0


# -- the payees ---------------------------------------------------------------------------------
def test_a_payee_can_become_a_named_new_vendor_or_be_skipped_by_keyboard(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = main.vault.db
    vendors.add_vendor(db, "Stadtwerke")
    path = tmp_path / "statement.csv"
    path.write_text(
        "Date;Payee;Amount\n13.02.2024;NETFLIX.COM 866-579-7172 CA;-12,99\n"
        "20.03.2024;Stadtwerke;-80,00\n13.03.2024;NETFLIX.COM 866-579-7172 CA;-12,99\n"
        "14.03.2024;Kiosk am Eck;-3,50\n",
        "utf-8",
    )
    dialog = _open(qtbot, main, monkeypatch, path)
    qtbot.keyClicks(dialog.read_step.account_edit, "Girokonto")
    if not dialog.read_step.fixed_currency.text() and not dialog.read_step.column_combos["currency"].currentData():
        qtbot.keyClicks(dialog.read_step.fixed_currency, "EUR")
    _next(qtbot, main, dialog, PAYEES)
    step = dialog.payee_step
    model = step.model
    rows = {model.row(r).payee: r for r in range(model.rowCount())}
    assert set(rows) == {"NETFLIX.COM 866-579-7172 CA", "Stadtwerke", "Kiosk am Eck"}
    stadtwerke = rows["Stadtwerke"]
    assert model.choice(stadtwerke).vendor_id is not None  # matched by name
    netflix = rows["NETFLIX.COM 866-579-7172 CA"]
    assert model.choice(netflix).kind == NEW and model.choice(netflix).name == "Netflix"

    step.view.setFocus()
    step.select(netflix)
    qtbot.keyClick(step.view, Qt.Key.Key_Tab)
    assert step.vendor_combo.hasFocus()
    qtbot.keyClick(step.vendor_combo, Qt.Key.Key_Tab)
    assert step.name_edit.hasFocus() and step.name_edit.isEnabled()
    step.name_edit.selectAll()
    qtbot.keyClicks(step.name_edit, "Netflix Deutschland")
    assert model.choice(netflix).name == "Netflix Deutschland"
    step.select(rows["Kiosk am Eck"])
    step.vendor_combo.setFocus()
    while step.vendor_combo.currentData() != SKIP:  # the arrow keys walk the choices
        qtbot.keyClick(step.vendor_combo, Qt.Key.Key_Down)
    assert model.choice(rows["Kiosk am Eck"]).kind == SKIP
    assert "1 skipped" in step.summary.text() and "1 new vendor" in step.summary.text()
    assert dialog.next_button.text().replace("&", "") == "Import 3 lines"

    step.select(netflix)
    step.name_edit.clear()
    step.name_edit.textEdited.emit("")
    assert not dialog.next_button.isEnabled() and "a name" in dialog.why_label.text()
    qtbot.keyClicks(step.name_edit, "Netflix Deutschland")
    _next(qtbot, main, dialog, DONE)
    names = sorted(v.name for v in vendors.list_vendors(db))
    assert names == ["Netflix Deutschland", "Stadtwerke"]
    assert main.vendors_page.model.rowCount() == 2  # the window read its pages again
    assert _payments(db) == 3
    assert "Netflix Deutschland" in dialog.done_text.text()


@pytest.mark.parametrize("language", ["en", "de"])
def test_each_step_has_unique_mnemonics_and_every_field_a_label(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, request: pytest.FixtureRequest,
    language: str,
) -> None:
    from test_mnemonics import _assert_unique

    if language == "de":
        request.getfixturevalue("german")
    path = tmp_path / "statement.csv"
    path.write_text(AMBIGUOUS_CSV.replace("Amount\n", "Amount,Currency\n").replace("99\n", "99,EUR\n")
                    .replace("00\n", "00,EUR\n"), "utf-8")
    dialog = _open(qtbot, main, monkeypatch, path)
    _assert_unique(dialog, "statement import, columns")
    step = dialog.read_step
    for field in (step.account_edit, step.format_combo, step.fixed_currency, *step.column_combos.values()):
        assert field.accessibleName(), field
        assert any(label.buddy() is field for label in dialog.findChildren(QLabel)), field.accessibleName()
    _choose_any_date_format(dialog)
    _next(qtbot, main, dialog, PAYEES)
    _assert_unique(dialog, "statement import, payees")
    for field in (dialog.payee_step.vendor_combo, dialog.payee_step.name_edit):
        assert any(label.buddy() is field for label in dialog.findChildren(QLabel)), field.accessibleName()
    dialog.reject()


def test_the_statement_import_is_in_the_vault_menu(main: MainWindow) -> None:
    action = main.vault_actions.import_statement_action
    assert action in main.vault_actions.actions
    assert action.shortcut().toString() == "Ctrl+Shift+I" and action.text() == "Import s&tatement…"
    menu_texts = [a.text() for a in main.menuBar().actions()[0].menu().actions()]
    assert menu_texts.index("Import s&tatement…") == menu_texts.index("&Import vendors…") + 1


def test_the_window_loads_the_statement_import_only_when_it_is_first_used() -> None:
    """The OFX parser takes a second or two to import: it must not delay the window after unlocking."""
    script = (
        "import sys, myvendors.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(('ofxtools', 'myvendors.ui.statements'))))"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert shown.stdout.strip() == "[]"


# -- the pieces, without a window ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("fmt", "shown"),
    [("%d.%m.%Y", "DD.MM.YYYY"), ("%m/%d/%Y", "MM/DD/YYYY"), ("%d.%m.%y", "DD.MM.YY"), ("%Y-%m-%d", "YYYY-MM-DD"),
     ("%d-%b-%Y", "DD-Mon-YYYY")],
)
def test_date_formats_are_shown_as_people_write_them(fmt: str, shown: str) -> None:
    assert human_format(fmt) == shown


@pytest.mark.parametrize(
    ("values", "example"),
    [
        (["", "13/02/2024", "01/02/2024"], "01/02/2024"),  # the first that the formats read differently
        (["13/02/2024", "14/02/2024"], "13/02/2024"),  # none differs: the first that reads at all
        (["", "  "], None),
    ],
)
def test_the_date_format_example_is_the_first_value_in_doubt(values: list[str], example: str | None) -> None:
    assert telling_example(values, ("%d/%m/%Y", "%m/%d/%Y")) == example


def _row(key: str, *, lines: int = 2, already: int = 0, vendor_id: int | None = None, skipped: bool = False) -> PayeeRow:
    return PayeeRow(key, key.upper(), lines, "1.00 EUR", already, vendor_id, "Vendor" if vendor_id else "", "", key.title(), skipped)


@pytest.mark.parametrize(
    ("rows", "choices", "counts"),
    [
        ([_row("a"), _row("b", vendor_id=4)], {}, (4, 0, 1, 0)),
        ([_row("a", already=2), _row("b", skipped=True)], {}, (4, 2, 0, 2)),
        ([_row("a"), _row("b")], {1: Choice(NEW, None, " a ")}, (4, 0, 1, 0)),  # one new name, made once
        ([_row("a", already=1)], {0: Choice(SKIP)}, (2, 1, 0, 1)),
    ],
)
def test_the_payee_model_counts_what_the_import_will_do(
    qtmodeltester, rows: list[PayeeRow], choices: dict[int, Choice], counts: tuple[int, int, int, int]
) -> None:
    model = PayeeModel()
    model.set_rows(rows, {4: "Vendor"})
    for row, choice in choices.items():
        model.set_choice(row, choice)
    qtmodeltester.check(model)
    assert model.counts() == counts
