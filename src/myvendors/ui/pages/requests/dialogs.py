"""Dialogs of the Requests page: the request editor, "Add offer" and the confirmation before accepting.

Each dialog builds the service's draft from what was typed (amounts become `Money`, dates
`date`) and emits it; the page calls the service. An `InvalidInput` (the dialog's own, or the
service's) is shown under the field it names; nothing is written until the service accepts.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.models import Money, OfferDraft, Request, RequestDraft
from myvendors.errors import InvalidInput
from myvendors.ui import formatting
from myvendors.ui.forms import submit
from myvendors.ui.models.offers import OfferView
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner, heading, secondary

CURRENCIES = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD", "JPY")
DEFAULT_CURRENCY = "EUR"
DEFAULT_NEEDED_IN_DAYS = 30


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _money(amount: str, currency: str, field: str) -> Money | None:
    """The amount typed, or None when the field is empty; InvalidInput names `field`."""
    if not amount.strip():
        return None
    try:
        return Money.parse(formatting.amount_input(amount), currency, field_name=field)
    except InvalidInput as exc:
        if exc.field == "currency":
            raise
        raise InvalidInput(exc.message, field=field) from None


class _Form(QDialog):
    """A dialog of labelled fields with a message line under each, a banner for the rest, and buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.banner = MessageBanner(self)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(4)
        self.form.setHorizontalSpacing(14)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._messages: dict[str, tuple[QLabel, QWidget]] = {}
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 18, 20, 14)
        self.column.setSpacing(10)
        self.column.addWidget(self.banner)
        self.column.addLayout(self.form)
        self.column.addStretch(1)
        self.column.addWidget(self.buttons)

    def add_field(self, label_text: str, widget: QWidget, *fields: str, focus: QWidget | None = None) -> QLabel:
        """A row: `label_text` (its buddy is `focus` or `widget`), then a message line for `fields`."""
        target = focus or widget
        label = QLabel(label_text, self)
        label.setBuddy(target)
        self.form.addRow(label, widget)
        message = field_message(self)
        self.form.addRow("", message)
        for name in fields:
            self._messages[name] = (message, target)
        return label

    def message(self, field: str) -> str:
        """The message shown for `field` ("" when none)."""
        label = self._messages[field][0]
        return "" if label.isHidden() else label.text()

    def show_error(self, text: str, field: str | None = None) -> None:
        """`text` under the field named `field`, or in the banner when no field of this form has that name."""
        known = self._messages.get(field or "")
        if known is None:
            self.banner.show_error(text)
            return
        label, widget = known
        label.setText(text)
        label.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_errors(self) -> None:
        self.banner.clear()
        for label, _ in self._messages.values():
            label.hide()

    def _submit(self) -> None:
        raise NotImplementedError  # each dialog builds its own draft


class _OptionalDate(QWidget):
    """A check box that says whether there is a date, and the date."""

    def __init__(self, text: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(formatting.date_format())
        self.edit.setDate(_to_qdate(default))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)

    def value(self) -> date | None:
        return _from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(_to_qdate(value))


