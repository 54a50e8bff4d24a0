"""Personal requests (intentcasts) and the offers vendors send back.

A request moves draft → open → fulfilled / withdrawn / expired (`REQUEST_TRANSITIONS`).
Publishing it (sharing it as a package) opens a draft or expired one, in the same transaction as
the share's ledger entry (`open_by_sharing_in`); a withdrawn or fulfilled one cannot be shared.
Accepting an offer is one action: the offer is marked, the request fulfilled, the vendor
created (or found) and an "offer-accepted" interaction put on its timeline.
"""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from myvendors.domain import timeline, vendors
from myvendors.domain._convert import (
    date_or_none,
    iso_date,
    money_or_none,
    new_uid,
    require,
    short,
    text,
)
from myvendors.domain.models import (
    REQUEST_TRANSITIONS,
    InteractionDraft,
    InteractionKind,
    Offer,
    OfferDraft,
    Request,
    RequestDraft,
    RequestStatus,
    VendorDraft,
)
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import requests as sql


def _to_request(row: dict[str, Any]) -> Request:
    currency = row["currency"]
    return Request(
        id=int(row["id"]),
        uid=row["uid"],
        title=row["title"],
        description=row["description"] or "",
        category=row["category"],
        budget_min=money_or_none(row["budget_min_minor"], currency),
        budget_max=money_or_none(row["budget_max_minor"], currency),
        location=row["location"],
        needed_by=date_or_none(row["needed_by"]),
        conditions=row["conditions"] or "",
        status=RequestStatus(row["status"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _to_offer(row: dict[str, Any]) -> Offer:
    return Offer(
        id=int(row["id"]),
        uid=row["uid"],
        request_id=int(row["request_id"]),
        vendor_id=row["vendor_id"],
        sender=row["sender"],
        price=money_or_none(row["price_minor"], row["currency"]),
        conditions=row["conditions"] or "",
        valid_until=date_or_none(row["valid_until"]),
        received_at=row["received_at"],
        accepted=bool(row["accepted"]),
    )


def validate(draft: RequestDraft) -> tuple[RequestDraft, dict[str, Any]]:
    title = short(draft.title, "title") or ""
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A request needs a title: what do you want?"), field="title")
    low, high = draft.budget_min, draft.budget_max
    if low and high and low.currency != high.currency:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Both ends of the budget must be in the same currency."), field="budget_max")
    if low and high and high.minor < low.minor:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The budget's maximum is below its minimum."), field="budget_max")
    for name, value in (("budget_min", low), ("budget_max", high)):
        if value is not None and value.minor < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A budget cannot be negative."), field=name)
    clean = replace(
        draft,
        title=title,
        description=text(draft.description, "description"),
        category=short(draft.category, "category", 100),
        location=short(draft.location, "location", 200),
        conditions=text(draft.conditions, "conditions"),
    )
    bound = low or high
    currency = bound.currency if bound is not None else None
    values = {
        "title": clean.title,
        "description": clean.description,
        "category": clean.category,
        "budget_min_minor": low.minor if low else None,
        "budget_max_minor": high.minor if high else None,
        "currency": currency,
        "location": clean.location,
        "needed_by": iso_date(clean.needed_by),
        "conditions": clean.conditions,
    }
    return clean, values


def create_request(db: Database, draft: RequestDraft) -> Request:
    """A new request, as a draft."""
    _, values = validate(draft)
    with db.transaction():
        request_id = sql.insert_request(db, uid=new_uid(), values=values)
    return get_request(db, request_id)


def update_request(db: Database, request_id: int, **changes: Any) -> Request:
    current = get_request(db, request_id)
    if current.status in (RequestStatus.FULFILLED,):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A fulfilled request can no longer be changed."), field="status")
    unknown = set(changes) - set(RequestDraft.__dataclass_fields__)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Requests have no field {value!r}."), value=sorted(unknown)[0]), field=sorted(unknown)[0])
    draft = RequestDraft(
        title=current.title, description=current.description, category=current.category,
        budget_min=current.budget_min, budget_max=current.budget_max, location=current.location,
        needed_by=current.needed_by, conditions=current.conditions,
    )
    _, values = validate(replace(draft, **changes))
    with db.transaction():
        sql.update_request(db, request_id, values)
    return get_request(db, request_id)


def get_request(db: Database, request_id: int) -> Request:
    return _to_request(require(sql.get_request(db, request_id), "request", request_id))


def offer_count(db: Database, request_id: int) -> int:
    row = sql.get_request(db, request_id)
    return int(row["offer_count"]) if row else 0


def list_requests(
    db: Database, *, status: RequestStatus | None = None, after: Request | None = None, limit: int = 200
) -> list[Request]:
    """Newest first."""
    rows = sql.requests_page(db, status=status.value if status else None, limit=limit, before_id=after.id if after else None)
    return [_to_request(r) for r in rows]


def change_status(db: Database, request_id: int, status: RequestStatus | str) -> Request:
    """Move a request along its life; a change the life does not allow is refused with the reason."""
    try:
        target = RequestStatus(status)
    except ValueError:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A request's status is one of {value}."), value=', '.join(s.value for s in RequestStatus)), field="status") from None
    current = get_request(db, request_id)
    if target not in REQUEST_TRANSITIONS[current.status]:
        allowed = ", ".join(sorted(s.value for s in REQUEST_TRANSITIONS[current.status])) or "nothing"
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "A {value} request cannot become {value2} (it can become: {allowed})."
            ), value=current.status.value, value2=target.value, allowed=allowed), field="status"
        )
    if target is RequestStatus.FULFILLED:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A request is fulfilled by accepting one of its offers."), field="status")
    with db.transaction():
        sql.set_status(db, request_id, target.value)
    return get_request(db, request_id)


