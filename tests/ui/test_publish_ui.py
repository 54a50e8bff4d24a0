"""Sharing a request publishes it, in the desktop app: the wizard's Share opens a
draft request, the Overview and the Requests page show it open and where it went, and the last page
says what to do with the file with each way of handing it over one click away."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl, QUrlQuery
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot
from ui_helpers import WAIT_MS, unlock_with_passphrase
from vendor_side import VendorSide

from myvendors.domain import requests, vendors
from myvendors.domain.models import RequestDraft, RequestStatus
from myvendors.domain.sharing import answers
from myvendors.domain.sharing import packages
from myvendors.storage import Database
from myvendors.ui.main_window import MainWindow
from myvendors.ui.sharing.wizard import PAGE_CONTENT, PAGE_DONE, PAGE_PREVIEW, PAGE_TERMS, ShareWizard
from myvendors.ui.sharing.wizard.done import DonePage

TODAY = date.today().isoformat()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the app asked the desktop to open (nothing really opens)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def _open(qtbot: QtBot, make_controller, existing_vault: Path) -> tuple[MainWindow, Database]:
    controller = make_controller(existing_vault)
    main = unlock_with_passphrase(qtbot, controller)
    assert controller.vault is not None
    return main, controller.vault.db


def _share(qtbot: QtBot, wizard: ShareWizard) -> str:
    """Through the wizard to its last page; returns what the preview said Share would do."""
    qtbot.waitExposed(wizard)
    said = ""
    for page in (PAGE_CONTENT, PAGE_TERMS, PAGE_PREVIEW, PAGE_DONE):
        if wizard.currentId() == PAGE_PREVIEW:
            said = wizard.currentPage().subTitle()
        wizard.next()
        qtbot.waitUntil(lambda page=page: wizard.currentId() == page, timeout=WAIT_MS)
    return said


def _went_text(main: MainWindow) -> str:
    labels = main.requests_page.detail.went_labels
    return "\n".join(label.text() for label in labels)


def test_the_wizards_share_opens_a_draft_request_and_the_request_shows_where_it_went(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path, opened: list[QUrl]
) -> None:
    main, db = _open(qtbot, make_controller, existing_vault)
    request = requests.create_request(db, RequestDraft(title="E-Bike", description="Step-through, 500 Wh"))
    main.refresh()
    main.go_to(2)
    assert main.requests_page.select(request.id)
    assert "Not shared yet" in _went_text(main)
    overview = main.overview.requests
    qtbot.waitUntil(lambda: overview.stack.currentIndex() == 0, timeout=WAIT_MS)
    assert overview.empty.text().startswith("No open requests")

    main.requests_page.detail.share_action.trigger()  # the request detail's "Share…"
    wizard = main.findChild(ShareWizard)
    assert wizard is not None and wizard.recipient_page.request_id() == request.id
    assert "opens the request for offers" in _share(qtbot, wizard)  # the preview says so before Share

    # the request is open: the Requests page, the Overview, and accepting an offer need nothing by hand
    assert requests.get_request(db, request.id).status is RequestStatus.OPEN
    assert main.requests_page.current_request().status is RequestStatus.OPEN
    assert main.requests_page.detail.status_chip.text() == "Open"
    qtbot.waitUntil(lambda: overview.model.rowCount() == 1, timeout=WAIT_MS)  # the Overview lists it
    assert "E-Bike" in overview.model.index(0, 0).data()
    went = _went_text(main)
    assert f"{TODAY} · Published to <b>anyone</b> · this opened it for offers" in went
    assert f"request-e-bike-{TODAY}.myvendors.jws · signed" in went and wizard.shared.sha256[:12] in went

    # the last page: what to do, in words, and the file named after what it is
    done = wizard.done_page
    assert done.title() == "Published" and "now open for offers" in done.subTitle()
    words = done.what_now.text()
    assert all(w in words for w in ("e-mail", "upload", "print", "PDF"))
    assert done.default_name() == f"request-e-bike-{TODAY}.myvendors.jws"
    assert done.file_label.text() == f"File name: request-e-bike-{TODAY}.myvendors.jws"
    assert not done.folder_button.isEnabled() and done.folder_button.toolTip() == "Save the file first"
    assert not done.show_in_folder() and opened == []

    target = tmp_path / done.default_name()
    assert done.save_to(str(target)) and target.read_bytes() == wizard.shared.file_bytes
    assert done.folder_button.isEnabled() and done.email_button.isEnabled() and done.path_button.isEnabled()

    done.folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))
    done.email_button.click()
    mail = opened[-1]
    assert mail.scheme() == "mailto" and mail.path() == ""  # anyone: she fills in the address
    query = QUrlQuery(mail)
    assert query.queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded) == "Request: E-Bike"
    assert target.name in query.queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded)
    assert "%0D%0A%0D%0A" in mail.toString(QUrl.ComponentFormattingOption.FullyEncoded)  # RFC 6068 line breaks
    assert "Attach the file yourself" in done.status.text()
    done.path_button.click()
    assert QGuiApplication.clipboard().text() == str(target)
    assert "cleared again in 30 seconds" in done.status.text()  # the one clipboard service, like every copy
    QGuiApplication.clipboard().clear()

    # an offer comes back: it is listed where the request went, and accepting it works at once
    vendor = VendorSide("Velo Works")
    _, package = vendor.read(wizard.shared.compact)
    wizard.accept()
    imported = answers.import_document(db, vendor.send(vendor.offer_document(package, "1499.00"), package))
    main.refresh()
    assert "Offer from <b>Velo Works</b>" in _went_text(main)
    _, fulfilled, _ = requests.accept_offer(db, imported.offer_id)
    assert fulfilled.status is RequestStatus.FULFILLED


def test_sharing_an_open_request_again_keeps_it_open(qtbot: QtBot, make_controller, existing_vault: Path) -> None:
    main, db = _open(qtbot, make_controller, existing_vault)
    request = requests.create_request(db, RequestDraft(title="Piano lessons"))
    requests.change_status(db, request.id, "open")
    packages.share(db, packages.ShareSpec("personal-request", request_id=request.id))
    main.refresh()
    wizard = main.sharing.open_wizard(request_id=request.id)
    assert "opens the request" not in _share(qtbot, wizard)
    assert requests.get_request(db, request.id).status is RequestStatus.OPEN
    assert "now open" not in wizard.done_page.subTitle()
    main.go_to(2)
    main.requests_page.select(request.id)
    went = _went_text(main)
    assert went.count("Published to <b>anyone</b>") == 2 and "opened it" not in went
    wizard.accept()


def test_a_vendors_email_is_filled_in_and_printing_prints(
    qtbot: QtBot, make_controller, existing_vault: Path, tmp_path: Path, opened: list[QUrl], monkeypatch
) -> None:
    main, db = _open(qtbot, make_controller, existing_vault)
    packages.set_profile(db, {"email": "ann@example.org"})
    shop = vendors.add_vendor(db, "Café Müller", email="hallo@cafe.example")
    main.refresh()
    wizard = main.sharing.open_wizard(vendor_id=shop.id)
    qtbot.waitExposed(wizard)
    wizard.recipient_page.kind_combo.setCurrentIndex(wizard.recipient_page.kind_combo.findData("deletion-request"))
    _share(qtbot, wizard)
    done = wizard.done_page
    assert done.title() == "Shared"
    assert done.default_name() == f"deletion-request-cafe-muller-{TODAY}.myvendors.jws"
    assert "Café Müller" in done.what_now.text() and "contact form" in done.what_now.text()
    assert done.save_to(str(tmp_path / done.default_name()))
    assert done.write_email()
    mail = opened[-1]
    assert mail.path() == "hallo@cafe.example"
    assert QUrlQuery(mail).queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded) == \
        "Request to erase my data"

    # Print…: the system's print dialog, here answered by printing to a PDF file
    from PySide6.QtPrintSupport import QPrinter

    pdf = tmp_path / "printed.pdf"

    class Answered:
        def __init__(self, printer: QPrinter, parent) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> int:
            assert self.printer.docName() == f"deletion-request-cafe-muller-{TODAY}"
            assert self.printer.outputFileName() == ""  # a real printer stays the default choice
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(pdf))
            return 1

    from PySide6 import QtPrintSupport

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", Answered)
    done.print_button.click()
    assert pdf.read_bytes().startswith(b"%PDF") and done.status.text() == "Sent to the printer."
    assert done.save_pdf(str(tmp_path / done.default_name(".pdf")))
    assert (tmp_path / f"deletion-request-cafe-muller-{TODAY}.pdf").read_bytes().startswith(b"%PDF")
    assert DonePage.last_folder == str(tmp_path)
    wizard.accept()


def test_a_withdrawn_request_is_not_published_and_the_wizard_says_why(
    qtbot: QtBot, make_controller, existing_vault: Path
) -> None:
    main, db = _open(qtbot, make_controller, existing_vault)
    request = requests.create_request(db, RequestDraft(title="Old sofa"))
    requests.change_status(db, request.id, "withdrawn")
    main.refresh()
    main.go_to(2)
    main.requests_page.select(request.id)
    assert not main.requests_page.detail.share_action.isEnabled()
    wizard = main.sharing.open_wizard(request_id=request.id)
    qtbot.waitExposed(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_CONTENT, timeout=WAIT_MS)
    wizard.next()
    assert wizard.currentId() == PAGE_CONTENT
    assert "withdrawn" in wizard.content_page.message.text() and "draft again" in wizard.content_page.message.text()
    assert packages.sent_packages(db) == []
    wizard.reject()
