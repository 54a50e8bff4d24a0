"""The Reputation page: every note across vendors, newest first, in a table — date, vendor, author
(me, or a trusted contact: never mixed up), the ratings per dimension and their average, tags and
the first line of the text — with filters by minimum average rating, tag and author.

Double-click or Enter on a note emits `vendor_chosen(vendor id)`; the main window opens that vendor.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import reputation
from myvendors.storage import Database
from myvendors.ui.models.reputation import ME, NoteFilter, NoteTableModel
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import ColumnFitter, PageHeader, secondary

EVERYONE = None  # the author combo's data for "Everyone" (ME, "", is "only my notes")


class ReputationPage(QWidget):
    vendor_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: PLR0915 (builds the page's widgets in reading order)
        super().__init__(parent)
        self.setAccessibleName(self.tr("Reputation"))
        self._db: Database | None = None
        self.header = PageHeader(self.tr("Reputation"), self)
        self.title, self.count_label = self.header.title, self.header.count_label
        self.model = NoteTableModel(None, self)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Notes"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)
        ColumnFitter(  # from samples and the rows on screen, never every row: a hidden view would read them all
            self.view,
            {
                NoteTableModel.DATE: "2026-12-31",
                NoteTableModel.VENDOR: "A vendor with a long name",
                NoteTableModel.AUTHOR: "Sam Rivera",
                **{column: "5" for column in NoteTableModel.RATINGS},
                NoteTableModel.AVERAGE: "4.5",
                NoteTableModel.TAGS: "#billing #support",
            },
            stretch=NoteTableModel.TEXT,
        )
        self.view.activated.connect(self._activated)

        self.rating_combo = QComboBox(self)
        self.rating_combo.setAccessibleName(self.tr("Minimum average rating"))
        self.rating_combo.addItem(self.tr("Any"), None)
        for stars in (2, 3, 4, 5):
            self.rating_combo.addItem(self.tr("%d ★ and up") % stars if stars < 5 else self.tr("5 ★"), stars)
        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.author_combo = QComboBox(self)
        self.author_combo.setAccessibleName(self.tr("Author"))
        self.author_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_tags([])
        self._fill_authors([])
        for combo in (self.rating_combo, self.tag_combo, self.author_combo):
            combo.currentIndexChanged.connect(lambda _: self._filters_changed())
        rating_label = QLabel(self.tr("&Rating:"), self)
        rating_label.setBuddy(self.rating_combo)
        tag_label = QLabel(self.tr("T&ag:"), self)
        tag_label.setBuddy(self.tag_combo)
        author_label = QLabel(self.tr("A&uthor:"), self)
        author_label.setBuddy(self.author_combo)
        self.reset_button = QPushButton(self.tr("Show a&ll"), self)
        self.reset_button.setAccessibleName(self.tr("Show all notes"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.reset_button.setEnabled(False)

        self.empty = secondary(
            self.tr("No notes yet. Your dated notes and ratings about vendors gather here, newest first."), parent=self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for label, combo in ((rating_label, self.rating_combo), (tag_label, self.tag_combo), (author_label, self.author_combo)):
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(12)
        filters.addWidget(self.reset_button)
        filters.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 14, 16, 10)
        column.setSpacing(10)
        column.addWidget(self.header)
        column.addLayout(filters)
        column.addWidget(self.stack, 1)
        self.setTabOrder(self.rating_combo, self.tag_combo)
        self.setTabOrder(self.tag_combo, self.author_combo)
        self.setTabOrder(self.author_combo, self.reset_button)
        self.setTabOrder(self.reset_button, self.view)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())

    # -- filters ---------------------------------------------------------------------------
    def _fill_tags(self, tags: list[str]) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        self.tag_combo.setCurrentIndex(max(0, self.tag_combo.findData(current)) if current is not None else 0)
        self.tag_combo.blockSignals(False)

    def _fill_authors(self, authors: list[str]) -> None:
        current = self.author_combo.currentData()
        self.author_combo.blockSignals(True)
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("Everyone"), EVERYONE)
        self.author_combo.addItem(self.tr("Me"), ME)
        for author in authors:
            self.author_combo.addItem(author, author)
        found = self.author_combo.findData(current) if current is not None else 0
        self.author_combo.setCurrentIndex(max(0, found))
        self.author_combo.blockSignals(False)

    def current_filter(self) -> NoteFilter:
        rating = self.rating_combo.currentData()
        tag = self.tag_combo.currentData()
        author = self.author_combo.currentData()
        return NoteFilter(
            min_rating=int(rating) if rating is not None else None,
            tag=str(tag) if tag is not None else None,
            author=str(author) if author is not None else None,
        )

    def set_filter(self, *, min_rating: int | None = None, tag: str | None = None, author: str | None = None) -> None:
        """Choose the filters as the combos would (author: None everyone, ME mine, or a contact's name)."""
        for combo, value in ((self.rating_combo, min_rating), (self.tag_combo, tag), (self.author_combo, author)):
            combo.blockSignals(True)
            index = combo.findData(value) if value is not None else 0
            if index < 0:
                raise ValueError(f"{combo.accessibleName()}: no choice {value!r}")
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._filters_changed()

    def reset_filters(self) -> None:
        self.set_filter()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filters_changed(self) -> None:
        wanted = self.current_filter()
        self.reset_button.setEnabled(wanted.active)
        self.model.set_filter(wanted)

    # -- page API (the main window calls these) --------------------------------------------
    def refresh(self, db: Database) -> None:
        self._db = db
        self._fill_tags(reputation.note_tags(db))
        self._fill_authors(reputation.authors(db))
        wanted = self.current_filter()
        self.reset_button.setEnabled(wanted.active)
        self.model.set_database(db, wanted)

    def clear(self) -> None:
        self._db = None
        self.model.clear()
        self._fill_tags([])
        self._fill_authors([])
        self.rating_combo.blockSignals(True)
        self.rating_combo.setCurrentIndex(0)
        self.rating_combo.blockSignals(False)
        self.reset_button.setEnabled(False)
        self.count_label.clear()
        self.stack.setCurrentIndex(0)

    # -- showing ---------------------------------------------------------------------------
    def _update_count(self) -> None:
        rows = self.model.rowCount()
        filtered = self.model.filter.active
        if rows == 0:
            self.count_label.setText(self.tr("no notes match") if filtered and self._db is not None else "")
            show_table = filtered and self._db is not None  # keep the header, so the filters make sense
        else:
            more = "+" if self.model.has_more() else ""
            self.count_label.setText(self.tr("1 note") if rows == 1 and not more else self.tr("%s notes") % f"{rows}{more}")
            show_table = True
        self.stack.setCurrentIndex(1 if show_table else 0)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            emit(self.vendor_chosen, self.model.note(index.row()).vendor_id)
