"""Item models of the sharing screens: the checkable tree of what goes, the terms, the ledger.

`ShareTreeModel` is a QStandardItemModel whose leaves carry a key (`("fields", "email")`,
`("note", 12)`, …); a group's box follows its children and ticks or unticks them all.
`TermsModel` lists the terms library with the kind's defaults ticked, one term per group,
parameters editable. `LedgerModel` is the ledger as a table, newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from myvendors.domain.sharing import ledger, terms
from myvendors.domain.sharing.ledger import Entry
from myvendors.domain.sharing.packages import KIND_TITLE
from myvendors.ui import formatting
from myvendors.ui import term_words
from myvendors.ui.i18n import package_words
from myvendors.ui.models.table import WindowedTableModel
from myvendors.ui.models.windowed import MAX_PAGES, PAGE_SIZE, PageSource
from myvendors.ui.qtcompat import emit

if TYPE_CHECKING:
    from myvendors.storage import Database

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ShareTreeModel(QStandardItemModel):
    """Groups of checkable leaves (column 0: what, column 1: its value)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.setHorizontalHeaderLabels([self.tr("What goes"), self.tr("Value")])
        self.itemChanged.connect(self._changed)

    def add_group(self, title: str, note: str = "") -> QStandardItem:
        group = QStandardItem(title)
        group.setCheckable(True)
        group.setEditable(False)
        group.setCheckState(Qt.CheckState.Unchecked)
        value = QStandardItem(note)
        value.setEditable(False)
        value.setSelectable(True)
        self.appendRow([group, value])
        return group

    def add_leaf(
        self, group: QStandardItem, label: str, value: str, key: tuple[str, Any], *, checked: bool, enabled: bool = True,
        tooltip: str = "",
    ) -> QStandardItem:
        leaf = QStandardItem(label)
        leaf.setEditable(False)
        leaf.setCheckable(enabled)
        leaf.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)  # shown even when fixed
        leaf.setData(key, KEY_ROLE)
        shown = QStandardItem(value)
        shown.setEditable(False)
        if not enabled:  # fixed: always goes (checked) or cannot go (an empty field)
            leaf.setEnabled(False)
            shown.setEnabled(False)
        if tooltip:
            leaf.setToolTip(tooltip)
            shown.setToolTip(tooltip)
        self._syncing = True
        group.appendRow([leaf, shown])
        self._syncing = False
        self._update_group(group)
        return leaf

    def groups(self) -> list[QStandardItem]:
        return [item for row in range(self.rowCount()) if (item := self.item(row)) is not None]

    def leaves(self) -> list[QStandardItem]:
        return [
            child
            for group in self.groups()
            for row in range(group.rowCount())
            if (child := group.child(row)) is not None
        ]

    def checked(self, kind: str) -> list[Any]:
        """The keys of kind `kind` whose leaves are ticked, in tree order."""
        out = []
        for leaf in self.leaves():
            key = leaf.data(KEY_ROLE)
            if key and key[0] == kind and leaf.checkState() == Qt.CheckState.Checked:
                out.append(key[1])
        return out

    def leaf(self, kind: str, value: Any) -> QStandardItem | None:
        for leaf in self.leaves():
            if leaf.data(KEY_ROLE) == (kind, value):
                return leaf
        return None

    def set_checked(self, kind: str, value: Any, checked: bool) -> None:
        leaf = self.leaf(kind, value)
        if leaf is None:
            raise KeyError((kind, value))
        leaf.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _changed(self, item: QStandardItem) -> None:
        if self._syncing or item.column() != 0:
            return
        self._syncing = True
        try:
            if item.parent() is None and item.hasChildren():  # a group: tick or untick what can be
                state = item.checkState()
                if state != Qt.CheckState.PartiallyChecked:
                    for row in range(item.rowCount()):
                        child = item.child(row)
                        if child is not None and child.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                            child.setCheckState(state)
                self._update_group(item)
            elif item.parent() is not None:
                self._update_group(item.parent())
        finally:
            self._syncing = False

    def _update_group(self, group: QStandardItem) -> None:
        states = {
            child.checkState()
            for row in range(group.rowCount())
            if (child := group.child(row)) is not None and child.isCheckable()
        }
        if not states:
            state = Qt.CheckState.Unchecked
            group.setCheckable(False)
        elif states == {Qt.CheckState.Checked}:
            state = Qt.CheckState.Checked
        elif states == {Qt.CheckState.Unchecked}:
            state = Qt.CheckState.Unchecked
        else:
            state = Qt.CheckState.PartiallyChecked
        leaves = [c for row in range(group.rowCount()) if (c := group.child(row)) is not None]
        going = sum(1 for c in leaves if c.checkState() == Qt.CheckState.Checked)
        syncing, self._syncing = self._syncing, True
        group.setCheckState(state)
        summary = self.item(group.row(), 1)
        if summary is not None:
            summary.setText(self.tr("%d of %d go") % (going, len(leaves)))
        self._syncing = syncing


