"""Measure what a window's tables and lists show: are the essential columns inside the viewport,
and does every visible text in them fit its cell (QFontMetrics, the way Qt decides to elide)?

`layout_problems(window)` returns sentences, one per problem (empty: all fits). The essential
columns of a table are its model's `ESSENTIAL` (ui/models/table.py); free-text columns (notes,
descriptions) may elide, and so may a name or title (`LONG_TEXT`) longer than
`widgets.LONG_TEXT_CHARS` average characters. Lists (the Overview's) must show every visible row whole. Used by
test_layout.py and the screenshot tests.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from myvendors.ui.widgets import LONG_TEXT_CHARS


def _shown(widget: QWidget, window: QWidget) -> bool:
    """On screen inside `window`: visible, with some width and height inside the window's rectangle."""
    if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().intersects(QRect(top_left, widget.size()))


def _text_room(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> int:
    """The width Qt's item delegate gives the text of `index` in `rect` (without its margins)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = rect
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    style = view.style()
    text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return text_rect.width() - 2 * margin


def _text_width(view: QAbstractItemView, index: QModelIndex) -> int:
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if font is not None else view.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _visible_rows(view: QAbstractItemView) -> range:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return range(0)
    viewport = view.viewport().rect()
    first = view.indexAt(viewport.topLeft()).row()
    last = view.indexAt(viewport.bottomLeft()).row()
    first = max(first, 0)
    last = model.rowCount() - 1 if last < 0 else last
    return range(first, last + 1)


def table_problems(view: QTableView, name: str = "") -> list[str]:
    model = view.model()
    name = name or view.accessibleName() or view.objectName() or type(view).__name__
    essential = tuple(getattr(model, "ESSENTIAL", ()))
    long_text = tuple(getattr(model, "LONG_TEXT", ()))
    cap = view.fontMetrics().averageCharWidth() * LONG_TEXT_CHARS  # longer names may elide (tooltip: whole)
    header = view.horizontalHeader()
    viewport = view.viewport().width()
    problems = []
    title_metrics = header.fontMetrics()
    title_margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in essential:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if view.isColumnHidden(column):
            problems.append(f"{name}: essential column {title!r} is hidden")
            continue
        left = header.sectionViewportPosition(column)
        width = header.sectionSize(column)
        if left < 0 or left + width > viewport:
            problems.append(f"{name}: column {title!r} at {left}..{left + width} is outside the viewport (0..{viewport})")
            continue
        if title_metrics.horizontalAdvance(title) + title_margin > width:
            problems.append(f"{name}: the title {title!r} is cut ({width} px)")
        for row in _visible_rows(view):
            index = model.index(row, column)
            room = _text_room(view, index, view.visualRect(index))
            needed = _text_width(view, index)
            if needed > room and not (column in long_text and needed > cap):
                problems.append(f"{name}: {title!r} row {row} {index.data()!r} needs {needed} px, has {room}")
    return problems


def list_problems(view: QListView, name: str = "") -> list[str]:
    name = name or view.accessibleName() or view.objectName() or type(view).__name__
    problems = []
    viewport = view.viewport().width()
    for row in _visible_rows(view):
        index = view.model().index(row, 0)
        rect = view.visualRect(index)
        rect.setRight(min(rect.right(), viewport - 1))
        room = _text_room(view, index, rect)
        needed = _text_width(view, index)
        if needed > room and view.wordWrap():  # wrapped at words: cut only if the lines need more height
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            lines = view.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, text)
            if lines.width() <= room and lines.height() <= rect.height():
                continue
            problems.append(f"{name}: row {row} {text!r} needs {lines.height()} px of height, has {rect.height()}")
        elif needed > room:
            problems.append(f"{name}: row {row} {index.data()!r} needs {needed} px, has {room}")
    return problems


def layout_problems(window: QWidget) -> list[str]:
    """Every shown table's essential columns and every shown list's rows, measured."""
    QApplication.processEvents()
    problems: list[str] = []
    for view in window.findChildren(QTableView):
        if _shown(view, window) and view.model() is not None and hasattr(view.model(), "ESSENTIAL"):
            problems += table_problems(view)
    for view in window.findChildren(QListView):
        if _shown(view, window) and view.model() is not None and view.objectName() != "pages":
            problems += list_problems(view)
    return problems
