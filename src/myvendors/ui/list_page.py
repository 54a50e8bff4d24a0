"""A page that is a heading, a count and one read-only list of rows (or, with none, a hint)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QListView, QStackedWidget, QVBoxLayout, QWidget

from myvendors.ui.models.rows import Row, RowListModel
from myvendors.ui.widgets import heading, secondary


class ListPage(QWidget):
    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.title = heading(title, scale=1.35, parent=self)
        self.count_label = secondary(parent=self)
        self.count_label.setWordWrap(False)
        self.model = RowListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setStyleSheet("QListView::item { padding: 4px 4px; }")
        self.empty = secondary(empty_text, parent=self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.stack, 1)

    def show_rows(self, rows: list[Row], count_text: str) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentIndex(1 if rows else 0)
        self.count_label.setText(count_text if rows else "")

    def select_where(self, matches: Callable[[Row], bool]) -> bool:
        for row, item in enumerate(self.model.rows()):
            if matches(item):
                index = self.model.index(row)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                self.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def clear(self) -> None:
        self.model.clear()
        self.count_label.clear()
        self.stack.setCurrentIndex(0)