def check_shareable(request: Request) -> None:
    """A request that takes no more offers is not published: say how to take it up again."""
    if request.status is RequestStatus.WITHDRAWN:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "This request is withdrawn: it takes no offers. Make it a draft again before you share it."
        ),
                           field="request")
    if request.status is RequestStatus.FULFILLED:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "This request is fulfilled: an offer was accepted, so it takes no more. Write a new request "
            "instead."
        ), field="request")


def open_by_sharing_in(db: Database, request_id: int) -> RequestStatus | None:
    """Sharing publishes the request: a draft (or an expired one, published again) becomes open.
    Runs inside the caller's transaction (the share and its ledger entry are one action); returns
    the status it had when this changed it, None when it was open already."""
    if not db.in_transaction:
        raise RuntimeError("a request is opened by sharing in the transaction that records the share")
    request = get_request(db, request_id)
    check_shareable(request)
    if request.status is RequestStatus.OPEN:
        return None
    if RequestStatus.OPEN not in REQUEST_TRANSITIONS[request.status]:  # check_shareable lets through only what can open
        raise RuntimeError(f"a {request.status.value} request cannot open")
    sql.set_status(db, request_id, RequestStatus.OPEN.value)
    return request.status


# -- what a request in a status allows (the UI offers exactly these) ----------------------------
# The status changes a person can ask for, in the order they are offered; FULFILLED comes only
# from accepting an offer.
STATUS_CHANGES = (RequestStatus.OPEN, RequestStatus.DRAFT, RequestStatus.EXPIRED, RequestStatus.WITHDRAWN)
_CLOSED = (RequestStatus.FULFILLED, RequestStatus.WITHDRAWN)  # take no more offers and are not shared


def allowed_changes(status: RequestStatus) -> list[RequestStatus]:
    """The status changes a person may ask for in `status` (accepting an offer fulfils it)."""
    return [target for target in STATUS_CHANGES if target in REQUEST_TRANSITIONS[status]]


def way_back(current: RequestStatus, target: RequestStatus) -> list[RequestStatus] | None:
    """The shortest chain of status changes from `target` back to `current` (None: there is none)."""
    paths: deque[list[RequestStatus]] = deque([[target]])
    seen = {target}
    while paths:
        path = paths.popleft()
        if path[-1] is current:
            return path
        for step in sorted(REQUEST_TRANSITIONS[path[-1]] - {RequestStatus.FULFILLED} - seen):
            seen.add(step)
            paths.append([*path, step])
    return None


def needs_confirmation(current: RequestStatus, target: RequestStatus) -> bool:
    """Whether to ask first: one step cannot take the change back (opening never asks: it loses nothing)."""
    return target is not RequestStatus.OPEN and current not in REQUEST_TRANSITIONS[target]


def can_edit(status: RequestStatus) -> bool:
    """A fulfilled request is a record of what was accepted: it is not edited."""
    return status is not RequestStatus.FULFILLED


def can_share(status: RequestStatus) -> bool:
    """Whether it may be published (`check_shareable` says why not)."""
    return status not in _CLOSED


def takes_offers(status: RequestStatus) -> bool:
    """Whether an offer may be added to it (a fulfilled or withdrawn one takes no more)."""
    return status not in _CLOSED


def can_accept(status: RequestStatus) -> bool:
    """Only an open request's offers can be accepted."""
    return status is RequestStatus.OPEN


