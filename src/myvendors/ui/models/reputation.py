"""Reputation notes across vendors as a Qt table model, newest first, fetched page by page.

Pages come from `reputation.notes` (keyset: after the last note shown) with the filters the
Reputation page offers: minimum average rating, tag, author (everyone, me, or one trusted
contact). Vendor names come with each page in one `vendors.names` call. At most `MAX_PAGES` pages
are held (200k notes scrolled to the end once held every one: 382 MB).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer

from myvendors.domain import leaks, reputation, vendors
from myvendors.domain.leaks import LeakStanding
from myvendors.domain.models import RATING_DIMENSIONS, Note
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.models.leaks import leaks_line
from myvendors.ui.models.table import HeaderedTableModel
from myvendors.ui.models.windowed import MAX_PAGES

if TYPE_CHECKING:
    from myvendors.storage import Database

Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 200
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
ME = ""  # the author filter's value for "only my notes" (None: everyone)


@dataclass(frozen=True)
class NoteFilter:
    min_rating: int | None = None  # minimum average rating, 1–5
    tag: str | None = None
    author: str | None = None  # None: everyone; ME: only mine; else that trusted contact

    @property
    def active(self) -> bool:
        return self != NoteFilter()


def average(note: Note) -> float | None:
    """The mean of the note's ratings (the measure the minimum-rating filter uses)."""
    return sum(note.ratings.values()) / len(note.ratings) if note.ratings else None


def first_line(text: str, limit: int = 120) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            return stripped if len(stripped) <= limit else stripped[: limit - 1] + "…"
    return ""


