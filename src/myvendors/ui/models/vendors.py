"""The vendor list as a Qt table model: frozen `Vendor` values, fetched page by page (keyset)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from myvendors.domain.vendors import Vendor

Index = QModelIndex | QPersistentModelIndex
# fetch(after_id, limit) -> the next vendors by id (the domain's keyset paging)
Fetch = Callable[[int, int], list[Vendor]]

PAGE_SIZE = 200
VENDOR_ROLE = Qt.ItemDataRole.UserRole + 1


class VendorTableModel(QAbstractTableModel):
    NAME, WEBSITE, ADDED = range(3)

    def __init__(self, fetch: Fetch | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._vendors: list[Vendor] = []
        self._more = fetch is not None
        self._headers = (self.tr("Name"), self.tr("Website"), self.tr("Added"))

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._vendors = []
        self._more = self._fetch is not None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Forget every vendor and the way to fetch more (used when the vault locks)."""
        self.beginResetModel()
        self._vendors = []
        self._fetch = None
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008 (Qt's API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._fetch is None:
            return
        after = self._vendors[-1].id if self._vendors else 0
        page = self._fetch(after, PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        if page:
            start = len(self._vendors)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._vendors.extend(page)
            self.endInsertRows()

    def vendor(self, row: int) -> Vendor:
        return self._vendors[row]

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._vendors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._vendors):
            return None
        vendor = self._vendors[index.row()]
        if role == VENDOR_ROLE:
            return vendor
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == self.NAME:
                return vendor.name
            if column == self.WEBSITE:
                return vendor.website or ""
            if column == self.ADDED:
                return _date(vendor.created_at)
        return None


def _date(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d")
    except ValueError:
        return stamp
