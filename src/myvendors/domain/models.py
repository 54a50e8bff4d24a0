"""The relationship domain's typed values: what services take and return (no SQL, no Qt).

Money is exact: `Money(minor, currency)` holds integer minor units (cents) and an ISO 4217
code; it is never a float. Dates are `datetime.date`; instants are aware `datetime`s in UTC.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

# ISO 4217 minor-unit exponents that are not 2 (the others all are).
_EXPONENTS = {
    **dict.fromkeys(("BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI",
                     "VND", "VUV", "XAF", "XOF", "XPF"), 0),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    "CLF": 4,
    "UYW": 4,
}


def currency_exponent(code: str) -> int:
    return _EXPONENTS.get(code, 2)


def check_currency(code: str, *, field_name: str = "currency") -> str:
    clean = code.strip().upper()
    if len(clean) != 3 or not clean.isalpha() or not clean.isascii():
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "A currency is a three-letter ISO 4217 code such as EUR or USD, not {code!r}."
        ), code=code), field=field_name)
    return clean


@dataclass(frozen=True, order=True)
class Money:
    """An exact amount: integer minor units of one currency."""

    minor: int
    currency: str

    @classmethod
    def parse(cls, amount: str | int | Decimal, currency: str, *, field_name: str = "amount") -> Money:
        """'12.99' EUR -> Money(1299, 'EUR'). Refuses more decimals than the currency has."""
        code = check_currency(currency)
        try:
            value = Decimal(str(amount).strip().replace("\u2212", "-"))
        except InvalidOperation:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{amount!r} is not an amount (use digits and a decimal point, e.g. 12.99)."
            ), amount=amount),
                               field=field_name) from None
        if not value.is_finite():
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{amount!r} is not an amount."), amount=amount), field=field_name)
        exponent = currency_exponent(code)
        scaled = value.scaleb(exponent)
        if scaled != scaled.to_integral_value():
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{code} has {exponent} decimal places; {amount} has more."), code=code, exponent=exponent, amount=amount), field=field_name)
        minor = int(scaled.to_integral_value(rounding=ROUND_HALF_EVEN))
        if abs(minor) >= 10**15:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{amount} is too large an amount."), amount=amount), field=field_name)
        return cls(minor, code)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-currency_exponent(self.currency))

    def __str__(self) -> str:
        exponent = currency_exponent(self.currency)
        return f"{self.amount:.{exponent}f} {self.currency}"


class VendorStatus(enum.StrEnum):
    ACTIVE = "active"
    FORMER = "former"
    BLOCKED = "blocked"


class AgreementKind(enum.StrEnum):
    SUBSCRIPTION = "subscription"
    CONTRACT = "contract"
    WARRANTY = "warranty"
    MEMBERSHIP = "membership"
    LOYALTY = "loyalty"


class BillingPeriod(enum.StrEnum):
    NONE = "none"  # one-off, or not billed
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"

    @property
    def per_year(self) -> int:
        return {"none": 0, "weekly": 52, "monthly": 12, "quarterly": 4, "yearly": 1}[self.value]


class InteractionKind(enum.StrEnum):
    """ProjectVRM's signs that a relationship exists (DESIGN §4)."""

    SUBSCRIPTION = "subscription"
    PAYMENT = "payment"
    TIP = "tip"
    CONTRACT = "contract"
    RECOMMEND = "recommend"
    REFERRAL = "referral"
    ASK_ADVICE = "ask-advice"
    REQUEST = "request"
    RESPOND = "respond"
    SUPPORT = "support"
    COMPLAINT = "complaint"
    BLACKLIST = "blacklist"
    REBUFF = "rebuff"
    EVALUATE = "evaluate"
    EXTEND_CREDIT = "extend-credit"
    VOUCH = "vouch"
    GIFT = "gift"
    REPEAT_PURCHASE = "repeat-purchase"
    CONVERSATION = "conversation"
    SPONSOR = "sponsor"
    INVITE = "invite"
    OFFER_ACCEPTED = "offer-accepted"


class RequestStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    FULFILLED = "fulfilled"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"


#: allowed request status changes; everything else is refused with a message
REQUEST_TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.DRAFT: frozenset({RequestStatus.OPEN, RequestStatus.WITHDRAWN}),
    RequestStatus.OPEN: frozenset({RequestStatus.FULFILLED, RequestStatus.WITHDRAWN, RequestStatus.EXPIRED}),
    RequestStatus.FULFILLED: frozenset(),
    RequestStatus.WITHDRAWN: frozenset({RequestStatus.DRAFT}),
    RequestStatus.EXPIRED: frozenset({RequestStatus.OPEN}),
}

RATING_DIMENSIONS = ("quality", "price", "service", "honesty")


