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

A hit quotes the one field its words were found in (each field has its own index column, schema
step 8), cut around them by FTS5 and with each matched word between MARK_START and MARK_END, plus
the facts a sentence about it needs (kind, amount, period, date, vendor, request).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from myvendors.domain._convert import money_or_none
from myvendors.domain.models import Money
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


#: around each matched word in `Hit.marked` and `Hit.title_marked` (characters her text cannot hold:
#: they are taken out of it first); `marked_parts` splits such a text for display
MARK_START, MARK_END = sql.MARK_START, sql.MARK_END


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, and the facts a sentence about it needs.

    `snippet` is the fragment of the one field the words were found in (`field`, a column of
    `storage.search.COLUMNS`: "note", "phone", …), plain; `marked` is the same with MARK_START and
    MARK_END around the matched words. When the words are in the record's name or title,
    `title_marked` is that title, marked; else it is empty."""

    kind: str  # one of KINDS
    id: int
    title: str
    snippet: str
    vendor_id: int | None
    vendor_name: str | None
    field: str = ""
    marked: str = ""
    title_marked: str = ""
    what: str | None = None  # agreement or interaction kind, vendor category, note author, request status, offer's request title
    amount: Money | None = None  # agreement price, interaction amount, offer price
    period: str | None = None  # an agreement's billing period
    on: str | None = None  # interaction time, note date, agreement renewal, request needed-by, offer received
    request_id: int | None = None  # requests and offers: the request to open


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
        kinds = tuple(k for k in kinds if k in sql.TITLE_COLUMNS)  # a kind without a title has nothing to match
    for kind in kinds:
        if kind in NEWEST_FIRST_KINDS and not first_letter:
            rows = _newest(db, kind, words, per_kind)
        else:
            kind_match = f"{sql.TITLE_COLUMNS[kind]} : {match}" if first_letter else match
            rows = sql.search_kind(db, kind, kind_match, limit=per_kind)
        if rows:
            groups[kind] = [_hit(kind, r) for r in rows]
    return Results(query, groups)


def _clean(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def _hit(kind: str, row: dict[str, Any]) -> Hit:
    """A row of `storage.search` as a Hit: the field the words were found in, preferring a field
    other than the title (the title is shown anyway), and the title marked when it matched."""
    columns = sql.COLUMNS[kind]
    title_column = sql.TITLE_COLUMNS.get(kind)
    found = [c for c in columns if MARK_START in (row[f"marked_{c}"] or "")]
    title_marked = (row[f"marked_{title_column}"] or "") if title_column in found else ""
    others = [c for c in found if c != title_column]
    field = others[0] if others else (found[0] if found else "")
    marked = (row[f"marked_{field}"] or "") if field else ""
    amount = money_or_none(row["minor"], row["currency"])
    return Hit(
        kind, int(row["id"]), row["title"] or "", _clean(marked), row["vendor_id"], row["vendor_name"],
        field=field, marked=marked, title_marked=title_marked, what=row["what"], amount=amount,
        period=row["period"], on=row["on"], request_id=row["request_id"],
    )


def marked_parts(text: str) -> list[tuple[str, bool]]:
    """`text` (a `Hit.marked`) as (piece, matched) pairs, in order; stray marks are dropped."""
    parts: list[tuple[str, bool]] = []
    inside = False
    piece = ""
    for char in text:
        if char in (MARK_START, MARK_END):
            if piece:
                parts.append((piece, inside))
            piece = ""
            inside = char == MARK_START
            continue
        piece += char
    if piece:
        parts.append((piece, inside))
    return parts


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
        for rowid, text in batch:
            starts = _initials(text)
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
