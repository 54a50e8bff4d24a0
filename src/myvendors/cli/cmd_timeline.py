"""interaction add, edit; timeline (interactions, newest first)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import Any

from myvendors.cli.common import listing, money
from myvendors.cli.errors import UsageError
from myvendors.cli.output import Output
from myvendors.domain import timeline as timeline_service
from myvendors.domain import vendors
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import Interaction, InteractionDraft, Money
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def interaction_line(interaction: Interaction, vendor_name: str | None = None) -> str:
    parts = [
        f"{interaction.id:>6}  {interaction.at.astimezone():%Y-%m-%d %H:%M}  {interaction.kind.value}",
        vendor_name or "",
        str(interaction.amount) if interaction.amount else "",
        f"via {interaction.channel}" if interaction.channel else "",
        interaction.note,
    ]
    return "  ".join(part for part in parts if part)


def interaction_add(db: Database, args: argparse.Namespace) -> Output:
    draft = InteractionDraft(
        vendor_id=args.vendor, kind=args.kind, at=args.at or datetime.now(UTC), amount=money(args, "amount"),
        channel=args.channel, note=args.note or "",
    )
    interaction = timeline_service.record(db, draft)
    return {"interaction": to_json(interaction)}, f"Recorded:\n{interaction_line(interaction)}"


def interaction_edit(db: Database, args: argparse.Namespace) -> Output:
    changes: dict[str, Any] = {
        field: value
        for field, value in (("vendor_id", args.vendor), ("kind", args.kind), ("at", args.at),
                             ("channel", args.channel), ("note", args.note))
        if value is not None
    }
    if args.amount == "":
        if args.currency is not None:
            raise InvalidInput("--amount '' removes the amount; it takes no --currency.", field="currency")
        changes["amount"] = None
    elif args.amount is not None:
        changes["amount"] = money(args, "amount")
    elif args.currency is not None:
        current = timeline_service.get_interaction(db, args.id).amount
        if current is None:
            raise InvalidInput("--currency needs --amount: this interaction has no amount.", field="amount")
        changes["amount"] = Money.parse(current.amount, args.currency, field_name="currency")
    if not changes:
        raise UsageError("nothing to change: give at least one of --kind, --at, --amount, … (see --help)")
    interaction = timeline_service.edit_interaction(db, args.id, **changes)
    return {"interaction": to_json(interaction)}, f"Changed:\n{interaction_line(interaction)}"


def timeline(db: Database, args: argparse.Namespace) -> Output:
    if args.vendor is not None:
        vendors.get_vendor(db, args.vendor)  # a missing vendor is an error, not an empty timeline
    found = timeline_service.page(db, vendor_id=args.vendor, limit=args.limit)
    names = {vendor_id: vendors.get_vendor(db, vendor_id).name for vendor_id in {i.vendor_id for i in found}}
    lines = (interaction_line(i, None if args.vendor else names[i.vendor_id]) for i in found)
    return listing("interactions", found, lines, "Nothing on the timeline yet.")