# -- drafts: what a user (or an importer) proposes; validated by the services -------------
@dataclass(frozen=True)
class VendorDraft:
    name: str
    website: str | None = None
    category: str | None = None
    email: str | None = None
    phone: str | None = None
    address: str | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()
    status: VendorStatus = VendorStatus.ACTIVE


@dataclass(frozen=True)
class AgreementDraft:
    vendor_id: int
    kind: AgreementKind
    title: str
    price: Money | None = None
    period: BillingPeriod = BillingPeriod.NONE
    start: date | None = None
    end: date | None = None
    renewal: date | None = None
    cancel_by: date | None = None
    notice_days: int | None = None
    notes: str = ""
    trial_end: date | None = None  # the last day of a free trial
    reference: str = ""  # the contract or customer number a letter quotes


@dataclass(frozen=True)
class InteractionDraft:
    vendor_id: int
    kind: InteractionKind
    at: datetime
    amount: Money | None = None
    channel: str | None = None
    note: str = ""


@dataclass(frozen=True)
class NoteDraft:
    vendor_id: int
    on: date
    text: str = ""
    ratings: dict[str, int] = field(default_factory=dict)  # dimension -> 1..5
    tags: tuple[str, ...] = ()
    author: str | None = None  # None = me; else a trusted contact's name


@dataclass(frozen=True)
class RequestDraft:
    title: str
    description: str = ""
    category: str | None = None
    budget_min: Money | None = None
    budget_max: Money | None = None
    location: str | None = None
    needed_by: date | None = None
    conditions: str = ""


@dataclass(frozen=True)
class OfferDraft:
    request_id: int
    price: Money | None = None
    conditions: str = ""
    valid_until: date | None = None
    vendor_id: int | None = None
    sender: str | None = None  # how the offer named its sender when the vendor is unknown


# -- records: what the vault holds ---------------------------------------------------------
@dataclass(frozen=True)
class Vendor:
    id: int
    uid: str
    name: str
    website: str | None
    category: str | None
    email: str | None
    phone: str | None
    address: str | None
    notes: str
    status: VendorStatus
    tags: tuple[str, ...]
    created_at: str
    updated_at: str
    deleted_at: str | None = None


@dataclass(frozen=True)
class Agreement:
    id: int
    uid: str
    vendor_id: int
    kind: AgreementKind
    title: str
    price: Money | None
    period: BillingPeriod
    start: date | None
    end: date | None
    renewal: date | None
    cancel_by: date | None
    notice_days: int | None
    notes: str
    created_at: str
    updated_at: str
    trial_end: date | None = None  # the last day of a free trial
    reference: str = ""  # the contract or customer number a letter quotes

    @property
    def yearly_cost(self) -> Money | None:
        if self.price is None or self.period is BillingPeriod.NONE:
            return None
        return Money(self.price.minor * self.period.per_year, self.price.currency)


@dataclass(frozen=True)
class Interaction:
    id: int
    uid: str
    vendor_id: int
    kind: InteractionKind
    at: datetime
    amount: Money | None
    channel: str | None
    note: str
    created_at: str


@dataclass(frozen=True)
class Note:
    id: int
    uid: str
    vendor_id: int
    on: date
    text: str
    ratings: dict[str, int]
    tags: tuple[str, ...]
    author: str | None
    created_at: str


@dataclass(frozen=True)
class Standing:
    """A vendor's standing, computed from notes: mean per dimension and overall, with counts."""

    vendor_id: int
    per_dimension: dict[str, tuple[float, int]]  # dimension -> (mean, number of ratings)
    overall: float | None
    notes: int


@dataclass(frozen=True)
class Request:
    id: int
    uid: str
    title: str
    description: str
    category: str | None
    budget_min: Money | None
    budget_max: Money | None
    location: str | None
    needed_by: date | None
    conditions: str
    status: RequestStatus
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Offer:
    id: int
    uid: str
    request_id: int
    vendor_id: int | None
    sender: str | None
    price: Money | None
    conditions: str
    valid_until: date | None
    received_at: str
    accepted: bool


@dataclass(frozen=True)
class Attachment:
    id: int
    uid: str
    vendor_id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: str


@dataclass(frozen=True)
class FollowUp:
    """Something to check on by a date: that a cancellation was confirmed, a refund arrived, …"""

    id: int
    uid: str
    vendor_id: int
    agreement_id: int | None
    due: date
    title: str
    done_at: str | None  # when she marked it done (UTC ISO timestamp), None while open
    created_at: str

    @property
    def is_open(self) -> bool:
        return self.done_at is None


@dataclass(frozen=True)
class Due:
    """Something that renews or must be cancelled soon."""

    agreement: Agreement
    vendor_name: str
    what: str  # "renews" or "cancel-by"
    on: date
