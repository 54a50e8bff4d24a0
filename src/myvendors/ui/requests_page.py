"""The Requests page (read-only for now): every personal request, newest first, with its status
and how many offers came back. Editing, offers and comparison come with the requests issue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from myvendors.domain import requests
from myvendors.domain.models import Request
from myvendors.storage import Database
from myvendors.ui.list_page import ListPage
from myvendors.ui.models.rows import Row

SHOWN = 200  # newest first; a person keeps far fewer requests than this


class RequestsPage(ListPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Requests"),
            self.tr("No requests yet. A request says what you want, anonymously, and lets vendors answer it."),
            parent,
        )

    def refresh(self, db: Database) -> None:
        shown = requests.list_requests(db, limit=SHOWN)
        rows = [self._row(r, requests.offer_count(db, r.id)) for r in shown]
        if len(shown) == SHOWN:
            count = self.tr("the newest %d") % SHOWN
        else:
            count = self.tr("1 request") if len(shown) == 1 else self.tr("%d requests") % len(shown)
        self.show_rows(rows, count)

    def select(self, request_id: int) -> bool:
        return self.select_where(lambda row: isinstance(row.payload, Request) and row.payload.id == request_id)

    def _row(self, request: Request, offers: int) -> Row:
        parts = [str(request.status)]
        parts.append(self.tr("no offers") if offers == 0 else self.tr("1 offer") if offers == 1 else self.tr("%d offers") % offers)
        if request.needed_by:
            parts.append(self.tr("needed by %s") % request.needed_by.isoformat())
        if request.category:
            parts.append(request.category)
        return Row(request.title, " · ".join(parts), "request", payload=request)
