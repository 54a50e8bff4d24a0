"""The window's sharing actions: Share…, Import vendor's answer…, Your profile…, New pseudonym…,
the Sharing menu, the Shared page's wiring and the status bar's warning when the ledger's chain
does not verify (checked on every unlock and refresh). A contact's notes opened as an answer go
on to the Trusted contacts page (`bundle_found`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QMessageBox, QPushButton

from myvendors.domain import vendors
from myvendors.domain.sharing import keys
from myvendors.domain.sharing.answers import Imported
from myvendors.domain.sharing.keys import Scope
from myvendors.domain.sharing.packages import Shared, ShareSpec
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui import icons
from myvendors.ui.sharing.answers import AnswerDialog
from myvendors.ui.i18n import error_text
from myvendors.ui.sharing.profile import ProfileDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.sharing.wizard import ShareWizard
from myvendors.ui.pages.shared import Connection, SharedPage

if TYPE_CHECKING:
    from myvendors.domain.sharing.ledger import ChainReport
    from myvendors.domain.vendors import Vendor
    from myvendors.ui.actions.host import WindowHost
    from myvendors.ui.pages.requests import RequestsPage
    from myvendors.ui.pages.vendors.page import VendorsPage
    from myvendors.ui.worker import Worker


class SharingActions(QObject):
    """Does what the Sharing menu, the Shared page and "Share…" elsewhere ask, for the window `host`.
    The vendors and requests pages come with `connect_pages` (they are built after this)."""

    bundle_found = Signal(str)  # a contact's notes, opened where answers are: the window hands them on

    def __init__(self, host: WindowHost, page: SharedPage) -> None:
        window = host.window()
        super().__init__(window)
        self._host = host
        self.page = page
        self._vendors: VendorsPage | None = None
        self._requests: RequestsPage | None = None
        self.share_action = QAction(icons.icon("share"), self.tr("&Share…"), window)
        self.share_action.setToolTip(self.tr("Share exactly what you choose, with your terms, signed"))
        self.share_action.triggered.connect(lambda: self.share())  # noqa: PLW0108 (triggered's `checked` stays out)
        self.import_action = QAction(self.tr("&Import vendor's answer…"), window)
        self.import_action.triggered.connect(self.import_answer)
        self.profile_action = QAction(self.tr("Your &profile…"), window)
        self.profile_action.triggered.connect(self.edit_profile)
        self.ledger_action = QAction(icons.icon("ledger"), self.tr("Show the &ledger"), window)
        self.ledger_action.triggered.connect(self.show_page)
        self.rotate_action = QAction(self.tr("&New pseudonym for this vendor…"), window)
        self.rotate_action.setToolTip(
            self.tr("Retire the keys this vendor knows you by and make new ones (replies to the old ones still open)")
        )
        self.rotate_action.triggered.connect(lambda: self.rotate_pseudonym())  # noqa: PLW0108 (`checked` is no vendor id)
        self.actions = (
            self.share_action, self.import_action, self.profile_action, self.ledger_action, self.rotate_action
        )
        self.ledger_warning = QPushButton(icons.icon("warning"), self.tr("The ledger was altered"), window)
        self.ledger_warning.setFlat(True)
        self.ledger_warning.setAccessibleName(self.tr("The ledger was altered: show the Shared page"))
        self.ledger_warning.setToolTip(self.tr("Its hash chain does not verify. Show the Shared page for details."))
        self.ledger_warning.clicked.connect(self.show_page)
        self.ledger_warning.hide()
        page.share_requested.connect(self.share)
        page.import_requested.connect(self.import_answer)
        page.deletion_requested.connect(lambda spec: self.open_wizard(initial=spec))
        page.verified.connect(self._show_warning)

    def connect_pages(self, vendors_page: VendorsPage, requests_page: RequestsPage) -> None:
        """Share what is selected there; the request detail's "Share…" opens the wizard on that request."""
        self._vendors, self._requests = vendors_page, requests_page
        requests_page.share_wanted.connect(lambda request_id: self.open_wizard(request_id=request_id))
        vendors_page.detail.aliases.request_wanted.connect(lambda spec: self.open_wizard(initial=spec))  # a leak's

    def add_menu(self, bar: QMenuBar) -> QMenu:
        """The Sharing menu (returned, so that the window can add what other parts share)."""
        menu = bar.addMenu(self.tr("Shar&ing"))
        menu.addAction(self.share_action)
        menu.addAction(self.import_action)
        menu.addSeparator()
        menu.addAction(self.profile_action)
        menu.addAction(self.ledger_action)
        menu.addAction(self.rotate_action)
        return menu

    def _db(self) -> Database:
        return self._host.vault.db

    def refresh(self, db: Database, *, worker: Worker | None = None, connection: Connection | None = None) -> None:
        """The Shared page, and the status bar's warning when the chain does not verify. With a
        `worker` (unlocking) the chain is walked on its thread and the warning comes when known."""
        self.page.refresh(db, worker=worker, connection=connection)
        self._show_warning(self.page.report)

    def _show_warning(self, report: ChainReport | None) -> None:
        self.ledger_warning.setVisible(report is not None and not report.ok)

    def set_enabled(self, enabled: bool) -> None:
        self.page.setEnabled(enabled)
        for action in self.actions:
            action.setEnabled(enabled)

    def clear(self) -> None:
        self.page.clear()
        self.ledger_warning.hide()  # the clipboard is cleared by the window's service on lock

    def show_page(self) -> None:
        self._host.show_page(self.page)

    # -- the wizard ---------------------------------------------------------------------------
    def share(self) -> ShareWizard:
        """The wizard, with the vendor or request selected on its page when that is where she is."""
        vendor_id = request_id = None
        current = self._host.shown_page()
        if self._vendors is not None and current is self._vendors.pane:
            vendor = self._vendors.selected_vendor()
            vendor_id = vendor.id if vendor is not None else None
        elif self._requests is not None and current is self._requests:
            request = self._requests.current_request()
            request_id = request.id if request is not None else None
        return self.open_wizard(vendor_id=vendor_id, request_id=request_id)

    def open_wizard(self, *, initial: ShareSpec | None = None, vendor_id: int | None = None,
                    request_id: int | None = None) -> ShareWizard:
        wizard = ShareWizard(self._db(), self._host.window(), initial=initial, vendor_id=vendor_id, request_id=request_id)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.addAction(self._host.lock_action)  # Ctrl+L locks from inside the (modal) wizard too
        wizard.shared_done.connect(self._shared)
        wizard.open()
        return wizard

    def _shared(self, shared: Shared) -> None:
        self.refresh(self._db())
        self.page.select_package(shared.package_id)
        if shared.draft.spec.kind == "personal-request":
            # publishing it opened it (or added where it went): the Requests page and the Overview show it
            if self._requests is not None:
                self._requests.refresh()
                emit(self._requests.changed)
            message = (self.tr("Published your request; it is now open for offers.") if shared.opened_from
                       else self.tr("Published your request; recorded in your ledger."))
        else:
            message = self.tr("Shared with %s; recorded in your ledger.") % shared.draft.recipient
        self._host.show_status(message)

    # -- answers and the profile --------------------------------------------------------------
    def import_answer(self) -> AnswerDialog:
        dialog = AnswerDialog(self._db(), self._host.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addAction(self._host.lock_action)
        dialog.imported.connect(lambda done: self._imported(dialog, done))
        dialog.bundle_found.connect(self.bundle_found)
        dialog.open()
        return dialog

    def _imported(self, dialog: AnswerDialog, done: Imported) -> None:
        self._host.refresh()  # an offer shows on the Requests page; the ledger has a new entry
        self._host.show_status(dialog.result_of(done))

    def rotate_pseudonym(self, vendor_id: int | None = None) -> QMessageBox | None:
        """After asking: the vendor gets a new key pair to know her by; the old one is kept to read replies."""
        if vendor_id is not None:
            vendor: Vendor | None = vendors.get_vendor(self._db(), vendor_id)
        else:
            vendor = self._vendors.selected_vendor() if self._vendors is not None else None
        if vendor is None:
            self._host.show_status(self.tr("Choose a vendor on the Vendors page first."))
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("New pseudonym"),
            self.tr(
                "%s will know you by new keys from your next share on. Packages already sent keep the old "
                "pseudonym, and answers to it can still be read. Tell the vendor, or it will see a stranger."
            ) % vendor.name,
            QMessageBox.StandardButton.Cancel,
            self._host.window(),
        )
        make = box.addButton(self.tr("Make new keys"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._rotate(vendor.id, vendor.name) if button is make else None)
        box.open()
        return box

    def _rotate(self, vendor_id: int, name: str) -> None:
        try:
            pseudonym = keys.rotate(self._db(), Scope("vendor", vendor_id))
        except MyVendorsError as exc:
            QMessageBox.warning(self._host.window(), self.tr("New pseudonym"), error_text(exc))
            return
        self._host.show_status(self.tr("%s will now know you as %s.") % (name, pseudonym.thumbprint[:12] + "…"))

    def edit_profile(self) -> ProfileDialog:
        dialog = ProfileDialog(self._db(), self._host.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
