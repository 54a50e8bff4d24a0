"""The vendor list as a Qt table model: frozen `Vendor` values with their summaries, held a few pages at a time.

The model reports every row of the list (one count) but holds at most a few pages
(`windowed.PageWindow`): a page next to a held one comes from `vendors.page_vendors` by key, a
jump from `vendors.vendors_at` by position. Each page brings its next renewal, yearly cost and
standing in one `insights.summaries` call, never one query per row. Only the sorts the
services support exist: name (both directions, folded for case and accents) and recently updated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from myvendors.domain import insights, vendors
from myvendors.domain.insights import VendorSummary
from myvendors.domain.vendors import Vendor, VendorStatus
from myvendors.ui import formatting
from myvendors.ui.models.table import WindowedTableModel
from myvendors.ui.models.windowed import MAX_PAGES, PAGE_SIZE, PageSource

if TYPE_CHECKING:
    from myvendors.storage import Database

Index = QModelIndex | QPersistentModelIndex
Item = tuple[Vendor, VendorSummary | None]

VENDOR_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole  # the Vendor value too (what a sort or a delegate needs)
SORTS = ("name", "-name", "updated")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def standing_text(summary: VendorSummary | None) -> str:
    if summary is None or summary.standing.overall is None:
        return ""
    return f"{formatting.stars_text(summary.standing.overall)} ({summary.standing.notes})"


class _VendorPages(PageSource[Item]):
    def __init__(self, db: Database, sort: str, status: VendorStatus | None) -> None:
        self._db, self._sort, self._status = db, sort, status

    def _with_summaries(self, page: list[Vendor]) -> list[Item]:
        found = insights.summaries(self._db, [v.id for v in page]) if page else {}
        return [(v, found.get(v.id)) for v in page]

    def count(self) -> int:
        return vendors.count_vendors(self._db, status=self._status)

    def after(self, item: Item, limit: int) -> list[Item]:
        page = vendors.page_vendors(self._db, limit=limit, after=item[0], sort=self._sort, status=self._status)
        return self._with_summaries(page)

    def before(self, item: Item, limit: int) -> list[Item]:
        page = vendors.page_vendors(self._db, limit=limit, before=item[0], sort=self._sort, status=self._status)
        return self._with_summaries(page)

    def at(self, start: int, limit: int, total: int) -> list[Item]:
        page = vendors.vendors_at(self._db, start, limit, total=total, sort=self._sort, status=self._status)
        return self._with_summaries(page)


class VendorTableModel(WindowedTableModel[Item]):
    NAME, CATEGORY, STATUS, STANDING, RENEWAL, COST = range(6)
    NUMERIC = (STANDING, RENEWAL, COST)
    ESSENTIAL = (NAME, STATUS, RENEWAL, COST)
    OPTIONAL = (CATEGORY, STANDING)
    LONG_TEXT = (NAME,)

    def __init__(
        self,
        db: Database | None = None,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(db, parent, page_size=page_size, max_pages=max_pages)
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
        self._window = self._new_window()

    def _source(self, db: Database) -> _VendorPages:
        return _VendorPages(db, self._sort, self._status)

    # -- loading -------------------------------------------------------------------------
    @property
    def sort_key(self) -> str:
        return self._sort

    @property
    def status_filter(self) -> VendorStatus | None:
        return self._status

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

    def status_texts(self) -> tuple[str, ...]:
        return tuple(self._status_texts.values())

    def clear(self) -> None:
        """Forget every vendor and the way to fetch more (used when the vault locks)."""
        self._forget()

    def vendor(self, row: int) -> Vendor:
        return self._existing_item(row)[0]

    def summary(self, row: int) -> VendorSummary | None:
        item = self._item(row)
        return item[1] if item is not None else None

    def row_of(self, vendor: Vendor) -> int | None:
        """The vendor's row in this sort and filter (None: not in this list); one count query."""
        if self._db is None:
            return None
        found = self._window.find(lambda item: item[0].id == vendor.id)
        if found is not None:
            return found
        return vendors.position_of(self._db, vendor, sort=self._sort, status=self._status)

    def remove_vendor(self, vendor_id: int) -> bool:
        """The vendor left this list (deleted): its row goes, and the rows below move up."""
        row = self._window.find(lambda item: item[0].id == vendor_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._window.remove_row(row)
        self.endRemoveRows()
        return True

    # -- QAbstractTableModel ---------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only Name sorts from the header (both directions); other columns keep the order."""
        if column == self.NAME:
            self.set_sort("name" if order == Qt.SortOrder.AscendingOrder else "-name")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 (one answer per role and column, as Qt asks)
        if not index.isValid() or index.parent().isValid():
            return None
        item = self._item(index.row())
        if item is None:
            return None
        vendor, summary = item
        column = index.column()
        if role in (VENDOR_ROLE, SORT_ROLE):
            return vendor
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{vendor.name}\n{vendor.website}" if vendor.website else vendor.name  # a long name, whole
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return vendor.name
            if column == self.CATEGORY:
                return vendor.category or ""
            if column == self.STATUS:
                return self._status_texts[vendor.status]
            if column == self.STANDING:
                return standing_text(summary)
            if column == self.RENEWAL:
                return formatting.date_text(summary.next_renewal) if summary and summary.next_renewal else ""
            if column == self.COST:
                return " · ".join(formatting.money_text(money) for money in summary.yearly_cost) if summary else ""  # "," is a decimal sign in many locales
        return None
