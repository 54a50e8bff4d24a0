"""The dispute pack dialog, opened from Vendors ▸ Dispute pack… for the vendor shown: the ticks with
their counts (what `domain.dispute.choices` says), attachments, her statement, the pack made on the
worker, its summary and "Show in folder"; keyboard letters unique, every control named."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_accessibility import _unnamed
from test_mnemonics import _assert_unique
from ui_helpers import WAIT_MS, unlock_with_passphrase

from myvendors.domain import attachments, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, Money, VendorDraft
from myvendors.ui import i18n
from myvendors.ui.pages.vendors.dispute_dialog import DisputeDialog


def populate(db) -> int:  # type: ignore[no-untyped-def]  # the vault's Database
    vendor = vendors.create_vendor(db, VendorDraft(name="Northwind Furniture", website="northwind.example"))
    at = datetime(2026, 10, 1, 9, 0, tzinfo=UTC)
    timeline.record(db, InteractionDraft(vendor.id, InteractionKind.PAYMENT, at, amount=Money.parse("899", "EUR"),
                                         note="Sofa, paid in advance"))
    timeline.record(db, InteractionDraft(vendor.id, InteractionKind.COMPLAINT, at.replace(month=11),
                                         channel="e-mail", note="Not delivered after six weeks"))
    attachments.attach(db, vendor.id, io.BytesIO(b"%PDF-1.4 order confirmation\n"), "Order 4711.pdf")
    return vendor.id


def _open(qtbot: QtBot, make_controller, existing_vault: Path):  # type: ignore[no-untyped-def]
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    vendor_id = populate(controller.vault.db)
    main.refresh()
    assert main.show_vendor(vendor_id)
    qtbot.waitUntil(main.vendors_page.dispute_action.isEnabled, timeout=WAIT_MS)
    main.vendors_page.dispute_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(DisputeDialog)), timeout=WAIT_MS)
    return main, next(d for d in main.findChildren(DisputeDialog) if d.isVisible())


def test_ticks_show_counts_and_the_pack_is_made(qtbot: QtBot, make_controller, existing_vault: Path,
                                                tmp_path: Path) -> None:
    _, dialog = _open(qtbot, make_controller, existing_vault)
    boxes = dialog.part_boxes
    assert boxes["timeline"].text() == "&Timeline (1)" and boxes["timeline"].isChecked()
    assert boxes["payments"].isChecked() and boxes["payments"].isEnabled()
    assert not boxes["agreements"].isEnabled() and not boxes["agreements"].isChecked()
    assert dialog.attachment_list.count() == 1 and dialog.attachment_ids() == ()
    dialog.attachment_list.item(0).setCheckState(Qt.CheckState.Checked)
    boxes["timeline"].setChecked(False)
    dialog.statement.setPlainText("The sofa never came.")
    dialog.path_edit.setText(str(tmp_path / "pack"))  # ".zip" is added
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    assert not dialog.folder_button.isEnabled()
    job = dialog.start()
    assert job is not None
    qtbot.waitUntil(lambda: dialog.result_made is not None, timeout=WAIT_MS * 4)
    made = dialog.result_made
    assert made is not None and made.path == tmp_path / "pack.zip" and (tmp_path / "pack.pdf").is_file()
    assert made.included == ("payments", "attachments", "statement")
    with zipfile.ZipFile(made.path) as archive:
        data = json.loads(archive.read("data.json"))
        assert "timeline" not in data and data["statement"] == "The sofa never came."
        assert archive.read("attachments/01-order-4711.pdf") == b"%PDF-1.4 order confirmation\n"
    assert "Saved the pack to" in dialog.status.text()
    assert dialog.folder_button.isEnabled()
    dialog.folder_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]
    dialog.close()


def test_keyboard_letters_and_names(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    _, dialog = _open(qtbot, make_controller, existing_vault)
    _assert_unique(dialog, "the dispute pack dialog")
    assert _unnamed(dialog) == []
    dialog.close()


def test_in_german(qtbot: QtBot, make_controller, existing_vault: Path, qapp: QApplication) -> None:
    installed = i18n.install(qapp, "de")
    try:
        _, dialog = _open(qtbot, make_controller, existing_vault)
        assert dialog.windowTitle() == "Streitfall-Unterlagen: Northwind Furniture"
        _assert_unique(dialog, "the dispute pack dialog in German")
        dialog.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
