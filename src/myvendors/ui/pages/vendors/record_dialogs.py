"""Dialogs that add or edit one record of a vendor: an agreement, an interaction, a reputation note.

Each dialog only collects values: it emits `submitted` with a dict of typed values, the detail
pane calls the service, and an `InvalidInput` comes back through `show_error(text, field)`,
which puts the message under that field (or above the form when no field matches).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.models import (
    RATING_DIMENSIONS,
    Agreement,
    AgreementKind,
    BillingPeriod,
    Interaction,
    InteractionKind,
    Money,
    Note,
)
from myvendors.errors import InvalidInput
from myvendors.ui import formatting
from myvendors.ui.forms import submit
from myvendors.ui.models.records import (
    agreement_kind_text,
    dimension_text,
    interaction_kind_help,
    interaction_kind_text,
    period_text,
)
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import MessageBanner, secondary

NO_DATE = QDate(1900, 1, 1)


def default_currency() -> str:
    code = QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return code if len(code) == 3 and code.isalpha() else "EUR"


class OptionalDateEdit(QDateEdit):
    """A date field that can be empty (shown blank): its lowest date stands for "no date".

    Delete or Backspace over the whole date empties it; the calendar of an empty field opens on
    this month, not on the year 1900.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(formatting.date_format())
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        self.setToolTip(self.tr("Optional: select the date and press Delete to leave it empty"))
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit = self.lineEdit()
        whole = edit.selectedText() == edit.text() or self.value() is None
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and whole:
            self.setDate(NO_DATE)
            event.accept()
            return
        super().keyPressEvent(event)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value is not None else NO_DATE)


