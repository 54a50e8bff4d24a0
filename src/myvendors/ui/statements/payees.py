"""The statement import's payee step: one row per payee with the vendor its lines go to.

`PayeeModel` holds the plan's payee groups and her choice for each (the matched vendor, a new
vendor with an editable name, another vendor of the vault, or skip). `PayeeStep` shows them as a
table with a form under it for the selected row: the table is read with the arrow keys, Tab goes
to the form's vendor choice and the new vendor's name, so every choice is made by keyboard. The
summary line above says what the import will do ("312 lines, 40 already there, 5 new vendors").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from myvendors.ui import icons
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import record_table, secondary

Index = QModelIndex | QPersistentModelIndex

#: what a payee's lines go to
MATCHED, NEW, SKIP, OTHER = "matched", "new", "skip", "other"


@dataclasses.dataclass(frozen=True)
class PayeeRow:
    """One payee of the plan, as the step shows it (built from the domain's payee group)."""

    key: str  # the normalised payee: what the choice is remembered by
    payee: str  # as the statement writes it (the first line's)
    lines: int
    total: str  # per currency, e.g. "107.88 EUR" or "12.00 EUR, 5.00 USD"
    already: int  # lines already in the vault
    vendor_id: int | None  # the matched vendor
    vendor_name: str  # its name ("" when none matched)
    how: str  # how it was matched, for people ("your earlier choice", "website", "name")
    new_name: str  # the proposed new vendor's name
    skipped: bool  # skipped by her earlier choice


@dataclasses.dataclass
class Choice:
    """Her choice for one payee: `kind` is MATCHED, NEW, SKIP or OTHER (with `vendor_id`)."""

    kind: str
    vendor_id: int | None = None
    name: str = ""


def first_choice(row: PayeeRow) -> Choice:
    if row.skipped:
        return Choice(SKIP)
    if row.vendor_id is not None:
        return Choice(MATCHED, row.vendor_id, row.vendor_name)
    return Choice(NEW, None, row.new_name)


def _data(kind: str, vendor_id: int | None = None) -> str:
    """A vendor choice's item data: "new", "skip", "matched:12", "other:40"."""
    return f"{kind}:{vendor_id}" if vendor_id is not None else kind


class PayeeModel(QAbstractTableModel):
    PAYEE, LINES, TOTAL, ALREADY, VENDOR = range(5)

    choices_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PayeeRow] = []
        self._choices: list[Choice] = []
        self._vendor_names: dict[int, str] = {}
        self._headers = (self.tr("Payee"), self.tr("Lines"), self.tr("Total"), self.tr("Already there"), self.tr("Goes to"))
        self._new_icon = icons.icon("add")
        self._vendor_icon = icons.icon("vendor")

    def set_rows(self, rows: Sequence[PayeeRow], vendor_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._choices = [first_choice(row) for row in self._rows]
        self._vendor_names = dict(vendor_names)
        self.endResetModel()
        emit(self.choices_changed)

    def row(self, row: int) -> PayeeRow:
        return self._rows[row]

    def choice(self, row: int) -> Choice:
        return self._choices[row]

    def choices(self) -> list[tuple[PayeeRow, Choice]]:
        return list(zip(self._rows, self._choices, strict=True))

    def set_choice(self, row: int, choice: Choice) -> None:
        if not 0 <= row < len(self._rows) or self._choices[row] == choice:
            return
        self._choices[row] = choice
        emit(self.dataChanged, self.index(row, self.VENDOR), self.index(row, self.VENDOR))
        emit(self.choices_changed)

    def counts(self) -> tuple[int, int, int, int]:
        """(lines in the file, lines already there, new vendors to make, lines skipped); a payee
        whose lines are all there already makes no vendor."""
        lines = sum(row.lines for row in self._rows)
        already = sum(row.already for row in self._rows)
        new = len({
            c.name.strip().casefold()
            for row, c in zip(self._rows, self._choices, strict=True)
            if c.kind == NEW and c.name.strip() and row.lines > row.already
        })
        skipped = sum(row.lines - row.already for row, c in zip(self._rows, self._choices, strict=True) if c.kind == SKIP)
        return lines, already, new, skipped

    def choice_text(self, row: int) -> str:
        choice, payee = self._choices[row], self._rows[row]
        if choice.kind == SKIP:
            return self.tr("Skip (not imported)")
        if choice.kind == NEW:
            return self.tr("New vendor: %s") % choice.name if choice.name.strip() else self.tr("New vendor (no name yet)")
        if choice.kind == MATCHED:
            return self.tr("%s (%s)") % (payee.vendor_name, payee.how) if payee.how else payee.vendor_name
        return self._vendor_names.get(choice.vendor_id or 0, "")

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.LINES, self.TOTAL, self.ALREADY):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911 (one answer per role and column)
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = index.row(), index.column()
        payee = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.PAYEE:
                return payee.payee
            if column == self.LINES:
                return f"{payee.lines:,}"
            if column == self.TOTAL:
                return payee.total
            if column == self.ALREADY:
                return f"{payee.already:,}" if payee.already else "–"
            if column == self.VENDOR:
                return self.choice_text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.LINES, self.TOTAL, self.ALREADY):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DecorationRole and column == self.VENDOR:
            kind = self._choices[row].kind
            return self._new_icon if kind == NEW else self._vendor_icon if kind in (MATCHED, OTHER) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.VENDOR and self._choices[row].kind == SKIP:
            return None  # the view's own colour; the text says "Skip"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PAYEE:
            return payee.payee
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ALREADY and payee.already:
            return (self.tr("1 line of this payee is already in the vault; it is not added again.")
                    if payee.already == 1
                    else self.tr("%d lines of this payee are already in the vault; they are not added again.") % payee.already)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.VENDOR:
            return self.choice_text(row)
        return None


