"""What the flat table models here have in common: a header row, its alignment, plain item flags;
and for long lists, a window of pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from myvendors.ui.models.windowed import PageSource, PageWindow

if TYPE_CHECKING:
    from myvendors.storage import Database

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class HeaderedTableModel(QAbstractTableModel):
    """A table whose columns are named by `_headers`; the `NUMERIC` columns' headers align like
    their numbers (`HEADER_ALIGNMENT`, right by default). Items are enabled and selectable."""

    NUMERIC: tuple[int, ...] = ()
    HEADER_ALIGNMENT: Any = RIGHT
    # How the views lay the columns out (widgets.fit_columns; tests/ui/layout_check.py measures them):
    # ESSENTIAL columns (names, statuses, dates, money) are always shown whole; FREE_TEXT columns
    # (notes, descriptions) take the spare width and elide; OPTIONAL columns hide, first listed
    # first, when the view is too narrow for all of them.
    ESSENTIAL: tuple[int, ...] = ()
    FREE_TEXT: tuple[int, ...] = ()
    OPTIONAL: tuple[int, ...] = ()
    # Essential columns of names and titles: whole up to `widgets.LONG_TEXT_CHARS` average characters;
    # the rare longer one (a 100-letter association's name) elides there, its full text in the tooltip.
    LONG_TEXT: tuple[int, ...] = ()
    _headers: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return self.HEADER_ALIGNMENT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class WindowedTableModel(HeaderedTableModel, Generic[T]):
    """A table of a long list held a few pages at a time (`windowed.PageWindow`): every row is
    counted, only the pages the view asks for are fetched. Subclasses say where pages come from
    (`_source`) and call `self._window = self._new_window()` once their own state is set."""

    def __init__(self, db: Database | None, parent: QObject | None, *, page_size: int, max_pages: int) -> None:
        super().__init__(parent)
        self._db = db
        self._page_size, self._max_pages = page_size, max_pages
        self._window: PageWindow[T] = PageWindow(None, page_size=page_size, max_pages=max_pages)

    def _source(self, db: Database) -> PageSource[T]:
        raise NotImplementedError

    def _new_window(self) -> PageWindow[T]:
        source = self._source(self._db) if self._db is not None else None
        return PageWindow(source, page_size=self._page_size, max_pages=self._max_pages)

    @property
    def rows_fetched(self) -> int:
        """Every row fetched from the vault since the last reload (what bounds memory and work)."""
        return self._window.rows_fetched

    @property
    def rows_held(self) -> int:
        return self._window.rows_held

    def reload(self) -> None:
        """Count again and drop every held page (after a change, or a new sort or filter)."""
        self.beginResetModel()
        self._window = self._new_window()
        self.endResetModel()

    def _forget(self) -> None:
        """Drop every row and the vault (it locked); subclasses reset their own state first."""
        self.beginResetModel()
        self._window.forget()
        self._db = None
        self._window = self._new_window()
        self.endResetModel()

    def _item(self, row: int) -> T | None:
        item = self._window.get(row)
        if self._window.stale:  # the list changed underneath (another window, the CLI): count again
            self._window.stale = False
            QTimer.singleShot(0, self.reload)
        return item

    def _existing_item(self, row: int) -> T:
        """`_item(row)` for a row that must be there: IndexError when it is not."""
        item = self._item(row)
        if item is None:
            raise IndexError(row)
        return item

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else self._window.total