def _offer_values(db: Database, draft: OfferDraft, raw_document: str | None) -> tuple[Request, dict[str, Any]]:
    request = get_request(db, draft.request_id)
    if not takes_offers(request.status):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This request is {value}; it takes no more offers."), value=request.status.value), field="request_id")
    if draft.vendor_id is not None:
        vendors.get_vendor(db, draft.vendor_id)
    sender = short(draft.sender, "sender", 200)
    if draft.vendor_id is None and not sender:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An offer names its vendor or at least its sender."), field="sender")
    if draft.price is not None and draft.price.minor < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A price cannot be negative."), field="price")
    return request, {
        "vendor_id": draft.vendor_id,
        "sender": sender,
        "price_minor": draft.price.minor if draft.price else None,
        "currency": draft.price.currency if draft.price else None,
        "conditions": text(draft.conditions, "conditions"),
        "valid_until": iso_date(draft.valid_until),
        "raw_document": raw_document,
    }


def add_offer(db: Database, draft: OfferDraft, *, raw_document: str | None = None) -> Offer:
    """Record an offer for a request (from a known vendor, or a sender we only know by name)."""
    request, values = _offer_values(db, draft, raw_document)
    with db.transaction():
        offer_id = sql.insert_offer(db, uid=new_uid(), request_id=request.id, values=values)
    return get_offer(db, offer_id)


def add_offer_in(db: Database, draft: OfferDraft, *, raw_document: str | None = None) -> int:
    """`add_offer` inside the caller's transaction (an imported document and its offer are one action)."""
    request, values = _offer_values(db, draft, raw_document)
    return sql.insert_offer(db, uid=new_uid(), request_id=request.id, values=values)


def matching_vendor(db: Database, offer_id: int, *, vendor_name: str | None = None) -> int | None:
    """The vendor accepting this offer goes to: its own, else the one in the vault with the same
    website host or folded name (`vendors.matching`), else None (a new vendor is added)."""
    offer = get_offer(db, offer_id)
    if offer.vendor_id is not None:
        return int(offer.vendor_id)
    return vendors.matching(db, vendor_name or offer.sender, _carried_website(db, offer_id))


def _carried_website(db: Database, offer_id: int) -> str | None:
    """The website the vendor's signed offer named for itself (None for an offer typed in)."""
    row = sql.get_offer(db, offer_id)
    raw = row.get("raw_document") if row else None
    if not raw:
        return None
    from myvendors.domain.sharing import answers  # sharing builds on requests, not the other way round

    website = answers.stored_sender(db, raw).get("website")
    try:
        return vendors.normalise_website(website) if isinstance(website, str) else None
    except InvalidInput:
        return None


def get_offer(db: Database, offer_id: int) -> Offer:
    return _to_offer(require(sql.get_offer(db, offer_id), "offer", offer_id))


def offers_for(db: Database, request_id: int) -> list[Offer]:
    """The offers for a request, cheapest first (for side-by-side comparison)."""
    get_request(db, request_id)
    return [_to_offer(r) for r in sql.offers_of(db, request_id)]


def accept_offer(db: Database, offer_id: int, *, vendor_name: str | None = None) -> tuple[Offer, Request, int]:
    """Accept an offer: request fulfilled, vendor found or created, an interaction recorded.

    An offer from a sender not linked to a vendor goes to the vendor already in the vault with
    the same website host or the same folded name (`vendors.matching`), else to a new vendor;
    the website the offer carried is kept (filled in where the vendor has none).
    Returns (offer, request, vendor_id). All of it is one transaction.
    """
    offer = get_offer(db, offer_id)
    request = get_request(db, offer.request_id)
    if not can_accept(request.status):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "Only an open request's offers can be accepted; this one is {value}."
        ), value=request.status.value),
                           field="status")
    website = _carried_website(db, offer.id)
    existing = matching_vendor(db, offer.id, vendor_name=vendor_name)
    # the vendor already in the vault, or the one to add
    vendor: int | VendorDraft = existing if existing is not None else vendors.validate(
        VendorDraft(name=vendor_name or offer.sender or "", website=website)
    )
    note = f"Accepted the offer for “{request.title}”" + (f" at {offer.price}" if offer.price else "")
    with db.transaction():
        if isinstance(vendor, VendorDraft):
            vendor_id = vendors.insert_in(db, vendor)
        else:
            vendor_id = vendor
            vendors.fill_website_in(db, vendor_id, website)
        sql.accept_offer(db, offer.id, vendor_id)
        raw = sql.get_offer(db, offer.id) or {}
        if offer.vendor_id is None and raw.get("raw_document"):  # the key it was signed with becomes the vendor's
            from myvendors.domain.sharing import answers  # sharing builds on requests, not the other way round

            answers.bind_offer_key_in(db, str(raw["raw_document"]), vendor_id)
        sql.set_status(db, request.id, RequestStatus.FULFILLED.value)
        timeline.record_in(db, InteractionDraft(
            vendor_id=vendor_id, kind=InteractionKind.OFFER_ACCEPTED, at=datetime.now(UTC), amount=offer.price, note=note,
        ))
    return get_offer(db, offer.id), get_request(db, request.id), vendor_id
