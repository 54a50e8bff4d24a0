"""What can be shared, per kind and recipient (`choices.shareable`), as a table.

Each item is written as its key and a mark: `+` ticked at first, `-` not ticked, `=` always goes
(ticked and fixed), `(why)` cannot go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from myvendors.domain.models import Money, Note, Request, RequestStatus
from myvendors.domain.sharing import choices


@dataclass(frozen=True)
class Sent:
    package_id: str
    kind: str
    issued_at: str


PROFILE = {"name": "Ana", "email": "ana@example.org\n(second line)", "city": "Porto"}
DISCLOSED = {"email"}
SENT = (Sent("p1", "profile", "2026-01-02T10:00:00Z"), Sent("p2", "deletion-request", "2026-02-03T10:00:00Z"),
        Sent("p3", "feedback", "2026-03-04T10:00:00Z"))
REQUEST = Request(1, "r1", "A bike", "Red\nand light", None, Money(10000, "EUR"), None, "", None, "", RequestStatus.DRAFT,
                  "2026-01-01", "2026-01-01")
NOTES = (Note(7, "n7", 3, date(2026, 1, 5), "Fast\nand kind", {"service": 5}, (), None, "x"),
         Note(8, "n8", 3, date(2026, 2, 6), "", {}, (), None, "x"))

NOT = "(not-in-profile)"
PROFILE_UNTICKED = ["name-", "email-", "phone" + NOT, "street_address" + NOT, "postal_code" + NOT, "city-",
                    "country" + NOT, "language" + NOT, "preferences" + NOT]
PROFILE_DISCLOSED = [f.replace("email-", "email+") for f in PROFILE_UNTICKED]
VENDOR = {"profile": PROFILE, "disclosed": DISCLOSED, "sent": SENT}  # a vendor chosen
NO_VENDOR = {"profile": PROFILE}

# (kind, recipient, what the vault holds for it) -> the groups and their items
CASES: list[tuple[str, str, dict[str, Any], dict[str, list[str]]]] = [
    ("profile", "vendor", VENDOR, {"fields": PROFILE_DISCLOSED}),
    ("profile", "no vendor", NO_VENDOR, {"fields": PROFILE_UNTICKED}),
    ("profile", "empty profile", {"profile": {}}, {"fields": [f.split("-")[0].split("(")[0] + NOT
                                                              for f in PROFILE_UNTICKED]}),
    ("feedback", "vendor", VENDOR, {"disclose": PROFILE_DISCLOSED}),
    ("feedback", "no vendor", NO_VENDOR, {"disclose": PROFILE_UNTICKED}),
    ("deletion-request", "vendor", VENDOR, {"disclose": PROFILE_DISCLOSED, "concerning": ["p1+", "p3+"]}),
    ("deletion-request", "vendor, one package asked", {**VENDOR, "concerning": ("p3",)},
     {"disclose": PROFILE_DISCLOSED, "concerning": ["p1-", "p3+"]}),
    ("deletion-request", "vendor sent only rights requests", {**VENDOR, "sent": SENT[1:2]},
     {"disclose": PROFILE_DISCLOSED}),
    ("access-request", "vendor", VENDOR, {"disclose": PROFILE_DISCLOSED, "concerning": ["p1+", "p3+"]}),
    ("access-request", "vendor, nothing sent", {**VENDOR, "sent": ()}, {"disclose": PROFILE_DISCLOSED}),
    ("access-request", "no vendor", NO_VENDOR, {"disclose": PROFILE_UNTICKED}),
    ("personal-request", "request", {"request": REQUEST},
     {"request": ["title=", "description+", "category(empty)", "location(empty)", "needed_by(empty)", "budget+",
                  "conditions(empty)"]}),
    ("personal-request", "no request", {}, {}),
    ("reputation", "vendor with notes", {"notes": NOTES}, {"note": ["7+", "8+"]}),
    ("reputation", "vendor without notes", {"notes": ()}, {"note": []}),
    ("reputation", "no vendor", {}, {}),
]


def _marks(groups: tuple[choices.Group, ...]) -> dict[str, list[str]]:
    def mark(item: choices.Item) -> str:
        if item.why == choices.ALWAYS:
            return f"{item.key}="
        if not item.available:
            return f"{item.key}({item.why})"
        return f"{item.key}{'+' if item.default else '-'}"
    return {group.name: [mark(item) for item in group.items] for group in groups}


def test_the_table_covers_every_kind() -> None:
    assert {kind for kind, *_ in CASES} == set(choices.VENDOR_KINDS) | {"personal-request", "reputation"}


@pytest.mark.parametrize(("kind", "recipient", "facts", "expected"), CASES, ids=[f"{k}: {r}" for k, r, *_ in CASES])
def test_what_can_be_shared(kind: str, recipient: str, facts: dict[str, Any], expected: dict[str, list[str]]) -> None:
    everything = {"request": REQUEST, "notes": NOTES}  # what other kinds would use is never offered
    others = {k: v for k, v in everything.items() if k not in facts and kind not in ("personal-request", "reputation")}
    assert _marks(choices.shareable(kind, **{**others, **facts})) == expected


def test_values_are_what_goes_in_one_line() -> None:
    fields = choices.shareable("profile", profile=PROFILE)[0].items
    assert [i.value for i in fields if i.available] == ["Ana", "ana@example.org", "Porto"]
    request = {i.key: i.value for i in choices.shareable("personal-request", request=REQUEST)[0].items}
    assert request["description"] == "Red" and request["budget"] == str(Money(10000, "EUR"))
    notes = choices.shareable("reputation", notes=NOTES)[0].items
    assert [(n.label, n.value) for n in notes] == [("2026-01-05", "service 5/5 — Fast"), ("2026-02-06", "")]
    concerning = choices.shareable("access-request", sent=SENT)[1].items
    assert [(c.label, c.kind) for c in concerning] == [("2026-01-02", "profile"), ("2026-03-04", "feedback")]


def test_unavailable_names_what_cannot_go() -> None:
    fields = choices.profile_items(PROFILE)
    assert [i.key for i in choices.unavailable(fields, ["phone", "name", "country"])] == ["phone", "country"]
    request = choices.request_items(REQUEST)
    assert [i.key for i in choices.unavailable(request, ["title", "category"])] == ["category"]  # the title goes
