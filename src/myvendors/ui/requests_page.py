"""The Requests page (read-only for now): every personal request, newest first, with its status
and how many offers came back. Editing, offers and comparison come with the requests issue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QStackedWidget, QVBoxLayout, QWidget

from myvendors.domain import requests
from myvendors.domain.models import Request, RequestStatus
from myvendors.storage import Database
from myvendors.ui.models.rows import Row, RowListModel
from myvendors.ui.widgets import heading, secondary

SHOWN = 200  # newest first; a person keeps far fewer requests than this

STATUS_TEXT = {
    RequestStatus.DRAFT: "draft",
    RequestStatus.OPEN: "open",
    RequestStatus.FULFILLED: "fulfilled",
    RequestStatus.WITHDRAWN: "withdrawn",
    RequestStatus.EXPIRED: "expired",
}


class RequestsPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Requests"))
        self.title = heading(self.tr("Requests"), scale=1.35, parent=self)
        self.count_label = secondary(parent=self)
        self.count_label.setWordWrap(False)
        self.model = RowListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Requests"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setStyleSheet("QListView::item { padding: 4px 4px; }")
        self.empty = secondary(
            self.tr("No requests yet. A request says what you want, anonymously, and lets vendors answer it."),
            parent=self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.stack, 1)

    def refresh(self, db: Database) -> None:
        shown = requests.list_requests(db, limit=SHOWN)
        self.model.set_rows([self._row(r, requests.offer_count(db, r.id)) for r in shown])
        self.stack.setCurrentIndex(1 if shown else 0)
        if len(shown) == SHOWN:
            self.count_label.setText(self.tr("the newest %d") % SHOWN)
        else:
            self.count_label.setText(self.tr("1 request") if len(shown) == 1 else self.tr("%d requests") % len(shown))

    def select(self, request_id: int) -> bool:
        for row, item in enumerate(self.model.rows()):
            if isinstance(item.payload, Request) and item.payload.id == request_id:
                index = self.model.index(row)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def clear(self) -> None:
        self.model.clear()
        self.count_label.clear()
        self.stack.setCurrentIndex(0)

    def _row(self, request: Request, offers: int) -> Row:
        parts = [self.tr(STATUS_TEXT.get(request.status, str(request.status)))]
        parts.append(self.tr("no offers") if offers == 0 else self.tr("1 offer") if offers == 1 else self.tr("%d offers") % offers)
        if request.needed_by:
            parts.append(self.tr("needed by %s") % request.needed_by.isoformat())
        if request.category:
            parts.append(request.category)
        return Row(request.title, " · ".join(parts), "request", payload=request)
