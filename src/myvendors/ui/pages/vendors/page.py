"""The Vendors page: the vendor list with a vendor's detail beside it, and what is done to vendors there.

`VendorsPage` owns the list pane (`VendorsPane`, the widget the window's page stack shows), the
detail pane in it (ui/pages/vendors/detail/) and the list's model, and does the vendor flows: add a
vendor, move the selected one to the trash (`DeleteVendorCommand`, undone from the window's undo
stack), show a vendor, keep the detail on the list's current vendor. It tells the window when
vendors changed (`changed`: the other pages read them again) and when it wants to be shown.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import vendors
from myvendors.domain.vendors import Vendor, VendorStatus
from myvendors.errors import MyVendorsError
from myvendors.ui import icons
from myvendors.ui.forms import submit
from myvendors.ui.models.vendors import VendorTableModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.pages.vendors.detail import VendorDetail
from myvendors.ui.pages.vendors.vendor_dialog import AddVendorDialog
from myvendors.ui.widgets import ColumnFitter, EmptyState, FitSplitter, PageHeader

if TYPE_CHECKING:
    from myvendors.ui.pages.vendors.dispute_dialog import DisputeDialog
    from myvendors.domain.importing import ImportOutcome
    from myvendors.storage import Database
    from myvendors.ui.actions.host import WindowHost
    from myvendors.ui.worker import Worker


class _DetailScroll(QScrollArea):
    """The detail pane as large as its place, scrolling only below its minimum size (not at the height its
    wrapped labels would like, as `widgetResizable` would)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)  # goes with the scroll area (a deferred call could outlive it)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fit_widget)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_widget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
    """The Vendors page's widget: a heading with the count, the filters, then the list (or, with no vendors,
    a hint) with the detail pane beside or below it."""

    def __init__(self, model: VendorTableModel, add_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self.tr("Vendors"), self)
        self.title, self.count_label = self.header.title, self.header.count_label
        add_button = QPushButton(icons.icon("add"), self.tr("Add vendor…"), self.header)
        add_button.setAccessibleName(self.tr("Add vendor"))
        add_button.clicked.connect(add_action.trigger)
        self.header.add(add_button)

        self._model = model
        self._make_view(model)

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
            self.fitter.needed_width, self._detail_needs, self,
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

    def _make_view(self, model: VendorTableModel) -> None:
        """The list, sorted by name, its columns fitted from samples."""
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
                pages = [page for n in range(stack.count()) if (page := stack.widget(n)) is not None]
                for page in pages:  # only the page shown has a size
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

    def __init__(self, page: VendorsPage, vendor: Vendor) -> None:
        super().__init__(QCoreApplication.translate("VendorsPage", "Delete %s") % vendor.name)
        self._page = page
        self._vendor_id = vendor.id
        self._done = True

    def redo(self) -> None:
        if self._done:  # the first redo is the push: the delete already happened
            self._done = False
            return
        self._page.redelete_vendor(self._vendor_id)

    def undo(self) -> None:
        self._page.restore_vendor(self._vendor_id)