class FormDialog(QDialog):
    """A column of labelled fields, each with its message line, a banner for other errors, OK/Cancel."""

    submitted = Signal(object)  # dict of values

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.banner = MessageBanner(self)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._messages: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(10)
        column.addWidget(self.banner)
        column.addLayout(self._grid)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add_row(self, label_text: str, widget: QWidget, *fields: str, buddy: QWidget | None = None) -> QLabel:
        """A label, the widget, and under it the message line for `fields` (the service's field names)."""
        row = self._grid.rowCount()
        label = QLabel(label_text, self)
        label.setBuddy(buddy or widget)
        message = field_message(self)
        multiline = isinstance(widget, QPlainTextEdit)
        self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop if multiline else Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(widget, row, 1)
        self._grid.addWidget(message, row + 1, 1)
        for name in fields:
            self._messages[name] = message
            self._fields[name] = buddy or widget
        return label

    def message_for(self, field: str) -> QLabel | None:
        return self._messages.get(field)

    def clear_errors(self) -> None:
        self.banner.clear()
        for message in self._messages.values():
            message.hide()

    def show_error(self, text: str, field: str | None) -> None:
        self.clear_errors()
        message = self._messages.get(field or "")
        if message is None:
            self.banner.show_error(text)
            self._grow()
            return
        message.setText(text)
        message.show()
        self._fields[field or ""].setFocus()
        self._grow()

    def _grow(self) -> None:
        """Make room for a message that appeared (the dialog grows, never squeezes its fields)."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _submit(self) -> None:
        self.clear_errors()
        done = submit(self.show_error, self.values)
        if done is not None:
            emit(self.submitted, done.value)


def _combo(parent: QWidget, name: str, items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for text, value in items:
        combo.addItem(text, value)
    return combo


def _line(parent: QWidget, name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    return edit


def _money(amount: str, currency: str, field: str) -> Money | None:
    if not amount.strip():
        return None
    try:
        return Money.parse(formatting.amount_input(amount), currency, field_name=field)
    except InvalidInput as exc:
        raise InvalidInput(exc.message, field=field) from None  # a bad currency is shown by the amount


class AgreementDialog(FormDialog):
    """Add or edit an agreement: kind, title, price and period, and the dates that matter."""

    def __init__(self, agreement: Agreement | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Edit agreement") if agreement else self.tr("Add agreement"),
            self.tr("Save") if agreement else self.tr("Add"),
            parent,
        )
        self.kind_combo = _combo(self, self.tr("Kind"), [(agreement_kind_text(k), k.value) for k in AgreementKind])
        self.title_edit = _line(self, self.tr("Title"), self.tr("e.g. the plan's name"))
        self.price_edit = _line(self, self.tr("Price"), "0.00")
        self.currency_edit = _line(self, self.tr("Currency"), "EUR")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(64)
        self.currency_edit.setText(default_currency())
        self.period_combo = _combo(self, self.tr("Billing period"), [(period_text(p), p.value) for p in BillingPeriod])
        price_row = QWidget(self)
        row = QHBoxLayout(price_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.price_edit, 1)
        row.addWidget(self.currency_edit)
        row.addWidget(self.period_combo)
        self.start_edit = OptionalDateEdit(self)
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.end_edit = OptionalDateEdit(self)
        self.end_edit.setAccessibleName(self.tr("End"))
        self.renewal_edit = OptionalDateEdit(self)
        self.renewal_edit.setAccessibleName(self.tr("Renewal"))
        self.notice_spin = QSpinBox(self)
        self.notice_spin.setAccessibleName(self.tr("Notice period in days"))
        self.notice_spin.setRange(-1, 3650)
        self.notice_spin.setSpecialValueText(self.tr("none"))
        self.notice_spin.setValue(-1)
        self.notice_spin.setSuffix(self.tr(" days"))
        self.cancel_by_edit = OptionalDateEdit(self)
        self.cancel_by_edit.setAccessibleName(self.tr("Cancel by"))
        self.cancel_by_edit.setToolTip(self.tr("Left empty, it is worked out from the renewal date and the notice period."))
        self.trial_end_edit = OptionalDateEdit(self)
        self.trial_end_edit.setAccessibleName(self.tr("Free trial ends"))
        self.trial_end_edit.setToolTip(self.tr("The last day of a free trial, so you are reminded before it is billed."))
        self.reference_edit = _line(self, self.tr("Reference"), self.tr("contract or customer number"))
        self.reference_edit.setToolTip(self.tr("The contract or customer number a cancellation letter quotes."))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(64)

        self.add_row(self.tr("&Kind"), self.kind_combo, "kind")
        self.add_row(self.tr("&Title"), self.title_edit, "title")
        self.add_row(self.tr("&Price"), price_row, "price", "currency", "period", buddy=self.price_edit)
        self.add_row(self.tr("St&art"), self.start_edit, "start")
        self.add_row(self.tr("&End"), self.end_edit, "end")
        self.add_row(self.tr("&Renewal"), self.renewal_edit, "renewal")
        self.add_row(self.tr("N&otice"), self.notice_spin, "notice_days")
        self.add_row(self.tr("Cancel &by"), self.cancel_by_edit, "cancel_by")
        self.add_row(self.tr("Free tr&ial ends"), self.trial_end_edit, "trial_end")
        self.add_row(self.tr("Re&ference"), self.reference_edit, "reference")
        self.add_row(self.tr("&Notes"), self.notes_edit, "notes")
        self.setTabOrder(self.price_edit, self.currency_edit)
        self.setTabOrder(self.currency_edit, self.period_combo)

        self._fill(agreement)
        self.ok_button.setEnabled(bool(self.title_edit.text().strip()))
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

    def _fill(self, agreement: Agreement | None) -> None:
        """The agreement's values in the fields; a new one is billed monthly."""
        if agreement is None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(BillingPeriod.MONTHLY.value))
            return
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(agreement.kind.value))
        self.title_edit.setText(agreement.title)
        if agreement.price is not None:
            self.price_edit.setText(formatting.amount_edit_text(agreement.price.amount))
            self.currency_edit.setText(agreement.price.currency)
        self.period_combo.setCurrentIndex(self.period_combo.findData(agreement.period.value))
        self.start_edit.set_value(agreement.start)
        self.end_edit.set_value(agreement.end)
        self.renewal_edit.set_value(agreement.renewal)
        self.cancel_by_edit.set_value(agreement.cancel_by)
        self.notice_spin.setValue(agreement.notice_days if agreement.notice_days is not None else -1)
        self.trial_end_edit.set_value(agreement.trial_end)
        self.reference_edit.setText(agreement.reference)
        self.notes_edit.setPlainText(agreement.notes)

    def values(self) -> dict[str, Any]:
        notice = self.notice_spin.value()
        return {
            "kind": AgreementKind(self.kind_combo.currentData()),
            "title": self.title_edit.text(),
            "price": _money(self.price_edit.text(), self.currency_edit.text(), "price"),
            "period": BillingPeriod(self.period_combo.currentData()),
            "start": self.start_edit.value(),
            "end": self.end_edit.value(),
            "renewal": self.renewal_edit.value(),
            "cancel_by": self.cancel_by_edit.value(),
            "notice_days": None if notice < 0 else notice,
            "notes": self.notes_edit.toPlainText(),
            "trial_end": self.trial_end_edit.value(),
            "reference": self.reference_edit.text(),
        }


