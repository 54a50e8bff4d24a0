"""search: everything, each word a prefix, the results grouped by kind."""

from __future__ import annotations

import argparse

from myvendors.cli.output import Output
from myvendors.domain import search as search_service
from myvendors.domain.exporters.json_export import to_json
from myvendors.storage import Database


def search(db: Database, args: argparse.Namespace) -> Output:
    results = search_service.search(db, args.query, per_kind=args.limit)
    lines = [line for kind, hits in results.groups.items()
             for line in (f"{kind}:", *(f"  {hit.id:>6}  {hit.title}  {hit.snippet}".rstrip() for hit in hits))]
    data = {"query": results.query, "results": {kind: to_json(hits) for kind, hits in results.groups.items()},
            "count": results.total}
    return data, "\n".join(lines) or f"Nothing matches {args.query!r}."
