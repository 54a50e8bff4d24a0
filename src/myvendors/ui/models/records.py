"""Table models of one vendor's records for the detail pane: agreements, notes, attachments.

Each holds frozen service values (never rows), replaced all at once by `set_records` (a vendor
has tens of agreements, notes and files, not thousands). Interactions can be millions: their
model is the windowed `models.timeline.TimelineModel`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from myvendors.domain.models import (
    RATING_DIMENSIONS,
    Agreement,
    AgreementKind,
    Attachment,
    BillingPeriod,
    InteractionKind,
    Note,
)
from myvendors.domain.record_words import AGREEMENT_KINDS, INTERACTION_KINDS, PERIODS
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui.models.table import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("records", text)


def agreement_kind_text(kind: AgreementKind) -> str:
    return _tr(AGREEMENT_KINDS[AgreementKind(kind)])


def period_text(period: BillingPeriod) -> str:
    return _tr(PERIODS[BillingPeriod(period)])


def interaction_kind_text(kind: InteractionKind) -> str:
    return _tr(INTERACTION_KINDS[InteractionKind(kind)])


def interaction_kind_explanation(kind: InteractionKind) -> str:
    """What a kind of interaction means, in plain words (the kinds are ProjectVRM's terms)."""
    return _tr({
        InteractionKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("records", "you subscribe to something of theirs"),
        InteractionKind.PAYMENT: QT_TRANSLATE_NOOP("records", "you paid them"),
        InteractionKind.TIP: QT_TRANSLATE_NOOP("records", "you gave them a tip or a voluntary extra"),
        InteractionKind.CONTRACT: QT_TRANSLATE_NOOP("records", "you made or renewed a contract with them"),
        InteractionKind.RECOMMEND: QT_TRANSLATE_NOOP("records", "they recommended something to you"),
        InteractionKind.REFERRAL: QT_TRANSLATE_NOOP("records", "you sent someone their way, or they sent you to someone"),
        InteractionKind.ASK_ADVICE: QT_TRANSLATE_NOOP("records", "you asked them for advice"),
        InteractionKind.REQUEST: QT_TRANSLATE_NOOP("records", "you asked them for something: a quote, a change, a call"),
        InteractionKind.RESPOND: QT_TRANSLATE_NOOP("records", "an answer, from them to you or from you to them"),
        InteractionKind.SUPPORT: QT_TRANSLATE_NOOP("records", "you asked their support for help"),
        InteractionKind.COMPLAINT: QT_TRANSLATE_NOOP("records", "you complained to them"),
        InteractionKind.BLACKLIST: QT_TRANSLATE_NOOP("records", "you decided not to deal with them any more"),
        InteractionKind.REBUFF: QT_TRANSLATE_NOOP("records", "you turned down what they offered or asked"),
        InteractionKind.EVALUATE: QT_TRANSLATE_NOOP("records", "you rated or reviewed them"),
        InteractionKind.EXTEND_CREDIT: QT_TRANSLATE_NOOP("records", "credit between you: they let you pay later, or you paid ahead"),
        InteractionKind.VOUCH: QT_TRANSLATE_NOOP("records", "you recommended them to someone"),
        InteractionKind.GIFT: QT_TRANSLATE_NOOP("records", "a gift, from them to you or from you to them"),
        InteractionKind.REPEAT_PURCHASE: QT_TRANSLATE_NOOP("records", "you bought from them again"),
        InteractionKind.CONVERSATION: QT_TRANSLATE_NOOP("records", "you talked or wrote to each other"),
        InteractionKind.SPONSOR: QT_TRANSLATE_NOOP("records", "you supported them: a donation, crowdfunding, a patronage"),
        InteractionKind.INVITE: QT_TRANSLATE_NOOP("records", "an invitation, from them to you or from you to them"),
        InteractionKind.OFFER_ACCEPTED: QT_TRANSLATE_NOOP("records", "you accepted their offer for one of your requests"),
    }[InteractionKind(kind)])


def interaction_kind_help(kind: InteractionKind) -> str:
    """The kind with its meaning: "Vouched — you recommended them to someone"."""
    return _tr(QT_TRANSLATE_NOOP("records", "%1 — %2")).replace("%1", interaction_kind_text(kind)).replace(
        "%2", interaction_kind_explanation(kind)
    )


def dimension_text(dimension: str) -> str:
    return _tr({
        "quality": QT_TRANSLATE_NOOP("records", "Quality"),
        "price": QT_TRANSLATE_NOOP("records", "Price"),
        "service": QT_TRANSLATE_NOOP("records", "Service"),
        "honesty": QT_TRANSLATE_NOOP("records", "Honesty"),
    }.get(dimension, dimension))


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KiB", "MiB"):
        if value < 1024:
            if unit == "bytes":
                return QCoreApplication.translate("records", "%n bytes", None, size)
            return f"{formatting.number_text(value, 1)} {unit}"
        value /= 1024
    return f"{formatting.number_text(value, 1)} GiB"


class RecordTableModel(HeaderedTableModel, Generic[T]):
    """A few frozen records in columns; subclasses say what each column shows."""

    NUMERIC: tuple[int, ...] = ()

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._records: list[T] = []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def clear(self) -> None:
        self.set_records(())

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def text(self, record: T, column: int) -> str:
        raise NotImplementedError

    def decoration(self, record: T, column: int) -> Any:
        return None

    def sort_value(self, record: T, column: int) -> Any:
        """What a column sorts by (`formatting.SORT_ROLE`): its date or amount; None: the text."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(record, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.NUMERIC else None
        if role == RECORD_ROLE:
            return record
        if role == formatting.SORT_ROLE:
            value = self.sort_value(record, column)
            return self.text(record, column) if value is None else formatting.sort_value(value)
        return None


class AgreementsModel(RecordTableModel[Agreement]):
    KIND, TITLE, PRICE, YEARLY, RENEWAL, CANCEL_BY, END, TRIAL_END = range(8)
    NUMERIC = (PRICE, YEARLY)
    ESSENTIAL = (TITLE, PRICE, YEARLY, RENEWAL, CANCEL_BY, END)
    OPTIONAL = (KIND, TRIAL_END)
    LONG_TEXT = (TITLE,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Kind"), self.tr("Title"), self.tr("Price"), self.tr("Yearly cost"), self.tr("Renewal"),
                self.tr("Cancel by"), self.tr("End"), self.tr("Trial ends"),
            ),
            parent,
        )

    def text(self, record: Agreement, column: int) -> str:
        if column == self.KIND:
            return agreement_kind_text(record.kind)
        if column == self.TITLE:
            return record.title
        if column == self.PRICE:
            if record.price is None:
                return ""
            price = formatting.money_text(record.price)
            return f"{price} {period_text(record.period)}" if record.period is not BillingPeriod.NONE else price
        if column == self.YEARLY:
            return formatting.money_text(record.yearly_cost) if record.yearly_cost else ""
        dates = {self.RENEWAL: record.renewal, self.CANCEL_BY: record.cancel_by, self.END: record.end,
                 self.TRIAL_END: record.trial_end}
        value = dates.get(column)
        return formatting.date_text(value)

    def sort_value(self, record: Agreement, column: int) -> Any:
        money = {self.PRICE: record.price, self.YEARLY: record.yearly_cost}.get(column)
        if money is not None:
            return money.amount
        return {self.RENEWAL: record.renewal, self.CANCEL_BY: record.cancel_by, self.END: record.end,
                self.TRIAL_END: record.trial_end}.get(column)


class NotesModel(RecordTableModel[Note]):
    DATE, AUTHOR, RATINGS, TEXT, TAGS = range(5)
    ESSENTIAL = (DATE, RATINGS)
    FREE_TEXT = (TEXT,)
    OPTIONAL = (TAGS, AUTHOR)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Date"), self.tr("By"), self.tr("Ratings"), self.tr("Note"), self.tr("Tags")), parent)

    def text(self, record: Note, column: int) -> str:
        if column == self.DATE:
            return formatting.date_text(record.on)
        if column == self.AUTHOR:
            return record.author or self.tr("Me")
        if column == self.RATINGS:
            return "  ".join(
                f"{dimension_text(d)} {record.ratings[d]}" for d in RATING_DIMENSIONS if d in record.ratings
            )
        if column == self.TEXT:
            return " ".join(record.text.split())
        if column == self.TAGS:
            return ", ".join(record.tags)
        return ""

    def sort_value(self, record: Note, column: int) -> Any:
        return record.on if column == self.DATE else None


class AttachmentsModel(RecordTableModel[Attachment]):
    NAME, KIND, SIZE, ADDED = range(4)
    NUMERIC = (SIZE,)
    ESSENTIAL = (NAME, SIZE, ADDED)
    LONG_TEXT = (NAME,)
    OPTIONAL = (KIND,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added")), parent)

    def text(self, record: Attachment, column: int) -> str:
        if column == self.NAME:
            return record.filename
        if column == self.KIND:
            return record.media_type
        if column == self.SIZE:
            return human_size(record.size)
        if column == self.ADDED:
            return formatting.stamp_date_text(record.created_at)
        return ""

    def sort_value(self, record: Attachment, column: int) -> Any:
        return {self.SIZE: record.size, self.ADDED: record.created_at}.get(column)

    def decoration(self, record: Attachment, column: int) -> Any:
        return icons.icon("kind-contract") if column == self.NAME else None
