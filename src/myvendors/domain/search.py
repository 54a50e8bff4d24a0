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

A word of one letter beside other words ("payment c") stands for every term under that letter:
there, the newest rows matching the other words are read a few at a time and the letter is
checked in their text, the way the index's tokenizer would see it; when that is not certain
(a word starting with a letter we cannot fold), or the first `LETTER_SCAN` rows hold too few
matches (a rare letter: then it has few terms), the letter is expanded like any other word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

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
#: rows read (newest first) to find the matches of a one-letter word before expanding it instead
LETTER_SCAN = 120
_LETTER_BATCH = 24
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


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
        if kind in NEWEST_FIRST_KINDS and not first_letter:
            rows = _newest(db, kind, words, per_kind)
        else:
            rows = sql.search_kind(db, kind, match, limit=per_kind)
        if rows:
            groups[kind] = [
                Hit(kind, int(r["id"]), r["title"] or "", r["snippet"] or "", r["vendor_id"], r["vendor_name"]) for r in rows
            ]
    return Results(query, groups)


def _newest(db: Database, kind: str, words: list[str], limit: int) -> list[dict[str, Any]]:
    """The newest `limit` matches of `words` in a newest-first kind."""
    letters = [form for word in words if len(form := index_form(word) or "") == 1]
    others = [word for word in words if len(index_form(word) or "") != 1]
    if letters and others:
        match = expanded_match(db, kind, others)
        if match is None:
            return []
        ids = _newest_with_letters(db, kind, match, letters, limit)
        if ids is not None:
            return sql.search_ids(db, kind, match, ids)
    match = expanded_match(db, kind, words)
    return [] if match is None else sql.search_kind(db, kind, match, limit=limit)


def _newest_with_letters(db: Database, kind: str, match: str, letters: list[str], limit: int) -> list[int] | None:
    """Ids of the newest rows matching `match` that also hold a word starting with each of
    `letters`; None when that cannot be decided within `LETTER_SCAN` rows."""
    found: list[int] = []
    before: int | None = None
    scanned = 0
    while scanned < LETTER_SCAN:
        batch = sql.newest_texts(db, kind, match, before=before, limit=_LETTER_BATCH)
        for rowid, title, body in batch:
            starts = _initials(title + " " + body)
            if starts is None:
                return None
            if all(letter in starts for letter in letters):
                found.append(rowid)
                if len(found) == limit:
                    return found
        if len(batch) < _LETTER_BATCH:
            return found  # every match was read
        scanned += len(batch)
        before = batch[-1][0]
    return None


def _initials(text: str) -> set[str] | None:
    """The first letters of the words of `text` as the index folds them; None when one of them
    cannot be folded with certainty (then the index decides)."""
    initials = set()
    for token in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        first = token[0]
        if first.isascii():
            initials.add(first.lower())
            continue
        folded = index_form(first)
        if folded is None or len(folded) != 1:
            return None
        initials.add(folded)
    return initials


def matching_ids(db: Database, kind: str, query: str) -> set[int]:
    """Every id of `kind` that matches (no limit): for checks against a reference scan."""
    match = match_expression(query)
    return set() if match is None else set(sql.all_ids(db, kind, match))
