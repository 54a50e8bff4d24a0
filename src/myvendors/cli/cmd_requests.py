"""request add, list, status; offer add, list, accept."""

from __future__ import annotations

import argparse

from myvendors.cli.cmd_vendors import vendor_line
from myvendors.cli.common import given, listing, money
from myvendors.cli.output import Output
from myvendors.domain import requests, vendors
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import Offer, OfferDraft, Request, RequestDraft
from myvendors.storage import Database


def _request_line(request: Request) -> str:
    budget = "–".join(str(m) for m in (request.budget_min, request.budget_max) if m)
    parts = [f"{request.id:>6}  [{request.status.value}]  {request.title}", budget,
             f"needed by {request.needed_by}" if request.needed_by else ""]
    return "  ".join(part for part in parts if part)


def _one_request(request: Request, done: str) -> Output:
    return {"request": to_json(request)}, f"{done}:\n{_request_line(request)}"


def request_add(db: Database, args: argparse.Namespace) -> Output:
    draft = RequestDraft(
        title=args.title, budget_min=money(args, "budget_min"), budget_max=money(args, "budget_max"),
        **given(args, "description", "category", "location", "needed_by", "conditions"),
    )
    return _one_request(requests.create_request(db, draft), "Added (as a draft; `request status ID open` opens it)")


def request_list(db: Database, args: argparse.Namespace) -> Output:
    found = requests.list_requests(db, status=args.status, limit=args.limit)
    return listing("requests", found, map(_request_line, found), "No requests.")


def request_status(db: Database, args: argparse.Namespace) -> Output:
    return _one_request(requests.change_status(db, args.id, args.status), "Changed")


def _offer_line(offer: Offer) -> str:
    parts = [f"{offer.id:>6}  request {offer.request_id}", f"vendor {offer.vendor_id}" if offer.vendor_id else "",
             offer.sender or "", str(offer.price) if offer.price else "",
             f"valid until {offer.valid_until}" if offer.valid_until else "", "[accepted]" if offer.accepted else ""]
    return "  ".join(part for part in parts if part)


def offer_add(db: Database, args: argparse.Namespace) -> Output:
    draft = OfferDraft(
        request_id=args.request, vendor_id=args.vendor, sender=args.sender, price=money(args, "price"),
        conditions=args.conditions or "", valid_until=args.valid_until,
    )
    offer = requests.add_offer(db, draft)
    return {"offer": to_json(offer)}, f"Recorded:\n{_offer_line(offer)}"


def offer_list(db: Database, args: argparse.Namespace) -> Output:
    found = requests.offers_for(db, args.request)
    return listing("offers", found, map(_offer_line, found), "No offers for this request yet.")


def offer_accept(db: Database, args: argparse.Namespace) -> Output:
    offer, request, vendor_id = requests.accept_offer(db, args.id, vendor_name=args.vendor_name)
    vendor = vendors.get_vendor(db, vendor_id)
    data = {"offer": to_json(offer), "request": to_json(request), "vendor": to_json(vendor)}
    return data, f"Accepted; the request is fulfilled and the vendor's timeline records it:\n{vendor_line(vendor)}"
