"""The statement import's first step: the account, and for a CSV file its columns, with a live preview.

For an OFX file the step shows the account (from the file) and its first lines. For a CSV file
it shows a column chooser per field (date, amount or debit and credit, payee, memo, currency or a
fixed currency), the date format, the decimal separator and how money out is written, and under
them the first rows as they will be read with those choices. When more than one date format reads
every date (31.12.2024 and 12/31/2024 look alike on 01.02.2024), none is chosen for her: the
date format says "Choose…" and `blocker()` tells the dialog why Next waits.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain import statements
from myvendors.domain.statements import CsvLayout, CsvMapping, LineProblem, Statement, StatementLine
from myvendors.errors import QT_TRANSLATE_NOOP, MyVendorsError
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.i18n import error_text, translated
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import record_table, secondary

PREVIEW_ROWS = 8
_NONE = ""

#: the column choosers, by CsvMapping field: their labels (mnemonics unique within the dialog)
_COLUMN_LABELS = {
    "date": QT_TRANSLATE_NOOP("StatementReadStep", "&Date"),
    "payee": QT_TRANSLATE_NOOP("StatementReadStep", "&Payee"),
    "memo": QT_TRANSLATE_NOOP("StatementReadStep", "M&emo"),
    "amount": QT_TRANSLATE_NOOP("StatementReadStep", "A&mount"),
    "debit": QT_TRANSLATE_NOOP("StatementReadStep", "Debi&t (money out)"),
    "credit": QT_TRANSLATE_NOOP("StatementReadStep", "C&redit (money in)"),
    "currency": QT_TRANSLATE_NOOP("StatementReadStep", "C&urrency"),
}
_REQUIRED = ("date", "payee")
#: each column chooser's name for screen readers, by field
_COLUMN_NAMES = {
    "date": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the date"),
    "payee": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the payee"),
    "memo": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the memo"),
    "amount": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the amount"),
    "debit": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the debit (money out)"),
    "credit": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the credit (money in)"),
    "currency": QT_TRANSLATE_NOOP("StatementReadStep", "Column for the currency"),
}
#: why Next waits when a required column is not chosen, by field
_MISSING = {
    "date": QT_TRANSLATE_NOOP("StatementReadStep", "Choose the column that holds the date."),
    "payee": QT_TRANSLATE_NOOP("StatementReadStep", "Choose the column that holds the payee."),
}

#: strptime directives as people write a date's pattern (German writes TT.MM.JJJJ)
_PATTERN = {
    "%d": QT_TRANSLATE_NOOP("StatementReadStep", "DD"),
    "%m": QT_TRANSLATE_NOOP("StatementReadStep", "MM"),
    "%Y": QT_TRANSLATE_NOOP("StatementReadStep", "YYYY"),
    "%y": QT_TRANSLATE_NOOP("StatementReadStep", "YY"),
    "%b": QT_TRANSLATE_NOOP("StatementReadStep", "Mon"),
    "%B": QT_TRANSLATE_NOOP("StatementReadStep", "Month"),
    "%e": QT_TRANSLATE_NOOP("StatementReadStep", "D"),
    "%j": QT_TRANSLATE_NOOP("StatementReadStep", "DDD"),
}


def human_format(fmt: str) -> str:
    """"%d.%m.%Y" -> "DD.MM.YYYY" (what a person recognises, in her language)."""
    text = fmt
    for directive, pattern in _PATTERN.items():
        text = text.replace(directive, QCoreApplication.translate("StatementReadStep", pattern))
    return text


def _parse(value: str, fmt: str) -> date | None:
    try:
        return datetime.strptime(value.strip(), fmt).date()
    except ValueError:
        return None


def telling_example(values: Sequence[str], formats: Sequence[str]) -> str | None:
    """The first value that the formats read as different days (what shows why she must choose);
    else the first one any of them reads."""
    first: str | None = None
    for value in values:
        if not value.strip():
            continue
        days = {_parse(value, fmt) for fmt in formats}
        days.discard(None)
        if len(days) > 1:
            return value.strip()
        if first is None and days:
            first = value.strip()
    return first


def _long_date(day: date) -> str:
    """1 Feb 2018, with her locale's month names (`formatting`; never digits: they are what is in doubt)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def preview_cut(data: bytes, layout: CsvLayout, rows: int = PREVIEW_ROWS) -> bytes:
    """The start of a CSV: the preamble, the header and enough lines for `rows` records (a record
    may span lines), so that the preview reads a few rows, not a ten-year statement."""
    wanted = layout.header_line + 4 * rows + 8
    at = -1
    for _ in range(wanted):
        at = data.find(b"\n", at + 1)
        if at < 0:
            return data
    return data[: at + 1]


