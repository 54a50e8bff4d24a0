"""Trusted voices: the contacts' standing of a vendor beside hers, and every note behind it.

Her standing is unchanged (`reputation.standing`: her notes only). The contacts' standing, per
dimension, is the weighted mean of their ratings of that dimension::

    mean(d) = sum(w * rating) / sum(w)   over the contacts' notes rating d
    w       = trust weight × age weight
    trust weight: 1, 2, 3 for "a little", "quite a lot", "completely"
    age weight:   1 for a note dated up to 365 days before today, 1/2 up to 3 × 365 days, 1/4 older

and overall is the mean of the dimension means, as hers is; n is the number of contacts with a
note on the vendor. The figures are exact fractions (`Fraction`): the app rounds them to show.
Storage sums the ratings per (trust level, age band), so a standing reads one small grouped
query; `weighted_standing` is the same rule over single notes (the tests hold both to it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from myvendors.domain import reputation
from myvendors.domain.contacts import TRUST_TITLE
from myvendors.domain.models import RATING_DIMENSIONS, Standing
from myvendors.storage import Database
from myvendors.storage import contacts as sql

TRUST_WEIGHT = {1: 1, 2: 2, 3: 3}
MAX_VOICES = 10_000  # notes listed per vendor or contact (a contact keeps a few per vendor: newer replace older)
RECENT_DAYS = 365
OLDER_DAYS = 3 * 365


def age_weight(on: date, today: date) -> Fraction:
    """1 for a note up to a year old (or dated ahead), 1/2 up to three years, 1/4 older."""
    days = (today - on).days
    if days <= RECENT_DAYS:
        return Fraction(1)
    if days <= OLDER_DAYS:
        return Fraction(1, 2)
    return Fraction(1, 4)


def weight(trust: int, on: date, today: date) -> Fraction:
    return TRUST_WEIGHT[trust] * age_weight(on, today)


@dataclass(frozen=True)
class ContactsStanding:
    """The trusted contacts' standing of one vendor: exact weighted means."""

    vendor_id: int
    per_dimension: dict[str, tuple[Fraction, int]]  # dimension -> (weighted mean, number of ratings)
    overall: Fraction | None  # the mean of the dimension means
    contacts: int  # n: contacts with a note on the vendor
    notes: int


@dataclass(frozen=True)
class SideBySide:
    """A vendor's standing as she sees it ("mine") beside her trusted contacts'."""

    mine: Standing
    contacts: ContactsStanding


@dataclass(frozen=True)
class ContactNote:
    id: int
    contact_id: int
    contact_name: str
    trust: int
    bundle_id: int
    bundle_issued: str
    vendor_id: int | None  # her vendor, or None: new to her
    vendor_key: str
    vendor_name: str  # as the contact wrote it
    her_vendor_name: str | None  # her vendor's name, when matched
    website: str | None
    category: str | None
    on: date
    text: str
    ratings: dict[str, int]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Voice:
    """One contact's note on a vendor with what it weighs in the contacts' standing."""

    note: ContactNote
    weight: Fraction  # trust weight × age weight (counts only for the dimensions it rates)

    @property
    def contact_name(self) -> str:
        return self.note.contact_name

    @property
    def trust(self) -> int:
        return self.note.trust

    @property
    def trust_title(self) -> str:
        return TRUST_TITLE[self.note.trust]


@dataclass(frozen=True)
class NewToMe:
    """A vendor contacts wrote about that she does not have."""

    vendor_key: str
    name: str
    website: str | None
    category: str | None
    contacts: tuple[str, ...]  # who wrote about it, by name
    notes: int
    latest: date


def _to_note(row: dict[str, Any]) -> ContactNote:
    try:
        tags = tuple(str(t) for t in json.loads(row["tags"] or "[]"))
    except ValueError:
        tags = ()
    return ContactNote(
        id=int(row["id"]), contact_id=int(row["contact_id"]), contact_name=str(row["contact_name"]),
        trust=int(row["trust"]), bundle_id=int(row["bundle_id"]), bundle_issued=str(row["bundle_issued"]),
        vendor_id=row["vendor_id"], vendor_key=str(row["vendor_key"]), vendor_name=str(row["vendor_name"]),
        her_vendor_name=row["her_vendor_name"], website=row["vendor_website"], category=row["vendor_category"],
        on=date.fromisoformat(row["on_date"]), text=row["text"] or "",
        ratings={d: int(row[d]) for d in RATING_DIMENSIONS if row[d] is not None}, tags=tags,
    )