class InteractionDialog(FormDialog):
    """Record or edit an interaction: its kind, when (local time, stored as UTC), amount, channel and a note."""

    def __init__(self, parent: QWidget | None = None, *, now: Callable[[], datetime] = datetime.now,
                 interaction: Interaction | None = None) -> None:
        super().__init__(
            self.tr("Edit interaction") if interaction else self.tr("Record interaction"),
            self.tr("Save") if interaction else self.tr("&Record"),
            parent,
        )
        kinds = sorted(InteractionKind, key=lambda k: interaction_kind_text(k).casefold())
        self.kind_combo = _combo(self, self.tr("Kind"), [(interaction_kind_text(k), k.value) for k in kinds])
        for index, kind in enumerate(kinds):  # the jargon explained: "Vouched — you recommended them to someone"
            self.kind_combo.setItemData(index, interaction_kind_help(kind), Qt.ItemDataRole.ToolTipRole)
        self.kind_help = secondary(parent=self, small=True)  # the chosen kind's meaning, under the list
        self.kind_combo.currentIndexChanged.connect(self._explain_kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(InteractionKind.PAYMENT.value))
        self._explain_kind()
        kind_box = QWidget(self)
        kind_column = QVBoxLayout(kind_box)
        kind_column.setContentsMargins(0, 0, 0, 0)
        kind_column.setSpacing(2)
        kind_column.addWidget(self.kind_combo)
        kind_column.addWidget(self.kind_help)
        start = now()
        self.when_edit = QDateTimeEdit(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute)), self
        )
        self.when_edit.setAccessibleName(self.tr("When (local time)"))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(formatting.qdatetime_format())
        self.amount_edit = _line(self, self.tr("Amount"), self.tr("optional"))
        self.currency_edit = _line(self, self.tr("Currency"), "EUR")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(64)
        self.currency_edit.setText(default_currency())
        amount_row = QWidget(self)
        row = QHBoxLayout(amount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount_edit, 1)
        row.addWidget(self.currency_edit)
        self.channel_edit = _line(self, self.tr("Channel"), self.tr("e.g. phone, e-mail, shop, web"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(72)
        self.add_row(self.tr("&Kind"), kind_box, "kind", buddy=self.kind_combo)
        self.add_row(self.tr("&When"), self.when_edit, "at")
        self.add_row(self.tr("&Amount"), amount_row, "amount", "currency", buddy=self.amount_edit)
        self.add_row(self.tr("&Channel"), self.channel_edit, "channel")
        self.add_row(self.tr("&Note"), self.note_edit, "note")
        self.setTabOrder(self.amount_edit, self.currency_edit)
        self.setTabOrder(self.currency_edit, self.channel_edit)
        self._original_at: tuple[QDateTime, datetime] | None = None
        if interaction is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(interaction.kind.value))
            at = interaction.at.astimezone()  # shown in local time, as when it was recorded
            self.when_edit.setDateTime(QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute)))
            self._original_at = (self.when_edit.dateTime(), interaction.at)  # kept to the microsecond if not changed
            if interaction.amount is not None:
                self.amount_edit.setText(formatting.amount_edit_text(interaction.amount.amount))
                self.currency_edit.setText(interaction.amount.currency)
            self.channel_edit.setText(interaction.channel or "")
            self.note_edit.setPlainText(interaction.note)

    def _explain_kind(self) -> None:
        value = self.kind_combo.currentData()
        text = interaction_kind_help(InteractionKind(value)) if value else ""
        self.kind_help.setText(text)
        self.kind_combo.setToolTip(text)
        self.kind_combo.setAccessibleDescription(text)

    def values(self) -> dict[str, Any]:
        local = self.when_edit.dateTime()  # in the computer's time zone; Qt knows its offset on that day
        at = datetime.fromtimestamp(local.toSecsSinceEpoch(), UTC)
        if self._original_at is not None and self._original_at[0] == local:
            at = self._original_at[1]
        return {
            "kind": InteractionKind(self.kind_combo.currentData()),
            "at": at,
            "amount": _money(self.amount_edit.text(), self.currency_edit.text(), "amount"),
            "channel": self.channel_edit.text() or None,
            "note": self.note_edit.toPlainText(),
        }


