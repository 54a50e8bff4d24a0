"""The vendors an import would add, as a table model with a tick per row (the import dialog's list).

Rows are the plan's drafts, in file order. A row is ticked when it will be imported; rows that
look like a vendor already in the vault (or an earlier row) start unticked, carry a warning icon
and say why in the Note column (in full in the tooltip).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from myvendors.domain.importing import ImportPlan
from myvendors.ui import icons
from myvendors.ui.i18n import translated
from myvendors.ui.qtcompat import emit

Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    NAME, NOTE, WEBSITE, EMAIL, PHONE, ORIGIN = range(6)

    ticks_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan: ImportPlan | None = None
        self._reasons: dict[int, str] = {}
        self._notes: dict[int, str] = {}
        self._ticked: list[bool] = []
        self._headers = (
            self.tr("Name"),
            self.tr("Note"),
            self.tr("Website"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("From"),
        )
        self._warning = icons.icon("warning")

    # -- the plan --------------------------------------------------------------------------
    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self._plan = plan
        self._reasons = {}
        self._notes = {}
        if plan is not None:
            for duplicate in plan.duplicates:
                self._reasons.setdefault(duplicate.index, translated(duplicate.reason))
                if duplicate.vendor_id is not None:
                    self._notes.setdefault(duplicate.index, self.tr("Already in the vault"))
                elif duplicate.other_index is not None:
                    self._notes.setdefault(duplicate.index, self.tr("Repeats %s") % translated(plan.origins[duplicate.other_index]))
        self._ticked = [i not in self._reasons for i in range(len(plan.drafts))] if plan is not None else []
        self.endResetModel()
        emit(self.ticks_changed)

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    def is_duplicate(self, row: int) -> bool:
        return row in self._reasons

    def ticked_count(self) -> int:
        return sum(self._ticked)

    def left_out(self) -> set[int]:
        """Indexes of the drafts not ticked: what `apply_vendor_import(leave_out=...)` takes."""
        return {row for row, ticked in enumerate(self._ticked) if not ticked}

    def set_duplicates_ticked(self, ticked: bool) -> None:
        """Tick (import) or untick every likely duplicate at once."""
        changed = False
        for row in self._reasons:
            if self._ticked[row] != ticked:
                self._ticked[row] = ticked
                changed = True
        if changed:
            top, bottom = self.index(0, self.NAME), self.index(len(self._ticked) - 1, self.NAME)
            emit(self.dataChanged, top, bottom, [Qt.ItemDataRole.CheckStateRole])
            emit(self.ticks_changed)

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._plan is None else len(self._plan.drafts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._plan is None or not 0 <= index.row() < len(self._plan.drafts):
            return None
        row, column = index.row(), index.column()
        draft = self._plan.drafts[row]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (draft.name, self._notes.get(row, ""), draft.website, draft.email, draft.phone,
                      translated(self._plan.origins[row]))
            return values[column] or "" if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and column == self.NOTE and row in self._reasons:
            return self._warning
        if role == Qt.ItemDataRole.ToolTipRole and row in self._reasons:
            return self._reasons[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and draft.notes:
            return draft.notes  # what goes into its notes: the contact person, the file's notes
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ORIGIN:
            return self._plan.origins[row]  # elided when several files are named
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.NAME or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self._plan is None or not 0 <= index.row() < len(self._ticked):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self._ticked[index.row()] = state == Qt.CheckState.Checked.value
        emit(self.dataChanged, index, index, [Qt.ItemDataRole.CheckStateRole])
        emit(self.ticks_changed)
        return True
