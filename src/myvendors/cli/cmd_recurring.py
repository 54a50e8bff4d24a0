"""recurring (list), recurring accept, recurring dismiss: the recurring charges found in the payments."""

from __future__ import annotations

import argparse

from myvendors.cli.cmd_agreements import agreement_line
from myvendors.cli.output import Output
from myvendors.domain import recurring
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.recurring import PriceRise, Proposal
from myvendors.storage import Database


def proposal_line(found: Proposal) -> str:
    return (f"{found.id}  {found.vendor_name}  {found.price} {found.period.value}  next {found.next_charge}  "
            f"({found.charges} charges since {found.start})")


def rise_line(rise: PriceRise) -> str:
    return (f"{rise.vendor_name} — {rise.agreement_title} (agreement {rise.agreement_id}): "
            f"{rise.old_price} → {rise.new_price} since {rise.since}")


def recurring_list(db: Database, args: argparse.Namespace) -> Output:
    found = recurring.find(db)
    data = {"proposals": to_json(found.proposals), "count": len(found.proposals), "price_rises": to_json(found.rises)}
    parts = []
    if found.proposals:
        parts += ["Recurring charges found (accept: myvendors recurring accept ID):",
                  *(proposal_line(p) for p in found.proposals)]
    if found.rises:
        parts += [""] if parts else []
        parts += ["Price rises of agreements:", *(rise_line(r) for r in found.rises)]
    return data, "\n".join(parts) or "No recurring charges found that are not already agreements."


def recurring_accept(db: Database, args: argparse.Namespace) -> Output:
    found = recurring.proposal(db, args.id)
    agreement = recurring.accept(db, found)
    return ({"agreement": to_json(agreement), "proposal": to_json(found)},
            f"Added:\n{agreement_line(agreement, found.vendor_name)}")


def recurring_dismiss(db: Database, args: argparse.Namespace) -> Output:
    found = recurring.proposal(db, args.id)
    recurring.dismiss(db, found)
    return {"dismissed": to_json(found)}, f"Dismissed (not proposed again): {proposal_line(found)}"
