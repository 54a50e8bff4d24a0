"""Plain choices of terms: two or three per kind of package, each a set of real library terms;
the first is the kind's defaults; the CLI's --terms takes their words."""

from __future__ import annotations

import pytest

from myvendors.domain.sharing import terms
from myvendors.errors import InvalidInput


@pytest.mark.parametrize("kind", terms.KINDS)
def test_each_kind_has_two_or_three_plain_choices_of_real_terms(kind: str) -> None:
    plain = terms.choices(kind)
    assert 2 <= len(plain) <= 3
    library = terms.library()
    for choice in plain:
        assert choice.title and choice.explanation and "\n" not in choice.explanation
        assert choice.word == choice.word.lower() and " " not in choice.word
        assert all(term_id in library.terms for term_id, _ in choice.terms)
        chosen = terms.choose(list(choice.terms))  # one term per matter, parameters in range
        assert len(chosen) == len(choice.terms)
        assert terms.choice_of(kind, [(c.term.id, c.values) for c in chosen]) is choice
    first = terms.choose(list(plain[0].terms))
    assert sorted((c.term.id, c.values.get("days")) for c in first) == sorted(
        (c.term.id, c.values.get("days")) for c in terms.defaults(kind))
    sets = [frozenset((t, tuple(sorted(v.items()))) for t, v in c.terms) for c in plain]
    assert len(set(sets)) == len(sets), "two choices say the same"


def test_the_request_choices_say_what_they_do() -> None:
    only, keep, _ = terms.choices("personal-request")
    assert only.title == "Only to answer this request, then delete"
    assert dict(only.terms)["MV-RETENTION-DAYS"] == {"days": 90} and "MV-PURPOSE-THIS-REQUEST" in dict(only.terms)
    assert keep.title == "To answer and to keep in touch about it"
    assert dict(keep.terms)["MV-RETENTION-DAYS"] == {"days": 365}


def test_a_selection_that_is_no_plain_choice() -> None:
    assert terms.choice_of("profile", [("SD-BASE-ATP-S3P", {})]) is None
    assert terms.choice_of("profile", []) is None


def test_the_cli_words_expand_and_ids_still_work() -> None:
    assert terms.expand("personal-request", ["PDC-INTENT", "MV-RETENTION-DAYS:days=30"]) == (
        ("PDC-INTENT", {}), ("MV-RETENTION-DAYS", {"days": 30}))
    assert terms.expand("personal-request", ["answer-then-delete"]) == terms.choices("personal-request")[0].terms
    mixed = dict(terms.expand("personal-request", ["answer-then-delete", "MV-RETENTION-DAYS:days=30"]))
    assert mixed["MV-RETENTION-DAYS"] == {"days": 30} and "PDC-INTENT" in mixed
    with pytest.raises(InvalidInput, match="one plain choice"):
        terms.expand("profile", ["serve-me", "this-once"])
    with pytest.raises(InvalidInput, match="serve-me"):  # a request's word is no profile's choice
        terms.expand("profile", ["answer-then-delete"])
