"""`VendorDetail`, the pane itself: the selected vendor's name and summary above its six tabs, and
what the window asks of it (show a vendor or a record, save before leaving, forget on lock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from myvendors.domain import reputation, vendors
from myvendors.domain.models import Agreement, Interaction, Note, Vendor, VendorStatus
from myvendors.errors import MyVendorsError
from myvendors.ui import formatting, icons
from myvendors.ui.pages.vendors.detail.agreements import AgreementsTab
from myvendors.ui.pages.vendors.detail.aliases import AliasesTab
from myvendors.ui.pages.vendors.detail.files import FilesTab
from myvendors.ui.pages.vendors.detail.profile import ProfileTab
from myvendors.ui.pages.vendors.detail.reputation import ReputationTab
from myvendors.ui.pages.vendors.detail.tab import _Tab
from myvendors.ui.pages.vendors.detail.timeline import TimelineTab
from myvendors.ui.pages.vendors.record_dialogs import FormDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import heading, secondary

if TYPE_CHECKING:
    from myvendors.storage import Database
    from myvendors.ui.worker import Worker


class VendorDetail(QWidget):
    """The selected vendor: a header and six tabs. Emits `changed(vendor_id)` after any edit."""

    changed = Signal(int)
    busy = Signal(object)  # a text while work runs on the worker (a big file), then None

    def __init__(
        self, worker: Worker | None = None, undo_stack: QUndoStack | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.vendor: Vendor | None = None
        self._leaving = False
        self.title = heading(scale=1.3, parent=self)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = secondary(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Vendor details"))
        self.profile = ProfileTab(self.tabs)
        self.agreements = AgreementsTab(self.tabs)
        self.timeline = TimelineTab(self.tabs)
        self.reputation = ReputationTab(self.tabs)
        self.files = FilesTab(worker, self.tabs)
        self.aliases = AliasesTab(self.tabs)
        for tab, title, icon_name in (
            (self.profile, self.tr("Profile"), "vendor"),
            (self.agreements, self.tr("Agreements"), "calendar"),
            (self.timeline, self.tr("Timeline"), "timeline"),
            (self.reputation, self.tr("Reputation"), "reputation"),
            (self.files, self.tr("Files"), "folder-open"),
            (self.aliases, self.tr("Aliases"), "mail"),
        ):
            tab.undo_stack = undo_stack
            tab.edited.connect(self._edited)
            self.tabs.addTab(tab, icons.icon(icon_name), title)
        self.files.busy.connect(self.busy)
        self.agreements.timeline_changed.connect(self.timeline.reload)  # a cancellation letter marked sent
        self.timeline.leak_wanted.connect(self._show_leak)
        self.aliases.edited.connect(self._leaks_changed)
        for number in range(self.tabs.count()):
            self.tabs.setTabToolTip(number, self.tr("%s (Ctrl+Tab moves between tabs)") % self.tabs.tabText(number))

        content = QWidget(self)
        content_column = QVBoxLayout(content)
        content_column.setContentsMargins(0, 0, 0, 0)
        content_column.setSpacing(2)
        header = QVBoxLayout()
        header.setContentsMargins(12, 0, 12, 6)
        header.setSpacing(2)
        header.addWidget(self.title)
        header.addWidget(self.meta)
        content_column.addLayout(header)
        content_column.addWidget(self.tabs, 1)

        empty = QWidget(self)
        empty_text = secondary(self.tr("Select a vendor to see its profile, agreements, timeline, notes and files."),
                               parent=empty)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_column = QVBoxLayout(empty)
        empty_column.addStretch(1)
        empty_column.addWidget(empty_text)
        empty_column.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(empty)
        self.stack.addWidget(content)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.stack)
        self._status_texts = {
            VendorStatus.ACTIVE: self.tr("Active"),
            VendorStatus.FORMER: self.tr("Former"),
            VendorStatus.BLOCKED: self.tr("Blocked"),
        }

    @property
    def vendor_id(self) -> int | None:
        return self.vendor.id if self.vendor is not None else None

    def tab_pages(self) -> tuple[_Tab, ...]:
        return (self.profile, self.agreements, self.timeline, self.reputation, self.files, self.aliases)

    def show_vendor(self, db: Database, vendor_id: int) -> None:
        try:
            vendor = vendors.get_vendor(db, vendor_id)
        except MyVendorsError:
            self.show_none()
            return
        self.db, self.vendor = db, vendor
        for tab in self.tab_pages():
            tab.load(db, vendor)
        self._show_header()
        self.stack.setCurrentIndex(1)

    def show_none(self) -> None:
        """No vendor selected: the hint, and no record of the last one in any tab (the temp files stay)."""
        self.vendor = None
        for tab in self.tab_pages():
            if tab is self.files:
                self.files.forget_vendor()
            else:
                tab.clear()
        self.title.clear()
        self.meta.clear()
        self.stack.setCurrentIndex(0)

    def clear(self) -> None:
        """Forget everything (the vault locks): every model, field and decrypted copy."""
        for tab in self.tab_pages():
            tab.clear()
        for dialog in self.findChildren(FormDialog) + self.findChildren(QFileDialog) + self.findChildren(QMessageBox):
            dialog.close()
        self.db = None
        self.vendor = None
        self.title.clear()
        self.meta.clear()
        self.stack.setCurrentIndex(0)

    def show_agreement(self, agreement_id: int) -> None:
        """The Agreements tab, with this agreement selected and the keyboard in the list."""
        self.tabs.setCurrentWidget(self.agreements)
        self.agreements.select_record(agreement_id)
        self.agreements.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_interaction(self, interaction: Interaction) -> None:
        """The Timeline tab, with this interaction selected (when it is among the newest)."""
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.select(interaction)
        self.timeline.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_record(self, kind: str, record_id: int) -> bool:
        """Open a record in its own tab, selected, with the keyboard there (a search hit): "vendors" the
        Profile, "agreements", "interactions" (the Timeline) and "notes" (Reputation); False when the
        tab does not list it (then the tab still shows)."""
        if kind == "vendors":
            self.tabs.setCurrentWidget(self.profile)
            return True
        found: Agreement | Interaction | Note | None
        if kind == "agreements":
            self.show_agreement(record_id)
            found = self.agreements.selected()
        elif kind == "interactions":
            self.tabs.setCurrentWidget(self.timeline)
            self.timeline.view.clearSelection()
            self.timeline.select_record(record_id)
            self.timeline.view.setFocus(Qt.FocusReason.OtherFocusReason)
            found = self.timeline.selected()
        elif kind == "notes":
            self.tabs.setCurrentWidget(self.reputation)
            self.reputation.select_record(record_id)
            found = self.reputation.selected()
        else:
            return False
        return found is not None and found.id == record_id

    def focus_tabs(self) -> None:
        """Move the keyboard into the pane (Enter in the list): the current tab's first field or list."""
        if self.vendor is None:
            return
        page = self.tabs.currentWidget()
        target = page.nextInFocusChain() if page is not None else None
        if page is self.profile:
            self.profile.edits["name"].setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(page, (AgreementsTab, TimelineTab, FilesTab)):
            page.view.setFocus(Qt.FocusReason.TabFocusReason)
        elif isinstance(page, ReputationTab):
            page.my_view.setFocus(Qt.FocusReason.TabFocusReason)
        elif target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_header(self) -> None:
        vendor = self.vendor
        if vendor is None or self.db is None:
            return
        self.title.setText(vendor.name)
        self.title.setAccessibleName(vendor.name)
        parts = [vendor.category or self.tr("No category"), self._status_texts[vendor.status]]
        standing = reputation.standing(self.db, vendor.id)
        if standing.overall is not None:
            stars = formatting.stars_text(standing.overall)
            parts.append(self.tr("standing %s from %d notes") % (stars, standing.notes)
                         if standing.notes != 1 else self.tr("standing %s from 1 note") % stars)
        else:
            parts.append(self.tr("no ratings yet"))
        if vendor.website:
            parts.append(vendor.website)
        self.meta.setText("  ·  ".join(parts))

    def _show_leak(self, leak_id: int) -> None:
        self.tabs.setCurrentWidget(self.aliases)
        self.aliases.select_leak(leak_id)

    def _leaks_changed(self) -> None:
        """A leak recorded, closed or opened again: the lines on other tabs that count them."""
        self.timeline.show_leaks()
        self.reputation.show_leaks()

    def _edited(self) -> None:
        vendor = self.vendor
        if vendor is None or self.db is None:
            return
        try:
            self.vendor = vendors.get_vendor(self.db, vendor.id)
        except MyVendorsError:
            return
        for tab in self.tab_pages():
            tab.vendor = self.vendor
        self._show_header()
        if self._leaving:  # the list is changing its selection: tell the window once that is done
            QTimer.singleShot(0, lambda vendor_id=vendor.id: emit(self.changed, vendor_id) if self.db else None)
        else:
            emit(self.changed, vendor.id)

    def can_leave(self) -> bool:
        """Before another vendor is shown: unsaved profile edits are saved; False (and the message
        next to the field) when they cannot be."""
        if self.vendor is None or not self.profile.changes():
            return True
        self._leaving = True
        try:
            return self.profile.save()
        finally:
            self._leaving = False


