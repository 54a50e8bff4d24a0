"""Files given to the app on its command line (a double-click on a vault or a document): what each
opens, the answer dialog once the vault is unlocked, and what is said when a file cannot be used.
The desktop integration the app does itself: its desktop file name and window class."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_window
from vendor_side import VendorSide

from myvendors import APP_ID
from myvendors import app as app_module
from myvendors.domain import reputation, requests, vendors
from myvendors.domain.models import Money, NoteDraft, RequestDraft
from myvendors.domain.sharing import packages
from myvendors.ui.contacts.bundle_dialog import BundleDialog
from myvendors.ui.main_window import MainWindow
from myvendors.ui.sharing.answers import AnswerDialog
from myvendors.ui.unlock import UnlockWindow
from myvendors.vault import KdfParams, NoKeyStore, Vault
from myvendors.vault.recent import StartRequest, remember_last_vault, what_to_open

ROOT = Path(__file__).resolve().parents[2]

# (the file given, what is on disk, the vault opened: "given", "last" or a name, a document?, the problem's words)
CASES = [
    ("a.myvendors", None, "given", False, None),  # nothing there yet: the first-run window makes it
    ("a.myvendors", "vault", "given", False, None),
    ("a.myvendors.envelope", "vault", "a.myvendors", False, None),  # the envelope stands for its vault
    ("my-vault", "vault", "given", False, None),  # any name, with its envelope beside it
    ("offer.myvendors.jwe", "file", "last", True, None),
    ("ack.myvendors.jws", "file", "last", True, None),
    ("notes.JOSE", "file", "last", True, None),
    ("gone.myvendors.jws", None, "last", False, "gone.myvendors.jws was not found"),
    ("photo.jpg", "file", "last", False, "photo.jpg is neither a MyVendors vault"),
    ("folder", "dir", "last", False, "folder is neither a MyVendors vault"),
    ("nothing", None, "last", False, "nothing was not found"),
]


@pytest.mark.parametrize(("name", "on_disk", "opened", "document", "problem"), CASES, ids=[c[0] + "-" + str(c[1]) for c in CASES])
def test_what_a_file_given_on_the_command_line_opens(
    tmp_path: Path, name: str, on_disk: str | None, opened: str, document: bool, problem: str | None
) -> None:
    last = tmp_path / "last.myvendors"
    remember_last_vault(last)
    given = tmp_path / name
    if on_disk == "vault":
        vault = given.with_name(given.name.removesuffix(".envelope"))
        vault.write_bytes(b"(a vault)")
        vault.with_name(vault.name + ".envelope").write_bytes(b"(its envelope)")
    elif on_disk == "file":
        given.write_text("eyJ…")
    elif on_disk == "dir":
        given.mkdir()
    request = what_to_open(given)
    expected = {"given": given, "last": last}.get(opened, tmp_path / opened)
    assert request.vault == expected
    assert request.document == (given if document else None)
    if problem is None:
        assert request.problem is None
    else:
        assert request.problem is not None and problem in request.problem


def test_no_file_opens_the_last_vault(tmp_path: Path) -> None:
    remember_last_vault(tmp_path / "last.myvendors")
    assert what_to_open(None) == StartRequest(tmp_path / "last.myvendors")


@pytest.fixture
def desktop(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[app_module.DesktopApp]]:
    """Started DesktopApps (append them), disposed at the end."""
    monkeypatch.setattr(app_module.signal, "signal", lambda signum, handler: None)
    made: list[app_module.DesktopApp] = []
    yield made
    for running in made:
        running.dispose()


def _start(qapp: QApplication, made: list[app_module.DesktopApp], given: Path) -> app_module.DesktopApp:
    request = what_to_open(given)
    running = app_module.DesktopApp(qapp, request.vault, keystore=NoKeyStore("test"), kdf_seconds=0)
    made.append(running)
    running.start()
    running.open_on_start(request)
    return running


def _offer_for_a_request(vault_path: Path, into: Path) -> Path:
    """A vendor's offer for a request the vault shared, saved as a file she could double-click."""
    with Vault.unlock(vault_path, PASSPHRASE) as vault:
        request = requests.create_request(vault.db, RequestDraft(
            title="A city bike", description="Step-through frame", category="Bikes", location="Leeds",
            budget_max=Money.parse("600", "EUR"), needed_by=date(2027, 3, 1), conditions="",
        ))
        requests.change_status(vault.db, request.id, "open")
        shared = packages.share(vault.db, packages.ShareSpec("personal-request", request_id=request.id))
    vendor = VendorSide("Tyre Co")
    offer = vendor.send(vendor.offer_document(shared.draft.document, "420.00"), shared.draft.document)
    into.write_text(offer + "\n")
    return into


