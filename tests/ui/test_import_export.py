"""Import vendors from vCard and CSV files and export the vault, through the real dialogs (offscreen).

The files come from ../shared/real-files (see its SOURCES.md), read where they are.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase, visible_texts

from myvendors.domain import agreements, vendors
from myvendors.domain.exporting import json_export
from myvendors.domain.models import AgreementDraft, AgreementKind, VendorDraft
from myvendors.storage import Database
from myvendors.ui import exporting as export_module
from myvendors.ui.importing import ImportPreviewDialog, read_and_plan
from myvendors.ui.main_window import MainWindow
from myvendors.ui.models.import_preview import ImportPreviewModel
from myvendors.ui.progress import ProgressDialog
from myvendors.vault import Vault

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")
VCARDS = sorted((REAL / "vcard").glob("*.vcf")) if REAL.is_dir() else []
CONTACT_CSVS = sorted((REAL / "csv-vendors").glob("*.csv")) if REAL.is_dir() else []
STATEMENT_CSVS = sorted((REAL / "statements-csv").iterdir()) if REAL.is_dir() else []


@pytest.fixture
def main(qtbot: QtBot, make_controller, existing_vault: Path) -> MainWindow:
    return unlock_with_passphrase(qtbot, make_controller(existing_vault))


def _db(main: MainWindow) -> Database:
    return main.vault.db


def _open_preview(qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> ImportPreviewDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kwargs: ([str(path)], "")))
    main.vault_actions.import_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    return next(d for d in main.findChildren(ImportPreviewDialog) if d.isVisible())


def _message_box(qtbot: QtBot, main: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in main.findChildren(QMessageBox)), timeout=WAIT_MS)
    return next(b for b in main.findChildren(QMessageBox) if b.isVisible())


def _names(db: Database) -> list[str]:
    return sorted(v.name for v in vendors.list_vendors(db))


def _import(qtbot: QtBot, main: MainWindow, dialog: ImportPreviewDialog) -> None:
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)


@needs_real_files
@pytest.mark.parametrize("path", VCARDS + CONTACT_CSVS, ids=lambda p: p.name)
def test_every_real_contacts_file_previews_and_imports_exactly_what_it_shows(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, qtmodeltester, path: Path
) -> None:
    db = _db(main)
    expected = read_and_plan(db, path)
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == len(expected.drafts) > 0
    assert dialog.problems.count() == len(expected.skipped) + len(expected.warnings)
    ticked = [d.name for i, d in enumerate(expected.drafts) if i not in expected.duplicate_indexes()]
    assert dialog.model.ticked_count() == len(ticked)
    assert dialog.import_button.text().replace("&", "") == (
        "Import 1 vendor" if len(ticked) == 1 else f"Import {len(ticked)} vendors"
    )
    assert vendors.count_vendors(db) == 0  # the preview wrote nothing
    _import(qtbot, main, dialog)
    assert _names(db) == sorted(ticked)
    assert main.vendors_page.model.rowCount() == len(ticked) and main.current_page() == 1  # the list shows them


@needs_real_files
def test_csv_preview_counts_duplicates_and_can_keep_them(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db(main)
    dialog = _open_preview(qtbot, main, monkeypatch, REAL / "csv-vendors" / "contacts_export.csv")
    assert dialog.model.rowCount() == 2 and dialog.model.is_duplicate(1) and not dialog.model.is_duplicate(0)
    assert dialog.columns_box.isVisible() and dialog.column_combos["name"].currentText() == "company"
    assert "1 vendor will be added" in dialog.banner.text() and "already have" not in dialog.banner.text()
    assert "1 repeats an earlier entry in this file" in dialog.banner.text()
    assert dialog.duplicates_check.isVisible()
    dialog.duplicates_check.setChecked(True)
    assert dialog.model.ticked_count() == 2 and dialog.model.left_out() == set()
    _import(qtbot, main, dialog)
    assert _names(db) == ["Acme", "Acme"]


@needs_real_files
def test_vcard_preview_lists_cards_left_out_with_the_reason(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_preview(qtbot, main, monkeypatch, REAL / "vcard" / "John_Doe_ANDROID.vcf")
    assert not dialog.columns_box.isVisible()
    assert dialog.model.rowCount() == 4
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "Card 1 (line 1): it has no name (no ORG, FN or N)." in problems
    assert dialog.problems_label.isVisible() and "2 records cannot be imported" in dialog.problems_label.text()
    assert "2 records cannot be imported" in dialog.banner.text()
    dialog.reject()
    qtbot.waitUntil(lambda: not main.findChildren(ImportPreviewDialog), timeout=WAIT_MS)
    assert vendors.count_vendors(_db(main)) == 0


def test_unticking_leaves_a_vendor_out(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "shops.csv"
    path.write_text("Firma;Homepage\nBäcker Schmidt;baecker.example\nNorthwind;northwind.example\n", "utf-8")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    model = dialog.model
    assert model.setData(model.index(0, ImportPreviewModel.NAME), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.import_button.text().replace("&", "") == "Import 1 vendor"
    _import(qtbot, main, dialog)
    assert _names(_db(main)) == ["Northwind"]


def test_bad_rows_are_listed_and_the_good_ones_imported(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "v.csv"
    path.write_bytes(b"Company,Website,E-Mail\nAcme,acme.example,\nBroken,not a website,\nFine,,fine@example.org\n")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    assert dialog.model.rowCount() == 2
    problem = dialog.problems.item(0).text()
    assert "line 3" in problem and "'Website'" in problem
    _import(qtbot, main, dialog)
    assert _names(_db(main)) == ["Acme", "Fine"]


def test_columns_can_be_chosen_when_the_name_column_is_not_recognised(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Shop,Kind\nCorner Bakery,Food\nTailspin Books,Books\n", "utf-8")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.column_message.isVisible() and "name" in dialog.column_message.text()
    combo = dialog.column_combos["name"]
    combo.setCurrentIndex(combo.findData("Shop"))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    category = dialog.column_combos["category"]
    category.setCurrentIndex(category.findData("Kind"))
    qtbot.waitUntil(lambda: dialog.plan.mapping.get("category") == "Kind", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    assert not dialog.column_message.isVisible()
    _import(qtbot, main, dialog)
    assert sorted((v.name, v.category) for v in vendors.list_vendors(_db(main))) == [
        ("Corner Bakery", "Food"), ("Tailspin Books", "Books")
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary data"),
        (b"", "empty"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut short\r\n", "END:VCARD is missing"),
    ],
    ids=["binary", "empty", "cut-vcard"],
)
def test_a_broken_file_says_why_and_writes_nothing(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / ("broken.vcf" if content.startswith(b"BEGIN") else "broken.csv")
    path.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], "")))
    main.vault_actions.import_action.trigger()
    if content.startswith(b"BEGIN"):  # a vCard file whose only card is cut short: listed, nothing to add
        qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
        dialog = next(d for d in main.findChildren(ImportPreviewDialog) if d.isVisible())
        assert expected in dialog.problems.item(0).text() and not dialog.import_button.isEnabled()
        assert "No vendor can be imported" in dialog.banner.text()
        dialog.reject()
    else:
        box = _message_box(qtbot, main)
        assert box.text() == f"{path.name} cannot be imported."
        assert expected in box.informativeText() and "Nothing was added" in box.informativeText()
        box.accept()
    assert vendors.count_vendors(_db(main)) == 0


@needs_real_files
@pytest.mark.parametrize("path", STATEMENT_CSVS, ids=lambda p: p.name)
def test_bank_statements_are_not_contacts_and_ask_for_the_name_column(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.column_message.text() == "Choose the column that holds the vendor's name."
    dialog.reject()
    assert vendors.count_vendors(_db(main)) == 0


def _start_a_slow_import(
    qtbot: QtBot, dialog: ImportPreviewDialog, monkeypatch: pytest.MonkeyPatch, pause: Callable[[], object]
) -> Callable[[Database, VendorDraft], int]:
    """Click Import with `pause()` after every vendor written; return once the first one is
    written, with the real insert (to put back)."""
    inserted = threading.Event()
    original = vendors._insert

    def slow_insert(db_: Database, draft: VendorDraft) -> int:
        vendor_id = original(db_, draft)
        inserted.set()
        pause()
        return vendor_id

    monkeypatch.setattr(vendors, "_insert", slow_insert)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert inserted.wait(5)
    return original


def test_cancel_during_apply_leaves_the_vault_unchanged(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = _db(main)
    vendors.add_vendor(db, "Already here")
    path = tmp_path / "many.csv"
    path.write_text("Company\n" + "".join(f"Vendor {n}\n" for n in range(50)), "utf-8")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    go_on = threading.Event()
    original = _start_a_slow_import(qtbot, dialog, monkeypatch, lambda: go_on.wait(5))
    qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(ProgressDialog)), timeout=WAIT_MS)
    progress = next(p for p in dialog.findChildren(ProgressDialog) if p.isVisible())
    assert progress.isModal() and progress.cancel_button.isEnabled()
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert progress.stopping and progress.label.text() == "Cancelling…" and progress.isVisible()
    go_on.set()
    qtbot.waitUntil(lambda: "cancelled" in dialog.banner.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    assert "Nothing was added" in dialog.banner.text() and dialog.isVisible()
    assert _names(db) == ["Already here"] and not db.in_transaction
    assert main.vault_actions.import_action.isEnabled() and dialog.import_button.isEnabled()
    monkeypatch.setattr(vendors, "_insert", original)
    _import(qtbot, main, dialog)  # the preview stays usable: importing now adds them all
    assert vendors.count_vendors(db) == 51


def test_locking_during_an_import_stops_it_and_writes_nothing(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, existing_vault: Path
) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Company\n" + "".join(f"Vendor {n}\n" for n in range(40)), "utf-8")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    _start_a_slow_import(qtbot, dialog, monkeypatch, lambda: time.sleep(0.1))
    started = time.monotonic()
    main.lock_action.trigger()  # the worker is stopped first: the transaction rolls back
    assert time.monotonic() - started < 3  # it did not wait for the 40 slow inserts (4 s)
    with Vault.unlock(existing_vault, PASSPHRASE) as vault:
        assert vendors.count_vendors(vault.db) == 0


# -- export --------------------------------------------------------------------------------
def _populate(db: Database) -> None:
    for name in ("Northwind Energy", "Contoso Mobile"):
        vendor = vendors.add_vendor(db, name)
        agreements.add_agreement(db, AgreementDraft(vendor_id=vendor.id, kind=AgreementKind.SUBSCRIPTION,
                                                    title="Plan", renewal=date(2031, 5, 1)))


def _export(qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, target: Path, chosen: str) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), chosen)))
    main.vault_actions.export_action.trigger()
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)


def test_json_export_validates_against_the_published_schema(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    _populate(_db(main))
    target = tmp_path / "out" / "export"  # no extension: .json is added
    target.parent.mkdir()
    _export(qtbot, main, monkeypatch, target, export_module.VaultExport.JSON_FILTER)
    written = target.with_name("export.json")
    document = json.loads(written.read_text("utf-8"))
    schema = json.loads((resources.files("myvendors.resources") / "schemas" / "export-v1.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)
    assert document["format"] == json_export.FORMAT and len(document["vendors"]) == 2
    assert [p.name for p in written.parent.iterdir()] == ["export.json"]
    assert f"Exported to {written}" in main.statusBar().currentMessage()


def test_ics_export_parses(qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from icalendar import Calendar

    _populate(_db(main))
    target = tmp_path / "dates.ics"
    _export(qtbot, main, monkeypatch, target, export_module.VaultExport.JSON_FILTER)  # the extension decides
    calendar = Calendar.from_ical(target.read_bytes())
    summaries = sorted(str(event["summary"]) for event in calendar.walk("VEVENT"))
    assert summaries == ["Renews: Contoso Mobile — Plan", "Renews: Northwind Energy — Plan"]


def test_a_cancelled_export_leaves_no_file(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = _db(main)
    _populate(db)
    folder = tmp_path / "out"
    folder.mkdir()
    reached = threading.Event()
    go_on = threading.Event()
    original = json_export.to_json

    def slow_to_json(value: object) -> object:
        reached.set()
        go_on.wait(5)
        return original(value)

    monkeypatch.setattr(json_export, "to_json", slow_to_json)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(folder / "e.json"), export_module.VaultExport.JSON_FILTER)))
    main.vault_actions.export_action.trigger()
    assert reached.wait(5)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in main.findChildren(ProgressDialog)), timeout=WAIT_MS)
    progress = next(p for p in main.findChildren(ProgressDialog) if p.isVisible())
    assert not main.vault_actions.export_action.isEnabled()  # the window is busy
    progress.reject()  # Esc
    go_on.set()
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    assert list(folder.iterdir()) == []
    assert main.statusBar().currentMessage() == "Export cancelled; no file was written."
    assert main.vault_actions.export_action.isEnabled()
    assert not any(p.isVisible() for p in main.findChildren(ProgressDialog))


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "missing-folder" / "e.json"
    _export(qtbot, main, monkeypatch, target, export_module.VaultExport.JSON_FILTER)
    box = _message_box(qtbot, main)
    assert box.text() == "The export was not written." and "e.json could not be written" in box.informativeText()
    assert not target.parent.exists()
    box.accept()


def test_import_and_export_are_in_the_menus(main: MainWindow) -> None:
    texts = visible_texts(main)
    assert main.vault_actions.import_action.shortcut().toString() == "Ctrl+I" and main.vault_actions.export_action.shortcut().toString() == "Ctrl+E"
    menus = {action.text(): [a.text() for a in action.menu().actions()] for action in main.menuBar().actions()}
    assert "&Import vendors…" in menus["&Vault"] and "&Export…" in menus["&Vault"]
    assert "&Import vendors…" in menus["Ve&ndors"]
    assert texts  # the window shows something


def test_preview_mnemonics_are_unique(qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                      tmp_path: Path) -> None:
    from test_mnemonics import _assert_unique

    path = tmp_path / "v.csv"
    path.write_bytes(b"Company,Website\nAcme,acme.example\nAcme,\nBroken,not a website\n")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    assert dialog.duplicates_check.isVisible() and dialog.problems_label.isVisible() and dialog.columns_box.isVisible()
    _assert_unique(dialog, "import preview")


# -- backup --------------------------------------------------------------------------------
def test_back_up_now_follows_the_copy_and_can_be_cancelled(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, existing_vault: Path
) -> None:
    from myvendors.vault import list_backups

    reached = threading.Event()
    go_on = threading.Event()
    vault_type = type(main.vault)
    original = vault_type.backup

    def slow_backup(self: Vault, **kwargs: object) -> object:
        progress = kwargs["progress"]

        def held(done: int, total: int) -> None:
            progress(done, total)  # type: ignore[operator]
            reached.set()
            go_on.wait(5)

        return original(self, **{**kwargs, "progress": held})  # type: ignore[arg-type]

    monkeypatch.setattr(vault_type, "backup", slow_backup)
    main.vault_actions.backup_action.trigger()
    assert reached.wait(5)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in main.findChildren(ProgressDialog)), timeout=WAIT_MS)
    progress = next(p for p in main.findChildren(ProgressDialog) if p.isVisible())
    qtbot.waitUntil(lambda: progress.count_label.text().endswith(("KB", "MB", "bytes")), timeout=WAIT_MS)
    assert " of " in progress.count_label.text()
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(main.vault_actions.backup_action.isEnabled, timeout=WAIT_MS)
    assert main.statusBar().currentMessage() == "Backup cancelled; no backup was made."
    assert list_backups(existing_vault) == []


def test_sizes_read_like_a_file_manager() -> None:
    from myvendors.ui.progress import format_bytes

    assert [format_bytes(n) for n in (0, 1, 1023, 1024, 1536, 5 * 2**20, 3 * 2**30)] == [
        "0 bytes", "1 byte", "1023 bytes", "1.0 KB", "1.5 KB", "5.0 MB", "3.0 GB"
    ]


def test_the_preview_stays_open_while_its_vendors_are_being_added(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "two.csv"
    path.write_text("Company\nA\nB\n", "utf-8")
    dialog = _open_preview(qtbot, main, monkeypatch, path)
    go_on = threading.Event()
    original = vendors._insert
    monkeypatch.setattr(vendors, "_insert", lambda db_, draft: (go_on.wait(5), original(db_, draft))[1])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # before the progress dialog shows
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    go_on.set()
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    assert _names(_db(main)) == ["A", "B"]


def test_cancel_while_reading_one_long_vcard_stops_inside_the_card(
    qtbot: QtBot, main: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from myvendors.domain.importing import vcard

    path = tmp_path / "long.vcf"
    note = "NOTE;ENCODING=QUOTED-PRINTABLE:" + "=\r\n".join(["abc"] * 30_000)
    path.write_text(f"BEGIN:VCARD\r\nVERSION:2.1\r\nORG:Acme\r\n{note}\r\nEND:VCARD\r\n", "utf-8")
    reading = threading.Event()
    go_on = threading.Event()
    lines_read: list[int] = []

    class PausingSplit:  # the card's lines, pausing a third of the way through
        def split(self, text: str) -> object:
            for number, line in enumerate(vcard._LINE_BREAK_RE.split(text)):
                if number == 10_000:
                    reading.set()
                    go_on.wait(5)
                lines_read.append(number)
                yield line

    monkeypatch.setattr(vcard, "_LINE_BREAK_RE", vcard._LINE_BREAK, raising=False)
    monkeypatch.setattr(vcard, "_LINE_BREAK", PausingSplit())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *args, **kwargs: ([str(path)], "")))
    main.vault_actions.import_action.trigger()
    assert reading.wait(5)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in main.findChildren(ProgressDialog)), timeout=WAIT_MS)
    progress = next(p for p in main.findChildren(ProgressDialog) if p.isVisible())
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: not main._worker.is_busy(), timeout=WAIT_MS)
    assert 10_000 <= len(lines_read) < 30_000  # stopped inside the card, within a few thousand lines
    assert not any(d.isVisible() for d in main.findChildren(ImportPreviewDialog))
    assert vendors.count_vendors(_db(main)) == 0