class VendorsPage(QObject):
    """The Vendors page of an unlocked vault: `pane` (the list, `detail` beside it) and the vendor flows.

    The window gives it `add_action` (in its menus and toolbar; the page's button triggers it) and
    its undo stack; the page makes `delete_action` and `focus_detail_action`, bound to the list.
    """

    changed = Signal()  # vendors were added, edited, deleted or restored: the other pages read them again
    page_wanted = Signal()  # a vendor is being shown: the window shows this page

    def __init__(
        self,
        host: WindowHost,
        db: Database,
        worker: Worker,
        undo_stack: QUndoStack,
        *,
        add_action: QAction,
        undo_action: QAction,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._db: Database | None = db
        self._undo_stack = undo_stack
        self._undo_action = undo_action  # its shortcut is named in the "moved to the trash" message
        self._enabled = True
        self._keep_detail = False
        self.model = VendorTableModel(db, self)
        add_action.triggered.connect(self.add_vendor)
        self.delete_action = QAction(self.tr("&Delete vendor"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.triggered.connect(self.delete_selected_vendor)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.setToolTip(self.tr("Move the selected vendor to the trash (Delete)"))

        self.dispute_action = QAction(self.tr("Dis&pute pack…"), self)
        self.dispute_action.setToolTip(self.tr("One file with your record of the selected vendor, for an ombudsman, "
                                               "a bank or a regulator"))
        self.dispute_action.triggered.connect(self.make_dispute_pack)
        self.dispute_dialog: DisputeDialog | None = None

        self.pane = VendorsPane(self.model, add_action, parent)
        self._reveal_until = 0.0  # show_vendor: keep the chosen vendor in sight until then
        self.pane.view.verticalScrollBar().rangeChanged.connect(lambda *_: self._scroll_to_current())
        self.pane.view.addAction(self.delete_action)
        self.pane.view.selectionModel().selectionChanged.connect(lambda *_: self._update_delete_action())
        self.model.modelReset.connect(self._update_delete_action)
        self._update_delete_action()
        self.detail = VendorDetail(worker, undo_stack, self.pane)
        self.pane.set_detail(self.detail)
        self.pane.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected_vendor())
        self.model.modelReset.connect(self._show_selected_vendor)
        self.detail.changed.connect(self._after_detail_change)
        self.detail.busy.connect(host.set_busy)  # a big file going in: hold the vault's other actions
        self.focus_detail_action = QAction(self.tr("Show details"), self)
        self.focus_detail_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.focus_detail_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.focus_detail_action.triggered.connect(self.detail.focus_tabs)
        self.pane.view.addAction(self.focus_detail_action)
        self.pane.view.doubleClicked.connect(lambda _: self.detail.focus_tabs())

    def _vault_db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the vendors page was cleared: the vault is locked")
        return self._db

    # -- the page's state --------------------------------------------------------------------
    def selected_vendor(self) -> Vendor | None:
        return self.pane.selected_vendor()

    def refresh(self) -> None:
        """Read the list and its count again."""
        self.model.reload()
        self.show_count()

    def show_count(self) -> None:
        """The count beside the Vendors heading: the model's own when it lists every status (no second count)."""
        if self.model.status_filter is None:
            self.pane.show_count(self.model.rowCount())
        else:
            self.pane.show_count(vendors.count_vendors(self._vault_db()))

    def set_enabled(self, enabled: bool) -> None:
        """Hold the page (False) while the vault is busy with something else, or free it again."""
        self._enabled = enabled
        self.pane.setEnabled(enabled)
        self._update_delete_action()

    def clear(self) -> None:
        """Empty the detail, the list and its heading, and drop the vault (it is being locked)."""
        self.detail.clear()
        self.model.clear()
        self.pane.clear()
        self._db = None

    def _update_delete_action(self) -> None:
        selected = self._enabled and self.pane.selected_vendor() is not None
        self.delete_action.setEnabled(selected)
        self.dispute_action.setEnabled(selected)

    def make_dispute_pack(self) -> DisputeDialog | None:
        """The dispute pack dialog for the selected vendor (opened, not waited for). Its module,
        with the signing and the PDF behind it, is loaded on first use."""
        from myvendors.ui.pages.vendors.dispute_dialog import DisputeDialog

        vendor = self.pane.selected_vendor()
        if vendor is None:
            return None
        vault = self._host.vault
        try:
            dialog = DisputeDialog(self._vault_db(), vault.connection, vendor.id, self._host.window())
        except MyVendorsError as exc:
            self._host.show_error(exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.addAction(self._host.lock_action)
        self.dispute_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "dispute_dialog", None))
        dialog.open()
        return dialog

    # -- showing a vendor --------------------------------------------------------------------
    def show_vendor(self, vendor_id: int) -> bool:
        """Select the vendor on the Vendors page, fetching pages only up to where it sorts."""
        emit(self.page_wanted)
        try:
            vendor = vendors.get_vendor(self._vault_db(), vendor_id)
        except MyVendorsError:
            vendor = None
        if vendor is None or vendor.deleted_at is not None:
            self._host.show_status(self.tr("That vendor is in the trash."))
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
        # The page may only now be shown and laid out, and the detail pane takes its room from the
        # list after the vendor is shown: while that settles (the list's scroll range changes), keep
        # the vendor in sight, or one opened from search or the Overview is selected but hidden.
        self._reveal_until = time.monotonic() + 1.0
        QTimer.singleShot(0, self, self._scroll_to_current)
        self.pane.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _scroll_to_current(self) -> None:
        current = self.pane.view.currentIndex()
        if current.isValid() and time.monotonic() < self._reveal_until:
            self.pane.view.scrollTo(current)

    def _show_selected_vendor(self) -> None:
        """The detail pane follows the list's current vendor (none: its hint)."""
        if self._db is None or self._keep_detail:
            return
        current = self.pane.view.currentIndex()  # (the selection follows it only after this signal)
        vendor = self.model.vendor(current.row()) if current.isValid() else None
        shown = self.detail.vendor_id
        if shown is not None and (vendor is None or vendor.id != shown) and not self.detail.can_leave():
            # its profile has edits that cannot be saved: stay there, with the message, once the view is done
            QTimer.singleShot(0, lambda: self._select_in_list(shown) if self._db is not None else None)
            return
        if vendor is None:
            self.detail.show_none()
        elif vendor.id != shown:
            self.detail.show_vendor(self._db, vendor.id)

    def _select_in_list(self, vendor_id: int) -> None:
        """Select a vendor in the list without the detail pane reloading it."""
        self._keep_detail = True
        try:
            row = self.model.row_of(vendors.get_vendor(self._vault_db(), vendor_id))
            if row is not None:
                self.pane.view.doItemsLayout()
                self.pane.view.setCurrentIndex(self.model.index(row, VendorTableModel.NAME))
        finally:
            self._keep_detail = False

    # -- vendors changed -----------------------------------------------------------------------
    def _after_detail_change(self, vendor_id: int) -> None:
        """An edit in the detail pane: the list row (name, standing, cost) and the overview catch up."""
        focus = self._host.window().focusWidget()
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
        self.show_count()
        emit(self.changed)
        self._update_delete_action()

    def vendor_changed_elsewhere(self, vendor_id: int) -> Vendor | None:
        """A vendor was created or updated outside this page (an accepted offer): the list shows it.
        Returns it, or None if it cannot be read."""
        self.model.reload()
        self._after_vendor_change()
        try:
            return vendors.get_vendor(self._vault_db(), vendor_id)
        except MyVendorsError:
            return None

    def show_imported(self, outcome: ImportOutcome) -> None:
        """Vendors were imported: the list shows them, the first one selected."""
        self.model.reload()
        self._after_vendor_change()
        if outcome.created:
            self.show_vendor(outcome.created[0].id)

    # -- add, delete, undo ---------------------------------------------------------------------
    def add_vendor(self) -> None:
        dialog = AddVendorDialog(self._host.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda name, website: self._add_vendor(dialog, name, website))
        dialog.open()

    def _add_vendor(self, dialog: AddVendorDialog, name: str, website: str) -> None:
        db = self._vault_db()
        done = submit(dialog.show_error, lambda: vendors.add_vendor(db, name, website=website or None))
        if done is None:
            return
        vendor = done.value
        dialog.accept()
        self._host.refresh()
        self.show_vendor(vendor.id)
        self._host.show_status(self.tr("Added %s.") % vendor.name)

    def delete_selected_vendor(self) -> None:
        vendor = self.pane.selected_vendor()
        if vendor is None:
            return
        try:
            gone = vendors.delete_vendor(self._vault_db(), vendor.id)
        except MyVendorsError as exc:
            self._host.show_error(exc)
            return
        row = self.model.row_of(vendor) or 0
        self.model.remove_vendor(vendor.id)
        self._undo_stack.push(DeleteVendorCommand(self, gone))
        self._after_vendor_change()
        if self.model.rowCount():
            next_index = self.model.index(min(row, self.model.rowCount() - 1), VendorTableModel.NAME)
            self.pane.view.setCurrentIndex(next_index)
        self._host.show_status(
            self.tr("Moved %s to the trash — Undo (%s)")
            % (gone.name, self._undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        )

    def restore_vendor(self, vendor_id: int) -> None:
        try:
            vendor = vendors.restore_vendor(self._vault_db(), vendor_id)
        except MyVendorsError as exc:
            self._host.show_error(exc)
            return
        self.model.reload()
        self._after_vendor_change()
        self.show_vendor(vendor.id)
        self._host.show_status(self.tr("Restored %s.") % vendor.name)

    def redelete_vendor(self, vendor_id: int) -> None:
        try:
            vendor = vendors.delete_vendor(self._vault_db(), vendor_id)
        except MyVendorsError as exc:
            self._host.show_error(exc)
            return
        self.model.remove_vendor(vendor_id)
        self._after_vendor_change()
        self._host.show_status(self.tr("Moved %s to the trash.") % vendor.name)
