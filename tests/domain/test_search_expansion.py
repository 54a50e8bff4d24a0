"""Search on the timeline and notes expands words FTS5 has no prefix index for into their terms:
the same hits, newest first, as the plain prefix query, without merging whole doclists."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from myvendors.domain import reputation, search, timeline, vendors
from myvendors.domain.models import InteractionDraft, InteractionKind, NoteDraft, VendorDraft
from myvendors.storage import Database
from myvendors.storage import search as sql

NOTES = (
    "payment received", "payments late again", "paymaster called", "Crème brûlée", "creamy cake",
    "Łódź bakery", "pay later", "coffee payment card", "card declined", "cancelled contract",
    "Øresund coffee", "coffee Éclair", "x-ray payment",
)


@pytest.fixture
def filled(db: Database) -> Database:
    v = vendors.create_vendor(db, VendorDraft(name="Corner Shop"))
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with db.transaction():
        for n in range(300):  # a very common word, and a few rarer ones around it
            timeline.record_in(db, InteractionDraft(vendor_id=v.id, kind=InteractionKind.PAYMENT,
                                                    at=start + timedelta(hours=n), note=NOTES[n % len(NOTES)]))
    for n, text in enumerate(NOTES):
        reputation.add_note(db, NoteDraft(vendor_id=v.id, on=date(2024, 1, 1) + timedelta(days=n), text=text))
    return db


def _prefix_ids(db: Database, kind: str, query: str, limit: int) -> list[int]:
    """What the plain prefix query returns (the reference the expansion must equal)."""
    match = search.match_expression(query)
    assert match is not None
    return [row["id"] for row in sql.search_kind(db, kind, match, limit=limit)]


QUERIES = ("paym", "payme", "payment", "payments", "pay", "pa", "p", "c", "card", "creme", "crème", "CRÈME",
           "łódź", "lodz", "payment c", "payment ca", "late pay", "zzzz", "payment zzzz", "cafe", "cak",
           "payment z", "coffee o", "coffee e", "card d", "late p", "x payment", "payment x", "c payment l")


@pytest.mark.parametrize("query", QUERIES)
def test_expansion_finds_what_the_prefix_query_finds(filled: Database, query: str) -> None:
    words = search._WORD.findall(query)
    for kind in search.NEWEST_FIRST_KINDS:
        expanded = search.expanded_match(filled, kind, words)
        reference = set(sql.all_ids(filled, kind, search.match_expression(query) or ""))
        assert (set(sql.all_ids(filled, kind, expanded)) if expanded else set()) == reference, (kind, expanded)
        hits = search.search(filled, query, per_kind=7).groups.get(kind, [])
        if len(words) == 1 and len(words[0]) == 1:
            assert hits == []  # one letter searches names and titles only (unchanged)
        else:
            assert [h.id for h in hits] == _prefix_ids(filled, kind, query, 7)


def test_a_long_prefix_of_a_common_word_returns_the_newest_matches(filled: Database) -> None:
    expected = sorted(sql.all_ids(filled, "interactions", '"paym"*'), reverse=True)[:6]
    assert len(expected) == 6
    assert search.expanded_match(filled, "interactions", ["paym"]) == '("paymaster" OR "payment" OR "payments")'
    hits = search.search(filled, "paym", per_kind=6).groups["interactions"]
    assert [h.id for h in hits] == expected
    assert all("paym" in h.snippet.lower() for h in hits)


def test_a_word_over_the_cap_stays_a_prefix_and_loses_no_exact_match(
    filled: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search, "EXPAND_CAP", 1)  # "payment" stands for payment and payments
    assert search.expanded_match(filled, "notes", ["payment"]) == '"payment"*'
    found = {h.id for h in search.search(filled, "payment", per_kind=50).groups["notes"]}
    exact = {n for n in sql.all_ids(filled, "notes", '"payment"')}
    assert exact and exact <= found
    assert found == set(sql.all_ids(filled, "notes", '"payment"*'))


def test_a_word_that_stands_for_no_term_finds_nothing_in_that_kind(filled: Database) -> None:
    assert search.expanded_match(filled, "interactions", ["payment", "zzzz"]) is None
    assert "interactions" not in search.search(filled, "payment zzzz").groups


def test_index_form_folds_accents_and_refuses_what_it_cannot_reproduce() -> None:
    assert search.index_form("Crème") == "creme"
    assert search.index_form("ZÜRICH") == "zurich"
    assert search.index_form("n2o") == "n2o"
    assert search.index_form("Łódź") is None  # Ł has no decomposition: left to FTS5 as a prefix
    assert search.index_form("straße") is None
    assert search.index_form("東京") is None


def test_the_vocabulary_lives_in_the_connection_not_the_vault(filled: Database) -> None:
    search.search(filled, "payment")
    assert filled.query("SELECT count(*) FROM sqlite_master WHERE name LIKE '%fts_terms'")[0][0] == 0
    assert filled.query("SELECT count(*) FROM sqlite_temp_master WHERE name LIKE '%fts_terms'")[0][0] >= 1


@pytest.mark.parametrize("query", ["payment c", "payment x", "payment z", "coffee o", "coffee e", "c payment l"])
def test_a_one_letter_word_gives_the_same_hits_whichever_way_it_is_decided(
    filled: Database, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    """Checked in the rows' text, or (a rare letter, an unfoldable initial) expanded: same hits."""
    reference = {kind: _prefix_ids(filled, kind, query, 6) for kind in search.NEWEST_FIRST_KINDS}
    for scan, batch in ((120, 24), (2, 1), (1000, 7)):
        monkeypatch.setattr(search, "LETTER_SCAN", scan)
        monkeypatch.setattr(search, "_LETTER_BATCH", batch)
        groups = search.search(filled, query, per_kind=6).groups
        assert {kind: [h.id for h in groups.get(kind, [])] for kind in search.NEWEST_FIRST_KINDS} == reference


def test_initials_fold_like_the_index_or_give_up() -> None:
    assert search._initials("Crème brûlée, x-ray; 2nd") == {"c", "b", "x", "r", "2"}
    assert search._initials("Øresund coffee") is None  # Ø: the index decides
    assert search._initials("") == set()
