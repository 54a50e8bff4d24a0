"""The Requests page: personal requests on the left (list.py), the chosen one on the right with its offers
(detail.py), and the dialogs both open (dialogs.py).

The page is made over an unlocked vault (the main window's `Database`) and emptied by `clear()`
when it locks, just before the window is deleted. Side by side when both halves fit, else the
chosen request below the list; with no requests at all, a page that says what a request is.
An accepted offer's vendor is announced by `vendor_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QMenu, QStackedWidget, QVBoxLayout, QWidget

from myvendors.domain.models import Request
from myvendors.storage import Database
from myvendors.ui.pages.requests.detail import RequestDetail
from myvendors.ui.pages.requests.list import RequestList
from myvendors.ui.widgets import ActionButton, EmptyState, FitSplitter


class RequestsPage(QWidget):
    """Requests, their offers, comparison and accept. `refresh()`, `select(id)`, `select_offer(id)` and
    `clear()` for the window."""

    vendor_changed = Signal(int)  # an accepted offer created or updated this vendor
    changed = Signal()  # a request was created, edited or changed status (the Overview lists open ones)
    page_wanted = Signal()  # an action of this page ran from the menu or a shortcut: show the page
    share_wanted = Signal(int)  # "Publish…" on a request: the window opens the sharing wizard on it

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Requests"))
        self.list = RequestList(db, self)
        self.detail = RequestDetail(db, self.list.model.is_late, self)
        self.new_request_action = self.list.new_request_action  # the window's menu and Overview trigger it

        # side by side when both tables fit, else the chosen request below the list
        self.splitter = FitSplitter(
            lambda: self.list.fitter.needed_width() + 24, self.detail.needed_width, self,
            first_wants=lambda: self.list.fitter.needed_width(every_column=True) + 24, first_share=0.2,
        )
        self.splitter.setObjectName("requestsSplitter")
        self.splitter.watch(self.list.fitter)
        self.splitter.watch(self.detail.offers_fitter)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        # -- no requests at all ---------------------------------------------------------------
        self.empty_page = EmptyState(
            "request",
            self.tr("No requests yet"),
            self.tr("A request says what you want, anonymously, and lets vendors answer it. "
                    "Record their offers here, compare them side by side and accept one."),
            self,
        )
        margins = self.empty_page.layout()
        if margins is not None:
            margins.setContentsMargins(60, 20, 60, 20)
        self.empty = self.empty_page.text
        self.empty_page.add_button(ActionButton(self.new_request_action, self.empty_page))

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.splitter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)

        self.list.chosen.connect(self.detail.show_request)
        self.list.listed.connect(self._listed)
        self.list.view.activated.connect(lambda _: self.detail.edit_action.trigger())
        self.detail.written.connect(lambda request_id: self.list.reload(select=request_id))
        for part in (self.list, self.detail):
            part.page_wanted.connect(self.page_wanted)
            part.changed.connect(self.changed)
        self.detail.vendor_changed.connect(self.vendor_changed)
        self.detail.share_wanted.connect(self.share_wanted)

    def _listed(self, any_at_all: bool) -> None:
        self.stack.setCurrentWidget(self.splitter if any_at_all else self.empty_page)

    def fill_menu(self, menu: QMenu) -> None:
        """The window's Requests menu: new, edit, status changes, publish, add offer, accept."""
        detail = self.detail
        menu.addAction(self.new_request_action)
        menu.addAction(detail.edit_action)
        self.status_menu = menu.addMenu(self.tr("Change &status"))
        for action in detail.status_actions.values():
            self.status_menu.addAction(action)
        menu.addAction(detail.share_action)
        menu.addSeparator()
        menu.addAction(detail.add_offer_action)
        menu.addAction(detail.accept_action)

    # -- the window's calls ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the requests again (after any change in the vault), keeping the one shown."""
        self.list.reload()

    def select(self, request_id: int) -> bool:
        """Show that request (a search hit), clearing a status filter that hides it."""
        return self.list.select(request_id)

    def select_offer(self, offer_id: int) -> bool:
        """Select one of the shown request's offers (a search hit), with the keyboard in the offers."""
        return self.detail.select_offer(offer_id)

    def current_request(self) -> Request | None:
        return self.detail.request

    def clear(self) -> None:
        """Forget everything shown (the vault locks; the window that holds the page is deleted next)."""
        for dialog in self.findChildren(QDialog):
            dialog.close()
            dialog.deleteLater()
        self.list.clear()
        self.detail.clear()
        self.stack.setCurrentWidget(self.empty_page)
