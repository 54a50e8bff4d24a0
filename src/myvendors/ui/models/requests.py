"""The requests list as a Qt table model: frozen `Request` values with how many offers came back.

A person keeps a few dozen requests, not thousands: the newest `SHOWN` (in the chosen status
filter) are read at once by `load`, replaced together by `set_requests`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from myvendors.domain import requests
from myvendors.domain.models import Request, RequestStatus
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui import formatting
from myvendors.ui.models.rows import tone_colour
from myvendors.ui.models.table import HeaderedTableModel
from myvendors.ui.models.vendors import RIGHT, Index

if TYPE_CHECKING:
    from myvendors.storage import Database

SHOWN = 200  # newest first; a person keeps far fewer requests than this
REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1
LATE = QColor("#b3261e")  # needed by a day that has passed, while still wanted

_STATUS_NAMES = {
    RequestStatus.DRAFT: QT_TRANSLATE_NOOP("RequestStatus", "Draft"),
    RequestStatus.OPEN: QT_TRANSLATE_NOOP("RequestStatus", "Open"),
    RequestStatus.FULFILLED: QT_TRANSLATE_NOOP("RequestStatus", "Fulfilled"),
    RequestStatus.WITHDRAWN: QT_TRANSLATE_NOOP("RequestStatus", "Withdrawn"),
    RequestStatus.EXPIRED: QT_TRANSLATE_NOOP("RequestStatus", "Expired"),
}


def status_name(status: RequestStatus) -> str:
    """The status as the user reads it ("Open"), translated."""
    return QCoreApplication.translate("RequestStatus", _STATUS_NAMES[status])


def load(db: Database, status: RequestStatus | None = None) -> list[tuple[Request, int]]:
    """The newest requests (in `status`, or all) with their number of offers."""
    return [(r, requests.offer_count(db, r.id)) for r in requests.list_requests(db, status=status, limit=SHOWN)]


class RequestTableModel(HeaderedTableModel):
    TITLE, STATUS, OFFERS, NEEDED_BY = range(4)
    NUMERIC = (OFFERS,)
    ESSENTIAL = (TITLE, STATUS, OFFERS, NEEDED_BY)
    LONG_TEXT = (TITLE,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Request, int]] = []
        self._today = date.today()
        self._headers = (self.tr("Title"), self.tr("Status"), self.tr("Offers"), self.tr("Needed by"))

    def set_requests(self, rows: list[tuple[Request, int]], *, today: date | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today or date.today()
        self.endResetModel()

    def clear(self) -> None:
        self.set_requests([])

    def request(self, row: int) -> Request:
        return self._rows[row][0]

    def offers(self, row: int) -> int:
        return self._rows[row][1]

    def row_of(self, request_id: int) -> int | None:
        return next((n for n, (r, _) in enumerate(self._rows) if r.id == request_id), None)

    def is_late(self, request: Request) -> bool:
        still_wanted = request.status in (RequestStatus.DRAFT, RequestStatus.OPEN)
        return still_wanted and request.needed_by is not None and request.needed_by < self._today

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 (one answer per role and column, as Qt asks)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        request, offers = self._rows[index.row()]
        column = index.column()
        if role == REQUEST_ROLE:
            return request
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.OFFERS else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEEDED_BY and self.is_late(request):
            return tone_colour("overdue")  # LATE in light, a red that reads on a dark list in dark
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TITLE:
                return request.title if not request.category else f"{request.title}\n{request.category}"
            if column == self.NEEDED_BY and self.is_late(request):
                return self.tr("Needed by %s: that day has passed") % formatting.date_text(request.needed_by)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                return request.title
            if column == self.STATUS:
                return status_name(request.status)
            if column == self.OFFERS:
                return str(offers)
            if column == self.NEEDED_BY:
                return formatting.date_text(request.needed_by)
        return None