@dataclass
class _TermRow:
    term: terms.Term
    checked: bool
    values: dict[str, int]


class TermsModel(QAbstractTableModel):
    """The library's terms: tick to proffer; a term unticks the other term of its group; the
    parameter (days) is edited in the Setting column."""

    TERM, SETTING, SOURCE = range(3)
    PARAM_ROLE = Qt.ItemDataRole.UserRole + 2  # the terms.Param of the row, for the editor's range
    row_toggled = Signal(int)  # the row whose box was ticked or unticked (not the others of its group)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_TermRow] = []

    def load(self, kind: str) -> None:
        """Every term in the library, the kind's defaults ticked with their parameters."""
        library = terms.library()
        chosen = {c.term.id: c.values for c in terms.defaults(kind)}
        self.beginResetModel()
        self._rows = [
            _TermRow(term, term.id in chosen, dict(chosen.get(term.id) or {p.name: p.default for p in term.params}))
            for term in library.terms.values()
        ]
        self.endResetModel()

    def select(self, selection: list[tuple[str, dict[str, int]]] | tuple[tuple[str, dict[str, int]], ...]) -> None:
        """Tick exactly the terms of `selection` with its parameters (a plain choice); the rest unticked."""
        wanted = {term_id: values for term_id, values in selection}
        for row in self._rows:
            row.checked = row.term.id in wanted
            row.values = {p.name: p.default for p in row.term.params} | dict(wanted.get(row.term.id) or {})
        if self._rows:
            emit(self.dataChanged, self.index(0, 0), self.index(len(self._rows) - 1, self.SOURCE), [])

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.endResetModel()

    def selection(self) -> list[tuple[str, dict[str, int]]]:
        return [(row.term.id, dict(row.values)) for row in self._rows if row.checked]

    def term(self, row: int) -> terms.Term:
        return self._rows[row].term

    def row_of(self, term_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.term.id == term_id:
                return number
        raise KeyError(term_id)

    def chosen_text(self, row: int) -> terms.ChosenTerm:
        item = self._rows[row]
        return terms.ChosenTerm(item.term, dict(item.values))

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Term"), self.tr("Setting"), self.tr("Id"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.TERM:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.SETTING and self._rows[index.row()].term.params:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        param = row.term.params[0] if row.term.params else None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.TERM:
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TERM:
                return term_words.title(row.term, row.values)
            if column == self.SETTING:
                return f"{term_words.tr(param.label)}: {row.values[param.name]}" if param else ""
            return f"{row.term.id} v{row.term.version}"
        if role == Qt.ItemDataRole.EditRole and column == self.SETTING and param:
            return row.values[param.name]
        if role == Qt.ItemDataRole.ToolTipRole:
            return term_words.text(row.term, row.values)
        if role == self.PARAM_ROLE and param:
            return param
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.TERM:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            row.checked = checked
            emit(self.row_toggled, index.row())
            emit(self.dataChanged, index, self.index(index.row(), self.SOURCE), [role])
            if checked:  # one term of a group: the others of its group are unticked
                for number, other in enumerate(self._rows):
                    if other is not row and other.checked and other.term.group == row.term.group:
                        other.checked = False
                        changed = self.index(number, self.TERM)
                        emit(self.dataChanged, changed, changed, [role])
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.SETTING and row.term.params:
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False
            row.values[row.term.params[0].name] = number
            emit(self.dataChanged, self.index(index.row(), self.TERM), index, [])
            return True
        return False


class _LedgerPages(PageSource[Entry]):
    """The ledger newest first, or one vendor's entries; answers' kinds looked up a page at a time."""

    def __init__(self, db: Database, vendor_id: int | None, kinds: dict[str, str]) -> None:
        self._db, self._vendor_id, self._kinds = db, vendor_id, kinds

    def count(self) -> int:
        return ledger.count(self._db, vendor_id=self._vendor_id)

    def after(self, item: Entry, limit: int) -> list[Entry]:
        return self._known(ledger.page(self._db, limit=limit, vendor_id=self._vendor_id, older_than=item.seq))

    def before(self, item: Entry, limit: int) -> list[Entry]:
        return self._known(ledger.page(self._db, limit=limit, vendor_id=self._vendor_id, newer_than=item.seq))

    def at(self, start: int, limit: int, total: int) -> list[Entry]:
        return self._known(ledger.page_at(self._db, start, limit, total, vendor_id=self._vendor_id))

    def _known(self, page: list[Entry]) -> list[Entry]:
        answered = {str(e.data["answers"]) for e in page if e.data.get("type") != "share" and e.data.get("answers")}
        wanted = sorted(answered - self._kinds.keys())
        if len(self._kinds) > KINDS_KEPT:
            self._kinds.clear()
        self._kinds.update(ledger.kinds_answered(self._db, wanted))
        return page


KINDS_KEPT = 4 * PAGE_SIZE * MAX_PAGES


class LedgerModel(WindowedTableModel[Entry]):
    """Ledger entries, newest first: date, type, recipient or sender, kind, fields, terms, package.
    A window of pages (`windowed.PageWindow`): every entry is counted, only shown pages are read."""

    DATE, TYPE, WHO, KIND, FIELDS, TERMS, PACKAGE = range(7)
    ESSENTIAL = (DATE, TYPE, WHO, KIND)
    FREE_TEXT = (TERMS,)
    OPTIONAL = (PACKAGE, FIELDS)
    LONG_TEXT = (WHO,)
    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3
    HEADER_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def __init__(
        self, db: Database | None = None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE,
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__(db, parent, page_size=page_size, max_pages=max_pages)
        self._vendor_id: int | None = None
        self._kinds: dict[str, str] = {}  # package id -> kind, for answers
        self._headers = (
            self.tr("Date"), self.tr("Type"), self.tr("To / from"), self.tr("Kind"), self.tr("Fields"), self.tr("Terms"),
            self.tr("Package"),
        )
        self._window = self._new_window()

    def _source(self, db: Database) -> _LedgerPages:
        return _LedgerPages(db, self._vendor_id, self._kinds)

    @property
    def vendor_id(self) -> int | None:
        return self._vendor_id

    def show(self, db: Database | None, vendor_id: int | None) -> None:
        """The whole ledger (None) or one vendor's entries, counted again."""
        self._db, self._vendor_id = db, vendor_id
        self._kinds.clear()
        self.reload()

    def clear(self) -> None:
        """Forget every entry and the vault (it locked)."""
        self._vendor_id = None
        self._kinds.clear()
        self._forget()

    def entry(self, row: int) -> Entry:
        return self._existing_item(row)

    def row_of_package(self, package_id: str) -> int | None:
        """The row of the package's share in this list (one count query; None when not in it)."""
        row = self._window.find(lambda e: e.data.get("package") == package_id)
        if row is not None or self._db is None:
            return row
        return ledger.position_of_package(self._db, package_id, vendor_id=self._vendor_id)

    def _text(self, entry: Entry, column: int) -> str:  # noqa: PLR0911 (one answer per column)
        data = entry.data
        share = data.get("type") == "share"
        if column == self.DATE:
            return formatting.stamp_datetime_text(str(data.get("issued", "")))
        if column == self.TYPE:
            if share:
                return self.tr("share")
            if data.get("type") == "received-offer":
                return self.tr("answer: offer")
            if data.get("type") == "received-acknowledgement":
                if data.get("accepted") is False:  # the vendor refused her terms
                    return self.tr("answer: refusal")
                return self.tr("answer: acknowledgement")
            return str(data.get("type", "?"))
        if column == self.WHO:
            who = str(data.get("recipient" if share else "from", ""))
            return package_words(who) if who == "anyone" else who  # a published request's recipient
        if column == self.KIND:
            kind = str(data.get("kind") if share else self._kinds.get(str(data.get("answers", "")), ""))
            return package_words(KIND_TITLE.get(kind, kind))
        if column == self.FIELDS:
            return str(len(data.get("fields", []))) if share else ""
        if column == self.TERMS:  # titles in her language; the ids are in the tooltip
            return "; ".join(term_words.of_document(t)[0] for t in data.get("terms", []) if isinstance(t, dict))
        package = str(data.get("package" if share else "answers", ""))
        return package.removeprefix("urn:uuid:")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._item(index.row())
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.FIELDS:
                return "\n".join(map(str, entry.data.get("fields", []))) or None
            if index.column() == self.TERMS:
                return "\n".join(f"{term_words.of_document(t)[0]} ({term_words.detail(t)})"
                                 for t in entry.data.get("terms", []) if isinstance(t, dict)) or None
            return self._text(entry, index.column()) or None
        if role == self.ENTRY_ROLE:
            return entry
        return None