def weighted_standing(
    vendor_id: int, notes: Iterable[tuple[int, date, Mapping[str, int]]], today: date, *, contacts: int,
) -> ContactsStanding:
    """The rule over single notes: (trust level, date, ratings) each."""
    sums: dict[str, tuple[Fraction, Fraction, int]] = {}
    count = 0
    for trust, on, ratings in notes:
        count += 1
        w = weight(trust, on, today)
        for d in RATING_DIMENSIONS:
            if d in ratings:
                s, total, n = sums.get(d, (Fraction(0), Fraction(0), 0))
                sums[d] = (s + w * ratings[d], total + w, n + 1)
    return _standing(vendor_id, sums, contacts, count)


def standing_from_sums(vendor_id: int, groups: Sequence[Mapping[str, Any]], *, contacts: int) -> ContactsStanding:
    """The rule over storage's sums per (trust level, age divisor) group."""
    sums: dict[str, tuple[Fraction, Fraction, int]] = {}
    count = 0
    for group in groups:
        w = Fraction(TRUST_WEIGHT[int(group["trust"])], int(group["divisor"]))
        count += int(group["notes"])
        for d in RATING_DIMENSIONS:
            n = int(group[f"{d}_n"])
            if n:
                s, total, k = sums.get(d, (Fraction(0), Fraction(0), 0))
                sums[d] = (s + w * int(group[f"{d}_sum"]), total + w * n, k + n)
    return _standing(vendor_id, sums, contacts, count)


def _standing(vendor_id: int, sums: dict[str, tuple[Fraction, Fraction, int]], contacts: int, notes: int) -> ContactsStanding:
    per = {d: (sums[d][0] / sums[d][1], sums[d][2]) for d in RATING_DIMENSIONS if d in sums and sums[d][1]}
    overall = sum((mean for mean, _ in per.values()), Fraction(0)) / len(per) if per else None
    return ContactsStanding(vendor_id, per, overall, contacts, notes)


def contacts_standing(db: Database, vendor_id: int, *, today: date | None = None) -> ContactsStanding:
    """The trusted contacts' standing of a vendor (exact; empty when no contact wrote about it)."""
    day = today or date.today()
    groups = sql.weighted_sums(db, vendor_id, day.isoformat())
    return standing_from_sums(vendor_id, groups, contacts=sql.voices_count(db, vendor_id))


def side_by_side(db: Database, vendor_id: int, *, today: date | None = None) -> SideBySide:
    """"mine" and "trusted contacts (n)" for one vendor."""
    return SideBySide(reputation.standing(db, vendor_id), contacts_standing(db, vendor_id, today=today))


def voices(db: Database, vendor_id: int, *, today: date | None = None) -> list[Voice]:
    """Every contact's note on a vendor (up to MAX_VOICES), newest first, with its weight."""
    day = today or date.today()
    notes = [_to_note(r) for r in sql.notes(db, vendor_id=vendor_id, limit=MAX_VOICES)]
    return [Voice(n, weight(n.trust, n.on, day)) for n in notes]


def voice_counts(db: Database, vendor_ids: Sequence[int]) -> dict[int, int]:
    """{vendor id: contacts with a note on it}, for a page of vendors (none: left out)."""
    return sql.voice_counts(db, vendor_ids)


def contact_notes(db: Database, contact_id: int) -> list[ContactNote]:
    """One contact's notes, newest first (on her vendors and on vendors new to her)."""
    return [_to_note(r) for r in sql.notes(db, contact_id=contact_id, limit=MAX_VOICES)]


def new_to_me(db: Database) -> list[NewToMe]:
    """Vendors her contacts wrote about that she does not have, newest note first."""
    names = sql.new_to_me_voices(db)
    return [
        NewToMe(str(r["vendor_key"]), str(r["name"]), r["website"], r["category"], tuple(names.get(str(r["vendor_key"]), ())),
                int(r["notes"]), date.fromisoformat(r["latest"]))
        for r in sql.new_to_me(db)
    ]


def new_to_me_notes(db: Database, vendor_key: str | None = None) -> list[ContactNote]:
    """The contacts' notes on vendors new to her (one vendor's, by its key, when given)."""
    notes = [_to_note(r) for r in sql.notes(db, new_to_me=True)]
    return [n for n in notes if vendor_key is None or n.vendor_key == vendor_key]


def link_new_to_me(db: Database, vendor_key: str, vendor_id: int) -> int:
    """A vendor new to her is hers now (she added it, or it was one she has under another name):
    the contacts' notes on it count for `vendor_id` from now on. Returns how many notes moved."""
    from myvendors.domain import vendors
    from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

    vendor = vendors.get_vendor(db, vendor_id)
    if vendor.deleted_at is not None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{name} is in the trash: restore it first."), name=vendor.name), field="vendor")
    if not any(v.vendor_key == vendor_key for v in new_to_me(db)):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "No vendor {key!r} is new to you in your contacts' notes."), key=vendor_key), field="vendor_key")
    with db.transaction():
        return sql.link_new_to_me(db, vendor_key, vendor_id)
