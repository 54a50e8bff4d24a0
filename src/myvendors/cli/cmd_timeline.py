"""interaction add; timeline (interactions, newest first)."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from myvendors.cli.common import listing, money
from myvendors.cli.output import Output
from myvendors.domain import timeline as timeline_service
from myvendors.domain import vendors
from myvendors.domain.exporters.json_export import to_json
from myvendors.domain.models import Interaction, InteractionDraft
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


def timeline(db: Database, args: argparse.Namespace) -> Output:
    if args.vendor is not None:
        vendors.get_vendor(db, args.vendor)  # a missing vendor is an error, not an empty timeline
    found = timeline_service.page(db, vendor_id=args.vendor, limit=args.limit)
    names = {vendor_id: vendors.get_vendor(db, vendor_id).name for vendor_id in {i.vendor_id for i in found}}
    lines = (interaction_line(i, None if args.vendor else names[i.vendor_id]) for i in found)
    return listing("interactions", found, lines, "Nothing on the timeline yet.")
