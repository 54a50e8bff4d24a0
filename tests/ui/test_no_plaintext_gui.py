"""No plaintext outside the vault, in the desktop app (offscreen): a session over a vault whose
vendors, notes, requests and attachments carry a canary string (unlock, every page, search, a file
attached and opened, an import, an export, a package shared, a backup, lock, quit), then not one
canary (UTF-8, UTF-16 LE or BE) in any file under the data, config, cache, state, runtime,
temporary and home folders, except the export and the package asked for.

The command-line session is tests/test_no_plaintext.py; tests/test_no_network.py runs both again
under an audit hook that watches for network connections.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from plaintext import canary_files, session_folders
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase, wait_idle

from myvendors import paths
from myvendors.domain import agreements, reputation, requests, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft, AgreementKind, InteractionDraft, InteractionKind, Money, NoteDraft, RequestDraft,
)
from myvendors.domain.sharing import packages
from myvendors.ui.importing import ImportPreviewDialog
from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS
from myvendors.vault import KdfParams, Vault

CANARY = "Kanarienvogel-Zaunkoenig-5150"


def _fill(path: Path) -> tuple[int, int]:
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    with vault:
        db = vault.db
        packages.set_profile(db, {"name": f"Ann {CANARY}", "city": CANARY})
        shop = vendors.add_vendor(db, f"Shop {CANARY}", notes=f"notes {CANARY}", address=f"{CANARY} street 1")
        agreements.add_agreement(db, AgreementDraft(vendor_id=shop.id, kind=AgreementKind.SUBSCRIPTION,
                                                    title=f"Plan {CANARY}", renewal=date(2031, 1, 1), notes=CANARY))
        timeline.record(db, InteractionDraft(vendor_id=shop.id, kind=InteractionKind.PAYMENT, note=f"paid {CANARY}",
                                             at=datetime(2026, 5, 1, tzinfo=UTC),
                                             amount=Money.parse("9.99", "EUR")))
        reputation.add_note(db, NoteDraft(shop.id, date(2026, 5, 1), f"good {CANARY}", {"service": 5}))
        request = requests.create_request(db, RequestDraft(title=f"Bike {CANARY}", description=f"wanted {CANARY}",
                                                           location=CANARY))
    return shop.id, request.id


def test_a_gui_session_leaves_no_plaintext_outside_the_vault(
    qtbot: QtBot, make_controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    session_folders(home, monkeypatch)
    exports = home / "exports"
    exports.mkdir()
    inputs = tmp_path / "inputs"  # files she reads in (outside the folders looked at)
    inputs.mkdir()
    receipt = inputs / "receipt.txt"
    receipt.write_bytes(f"Receipt {CANARY}\n".encode() + f"{CANARY} in UTF-16".encode("utf-16"))
    contacts = inputs / "contacts.csv"
    contacts.write_text(f"Company,Notes\nImported {CANARY} GmbH,{CANARY} imported\n", encoding="utf-8")
    vault_path = paths.default_vault_path()
    shop_id, request_id = _fill(vault_path)

    controller = make_controller(vault_path)
    main = unlock_with_passphrase(qtbot, controller)
    wait_idle(qtbot, controller)
    for page in range(main.pages.count()):  # every page, shown and filled
        main.go_to(page, focus=True)
        wait_idle(qtbot, controller)

    main.focus_search()  # search: what she types is a canary too
    qtbot.keyClicks(main.search_field, "Kanarienvogel")
    qtbot.waitUntil(main.search_field.popup.isVisible, timeout=WAIT_MS)
    qtbot.keyClick(main.search_field, Qt.Key.Key_Escape)

    assert main.show_vendor(shop_id)
    detail = main.vendors_page.detail
    qtbot.waitUntil(lambda: detail.vendor_id == shop_id, timeout=WAIT_MS)
    for index in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(index)
    files = detail.files
    with qtbot.waitSignal(detail.changed, timeout=WAIT_MS):
        files.add_files([receipt])
    qtbot.waitUntil(lambda: files.model.rowCount() == 1, timeout=WAIT_MS)
    opened: list[QUrl] = []
    files.open_url = lambda url: opened.append(url) or True
    files.view.selectRow(0)
    files.open_selected()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=WAIT_MS)
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == receipt.read_bytes()
    assert copy.is_relative_to(home), "the decrypted copy goes to the temporary folder this test looks at"

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(contacts)], "")))
    main.vault_actions.import_action.trigger()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    preview = next(d for d in main.findChildren(ImportPreviewDialog) if d.isVisible())
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in main.findChildren(ImportPreviewDialog)), timeout=WAIT_MS)
    wait_idle(qtbot, controller)

    export = exports / "export.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(export), "")))
    main.vault_actions.export_action.trigger()
    qtbot.waitUntil(export.exists, timeout=WAIT_MS)
    wait_idle(qtbot, controller)

    wizard = main.sharing.open_wizard(request_id=request_id)
    qtbot.waitExposed(wizard)
    for page in (PAGE_CONTENT, PAGE_TERMS, PAGE_PREVIEW, PAGE_DONE):
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=WAIT_MS)
    assert wizard.done_page.save_to(str(exports / "request.jws"))
    wizard.accept()

    main.vault_actions.back_up_now()
    wait_idle(qtbot, controller)
    main.lock_action.trigger()
    qtbot.waitUntil(lambda: controller.vault is None, timeout=WAIT_MS)
    assert not copy.exists()
    controller.shutdown()  # quit: the window's state and the last vault are saved on the way out

    assert CANARY in export.read_text(encoding="utf-8")  # the canary is there to find
    leaked = canary_files(home, [CANARY], allowed=[export, exports / "request.jws"])
    assert not leaked, f"plaintext outside the vault: {[str(p.relative_to(home)) for p in leaked]}"
    assert (home / "data").rglob("*.myvendors")  # the vault and its backup were looked at too
    assert len(list((home / "data").rglob("*.myvendors"))) >= 2
