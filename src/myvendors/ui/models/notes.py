"""Reputation notes across vendors as a Qt table model, newest first, fetched page by page.

Pages come from `reputation.notes` (keyset: after the last note shown) with the filters the
Reputation page offers: minimum average rating, tag, author (everyone, me, or one trusted
contact). Vendor names come with each page in one `vendors.names` call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from myvendors.domain import reputation, vendors
from myvendors.domain.models import RATING_DIMENSIONS, Note
from myvendors.ui.models.table import HeaderedTableModel

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
        if line.strip():
            line = line.strip()
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


class NoteTableModel(HeaderedTableModel):
    DATE, VENDOR, AUTHOR = range(3)
    RATINGS = tuple(range(3, 3 + len(RATING_DIMENSIONS)))
    AVERAGE = 3 + len(RATING_DIMENSIONS)
    TAGS = AVERAGE + 1
    TEXT = AVERAGE + 2
    NUMERIC = (*RATINGS, AVERAGE)
    HEADER_ALIGNMENT = CENTRE

    def __init__(self, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._notes: list[Note] = []
        self._names: dict[int, str] = {}
        self._more = db is not None
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

    # -- loading -------------------------------------------------------------------------
    @property
    def filter(self) -> NoteFilter:
        return self._filter

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

    def reload(self) -> None:
        """Start again from the newest note (after a change, or a new filter)."""
        self.beginResetModel()
        self._notes = []
        self._names = {}
        self._more = self._db is not None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """Forget every note and the way to fetch more (used when the vault locks)."""
        self.beginResetModel()
        self._notes = []
        self._names = {}
        self._db = None
        self._more = False
        self.endResetModel()

    def has_more(self) -> bool:
        return self._more

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._db is None or not self._more:
            return
        wanted = self._filter
        page = reputation.notes(
            self._db,
            mine_only=wanted.author == ME,
            author=wanted.author or None,
            tag=wanted.tag,
            min_rating=wanted.min_rating,
            after=self._notes[-1] if self._notes else None,
            limit=PAGE_SIZE,
        )
        self._more = len(page) == PAGE_SIZE
        if page:
            missing = [n.vendor_id for n in page if n.vendor_id not in self._names]
            self._names.update(vendors.names(self._db, missing))
            start = len(self._notes)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._notes.extend(page)
            self.endInsertRows()

    def note(self, row: int) -> Note:
        return self._notes[row]

    def notes(self) -> list[Note]:
        return list(self._notes)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        column = index.column()
        if role == NOTE_ROLE:
            return note
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTRE if column in self.NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return note.text or None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = self._display(note, column)
            return text if text else self.tr("none")
        return None

    def _display(self, note: Note, column: int) -> str:
        if column == self.DATE:
            return note.on.isoformat()
        if column == self.VENDOR:
            return self._names.get(note.vendor_id, "?")
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
