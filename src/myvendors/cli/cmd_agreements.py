"""agreement add, edit, list; due (what renews or must be cancelled soon)."""

from __future__ import annotations

import argparse
from typing import Any

from myvendors.cli.common import given, listing, money
from myvendors.cli.output import Output
from myvendors.domain import agreements, vendors
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import Agreement, AgreementDraft, BillingPeriod
from myvendors.cli.errors import UsageError
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def agreement_line(agreement: Agreement, vendor_name: str | None = None) -> str:
    parts = [
        f"{agreement.id:>6}  {agreement.kind.value:<12} {agreement.title}",
        f"({vendor_name})" if vendor_name else "",
        f"{agreement.price} {agreement.period.value}" if agreement.price else "",
        f"renews {agreement.renewal}" if agreement.renewal else "",
        f"cancel by {agreement.cancel_by}" if agreement.cancel_by else "",
        f"trial ends {agreement.trial_end}" if agreement.trial_end else "",
    ]
    return "  ".join(part for part in parts if part)


def agreement_add(db: Database, args: argparse.Namespace) -> Output:
    draft = AgreementDraft(
        vendor_id=args.vendor, kind=args.kind, title=args.title, price=money(args, "price"),
        period=args.period or BillingPeriod.NONE,
        **given(args, "start", "end", "renewal", "cancel_by", "notice_days", "trial_end", "reference", "notes"),
    )
    agreement = agreements.add_agreement(db, draft)
    return {"agreement": to_json(agreement)}, f"Added:\n{agreement_line(agreement)}"


_EDITABLE = ("kind", "title", "period", "start", "end", "renewal", "cancel_by", "notice_days", "trial_end", "reference",
             "notes")


def agreement_edit(db: Database, args: argparse.Namespace) -> Output:
    changes: dict[str, Any] = given(args, *_EDITABLE)
    if args.price is not None:
        changes["price"] = money(args, "price")
    elif args.currency is not None:
        raise InvalidInput("--currency goes with --price.", field="currency")
    if not changes:
        raise UsageError("nothing to change: give at least one of --title, --price, --renewal, … (see --help)")
    agreement = agreements.update_agreement(db, args.id, **changes)
    return {"agreement": to_json(agreement)}, f"Changed:\n{agreement_line(agreement)}"


def agreement_list(db: Database, args: argparse.Namespace) -> Output:
    if args.vendor is not None:
        name = vendors.get_vendor(db, args.vendor).name
        found = [(agreement, name) for agreement in agreements.agreements_of(db, args.vendor)]
    else:
        found = agreements.all_agreements(db)
    data = {"agreements": [{**to_json(a), "vendor_name": name} for a, name in found], "count": len(found)}
    return data, "\n".join(agreement_line(a, name) for a, name in found) or "No agreements."


def due(db: Database, args: argparse.Namespace) -> Output:
    found = agreements.due_soon(db, args.days)
    lines = (f"{d.on}  {'cancel by' if d.what == 'cancel-by' else 'renews':<9}  {d.vendor_name} — {d.agreement.title}"
             for d in found)
    data, human = listing("due", found, lines, f"Nothing renews or must be cancelled in the next {args.days} days.")
    return {**data, "days": args.days}, human
