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
# Roles as plain ints, compared once per call: views ask data() a few hundred times per reset
# (sizes, paint, accessibility), and comparing against Qt's enum members each time showed.
_DISPLAY, _TOOLTIP, _ACCESSIBLE, _DECORATION, _FONT, _ROW = (
    int(r.value) if hasattr(r, "value") else int(r)
    for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
              Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole, ROW_ROLE)
)
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


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
        return _HEADER_FLAGS if self._rows[index.row()].header else _ROW_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not 0 <= number < len(self._rows) or not index.isValid():
            return None
        row = self._rows[number]
        role = int(role)
        if role == _DISPLAY:
            return f"{row.text}  ·  {row.detail}" if row.detail else row.text
        if role == _DECORATION:
            return icons.icon(row.icon) if row.icon else None
        if role == _FONT:
            return _heading_font() if row.header else None
        if role == _ROW:
            return row
        if role == _TOOLTIP:
            return f"{row.text}\n{row.detail}" if row.detail else row.text
        if role == _ACCESSIBLE:
            return f"{row.text}, {row.detail}" if row.detail else row.text
        return None


def _heading_font() -> QFont:
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    return font