class NoteDialog(FormDialog):
    """A reputation note, new or edited: a date, 1–5 ratings per dimension (each optional), text, tags,
    and whose it is."""

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None, note: Note | None = None) -> None:
        super().__init__(self.tr("Edit note") if note else self.tr("Add note"),
                         self.tr("Save") if note else self.tr("&Add"), parent)
        day = today or date.today()
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(formatting.date_format())
        self.rating_combos: dict[str, QComboBox] = {}
        mnemonics = {"quality": self.tr("&Quality"), "price": self.tr("&Price"), "service": self.tr("&Service"),
                     "honesty": self.tr("&Honesty")}
        self.date_label = self.add_row(self.tr("&Date"), self.date_edit, "on")
        for dimension in RATING_DIMENSIONS:
            combo = _combo(
                self,
                self.tr("%s rating") % dimension_text(dimension),
                [(self.tr("not rated"), "")] + [("★" * n + "☆" * (5 - n) + f"  {n}", str(n)) for n in range(1, 6)],
            )
            self.rating_combos[dimension] = combo
            self.add_row(mnemonics.get(dimension, dimension_text(dimension)), combo, dimension)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(self.tr("Note"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(80)
        self.add_row(self.tr("&Note"), self.text_edit, "text")
        self.tags_edit = _line(self, self.tr("Tags"), self.tr("comma-separated"))
        self.add_row(self.tr("&Tags"), self.tags_edit, "tags")
        self.me_radio = QRadioButton(self.tr("&Me"), self)
        self.me_radio.setChecked(True)
        self.contact_radio = QRadioButton(self.tr("A trusted &contact:"), self)
        self.author_edit = _line(self, self.tr("Contact's name"), self.tr("their name"))
        self.author_edit.setEnabled(False)
        group = QButtonGroup(self)
        group.addButton(self.me_radio)
        group.addButton(self.contact_radio)
        self.contact_radio.toggled.connect(self.author_edit.setEnabled)
        self.contact_radio.toggled.connect(lambda on: self.author_edit.setFocus() if on else None)
        author_row = QWidget(self)
        row = QHBoxLayout(author_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.me_radio)
        row.addWidget(self.contact_radio)
        row.addWidget(self.author_edit, 1)
        self.add_row(self.tr("By"), author_row, "author", buddy=self.me_radio)
        if note is not None:
            self.date_edit.setDate(QDate(note.on.year, note.on.month, note.on.day))
            for dimension, combo in self.rating_combos.items():
                combo.setCurrentIndex(combo.findData(str(note.ratings[dimension]) if dimension in note.ratings else ""))
            self.text_edit.setPlainText(note.text)
            self.tags_edit.setText(", ".join(note.tags))
            if note.author is not None:
                self.contact_radio.setChecked(True)
                self.author_edit.setText(note.author)

    def values(self) -> dict[str, Any]:
        author = self.author_edit.text().strip() if self.contact_radio.isChecked() else None
        if self.contact_radio.isChecked() and not author:
            raise InvalidInput(self.tr("Name the contact whose note this is."), field="author")
        return {
            "on": date(self.date_edit.date().year(), self.date_edit.date().month(), self.date_edit.date().day()),
            "ratings": {d: int(c.currentData()) for d, c in self.rating_combos.items() if c.currentData()},
            "text": self.text_edit.toPlainText(),
            "tags": tuple(t for t in (p.strip() for p in self.tags_edit.text().split(",")) if t),
            "author": author,
        }
