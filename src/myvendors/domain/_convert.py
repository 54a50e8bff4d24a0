"""Conversions between the services' typed values and the storage layer's plain columns."""

from __future__ import annotations

import contextlib
import secrets
import time
import uuid
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from myvendors.domain.models import Money
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

TAG_SEPARATOR = "\x1f"
T = TypeVar("T")
# Where new uids come from while generating reproducible data (myvendors.domain.demo); None: new_uid's own.
_uid_source: ContextVar[Callable[[], str] | None] = ContextVar("uid_source", default=None)


@contextlib.contextmanager
def uids_from(source: Callable[[], str]) -> Iterator[None]:
    """Records made inside take their uids from `source` (a seeded generator: the same data twice)."""
    token = _uid_source.set(source)
    try:
        yield
    finally:
        _uid_source.reset(token)


def require(row: T | None, what: str, record_id: int) -> T:
    """The row, or InvalidInput saying there is no such record (field "id")."""
    if row is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no {what} with id {record_id}."), what=what, record_id=record_id), field="id")
    return row


def new_uid() -> str:
    """A UUID version 7 (RFC 9562): unix milliseconds first, then random bits.

    Time-ordered ids go in at the end of the `uid` indexes instead of at random places: with a
    million timeline rows, random (version 4) ids made every insert touch a random index page.
    """
    source = _uid_source.get()
    if source is not None:
        return source()
    value = (time.time_ns() // 1_000_000) << 80 | secrets.randbits(80)
    value = (value & ~(0xF << 76)) | (0x7 << 76)  # version 7
    value = (value & ~(0x3 << 62)) | (0x2 << 62)  # RFC 9562 variant
    return str(uuid.UUID(int=value))


def money_or_none(minor: Any, currency: Any) -> Money | None:
    return None if minor is None or currency is None else Money(int(minor), str(currency))


def date_or_none(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(str(value))


def iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def utc(value: datetime, field: str) -> str:
    """An aware datetime as a sortable UTC ISO string (naive ones are refused: whose clock?)."""
    if not isinstance(value, datetime):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The {field_} must be a date and time."), field_=field), field=field)
    if value.tzinfo is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The {field_} needs a time zone."), field_=field), field=field)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def parse_utc(value: str) -> datetime:
    return datetime.fromisoformat(value)


def tags_of(value: Any) -> tuple[str, ...]:
    return tuple(str(value).split(TAG_SEPARATOR)) if value else ()


def text(value: str | None, field: str, limit: int = 20_000) -> str:
    clean = (value or "").strip()
    if len(clean) > limit:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The {field_} can be at most {limit} characters."), field_=field, limit=limit), field=field)
    return clean


def short(value: str | None, field: str, limit: int = 200) -> str | None:
    if value is None:
        return None
    clean = " ".join(str(value).split())
    if len(clean) > limit:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The {field_} can be at most {limit} characters."), field_=field, limit=limit), field=field)
    return clean or None
