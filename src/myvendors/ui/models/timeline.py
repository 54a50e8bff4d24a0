"""The timeline as a Qt table model: one vendor's interactions (or every live vendor's), newest first.

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
from myvendors.domain.models import Interaction, InteractionKind
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


class TimelineModel(WindowedTableModel[Interaction]):
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
        self._kind_icon = kind_icon
        self._headers = (self.tr("When"), self.tr("Kind"), self.tr("Amount"), self.tr("Note"))
        self._window = self._new_window()

    def _source(self, db: Database) -> _TimelinePages:
        return _TimelinePages(db, self._vendor_id)

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

    def interaction(self, row: int) -> Interaction:
        return self._existing_item(row)

    def row_of(self, interaction_id: int, near: int = 0) -> int | None:
        """The row of an interaction: among the held pages, the page around row `near` (one page
        read), or else, in one vendor's timeline, counted by its index (never a pass over the
        rows); None when the model does not list it."""
        found = self._window.find(lambda item: item.id == interaction_id)
        if found is None and 0 <= near < self.rowCount():
            self._item(near)
            found = self._window.find(lambda item: item.id == interaction_id)
        if found is None and self._db is not None and self._vendor_id is not None:
            interaction = timeline.get_interaction(self._db, interaction_id)
            if interaction.vendor_id == self._vendor_id:
                found = timeline.position(self._db, interaction)
        return found

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
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column == self.AMOUNT else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND and self._kind_icon is not None:
            return self._kind_icon(item.kind)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.WHEN:
                return item.at.astimezone().strftime("%Y-%m-%d %H:%M")  # the user's local time
            if column == self.KIND:
                return kind_text(item.kind)
            if column == self.AMOUNT:
                return str(item.amount) if item.amount is not None else ""
            if column == self.NOTE:  # the channel, then the note on one line
                return " · ".join(part for part in (item.channel or "", " ".join(item.note.split())) if part)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE:
            return item.note or None
        return None