class NoteTableModel(HeaderedTableModel):
    """Notes newest first, fetched a page at a time as the view scrolls (`fetchMore`), and held a few
    pages at a time: a page scrolled far away is dropped and fetched again by key (the notes after
    the previous page's last one) when it is shown again. Only the last note of each page is kept
    for that, so the memory stays bounded however far the list is scrolled."""

    DATE, VENDOR, AUTHOR = range(3)
    RATINGS = tuple(range(3, 3 + len(RATING_DIMENSIONS)))
    AVERAGE = 3 + len(RATING_DIMENSIONS)
    TAGS = AVERAGE + 1
    TEXT = AVERAGE + 2
    NUMERIC = (*RATINGS, AVERAGE)
    ESSENTIAL = (DATE, VENDOR, AVERAGE)
    FREE_TEXT = (TEXT,)
    OPTIONAL = (TAGS, *RATINGS, AUTHOR)
    LONG_TEXT = (VENDOR,)
    HEADER_ALIGNMENT = CENTRE

    def __init__(
        self, db: Database | None = None, parent: QObject | None = None, *, page_size: int | None = None,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(parent)
        page_size = PAGE_SIZE if page_size is None else page_size
        if page_size < 1 or max_pages < 2:
            raise ValueError("a window holds at least two pages of at least one row")
        self._db = db
        self._page_size, self._max_pages = page_size, max_pages
        self._pages: OrderedDict[int, list[tuple[Note, str]]] = OrderedDict()  # page number -> notes with vendor names
        self._ends: list[Note] = []  # the last note of every page fetched so far: where the next one starts
        self._rows = 0
        self._more = db is not None
        self.rows_fetched = 0  # every note fetched since the last reload (what a test of boundedness looks at)
        self._filter = NoteFilter()
        dimension_titles = {
            "quality": self.tr("Quality"),
            "price": self.tr("Price"),
            "service": self.tr("Service"),
            "honesty": self.tr("Honesty"),
        }
        self._headers = (
            self.tr("Date"),
            self.tr("Vendor"),
            self.tr("Author"),
            *(dimension_titles.get(d, d.title()) for d in RATING_DIMENSIONS),
            self.tr("Average"),
            self.tr("Tags"),
            self.tr("Note"),
        )
        self._me = self.tr("Me")
        self._leaks: dict[int, LeakStanding] = leaks.standing_by_vendor(db) if db is not None else {}  # marked

    # -- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> NoteFilter:
        return self._filter

    @property
    def rows_held(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def set_database(self, db: Database | None, note_filter: NoteFilter | None = None) -> None:
        """Show the notes of `db` (with `note_filter`, when given), from the newest."""
        self._db = db
        if note_filter is not None:
            self._filter = note_filter
        self.reload()

    def set_filter(self, note_filter: NoteFilter) -> None:
        if note_filter != self._filter:
            self._filter = note_filter
            self.reload()

    def _reset(self, db: Database | None) -> None:
        self.beginResetModel()
        self._db = db
        self._leaks = leaks.standing_by_vendor(db) if db is not None else {}  # a row per vendor with leaks
        self._pages.clear()
        self._ends = []
        self._rows = 0
        self.rows_fetched = 0
        self._more = db is not None
        self.endResetModel()

    def reload(self) -> None:
        """Start again from the newest note (after a change, or a new filter)."""
        self._reset(self._db)
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Forget every note and the way to fetch more (used when the vault locks)."""
        self._reset(None)

    def has_more(self) -> bool:
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        db = self._db
        if parent.isValid() or db is None or not self._more:
            return
        number = len(self._ends)
        page = self._fetch(db, self._ends[-1] if self._ends else None)
        self._more = len(page) == self._page_size
        if page:
            start = self._rows
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._keep(number, page)
            self._ends.append(page[-1][0])
            self._rows += len(page)
            self.endInsertRows()

    def _fetch(self, db: Database, after: Note | None) -> list[tuple[Note, str]]:
        wanted = self._filter
        page = reputation.notes(
            db,
            mine_only=wanted.author == ME,
            author=wanted.author or None,
            tag=wanted.tag,
            min_rating=wanted.min_rating,
            after=after,
            limit=self._page_size,
        )
        self.rows_fetched += len(page)
        names = vendors.names(db, sorted({n.vendor_id for n in page})) if page else {}
        return [(note, names.get(note.vendor_id, "?")) for note in page]

    def _keep(self, number: int, page: list[tuple[Note, str]]) -> None:
        self._pages[number] = page
        self._pages.move_to_end(number)
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)

    def _entry(self, row: int) -> tuple[Note, str] | None:
        """The note at `row` with its vendor's name, fetching its page again when it was dropped."""
        db = self._db
        if not 0 <= row < self._rows or db is None:
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
        else:
            page = self._fetch(db, self._ends[number - 1] if number else None)
            if not page or page[-1][0].id != self._ends[number].id:  # the list changed underneath: read it again
                QTimer.singleShot(0, self.reload)
            self._keep(number, page)
        return page[offset] if offset < len(page) else None

    def note(self, row: int) -> Note:
        entry = self._entry(row)
        if entry is None:
            raise IndexError(row)
        return entry[0]

    def notes(self) -> list[Note]:
        """Every note listed so far (fetching dropped pages again: for tests and small lists)."""
        return [self.note(row) for row in range(self._rows)]

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self._entry(index.row())
        if entry is None:
            return None
        note, vendor_name = entry
        column = index.column()
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE if column in self.NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return note.text or None
        leaked = self._leaks.get(note.vendor_id) if column == self.VENDOR else None
        if leaked is not None and role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("warning")
        if leaked is not None and role == Qt.ItemDataRole.ToolTipRole:
            return leaks_line(leaked.total, leaked.open)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, vendor_name, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(note, vendor_name, column)
            return text if text else self.tr("none")
        return None

    def _display(self, note: Note, vendor_name: str, column: int) -> str:
        if column == self.DATE:
            return formatting.date_text(note.on)
        if column == self.VENDOR:
            leaked = self._leaks.get(note.vendor_id)
            if leaked is None:
                return vendor_name
            return (self.tr("%s · 1 leak") % vendor_name if leaked.total == 1
                    else self.tr("%s · %d leaks") % (vendor_name, leaked.total))
        if column == self.AUTHOR:
            return note.author if note.author is not None else self._me
        if column in self.RATINGS:
            value = note.ratings.get(RATING_DIMENSIONS[column - self.RATINGS[0]])
            return "" if value is None else str(value)
        if column == self.AVERAGE:
            mean = average(note)
            return "" if mean is None else f"{mean:.1f}"
        if column == self.TAGS:
            return " ".join(f"#{tag}" for tag in note.tags)
        if column == self.TEXT:
            return first_line(note.text)
        return ""