class StatementReadStep(QWidget):
    """Account and (CSV) columns; emits `changed` whenever what Next would read changes."""

    changed = Signal()
    currency_given = Signal(str)  # an OFX file that names no currency: the one she typed (3 letters)

    def __init__(self, parent: QWidget | None = None) -> None:  # noqa: PLR0915 (builds the step's widgets in reading order)
        super().__init__(parent)
        self._data = b""
        self._name = ""
        self._layout: CsvLayout | None = None
        self._statement: Statement | None = None
        self._date_formats: tuple[str, ...] = ()
        self._preview_error = ""

        self.account_edit = QLineEdit(self)
        self.account_edit.setAccessibleName(self.tr("Account"))
        self.account_edit.setMaxLength(120)
        self.account_edit.setPlaceholderText(self.tr("e.g. Current account, Visa card"))
        account_label = QLabel(self.tr("Acc&ount"), self)
        account_label.setBuddy(self.account_edit)
        self.account_hint = secondary(
            self.tr("Lines are recognised again by account: use the same name for every statement of this account, "
                    "and a statement imported twice adds nothing twice."),
            parent=self,
            small=True,
        )
        account_row = QGridLayout()
        account_row.setContentsMargins(0, 0, 0, 0)
        account_row.setHorizontalSpacing(8)
        account_row.addWidget(account_label, 0, 0)
        account_row.addWidget(self.account_edit, 0, 1)
        account_row.addWidget(self.account_hint, 1, 1)
        account_row.setColumnStretch(1, 1)
        self.ofx_currency = QLineEdit(self)
        self.ofx_currency.setAccessibleName(self.tr("Currency of the lines that name none"))
        self.ofx_currency.setMaxLength(3)
        self.ofx_currency.setPlaceholderText("EUR")
        self.ofx_currency.setMaximumWidth(self.ofx_currency.fontMetrics().horizontalAdvance("WWWWWW") + 16)
        self.ofx_currency_label = QLabel(self.tr("Currenc&y"), self)
        self.ofx_currency_label.setBuddy(self.ofx_currency)
        self.ofx_currency_hint = secondary(
            self.tr("The file names no currency for its lines: type the currency of this account (e.g. EUR)."),
            parent=self,
            small=True,
        )
        account_row.addWidget(self.ofx_currency_label, 2, 0)
        account_row.addWidget(self.ofx_currency, 2, 1)
        account_row.addWidget(self.ofx_currency_hint, 3, 1)
        self._show_ofx_currency(False)

        self.columns_box = QWidget(self)
        grid = QGridLayout(self.columns_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        self.columns_title = QLabel(self.tr("Columns"), self.columns_box)
        self.columns_title.setStyleSheet("font-weight: 600;")
        grid.addWidget(self.columns_title, 0, 0, 1, 6)
        self.column_combos: dict[str, QComboBox] = {}
        self.format_combo = self._combo(self.tr("Date format"))
        self.format_combo.setMinimumContentsLength(32)
        self.decimal_combo = self._combo(self.tr("Decimal separator"))
        self.decimal_combo.addItem(self.tr("Point: 1,234.56"), ".")
        self.decimal_combo.addItem(self.tr("Comma: 1.234,56"), ",")
        self.sign_combo = self._combo(self.tr("How money out is written"))
        self.sign_combo.addItem(self.tr("Negative: −12.50"), True)
        self.sign_combo.addItem(self.tr("Positive: 12.50"), False)
        self.fixed_currency = QLineEdit(self.columns_box)
        self.fixed_currency.setAccessibleName(self.tr("Currency of every line"))
        self.fixed_currency.setMaxLength(3)
        self.fixed_currency.setPlaceholderText("EUR")
        for field in _COLUMN_LABELS:
            self.column_combos[field] = self._combo(QCoreApplication.translate("StatementReadStep", _COLUMN_NAMES[field]))
        cells: tuple[tuple[str, QWidget], ...] = (
            (_COLUMN_LABELS["date"], self.column_combos["date"]),
            (QT_TRANSLATE_NOOP("StatementReadStep", "Date &format"), self.format_combo),
            (_COLUMN_LABELS["payee"], self.column_combos["payee"]),
            (_COLUMN_LABELS["amount"], self.column_combos["amount"]),
            (_COLUMN_LABELS["debit"], self.column_combos["debit"]),
            (_COLUMN_LABELS["credit"], self.column_combos["credit"]),
            (QT_TRANSLATE_NOOP("StatementReadStep", "Money out &is"), self.sign_combo),
            (QT_TRANSLATE_NOOP("StatementReadStep", "Decimal &separator"), self.decimal_combo),
            (_COLUMN_LABELS["memo"], self.column_combos["memo"]),
            (_COLUMN_LABELS["currency"], self.column_combos["currency"]),
            (QT_TRANSLATE_NOOP("StatementReadStep", "or fi&xed currency"), self.fixed_currency),
        )
        for position, (text, widget) in enumerate(cells):
            label = QLabel(QCoreApplication.translate("StatementReadStep", text), self.columns_box)
            label.setBuddy(widget)
            row, pair = divmod(position, 3)
            grid.addWidget(label, 1 + row, pair * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, 1 + row, pair * 2 + 1)
        for pair in range(3):
            grid.setColumnStretch(pair * 2 + 1, 1)

        self.preview_label = QLabel(self.tr("The first lines as they will be read"), self)
        self.preview_label.setStyleSheet("font-weight: 600;")
        self.preview_model = QStandardItemModel(0, 5, self)
        self.preview_model.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Date"), self.tr("Amount"), self.tr("Payee"), self.tr("Memo")]
        )
        self.preview = record_table(self, self.preview_model, self.tr("The first lines as they will be read"))
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.preview_label.setBuddy(self.preview)
        self.notes = secondary(parent=self, small=True)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(account_row)
        column.addWidget(self.columns_box)
        column.addWidget(self.preview_label)
        column.addWidget(self.preview, 1)
        column.addWidget(self.notes)

        self.account_edit.textChanged.connect(lambda _: emit(self.changed))
        for combo in (*self.column_combos.values(), self.format_combo, self.decimal_combo, self.sign_combo):
            combo.currentIndexChanged.connect(self._mapping_edited)
        self.column_combos["date"].currentIndexChanged.connect(self._date_column_chosen)
        self.fixed_currency.textEdited.connect(self._currency_edited)
        self.ofx_currency.textEdited.connect(self._ofx_currency_edited)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self.columns_box)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    # -- what is shown ----------------------------------------------------------------------
    def show_statement(self, statement: Statement, account: str) -> None:
        """An OFX statement: its account and first lines; there are no columns to choose. When it
        names no currency, a field asks for one (read again with it: `currency_given`)."""
        self._statement, self._layout = statement, None
        self.columns_box.hide()
        if statement.currency is None:
            self._show_ofx_currency(True)
        self.account_edit.setText(account)
        self._fill_preview(statement.lines, statement.problems)
        self._show_notes(statement.warnings)
        emit(self.changed)

    def show_layout(self, data: bytes, name: str, layout: CsvLayout, account: str = "") -> None:
        """A CSV file: its columns as proposed (remembered or guessed), then the live preview."""
        self._data, self._name, self._layout, self._statement = data, name, layout, None
        self.columns_box.show()
        self.account_edit.setText(account)
        mapping = layout.mapping
        for field, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            optional = field not in _REQUIRED
            if optional:
                combo.addItem(self.tr("(debit and credit)") if field == "amount" else self.tr("(none)"), _NONE)
            elif not getattr(mapping, field):
                combo.addItem(self.tr("Choose…"), _NONE)
            for column in layout.header:
                combo.addItem(column, column)
            chosen = getattr(mapping, field)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)
        for combo, value in ((self.decimal_combo, mapping.decimal or layout.decimal), (self.sign_combo, mapping.out_negative)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.fixed_currency.setText(mapping.fixed_currency or "")
        self._date_formats = layout.date_formats
        self._fill_formats(mapping.date_format if layout.remembered or len(layout.date_formats) == 1 else "")
        self._enable_amounts()
        self._refresh_preview()
        emit(self.changed)

    def _show_ofx_currency(self, shown: bool) -> None:
        for widget in (self.ofx_currency, self.ofx_currency_label, self.ofx_currency_hint):
            widget.setVisible(shown)

    def _ofx_currency_edited(self, text: str) -> None:
        if text != text.upper():
            at = self.ofx_currency.cursorPosition()
            self.ofx_currency.setText(text.upper())
            self.ofx_currency.setCursorPosition(at)
        code = self.ofx_currency.text().strip()
        if len(code) == 3 and code.isalpha():  # (ISO 4217 codes have three letters)
            emit(self.currency_given, code)
        emit(self.changed)

    @property
    def layout_shown(self) -> CsvLayout | None:
        return self._layout

    def account(self) -> str:
        return self.account_edit.text().strip()

    def mapping(self) -> CsvMapping | None:
        """The columns as chosen (None for OFX)."""
        if self._layout is None:
            return None

        def column(field: str) -> str | None:
            value = self.column_combos[field].currentData()
            return str(value) if value else None

        amount = column("amount")
        has_currency_column = column("currency") is not None
        return CsvMapping(
            date=column("date") or "",
            payee=column("payee") or "",
            amount=amount,
            debit=None if amount else column("debit"),
            credit=None if amount else column("credit"),
            memo=column("memo"),
            currency=column("currency"),
            fixed_currency=None if has_currency_column else (self.fixed_currency.text().strip().upper() or None),
            date_format=str(self.format_combo.currentData() or ""),
            decimal=str(self.decimal_combo.currentData() or "."),
            out_negative=bool(self.sign_combo.currentData()),
        )

    def blocker(self) -> str | None:
        """Why Next must wait (a sentence for her), or None when the file can be read as chosen."""
        if self._statement is not None:
            return self._statement_blocker(self._statement)
        mapping = self.mapping()
        if self._layout is None or mapping is None:
            return None
        for field in _REQUIRED:
            if not getattr(mapping, field):
                return QCoreApplication.translate("StatementReadStep", _MISSING[field])
        if not (mapping.amount or mapping.debit or mapping.credit):
            return self.tr("Choose the amount column, or the debit and credit columns.")
        if not self._date_formats:
            return self.tr("No date format reads every value of the %s column; choose the column that holds the date.") % mapping.date
        if not mapping.date_format and len(self._date_formats) == 1:
            return self.tr("Choose the date format.")
        if not mapping.date_format:
            return self.tr("Choose the date format: %s fit the dates in this file, and they read some dates as different days.") % (
                self.tr(" or ").join(human_format(fmt) for fmt in self._date_formats)
            )
        if not mapping.currency and len(mapping.fixed_currency or "") != 3:  # (ISO 4217 codes have three letters)
            return self.tr("Choose the currency column, or type the currency of every line (e.g. EUR).")
        if self._preview_error:
            return self._preview_error
        return None

    def _statement_blocker(self, statement: Statement) -> str | None:
        if statement.lines:
            return None
        if not self.ofx_currency.isHidden() and len(self.ofx_currency.text().strip()) != 3:  # (ISO 4217)
            return self.tr("Type the currency of this account: the file names none for its lines.")
        return self.tr("This statement has no transactions to import.")

    # -- reacting ---------------------------------------------------------------------------
    def _date_column_chosen(self) -> None:
        if self._layout is None:
            return
        column = self.column_combos["date"].currentData()
        self._date_formats = statements.date_formats_for(self._layout, str(column)) if column else ()
        self._fill_formats("" if len(self._date_formats) != 1 else self._date_formats[0])
        self._refresh_preview()
        emit(self.changed)

    def _fill_formats(self, chosen: str) -> None:
        combo = self.format_combo
        combo.blockSignals(True)
        combo.clear()
        formats = self._date_formats
        if len(formats) > 1 and chosen not in formats:
            combo.addItem(icons.icon("warning"), self.tr("Choose… (%d fit)") % len(formats), _NONE)
        elif not formats:
            combo.addItem(icons.icon("warning"), self.tr("None fits this column"), _NONE)
        examples = self._date_values()
        example = telling_example(examples, formats) if formats else None
        for fmt in formats:
            day = _parse(example, fmt) if example else None
            text = f"{human_format(fmt)} ({example} = {_long_date(day)})" if example and day else human_format(fmt)
            combo.addItem(text, fmt)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        combo.setEnabled(bool(formats))
        combo.blockSignals(False)

    def _date_values(self) -> list[str]:
        layout = self._layout
        column = self.column_combos["date"].currentData()
        if layout is None or not column or column not in layout.header:
            return []
        at = layout.header.index(column)
        rows = [cells for _, cells in layout.rows] or list(layout.samples)
        return [cells[at] for cells in rows[:500] if at < len(cells)]

    def _enable_amounts(self) -> None:
        split = not self.column_combos["amount"].currentData()
        self.column_combos["debit"].setEnabled(split)
        self.column_combos["credit"].setEnabled(split)
        self.fixed_currency.setEnabled(not self.column_combos["currency"].currentData())

    def _mapping_edited(self) -> None:
        self._enable_amounts()
        self._refresh_preview()
        emit(self.changed)

    def _currency_edited(self, text: str) -> None:
        if text != text.upper():
            at = self.fixed_currency.cursorPosition()
            self.fixed_currency.setText(text.upper())
            self.fixed_currency.setCursorPosition(at)
        self._refresh_preview()
        emit(self.changed)

    def _refresh_preview(self) -> None:
        """Read the first rows with the columns as chosen now (a few rows: quick on the GUI thread)."""
        self._preview_error = ""
        layout, mapping = self._layout, self.mapping()
        if layout is None or mapping is None:
            return
        if not (mapping.date and mapping.payee and (mapping.amount or mapping.debit or mapping.credit)) or not self._date_formats:
            self._fill_preview((), ())
            self._show_notes(())
            return
        undecided = not mapping.date_format
        if undecided:  # read with any fitting format, but show no date until she chooses
            mapping = _with_format(mapping, self._date_formats[0])
        if not mapping.currency and not mapping.fixed_currency:
            mapping = _with_currency(mapping, "XXX")  # (shown without a currency until she gives one)
        try:
            statement = statements.read_statement(
                preview_cut(self._data, layout), self._name, mapping=mapping, encoding=layout.encoding
            )
        except MyVendorsError as error:
            self._preview_error = error_text(error)
            self._fill_preview((), ())
            self._show_notes((), error=self._preview_error)
            return
        self._fill_preview(statement.lines, statement.problems, dates_shown=not undecided)
        self._show_notes(statement.warnings)

    def _fill_preview(
        self, lines: Sequence[StatementLine], problems: Sequence[LineProblem], *, dates_shown: bool = True
    ) -> None:
        model = self.preview_model
        model.removeRows(0, model.rowCount())
        entries: list[tuple[int, StatementLine | LineProblem]] = [(line.row, line) for line in lines[:PREVIEW_ROWS]]
        last = entries[-1][0] if len(lines) >= PREVIEW_ROWS else None
        entries += [(p.row, p) for p in problems if last is None or p.row < last]
        entries.sort(key=lambda entry: entry[0])
        warning = icons.icon("warning")
        self.preview.clearSpans()
        for row, entry in entries[:PREVIEW_ROWS]:
            number = QStandardItem(str(row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if isinstance(entry, LineProblem):
                number.setIcon(warning)
                text = translated(entry.message)
                problem = QStandardItem(self.tr("Not read: %s") % text)
                problem.setToolTip(text)
                model.appendRow([number, problem, QStandardItem(""), QStandardItem(""), QStandardItem("")])
                self.preview.setSpan(model.rowCount() - 1, 1, 1, model.columnCount() - 1)
                continue
            day = QStandardItem(formatting.date_text(entry.posted) if dates_shown else "?")
            if not dates_shown:
                day.setToolTip(self.tr("Choose the date format to see the dates."))
            amount = QStandardItem(_money_text(entry))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow([number, day, amount, QStandardItem(entry.payee), QStandardItem(entry.memo)])
        for item_row in range(model.rowCount()):
            for item_column in range(model.columnCount()):
                item = model.item(item_row, item_column)
                if item is not None:
                    item.setEditable(False)
        header = self.preview.horizontalHeader()
        for section in range(model.columnCount() - 1):  # the last one stretches to the edge
            self.preview.resizeColumnToContents(section)
            header.resizeSection(section, min(header.sectionSize(section), 260))

    def _show_notes(self, warnings: Sequence[str], *, error: str = "") -> None:
        parts = [translated(text) for text in warnings]
        layout = self._layout
        if layout is not None:
            if layout.header_line > 1:
                parts.insert(0, self.tr("The first %d lines are the bank's notes before the column names; they are left out.")
                             % (layout.header_line - 1))
            if layout.encoding_guessed:
                parts.append(self.tr("Read as %s (guessed from the file).") % layout.encoding)
            if layout.remembered:
                parts.append(self.tr("These are the columns you chose for this bank's files last time."))
        if error:
            parts.insert(0, error)
        self.notes.setText("\n".join(parts))
        self.notes.setVisible(bool(parts))


def _money_text(line: StatementLine) -> str:
    money = line.amount
    return formatting.number_text(money.amount) if money.currency == "XXX" else formatting.money_text(money)


def _with_format(mapping: CsvMapping, fmt: str) -> CsvMapping:
    return dataclasses.replace(mapping, date_format=fmt)


def _with_currency(mapping: CsvMapping, code: str) -> CsvMapping:
    return dataclasses.replace(mapping, fixed_currency=code)
