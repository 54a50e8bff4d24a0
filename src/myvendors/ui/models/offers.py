"""The offers for one request, as a table (one offer a row) and side by side (one offer a column).

`load` reads the offers (cheapest first, as the service orders them), the name of each known
vendor and, in one `insights.summaries` call, its standing. Offers whose valid-until day has
passed are marked expired; the cheapest offer of a comparison is highlighted when the prices
compared are in one currency (prices in different currencies are not converted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from myvendors.domain import insights, requests, vendors
from myvendors.domain.insights import VendorSummary
from myvendors.domain.models import Money, Offer, Request
from myvendors.errors import MyVendorsError
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.models.rows import tone_colour
from myvendors.ui.models.table import HeaderedTableModel
from myvendors.ui.models.vendors import RIGHT, Index, standing_text

if TYPE_CHECKING:
    from myvendors.storage import Database

OFFER_ROLE = Qt.ItemDataRole.UserRole + 1
EXPIRED_COLOUR = QColor("#b3261e")
CHEAPEST_BACKGROUND = QColor("#e3f2e7")
CHEAPEST_COLOUR = QColor("#1e5230")
CONDITIONS_SHOWN = 240  # characters of the conditions shown in a cell; the tooltip has them all


@dataclass(frozen=True)
class OfferView:
    """An offer with what the tables show beside it."""

    offer: Offer
    sender: str  # the vendor's name when it is in the vault, else the sender the offer named
    known: bool  # the vendor is in the vault
    summary: VendorSummary | None  # the vendor's standing (None: not in the vault)
    expired: bool

    @property
    def id(self) -> int:
        return self.offer.id


def load(db: Database, request_id: int, *, today: date | None = None) -> list[OfferView]:
    """The request's offers, cheapest first, with vendor names and standings (one summaries call)."""
    day = today or date.today()
    offers = requests.offers_for(db, request_id)
    # an offer from a sender not linked yet goes to the vendor she has with that website or name
    # (what accepting it does): show that vendor and its standing, not "not in your vault"
    owner = {o.id: o.vendor_id if o.vendor_id is not None else requests.matching_vendor(db, o.id) for o in offers}
    names: dict[int, str] = {}
    for vendor_id in {v for v in owner.values() if v is not None}:
        try:
            names[vendor_id] = vendors.get_vendor(db, vendor_id).name
        except MyVendorsError:  # purged from the trash: only the offer's own sender name is left
            continue
    found = insights.summaries(db, sorted(names)) if names else {}
    views: list[OfferView] = []
    for o in offers:
        owned_by = owner[o.id]
        name = names.get(owned_by) if owned_by is not None else None
        views.append(OfferView(
            offer=o,
            sender=name if name is not None else (o.sender or "?"),
            known=name is not None,
            summary=found.get(owned_by) if owned_by is not None else None,
            expired=o.valid_until is not None and o.valid_until < day and not o.accepted,
        ))
    return views


def cheapest(views: list[OfferView]) -> set[int]:
    """Ids of the offers with the lowest price, when every priced offer is in one currency (else none)."""
    priced = [v for v in views if v.offer.price is not None]
    if len(priced) < 2 or len({v.offer.price.currency for v in priced if v.offer.price}) != 1:
        return set()
    low = min(v.offer.price.minor for v in priced if v.offer.price)
    return {v.id for v in priced if v.offer.price and v.offer.price.minor == low}


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CONDITIONS_SHOWN else flat[: CONDITIONS_SHOWN - 1] + "…"


class _OfferTexts(QObject):
    """Texts both tables use (one place to translate them)."""

    def status(self, view: OfferView) -> str:
        if view.offer.accepted:
            return self.tr("Accepted")
        return self.tr("Expired") if view.expired else self.tr("Open")

    def standing(self, view: OfferView) -> str:
        if not view.known:
            return self.tr("not in your vault")
        return standing_text(view.summary) or self.tr("no ratings yet")

    def valid_until(self, view: OfferView) -> str:
        until = view.offer.valid_until
        if until is None:
            return self.tr("not stated")
        return self.tr("%s (expired)") % formatting.date_text(until) if view.expired else formatting.date_text(until)

    def price(self, view: OfferView) -> str:
        return formatting.money_text(view.offer.price) if view.offer.price is not None else self.tr("no price")

    def against_budget(self, view: OfferView, request: Request | None) -> str:
        price = view.offer.price
        if request is None or price is None:
            return ""
        low, high = request.budget_min, request.budget_max
        if low is None and high is None:
            return self.tr("no budget set")
        if any(b is not None and b.currency != price.currency for b in (low, high)):
            return self.tr("budget is in another currency")
        if high is not None and price.minor > high.minor:
            return self.tr("%s over budget") % formatting.money_text(Money(price.minor - high.minor, price.currency))
        if low is not None and price.minor < low.minor:
            return self.tr("below your range")
        return self.tr("within budget")


