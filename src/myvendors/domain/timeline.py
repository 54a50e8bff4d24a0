"""The timeline: typed, dated interactions that make up a relationship, newest first, paged."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from myvendors.domain import vendors
from myvendors.domain._convert import (
    money_or_none,
    new_uid,
    parse_utc,
    require,
    short,
    text,
    utc,
)
from myvendors.domain.models import Interaction, InteractionDraft, InteractionKind, Money
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import timeline as sql

PAGE = 200


def _to_interaction(row: dict[str, Any]) -> Interaction:
    return Interaction(
        id=int(row["id"]),
        uid=row["uid"],
        vendor_id=int(row["vendor_id"]),
        kind=InteractionKind(row["kind"]),
        at=parse_utc(row["at"]),
        amount=money_or_none(row["amount_minor"], row["currency"]),
        channel=row["channel"],
        note=row["note"] or "",
        created_at=row["created_at"],
    )


def validate(draft: InteractionDraft) -> tuple[InteractionDraft, dict[str, Any]]:
    try:
        kind = InteractionKind(draft.kind)
    except ValueError:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "{kind!r} is not a kind of interaction ({value})."), kind=draft.kind, value=', '.join(k.value for k in InteractionKind)), field="kind"
        ) from None
    clean = replace(draft, kind=kind, channel=short(draft.channel, "channel", 100), note=text(draft.note, "note"))
    values = {
        "kind": kind.value,
        "at": utc(draft.at, "at"),
        "amount_minor": draft.amount.minor if draft.amount else None,
        "currency": draft.amount.currency if draft.amount else None,
        "channel": clean.channel,
        "note": clean.note,
    }
    return clean, values


def record(db: Database, draft: InteractionDraft) -> Interaction:
    """Add one interaction to a vendor's timeline."""
    vendors.get_vendor(db, draft.vendor_id)
    clean, values = validate(draft)
    with db.transaction():
        interaction_id = sql.insert_interaction(db, uid=new_uid(), vendor_id=clean.vendor_id, values=values)
    return get_interaction(db, interaction_id)


def record_in(db: Database, draft: InteractionDraft) -> int:
    """Insert inside the caller's transaction (used when one action records several things)."""
    clean, values = validate(draft)
    return sql.insert_interaction(db, uid=new_uid(), vendor_id=clean.vendor_id, values=values)


def get_interaction(db: Database, interaction_id: int) -> Interaction:
    return _to_interaction(require(sql.get_interaction(db, interaction_id), "interaction", interaction_id))


EDITABLE = frozenset(InteractionDraft.__dataclass_fields__)


def edit_interaction(db: Database, interaction_id: int, **changes: Any) -> Interaction:
    """Change the given fields of one interaction (checked as when it was added), in one
    transaction; moving it to another vendor (`vendor_id`) moves its totals too."""
    current = get_interaction(db, interaction_id)
    unknown = set(changes) - EDITABLE
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Interactions have no field {value!r}."), value=sorted(unknown)[0]), field=sorted(unknown)[0])
    draft = InteractionDraft(
        vendor_id=current.vendor_id, kind=current.kind, at=current.at, amount=current.amount,
        channel=current.channel, note=current.note,
    )
    draft = replace(draft, **changes)
    if draft.vendor_id != current.vendor_id:
        vendors.get_vendor(db, draft.vendor_id)
    clean, values = validate(draft)
    with db.transaction():
        sql.update_interaction(db, interaction_id, vendor_id=clean.vendor_id, values=values)
    return get_interaction(db, interaction_id)


def delete_interaction(db: Database, interaction_id: int) -> None:
    get_interaction(db, interaction_id)
    with db.transaction():
        sql.delete_interaction(db, interaction_id)


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= 10_000:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A page holds between 1 and 10000 interactions."), field="limit")


def page(
    db: Database,
    *,
    vendor_id: int | None = None,
    after: Interaction | None = None,
    newer_than: Interaction | None = None,
    limit: int = PAGE,
) -> list[Interaction]:
    """Newest first; pass the last item of a page as `after` for the next (older) one, or the
    first item as `newer_than` for the page above it (keyset paging both ways)."""
    _check_limit(limit)
    if after is not None and newer_than is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "A page is older than one interaction or newer than one, not both."
        ), field="newer_than")
    before = (utc(after.at, "at"), after.id) if after is not None else None
    above = (utc(newer_than.at, "at"), newer_than.id) if newer_than is not None else None
    rows = sql.timeline_page(db, vendor_id=vendor_id, before=before, after=above, limit=limit)
    return [_to_interaction(r) for r in rows]


def page_by_key(
    db: Database,
    *,
    vendor_id: int,
    older_than: tuple[datetime, int] | None = None,
    newer_than: tuple[datetime, int] | None = None,
    limit: int = PAGE,
) -> list[Interaction]:
    """Newest first, one vendor's interactions older than the key (at, id), or the `limit` nearest
    newer than it: keyset paging from a place that need not be an interaction (a leak's day sits
    between them, `domain.vendor_timeline`)."""
    _check_limit(limit)
    before = (utc(older_than[0], "at"), older_than[1]) if older_than is not None else None
    above = (utc(newer_than[0], "at"), newer_than[1]) if newer_than is not None else None
    rows = sql.timeline_page(db, vendor_id=vendor_id, before=before, after=above, limit=limit)
    return [_to_interaction(r) for r in rows]


def count_at_or_after(db: Database, vendor_id: int, ats: list[datetime]) -> list[int]:
    """For each instant, how many of one vendor's interactions are at it or later (one pass over the
    vendor's index, not one per instant)."""
    return sql.count_at_or_after(db, vendor_id=vendor_id, ats=[utc(at, "at") for at in ats]) if ats else []


def interactions_at(
    db: Database, start: int, limit: int, *, vendor_id: int | None = None, total: int | None = None
) -> list[Interaction]:
    """Rows `start` to `start + limit` of the newest-first timeline, walked from the nearer end."""
    _check_limit(limit)
    if start < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A position in the timeline is 0 or more."), field="start")
    if total is None:
        total = count(db, vendor_id)
    limit = min(limit, total - start)
    if limit <= 0:
        return []
    from_end = total - start - limit
    rows = sql.timeline_page(
        db, vendor_id=vendor_id, limit=limit, skip=min(start, from_end), from_end=from_end < start
    )
    return [_to_interaction(r) for r in rows]


def position(db: Database, interaction: Interaction) -> int:
    """The row of an interaction in its vendor's timeline, newest first (0 = the newest)."""
    return sql.count_newer(db, vendor_id=interaction.vendor_id, at=utc(interaction.at, "at"), interaction_id=interaction.id)


def count(db: Database, vendor_id: int | None = None) -> int:
    """How many interactions one vendor's timeline, or the whole timeline (vendors not in the
    trash), holds: a maintained total, so asking costs the same at a million rows as at ten."""
    return sql.count_interactions(db, vendor_id)


def amount_totals(db: Database, vendor_id: int | None = None) -> tuple[Money, ...]:
    """The amounts of one vendor's interactions, or of every vendor's not in the trash, summed per
    currency (by currency code): maintained totals, never a pass over the timeline."""
    return tuple(Money(int(r["amount_minor"]), r["currency"]) for r in sql.amount_totals(db, vendor_id))
