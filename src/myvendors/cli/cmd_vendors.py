"""vendor add, list, show, edit, delete, restore."""

from __future__ import annotations

import argparse
from typing import Any

from myvendors.cli.common import given, listing
from myvendors.cli.errors import UsageError
from myvendors.cli.output import Output
from myvendors.domain import vendors
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import Vendor, VendorDraft, VendorStatus
from myvendors.storage import Database

SHOWN_RECENT = 10
_VENDOR_FIELDS = ("name", "website", "category", "email", "phone", "address", "notes", "status")


def _vendor_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes = given(args, *_VENDOR_FIELDS)
    if args.tag is not None:
        changes["tags"] = tuple(args.tag)
    return changes


def vendor_line(vendor: Vendor) -> str:
    extras = [
        f"[{vendor.status.value}]" if vendor.status is not VendorStatus.ACTIVE else "",
        "[in the trash]" if vendor.deleted_at else "",
        vendor.website or "",
        " ".join(f"#{tag}" for tag in vendor.tags),
    ]
    return "  ".join([f"{vendor.id:>6}", vendor.name, *(extra for extra in extras if extra)])


def _one_vendor(vendor: Vendor, done: str) -> Output:
    return {"vendor": to_json(vendor)}, f"{done}:\n{vendor_line(vendor)}"


def vendor_add(db: Database, args: argparse.Namespace) -> Output:
    return _one_vendor(vendors.create_vendor(db, VendorDraft(**_vendor_changes(args))), "Added")


def vendor_edit(db: Database, args: argparse.Namespace) -> Output:
    changes = _vendor_changes(args)
    if not changes:
        raise UsageError("nothing to change: give at least one of --name, --website, … (see --help)")
    return _one_vendor(vendors.update_vendor(db, args.id, **changes), "Changed")


def vendor_delete(db: Database, args: argparse.Namespace) -> Output:
    data, human = _one_vendor(vendors.delete_vendor(db, args.id), "Moved to the trash")
    return data, f"{human}\n`myvendors vendor restore {args.id}` brings it back."


def vendor_restore(db: Database, args: argparse.Namespace) -> Output:
    return _one_vendor(vendors.restore_vendor(db, args.id), "Restored")


def vendor_list(db: Database, args: argparse.Namespace) -> Output:
    found = vendors.page_vendors(db, limit=args.limit, status=args.status, tag=args.tag, trashed=args.trashed)
    return listing("vendors", found, map(vendor_line, found), "No vendors.")


def vendor_show(db: Database, args: argparse.Namespace) -> Output:
    from myvendors.cli.cmd_agreements import agreement_line
    from myvendors.cli.cmd_notes import standing_json, standing_text
    from myvendors.cli.cmd_timeline import interaction_line
    from myvendors.cli.cmd_contacts import contacts_standing_json, contacts_standing_text
    from myvendors.domain import agreements, attachments, leaks, reputation, timeline
    from myvendors.domain.contacts import voices

    vendor = vendors.get_vendor(db, args.id)
    its_agreements = agreements.agreements_of(db, vendor.id)
    its_standing = reputation.standing(db, vendor.id)
    theirs = voices.contacts_standing(db, vendor.id)
    recent = timeline.page(db, vendor_id=vendor.id, limit=SHOWN_RECENT)
    files = attachments.attachments_of(db, vendor.id)
    leaked, aliases = leaks.standing(db, vendor.id), leaks.alias_count(db, vendor.id)
    data = {
        "vendor": to_json(vendor),
        "agreements": to_json(its_agreements),
        "standing": standing_json(its_standing),
        "contacts_standing": contacts_standing_json(theirs),
        "timeline": to_json(recent),
        "timeline_count": timeline.count(db, vendor.id),
        "attachments": to_json(files),
        "leak_canaries": {"aliases": aliases, "leaks": leaked.total, "open_leaks": leaked.open},
    }
    fields_text = [f"  {name}: {value}" for name in ("website", "category", "email", "phone", "address")
                   if (value := getattr(vendor, name))]
    human = [vendor_line(vendor), *fields_text, *([f"  notes: {vendor.notes}"] if vendor.notes else []),
             standing_text(its_standing), *([contacts_standing_text(theirs)] if theirs.contacts else []),
             *([f"Aliases: {aliases} · leaks of your data: {leaked.total} ({leaked.open} open)"] if aliases else []),
             f"Agreements ({len(its_agreements)}):",
             *(f"  {agreement_line(a)}" for a in its_agreements),
             f"Timeline ({data['timeline_count']}, newest first):", *(f"  {interaction_line(i)}" for i in recent),
             *([f"Attachments ({len(files)}):"] if files else []),
             *(f"  {f.id:>6}  {f.filename}  {f.size} bytes" for f in files)]
    return data, "\n".join(human)
