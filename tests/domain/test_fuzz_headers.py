"""Recording a leak from message headers under Hypothesis: the public sample headers
(tests/data/headers/) changed in a few places, and random text. Every input is read, or refused
with `InvalidInput`, within the deadline and memory bound (tests/fuzzing.py); a refusal writes
nothing, and headers that are read twice are refused the second time."""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzzing import Bounded, fuzz_settings, mutated_bytes, vault_digest
from hypothesis import event, given
from hypothesis import strategies as st

from myvendors.domain import leaks, vendors
from myvendors.errors import InvalidInput
from myvendors.storage import Database

HEADERS = Path(__file__).resolve().parents[1] / "data" / "headers"
SEEDS = [path.read_bytes() for path in sorted(HEADERS.iterdir()) if path.suffix in (".eml", ".txt")]
ALIASES = ("mary@example.net", "ken+mta-filters@example.com", "keld@dkuug.dk", "jdoe@example.org")


@pytest.fixture
def world(db: Database) -> Database:
    shop = vendors.add_vendor(db, "Shop").id
    for address in ALIASES:
        leaks.add_alias(db, shop, address)
    return db


def _check(db: Database, text: str) -> None:
    bounded = Bounded()
    before = vault_digest(db)
    try:
        evidence = bounded(len(text.encode("utf-8")), lambda: leaks.read_headers(text))
    except InvalidInput:
        event("refused as no headers")
        assert vault_digest(db) == before
        return
    assert isinstance(evidence.sha256, str) and len(evidence.sha256) == 64
    try:
        leak = leaks.record_from_headers(db, text)
    except InvalidInput:
        event("refused: no alias, or recorded already")
        assert vault_digest(db) == before
        return
    event("recorded")
    assert leak.evidence_sha256 == evidence.sha256
    with pytest.raises(InvalidInput, match="recorded already"):
        leaks.record_from_headers(db, text)


@fuzz_settings()
@given(raw=mutated_bytes(st.sampled_from(SEEDS)))
def test_changed_sample_headers_are_read_or_refused(world: Database, raw: bytes) -> None:
    _check(world, raw.decode("utf-8", errors="replace"))  # as `leak record --evidence FILE` reads a file


@fuzz_settings()
@given(text=st.text(max_size=2000))
def test_random_text_is_read_or_refused(world: Database, text: str) -> None:
    _check(world, text)
