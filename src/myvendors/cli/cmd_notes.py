"""note add, edit (a reputation note with optional ratings), and how a standing is shown."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from myvendors.cli.common import given
from myvendors.cli.errors import UsageError
from myvendors.cli.output import Output
from myvendors.domain import reputation
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import RATING_DIMENSIONS, NoteDraft, Standing
from myvendors.storage import Database


def standing_json(standing: Standing) -> dict[str, Any]:
    return {
        "overall": None if standing.overall is None else round(standing.overall, 2),
        "notes": standing.notes,
        "dimensions": {
            name: {"mean": round(mean, 2), "ratings": n} for name, (mean, n) in standing.per_dimension.items()
        },
    }


def standing_text(standing: Standing) -> str:
    if standing.overall is None:
        return f"Standing: no ratings ({standing.notes} note(s))"
    dimensions = ", ".join(f"{name} {mean:.1f} ({n})" for name, (mean, n) in standing.per_dimension.items())
    return f"Standing: {standing.overall:.1f}/5 from {standing.notes} note(s): {dimensions}"


def note_add(db: Database, args: argparse.Namespace) -> Output:
    draft = NoteDraft(
        vendor_id=args.vendor, on=args.on or date.today(), text=args.text or "",
        ratings=given(args, *RATING_DIMENSIONS), tags=tuple(args.tag or ()),
    )
    note = reputation.add_note(db, draft)
    standing = reputation.standing(db, note.vendor_id)
    return ({"note": to_json(note), "standing": standing_json(standing)},
            f"Noted ({note.on}) for vendor {note.vendor_id}.\n{standing_text(standing)}")


def note_edit(db: Database, args: argparse.Namespace) -> Output:
    changes: dict[str, Any] = {
        field: value
        for field, value in (("vendor_id", args.vendor), ("text", args.text), ("on", args.on))
        if value is not None
    }
    rated = given(args, *RATING_DIMENSIONS)
    if rated:
        ratings = {**reputation.get_note(db, args.id).ratings, **rated}
        changes["ratings"] = {name: value for name, value in ratings.items() if value != 0}
    if args.tag is not None:
        changes["tags"] = tuple(args.tag)
    if not changes:
        raise UsageError("nothing to change: give at least one of --text, --quality, --tag, --on, … (see --help)")
    note = reputation.edit_note(db, args.id, **changes)
    standing = reputation.standing(db, note.vendor_id)
    return ({"note": to_json(note), "standing": standing_json(standing)},
            f"Changed the note ({note.on}) for vendor {note.vendor_id}.\n{standing_text(standing)}")
