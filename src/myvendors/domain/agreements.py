"""Agreements: subscriptions, contracts, warranties, memberships and loyalty accounts per vendor,
with exact prices and the dates that matter (renewal, cancel-by), and what is due soon."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from myvendors.domain import vendors
from myvendors.domain._convert import (
    date_or_none,
    iso_date,
    money_or_none,
    new_uid,
    require,
    short,
    text,
)
from myvendors.domain.models import (
    Agreement,
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    Due,
)
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import agreements as sql


def _to_agreement(row: dict[str, Any]) -> Agreement:
    return Agreement(
        id=int(row["id"]),
        uid=row["uid"],
        vendor_id=int(row["vendor_id"]),
        kind=AgreementKind(row["kind"]),
        title=row["title"],
        price=money_or_none(row["price_minor"], row["currency"]),
        period=BillingPeriod(row["period"]),
        start=date_or_none(row["start_date"]),
        end=date_or_none(row["end_date"]),
        renewal=date_or_none(row["renewal_date"]),
        cancel_by=date_or_none(row["cancel_by_date"]),
        notice_days=row["notice_days"],
        notes=row["notes"] or "",
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        trial_end=date_or_none(row["trial_end_date"]),
        reference=row["reference"] or "",
    )


def validate(draft: AgreementDraft) -> AgreementDraft:
    try:
        kind = AgreementKind(draft.kind)
    except ValueError:
        kinds = ", ".join(k.value for k in AgreementKind)
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "An agreement is one of {kinds}; not {kind!r}."), kinds=kinds, kind=draft.kind), field="kind") from None
    try:
        period = BillingPeriod(draft.period)
    except ValueError:
        periods = ", ".join(p.value for p in BillingPeriod)
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The billing period is one of {periods}; not {period!r}."), periods=periods, period=draft.period), field="period") from None
    title = short(draft.title, "title") or ""
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An agreement needs a title (e.g. the plan's name)."), field="title")
    if draft.price is not None and draft.price.minor < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A price cannot be negative."), field="price")
    if draft.start and draft.end and draft.end < draft.start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The agreement ends before it starts."), field="end")
    if draft.start and draft.trial_end and draft.trial_end < draft.start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The free trial ends before the agreement starts."), field="trial_end")
    if draft.cancel_by and draft.renewal and draft.cancel_by > draft.renewal:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "The cancel-by date is after the renewal date it is meant to prevent."
        ), field="cancel_by")
    if draft.notice_days is not None and not 0 <= draft.notice_days <= 3650:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The notice period is between 0 and 3650 days."), field="notice_days")
    cancel_by = draft.cancel_by
    if cancel_by is None and draft.renewal is not None and draft.notice_days is not None:
        cancel_by = draft.renewal - timedelta(days=draft.notice_days)
    reference = short(draft.reference, "reference") or ""
    return replace(draft, kind=kind, period=period, title=title, notes=text(draft.notes, "notes"), cancel_by=cancel_by,
                   reference=reference)


def _values(draft: AgreementDraft) -> dict[str, Any]:
    return {
        "kind": draft.kind.value,
        "title": draft.title,
        "price_minor": draft.price.minor if draft.price else None,
        "currency": draft.price.currency if draft.price else None,
        "period": draft.period.value,
        "start_date": iso_date(draft.start),
        "end_date": iso_date(draft.end),
        "renewal_date": iso_date(draft.renewal),
        "cancel_by_date": iso_date(draft.cancel_by),
        "notice_days": draft.notice_days,
        "notes": draft.notes,
        "trial_end_date": iso_date(draft.trial_end),
        "reference": draft.reference or None,
    }


def add_agreement(db: Database, draft: AgreementDraft) -> Agreement:
    """Record an agreement; with a renewal date and a notice period, cancel-by is worked out."""
    vendors.get_vendor(db, draft.vendor_id)
    clean = validate(draft)
    with db.transaction():
        agreement_id = sql.insert_agreement(db, uid=new_uid(), vendor_id=clean.vendor_id, values=_values(clean))
    return get_agreement(db, agreement_id)


def update_agreement(db: Database, agreement_id: int, **changes: Any) -> Agreement:
    current = get_agreement(db, agreement_id)
    fields = set(AgreementDraft.__dataclass_fields__) - {"vendor_id"}
    unknown = set(changes) - fields
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Agreements have no field {value!r}."), value=sorted(unknown)[0]), field=sorted(unknown)[0])
    draft = AgreementDraft(
        vendor_id=current.vendor_id, kind=current.kind, title=current.title, price=current.price, period=current.period,
        start=current.start, end=current.end, renewal=current.renewal, cancel_by=current.cancel_by,
        notice_days=current.notice_days, notes=current.notes, trial_end=current.trial_end,
        reference=current.reference,
    )
    clean = validate(replace(draft, **changes))
    with db.transaction():
        sql.update_agreement(db, agreement_id, _values(clean))
    return get_agreement(db, agreement_id)


def delete_agreement(db: Database, agreement_id: int) -> None:
    get_agreement(db, agreement_id)
    with db.transaction():
        sql.delete_agreement(db, agreement_id)


def get_agreement(db: Database, agreement_id: int) -> Agreement:
    return _to_agreement(require(sql.get_agreement(db, agreement_id), "agreement", agreement_id))


def agreements_of(db: Database, vendor_id: int) -> list[Agreement]:
    return [_to_agreement(r) for r in sql.agreements_of(db, vendor_id)]


def all_agreements(db: Database) -> list[tuple[Agreement, str]]:
    """Every agreement of a vendor not in the trash, with the vendor's name."""
    return [(_to_agreement(r), r["vendor_name"]) for r in sql.all_agreements(db)]


def due_soon(db: Database, days: int, *, today: date | None = None, past_days: int = 0) -> list[Due]:
    """What renews or must be cancelled in the next `days` days (today included), soonest first;
    with `past_days`, also what fell due in that many days before today (overdue) first."""
    if not 0 <= days <= 3660:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Look ahead between 0 and 3660 days."), field="days")
    if not 0 <= past_days <= 3660:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Look back between 0 and 3660 days."), field="past_days")
    start = today or date.today()
    first = start - timedelta(days=past_days)
    rows = sql.due_between(db, first.isoformat(), (start + timedelta(days=days)).isoformat())
    return [Due(_to_agreement(r), r["vendor_name"], r["what"], date.fromisoformat(r["due"])) for r in rows]
