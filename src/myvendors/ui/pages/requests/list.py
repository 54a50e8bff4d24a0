"""The left half of the Requests page: every request, newest first, and "New request…".

The list (title, status, offers, needed by) shows the newest `models.requests.SHOWN`, filtered by
status; "New request…" (Ctrl+Shift+N, also in the window's Requests menu and on the empty page)
writes one and chooses it. `chosen` says which request the detail shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import requests
from myvendors.domain.models import Request, RequestDraft, RequestStatus
from myvendors.storage import Database
from myvendors.ui import icons
from myvendors.ui.forms import submit
from myvendors.ui.models import requests as request_models
from myvendors.ui.models.requests import RequestTableModel, status_name
from myvendors.ui.pages.requests.dialogs import RequestDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ActionButton, ColumnFitter, PageHeader, list_table, secondary


class RequestList(QWidget):
    """The requests with their status filter and "New request…". `reload()` reads them again, keeping
    the one chosen; `select(id)` chooses one."""

    chosen = Signal(object)  # the request selected (a Request), or None
    listed = Signal(bool)  # after each reading: whether the vault has any request at all
    changed = Signal()  # a request was created
    page_wanted = Signal()  # "New request…" ran from the menu or a shortcut: show the page

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.new_request_action = QAction(icons.icon("add"), self.tr("New re&quest…"), self)
        self.new_request_action.setToolTip(self.tr("Write a new request (Ctrl+Shift+N)"))
        self.new_request_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_request_action.triggered.connect(self.new_request)

        self.model = RequestTableModel(self)
        self.header = PageHeader(self.tr("Requests"), self)
        self.title, self.count_label = self.header.title, self.header.count_label
        new_button = ActionButton(self.new_request_action, self)
        self.status_combo = QComboBox(self)
        self.status_combo.setAccessibleName(self.tr("Show requests by status"))
        self.status_combo.addItem(self.tr("All"), "")
        for status in RequestStatus:
            self.status_combo.addItem(status_name(status), status.value)
        self.status_combo.currentIndexChanged.connect(lambda _: self.reload())
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)

        self.view = list_table(self, self.tr("Requests"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setMinimumSectionSize(40)
        self.fitter = ColumnFitter(self.view, {RequestTableModel.NEEDED_BY: "2026-12-31"})
        self.view.selectionModel().selectionChanged.connect(lambda *_: emit(self.chosen, self.current()))
        self.no_match = secondary(parent=self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.no_match)
        self.list_stack.addWidget(self.view)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addStretch(1)
        filters.addWidget(new_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 8, 10)
        column.setSpacing(10)
        column.addWidget(self.header)
        column.addLayout(filters)
        column.addWidget(self.list_stack, 1)
        self.setTabOrder(new_button, self.status_combo)
        self.setTabOrder(self.status_combo, self.view)
        self._update_actions()

    def current(self) -> Request | None:
        """The request selected in the list."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.request(rows[0].row()) if rows else None

    def reload(self, *, select: int | None = None) -> None:
        """Read the requests again, choosing `select` or else the one chosen (or else the newest)."""
        current = self.current()
        keep = select if select is not None else current.id if current else None
        status = self.status_combo.currentData()
        rows = request_models.load(self._db, RequestStatus(status) if status else None)
        self.model.set_requests(rows)
        shown = len(rows)
        filtered = bool(status)
        emit(self.listed, shown > 0 or filtered or bool(requests.list_requests(self._db, limit=1)))
        if shown == request_models.SHOWN:
            self.count_label.setText(self.tr("the newest %d") % shown)
        else:
            self.count_label.setText(self.tr("1 request") if shown == 1 else self.tr("%d requests") % shown)
        self.no_match.setText(self.tr("No %s requests.") % status_name(RequestStatus(status)).lower() if filtered else "")
        self.list_stack.setCurrentWidget(self.view if shown else self.no_match)
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and shown:
            row = 0
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, RequestTableModel.TITLE))
        else:
            emit(self.chosen, None)

    def select(self, request_id: int) -> bool:
        """Choose that request (a search hit), clearing a status filter that hides it."""
        if self.model.row_of(request_id) is None and self.status_combo.currentIndex() != 0:
            with QSignalBlocker(self.status_combo):
                self.status_combo.setCurrentIndex(0)
            self.reload()
        row = self.model.row_of(request_id)
        if row is None:
            return False
        index = self.model.index(row, RequestTableModel.TITLE)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear(self) -> None:
        """Forget the requests listed (the vault locks)."""
        self.model.clear()
        for label in (self.count_label, self.no_match):
            label.clear()
            label.setToolTip("")
        self.new_request_action.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._update_actions()  # the window is busy (a backup): the menu's action waits too

    def _update_actions(self) -> None:
        self.new_request_action.setEnabled(self.isEnabled())

    # -- "New request…" ------------------------------------------------------------------------
    def new_request(self) -> None:
        emit(self.page_wanted)
        dialog = RequestDialog(None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(lambda draft: self._create(dialog, draft))
        dialog.open()

    def _create(self, dialog: RequestDialog, draft: RequestDraft) -> None:
        db = self._db
        done = submit(dialog.show_error, lambda: requests.create_request(db, draft))
        if done is None:
            return
        request = done.value
        dialog.accept()
        self.reload(select=request.id)
        self.select(request.id)
        emit(self.changed)
