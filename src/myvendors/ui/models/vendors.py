"""The vendor list as a Qt table model: frozen `Vendor` values with their summaries, fetched page by page.

Pages come from `vendors.page_vendors` (keyset: after the last row shown, in the chosen sort and
status filter); each page brings its next renewal, yearly cost and standing in one
`insights.summaries` call, never one query per row. Only the sorts the services support exist:
name (both directions) and recently updated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from myvendors.domain import insights, vendors
from myvendors.domain.insights import VendorSummary
from myvendors.domain.vendors import Vendor, VendorStatus

if TYPE_CHECKING:
    from myvendors.storage import Database

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
VENDOR_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole  # the Vendor value too (what a sort or a delegate needs)
SORTS = ("name", "-name", "updated")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def standing_text(summary: VendorSummary | None) -> str:
    if summary is None or summary.standing.overall is None:
        return ""
    return f"{summary.standing.overall:.1f} ★ ({summary.standing.notes})"


class VendorTableModel(QAbstractTableModel):
    NAME, CATEGORY, STATUS, STANDING, RENEWAL, COST = range(6)
    NUMERIC = (STANDING, RENEWAL, COST)

    def __init__(self, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._vendors: list[Vendor] = []
        self._summaries: dict[int, VendorSummary] = {}
        self._more = db is not None
        self._sort = "name"
        self._status: VendorStatus | None = None
        self._headers = (
            self.tr("Name"),
            self.tr("Category"),
            self.tr("Status"),
            self.tr("Standing"),
            self.tr("Next renewal"),
            self.tr("Yearly cost"),
        )
        self._status_texts = {
            VendorStatus.ACTIVE: self.tr("Active"),
            VendorStatus.FORMER: self.tr("Former"),
            VendorStatus.BLOCKED: self.tr("Blocked"),
        }

    # -- loading -------------------------------------------------------------------------
    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def status_filter(self) -> VendorStatus | None:
        return self._status

    def reload(self) -> None:
        """Start again from the first page (after a change, or a new sort or filter)."""
        self.beginResetModel()
        self._vendors = []
        self._summaries = {}
        self._more = self._db is not None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def set_sort(self, key: str) -> None:
        if key not in SORTS:
            raise ValueError(f"the vendor list sorts by {', '.join(SORTS)}, not {key!r}")
        if key != self._sort:
            self._sort = key
            self.reload()

    def set_status_filter(self, status: VendorStatus | None) -> None:
        if status != self._status:
            self._status = status
            self.reload()

    def clear(self) -> None:
        """Forget every vendor and the way to fetch more (used when the vault locks)."""
        self.beginResetModel()
        self._vendors = []
        self._summaries = {}
        self._db = None
        self._more = False
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._db is None or not self._more:
            return
        after = self._vendors[-1] if self._vendors else None
        page = vendors.page_vendors(self._db, limit=PAGE_SIZE, after=after, sort=self._sort, status=self._status)
        self._more = len(page) == PAGE_SIZE
        if page:
            found = insights.summaries(self._db, [v.id for v in page])
            start = len(self._vendors)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._vendors.extend(page)
            self._summaries.update(found)
            self.endInsertRows()

    def vendor(self, row: int) -> Vendor:
        return self._vendors[row]

    def summary(self, row: int) -> VendorSummary | None:
        return self._summaries.get(self._vendors[row].id)

    def row_of(self, vendor: Vendor) -> int | None:
        """The vendor's row, fetching pages only up to where it sorts (None: not in this list)."""
        if self._status is not None and vendor.status != self._status:
            return None
        start = 0
        while True:
            count = len(self._vendors)
            for row in range(start, count):
                if self._vendors[row].id == vendor.id:
                    return row
            if not self.canFetchMore() or (count and self._sorts_before(vendor, self._vendors[-1])):
                return None
            self.fetchMore()
            start = count

    def _sorts_before(self, a: Vendor, b: Vendor) -> bool:
        """Whether `a` comes before `b` in the current sort (as SQLite orders them)."""
        if self._sort == "updated":
            return (a.updated_at, a.id) > (b.updated_at, b.id)
        key_a = (a.name.translate(_ASCII_LOWER), a.id)  # NOCASE folds ASCII only
        key_b = (b.name.translate(_ASCII_LOWER), b.id)
        return key_a > key_b if self._sort == "-name" else key_a < key_b

    def remove_vendor(self, vendor_id: int) -> bool:
        for row, vendor in enumerate(self._vendors):
            if vendor.id == vendor_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._vendors[row]
                self._summaries.pop(vendor_id, None)
                self.endRemoveRows()
                return True
        return False

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._vendors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only Name sorts from the header (both directions); other columns keep the order."""
        if column == self.NAME:
            self.set_sort("name" if order == Qt.SortOrder.AscendingOrder else "-name")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._vendors):
            return None
        vendor = self._vendors[index.row()]
        column = index.column()
        if role in (VENDOR_ROLE, SORT_ROLE):
            return vendor
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return vendor.website or vendor.name
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            summary = self._summaries.get(vendor.id)
            if column == self.NAME:
                return vendor.name
            if column == self.CATEGORY:
                return vendor.category or ""
            if column == self.STATUS:
                return self._status_texts[vendor.status]
            if column == self.STANDING:
                return standing_text(summary)
            if column == self.RENEWAL:
                return summary.next_renewal.isoformat() if summary and summary.next_renewal else ""
            if column == self.COST:
                return ", ".join(str(money) for money in summary.yearly_cost) if summary else ""
        return None
