"""import vendors (CSV, vCard); export json, export ics (each imports its own formats' code)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from myvendors.cli.output import Output
from myvendors.domain.exporting.json_export import to_json
from myvendors.storage import Database

if TYPE_CHECKING:
    from myvendors.domain.importing import ImportPlan


def import_vendors(db: Database, args: argparse.Namespace) -> Output:
    from myvendors.domain import importing

    plan = importing.plan_vendor_import(
        db, args.file.read_bytes(), format=args.format, filename=args.file.name,
        mapping=dict(args.map) if args.map else None,
    )
    leave_out = plan.duplicate_indexes() if args.skip_duplicates else set()
    created = [] if args.dry_run else importing.apply_vendor_import(
        db, plan, skip_duplicates=args.skip_duplicates).created
    data = {
        "file": str(args.file),
        "format": plan.format,
        "dry_run": args.dry_run,
        "mapping": plan.mapping,
        "drafts": [{**to_json(d), "origin": origin} for d, origin in zip(plan.drafts, plan.origins, strict=True)],
        "duplicates": [{**to_json(d), "origin": plan.origins[d.index]} for d in plan.duplicates],
        "duplicates_skipped": len(leave_out),
        "created": to_json(created),
        "count": len(plan.drafts) - len(leave_out),
        "skipped": plan.skipped,
        "warnings": plan.warnings,
    }
    return data, _import_text(plan, data)


def _import_text(plan: ImportPlan, data: dict[str, Any]) -> str:
    count, left_out = data["count"], data["duplicates_skipped"]
    head = (f"Dry run: {count} vendor(s) would be imported from {data['file']} ({plan.format}); nothing was written."
            if data["dry_run"] else f"Imported {count} vendor(s) from {data['file']} ({plan.format}).")
    lines = [head + (f" {left_out} duplicate(s) left out." if left_out else "")]
    if data["dry_run"]:
        lines += [f"  {origin}: {draft.name}" for draft, origin in zip(plan.drafts[:20], plan.origins, strict=False)]
        lines += [f"  … and {len(plan.drafts) - 20} more"] if len(plan.drafts) > 20 else []
    lines += [f"Possible duplicate, {plan.origins[d.index]}: {d.reason}" for d in plan.duplicates]
    lines += [f"Left out: {reason}" for reason in plan.skipped] + [f"Note: {warning}" for warning in plan.warnings]
    return "\n".join(lines)


def export_json(db: Database, args: argparse.Namespace) -> Output:
    from myvendors.domain.exporting import json_export

    counts = json_export.write_json(db, args.file)
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    return {"file": str(args.file), "format": "json", "counts": counts}, f"Exported {summary} to {args.file}"


def export_ics(db: Database, args: argparse.Namespace) -> Output:
    from myvendors.domain import agreements
    from myvendors.domain.exporting import ics
    from myvendors.fileio import write_export

    from myvendors.domain import reminders

    items = agreements.all_agreements(db)
    leads = reminders.schedule(db) if args.alarm_days is None else args.alarm_days
    write_export(args.file, (ics.agreements_calendar(items, alarm_days=leads),))
    events = ics.event_count(items)
    return ({"file": str(args.file), "format": "ics", "events": events, "alarm_days": list(leads)},
            f"Exported {events} renewal, cancel-by and free-trial end date(s) to {args.file}")
