"""The timeline as a Qt table model: one vendor's interactions (or every live vendor's), newest first.
One vendor's timeline shows its leaks too, each a row of its own merged by date
(`domain.vendor_timeline`); every vendor's shows interactions only.

Like the vendor list it counts every row and holds a few pages (`windowed.PageWindow`): pages
next to a held one come by key from `timeline.page`, jumps by position from
`timeline.interactions_at`. A million interactions scroll without a million in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from myvendors.domain import timeline
from myvendors.domain.leaks import Leak
from myvendors.domain.models import Interaction, InteractionKind
from myvendors.domain.vendor_timeline import Row, VendorTimeline
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.models.leaks import channel_text
from myvendors.ui.models.records import RECORD_ROLE, interaction_kind_text
from myvendors.ui.models.table import WindowedTableModel
from myvendors.ui.models.windowed import MAX_PAGES, PAGE_SIZE, PageSource

if TYPE_CHECKING:
    from myvendors.storage import Database

Index = QModelIndex | QPersistentModelIndex
INTERACTION_ROLE = RECORD_ROLE  # the Interaction value, as the other record models give theirs
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def kind_text(kind: InteractionKind) -> str:
    """The kind as a person reads it ("ask-advice" -> "Ask advice"), translated."""
    return interaction_kind_text(kind)


class _TimelinePages(PageSource[Interaction]):
    def __init__(self, db: Database, vendor_id: int | None) -> None:
        self._db, self._vendor_id = db, vendor_id

    def count(self) -> int:
        return timeline.count(self._db, self._vendor_id)

    def after(self, item: Interaction, limit: int) -> list[Interaction]:
        return timeline.page(self._db, vendor_id=self._vendor_id, after=item, limit=limit)

    def before(self, item: Interaction, limit: int) -> list[Interaction]:
        return timeline.page(self._db, vendor_id=self._vendor_id, newer_than=item, limit=limit)

    def at(self, start: int, limit: int, total: int) -> list[Interaction]:
        return timeline.interactions_at(self._db, start, limit, vendor_id=self._vendor_id, total=total)


class _VendorPages(PageSource[Row]):
    """One vendor's interactions and leaks (its few leaks read once per reload)."""

    def __init__(self, db: Database, vendor_id: int) -> None:
        self.rows = VendorTimeline(db, vendor_id)

    def count(self) -> int:
        return self.rows.count()

    def after(self, item: Row, limit: int) -> list[Row]:
        return self.rows.older(item, limit)

    def before(self, item: Row, limit: int) -> list[Row]:
        return self.rows.newer(item, limit)

    def at(self, start: int, limit: int, total: int) -> list[Row]:
        return self.rows.at(start, limit)


class TimelineModel(WindowedTableModel[Row]):
    WHEN, KIND, AMOUNT, NOTE = range(4)
    NUMERIC = (AMOUNT,)
    ESSENTIAL = (WHEN, KIND, AMOUNT)
    FREE_TEXT = (NOTE,)

    def __init__(
        self,
        db: Database | None = None,
        parent: QObject | None = None,
        *,
        kind_icon: Callable[[InteractionKind], QIcon] | None = None,
        page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(db, parent, page_size=page_size, max_pages=max_pages)
        self._vendor_id: int | None = None
        self._vendor_rows: VendorTimeline | None = None
        self._kind_icon = kind_icon
        self._headers = (self.tr("When"), self.tr("Kind"), self.tr("Amount"), self.tr("Note"))
        self._window = self._new_window()

    def _source(self, db: Database) -> PageSource[Row]:
        if self._vendor_id is None:
            self._vendor_rows = None
            return _TimelinePages(db, None)  # type: ignore[return-value]  # its interactions are rows: only read
        pages = _VendorPages(db, self._vendor_id)
        self._vendor_rows = pages.rows
        return pages

    @property
    def leak_count(self) -> int:
        """The vendor's leaks among the rows (read at the last reload)."""
        return len(self._vendor_rows.leaks) if self._vendor_rows is not None and self.rowCount() else 0

    @property
    def interaction_count(self) -> int:
        return self.rowCount() - self.leak_count

    @property
    def vendor_id(self) -> int | None:
        return self._vendor_id

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.reload()

    def set_vendor(self, vendor_id: int | None) -> None:
        """Show one vendor's timeline, or (None) every vendor's not in the trash."""
        self._vendor_id = vendor_id
        self.reload()

    def clear(self) -> None:
        """Forget every interaction and the vault (the vault locked)."""
        self._vendor_id = None
        self._forget()

    def row_item(self, row: int) -> Row:
        """The interaction or the leak at `row` (IndexError when there is none)."""
        return self._existing_item(row)

    def interaction(self, row: int) -> Interaction | None:
        """The interaction at `row`; None on a leak's row (IndexError past the end)."""
        item = self._existing_item(row)
        return item if isinstance(item, Interaction) else None

    def row_of(self, interaction_id: int, near: int = 0) -> int | None:
        """The row of an interaction: among the held pages, the page around row `near` (one page
        read), or else, in one vendor's timeline, counted by its index (never a pass over the
        rows); None when the model does not list it."""
        def matches(item: Row) -> bool:
            return isinstance(item, Interaction) and item.id == interaction_id

        found = self._window.find(matches)
        if found is None and 0 <= near < self.rowCount():
            self._item(near)
            found = self._window.find(matches)
        if found is None and self._db is not None and self._vendor_rows is not None:
            interaction = timeline.get_interaction(self._db, interaction_id)
            if interaction.vendor_id == self._vendor_rows.vendor_id:
                found = self._vendor_rows.position(interaction)
        return found

    def row_of_leak(self, leak_id: int) -> int | None:
        """The row of one of the vendor's leaks (its place is known without reading a page)."""
        if self._vendor_rows is None:
            return None
        leak = next((x for x in self._vendor_rows.leaks if x.id == leak_id), None)
        return self._vendor_rows.position(leak) if leak is not None else None

    # -- QAbstractTableModel ---------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 (one answer per role and column, as Qt asks)
        if not index.isValid() or index.parent().isValid():
            return None
        item = self._item(index.row())
        if item is None:
            return None
        column = index.column()
        if role == INTERACTION_ROLE:
            return item
        if isinstance(item, Leak):
            return self._leak_data(item, column, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.AMOUNT else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND and self._kind_icon is not None:
            return self._kind_icon(item.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return formatting.datetime_text(item.at)  # the user's local time
            if column == self.KIND:
                return kind_text(item.kind)
            if column == self.AMOUNT:
                return formatting.money_text(item.amount) if item.amount is not None else ""
            if column == self.NOTE:  # the channel, then the note on one line
                return " · ".join(part for part in (item.channel or "", " ".join(item.note.split())) if part)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return item.note or None
        return None

    def _leak_data(self, leak: Leak, column: int, role: int) -> Any:
        """A leak's row: its day, "Leak of your data" with the warning icon, the alias and who used it."""
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return icons.icon("warning")
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return formatting.date_text(leak.seen_on)  # a day: when in it is not known
            if column == self.KIND:
                return self.tr("Leak of your data")
            if column == self.NOTE:
                used = self.tr("%s used by %s (%s)") % (leak.alias_address, leak.used_by or "?", channel_text(leak.channel))
                return " · ".join(part for part in (used, " ".join(leak.note.split())) if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Someone else used an address you gave this vendor alone. Double-click: the Aliases tab")
        return None
