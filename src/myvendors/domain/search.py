"""Search as you type, across vendors, agreements, the timeline, notes, requests and offers.

Each word typed is a prefix (so "net" finds "Netflix"); all words must match; diacritics are
folded both in the index and in the query ("creme" finds "Crème"). Results come grouped by
kind. The user's text never reaches FTS5's query syntax: each word becomes a quoted prefix.

The timeline and the notes (a million rows) show their newest matches. There, a word FTS5 has no
prefix index for (one letter, or four and more) is replaced by the terms it stands for ("paym"
→ "payment" OR "payments"), listed from the index's vocabulary: FTS5 then reads each term's
rows lazily, newest first, and stops at the last result needed, instead of merging every row of
every term first. Same hits, in the same order. A word standing for more than `EXPAND_CAP`
terms, or one whose folding we cannot reproduce exactly (not plain Latin letters and digits
once accents are removed), is left as a prefix.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from myvendors.storage import Database
from myvendors.storage import search as sql

KINDS = sql.KINDS
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 8
#: the kinds that return their newest matches (see storage.search): a word is expanded there
NEWEST_FIRST_KINDS = ("interactions", "notes")
#: the most terms a word is replaced by; more, and it stays a prefix (correct, only slower)
EXPAND_CAP = 128
#: prefix lengths FTS5 keeps an index for (schema step 3: prefix = '2 3'); these stay prefixes
_PREFIX_INDEXED = (2, 3)
_INDEX_FORM = re.compile(r"[a-z0-9]+")


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


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for what the user typed: each word a quoted prefix; None when nothing to find."""
    words = _WORD.findall(query)[:MAX_WORDS]
    if not words:
        return None
    return " ".join(_quoted(word) + "*" for word in words)


def index_form(word: str) -> str | None:
    """`word` as the index's tokenizer stores it (unicode61, diacritics removed, lower case), when
    that is certain: plain Latin letters and digits once accents are removed; else None."""
    folded = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()
    return folded if _INDEX_FORM.fullmatch(folded) else None


def expanded_match(db: Database, kind: str, words: list[str]) -> str | None:
    """The MATCH text for `words` in `kind` with the words FTS5 has no prefix index for replaced
    by the terms they stand for; None when some word stands for no term (nothing can match)."""
    parts = []
    for word in words:
        term = index_form(word)
        if term is None or len(term) in _PREFIX_INDEXED:
            parts.append(_quoted(word) + "*")
            continue
        terms = sql.terms_with_prefix(db, kind, term, cap=EXPAND_CAP)
        if terms is None:
            parts.append(_quoted(word) + "*")
        elif not terms:
            return None
        else:
            parts.append("(" + " OR ".join(_quoted(t) for t in terms) + ")")
    return " AND ".join(parts)


#: what a single typed letter searches: names and titles of the small kinds only. Matching one
#: letter against a million timeline rows cost up to 190 ms (p95); this way it is ~10 ms, and
#: the timeline and notes join in from the second letter.
FIRST_LETTER_KINDS = ("vendors", "agreements", "requests", "offers")


def search(db: Database, query: str, *, per_kind: int = 20, kinds: tuple[str, ...] = KINDS) -> Results:
    match = match_expression(query)
    groups: dict[str, list[Hit]] = {}
    if match is None:
        return Results(query, groups)
    words = _WORD.findall(query)[:MAX_WORDS]
    first_letter = len(words) == 1 and len(words[0]) == 1
    if first_letter:
        kinds = tuple(k for k in kinds if k in FIRST_LETTER_KINDS)
        match = f"title : {match}"
    for kind in kinds:
        kind_match = expanded_match(db, kind, words) if kind in NEWEST_FIRST_KINDS and not first_letter else match
        if kind_match is None:
            continue
        rows = sql.search_kind(db, kind, kind_match, limit=per_kind)
        if rows:
            groups[kind] = [
                Hit(kind, int(r["id"]), r["title"] or "", r["snippet"] or "", r["vendor_id"], r["vendor_name"]) for r in rows
            ]
    return Results(query, groups)


def matching_ids(db: Database, kind: str, query: str) -> set[int]:
    """Every id of `kind` that matches (no limit): for checks against a reference scan."""
    match = match_expression(query)
    return set() if match is None else set(sql.all_ids(db, kind, match))
