"""Recurring charges found in the payments: detection, proposals, decisions and price rises.

`detect` is a pure function over payments (vendor, currency, day, amount in minor units) that
finds series charged at a regular interval — weekly, monthly, quarterly, yearly — with similar
amounts. It tolerates date drift (month lengths, weekends, a few days), a skipped charge, a price
change that then holds (a rise), one-off charges at the same vendor (left out) and two
subscriptions at one vendor (kept apart by their amounts).

How a series is found, per vendor and currency, payments in date order: for each period, shortest
first, every payment not yet in a series starts a chain; the chain takes the next payment one
period on (within the period's drift tolerance), or two periods on (one skipped charge), whose
amount is within `SIMILAR` of the chain's current price, the closest amount first; failing that, a
payment with a changed amount (at most `MAX_STEP` times up or down) when the payment after it
keeps the new amount (a step that then holds). A chain of more than `MIN_CHARGES[period]` charges
is a series and its payments are taken, one of exactly that many only when it skips no charge and
its amounts are the same (`EXACT`); a shorter one lets them go, so a longer period can try.

On a vault (`find`): series of vendors not in the trash that are still charged (at most one
expected charge missing by today) become proposals, except those an agreement already covers
(same vendor, period and currency, the price the agreement records is one the series charged or
has since risen from): for those a `PriceRise` is reported when the latest charge is above the
agreement's price. What she decided (accept: an agreement and its
decision in one transaction; dismiss) is kept by the series' stable key, so a dismissed series is
never proposed again.

The key: ``VENDOR_UID/CURRENCY/PERIOD/FIRST_DAY``. New payments arrive after the first charge and
leave it alone; when an older statement brings earlier charges, the first day moves, so a decision
matches a series by vendor, currency and period and any of the series' charge days. The short id
the command line shows is the first 8 hex digits of the key's SHA-256.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from myvendors.domain import agreements, vendors
from myvendors.domain._convert import new_uid
from myvendors.domain.models import Agreement, AgreementDraft, AgreementKind, BillingPeriod, Money
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import agreements as agreements_sql
from myvendors.storage import recurring as sql

# the periods looked for, shortest first (a shorter period takes its payments before a longer one tries)
PERIODS: tuple[BillingPeriod, ...] = (
    BillingPeriod.WEEKLY, BillingPeriod.MONTHLY, BillingPeriod.QUARTERLY, BillingPeriod.YEARLY,
)
# the average length of each period in days
DAYS: dict[BillingPeriod, float] = {
    BillingPeriod.WEEKLY: 7.0, BillingPeriod.MONTHLY: 30.4375, BillingPeriod.QUARTERLY: 91.3125,
    BillingPeriod.YEARLY: 365.25,
}
# how many days a charge may fall from one period after the one before (month lengths, weekends, drift)
TOLERANCE: dict[BillingPeriod, float] = {
    BillingPeriod.WEEKLY: 2.0, BillingPeriod.MONTHLY: 6.0, BillingPeriod.QUARTERLY: 9.0, BillingPeriod.YEARLY: 14.0,
}
# calendar months per period (None: counted in days)
MONTHS: dict[BillingPeriod, int | None] = {
    BillingPeriod.WEEKLY: None, BillingPeriod.MONTHLY: 1, BillingPeriod.QUARTERLY: 3, BillingPeriod.YEARLY: 12,
}
# the fewest charges that make a series
MIN_CHARGES: dict[BillingPeriod, int] = {
    BillingPeriod.WEEKLY: 4, BillingPeriod.MONTHLY: 3, BillingPeriod.QUARTERLY: 3, BillingPeriod.YEARLY: 2,
}
SIMILAR = 0.10  # amounts within 10% of the current price are the same price
EXACT = 0.01  # a series of only MIN_CHARGES charges needs amounts this close (and no skipped charge)
MAX_STEP = 1.6  # a price change (confirmed by the next charge) is at most this factor up or down
SHORT_ID_LENGTH = 8


# -- typed values -----------------------------------------------------------------------------
@dataclass(frozen=True)
class PriceStep:
    """Within a series: the price changed from `old` to `new` (minor units) with the charge on `since`."""

    old: int
    new: int
    since: date


@dataclass(frozen=True)
class Series:
    """A run of payments at one vendor in one currency at a regular interval (what `detect` finds)."""

    vendor_id: int
    currency: str
    period: BillingPeriod
    ordinals: tuple[int, ...]  # the charges' days as date ordinals, oldest first (dates: `days`)
    amounts: tuple[int, ...]  # their amounts in minor units, same order

    @functools.cached_property
    def days(self) -> tuple[date, ...]:
        return tuple(map(date.fromordinal, self.ordinals))

    @functools.cached_property
    def steps(self) -> tuple[PriceStep, ...]:
        """Where the price moved beyond `SIMILAR` of the level before and held (the next charge kept it)."""
        steps: list[PriceStep] = []
        amounts, level = self.amounts, self.amounts[0]
        for i in range(1, len(amounts)):
            if _similar(amounts[i], level):
                continue
            if i + 1 < len(amounts) and _similar(amounts[i + 1], amounts[i]):
                steps.append(PriceStep(level, amounts[i], date.fromordinal(self.ordinals[i])))
                level = amounts[i]
        return tuple(steps)

    @property
    def price(self) -> Money:
        """The latest charge's amount: what the next one will most likely be."""
        return Money(self.amounts[-1], self.currency)

    @property
    def start(self) -> date:
        return date.fromordinal(self.ordinals[0])

    @property
    def last(self) -> date:
        return date.fromordinal(self.ordinals[-1])

    @property
    def count(self) -> int:
        return len(self.ordinals)

    @property
    def next_expected(self) -> date:
        """One period after the last charge, on the day of the month the series is usually charged."""
        return expected_after(self.last, self.period, anchor_day(self.days))

    def upcoming(self, today: date) -> date:
        """The first expected charge on or after `today` (the next one after the last while none is due)."""
        anchor = anchor_day(self.days)
        on = expected_after(self.last, self.period, anchor)
        while on < today:
            on = expected_after(on, self.period, anchor)
        return on

    def active(self, today: date) -> bool:
        """Still charged: no more than one expected charge is missing by `today`."""
        return today.toordinal() <= self.ordinals[-1] + round(2 * DAYS[self.period] + TOLERANCE[self.period])


