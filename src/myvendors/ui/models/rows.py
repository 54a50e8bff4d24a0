"""A short list of ready-made rows (overview sections, search results), optionally with group headers.

For lists that are small by construction (a service returned at most a few dozen items):
the rows are frozen values built from service dataclasses, replaced all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from myvendors.ui import icons

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Row:
    text: str
    detail: str = ""  # shown after the text, quieter (and in the tooltip)
    icon: str | None = None  # a name in resources/icons
    header: bool = False  # a group heading: shown, never selected
    payload: Any = None  # what the row stands for (a service value)


class RowListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows(())

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def selectable_rows(self) -> list[int]:
        return [n for n, row in enumerate(self._rows) if not row.header]

    # -- QAbstractListModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (views call it bare)
        return 0 if parent.isValid() else 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].header:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.text}  ·  {row.detail}" if row.detail else row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.text}\n{row.detail}" if row.detail else row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.text}, {row.detail}" if row.detail else row.text
        if role == Qt.ItemDataRole.DecorationRole and row.icon:
            return icons.icon(row.icon)
        if role == Qt.ItemDataRole.FontRole and row.header:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == ROW_ROLE:
            return row
        return None
