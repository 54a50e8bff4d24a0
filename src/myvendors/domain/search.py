"""Search as you type, across vendors, agreements, the timeline, notes, requests and offers.

Each word typed is a prefix (so "net" finds "Netflix"); all words must match; diacritics are
folded both in the index and in the query ("creme" finds "Crème"). Results come grouped by
kind. The user's text never reaches FTS5's query syntax: each word becomes a quoted prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from myvendors.storage import Database
from myvendors.storage import search as sql

KINDS = sql.KINDS
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8


@dataclass(frozen=True)
class Hit:
    kind: str  # one of KINDS
    id: int
    title: str
    snippet: str
    vendor_id: int | None
    vendor_name: str | None


@dataclass(frozen=True)
class Results:
    query: str
    groups: dict[str, list[Hit]]  # kind -> hits, in KINDS order, only kinds with hits

    @property
    def total(self) -> int:
        return sum(len(hits) for hits in self.groups.values())


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for what the user typed: each word a quoted prefix; None when nothing to find."""
    words = _WORD.findall(query)[:MAX_WORDS]
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


#: what a single typed letter searches: names and titles of the small kinds only. Matching one
#: letter against a million timeline rows cost up to 190 ms (p95); this way it is ~10 ms, and
#: the timeline and notes join in from the second letter.
FIRST_LETTER_KINDS = ("vendors", "agreements", "requests", "offers")


def search(db: Database, query: str, *, per_kind: int = 20, kinds: tuple[str, ...] = KINDS) -> Results:
    match = match_expression(query)
    groups: dict[str, list[Hit]] = {}
    if match is None:
        return Results(query, groups)
    words = _WORD.findall(query)
    if len(words) == 1 and len(words[0]) == 1:
        kinds = tuple(k for k in kinds if k in FIRST_LETTER_KINDS)
        match = f"title : {match}"
    for kind in kinds:
        rows = sql.search_kind(db, kind, match, limit=per_kind)
        if rows:
            groups[kind] = [
                Hit(kind, int(r["id"]), r["title"] or "", r["snippet"] or "", r["vendor_id"], r["vendor_name"]) for r in rows
            ]
    return Results(query, groups)


def matching_ids(db: Database, kind: str, query: str) -> set[int]:
    """Every id of `kind` that matches (no limit): for checks against a reference scan."""
    match = match_expression(query)
    return set() if match is None else set(sql.all_ids(db, kind, match))
