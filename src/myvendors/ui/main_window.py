"""The main window of an unlocked vault: a sidebar of pages, search in the toolbar, the vault's actions.

Pages: Overview (what is due, open requests, recent interactions) and Vendors (the vendor list
with "Add vendor…"). The search field (Ctrl+F, Ctrl+K) finds anything as the user types and
opens a vendor hit on the Vendors page. Lock, auto-lock and the window's end belong to the
`AppController`; `clear()` empties every page, model and field before the controller deletes
the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from myvendors import __version__
from myvendors.domain import search, settings, vendors
from myvendors.domain import strength as strength_rule
from myvendors.domain.importing import ImportOutcome
from myvendors.domain.insights import StandingChange
from myvendors.domain.models import Due, Interaction, Request
from myvendors.domain.search import Hit
from myvendors.domain.settings import SETTINGS
from myvendors.domain.vendors import Vendor, VendorStatus
from myvendors.errors import Cancelled, InvalidInput, MyVendorsError, WrongSecret
from myvendors.ui import icons
from myvendors.ui.clipboard import SensitiveClipboard
from myvendors.ui.exporting import ExportDone, VaultExport
from myvendors.ui.forms import submit
from myvendors.ui.i18n import error_text
from myvendors.ui.importing import VendorImport
from myvendors.ui.models.vendors import VendorTableModel
from myvendors.ui.pages.overview import OverviewPage
from myvendors.ui.passphrase_dialog import ChangePassphraseDialog
from myvendors.ui.progress import ProgressDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.pages.reputation import ReputationPage
from myvendors.ui.pages.requests import RequestsPage
from myvendors.ui.search import SearchField
from myvendors.ui.actions.settings import SettingsActions
from myvendors.ui.settings_dialog import SettingsDialog
from myvendors.ui.pages.shared import SharedPage
from myvendors.ui.actions.sharing import SharingActions
from myvendors.ui.pages.vendors.detail import VendorDetail
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog
from myvendors.ui.widgets import ColumnFitter, EmptyState, FitSplitter, PageHeader
from myvendors.ui.worker import Job, Worker
from myvendors.vault import Backup, DeviceKeyStore, NoKeyStore, Vault
from myvendors.vault.backups import backup_root

STATUS_MESSAGE_MS = 8000
OVERVIEW, VENDORS, REQUESTS, REPUTATION = range(4)  # the pages, in sidebar order
SHARED = 4  # the Shared page (what was shared: the ledger), after the sidebar's pages
SEARCH_RESULTS_PER_KIND = 6
DEFAULT_SIZE = QSize(1280, 800)  # what the window asks for the first time, when the screen has room
ASSUMED_FRAME = QMargins(4, 32, 4, 6)  # a window manager's frame, until the real one is known


def initial_geometry(available: QRect, frame: QMargins, saved: QRect | None) -> QRect:
    """Where the window goes on a screen whose free area is `available`: at `saved` (its place last
    time on this device) or, the first time, `DEFAULT_SIZE` centred; never larger than the screen,
    and with the window manager's `frame` around it, wholly on it."""
    room = available.marginsRemoved(frame)
    if saved is None or not saved.isValid():
        geometry = QRect(QPoint(0, 0), DEFAULT_SIZE.boundedTo(room.size()))
        geometry.moveCenter(room.center())
    else:
        geometry = QRect(saved.topLeft(), saved.size().boundedTo(room.size()))
    geometry.moveLeft(max(room.left(), min(geometry.left(), room.right() - geometry.width() + 1)))
    geometry.moveTop(max(room.top(), min(geometry.top(), room.bottom() - geometry.height() + 1)))
    return geometry


