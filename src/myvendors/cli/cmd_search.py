"""search: everything, each word a prefix, the results grouped by kind."""

from __future__ import annotations

import argparse

from myvendors.cli.output import Output
from myvendors.domain import search as search_service
from myvendors.domain.exporting.json_export import to_json
from myvendors.storage import Database


def search(db: Database, args: argparse.Namespace) -> Output:
    results = search_service.search(db, args.query, per_kind=args.limit)
    lines = [line for kind, hits in results.groups.items()
             for line in (f"{kind}:", *(f"  {hit.id:>6}  {hit.title}  {_quote(hit)}".rstrip() for hit in hits))]
    data = {"query": results.query, "results": {kind: [_hit_json(hit) for hit in hits] for kind, hits in results.groups.items()},
            "count": results.total}
    return data, "\n".join(lines) or f"Nothing matches {args.query!r}."


#: what a hit says on the command line (docs/CLI.md); the other facts are for the app's sentences
_HIT_KEYS = ("kind", "id", "title", "snippet", "vendor_id", "vendor_name")


def _hit_json(hit: search_service.Hit) -> dict[str, object]:
    data = to_json(hit)
    return {key: data[key] for key in _HIT_KEYS}


def _quote(hit: search_service.Hit) -> str:
    """The field the words were found in, unless it is the title already shown."""
    return "" if hit.snippet == hit.title else hit.snippet