def test_a_document_opens_the_last_vault_then_the_answer_dialog_with_it(
    qtbot: QtBot, qapp: QApplication, desktop: list[app_module.DesktopApp], existing_vault: Path, tmp_path: Path
) -> None:
    offer = _offer_for_a_request(existing_vault, tmp_path / "offer.myvendors.jwe")
    remember_last_vault(existing_vault)
    running = _start(qapp, desktop, offer)
    window = unlock_window(qtbot, running.controller)
    assert window.vault_path == existing_vault.absolute()
    qtbot.keyClicks(window.unlock_page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(running.controller.window, MainWindow), timeout=WAIT_MS)
    main = running.controller.window
    assert isinstance(main, MainWindow)

    def shown() -> list[AnswerDialog]:
        return [d for d in main.findChildren(AnswerDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1, timeout=WAIT_MS)
    dialog = shown()[0]
    assert dialog.inspected is not None and dialog.inspected.kind == "offer"
    assert "420.00 EUR" in dialog.holds.toPlainText() and dialog.import_button.isEnabled()
    assert running.notice is None
    dialog.reject()


def test_a_contacts_notes_given_on_the_command_line_go_on_to_their_review_dialog(
    qtbot: QtBot, qapp: QApplication, desktop: list[app_module.DesktopApp], existing_vault: Path, tmp_path: Path
) -> None:
    with Vault.create(tmp_path / "bea" / "bea.myvendors", PASSPHRASE, kdf=KdfParams.floor())[0] as bea:
        packages.set_profile(bea.db, {"name": "Bea"})
        shop = vendors.add_vendor(bea.db, "VeloWorks GmbH", website="www.veloworks.example")
        note = reputation.add_note(bea.db, NoteDraft(shop.id, date.today(), "Quick repair", {"service": 5}))
        spec = packages.ShareSpec("reputation", contact="Ann", note_ids=(note.id,), disclose=("name",))
        (tmp_path / "bea-notes.myvendors.jws").write_text(packages.share(bea.db, spec).compact)
    remember_last_vault(existing_vault)
    running = _start(qapp, desktop, tmp_path / "bea-notes.myvendors.jws")
    window = unlock_window(qtbot, running.controller)
    qtbot.keyClicks(window.unlock_page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(running.controller.window, MainWindow), timeout=WAIT_MS)
    main = running.controller.window
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(BundleDialog)), timeout=WAIT_MS)
    assert not [d for d in main.findChildren(AnswerDialog) if d.isVisible()]  # handed on, as Sharing ▸ Import does
    for dialog in main.findChildren(BundleDialog):
        dialog.reject()


def test_a_file_that_is_neither_is_said_and_the_last_vault_opens(
    qtbot: QtBot, qapp: QApplication, desktop: list[app_module.DesktopApp], existing_vault: Path, tmp_path: Path
) -> None:
    remember_last_vault(existing_vault)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    running = _start(qapp, desktop, tmp_path / "photo.jpg")
    window = unlock_window(qtbot, running.controller)
    assert window.vault_path == existing_vault.absolute()
    qtbot.waitUntil(lambda: running.notice is not None and running.notice.isVisible(), timeout=WAIT_MS)
    assert running.notice is not None
    assert running.notice.text().startswith("photo.jpg is neither a MyVendors vault (*.myvendors) nor a document")
    assert running.notice.parent() is window
    running.notice.accept()
    assert running.controller._document is None


def test_a_document_for_a_vault_open_elsewhere_says_where_to_import_it(
    qtbot: QtBot, qapp: QApplication, desktop: list[app_module.DesktopApp], existing_vault: Path, tmp_path: Path
) -> None:
    remember_last_vault(existing_vault)
    (tmp_path / "ack.myvendors.jws").write_text("eyJ…")
    with Vault.unlock(existing_vault, PASSPHRASE):  # the running MyVendors holds the vault's lock
        running = _start(qapp, desktop, tmp_path / "ack.myvendors.jws")
        qtbot.waitUntil(lambda: running.notice is not None and running.notice.isVisible(), timeout=WAIT_MS)
        assert running.notice is not None
        assert running.notice.text() == (
            f"The vault {existing_vault.name} is already open in another MyVendors window. Import ack.myvendors.jws "
            "there: Sharing ▸ Import vendor's answer…, then Open a file…"
        )
        running.notice.accept()
    assert running.controller._document is None  # nothing waits for an unlock here


def test_the_window_is_matched_to_the_desktop_file(
    qtbot: QtBot, qapp: QApplication, desktop: list[app_module.DesktopApp], existing_vault: Path
) -> None:
    running = _start(qapp, desktop, existing_vault)
    assert isinstance(unlock_window(qtbot, running.controller), UnlockWindow)
    assert qapp.desktopFileName() == APP_ID
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["StartupWMClass"] == qapp.applicationName()  # X11's WM_CLASS class is the application name
    assert section["Exec"].split()[-1] in {"%f", "%F", "%u", "%U"}  # a double-clicked file is passed on
    assert "application/x-myvendors-vault" in section["MimeType"].split(";")


def test_a_document_for_a_vault_open_here_is_sent_here_by_a_second_myvendors(
    qtbot: QtBot, qapp: QApplication, desktop: list[app_module.DesktopApp], existing_vault: Path, tmp_path: Path
) -> None:
    from myvendors.ui.forwarding import forward

    offer = _offer_for_a_request(existing_vault, tmp_path / "offer.myvendors.jwe")
    remember_last_vault(existing_vault)
    running = _start(qapp, desktop, existing_vault)
    window = unlock_window(qtbot, running.controller)
    qtbot.keyClicks(window.unlock_page.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(window.unlock_page.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(running.controller.window, MainWindow), timeout=WAIT_MS)
    main = running.controller.window
    assert isinstance(main, MainWindow)

    # the double-click: a second MyVendors, which finds the vault open and hands the file over
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    second = subprocess.Popen([sys.executable, "-m", "myvendors", str(offer), "--quit-when-shown"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    out, err = second.communicate()
    assert second.returncode == 0, err
    assert out.startswith("myvendors: offer.myvendors.jwe went to the MyVendors that has"), out  # no window of its own
    qtbot.waitUntil(lambda: any(d.isVisible() for d in main.findChildren(AnswerDialog)), timeout=WAIT_MS)
    dialog = next(d for d in main.findChildren(AnswerDialog) if d.isVisible())
    assert dialog.inspected is not None and dialog.inspected.kind == "offer"
    dialog.reject()

    running.controller.lock()  # locked: nothing listens any more, a second MyVendors opens itself
    assert not forward(existing_vault, offer, wait_ms=200)