class _DetailScroll(QScrollArea):
    """The detail pane as large as its place, scrolling only below its minimum size (not at the height its
    wrapped labels would like, as `widgetResizable` would)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)  # goes with the scroll area (a deferred call could outlive it)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit_widget)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_widget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._timer.start()  # a vendor shown: its wrapped lines and tabs need other room
        return handled

    def _fit_widget(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        room, least = self.maximumViewportSize(), widget.minimumSizeHint()
        width = max(room.width(), least.width())
        bar = self.verticalScrollBar().sizeHint().width()
        height = max(room.height() - (bar if width > room.width() else 0), least.height())
        if height > room.height():
            width = max(room.width() - bar, least.width())
        widget.resize(width, height)


class VendorsPane(QWidget):
    """The central area: a heading with the count, then the list or, with no vendors, a hint."""

    def __init__(self, model: VendorTableModel, add_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self.tr("Vendors"), self)
        self.title, self.count_label = self.header.title, self.header.count_label
        add_button = QPushButton(icons.icon("add"), self.tr("Add vendor…"), self.header)
        add_button.setAccessibleName(self.tr("Add vendor"))
        add_button.clicked.connect(add_action.trigger)
        self.header.add(add_button)

        self._model = model
        self.view = QTableView(self)  # fetches only the pages it shows (models.windowed)
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.view.setAccessibleName(self.tr("Vendors"))
        header = self.view.horizontalHeader()
        # The arrow first: enabling sorting sorts by the indicator (Qt's default: descending), and
        # every sort of a million-row list is a count.
        header.setSortIndicator(VendorTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        # sized from samples and the rows on screen, never from every row: a hidden view would read them all
        self.fitter = ColumnFitter(
            self.view,
            {
                VendorTableModel.STATUS: max(self._model.status_texts(), key=len),
                VendorTableModel.STANDING: "4.5 ★ (12)",
                VendorTableModel.RENEWAL: "2026-12-31",
                VendorTableModel.COST: "1,234.00 EUR",
            },
            stretch=VendorTableModel.NAME,
        )
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        header.sectionClicked.connect(
            lambda section: self.set_sort("name") if section == VendorTableModel.NAME and model.sort_key == "updated" else None
        )
        self._model = model

        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Show vendors by status"))
        for text, status in (
            (self.tr("All"), ""),
            (self.tr("Active"), VendorStatus.ACTIVE.value),
            (self.tr("Former"), VendorStatus.FORMER.value),
            (self.tr("Blocked"), VendorStatus.BLOCKED.value),
        ):
            self.status_combo.addItem(text, status)
        self.status_combo.currentIndexChanged.connect(lambda _: model.set_status_filter(self.status_filter()))
        self.sort_combo = QComboBox(self)
        self.sort_combo.setAccessibleName(self.tr("Sort vendors"))
        for text, key in (
            (self.tr("Name A–Z"), "name"),
            (self.tr("Name Z–A"), "-name"),
            (self.tr("Recently updated"), "updated"),
        ):
            self.sort_combo.addItem(text, key)
        self.sort_combo.currentIndexChanged.connect(lambda _: self.set_sort(self.sort_combo.currentData()))
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        sort_label = QLabel(self.tr("S&ort:"), self)
        sort_label.setBuddy(self.sort_combo)

        empty = EmptyState(
            "vendor",
            self.tr("No vendors yet"),
            self.tr("Add the companies you deal with: shops, banks, utilities, subscriptions."),
            self,
        )

        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(self.view)

        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(10)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(sort_label)
        filters.addWidget(self.sort_combo)
        filters.addStretch(1)
        column.addWidget(self.header)
        column.addLayout(filters)
        # the list, and the detail pane beside it (or below it, when the window is too narrow for both)
        self.splitter = FitSplitter(
            self.fitter.needed_width, lambda: self._detail_needs(), self,
            first_wants=lambda: self.fitter.needed_width(every_column=True),
            first_height_share=lambda: 0.4 if self._showing_vendor() else 0.8,
        )
        self.splitter.setObjectName("vendorsSplitter")
        self._detail: QWidget | None = None
        self.splitter.addWidget(self.stack)
        column.addWidget(self.splitter, 1)
        self.setTabOrder(add_button, self.status_combo)
        self.setTabOrder(self.status_combo, self.sort_combo)
        self.setTabOrder(self.sort_combo, self.view)

    def _showing_vendor(self) -> bool:
        return self._detail is not None and getattr(self._detail, "vendor_id", None) is not None

    def _detail_needs(self) -> int:
        """The detail pane's width for its widest table's essential columns (and its margins)."""
        if self._detail is None:
            return 0
        if getattr(self._detail, "vendor_id", None) is None:  # only its hint: the list takes the room
            return max(self._detail.minimumSizeHint().width(), 280)
        tables = [fitter.needed_width() for fitter in self._detail.findChildren(ColumnFitter)]
        return max([self._detail.minimumSizeHint().width(), *[t + 40 for t in tables]])

    def set_detail(self, detail: QWidget) -> None:
        self._detail = detail
        # in a scroll area: below the list (a narrow window) the detail may be shorter than its form
        scroll = _DetailScroll(self)
        scroll.setObjectName("vendorDetailScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        self.splitter.addWidget(scroll)
        for fitter in (self.fitter, *detail.findChildren(ColumnFitter)):
            self.splitter.watch(fitter)
        stack = getattr(detail, "stack", None)
        if isinstance(stack, QStackedWidget):  # a vendor, or only the hint: the list wants another width
            def shown(_: int = 0) -> None:
                for page in (stack.widget(n) for n in range(stack.count())):  # only the page shown has a size
                    policy = QSizePolicy.Policy.Preferred if page is stack.currentWidget() else QSizePolicy.Policy.Ignored
                    page.setSizePolicy(policy, policy)
                self.splitter.schedule()

            stack.currentChanged.connect(shown)
            shown()
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setTabOrder(self.view, detail)

    def status_filter(self) -> VendorStatus | None:
        value = self.status_combo.currentData()  # the enum's value: Qt hands a StrEnum back as str
        return VendorStatus(value) if value else None

    def set_sort(self, key: str) -> None:
        """Sort by "name", "-name" or "updated"; the header shows an arrow on Name for the first two."""
        header = self.view.horizontalHeader()
        self.sort_combo.setCurrentIndex(max(0, self.sort_combo.findData(key)))
        if key == "updated":
            header.setSortIndicatorShown(False)
            self._model.set_sort(key)
            return
        header.setSortIndicatorShown(True)
        order = Qt.SortOrder.AscendingOrder if key == "name" else Qt.SortOrder.DescendingOrder
        if header.sortIndicatorSection() != VendorTableModel.NAME or header.sortIndicatorOrder() != order:
            header.setSortIndicator(VendorTableModel.NAME, order)  # the view then calls model.sort
        self._model.set_sort(key)

    def _sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        if section != VendorTableModel.NAME:  # only Name sorts: put the arrow back where the order is
            key = self._model.sort_key
            back = Qt.SortOrder.DescendingOrder if key == "-name" else Qt.SortOrder.AscendingOrder
            self.view.horizontalHeader().setSortIndicator(VendorTableModel.NAME, back)
            return
        key = "name" if order == Qt.SortOrder.AscendingOrder else "-name"
        if self._model.sort_key == "updated" and not self.view.horizontalHeader().isSortIndicatorShown():
            self.view.horizontalHeader().setSortIndicatorShown(True)
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(max(0, self.sort_combo.findData(key)))
        self.sort_combo.blockSignals(False)

    def selected_vendor(self) -> Vendor | None:
        rows = self.view.selectionModel().selectedRows()
        return self._model.vendor(rows[0].row()) if rows else None

    def show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("1 vendor") if count == 1 else self.tr("%d vendors") % count)
        self.stack.setCurrentIndex(1 if count else 0)

    def clear(self) -> None:
        self.count_label.clear()
        self.stack.setCurrentIndex(0)


class DeleteVendorCommand(QUndoCommand):
    """A vendor moved to the trash (already done when pushed); undo restores it and selects it."""

    def __init__(self, window: MainWindow, vendor: Vendor) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Delete %s") % vendor.name)
        self._window = window
        self._vendor_id = vendor.id
        self._done = True

    def redo(self) -> None:
        if self._done:  # the first redo is the push: the delete already happened
            self._done = False
            return
        self._window.redelete_vendor(self._vendor_id)

    def undo(self) -> None:
        self._window.restore_vendor(self._vendor_id)


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
        self._kdf_seconds = kdf_seconds
        self._keystore = keystore if keystore is not None else NoKeyStore()
        # everything copied in this window (and its dialogs) goes through it, cleared after a while
        self.clipboard = clipboard if clipboard is not None else SensitiveClipboard(self)
        self.clipboard.set_clear_after_seconds(int(settings.get(vault.db, "clipboard_clear_seconds")))
        self._busy = False
        self._busy_text: str | None = None
        self._keep_detail = False
        self.setWindowTitle(self.tr("%s — MyVendors") % vault.path.name)
        self.setWindowIcon(icons.app_icon())
        self._state = settings.window_state()  # this device's last size, splitters and page
        self._placed = False

        self.model = VendorTableModel(vault.db, self)
        self.undo_stack = QUndoStack(self)
        self._make_actions()
        self._make_pages()
        self._make_menus()
        self._make_toolbar()
        self._make_status_bar()
        self._first_load()
        self._restore_state()

    # -- where the window goes, and what it remembers on this device ------------------------------
    def _splitters(self) -> dict[str, QSplitter]:
        return {s.objectName(): s for s in self.findChildren(QSplitter) if s.objectName()}

    def _restore_state(self) -> None:
        state = self._state
        splitters = state.get("splitters")
        if isinstance(splitters, dict):
            for name, splitter in self._splitters().items():
                saved = splitters.get(name)
                if isinstance(splitter, FitSplitter) and isinstance(saved, dict):
                    splitter.user_sizes = {
                        k: [int(n) for n in v] for k, v in saved.items() if isinstance(v, list) and len(v) == 2
                    }
                elif isinstance(saved, list) and all(isinstance(n, int) for n in saved):
                    splitter.setSizes(saved)
        page = state.get("page")
        if isinstance(page, int) and 0 <= page < self.pages.count():
            self.go_to(page)

    def _saved_geometry(self) -> QRect | None:
        saved = self._state.get("geometry")
        if isinstance(saved, list) and len(saved) == 4 and all(isinstance(n, int) for n in saved):
            return QRect(*saved)
        return None

    def _frame(self) -> QMargins:
        """The window manager's frame around the window (assumed until it has framed it)."""
        inner, outer = self.geometry(), self.frameGeometry()
        if outer == inner:
            return ASSUMED_FRAME if self.windowHandle() is None or not self.isVisible() else QMargins()
        return QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                        outer.right() - inner.right(), outer.bottom() - inner.bottom())

    def place(self) -> None:
        """Put the window where it was last time on this device, or at its default size, on the screen it
        is on now: never larger than that screen's free area, never partly off it."""
        saved = self._saved_geometry()
        screen = (QGuiApplication.screenAt(saved.center()) if saved is not None else None) or self.screen()
        frame = ASSUMED_FRAME if not self._placed else self._frame()
        self.setGeometry(initial_geometry(screen.availableGeometry(), frame, saved))
        if self._state.get("maximised") is True:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._placed:
            self.place()
            self._placed = True
            QTimer.singleShot(0, self._keep_on_screen)  # once the window manager has framed it
        super().showEvent(event)

    def _keep_on_screen(self) -> None:
        if self.isMaximized() or self.isFullScreen() or not self.isVisible():
            return
        area = self.screen().availableGeometry()
        if not area.contains(self.frameGeometry()):
            self.setGeometry(initial_geometry(area, self._frame(), self.geometry()))

    def save_state(self) -> None:
        """Remember size, splitters and page on this device (settings.window_state), not in the vault."""
        geometry = self.normalGeometry() if self.isMaximized() else self.geometry()
        splitters: dict[str, object] = {}
        for name, splitter in self._splitters().items():
            if isinstance(splitter, FitSplitter):
                splitters[name] = dict(splitter.user_sizes)
            elif sum(splitter.sizes()) > 100:  # it was laid out (a page never shown has no sizes to keep)
                splitters[name] = splitter.sizes()
        settings.save_window_state({
            "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "maximised": self.isMaximized(),
            "page": self.current_page(),
            "splitters": splitters,
        })

    # -- construction ----------------------------------------------------------------------
    def _name_widgets(self) -> None:
        """Stable names for tests and tools, whatever the language (docs/TESTING.md lists them)."""
        for widget, name in (
            (self.sidebar, "pages"), (self.overview, "overviewPage"), (self.pane, "vendorsPage"),
            (self.pane.view, "vendorList"), (self.detail, "vendorDetail"), (self.requests_page, "requestsPage"),
            (self.reputation_page, "reputationPage"), (self.shared_page, "sharedPage"),
            (self.search_field, "search"), (self.search_field.popup, "searchResults"), (self.state_label, "vaultState"),
        ):
            widget.setObjectName(name)

    def _action(self, text: str, icon_name: str | None, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icons.icon(icon_name))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.add_vendor_action = self._action(self.tr("&Add vendor…"), "add", QKeySequence.StandardKey.New, self.add_vendor)
        self.backup_action = self._action(self.tr("&Back up now"), "backup", "Ctrl+Shift+B", self.back_up_now)
        self.import_action = self._action(self.tr("&Import vendors…"), "import", "Ctrl+I", self.import_vendors)
        self.import_action.setToolTip(self.tr("Add vendors from a vCard or CSV file (Ctrl+I)"))
        self.export_action = self._action(self.tr("&Export…"), "export", "Ctrl+E", self.export_vault)
        self.export_action.setToolTip(self.tr("Write the vault as JSON, or renewal dates as iCalendar (Ctrl+E)"))
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), "key", None, self.change_passphrase
        )
        preferences = QKeySequence(QKeySequence.StandardKey.Preferences)
        self.settings_action = self._action(
            self.tr("&Settings…"), "settings", preferences if not preferences.isEmpty() else "Ctrl+,", self.open_settings
        )
        self.forget_devices_action = self._action(
            self.tr("&Forget all remembered devices…"), "device", None, self.forget_all_devices
        )
        self.delete_vendor_action = self._action(
            self.tr("&Delete vendor"), None, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected_vendor
        )
        self.delete_vendor_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_vendor_action.setToolTip(self.tr("Move the selected vendor to the trash (Delete)"))
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
        self.about_action = self._action(self.tr("&About MyVendors"), None, None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_keys = QKeySequence(QKeySequence.StandardKey.HelpContents)
        self.help_action = self._action(
            self.tr("&User guide"), None, help_keys if not help_keys.isEmpty() else "F1", self.show_help
        )
        self.help_action.setToolTip(self.tr("The user guide, at the part about this page (F1)"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), None, "Ctrl+/", self.show_shortcuts)
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
        ):
            action = self._action(title, None, f"Ctrl+{page + 1}", lambda _=False, page=page: self.go_to(page, focus=True))
            self.page_actions.append(action)
        self._vault_actions = (
            self.add_vendor_action,
            self.backup_action,
            self.import_action,
            self.export_action,
            self.change_passphrase_action,
            self.forget_devices_action,
            self.settings_action,
        )

    def _make_pages(self) -> None:
        central = QWidget(self)
        self.shared_page = SharedPage(central)
        self.sharing = SharingActions(self, self.shared_page)
        self.overview = OverviewPage(central)
        self.pane = VendorsPane(self.model, self.add_vendor_action, central)
        self.pane.view.addAction(self.delete_vendor_action)
        self.pane.view.selectionModel().selectionChanged.connect(lambda *_: self._update_delete_action())
        self.model.modelReset.connect(self._update_delete_action)
        self._update_delete_action()
        self.detail = VendorDetail(self._worker, self.undo_stack, self.pane)
        self.pane.set_detail(self.detail)
        self.pane.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected_vendor())
        self.model.modelReset.connect(self._show_selected_vendor)
        self.detail.changed.connect(self._after_detail_change)
        self.detail.busy.connect(self.set_busy)  # a big file going in: hold the vault's other actions
        self.focus_detail_action = QAction(self.tr("Show details"), self)
        self.focus_detail_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.focus_detail_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.focus_detail_action.triggered.connect(self.detail.focus_tabs)
        self.pane.view.addAction(self.focus_detail_action)
        self.pane.view.doubleClicked.connect(lambda _: self.detail.focus_tabs())
        self.requests_page = RequestsPage(self.vault.db, central)
        self.requests_page.page_wanted.connect(lambda: self.go_to(REQUESTS))
        self.requests_page.changed.connect(self._refresh_overview)
        self.requests_page.vendor_changed.connect(self._vendor_changed_by_request)
        self.sharing.connect_requests(self.requests_page)
        self.reputation_page = ReputationPage(central)
        self.reputation_page.vendor_chosen.connect(self.show_vendor)
        self.overview.chosen.connect(self.open_overview_item)
        self.overview.first_steps.set_steps(self.add_vendor_action.trigger, self.import_action.trigger, self.new_request)
        self.pages = QStackedWidget(central)
        self.sidebar = QListWidget(central)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet("QListWidget { padding-top: 8px; } QListWidget::item { padding: 6px 8px; }")
        self.sidebar.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        for title, icon_name, page in (
            (self.tr("Overview"), "overview", self.overview),
            (self.tr("Vendors"), "vendor", self.pane),
            (self.tr("Requests"), "request", self.requests_page),
            (self.tr("Reputation"), "reputation", self.reputation_page),
            (self.tr("Shared"), "ledger", self.shared_page),
        ):
            QListWidgetItem(icons.icon(icon_name), title, self.sidebar)
            self.pages.addWidget(page)
        self.sidebar.setFixedWidth(168)
        self._stale_pages: set[int] = set()  # pages to read again when next shown
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.pages.currentChanged.connect(lambda _: self._refresh_shown_page())
        self.sidebar.setCurrentRow(OVERVIEW)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        divider = QWidget(central)
        divider.setFixedWidth(1)
        divider.setAutoFillBackground(True)
        divider.setBackgroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(divider)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.sidebar, self.pages)

    def go_to(self, page: int, *, focus: bool = False) -> None:
        """Show `page`; with `focus` (Ctrl+1…5) the keyboard lands in its list, so arrows work at once."""
        self.sidebar.setCurrentRow(page)
        if not focus:
            return
        shown = self.pages.widget(page)
        views = [self.pane.view] if page == VENDORS else shown.findChildren(QAbstractItemView)
        target = next((view for view in views if view.isVisibleTo(shown) and view.focusPolicy() != Qt.FocusPolicy.NoFocus), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def _make_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        for action in (
            self.backup_action,
            self.import_action,
            self.export_action,
            self.change_passphrase_action,
            self.forget_devices_action,
            self.settings_action,
        ):
            vault_menu.addAction(action)
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
        vendors_menu.addAction(self.delete_vendor_action)
        vendors_menu.addSeparator()
        vendors_menu.addAction(self.import_action)
        self.requests_page.fill_menu(self.menuBar().addMenu(self.tr("&Requests")))
        self.sharing.add_menu(self.menuBar())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _make_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.add_vendor_action)
        toolbar.addAction(self.backup_action)
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
        bar = self.statusBar()
        self.state_icon = QLabel(bar)
        icons.show_on(self.state_icon, "unlock", 16)
        self.state_label = QLabel(bar)
        self.state_label.setAccessibleName(self.tr("Vault state"))
        self.progress = QProgressBar(bar)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.show_vendor_button = QPushButton(self.tr("Show vendor"), bar)  # after an accepted offer
        self.show_vendor_button.setFlat(True)
        self.show_vendor_button.hide()
        self.show_vendor_button.clicked.connect(self._show_changed_vendor)
        bar.messageChanged.connect(lambda text: self.show_vendor_button.setVisible(bool(text) and text == self._changed_text))
        self._changed_text = ""
        self._changed_vendor: int | None = None
        bar.addPermanentWidget(self.show_vendor_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.sharing.ledger_warning)
        bar.addPermanentWidget(self.state_icon)
        bar.addPermanentWidget(self.state_label)
        self._name_widgets()  # the last part built: every widget named there exists now

    # -- state -----------------------------------------------------------------------------
    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise RuntimeError("the main window was cleared: the vault is locked")
        return self._vault

    def _first_load(self) -> None:
        """What unlocking reads: the vendor list's count (the model fetches rows only as a view shows
        them) and the Overview's short lists; the Requests and Reputation pages read theirs when first shown;
        the ledger's count and newest page (its chain is verified on the worker)."""
        self._show_vendor_count()
        self._refresh_overview()
        self._refresh_pages(REQUESTS, REPUTATION)
        self.sharing.refresh(self.vault.db, worker=self._worker, connection=self.vault.connection)
        self.show_lock_state()

    def _refresh_overview(self) -> None:
        """The Overview's short lists now; "standing fell" (every recent rated note) on the worker."""
        self.overview.refresh(self.vault.db, worker=self._worker, connection=self.vault.connection)

    def refresh(self) -> None:
        """Read every page again (after the vault changed outside the window's own edits)."""
        self.model.reload()
        self._show_vendor_count()
        self.overview.refresh(self.vault.db)
        self._stale_pages.difference_update((REQUESTS, REPUTATION))
        self.requests_page.refresh()
        self.reputation_page.refresh(self.vault.db)
        self.sharing.refresh(self.vault.db)
        self.show_lock_state()

    def _show_vendor_count(self) -> None:
        """The count beside the Vendors heading: the model's own when it lists every status (no second count)."""
        if self.model.status_filter is None:
            self.pane.show_count(self.model.rowCount())
        else:
            self.pane.show_count(vendors.count_vendors(self.vault.db))

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

    def show_lock_state(self) -> None:
        vault = self.vault
        minutes = int(settings.get(vault.db, "auto_lock_minutes"))
        if minutes == 1:
            text = self.tr("%s · unlocked · locks after 1 minute idle") % vault.path.name
        elif minutes:
            text = self.tr("%s · unlocked · locks after %d minutes idle") % (vault.path.name, minutes)
        else:
            text = self.tr("%s · unlocked · auto-lock is off") % vault.path.name
        self.state_label.setText(text)

    def set_busy(self, text: str | None) -> None:
        """Show `text` with a progress bar and hold the vault's actions, or (None) end that."""
        busy_text, self._busy_text = self._busy_text, text
        self._busy = text is not None
        for action in self._vault_actions:
            action.setEnabled(not self._busy)
        self.pane.setEnabled(not self._busy)
        self._update_delete_action()
        self.overview.setEnabled(not self._busy)
        self.requests_page.setEnabled(not self._busy)
        self.reputation_page.setEnabled(not self._busy)
        self.sharing.set_enabled(not self._busy)
        self.search_field.setEnabled(not self._busy)
        self.progress.setVisible(self._busy)
        if text:
            self.statusBar().showMessage(text)
        elif busy_text and self.statusBar().currentMessage() == busy_text:
            self.statusBar().clearMessage()

    def clear(self) -> None:
        """Empty every view and drop the vault: nothing personal stays in a widget or model."""
        if self._vault is not None and self._placed:
            self.save_state()
        self.undo_stack.clear()
        self.clipboard.clear_now()
        self.detail.clear()
        self.model.clear()
        self.pane.clear()
        self.overview.clear()
        self.requests_page.clear()
        self.reputation_page.clear()
        self._stale_pages.clear()
        self.sharing.clear()
        self.search_field.reset()
        self.search_field.set_search(None)
        self.state_label.clear()
        self.show_vendor_button.hide()
        self.show_vendor_button.setAccessibleName("")
        self._changed_vendor = None
        self._changed_text = ""
        self.statusBar().clearMessage()
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
            if self.show_vendor(hit.vendor_id) and not self.detail.show_record(hit.kind, hit.id):
                self.statusBar().showMessage(self.tr("That record is not listed in its tab."), STATUS_MESSAGE_MS)
        else:
            self.statusBar().showMessage(self.tr("That offer names no vendor kept in this vault."), STATUS_MESSAGE_MS)

    def show_vendor(self, vendor_id: int) -> bool:
        """Select the vendor on the Vendors page, fetching pages only up to where it sorts."""
        self.go_to(VENDORS)
        try:
            vendor = vendors.get_vendor(self.vault.db, vendor_id)
        except MyVendorsError:
            vendor = None
        if vendor is None or vendor.deleted_at is not None:
            self.statusBar().showMessage(self.tr("That vendor is in the trash."), STATUS_MESSAGE_MS)
            return False
        row = self.model.row_of(vendor)
        if row is None and self.model.status_filter is not None:
            self.pane.status_combo.setCurrentIndex(0)  # All: the filter hid it
            row = self.model.row_of(vendor)
        if row is None:
            return False
        index = self.model.index(row, VendorTableModel.NAME)
        self.pane.view.doItemsLayout()  # the scroll bar knows the fetched rows: no clamp to the end, no fetch
        self.pane.view.setCurrentIndex(index)
        self.pane.view.scrollTo(index)
        self.pane.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_overview_item(self, item: object) -> None:
        """A row of the Overview, opened: a due agreement in its vendor's Agreements tab, an interaction
        in its vendor's Timeline tab, an open request on the Requests page, a vendor whose standing fell."""
        if isinstance(item, Due):
            if self.show_vendor(item.agreement.vendor_id):
                self.detail.show_agreement(item.agreement.id)
        elif isinstance(item, Interaction):
            if self.show_vendor(item.vendor_id):
                self.detail.show_interaction(item)
        elif isinstance(item, Request):
            self._show_request(item.id)
        elif isinstance(item, StandingChange):
            self.show_vendor(item.vendor_id)

    def new_request(self) -> None:
        """The Requests page's "New request…", from elsewhere: the page first (it reads the vault when first shown)."""
        self.go_to(REQUESTS)
        self.requests_page.new_request_action.trigger()

    def _show_request(self, request_id: int) -> None:
        self.go_to(REQUESTS)
        if not self.requests_page.select(request_id):
            self.statusBar().showMessage(self.tr("That request is older than the ones listed."), STATUS_MESSAGE_MS)

    # -- actions ---------------------------------------------------------------------------
    def add_vendor(self) -> None:
        dialog = AddVendorDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda name, website: self._add_vendor(dialog, name, website))
        dialog.open()

    def _add_vendor(self, dialog: AddVendorDialog, name: str, website: str) -> None:
        done = submit(dialog.show_error, lambda: vendors.add_vendor(self.vault.db, name, website=website or None))
        if done is None:
            return
        vendor = done.value
        dialog.accept()
        self.refresh()
        self.show_vendor(vendor.id)
        self.statusBar().showMessage(self.tr("Added %s.") % vendor.name, STATUS_MESSAGE_MS)

    def _update_delete_action(self) -> None:
        self.delete_vendor_action.setEnabled(not self._busy and self.pane.selected_vendor() is not None)

    def delete_selected_vendor(self) -> None:
        vendor = self.pane.selected_vendor()
        if vendor is None:
            return
        try:
            gone = vendors.delete_vendor(self.vault.db, vendor.id)
        except MyVendorsError as exc:
            self._show_error(exc)
            return
        row = self.model.row_of(vendor) or 0
        self.model.remove_vendor(vendor.id)
        self.undo_stack.push(DeleteVendorCommand(self, gone))
        self._after_vendor_change()
        if self.model.rowCount():
            next_index = self.model.index(min(row, self.model.rowCount() - 1), VendorTableModel.NAME)
            self.pane.view.setCurrentIndex(next_index)
        self.statusBar().showMessage(
            self.tr("Moved %s to the trash — Undo (%s)")
            % (gone.name, self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)),
            STATUS_MESSAGE_MS,
        )

    def restore_vendor(self, vendor_id: int) -> None:
        try:
            vendor = vendors.restore_vendor(self.vault.db, vendor_id)
        except MyVendorsError as exc:
            self._show_error(exc)
            return
        self.model.reload()
        self._after_vendor_change()
        self.show_vendor(vendor.id)
        self.statusBar().showMessage(self.tr("Restored %s.") % vendor.name, STATUS_MESSAGE_MS)

    def redelete_vendor(self, vendor_id: int) -> None:
        try:
            vendor = vendors.delete_vendor(self.vault.db, vendor_id)
        except MyVendorsError as exc:
            self._show_error(exc)
            return
        self.model.remove_vendor(vendor_id)
        self._after_vendor_change()
        self.statusBar().showMessage(self.tr("Moved %s to the trash.") % vendor.name, STATUS_MESSAGE_MS)

    def _vendor_changed_by_request(self, vendor_id: int) -> None:
        """An accepted offer created or updated a vendor: the lists show it; the status bar offers to open it."""
        self.model.reload()
        self._after_vendor_change()
        try:
            name = vendors.get_vendor(self.vault.db, vendor_id).name
        except MyVendorsError:
            return
        self._changed_vendor = vendor_id
        self._changed_text = self.tr("Offer accepted: %s is in your vendors.") % name
        self.show_vendor_button.setAccessibleName(self.tr("Show %s") % name)
        self.statusBar().showMessage(self._changed_text, STATUS_MESSAGE_MS)  # shows the button beside it

    def _show_changed_vendor(self) -> None:
        if self._changed_vendor is not None:
            self.show_vendor(self._changed_vendor)
        self.show_vendor_button.hide()


    def _show_selected_vendor(self) -> None:
        """The detail pane follows the list's current vendor (none: its hint)."""
        if self._vault is None or self._keep_detail:
            return
        current = self.pane.view.currentIndex()  # (the selection follows it only after this signal)
        vendor = self.model.vendor(current.row()) if current.isValid() else None
        shown = self.detail.vendor_id
        if shown is not None and (vendor is None or vendor.id != shown) and not self.detail.can_leave():
            # its profile has edits that cannot be saved: stay there, with the message, once the view is done
            QTimer.singleShot(0, lambda: self._select_in_list(shown) if self._vault is not None else None)
            return
        if vendor is None:
            self.detail.show_none()
        elif vendor.id != shown:
            self.detail.show_vendor(self.vault.db, vendor.id)

    def _select_in_list(self, vendor_id: int) -> None:
        """Select a vendor in the list without the detail pane reloading it."""
        self._keep_detail = True
        try:
            row = self.model.row_of(vendors.get_vendor(self.vault.db, vendor_id))
            if row is not None:
                self.pane.view.doItemsLayout()
                self.pane.view.setCurrentIndex(self.model.index(row, VendorTableModel.NAME))
        finally:
            self._keep_detail = False

    def _after_detail_change(self, vendor_id: int) -> None:
        """An edit in the detail pane: the list row (name, standing, cost) and the overview catch up."""
        focus = self.focusWidget()
        selected = self.pane.selected_vendor()  # the edited vendor, or the one chosen after it
        self._keep_detail = True  # the pane already shows it, with what the user was doing
        try:
            self.model.reload()
        finally:
            self._keep_detail = False
        self._select_in_list(selected.id if selected is not None else vendor_id)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._after_vendor_change()

    def _after_vendor_change(self) -> None:
        self._show_vendor_count()
        self._refresh_overview()
        self._refresh_pages(REQUESTS, REPUTATION)
        self._update_delete_action()

    def back_up_now(self) -> Job:
        vault = self.vault
        keep = int(settings.get(vault.db, "backups_kept"))
        folder = str(settings.get(vault.db, "backup_folder"))
        to = Path(folder) if folder else None
        text = self.tr("Backing up…")
        self.set_busy(text)
        job = self._worker.submit_with_progress(
            lambda control: vault.backup(
                reason="manual", keep=keep, to=to, progress=control.progress, cancelled=control.cancelled
            )
        )
        ProgressDialog(self.tr("Back up now"), text, self, units="bytes").follow(job)  # shown if it takes a while
        job.finished.connect(lambda: self.set_busy(None))
        job.succeeded.connect(self._backed_up)
        job.failed.connect(self._backup_failed)
        return job

    def _backup_failed(self, error: MyVendorsError) -> None:
        if isinstance(error, Cancelled):
            self.statusBar().showMessage(self.tr("Backup cancelled; no backup was made."), STATUS_MESSAGE_MS)
        else:
            self._show_error(error)

    def import_vendors(self) -> None:
        """Choose a vCard or CSV file, preview what it adds, and add it in one go (ui/importing.py)."""
        flow = VendorImport(self, self._worker, self.vault.connection, self.set_busy)
        flow.imported.connect(self._imported)
        flow.choose_and_start()

    def _imported(self, outcome: ImportOutcome) -> None:
        self.model.reload()
        self._after_vendor_change()
        if outcome.created:
            self.show_vendor(outcome.created[0].id)
        count = len(outcome.created)
        text = self.tr("Imported 1 vendor.") if count == 1 else self.tr("Imported %d vendors.") % count
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    def export_vault(self) -> None:
        """Write the vault as JSON or its dates as iCalendar to a chosen file (ui/exporting.py)."""
        flow = VaultExport(self, self._worker, self.vault.connection, self.set_busy)
        flow.exported.connect(self._exported)
        flow.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Export cancelled; no file was written."), STATUS_MESSAGE_MS)
        )
        flow.choose_and_start(self.vault.path.stem)

    def _exported(self, done: ExportDone) -> None:
        self.statusBar().showMessage(self.tr("Exported to %s") % done.path, STATUS_MESSAGE_MS)

    def _backed_up(self, backup: Backup) -> None:
        self.statusBar().showMessage(self.tr("Backed up to %s") % backup.folder, STATUS_MESSAGE_MS)

    def change_passphrase(self) -> None:
        # zxcvbn is told her profile and vendors' names (a bounded, cheap query), so "Netflix2024!" is weak.
        words = strength_rule.vault_words(self.vault.db, self.vault.path)
        dialog = ChangePassphraseDialog(self, user_inputs=tuple(words))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda current, new: self._change_passphrase(dialog, current, new))
        dialog.open()

    def _change_passphrase(self, dialog: ChangePassphraseDialog, current: str, new: str) -> None:
        vault, kdf_seconds = self.vault, self._kdf_seconds
        dialog.set_busy(True)
        self.set_busy(self.tr("Changing the passphrase…"))
        job = self._worker.submit(lambda: vault.change_passphrase(current, new, kdf_seconds=kdf_seconds))
        job.finished.connect(lambda: self._passphrase_job_done(dialog))
        job.succeeded.connect(lambda _: self._passphrase_changed(dialog))
        job.failed.connect(lambda exc: self._passphrase_not_changed(dialog, exc))

    def _passphrase_job_done(self, dialog: ChangePassphraseDialog) -> None:
        self.set_busy(None)
        dialog.set_busy(False)

    def _passphrase_changed(self, dialog: ChangePassphraseDialog) -> None:
        dialog.set_busy(False)
        dialog.accept()
        self.statusBar().showMessage(self.tr("Passphrase changed. Use the new one from now on."), STATUS_MESSAGE_MS)

    def _passphrase_not_changed(self, dialog: ChangePassphraseDialog, error: MyVendorsError) -> None:
        if isinstance(error, WrongSecret):
            dialog.show_wrong_current()
        elif isinstance(error, InvalidInput):
            dialog.show_error(error_text(error), error.field)
        else:
            dialog.show_error(error_text(error))

    def forget_all_devices(self) -> None:
        """Revoke every device that remembers this vault (a lost laptop), after asking."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Forget all remembered devices"),
            self.tr(
                "Every computer that remembers this vault, this one included, will need the passphrase "
                "next time. Use this if a device that remembered the vault was lost or sold."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        forget = box.addButton(self.tr("Forget them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._forget_all_devices() if button is forget else None)
        box.open()

    def _forget_all_devices(self) -> None:
        try:
            count = self.vault.forget_all_devices()
        except MyVendorsError as exc:
            self._show_error(exc)
            return
        self.statusBar().showMessage(
            self.tr("No device remembers this vault any more (%n removed).", "", count), STATUS_MESSAGE_MS
        )

    def open_settings(self) -> None:
        vault = self.vault
        dialog = SettingsDialog(
            SETTINGS,
            settings.all_values(vault.db),
            self,
            vault_name=vault.path.name,
            default_backup_folder=str(backup_root(vault.path).parent),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        actions = SettingsActions(dialog, vault, self._worker, self._keystore, set_busy=self.set_busy)
        actions.saved.connect(self._settings_saved)
        actions.backup_wanted.connect(lambda: self._back_up_from(dialog))
        dialog.open()

    def _back_up_from(self, dialog: SettingsDialog) -> None:
        dialog.show_backup_started()
        job = self.back_up_now()
        job.succeeded.connect(dialog.show_backup_done)  # bound methods: nothing arrives once the dialog is gone
        job.failed.connect(dialog.show_backup_failed)

    def _settings_saved(self, changes: dict[str, object]) -> None:
        if "clipboard_clear_seconds" in changes:
            self.clipboard.set_clear_after_seconds(int(settings.get(self.vault.db, "clipboard_clear_seconds")))
        self.show_lock_state()
        emit(self.settings_changed)

    def show_help(self, topic: str | None = None) -> QDialog:
        """The user guide, at `topic` or at the part about the page shown (ui/help.py)."""
        from myvendors.ui import help as user_guide

        return user_guide.show_help(self, topic if isinstance(topic, str) else None)

    def show_shortcuts(self) -> QDialog:
        """Every shortcut of this window, read from its actions (ui/help.py)."""
        from myvendors.ui import help as user_guide

        return user_guide.show_shortcuts(self)

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About MyVendors"))
        box.setIconPixmap(icons.app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>MyVendors %s</b>") % __version__)
        box.setInformativeText(
            self.tr(
                "Your own encrypted record of the companies you deal with. "
                "Everything stays on this computer, in a vault only your passphrase opens."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_error(self, error: MyVendorsError) -> None:
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