class PayeeStep(QWidget):
    """The table of payees and, under it, the choice for the selected one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.hint = secondary(
            self.tr("Choose where each payee's lines go: the vendor found for it, a new vendor, another "
                    "vendor, or skip them. Your choices are remembered for the next statement."),
            parent=self,
            small=True,
        )
        self.model = PayeeModel(self)
        self.view = record_table(self, self.model, self.tr("Payees in the statement"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        self.view.setSelectionMode(self.view.SelectionMode.SingleSelection)

        self.form = QWidget(self)
        grid = QGridLayout(self.form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.payee_label = QLabel(self.form)
        self.payee_label.setStyleSheet("font-weight: 600;")
        self.payee_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.vendor_combo = QComboBox(self.form)
        self.vendor_combo.setAccessibleName(self.tr("Where this payee's lines go"))
        self.vendor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.vendor_combo.setMinimumContentsLength(24)
        self.vendor_combo.setMaxVisibleItems(16)
        vendor_label = QLabel(self.tr("&Goes to"), self.form)
        vendor_label.setBuddy(self.vendor_combo)
        self.name_edit = QLineEdit(self.form)
        self.name_edit.setAccessibleName(self.tr("The new vendor's name"))
        self.name_edit.setMaxLength(200)
        self.name_label = QLabel(self.tr("New vendor's &name"), self.form)
        self.name_label.setBuddy(self.name_edit)
        grid.addWidget(self.payee_label, 0, 0, 1, 4)
        grid.addWidget(vendor_label, 1, 0, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.vendor_combo, 1, 1)
        grid.addWidget(self.name_label, 1, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.name_edit, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.summary)
        column.addWidget(self.hint)
        column.addWidget(self.view, 1)
        column.addWidget(self.form)

        self._vendors: list[tuple[int, str]] = []
        self._head = 0  # the selected payee's own choices at the top of the vendor combo
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row(current.row()))
        self.vendor_combo.currentIndexChanged.connect(self._vendor_chosen)
        self.name_edit.textEdited.connect(self._name_edited)
        self.model.choices_changed.connect(self.changed)
        self.setTabOrder(self.view, self.vendor_combo)
        self.setTabOrder(self.vendor_combo, self.name_edit)

    def set_rows(self, rows: Sequence[PayeeRow], vendors: Sequence[tuple[int, str]]) -> None:
        """Show the plan's payees; `vendors` are the vault's (id, name) to choose from."""
        self._vendors = list(vendors)
        self.model.set_rows(rows, dict(self._vendors))
        combo = self.vendor_combo
        combo.blockSignals(True)
        combo.clear()  # the vault's vendors once; each payee's own choices go on top (`_show_row`)
        self._head = 0
        if self._vendors:
            combo.insertSeparator(0)
            for vendor_id, name in self._vendors:
                combo.addItem(name, _data(OTHER, vendor_id))
        combo.blockSignals(False)
        header = self.view.horizontalHeader()
        for section in range(self.model.columnCount() - 1):  # the last one stretches to the edge
            self.view.resizeColumnToContents(section)
        header.resizeSection(PayeeModel.PAYEE, min(max(header.sectionSize(PayeeModel.PAYEE), 160), 300))
        if rows:
            self.select(0)
        self._show_row(0 if rows else -1)

    def select(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _show_row(self, row: int) -> None:
        """The form for payee `row`: its vendor choice and new vendor's name."""
        shown = 0 <= row < self.model.rowCount()
        self.form.setEnabled(shown)
        combo = self.vendor_combo
        combo.blockSignals(True)
        for _ in range(self._head):
            combo.removeItem(0)
        self._head = 0
        if not shown:
            self.payee_label.clear()
            self.name_edit.clear()
            combo.blockSignals(False)
            return
        payee, choice = self.model.row(row), self.model.choice(row)
        self.payee_label.setText(payee.payee)
        head: list[tuple[QIcon | None, str, str]] = []
        if payee.vendor_id is not None:
            text = self.tr("%s (%s)") % (payee.vendor_name, payee.how) if payee.how else payee.vendor_name
            head.append((icons.icon("vendor"), text, _data(MATCHED, payee.vendor_id)))
        head.append((icons.icon("add"), self.tr("A new vendor"), _data(NEW)))
        head.append((None, self.tr("Skip: do not import these lines"), _data(SKIP)))
        for at, (icon, text, data) in enumerate(head):
            if icon is None:
                combo.insertItem(at, text, data)
            else:
                combo.insertItem(at, icon, text, data)
        self._head = len(head)
        wanted = _data(choice.kind, choice.vendor_id if choice.kind in (MATCHED, OTHER) else None)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self.name_edit.setText(choice.name if choice.kind == NEW else payee.new_name)
        self._show_name(choice.kind == NEW)

    def _show_name(self, shown: bool) -> None:
        self.name_edit.setEnabled(shown)
        self.name_label.setEnabled(shown)

    def _vendor_chosen(self, _: int) -> None:
        row = self.view.currentIndex().row()
        data = self.vendor_combo.currentData()
        if not 0 <= row < self.model.rowCount() or not data:
            return
        kind, _sep, number = str(data).partition(":")
        vendor_id = int(number) if number else None
        if kind == NEW:
            name = self.name_edit.text().strip() or self.model.row(row).new_name
            self.name_edit.setText(name)
            self.model.set_choice(row, Choice(NEW, None, name))
        elif kind == SKIP:
            self.model.set_choice(row, Choice(SKIP))
        else:
            self.model.set_choice(row, Choice(kind, vendor_id, self.vendor_combo.currentText()))
        self._show_name(kind == NEW)

    def _name_edited(self, text: str) -> None:
        row = self.view.currentIndex().row()
        if 0 <= row < self.model.rowCount() and self.model.choice(row).kind == NEW:
            self.model.set_choice(row, Choice(NEW, None, text))
