"""What can be shared, per kind of package and recipient: the one place that decides it.

`shareable` is pure: given the kind and what the vault holds for that recipient (her profile, the
fields she already disclosed to the vendor, the packages sent to it, the request, her notes) it
returns the groups of items the share wizard draws as a tree, each with its plain label, whether it
is ticked at first, and whether it can be ticked at all (and why not). `packages.shareable` reads
those facts from a vault; `packages.build` refuses what this module says cannot go, so the wizard
and the command line follow the same rules.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from myvendors.domain.models import Note, Request

PROFILE_FIELDS = ("name", "email", "phone", "street_address", "postal_code", "city", "country", "language", "preferences")
REQUEST_FIELDS = ("title", "description", "category", "location", "needed_by", "budget", "conditions")
VENDOR_KINDS = ("profile", "feedback", "deletion-request", "access-request")  # go to a vendor
RIGHTS_KINDS = ("deletion-request", "access-request")  # a letter citing GDPR or CCPA
DISCLOSING_KINDS = ("feedback", *RIGHTS_KINDS)  # may carry real details besides the pseudonym

# The groups of items, named after the part of a `ShareSpec` their ticked keys fill.
FIELDS = "fields"  # profile: the fields that go (ShareSpec.fields)
DISCLOSE = "disclose"  # feedback, rights requests: real details shown to the vendor (ShareSpec.disclose)
CONCERNING = "concerning"  # rights requests: the packages it is about (ShareSpec.concerning)
REQUEST = "request"  # personal request: its fields (ShareSpec.fields)
NOTE = "note"  # reputation: the notes that go (ShareSpec.note_ids)

# Why an item cannot be ticked.
NOT_IN_PROFILE = "not-in-profile"  # the profile has no such detail
EMPTY = "empty"  # the request leaves that field empty
ALWAYS = "always"  # it always goes (a request's title): ticked and fixed


class SentLike(Protocol):
    """What `shareable` needs of a package sent (`packages.SentPackage`)."""

    @property
    def package_id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def issued_at(self) -> str: ...


@dataclass(frozen=True)
class Item:
    """One thing that can go: `key` is the field name, package id or note id."""

    key: str | int
    label: str  # plain English words; the app draws its own translated label from key and kind
    value: str  # what goes, its first line ("" when there is none)
    default: bool  # ticked at first
    available: bool = True  # False: cannot be ticked or unticked (see `why`)
    why: str = ""  # NOT_IN_PROFILE, EMPTY or ALWAYS when not available
    kind: str = ""  # CONCERNING: the kind of the package sent


@dataclass(frozen=True)
class Group:
    name: str  # FIELDS, DISCLOSE, CONCERNING, REQUEST or NOTE
    items: tuple[Item, ...]

    def keys(self) -> list[str | int]:
        return [item.key for item in self.items]


def words(name: str) -> str:
    return name.replace("_", " ")


def first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def profile_items(profile: Mapping[str, str], defaults: Collection[str] = ()) -> tuple[Item, ...]:
    """Every profile field: filled-in ones can go (ticked when in `defaults`), the rest cannot."""
    out = []
    for field in PROFILE_FIELDS:
        value = profile.get(field, "")
        label = words(field).capitalize()
        if value:
            out.append(Item(field, label, first_line(value), field in defaults))
        else:
            out.append(Item(field, label, "", False, available=False, why=NOT_IN_PROFILE))
    return tuple(out)


def request_values(request: Request) -> dict[str, str]:
    """A request's fields as the words that go, "" for an empty one."""
    budget = ""
    if request.budget_min or request.budget_max:
        budget = " – ".join(str(m) for m in (request.budget_min, request.budget_max) if m)
    return {
        "title": request.title,
        "description": request.description,
        "category": request.category or "",
        "location": request.location or "",
        "needed_by": request.needed_by.isoformat() if request.needed_by else "",
        "budget": budget,
        "conditions": request.conditions,
    }


def request_items(request: Request) -> tuple[Item, ...]:
    """A request's fields: the title always goes; filled-in ones go unless unticked; empty ones cannot."""
    values = request_values(request)
    out = []
    for field in REQUEST_FIELDS:
        value = values[field]
        label = words(field).capitalize()
        if field == "title":
            out.append(Item(field, label, value, True, available=False, why=ALWAYS))
        elif value:
            out.append(Item(field, label, first_line(value), True))
        else:
            out.append(Item(field, label, "", False, available=False, why=EMPTY))
    return tuple(out)


def note_value(note: Note) -> str:
    """A note in one line: its ratings and its text's first line ("" when it has neither)."""
    ratings = ", ".join(f"{d} {v}/5" for d, v in note.ratings.items())
    return " — ".join(p for p in (ratings, first_line(note.text)) if p)


def shareable(
    kind: str,
    *,
    profile: Mapping[str, str] | None = None,
    disclosed: Collection[str] = (),
    sent: Sequence[SentLike] = (),
    request: Request | None = None,
    notes: Sequence[Note] | None = None,
    concerning: Collection[str] | None = None,
) -> tuple[Group, ...]:
    """The groups of items a package of `kind` can carry, in the order they are shown.

    `profile`: her profile (profile and disclosing kinds); `disclosed`: the fields already disclosed
    to the vendor (ticked at first); `sent`: the packages sent to the vendor (rights requests are
    about those that are not rights requests themselves); `concerning`: the package ids a rights
    request is about, ticked at first (None: all); `request`: the personal request chosen (None:
    none chosen, no group); `notes`: her notes about the vendor chosen (None: no vendor chosen).
    """
    groups: list[Group] = []
    if kind == "profile":
        groups.append(Group(FIELDS, profile_items(profile or {}, disclosed)))
    elif kind in DISCLOSING_KINDS:
        groups.append(Group(DISCLOSE, profile_items(profile or {}, disclosed)))
    if kind in RIGHTS_KINDS:
        about = [p for p in sent if p.kind not in RIGHTS_KINDS]
        if about:
            wanted = set(concerning) if concerning else None
            groups.append(Group(CONCERNING, tuple(
                Item(p.package_id, p.issued_at[:10], p.package_id, wanted is None or p.package_id in wanted, kind=p.kind)
                for p in about
            )))
    if kind == "personal-request" and request is not None:
        groups.append(Group(REQUEST, request_items(request)))
    if kind == "reputation" and notes is not None:
        groups.append(Group(NOTE, tuple(Item(n.id, n.on.isoformat(), note_value(n), True) for n in notes)))
    return tuple(groups)


def unavailable(items: Sequence[Item], wanted: Collection[str | int]) -> list[Item]:
    """The items named in `wanted` that cannot be chosen (fixed ones aside), in `items`' order."""
    return [item for item in items if item.key in wanted and not item.available and item.why != ALWAYS]