def _currency_combo(parent: QWidget, current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(CURRENCIES)
    combo.setCurrentText(current or DEFAULT_CURRENCY)
    combo.setMinimumContentsLength(4)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


class RequestDialog(_Form):
    """New request, or edit one: what, category, description, budget range, location, needed by, conditions."""

    submitted = Signal(object)  # a RequestDraft

    def __init__(self, request: Request | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit request") if request else self.tr("New request"), parent)
        self.request = request
        budget = self._make_fields(request)
        self.add_field(self.tr("&Title"), self.title_edit, "title")
        self.add_field(self.tr("&Category"), self.category_edit, "category")
        self.add_field(self.tr("&Description"), self.description_edit, "description")
        self.add_field(self.tr("B&udget"), budget, "budget_min", "budget_max", focus=self.budget_min_edit)
        self._messages["currency"] = (self._messages["budget_min"][0], self.currency_combo)
        self.add_field(self.tr("&Location"), self.location_edit, "location")
        self.add_field("", self.needed_by, "needed_by", focus=self.needed_by.check)
        self.add_field(self.tr("C&onditions"), self.conditions_edit, "conditions")

        self.ok_button.setText(self.tr("&Save") if request else self.tr("C&reate"))
        self.ok_button.setEnabled(False)
        self.title_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        if request is not None:
            self._fill(request)
        hint = secondary(
            self.tr("A request says what you want without saying who you are. Only you see it until you publish it."),
            parent=self, small=True,
        )
        self.column.insertWidget(0, hint)
        self.setMinimumWidth(520)

    def _make_fields(self, request: Request | None) -> QWidget:
        """The fields, in the order Tab follows; returns the budget's row (from, up to, currency)."""
        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("What do you want? e.g. Winter tyres for a small car"))
        self.category_edit = QLineEdit(self)
        self.category_edit.setAccessibleName(self.tr("Category"))
        self.category_edit.setPlaceholderText(self.tr("e.g. Car, Insurance, Energy"))
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setPlaceholderText(self.tr("What matters to you, in a few sentences"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.budget_min_edit = QLineEdit(self)
        self.budget_min_edit.setAccessibleName(self.tr("Budget from"))
        self.budget_min_edit.setPlaceholderText(self.tr("from"))
        self.budget_max_edit = QLineEdit(self)
        self.budget_max_edit.setAccessibleName(self.tr("Budget up to"))
        self.budget_max_edit.setPlaceholderText(self.tr("up to"))
        bound = request and (request.budget_min or request.budget_max)
        self.currency_combo = _currency_combo(self, bound.currency if bound else None)
        self.currency_combo.setAccessibleName(self.tr("Budget currency"))
        budget = QWidget(self)
        budget_row = QHBoxLayout(budget)
        budget_row.setContentsMargins(0, 0, 0, 0)
        budget_row.setSpacing(6)
        budget_row.addWidget(self.budget_min_edit, 1)
        budget_row.addWidget(QLabel("–", budget))
        budget_row.addWidget(self.budget_max_edit, 1)
        budget_row.addWidget(self.currency_combo)
        self.location_edit = QLineEdit(self)
        self.location_edit.setAccessibleName(self.tr("Location"))
        self.location_edit.setPlaceholderText(self.tr("Coarse only: a city or a region"))
        self.needed_by = _OptionalDate(self.tr("Needed &by"), date.today() + timedelta(days=DEFAULT_NEEDED_IN_DAYS), self)
        self.needed_by.check.setAccessibleName(self.tr("Has a needed-by date"))
        self.needed_by.edit.setAccessibleName(self.tr("Needed by"))
        self.conditions_edit = QPlainTextEdit(self)
        self.conditions_edit.setAccessibleName(self.tr("Conditions"))
        self.conditions_edit.setPlaceholderText(self.tr("e.g. delivered and fitted, no contract longer than a year"))
        self.conditions_edit.setTabChangesFocus(True)
        self.conditions_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conditions_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        return budget

    def _fill(self, request: Request) -> None:
        self.title_edit.setText(request.title)
        self.category_edit.setText(request.category or "")
        self.description_edit.setPlainText(request.description)
        self.budget_min_edit.setText(formatting.amount_edit_text(request.budget_min.amount) if request.budget_min else "")
        self.budget_max_edit.setText(formatting.amount_edit_text(request.budget_max.amount) if request.budget_max else "")
        self.location_edit.setText(request.location or "")
        self.needed_by.set_value(request.needed_by)
        self.conditions_edit.setPlainText(request.conditions)

    def draft(self) -> RequestDraft:
        """What the form says, as a draft (InvalidInput naming the field when an amount is not one)."""
        currency = self.currency_combo.currentText()
        return RequestDraft(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            category=self.category_edit.text() or None,
            budget_min=_money(self.budget_min_edit.text(), currency, "budget_min"),
            budget_max=_money(self.budget_max_edit.text(), currency, "budget_max"),
            location=self.location_edit.text() or None,
            needed_by=self.needed_by.value(),
            conditions=self.conditions_edit.toPlainText(),
        )

    def _submit(self) -> None:
        self.clear_errors()
        if not self.ok_button.isEnabled():
            return
        done = submit(self.show_error, self.draft)
        if done is not None:
            emit(self.submitted, done.value)


class OfferDialog(_Form):
    """Record an offer: from a vendor in the vault or a sender named in the offer, price, valid until, conditions."""

    submitted = Signal(object)  # an OfferDraft

    def __init__(
        self, request: Request, known_vendors: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add offer"), parent)
        self.request = request
        title = heading(self.tr("An offer for “%s”") % request.title, scale=1.1, parent=self)
        self.column.insertWidget(0, title)
        from_box = self._make_from(known_vendors)
        price = self._make_terms(request)
        self.add_field(self.tr("From"), from_box, "vendor_id", "sender", "id", focus=self.vendor_combo)
        self._messages["sender"] = (self._messages["sender"][0], self.sender_edit)
        self.add_field(self.tr("&Price"), price, "price", focus=self.price_edit)
        self._messages["currency"] = (self._messages["price"][0], self.currency_combo)
        self.add_field("", self.valid_until, "valid_until", focus=self.valid_until.check)
        self.add_field(self.tr("C&onditions"), self.conditions_edit, "conditions")
        self.ok_button.setText(self.tr("&Add offer"))
        self.setMinimumWidth(500)

    def _make_from(self, known_vendors: list[tuple[int, str]]) -> QWidget:
        """Who made the offer: a vendor in the vault (typed to find) or a sender's name."""
        self.vendor_radio = QRadioButton(self.tr("A &vendor in your vault"), self)
        self.sender_radio = QRadioButton(self.tr("Someone &else"), self)
        self.vendor_radio.setAccessibleName(self.tr("From a vendor in your vault"))
        self.sender_radio.setAccessibleName(self.tr("From someone not in your vault"))
        group = QButtonGroup(self)
        group.addButton(self.vendor_radio)
        group.addButton(self.sender_radio)
        self.vendor_combo = QComboBox(self)
        self.vendor_combo.setAccessibleName(self.tr("Vendor"))
        self.vendor_combo.setEditable(True)
        self.vendor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for vendor_id, name in sorted(known_vendors, key=lambda item: item[1].casefold()):
            self.vendor_combo.addItem(name, vendor_id)
        self.vendor_combo.setCurrentIndex(-1)  # the user picks: no vendor is guessed
        completer = QCompleter(self.vendor_combo.model(), self.vendor_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.vendor_combo.setCompleter(completer)
        typed = self.vendor_combo.lineEdit()
        if typed is not None:  # (an editable combo always has one)
            typed.setPlaceholderText(self.tr("Type to find a vendor"))
        self.sender_edit = QLineEdit(self)
        self.sender_edit.setAccessibleName(self.tr("Sender"))
        self.sender_edit.setPlaceholderText(self.tr("The name the offer gives"))
        from_box = QWidget(self)
        grid = QFormLayout(from_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addRow(self.vendor_radio, self.vendor_combo)
        grid.addRow(self.sender_radio, self.sender_edit)
        self.vendor_radio.toggled.connect(self._from_changed)
        if known_vendors:
            self.vendor_radio.setChecked(True)
        else:
            self.vendor_radio.setEnabled(False)
            self.vendor_radio.setToolTip(self.tr("There are no vendors in this vault yet"))
            self.sender_radio.setChecked(True)
        self._from_changed()
        return from_box

    def _make_terms(self, request: Request) -> QWidget:
        """Price (in the request's budget currency), valid until and conditions; returns the price's row."""
        self.price_edit = QLineEdit(self)
        self.price_edit.setAccessibleName(self.tr("Price"))
        self.price_edit.setPlaceholderText(self.tr("e.g. 390 or 19.99"))
        bound = request.budget_max or request.budget_min
        self.currency_combo = _currency_combo(self, bound.currency if bound else None)
        self.currency_combo.setAccessibleName(self.tr("Price currency"))
        price = QWidget(self)
        price_row = QHBoxLayout(price)
        price_row.setContentsMargins(0, 0, 0, 0)
        price_row.setSpacing(6)
        price_row.addWidget(self.price_edit, 1)
        price_row.addWidget(self.currency_combo)
        self.valid_until = _OptionalDate(self.tr("Valid &until"), date.today() + timedelta(days=14), self)
        self.valid_until.check.setAccessibleName(self.tr("Has a valid-until date"))
        self.valid_until.edit.setAccessibleName(self.tr("Valid until"))
        self.conditions_edit = QPlainTextEdit(self)
        self.conditions_edit.setAccessibleName(self.tr("Conditions"))
        self.conditions_edit.setPlaceholderText(self.tr("What the offer says: term, delivery, extras, fine print"))
        self.conditions_edit.setTabChangesFocus(True)
        self.conditions_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conditions_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        return price

    def _from_changed(self) -> None:
        known = self.vendor_radio.isChecked()
        self.vendor_combo.setEnabled(known)
        self.sender_edit.setEnabled(not known)
        (self.vendor_combo if known else self.sender_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_vendor(self) -> int | None:
        """The vendor whose name is in the combo (exactly, ignoring case), or None."""
        typed = " ".join(self.vendor_combo.currentText().split()).casefold()
        if not typed:
            return None
        current = self.vendor_combo.currentIndex()
        if current >= 0 and self.vendor_combo.itemText(current).casefold() == typed:
            return int(self.vendor_combo.itemData(current))
        found = self.vendor_combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        return int(self.vendor_combo.itemData(found)) if found >= 0 else None

    def draft(self) -> OfferDraft:
        vendor_id, sender = None, None
        if self.vendor_radio.isChecked():
            vendor_id = self.chosen_vendor()
            if vendor_id is None:
                raise InvalidInput(
                    self.tr("Choose a vendor from the list, or pick “Someone else” for a sender not in your vault."),
                    field="vendor_id",
                )
        else:
            sender = self.sender_edit.text()
        return OfferDraft(
            request_id=self.request.id,
            price=_money(self.price_edit.text(), self.currency_combo.currentText(), "price"),
            conditions=self.conditions_edit.toPlainText(),
            valid_until=self.valid_until.value(),
            vendor_id=vendor_id,
            sender=sender,
        )

    def _submit(self) -> None:
        self.clear_errors()
        done = submit(self.show_error, self.draft)
        if done is not None:
            emit(self.submitted, done.value)


class AcceptOfferDialog(_Form):
    """Says what accepting does (fulfilled for good, vendor added or updated, timeline entry) and asks."""

    submitted = Signal(str)  # the name for a new vendor ("" when the offer's vendor is in the vault)

    def __init__(
        self, request: Request, view: OfferView, others: int, parent: QWidget | None = None, *, match: str | None = None
    ) -> None:
        """`match`: the name of the vendor in the vault an unlinked offer's sender turns out to be."""
        super().__init__(self.tr("Accept offer"), parent)
        self.view = view
        self.match = match if not view.known else None
        price = formatting.money_text(view.offer.price) if view.offer.price else self.tr("no stated price")
        question = heading(self.tr("Accept the offer from %s (%s)?") % (view.sender, price), scale=1.1, parent=self)
        self.column.insertWidget(0, question)
        points = [self.tr("“%s” becomes fulfilled and takes no more offers. This cannot be undone.") % request.title]
        if view.known and view.offer.vendor_id is None:  # not linked yet: her vendor of that website or name
            points.append(self.tr("%s is already in your vault as %s: the offer is linked to that vendor, with an "
                                  "“offer accepted” entry on its timeline.") % (view.offer.sender or view.sender,
                                                                                 view.sender))
        elif view.known:
            points.append(self.tr("An “offer accepted” entry goes on %s’s timeline.") % view.sender)
        elif self.match is not None:
            points.append(self.tr("%s is already in your vault as %s: the offer is linked to that vendor, with an "
                                  "“offer accepted” entry on its timeline.") % (view.sender, self.match))
        else:
            points.append(self.tr("%s is not in your vault yet: it is added as a vendor, with an “offer accepted” "
                                  "entry on its timeline.") % view.sender)
        if others:
            points.append(self.tr("The other offers stay recorded as they are (%n).", "", others))
        self.points = [QLabel(f"•  {point}", self) for point in points]
        for index, label in enumerate(self.points, start=1):
            label.setWordWrap(True)
            self.column.insertWidget(index, label)
        self.name_edit = QLineEdit(view.sender, self)
        self.name_edit.setAccessibleName(self.tr("Name of the new vendor"))
        if not view.known and self.match is None:
            self.add_field(self.tr("&Name"), self.name_edit, "name")
            self.name_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        else:
            self.name_edit.hide()
        if view.expired and view.offer.valid_until is not None:
            self.banner.show_message(
                Level.WARNING,
                self.tr("This offer was valid until %s. Make sure it still stands.") % formatting.date_text(view.offer.valid_until),
            )
        self.column.setSpacing(6)
        self.ok_button.setText(self.tr("&Accept offer"))
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)

    def summary(self) -> str:
        """What the dialog says will happen."""
        return "\n".join(label.text() for label in self.points)

    def _submit(self) -> None:
        self.clear_errors()
        emit(self.submitted, "" if self.view.known or self.match is not None else self.name_edit.text())
