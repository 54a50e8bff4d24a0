"""The main window of an unlocked vault: the shell around the pages.

It holds the sidebar and the page stack (Overview, Vendors, Requests, Reputation, Shared, Money,
Trusted contacts:
each page is its own module in ui/pages/), the menus, the toolbar with the search field (Ctrl+F,
Ctrl+K: a hit opens where it lives), the status bar (ui/status_bar.py), the busy state, and what
it remembers on this device (ui/window_state.py). What the menus do lives in ui/actions/ (vault,
sharing, help), each given the window as a `WindowHost` (ui/actions/host.py). Lock, auto-lock
and the window's end belong to the `AppController`; `clear()` empties every page, model and
field before the controller deletes the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from myvendors.domain import reminders, search, settings
from myvendors.domain.insights import StandingChange
from myvendors.domain.models import Due, Interaction, Request
from myvendors.domain.reminders import Reminder, What
from myvendors.domain.search import Hit
from myvendors.errors import MyVendorsError
from myvendors.ui import icons, window_state
from myvendors.ui.actions.help import HelpActions
from myvendors.ui.actions.sharing import SharingActions
from myvendors.ui.sharing.answers import AnswerDialog
from myvendors.ui.actions.vault import VaultActions
from myvendors.ui.clipboard import SensitiveClipboard
from myvendors.ui.i18n import error_text
from myvendors.ui.pages.contacts import ContactsPage
from myvendors.ui.pages.money.page import MoneyPage
from myvendors.ui.pages.money.recurring import RecurringPanel
from myvendors.ui.pages.overview import LeakLink, MoneyLink, OverviewPage
from myvendors.ui.pages.reputation import ReputationPage
from myvendors.ui.pages.requests import RequestsPage
from myvendors.ui.pages.shared import SharedPage
from myvendors.ui.pages.vendors.page import VendorsPage
from myvendors.ui.qtcompat import emit
from myvendors.ui.search import SearchField
from myvendors.ui.sidebar import Sidebar
from myvendors.ui.status_bar import MESSAGE_MS, VaultStatusBar
from myvendors.ui.worker import Worker
from myvendors.vault import DeviceKeyStore, NoKeyStore, Vault

OVERVIEW, VENDORS, REQUESTS, REPUTATION, SHARED, MONEY, CONTACTS = range(7)  # the pages, in sidebar order (Shared: the ledger)
SEARCH_RESULTS_PER_KIND = 6


class MainWindow(QMainWindow):
    """An unlocked vault. Emits `lock_requested`; the controller locks and deletes the window."""

    lock_requested = Signal()
    quit_requested = Signal()
    settings_changed = Signal()

    def __init__(
        self,
        vault: Vault,
        worker: Worker,
        *,
        kdf_seconds: float,
        keystore: DeviceKeyStore | None = None,
        clipboard: SensitiveClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`clipboard`: the app's one clipboard service (the controller's; ui/clipboard.py)."""
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._worker = worker
        # everything copied in this window (and its dialogs) goes through it, cleared after a while
        self.clipboard = clipboard if clipboard is not None else SensitiveClipboard(self)
        self.clipboard.set_clear_after_seconds(int(settings.get(vault.db, "clipboard_clear_seconds")))
        self._busy = False
        self.setWindowTitle(self.tr("%s — MyVendors") % vault.path.name)
        self.setWindowIcon(icons.app_icon())
        self._state = settings.window_state()  # this device's last size, splitters and page
        self._placed = False

        self.undo_stack = QUndoStack(self)
        self._make_actions(keystore if keystore is not None else NoKeyStore(), kdf_seconds)
        self._make_pages()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._first_load()
        self._restore_state()

    # -- where the window goes, and what it remembers on this device (ui/window_state.py) ----------
    def _restore_state(self) -> None:
        window_state.restore_splitters(self, self._state)
        page = self._state.get("page")
        if isinstance(page, int) and 0 <= page < self.pages.count():
            self.go_to(page)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            window_state.place(self, self._state)
            self._placed = True
            QTimer.singleShot(0, self._keep_on_screen)  # once the window manager has framed it
        super().showEvent(event)

    def _keep_on_screen(self) -> None:
        window_state.keep_on_screen(self)

    def save_state(self) -> None:
        """Remember size, splitters and page on this device (settings.window_state), not in the vault."""
        window_state.save(self, self.current_page())

    # -- construction ----------------------------------------------------------------------
    def _name_widgets(self) -> None:
        """Stable names for tests and tools, whatever the language (docs/TESTING.md lists them)."""
        for widget, name in (
            (self.sidebar, "pages"), (self.overview, "overviewPage"), (self.vendors_page.pane, "vendorsPage"),
            (self.vendors_page.pane.view, "vendorList"), (self.vendors_page.detail, "vendorDetail"),
            (self.requests_page, "requestsPage"), (self.reputation_page, "reputationPage"),
            (self.shared_page, "sharedPage"), (self.money_page, "moneyPage"), (self.contacts_page, "contactsPage"),
            (self.search_field, "search"),
            (self.search_field.popup, "searchResults"), (self.status_bar.state_label, "vaultState"),
        ):
            widget.setObjectName(name)

    def _action(
        self, text: str, icon_name: str | None, shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object | None,
    ) -> QAction:
        """`slot`: None when the part of the window that does it connects it (the vendors page: Add vendor)."""
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _make_actions(self, keystore: DeviceKeyStore, kdf_seconds: float) -> None:
        self.add_vendor_action = self._action(self.tr("&Add vendor…"), "add", QKeySequence.StandardKey.New, None)
        self.vault_actions = VaultActions(self, self._worker, keystore, kdf_seconds=kdf_seconds, parent=self)
        self.vault_actions.settings_saved.connect(self._settings_saved)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.lock_action = self._action(self.tr("&Lock"), "lock", "Ctrl+L", self.lock_requested)
        self.lock_action.setToolTip(self.tr("Lock the vault (Ctrl+L)"))
        quit_keys = QKeySequence(QKeySequence.StandardKey.Quit)  # none on some platforms' key schemes
        self.quit_action = self._action(
            self.tr("&Quit"), "quit", quit_keys if not quit_keys.isEmpty() else "Ctrl+Q", self.quit_requested
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.help_actions = HelpActions(self)
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setIcon(icons.icon("search"))
        self.find_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Find), QKeySequence("Ctrl+K")])
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.page_actions = []
        for page, title in (
            (OVERVIEW, self.tr("&Overview")),
            (VENDORS, self.tr("&Vendors")),
            (REQUESTS, self.tr("&Requests")),
            (REPUTATION, self.tr("Re&putation")),
            (SHARED, self.tr("S&hared")),
            (MONEY, self.tr("&Money")),
            (CONTACTS, self.tr("&Trusted contacts")),
        ):
            action = self._action(title, None, f"Ctrl+{page + 1}", lambda _=False, page=page: self.go_to(page, focus=True))
            self.page_actions.append(action)

    def _make_pages(self) -> None:
        central = QWidget(self)
        self.shared_page = SharedPage(central)
        self.sharing = SharingActions(self, self.shared_page)
        self.overview = OverviewPage(central)
        self.vendors_page = VendorsPage(
            self, self.vault.db, self._worker, self.undo_stack,
            add_action=self.add_vendor_action, undo_action=self.undo_action, parent=central,
        )
        self.vendors_page.page_wanted.connect(lambda: self.go_to(VENDORS))
        self.vendors_page.changed.connect(self._vendors_changed)
        self.vault_actions.imported.connect(self.vendors_page.show_imported)
        self.requests_page = RequestsPage(self.vault.db, central)
        self.requests_page.page_wanted.connect(lambda: self.go_to(REQUESTS))
        self.requests_page.changed.connect(self._refresh_overview)
        self.requests_page.vendor_changed.connect(self._vendor_changed_by_request)
        self.sharing.connect_pages(self.vendors_page, self.requests_page)
        self.reputation_page = ReputationPage(central)
        self.reputation_page.vendor_chosen.connect(self.show_vendor)
        self.money_page = MoneyPage(self.vault.db, central)
        self.money_page.use_worker(self._worker, self.vault.connection)
        self.money_page.vendor_chosen.connect(self.show_vendor)
        self.money_page.rates_wanted.connect(lambda: self.vault_actions.open_settings(section="money"))
        self.recurring_panel = RecurringPanel(self.vault.db, worker=self._worker, connection=self.vault.connection)
        self.money_page.set_recurring_panel(self.recurring_panel)
        self.recurring_panel.changed.connect(self._recurring_decided)
        self.contacts_page = ContactsPage(self.vault.db, central)
        self.contacts_page.use_worker(self._worker, self.vault.connection)
        self.contacts_page.share_wanted.connect(lambda spec: self.sharing.open_wizard(initial=spec))
        self.contacts_page.changed.connect(self._contacts_changed)
        self.contacts_page.vendor_added.connect(self._vendor_added_from_contacts)
        self.sharing.bundle_found.connect(self.open_bundle)
        self.import_notes_action = self._action(self.tr("Import a &contact's notes…"), None, None,
                                                lambda: self.open_bundle(None))
        self.overview.chosen.connect(self.open_overview_item)
        self.overview.dismissed.connect(self.dismiss_reminder)
        self.overview.first_steps.set_steps(
            self.add_vendor_action.trigger, self.vault_actions.import_action.trigger, self.new_request
        )
        self.pages = QStackedWidget(central)
        self.sidebar = Sidebar(self.pages, central)
        self.sidebar.add_page(self.tr("Overview"), "overview", self.overview)
        self.sidebar.add_page(self.tr("Vendors"), "vendor", self.vendors_page.pane)
        self.sidebar.add_page(self.tr("Requests"), "request", self.requests_page)
        self.sidebar.add_page(self.tr("Reputation"), "reputation", self.reputation_page)
        self.sidebar.add_page(self.tr("Shared"), "ledger", self.shared_page)
        self.sidebar.add_page(self.tr("Money"), "kind-money", self.money_page)
        self.sidebar.add_page(self.tr("Trusted contacts"), "contacts", self.contacts_page)
        self._stale_pages: set[int] = set()  # pages to read again when next shown
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.pages.currentChanged.connect(lambda _: self._refresh_shown_page())
        self.sidebar.setCurrentRow(OVERVIEW)
        self.sidebar.lay_out(central)
        self.setCentralWidget(central)
        self.setTabOrder(self.sidebar, self.pages)

    def go_to(self, page: int, *, focus: bool = False) -> None:
        """Show `page`; with `focus` (Ctrl+1…7) the keyboard lands in its list, so arrows work at once."""
        self.sidebar.setCurrentRow(page)
        if not focus:
            return
        shown = self.pages.widget(page)
        if shown is None:
            return
        if page == MONEY:  # its tabs: the arrows switch between the chart and the tables
            self.money_page.tabs.tabBar().setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        views = [self.vendors_page.pane.view] if page == VENDORS else shown.findChildren(QAbstractItemView)
        target = next((view for view in views if view.isVisibleTo(shown) and view.focusPolicy() != Qt.FocusPolicy.NoFocus), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif page == CONTACTS:  # no contact yet: the first step's button
            self.contacts_page.focus_first()

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, page: QWidget) -> None:
        self.go_to(self.pages.indexOf(page))

    def shown_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _make_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.vault_actions.fill_menu(vault_menu)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        go_menu.addAction(self.find_action)
        go_menu.addSeparator()
        for action in self.page_actions:
            go_menu.addAction(action)
        vendors_menu = self.menuBar().addMenu(self.tr("Ve&ndors"))
        vendors_menu.addAction(self.add_vendor_action)
        vendors_menu.addAction(self.vendors_page.delete_action)
        vendors_menu.addAction(self.vendors_page.dispute_action)
        vendors_menu.addSeparator()
        vendors_menu.addAction(self.vault_actions.import_action)
        self.requests_page.fill_menu(self.menuBar().addMenu(self.tr("&Requests")))
        sharing_menu = self.sharing.add_menu(self.menuBar())
        sharing_menu.insertAction(self.sharing.profile_action, self.import_notes_action)
        self.help_actions.fill_menu(self.menuBar().addMenu(self.tr("&Help")))

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.add_vendor_action)
        toolbar.addAction(self.vault_actions.backup_action)
        toolbar.addAction(self.sharing.share_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_field = SearchField(
            lambda text: search.search(self.vault.db, text, per_kind=SEARCH_RESULTS_PER_KIND), self, toolbar
        )
        self.search_field.setToolTip(self.tr("Search everything (Ctrl+F or Ctrl+K)"))
        self.search_field.hit_chosen.connect(self.open_hit)
        toolbar.addWidget(self.search_field)
        toolbar.addSeparator()
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

    def _make_status_bar(self) -> None:
        self.status_bar = VaultStatusBar((self.sharing.ledger_warning,), self)
        self.status_bar.vendor_wanted.connect(self.show_vendor)
        self.setStatusBar(self.status_bar)
        self._name_widgets()  # the last part built: every widget named there exists now

    # -- state -----------------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the main window was cleared: the vault is locked")
        return self._vault

    def _first_load(self) -> None:
        """What unlocking reads: the vendor list's count (the model fetches rows only as a view shows
        them) and the Overview's short lists; the Requests, Reputation and Money pages read theirs when first shown;
        the ledger's count and newest page (its chain is verified on the worker)."""
        self.vendors_page.show_count()
        self._refresh_overview()
        self._refresh_pages(REQUESTS, REPUTATION, MONEY, CONTACTS)
        self.sharing.refresh(self.vault.db, worker=self._worker, connection=self.vault.connection)
        self.show_lock_state()

    def _refresh_overview(self) -> None:
        """The Overview's short lists now; "standing fell" (every recent rated note) on the worker. What
        changed the Overview (a payment, a vendor's category, an agreement) changes the Money page too."""
        self.overview.refresh(self.vault.db, worker=self._worker, connection=self.vault.connection)
        self._refresh_pages(MONEY)

    def refresh(self) -> None:
        """Read every page again (after the vault changed outside the window's own edits)."""
        self.vendors_page.refresh()
        self.overview.refresh(self.vault.db)
        self._stale_pages.difference_update((REQUESTS, REPUTATION, CONTACTS))
        self.requests_page.refresh()
        self.reputation_page.refresh(self.vault.db)
        self.contacts_page.refresh(self.vault.db)
        self._refresh_pages(MONEY)
        self.sharing.refresh(self.vault.db)
        self.show_lock_state()

    def _recurring_decided(self) -> None:
        """A recurring charge was accepted (a new agreement) or dismissed: the vendor's agreements, the
        Overview and the Money page read again."""
        self.vendors_page.refresh()
        self._refresh_overview()

    def _vendors_changed(self) -> None:
        """Vendors were added, edited, deleted or restored: the pages that list them read them again."""
        self._refresh_overview()
        self._refresh_pages(REQUESTS, REPUTATION)

    def _contacts_changed(self) -> None:
        """Contacts, their trust or their notes changed: each vendor's voices and the contacts' standing
        read again (the vendor shown now, the Reputation page when next shown)."""
        self.vendors_page.detail.reputation.reload()
        self._refresh_pages(REPUTATION, CONTACTS)

    def _vendor_added_from_contacts(self, vendor_id: int) -> None:
        """A vendor new to her was added from the Contacts page: the lists show it; the status bar offers it."""
        vendor = self.vendors_page.vendor_changed_elsewhere(vendor_id)
        if vendor is not None:
            self.status_bar.offer_vendor(vendor.id, vendor.name)
        self._vendors_changed()

    def open_bundle(self, text: str | None) -> None:
        """A contact's notes (opened where answers are imported; None: to choose or paste) in the Trusted
        contacts page's review dialog."""
        self.go_to(CONTACTS)
        self.contacts_page.open_bundle(text)

    def import_answer_file(self, path: Path) -> AnswerDialog:
        """A document given to the app (a double-click on it): Sharing ▸ Import vendor's answer… with
        that file, checked at once (a contact's notes go on to the contacts' review dialog)."""
        dialog = self.sharing.import_answer()
        dialog.load_file(str(path))
        return dialog

    def _refresh_pages(self, *pages: int) -> None:
        """These pages read the vault again: the one shown now, the others when they are next shown
        (a hidden page reads nothing, so unlocking and editing cost only what is on screen)."""
        self._stale_pages.update(pages)
        self._refresh_shown_page()

    def _refresh_shown_page(self) -> None:
        page = self.pages.currentIndex()
        if page not in self._stale_pages or self._vault is None:
            return
        self._stale_pages.discard(page)
        if page == REQUESTS:
            self.requests_page.refresh()
        elif page == REPUTATION:
            self.reputation_page.refresh(self.vault.db)
        elif page == MONEY:
            self.money_page.refresh()
            self.recurring_panel.refresh()
        elif page == CONTACTS:
            self.contacts_page.refresh(self.vault.db)

    def show_lock_state(self) -> None:
        vault = self.vault
        self.status_bar.show_vault(vault.path.name, int(settings.get(vault.db, "auto_lock_minutes")))

    def set_busy(self, text: str | None) -> None:
        """Show `text` with a progress bar and hold the vault's actions, or (None) end that."""
        self._busy = text is not None
        self.add_vendor_action.setEnabled(not self._busy)
        self.vault_actions.set_enabled(not self._busy)
        self.vendors_page.set_enabled(not self._busy)
        self.overview.setEnabled(not self._busy)
        self.requests_page.setEnabled(not self._busy)
        self.reputation_page.setEnabled(not self._busy)
        self.money_page.setEnabled(not self._busy)
        self.contacts_page.set_enabled(not self._busy)
        self.import_notes_action.setEnabled(not self._busy)
        self.sharing.set_enabled(not self._busy)
        self.search_field.setEnabled(not self._busy)
        self.status_bar.set_busy(text)

    def clear(self) -> None:
        """Empty every view and drop the vault: nothing personal stays in a widget or model."""
        if self._vault is not None and self._placed:
            self.save_state()
        self.undo_stack.clear()
        self.clipboard.clear_now()
        self.vendors_page.clear()
        self.overview.clear()
        self.requests_page.clear()
        self.reputation_page.clear()
        self.money_page.clear()
        self.recurring_panel.clear()
        self.contacts_page.clear()
        self._stale_pages.clear()
        self.sharing.clear()
        self.search_field.reset()
        self.search_field.set_search(None)
        self.status_bar.clear()
        self.setWindowTitle(self.tr("MyVendors — locked"))
        for dialog in self.findChildren(QDialog):
            dialog.close()
            dialog.deleteLater()
        self._vault = None

    # -- search ----------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def open_hit(self, hit: Hit) -> None:
        """A hit, opened where it lives: a vendor's Profile; an agreement, interaction or note selected in
        its vendor's Agreements, Timeline or Reputation tab; a request (an offer: its request, the offer
        selected) on the Requests page."""
        if hit.kind in ("requests", "offers") and hit.request_id is not None:
            self._show_request(hit.request_id)
            if hit.kind == "offers":
                self.requests_page.select_offer(hit.id)
        elif hit.vendor_id is not None:
            if self.show_vendor(hit.vendor_id) and not self.vendors_page.detail.show_record(hit.kind, hit.id):
                self.show_status(self.tr("That record is not listed in its tab."))
        else:
            self.show_status(self.tr("That offer names no vendor kept in this vault."))

    def show_vendor(self, vendor_id: int) -> bool:
        """The vendor selected on the Vendors page (False: it is in the trash or not listed)."""
        return self.vendors_page.show_vendor(vendor_id)

    def open_overview_item(self, item: object) -> None:
        """A row of the Overview, opened: a due agreement in its vendor's Agreements tab, an interaction
        in its vendor's Timeline tab, an open request on the Requests page, a vendor whose standing fell,
        what she spends on the Money page (at that currency)."""
        if isinstance(item, Due):
            if self.show_vendor(item.agreement.vendor_id):
                self.vendors_page.detail.show_agreement(item.agreement.id)
        elif isinstance(item, Interaction):
            if self.show_vendor(item.vendor_id):
                self.vendors_page.detail.show_interaction(item)
        elif isinstance(item, Request):
            self._show_request(item.id)
        elif isinstance(item, StandingChange):
            self.show_vendor(item.vendor_id)
        elif isinstance(item, Reminder):
            self._open_reminder(item)
        elif isinstance(item, MoneyLink):
            self.go_to(MONEY)
            self.money_page.show_currency(item.currency)
        elif isinstance(item, LeakLink) and self.show_vendor(item.vendor_id):
            self.vendors_page.detail.tabs.setCurrentWidget(self.vendors_page.detail.aliases)

    def _open_reminder(self, reminder: Reminder) -> None:
        """A reminder, opened: its agreement in the Agreements tab, its offer on the Requests page,
        a follow-up's vendor."""
        if reminder.what is What.OFFER_EXPIRES and reminder.request_id is not None:
            self._show_request(reminder.request_id)
            self.requests_page.select_offer(reminder.record_id)
        elif reminder.vendor_id is not None:
            shown = self.show_vendor(reminder.vendor_id)
            if shown and reminder.what in (What.RENEWAL, What.CANCEL_BY, What.TRIAL_END):
                self.vendors_page.detail.show_agreement(reminder.record_id)

    def dismiss_reminder(self, reminder: Reminder) -> None:
        """Dismiss a reminder (Undo brings it back)."""
        self.undo_stack.push(_DismissReminder(self, reminder))

    def new_request(self) -> None:
        """The Requests page's "New request…", from elsewhere: the page first (it reads the vault when first shown)."""
        self.go_to(REQUESTS)
        self.requests_page.new_request_action.trigger()

    def _show_request(self, request_id: int) -> None:
        self.go_to(REQUESTS)
        if not self.requests_page.select(request_id):
            self.show_status(self.tr("That request is older than the ones listed."))

    def _vendor_changed_by_request(self, vendor_id: int) -> None:
        """An accepted offer created or updated a vendor: the lists show it; the status bar offers to open it."""
        vendor = self.vendors_page.vendor_changed_elsewhere(vendor_id)
        if vendor is not None:
            self.status_bar.offer_vendor(vendor.id, vendor.name)

    def _settings_saved(self, changes: dict[str, object]) -> None:
        if "clipboard_clear_seconds" in changes:
            self.clipboard.set_clear_after_seconds(int(settings.get(self.vault.db, "clipboard_clear_seconds")))
        if {"main_currency", "exchange_rates"} & set(changes):
            self._refresh_overview()  # the totals in her main currency (and the Money page)
        self.show_lock_state()
        if reminders.SCHEDULE in changes:
            self._refresh_overview()  # the reminders coming up follow the new schedule
        emit(self.settings_changed)

    def show_status(self, text: str) -> None:
        """`text` in the status bar for a while."""
        self.status_bar.show_status(text)

    def show_notice(self, text: str) -> None:
        """A reminder told where the desktop has no tray: in the status bar (the Overview lists it
        too), after the message showing now (an unlock's notice is not pushed aside)."""
        line = " · ".join(part for part in text.splitlines() if part)
        if self.status_bar.currentMessage():
            QTimer.singleShot(MESSAGE_MS, self, lambda: self._show_if_unlocked(line))  # dropped with the window
        else:
            self.show_status(line)

    def _show_if_unlocked(self, text: str) -> None:
        if self._vault is not None:
            self.show_status(text)

    def show_error(self, error: MyVendorsError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("MyVendors"), error_text(error), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()  # a backup or a passphrase change is being written; it takes a moment
            return
        if self._vault is not None:
            emit(self.quit_requested)
        super().closeEvent(event)


class _DismissReminder(QUndoCommand):
    """Dismiss one reminder; Undo brings it back to the Overview."""

    def __init__(self, window: MainWindow, reminder: Reminder) -> None:
        super().__init__(window.tr("Dismiss reminder"))
        self._window = window
        self._key = reminder.key

    def _do(self, dismissed: bool) -> None:
        window = self._window
        try:
            if dismissed:
                reminders.dismiss(window.vault.db, self._key)
            else:
                reminders.undismiss(window.vault.db, self._key)
        except MyVendorsError as error:
            window.show_error(error)
            self.setObsolete(True)
            return
        window.overview.refresh(window.vault.db)
        window.overview.coming_up.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def redo(self) -> None:
        self._do(True)

    def undo(self) -> None:
        self._do(False)