class OfferTableModel(HeaderedTableModel):
    """One offer a row: from, price, valid until, standing, status, conditions (first line)."""

    FROM, PRICE, VALID_UNTIL, STANDING, STATUS, CONDITIONS = range(6)
    NUMERIC = (PRICE, STANDING)
    ESSENTIAL = (FROM, PRICE, VALID_UNTIL, STATUS)
    FREE_TEXT = (CONDITIONS,)
    OPTIONAL = (STANDING,)
    LONG_TEXT = (FROM,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: list[OfferView] = []
        self._texts = _OfferTexts(self)
        self._headers = (
            self.tr("From"), self.tr("Price"), self.tr("Valid until"), self.tr("Standing"), self.tr("Status"),
            self.tr("Conditions"),
        )

    def set_offers(self, views: list[OfferView]) -> None:
        self.beginResetModel()
        self._views = list(views)
        self.endResetModel()

    def clear(self) -> None:
        self.set_offers([])

    def offer(self, row: int) -> OfferView:
        return self._views[row]

    def offers(self) -> list[OfferView]:
        return list(self._views)

    def row_of(self, offer_id: int) -> int | None:
        return next((n for n, v in enumerate(self._views) if v.id == offer_id), None)

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._views)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911, PLR0912 (one answer per role and column, as Qt asks)
        if not index.isValid() or not 0 <= index.row() < len(self._views):
            return None
        view = self._views[index.row()]
        column = index.column()
        if role == OFFER_ROLE:
            return view
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.NUMERIC else None
        if role == Qt.ItemDataRole.ForegroundRole and view.expired and column in (self.VALID_UNTIL, self.STATUS):
            return tone_colour("overdue")  # EXPIRED_COLOUR in light; readable in dark too
        if role == Qt.ItemDataRole.DecorationRole and column == self.FROM:
            return icons.icon("check") if view.offer.accepted else None
        if role == Qt.ItemDataRole.FontRole and view.offer.accepted:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FROM and not view.known:
                return self.tr("%s (not in your vault: accepting adds it as a vendor)") % view.sender
            if column == self.CONDITIONS:
                return view.offer.conditions or None
            if column == self.VALID_UNTIL:
                return self._texts.valid_until(view)
            if column == self.STANDING:
                return self._texts.standing(view)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.FROM:
                return view.sender
            if column == self.PRICE:
                return self._texts.price(view)
            if column == self.CONDITIONS:
                return " ".join(view.offer.conditions.split())
            if column == self.VALID_UNTIL:  # the Status column says "Expired"; the date is red
                return formatting.date_text(view.offer.valid_until)
            if column == self.STANDING:
                return standing_text(view.summary) if view.known else "—"
            if column == self.STATUS:
                return self._texts.status(view)
        return None


class ComparisonModel(HeaderedTableModel):
    """Offers side by side: one offer a column, one aspect a row; the cheapest price highlighted."""

    PRICE, BUDGET, VALID_UNTIL, STANDING, CONDITIONS, RECEIVED = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._views: list[OfferView] = []
        self._request: Request | None = None
        self._cheapest: set[int] = set()
        self._texts = _OfferTexts(self)
        self._aspects = (
            self.tr("Price"), self.tr("Against your budget"), self.tr("Valid until"), self.tr("Vendor standing"),
            self.tr("Conditions"), self.tr("Received"),
        )

    def set_offers(self, views: list[OfferView], request: Request | None) -> None:
        self.beginResetModel()
        self._views = list(views)
        self._request = request
        self._cheapest = cheapest(self._views)
        self.endResetModel()

    def clear(self) -> None:
        self.set_offers([], None)

    def offer(self, column: int) -> OfferView:
        return self._views[column]

    def offers(self) -> list[OfferView]:
        return list(self._views)

    def column_of(self, offer_id: int) -> int | None:
        return next((n for n, v in enumerate(self._views) if v.id == offer_id), None)

    def is_cheapest(self, column: int) -> bool:
        return self._views[column].id in self._cheapest

    # -- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() or not self._views else len(self._aspects)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._views)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if 0 <= section < self.rowCount() and role == Qt.ItemDataRole.DisplayRole:
                return self._aspects[section]
            return None
        if not 0 <= section < len(self._views):
            return None
        view = self._views[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return view.sender
        if role == Qt.ItemDataRole.ToolTipRole:
            said = view.sender if view.known else self.tr("%s (not in your vault)") % view.sender
            return self.tr("%s: accepted") % said if view.offer.accepted else said
        if role == Qt.ItemDataRole.DecorationRole and view.offer.accepted:
            return icons.icon("check")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911, PLR0912 (one answer per role and aspect, as Qt asks)
        if not index.isValid() or not 0 <= index.column() < len(self._views) or not 0 <= index.row() < self.rowCount():
            return None
        view = self._views[index.column()]
        aspect = index.row()
        cheapest_price = aspect == self.PRICE and view.id in self._cheapest
        if role == OFFER_ROLE:
            return view
        if role == Qt.ItemDataRole.BackgroundRole and cheapest_price:
            return CHEAPEST_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if cheapest_price:
                return CHEAPEST_COLOUR
            if view.expired and aspect == self.VALID_UNTIL:
                return tone_colour("overdue")
        if role == Qt.ItemDataRole.FontRole and (cheapest_price or aspect == self.PRICE):
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold if cheapest_price else QFont.Weight.Medium)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.ToolTipRole and aspect == self.CONDITIONS:
            return view.offer.conditions or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if aspect == self.PRICE:
                price = self._texts.price(view)
                return self.tr("%s\ncheapest") % price if cheapest_price else price
            if aspect == self.BUDGET:
                return self._texts.against_budget(view, self._request)
            if aspect == self.VALID_UNTIL:
                return self._texts.valid_until(view)
            if aspect == self.STANDING:
                return self._texts.standing(view)
            if aspect == self.CONDITIONS:
                return _short(view.offer.conditions) or "—"
            if aspect == self.RECEIVED:
                return formatting.stamp_date_text(view.offer.received_at)
        return None
