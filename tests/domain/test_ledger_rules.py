"""The ledger's chain rules are the domain's (storage only reads and writes rows): one entry's
problems and the end's, as a table of cases, without a vault."""

from __future__ import annotations

import pytest

from myvendors.domain.sharing.ledger import GENESIS, end_problems, entry_hash, entry_problems

TEXT = '{"type":"share"}'
GOOD = entry_hash(1, GENESIS, TEXT)


def test_an_entry_hash_is_sha256_over_the_previous_hash_its_number_and_its_json() -> None:
    import hashlib

    assert hashlib.sha256(f"{GENESIS}\n1\n{TEXT}".encode()).hexdigest() == GOOD
    assert entry_hash(1, GENESIS, TEXT) != entry_hash(2, GENESIS, TEXT) != entry_hash(1, GOOD, TEXT)


@pytest.mark.parametrize(
    ("seq", "text", "prev", "digest", "found"),
    [
        (1, TEXT, GENESIS, GOOD, []),
        (2, TEXT, GENESIS, entry_hash(2, GENESIS, TEXT), ["stands where entry 1 should"]),
        (1, TEXT, GOOD, entry_hash(1, GOOD, TEXT), ["does not follow"]),
        (1, TEXT + " ", GENESIS, GOOD, ["was changed after it was written"]),
    ],
)
def test_one_entrys_problems(seq: int, text: str, prev: str, digest: str, found: list[str]) -> None:
    problems = entry_problems(seq, text, prev, digest, expected_seq=1, expected_prev=GENESIS)
    assert len(problems) == len(found) and all(f in p for f, p in zip(found, problems, strict=True))


@pytest.mark.parametrize(
    ("head", "last", "found"),
    [
        (None, None, None),
        ("3:abc", "3:abc", None),
        ("3:abc", "2:def", "should end at entry 3 but ends at entry 2"),
        ("3:abc", None, "should end at entry 3 but ends at entry 0"),
        (None, "1:abc", "holds entries that its record of the last entry does not know"),
    ],
)
def test_the_ends_problems(head: str | None, last: str | None, found: str | None) -> None:
    problems = end_problems(head, last)
    assert (problems == []) if found is None else (len(problems) == 1 and found in problems[0])
