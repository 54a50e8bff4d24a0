"""The main window's sidebar: its pages by name and icon at the left, a divider, the page shown."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from myvendors.ui import icons

MIN_WIDTH = 168


class Sidebar(QListWidget):
    """The list of pages; `add_page` puts a page in it and in `pages`, the stack that shows them."""

    def __init__(self, pages: QStackedWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self.setAccessibleName(self.tr("Pages"))
        self.setIconSize(QSize(20, 20))
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setStyleSheet("QListWidget { padding-top: 8px; } QListWidget::item { padding: 6px 8px; }")
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setFixedWidth(MIN_WIDTH)

    def add_page(self, title: str, icon_name: str, page: QWidget) -> None:
        QListWidgetItem(icons.icon(icon_name), title, self)
        self._pages.addWidget(page)
        # as wide as its widest title needs (a long word in another language), never narrower than before
        self.setFixedWidth(max(MIN_WIDTH, self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4))

    def lay_out(self, central: QWidget) -> None:
        """`central`: the sidebar, a thin divider, and the page stack taking the rest."""
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self)
        divider = QWidget(central)
        divider.setFixedWidth(1)
        divider.setAutoFillBackground(True)
        divider.setBackgroundRole(QPalette.ColorRole.Mid)
        layout.addWidget(divider)
        layout.addWidget(self._pages, 1)
