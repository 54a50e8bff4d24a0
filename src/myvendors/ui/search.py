"""Search as you type: a field for the toolbar and a list of grouped results floating below it.

The field keeps the keyboard while the results show (the list is a child of the window, not a
popup window that grabs input): Up/Down move through the hits, skipping group headings; Enter
opens the current hit; Escape closes the list. The search runs 150 ms after the last key.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from myvendors.domain.search import Hit, Results
from myvendors.ui import icons
from myvendors.ui.models.rows import ROW_ROLE, Row, RowListModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import FitListView

DEBOUNCE_MS = 150
PER_KIND = 6
POPUP_WIDTH = 440
POPUP_MAX_ROWS = 16

GROUP_TITLES = {
    "vendors": QT_TRANSLATE_NOOP("search", "Vendors"),
    "agreements": QT_TRANSLATE_NOOP("search", "Agreements"),
    "interactions": QT_TRANSLATE_NOOP("search", "Timeline"),
    "notes": QT_TRANSLATE_NOOP("search", "Notes"),
    "requests": QT_TRANSLATE_NOOP("search", "Requests"),
    "offers": QT_TRANSLATE_NOOP("search", "Offers"),
}
GROUP_ICONS = {
    "vendors": "vendor",
    "agreements": "calendar",
    "interactions": "timeline",
    "notes": "reputation",
    "requests": "request",
    "offers": "request",
}


def result_rows(results: Results) -> list[Row]:
    """Group headings, each followed by its hits."""
    rows: list[Row] = []
    for kind, hits in results.groups.items():
        rows.append(Row(QCoreApplication.translate("search", GROUP_TITLES.get(kind, kind.title())), header=True))
        for hit in hits:
            rows.append(Row(hit.title or hit.snippet, _detail(hit), GROUP_ICONS.get(kind), payload=hit))
    return rows


def _detail(hit: Hit) -> str:
    parts = []
    if hit.vendor_name and hit.kind != "vendors":
        parts.append(hit.vendor_name)
    if hit.snippet and hit.snippet != hit.title:
        parts.append(hit.snippet)
    return " · ".join(parts)


class _RowSizes(QStyledItemDelegate):
    """Sizes rows without laying each one out through the style (sheet) on every keystroke: a
    heading and a hit each have one height, and a width that is the text's advance plus what the
    style adds around it (the icon, margins, padding), both measured on the first row of each."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._measured: dict[tuple[bool, bool], tuple[int, int]] = {}  # (header, icon) -> (height, extra width)

    def forget(self) -> None:
        self._measured.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        row = index.data(ROW_ROLE)
        if not isinstance(row, Row):
            return super().sizeHint(option, index)
        key = (row.header, bool(row.icon))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        advance = QFontMetrics(font).horizontalAdvance(text) if font is not None else option.fontMetrics.horizontalAdvance(text)
        if key not in self._measured:
            size = super().sizeHint(option, index)
            self._measured[key] = (size.height(), size.width() - advance)
        height, extra = self._measured[key]
        return QSize(advance + extra, height)


class SearchPopup(FitListView):
    """The results list; shown by `SearchField` under itself, inside the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, max_rows=POPUP_MAX_ROWS)
        self.results = RowListModel(self)
        self.setModel(self.results)
        self.setAccessibleName(self.tr("Search results"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.sizes = _RowSizes(self)
        self.setItemDelegate(self.sizes)
        self.setStyleSheet("QListView::item { padding: 3px 4px; }")
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.sizes.forget()  # measured again in the new font or style
        super().changeEvent(event)

    def show_rows(self, rows: list[Row]) -> None:
        self.results.set_rows(rows)
        hits = self.results.selectable_rows()
        if hits:
            self.setCurrentIndex(self.results.index(hits[0]))

    def move_selection(self, step: int) -> None:
        hits = self.results.selectable_rows()
        if not hits:
            return
        current = self.currentIndex().row()
        position = hits.index(current) if current in hits else -1
        target = hits[max(0, min(len(hits) - 1, position + step))] if position >= 0 else hits[0]
        self.setCurrentIndex(self.results.index(target))

    def current_hit(self) -> Hit | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        row = self.results.row(index.row())
        return None if row.header else row.payload

    def clear(self) -> None:
        self.results.clear()
        self.hide()


class SearchField(QLineEdit):
    """Emits `hit_chosen(Hit)` when the user opens a result (Enter or a click)."""

    hit_chosen = Signal(object)

    def __init__(self, search: Callable[[str], Results] | None, popup_parent: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(240)
        self.setMaximumWidth(360)
        self.popup = SearchPopup(popup_parent)
        self.popup.clicked.connect(self._clicked)
        self.empty_row = Row(self.tr("No matches"), header=True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _: self.timer.start())
        self.textChanged.connect(self._text_changed)

    def set_search(self, search: Callable[[str], Results] | None) -> None:
        self._search = search

    def _text_changed(self, text: str) -> None:
        if not text.strip():  # cleared (the clear button or the user): nothing to show
            self.timer.stop()
            self.popup.clear()

    def run_search(self) -> None:
        text = self.text().strip()
        if not text or self._search is None:
            self.popup.clear()
            return
        rows = result_rows(self._search(text))
        self.popup.show_rows(rows or [self.empty_row])
        self._place_popup()

    def _place_popup(self) -> None:
        parent = self.popup.parentWidget()
        below = self.mapTo(parent, QPoint(0, self.height() + 2))
        width = max(POPUP_WIDTH, self.width())
        x = max(4, min(below.x() + self.width() - width, parent.width() - width - 4))
        height = min(self.popup.content_height(), parent.height() - below.y() - 8)
        self.popup.setGeometry(x, below.y(), width, height)
        self.popup.show()
        self.popup.raise_()
        self.popup.scrollToTop()  # the first group's heading stays in sight

    def _clicked(self, index: QModelIndex) -> None:
        row = self.popup.results.row(index.row())
        if not row.header:
            self._choose(row.payload)

    def _choose(self, hit: Hit) -> None:
        self.popup.hide()
        emit(self.hit_chosen, hit)

    def reset(self) -> None:
        """Forget the text and the results (the vault locks)."""
        self.timer.stop()
        self.clear()
        self.popup.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.popup.hide()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            if not self.popup.isVisible() and self.text().strip():
                self.run_search()
            self.popup.move_selection(1 if key == Qt.Key.Key_Down else -1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.timer.isActive():  # typed and pressed Enter before the pause: search now
                self.timer.stop()
                self.run_search()
            hit = self.popup.current_hit() if self.popup.isVisible() else None
            if hit is not None:
                self._choose(hit)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            QTimer.singleShot(0, self._hide_unless_focused)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()
