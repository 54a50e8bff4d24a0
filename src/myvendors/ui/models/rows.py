"""A short list of ready-made rows (overview sections, search results), optionally with group headers.

For lists that are small by construction (a service returned at most a few dozen items):
the rows are frozen values built from service dataclasses, replaced all at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from myvendors.ui import icons, theme

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
# Roles as plain ints, compared once per call: views ask data() a few hundred times per reset
# (sizes, paint, accessibility), and comparing against Qt's enum members each time showed.
_DISPLAY, _TOOLTIP, _ACCESSIBLE, _DECORATION, _FONT, _FOREGROUND, _ROW = (
    int(r.value) if hasattr(r, "value") else int(r)
    for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
              Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, ROW_ROLE)
)
# Ink for rows that must stand out (always with an icon and words too, never colour alone), readable
# on the light and the dark window: (light, dark).
TONES = {
    "overdue": ("#b3261e", "#ff8f87"),
    "soon": ("#8a5300", "#f5c36b"),
}
_HEADER_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


@dataclass(frozen=True)
class Row:
    text: str
    detail: str = ""  # shown after the text, quieter (and in the tooltip)
    icon: str | None = None  # a name in resources/icons
    header: bool = False  # a group heading: shown, never selected
    payload: Any = None  # what the row stands for (a service value)
    tone: str | None = None  # "overdue" or "soon": drawn in that ink (see TONES)
    flag: str = ""  # words saying why it stands out ("Overdue"), first in the tooltip and accessible text


def tone_colour(tone: str) -> QColor:
    """The ink of a tone in the current theme (asked at paint time: a live theme switch follows)."""
    light, dark = TONES[tone]
    return QColor(dark if theme.is_dark() else light)


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
            if not row.icon:
                return None
            return icons.toned(row.icon, tone_colour(row.tone).name()) if row.tone else icons.icon(row.icon)
        if role == _FONT:
            return _heading_font() if row.header else None
        if role == _ROW:
            return row
        if role == _FOREGROUND:
            return tone_colour(row.tone) if row.tone else None
        if role == _TOOLTIP:
            text = f"{row.text}\n{row.detail}" if row.detail else row.text
            return f"{row.flag}: {text}" if row.flag else text
        if role == _ACCESSIBLE:
            text = f"{row.text}, {row.detail}" if row.detail else row.text
            return f"{row.flag}: {text}" if row.flag else text
        return None


def _heading_font() -> QFont:
    font = QFont()
    font.setWeight(QFont.Weight.DemiBold)
    return font