@dataclass(frozen=True)
class Proposal:
    """A series she has not decided about and no agreement covers: proposed as an agreement."""

    key: str  # VENDOR_UID/CURRENCY/PERIOD/FIRST_DAY
    id: str  # the short form of the key the command line shows and takes
    vendor_id: int
    vendor_name: str
    period: BillingPeriod
    price: Money  # the latest charge
    start: date  # the first charge
    last_charge: date
    next_charge: date  # the first expected on or after today
    charges: int  # how many


@dataclass(frozen=True)
class PriceRise:
    """An agreement's series now charges more than the agreement says."""

    agreement_id: int
    agreement_title: str
    vendor_id: int
    vendor_name: str
    period: BillingPeriod
    old_price: Money  # what the agreement says
    new_price: Money  # the latest charge
    since: date  # the first charge at the new price


@dataclass(frozen=True)
class Findings:
    proposals: tuple[Proposal, ...]
    rises: tuple[PriceRise, ...]


# -- dates ------------------------------------------------------------------------------------
def _month_end(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def add_months(day: date, months: int, anchor: int | None = None) -> date:
    """`day` moved by whole months, on the `anchor` day of the month (default: its own), clamped
    to the month's last day (31 January + 1 month: 28 or 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(anchor or day.day, _month_end(year, month + 1)))


def anchor_day(days: Sequence[date]) -> int:
    """The day of the month a series is charged on most often (drift to a weekday moves some)."""
    counts: dict[int, int] = {}
    for day in days:
        counts[day.day] = counts.get(day.day, 0) + 1
    return max(sorted(counts), key=lambda d: counts[d])


def expected_after(day: date, period: BillingPeriod, anchor: int) -> date:
    months = MONTHS[period]
    if months is None:
        return day + timedelta(days=round(DAYS[period]))
    return add_months(day, months, anchor)


# -- detection (pure) -------------------------------------------------------------------------
def _similar(amount: int, price: int) -> bool:
    return abs(amount - price) <= SIMILAR * abs(price)


def _within_step(amount: int, price: int) -> bool:
    return price / MAX_STEP <= amount <= price * MAX_STEP


class _Group:
    """One vendor's payments in one currency (day ordinals ascending, amounts > 0): finds its series."""

    def __init__(self, days: list[int], amounts: list[int]) -> None:
        self.days, self.amounts = days, amounts
        self.taken = bytearray(len(days))

    def _holds(self, j: int, span: float, tolerance: float) -> bool:
        """A charge one or two periods after `j` keeps `j`'s amount (so `j` is a price change, not a one-off)."""
        days, amounts, taken, n = self.days, self.amounts, self.taken, len(self.days)
        low, high = amounts[j] * (1 - SIMILAR), amounts[j] * (1 + SIMILAR)
        for centre in (days[j] + span, days[j] + 2 * span):
            k = bisect.bisect_left(days, centre - tolerance, j + 1)
            while k < n and days[k] <= centre + tolerance:
                if not taken[k] and low <= amounts[k] <= high:
                    return True
                k += 1
        return False

    def chain(self, start: int, period: BillingPeriod) -> list[int]:
        """The chain from `start`: each next charge one period on (else two: one skipped) at a similar
        amount, the closest first; else a changed amount the charge after it keeps. (Written for speed:
        it runs for every payment; a window lies after the chain's last charge, so never in it.)"""
        span, tolerance = DAYS[period], TOLERANCE[period]
        days, amounts, taken, n = self.days, self.amounts, self.taken, len(self.days)
        chain = [start]
        cur = start
        bisect_left = bisect.bisect_left
        while True:
            price = amounts[cur]
            low, high = price - SIMILAR * price, price + SIMILAR * price
            found = -1
            centre = days[cur] + span
            for _ in (1, 2):  # one period on, else two (one charge skipped)
                j = bisect_left(days, centre - tolerance, cur + 1)
                end = centre + tolerance
                best_gap, best_off = 0, 0.0
                changed: list[int] | None = None
                while j < n and days[j] <= end:
                    if not taken[j]:
                        amount = amounts[j]
                        if low <= amount <= high:
                            if found < 0:
                                found, best_gap, best_off = j, abs(amount - price), abs(days[j] - centre)
                            else:
                                gap, off = abs(amount - price), abs(days[j] - centre)
                                if gap < best_gap or (gap == best_gap and off < best_off):
                                    found, best_gap, best_off = j, gap, off
                        elif found < 0 and price / MAX_STEP <= amount <= price * MAX_STEP:
                            changed = [*changed, j] if changed else [j]
                    j += 1
                if found < 0 and changed:
                    for k in sorted(changed, key=lambda k: abs(days[k] - centre)):
                        if self._holds(k, span, tolerance):
                            found = k
                            break
                if found >= 0:
                    break
                centre += span
            if found < 0:
                return chain
            chain.append(found)
            cur = found

    def _tight(self, chain: list[int], period: BillingPeriod) -> bool:
        """A chain of only the fewest charges counts when it skips none and its amounts are the same
        (within `EXACT`): two purchases a year apart at similar prices are not yet a subscription."""
        amounts = [self.amounts[i] for i in chain]
        gaps = (self.days[b] - self.days[a] for a, b in itertools.pairwise(chain))
        return max(amounts) - min(amounts) <= EXACT * min(amounts) and all(
            gap <= DAYS[period] + TOLERANCE[period] for gap in gaps)

    def _steady(self, chain: list[int]) -> bool:
        """A quarterly or yearly chain charges the same amount (within `EXACT`) each time, but for a
        price change that the next charge confirms, or a rise at the latest charge: its wide date
        window would otherwise string together a busy shop's purchases of similar size (a café's
        beans, 16.84 then 16.56 a year later) into a subscription that is not there."""
        amounts = [self.amounts[i] for i in chain]
        level = amounts[0]
        for k, amount in enumerate(amounts[1:], start=1):
            if abs(amount - level) <= EXACT * level:
                continue
            following = amounts[k + 1] if k + 1 < len(amounts) else None
            if (following is None and amount > level) or (
                    following is not None and abs(following - amount) <= EXACT * amount):
                level = amount  # a new price: the latest charge's rise, or one that then holds
                continue
            return False
        return True

    def _distinct(self, chain: list[int]) -> bool:
        """A quarterly or yearly chain's price stands out among the vendor's other payments: where as
        many other payments cost about the same (a shop she buys the same thing at often), a few
        of them a year apart are chance, not a subscription."""
        members = set(chain)
        price = self.amounts[chain[-1]]
        others = sum(1 for i, amount in enumerate(self.amounts) if i not in members and _similar(amount, price))
        return others < len(chain)

    def series(self) -> list[tuple[BillingPeriod, list[int]]]:
        found: list[tuple[BillingPeriod, list[int]]] = []
        days, taken, n = self.days, self.taken, len(self.days)
        free: Sequence[int] = range(n)
        bisect_left = bisect.bisect_left
        for period in PERIODS:
            need = MIN_CHARGES[period]
            if len(free) < need:
                continue
            span, tolerance = DAYS[period], TOLERANCE[period]
            # A failed chain's later charges would start only the same chain, shorter: not tried again.
            tried = bytearray(n)
            for start in free:
                if taken[start] or tried[start]:
                    continue
                # Quick refusal (most payments, most periods): nothing at all one or two periods on.
                day = days[start]
                j = bisect_left(days, day + span - tolerance, start + 1)
                if j >= n:
                    continue
                if days[j] > day + span + tolerance:
                    j = bisect_left(days, day + 2 * span - tolerance, j)
                    if j >= n or days[j] > day + 2 * span + tolerance:
                        continue
                chain = self.chain(start, period)
                counts = len(chain) > need or (len(chain) == need and self._tight(chain, period))
                if counts and (period in (BillingPeriod.WEEKLY, BillingPeriod.MONTHLY) or (self._steady(chain) and self._distinct(chain))):
                    for i in chain:
                        taken[i] = 1
                    found.append((period, chain))
                else:
                    for i in chain:
                        tried[i] = 1
            free = [i for i in free if not taken[i]] if found else free
        return found


def detect_days(vendor_id: int, currency: str, days: list[int], amounts: list[int]) -> list[Series]:
    """The series in one vendor's payments in one currency: `days` are date ordinals ascending,
    `amounts` minor units in the same order (refunds and zero amounts are left out here)."""
    if min(amounts, default=1) <= 0:
        kept = [(d, a) for d, a in zip(days, amounts, strict=True) if a > 0]
        days, amounts = [d for d, _ in kept], [a for _, a in kept]
    if len(days) < min(MIN_CHARGES.values()):
        return []
    found = [
        Series(vendor_id, currency, period, tuple(map(days.__getitem__, chain)), tuple(map(amounts.__getitem__, chain)))
        for period, chain in _Group(days, amounts).series()
    ]
    found.sort(key=lambda s: (s.ordinals[0], PERIODS.index(s.period), s.amounts[0]))
    return found


def detect(payments: Iterable[tuple[int, str, date, int]]) -> list[Series]:
    """Every series in `payments` (vendor id, currency, day, amount in minor units; money out is
    positive), sorted by vendor and currency then day; per vendor and currency by first charge."""
    found: list[Series] = []
    for (vendor_id, currency), rows in itertools.groupby(payments, key=lambda p: (p[0], p[1])):
        days: list[int] = []
        amounts: list[int] = []
        for _, _, day, amount in rows:
            days.append(day.toordinal())
            amounts.append(amount)
        found.extend(detect_days(vendor_id, currency, days, amounts))
    return found


def detect_groups(groups: Iterable[tuple[int, str, list[int], list[int]]]) -> list[Series]:
    """`detect` over payments already grouped per vendor and currency, their days as date ordinals
    (what storage reads: `storage.recurring.payment_groups`)."""
    found: list[Series] = []
    for vendor_id, currency, days, amounts in groups:
        found.extend(detect_days(vendor_id, currency, days, amounts))
    return found


# -- keys -------------------------------------------------------------------------------------
def series_key(vendor_uid: str, series: Series) -> str:
    return f"{vendor_uid}/{series.currency}/{series.period.value}/{series.start.isoformat()}"


def short_id(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:SHORT_ID_LENGTH]


def _key_parts(key: str) -> tuple[tuple[str, str, str], date] | None:
    parts = key.split("/")
    if len(parts) != 4:
        return None
    try:
        return (parts[0], parts[1], parts[2]), date.fromisoformat(parts[3])
    except ValueError:
        return None


# -- on a vault -------------------------------------------------------------------------------
def _covering(series: Series, candidates: Sequence[Agreement]) -> Agreement | None:
    """The agreement that already records this series: same period and currency, and a price the
    series charged (within `SIMILAR`) or has since risen from; a priceless one of that period too."""
    best: Agreement | None = None
    for agreement in candidates:
        if agreement.period != series.period:
            continue
        if agreement.price is None:
            best = best or agreement
            continue
        if agreement.price.currency != series.currency:
            continue
        paid, latest = agreement.price.minor, series.amounts[-1]
        charged = any(_similar(amount, paid) for amount in series.amounts)
        risen = paid < latest and _within_step(latest, paid)
        closer = best is None or best.price is None or abs(paid - latest) < abs(best.price.minor - latest)
        if (charged or risen) and closer:
            best = agreement
    return best


def _rise(series: Series, agreement: Agreement, vendor_name: str) -> PriceRise | None:
    if agreement.price is None or series.amounts[-1] <= agreement.price.minor:
        return None
    old = agreement.price.minor
    if _similar(series.amounts[-1], old) and series.amounts[-1] - old < 0.005 * old:
        return None  # rounding, not a rise
    latest, since = series.amounts[-1], series.last
    for day, amount in zip(reversed(series.days), reversed(series.amounts), strict=True):
        if amount <= old or not _similar(amount, latest):
            break
        since = day  # the first charge of the run at the latest price
    return PriceRise(
        agreement_id=agreement.id, agreement_title=agreement.title, vendor_id=series.vendor_id,
        vendor_name=vendor_name, period=series.period, old_price=agreement.price, new_price=series.price,
        since=since,
    )


def _series_of(db: Database, vendor_id: int | None = None) -> list[Series]:
    return detect_groups(sql.payment_groups(db, vendor_id))


def find(db: Database, *, today: date | None = None, vendor_id: int | None = None) -> Findings:
    """The proposals (active series nobody decided about and no agreement covers) and the price
    rises of agreements, over every vendor not in the trash (or one vendor's)."""
    today = today or date.today()
    every = _series_of(db, vendor_id)
    if not every:
        return Findings((), ())
    names = sql.vendor_names(db, vendor_id)
    decided: dict[tuple[str, str, str], set[int]] = {}
    for key in sql.decided_keys(db, vendor_id):
        parts = _key_parts(key)
        if parts is not None:
            decided.setdefault(parts[0], set()).add(parts[1].toordinal())
    recorded: dict[int, list[Agreement]] = {}
    for agreement in (agreements.agreements_of(db, vendor_id) if vendor_id is not None
                      else (a for a, _ in agreements.all_agreements(db))):
        if agreement.period != BillingPeriod.NONE:
            recorded.setdefault(agreement.vendor_id, []).append(agreement)
    proposals: list[Proposal] = []
    rises: list[PriceRise] = []
    for series in every:
        if series.vendor_id not in names:
            continue
        uid, name = names[series.vendor_id]
        covering = _covering(series, recorded.get(series.vendor_id, ()))
        if covering is not None:
            rise = _rise(series, covering, name) if series.active(today) else None
            if rise is not None:
                rises.append(rise)
            continue
        if not series.active(today):
            continue
        if decided.get((uid, series.currency, series.period.value), set()).intersection(series.ordinals):
            continue
        key = series_key(uid, series)
        proposals.append(Proposal(
            key=key, id=short_id(key), vendor_id=series.vendor_id, vendor_name=name, period=series.period,
            price=series.price, start=series.start, last_charge=series.last, next_charge=series.upcoming(today),
            charges=series.count,
        ))
    proposals.sort(key=lambda p: (p.next_charge, p.vendor_name.casefold(), p.id))
    rises.sort(key=lambda r: (r.vendor_name.casefold(), r.agreement_title.casefold(), r.agreement_id))
    return Findings(tuple(proposals), tuple(rises))


def price_rises_of(db: Database, vendor_id: int, *, today: date | None = None) -> list[PriceRise]:
    """The price rises of one vendor's agreements (the agreements tab shows them)."""
    return list(find(db, today=today, vendor_id=vendor_id).rises)


def proposal(db: Database, ident: str, *, today: date | None = None) -> Proposal:
    """The proposal with this id (the short form the command line shows) or full key."""
    wanted = ident.strip()
    for found in find(db, today=today).proposals:
        if wanted.lower() in (found.id, found.key.lower()):
            return found
    raise InvalidInput(Message(QT_TRANSLATE_NOOP(
        "Errors",
        "No recurring charge is proposed with the id {ident!r} (it may have been accepted or dismissed); "
        "`myvendors recurring` lists the proposals and their ids."
    ), ident=ident), field="id")


def draft_of(found: Proposal) -> AgreementDraft:
    """The agreement a proposal becomes when accepted as it is (and what the edit dialog starts with)."""
    return AgreementDraft(
        vendor_id=found.vendor_id, kind=AgreementKind.SUBSCRIPTION, title=found.vendor_name, price=found.price,
        period=found.period, start=found.start, renewal=found.next_charge,
    )


def accept(db: Database, found: Proposal, draft: AgreementDraft | None = None) -> Agreement:
    """Record the proposal as an agreement (`draft`: as she edited it; default `draft_of`) and the
    decision, in one transaction; a refused draft writes nothing."""
    chosen = draft if draft is not None else draft_of(found)
    if chosen.vendor_id != found.vendor_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The agreement must be with the vendor that charged it."),
                           field="vendor")
    vendors.get_vendor(db, found.vendor_id)
    clean = agreements.validate(chosen)
    with db.transaction():
        agreement_id = agreements_sql.insert_agreement(
            db, uid=new_uid(), vendor_id=clean.vendor_id,
            values=agreements._values(clean),  # the same columns add_agreement writes, in this transaction
        )
        sql.insert_decision(db, key=found.key, vendor_id=found.vendor_id, decision="accepted",
                            agreement_id=agreement_id)
    return agreements.get_agreement(db, agreement_id)


def dismiss(db: Database, found: Proposal) -> None:
    """She does not want this series proposed again."""
    with db.transaction():
        sql.insert_decision(db, key=found.key, vendor_id=found.vendor_id, decision="dismissed", agreement_id=None)
