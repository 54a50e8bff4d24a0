"""Leak canaries: an address given to one vendor only, and each time someone else used it.

An alias is an e-mail address (a plus-address of her own, `anna+acme@mail.example`, or an
address at a catch-all domain of hers, `acme@anna.example`) or a phone number that she gives to
one vendor alone. Its normal form (`address_key`: an e-mail address lower-cased with its plus
part kept; a phone number as `+` and its digits, country code first) belongs to one vendor.

A leak is the day someone else used it: recorded from a message's headers (which alias it was
addressed to, who sent it, when; the headers are kept in the vault with their SHA-256, so the
same message is recorded once) or by hand (when, who, by e-mail, phone call or SMS). A leak is
open until she closes it, shows on the vendor's standing and the Overview, and offers the access
request that asks the vendor whom it gave the address to (`access_request`).

`suggest` makes a new alias for a vendor from its name (pure); the share wizard offers it when
she shares her e-mail address with a vendor that has none, and `packages.share` records it with
the package in the same transaction (`check_alias`, then `insert_alias` inside the caller's).
"""

from __future__ import annotations

import email.errors
import email.message
import email.parser
import email.policy
import email.utils
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from myvendors.domain import vendors
from myvendors.domain._convert import new_uid, require, short, text
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import leaks as sql
from myvendors.storage import sharing as sharing_sql

if TYPE_CHECKING:
    from myvendors.domain.sharing.packages import ShareSpec

__all__ = [
    "CHANNELS", "KINDS", "Alias", "AliasDraft", "Evidence", "Leak", "LeakStanding", "access_request", "add_alias",
    "address_key", "aliases", "check_alias", "close", "evidence_of", "find_alias", "get_alias", "get_leak",
    "insert_alias", "leaks", "open_by_vendor", "read_headers", "record_by_hand", "record_from_headers",
    "remove_alias", "retire_alias", "slug", "standing", "suggest", "suggest_for",
]

KINDS = ("email", "phone")
CHANNELS = ("email", "phone", "sms")
LAWS = ("GDPR", "CCPA")
MAX_HEADERS = 200_000  # characters of headers kept as evidence (a long Received chain is a few thousand)
#: where the headers name the address a message was for, in the order they are trusted: what the
#: receiving server wrote first, then what the sender wrote, then the servers' "for <…>"
ADDRESS_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc", "Resent-To", "Bcc")


@dataclass(frozen=True)
class Alias:
    """An address given to one vendor only."""

    id: int
    uid: str
    vendor_id: int
    vendor_name: str
    kind: str  # "email" or "phone"
    address: str  # as she wrote it
    address_key: str  # its normal form: one alias, one vendor
    package_id: str | None  # the package that disclosed it (None: given some other way)
    field: str | None  # the profile field it stood in for ("email", "phone")
    note: str
    created_at: str
    leaks: int = 0  # leaks recorded for it
    open_leaks: int = 0
    retired_at: str | None = None  # no longer given out (kept, with its leaks, as evidence)

    @property
    def is_retired(self) -> bool:
        return self.retired_at is not None


@dataclass(frozen=True)
class AliasDraft:
    vendor_id: int
    address: str
    kind: str = "email"
    note: str = ""
    field: str | None = None


@dataclass(frozen=True)
class Leak:
    """Someone else used an alias: when, by whom, how she knows."""

    id: int
    uid: str
    alias_id: int
    alias_address: str
    vendor_id: int
    vendor_name: str
    seen_on: date
    used_by: str  # the sender's domain (from headers), or who she names
    subject: str
    how: str  # "headers" or "manual"
    channel: str  # "email", "phone" or "sms"
    evidence_sha256: str | None  # of the kept headers as UTF-8 (see `read_headers`)
    note: str
    recorded_at: str
    closed_at: str | None
    alias_package_id: str | None = field(default=None, compare=False)
    alias_created_at: str = field(default="", compare=False)

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class LeakStanding:
    """A vendor's leaks, for its standing: how many, how many still open."""

    total: int
    open: int


@dataclass(frozen=True)
class Evidence:
    """What a message's headers say (`read_headers`)."""

    text: str  # the headers as kept: the header block, line ends as "\n"
    sha256: str  # of `text` as UTF-8
    addresses: tuple[tuple[str, str], ...]  # (header, address) it was addressed to, each address once
    used_by: str  # the sender's domain (From, else Sender, else Return-Path), "" when none
    seen_on: date | None  # the Date header's day, else the newest Received's
    subject: str


def _alias(row: dict[str, Any]) -> Alias:
    return Alias(
        id=int(row["id"]), uid=row["uid"], vendor_id=int(row["vendor_id"]), vendor_name=row["vendor_name"],
        kind=row["kind"], address=row["address"], address_key=row["address_key"], package_id=row["package_id"],
        field=row["field"], note=row["note"], created_at=row["created_at"], leaks=int(row["leaks"] or 0),
        open_leaks=int(row["open_leaks"] or 0), retired_at=row["retired_at"],
    )


def _leak(row: dict[str, Any]) -> Leak:
    return Leak(
        id=int(row["id"]), uid=row["uid"], alias_id=int(row["alias_id"]), alias_address=row["alias_address"],
        vendor_id=int(row["vendor_id"]), vendor_name=row["vendor_name"], seen_on=date.fromisoformat(row["seen_on"]),
        used_by=row["used_by"], subject=row["subject"], how=row["how"], channel=row["channel"],
        evidence_sha256=row["evidence_sha256"], note=row["note"], recorded_at=row["recorded_at"],
        closed_at=row["closed_at"], alias_package_id=row["alias_package_id"],
        alias_created_at=row["alias_created_at"],
    )


# -- the normal form and the suggestion (pure) ------------------------------------------------------
_EMAIL = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]+")
_PHONE = re.compile(r"(?:\+|00)[0-9][0-9 ()./-]*")


def address_key(address: str, kind: str = "email") -> str:
    """The normal form that makes an alias one vendor's: an e-mail address lower-cased (its plus
    part kept: `Anna+Acme@Mail.example` is `anna+acme@mail.example`); a phone number as "+" and
    its digits, country code first ("+49 (170) 123-4567" and "0049 170 1234567" are
    "+491701234567"). InvalidInput (field "address") when it is neither."""
    clean = " ".join(address.split())
    if kind == "email":
        if not _EMAIL.fullmatch(clean):
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{address} is not an e-mail address."),
                                       address=clean or "''"), field="address")
        return clean.lower()
    if kind == "phone":
        if not _PHONE.fullmatch(clean):
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "Write the phone number {address} with its country code, e.g. +49 170 1234567."),
                address=clean or "''"), field="address")
        digits = re.sub(r"\D", "", clean)
        digits = digits[2:] if clean.startswith("00") else digits
        if not 7 <= len(digits) <= 15:  # E.164: at most 15 digits with the country code
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "{address} is not a phone number: with its country code it has 7 to 15 digits."),
                address=clean), field="address")
        return "+" + digits
    raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "An alias is an e-mail address or a phone number, not {kind!r}."),
                               kind=kind), field="kind")


#: words a vendor's name often ends in that say nothing about which vendor it is
_LEGAL_FORMS = frozenset((
    "ab", "ag", "as", "bv", "co", "com", "corp", "de", "e", "eg", "ev", "gbr", "gmbh", "inc", "kg", "kgaa", "limited",
    "llc", "llp", "ltd", "mbh", "nv", "ohg", "oy", "plc", "sa", "sarl", "se", "spa", "srl", "ug", "und",
))
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "þ": "th", "&": " "})
SLUG_MAX = 30


def slug(vendor_name: str) -> str:
    """A vendor's name as the part of an address that names it: ASCII letters and digits joined
    by "-", accents dropped, legal forms at the end left out, at most 30 characters ("Müller &
    Söhne GmbH" is "muller-sohne"); "vendor" when nothing is left."""
    folded = unicodedata.normalize("NFKD", vendor_name.casefold().translate(_FOLD))
    words = re.findall(r"[a-z0-9]+", folded.encode("ascii", "ignore").decode("ascii"))
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    joined = ""
    for word in words:
        candidate = f"{joined}-{word}" if joined else word
        if len(candidate) > SLUG_MAX:
            break
        joined = candidate
    return joined or (words[0][:SLUG_MAX] if words else "vendor")


def suggest(vendor_name: str, *, email: str | None = None, alias_domain: str | None = None) -> str | None:
    """A new e-mail alias for a vendor: at her catch-all domain when she set one (`slug@domain`),
    else a plus-address of her e-mail (`local+slug@domain`, any plus part of hers replaced);
    None when she has neither."""
    name = slug(vendor_name)
    domain = (alias_domain or "").strip().lstrip("@").lower()
    if domain:
        return f"{name}@{domain}"
    mine = (email or "").strip()
    if "@" not in mine:
        return None
    local, _, host = mine.rpartition("@")
    local = local.split("+", 1)[0]
    if not local or not host:
        return None
    return f"{local}+{name}@{host}"


# -- aliases ------------------------------------------------------------------------------------------
def get_alias(db: Database, alias_id: int) -> Alias:
    return _alias(require(sql.get_alias(db, alias_id), "alias", alias_id))


def find_alias(db: Database, ref: str | int) -> Alias:
    """An alias by its id, or by its address (e-mail or phone, in any spelling of its normal form)."""
    value = str(ref).strip()
    if value.isdigit() and len(value) < 7:
        return get_alias(db, int(value))
    keys = []
    for kind in KINDS:
        try:
            keys.append(address_key(value, kind))
        except InvalidInput:
            continue
    found = sql.aliases_by_keys(db, keys)
    if not found:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{address} is none of your aliases (alias list shows them)."), address=value or "''"),
            field="alias")
    return _alias(found[0])


def aliases(db: Database, vendor_id: int | None = None) -> list[Alias]:
    """One vendor's aliases (oldest first), or those of every vendor not in the trash."""
    if vendor_id is not None:
        vendors.get_vendor(db, vendor_id)
    return [_alias(row) for row in sql.aliases(db, vendor_id)]


def check_alias(db: Database, draft: AliasDraft) -> AliasDraft:
    """The draft cleaned, or InvalidInput naming the field: the vendor exists and is not in the
    trash, the address is one (`address_key`), not her own profile's, and no other vendor has it
    (this vendor having it already is refused too: one row per alias)."""
    vendor = vendors.get_vendor(db, draft.vendor_id)
    if vendor.deleted_at is not None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{name} is in the trash: restore it first."),
                                   name=vendor.name), field="vendor")
    if draft.kind not in KINDS:
        address_key(draft.address, draft.kind)  # raises the message naming the kinds
    address = " ".join(draft.address.split())
    key = address_key(address, draft.kind)
    profile = sharing_sql.profile(db)
    own = profile.get(draft.kind, "")
    if own:
        try:
            own_key = address_key(own, draft.kind)
        except InvalidInput:
            own_key = ""
        if own_key == key:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "{address} is your own address from your profile, not an alias given to one vendor."),
                address=address), field="address")
    taken = sql.aliases_by_keys(db, [key])
    if taken:
        owner = _alias(taken[0])
        if owner.vendor_id == draft.vendor_id:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{address} is already {name}'s alias."),
                                       address=address, name=owner.vendor_name), field="address")
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{address} is already {name}'s alias: an alias is given to one vendor only."),
            address=address, name=owner.vendor_name), field="address")
    note = text(draft.note, "note", 2000)
    return AliasDraft(vendor_id=draft.vendor_id, address=address, kind=draft.kind, note=note, field=draft.field)


def insert_alias(db: Database, clean: AliasDraft, *, package_id: str | None = None) -> int:
    """Write a draft `check_alias` returned; the caller holds the transaction. Returns the new id."""
    return sql.insert_alias(db, uid=new_uid(), vendor_id=clean.vendor_id, kind=clean.kind, address=clean.address,
                            address_key=address_key(clean.address, clean.kind), package_id=package_id,
                            field=clean.field, note=clean.note)


def add_alias(db: Database, vendor_id: int, address: str, *, kind: str = "email", note: str = "",
              package_id: str | None = None, field: str | None = None) -> Alias:
    """Record an alias given to this vendor (checked first; a refusal writes nothing)."""
    clean = check_alias(db, AliasDraft(vendor_id=vendor_id, address=address, kind=kind, note=note, field=field))
    if package_id is not None:
        row = sharing_sql.package_by_id(db, package_id)
        if row is None or row["vendor_id"] != vendor_id:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "No package {package_id} was sent to this vendor."), package_id=package_id), field="package")
    with db.transaction():
        alias_id = insert_alias(db, clean, package_id=package_id)
    return get_alias(db, alias_id)


def remove_alias(db: Database, alias_id: int) -> Alias:
    """Forget an alias. One with leaks recorded is refused: removing it would remove them too."""
    alias = get_alias(db, alias_id)
    if alias.leaks:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{address} has {count} leak(s) recorded; they are your evidence, so the alias stays: "
            "retire it instead."),
            address=alias.address, count=alias.leaks), field="id")
    with db.transaction():
        sql.delete_alias(db, alias_id)
    return alias


def retire_alias(db: Database, alias_id: int, *, back: bool = False, at: datetime | None = None) -> Alias:
    """Retire an alias: no longer given out (a share does not offer it, the vendor may be given a new
    one) but kept with its leaks as evidence. `back` puts a retired one in use again."""
    alias = get_alias(db, alias_id)
    if alias.is_retired != back:  # retired already, or in use already: nothing to do
        return alias
    when = None if back else (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    with db.transaction():
        sql.set_retired(db, alias_id, when)
    return get_alias(db, alias_id)


def suggest_for(db: Database, vendor_id: int, *, alias_domain: str | None = None) -> str | None:
    """The e-mail alias to suggest for this vendor (`suggest` over her profile's e-mail and the
    `alias_domain` setting), with "-2", "-3" … added when another vendor has it already; None when
    the vendor has an e-mail alias in use already (a retired one is not) or she has neither an
    e-mail nor an alias domain."""
    vendor = vendors.get_vendor(db, vendor_id)
    if any(a.kind == "email" and not a.is_retired for a in aliases(db, vendor_id)):
        return None
    if alias_domain is None:
        from myvendors.domain import settings

        alias_domain = str(settings.get(db, "alias_domain") or "")
    first = suggest(vendor.name, email=sharing_sql.profile(db).get("email"), alias_domain=alias_domain)
    if first is None:
        return None
    local, _, host = first.rpartition("@")
    for n in range(1, 100):
        candidate = first if n == 1 else f"{local}-{n}@{host}"
        if not sql.aliases_by_keys(db, [address_key(candidate)]):
            return candidate
    return None


# -- reading headers -------------------------------------------------------------------------------
_HEADER_LINE = re.compile(r"[!-9;-~]+:")
_RECEIVED_FOR = re.compile(r"\bfor\s+<?([^\s<>;\"]+@[^\s<>;\"]+)", re.IGNORECASE)


def _header_block(raw: str) -> str:
    """The headers of a pasted text or a whole message: line ends as "\n", up to the first empty line."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\n").split("\n")
    kept: list[str] = []
    for line in lines:
        if not line.strip():
            break
        kept.append(line)
    return "\n".join(kept)


def _day(value: str) -> date | None:
    try:
        moment = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):  # OverflowError: a year no date holds
        return None
    return moment.date() if moment is not None else None


def _raw_values(message: email.message.Message, name: str) -> list[str]:
    """A header's values as written (unfolded), not parsed: the stdlib's structured header classes
    raise on some broken values (an IndexError for `From: "`), which must not stop a reading."""
    wanted = name.lower()
    return [" ".join(str(value).split()) for key, value in message.raw_items() if key.lower() == wanted]


def _decoded(name: str, value: str) -> str:
    """A header's value with its encoded words decoded (RFC 2047), by the stdlib's policy
    `default`; the value as written when it cannot be."""
    try:
        return " ".join(str(email.policy.default.header_factory(name, value)).split())
    except (ValueError, TypeError, IndexError, LookupError, AttributeError, UnicodeError, email.errors.MessageError):
        return value


def read_headers(raw: str) -> Evidence:
    """What a message's headers say: which addresses it was for, who sent it, when, its subject.

    Kept as evidence is the header block: the text up to the first empty line (a whole .eml
    loses its body), its line ends made "\n" and nothing else changed; `sha256` is the SHA-256 of
    exactly that text encoded as UTF-8, so the same message pasted again, from a file or a window,
    has the same hash. Parsed with the standard library's `email` package (policy `default`)."""
    block = _header_block(raw)
    if len(block) > MAX_HEADERS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "Those headers are too long (at most {limit} characters)."), limit=MAX_HEADERS), field="evidence")
    if not block or not _HEADER_LINE.match(block):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "That is not a message's headers: paste them from your mail program's “show original” or "
            "“view source”, starting with lines such as Received: or From:."), field="evidence")
    message = email.parser.Parser(policy=email.policy.default).parsestr(block + "\n\n", headersonly=True)
    found: dict[str, tuple[str, str]] = {}

    def seen(header: str, address: str) -> None:
        address = address.strip().strip("<>").strip()
        if "@" in address:
            found.setdefault(address.lower(), (header, address))

    for header in ADDRESS_HEADERS:
        for _name, address in email.utils.getaddresses(_raw_values(message, header)):
            seen(header, address)
    received = _raw_values(message, "Received")
    for value in received:
        for match in _RECEIVED_FOR.finditer(value):
            seen("Received", match.group(1))
    used_by = ""
    for header in ("From", "Sender", "Return-Path"):
        pairs = email.utils.getaddresses(_raw_values(message, header))
        domains = [address.rpartition("@")[2].strip("<> ").lower() for _n, address in pairs if "@" in address]
        if domains:
            used_by = domains[0]
            break
    dates = _raw_values(message, "Date")
    seen_on = _day(dates[0]) if dates else None
    if seen_on is None and received:
        seen_on = _day(received[0].rpartition(";")[2])
    subjects = _raw_values(message, "Subject")
    subject = _decoded("Subject", subjects[0])[:300] if subjects else ""
    return Evidence(text=block, sha256=hashlib.sha256(block.encode("utf-8")).hexdigest(),
                    addresses=tuple(found.values()), used_by=used_by, seen_on=seen_on, subject=subject)


# -- recording leaks --------------------------------------------------------------------------------
def _keys_of(evidence: Evidence) -> list[str]:
    keys = []
    for _header, address in evidence.addresses:
        try:
            keys.append(address_key(address))
        except InvalidInput:
            continue
    return keys


def _today() -> date:
    return datetime.now(UTC).astimezone().date()


def record_from_headers(db: Database, raw: str, *, alias: str | int | None = None, note: str = "",
                        today: date | None = None) -> Leak:
    """Record a leak from a message's headers: the alias it was addressed to (`alias` when given,
    which the headers must name; else the first of hers they name), the sender's domain, the
    message's day (today when the headers give none). The same headers twice are refused."""
    evidence = read_headers(raw)
    keys = _keys_of(evidence)
    seen_text = ", ".join(address for _h, address in evidence.addresses) or "none"
    if alias is not None:
        target = find_alias(db, alias)
        if target.address_key not in keys:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "These headers are not addressed to {alias}; the addresses in them: {seen}."),
                alias=target.address, seen=seen_text), field="evidence")
    else:
        rows = {row["address_key"]: row for row in sql.aliases_by_keys(db, keys)}
        hits = [rows[key] for key in keys if key in rows]
        if not hits:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "These headers name none of your aliases. The addresses in them: {seen}. Add the alias to "
                "its vendor first, or record the leak by hand."), seen=seen_text), field="evidence")
        target = _alias(hits[0])
    earlier = sql.leak_with_evidence(db, target.id, evidence.sha256)
    if earlier is not None:
        first = get_leak(db, earlier)
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "These headers are recorded already: leak {id} of {name}, seen on {day}."),
            id=first.id, name=first.vendor_name, day=first.seen_on.isoformat()), field="evidence")
    clean_note = text(note, "note", 2000)
    seen_on = evidence.seen_on or today or _today()
    with db.transaction():
        leak_id = sql.insert_leak(
            db, uid=new_uid(), alias_id=target.id, vendor_id=target.vendor_id, seen_on=seen_on.isoformat(),
            used_by=evidence.used_by, subject=evidence.subject, how="headers", channel="email",
            evidence=evidence.text, evidence_sha256=evidence.sha256, note=clean_note,
        )
    return get_leak(db, leak_id)


def record_by_hand(db: Database, alias: str | int, *, seen_on: date, used_by: str, channel: str | None = None,
                   note: str = "", today: date | None = None) -> Leak:
    """Record a leak she saw without headers: an e-mail alias used by e-mail, a phone alias in a
    call or an SMS (`channel`, default by the alias's kind), on `seen_on` (not after today), by
    `used_by` (a company, a sender's address, a caller's number)."""
    target = find_alias(db, alias)
    allowed = ("email",) if target.kind == "email" else ("phone", "sms")
    chosen = channel or allowed[0]
    if chosen not in allowed:
        raise InvalidInput(Message(
            QT_TRANSLATE_NOOP("Errors", "{address} is an e-mail address: a leak of it came by e-mail.")
            if target.kind == "email" else
            QT_TRANSLATE_NOOP("Errors", "{address} is a phone number: a leak of it came by phone call or SMS."),
            address=target.address), field="channel")
    if not isinstance(seen_on, date) or isinstance(seen_on, datetime):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A leak needs the day it was seen."), field="seen_on")
    if seen_on > (today or _today()):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A leak cannot be seen after today."), field="seen_on")
    who = short(used_by, "used_by", 300) or ""
    if not who:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "Say who used the alias: a company, a sender's address or a caller's number."), field="used_by")
    clean_note = text(note, "note", 2000)
    with db.transaction():
        leak_id = sql.insert_leak(
            db, uid=new_uid(), alias_id=target.id, vendor_id=target.vendor_id, seen_on=seen_on.isoformat(),
            used_by=who, subject="", how="manual", channel=chosen, evidence=None, evidence_sha256=None,
            note=clean_note,
        )
    return get_leak(db, leak_id)


def get_leak(db: Database, leak_id: int) -> Leak:
    return _leak(require(sql.get_leak(db, leak_id), "leak", leak_id))


def evidence_of(db: Database, leak_id: int) -> str | None:
    """The headers kept with a leak (None for one recorded by hand)."""
    get_leak(db, leak_id)
    return sql.evidence(db, leak_id)


def leaks(db: Database, *, vendor_id: int | None = None, open_only: bool = False) -> list[Leak]:
    """One vendor's leaks, or those of every vendor not in the trash; newest first."""
    return [_leak(row) for row in sql.leaks(db, vendor_id=vendor_id, open_only=open_only)]


def close(db: Database, leak_id: int, *, reopen: bool = False, at: datetime | None = None) -> Leak:
    """Close a leak (she has her answer, or gave up), or open it again with `reopen=True`."""
    get_leak(db, leak_id)
    stamp = None if reopen else (at or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    with db.transaction():
        sql.set_closed(db, leak_id, stamp)
    return get_leak(db, leak_id)


def standing(db: Database, vendor_id: int) -> LeakStanding:
    total, still_open = sql.counts_of(db, vendor_id)
    return LeakStanding(total=total, open=still_open)


def standing_by_vendor(db: Database) -> dict[int, LeakStanding]:
    """The leaks of every vendor that has any (vendor id -> how many, how many open)."""
    return {int(r["vendor_id"]): LeakStanding(total=int(r["n"]), open=int(r["open"] or 0))
            for r in sql.counts_by_vendor(db)}


def alias_count(db: Database, vendor_id: int) -> int:
    """How many aliases she gave one vendor."""
    return sql.alias_count(db, vendor_id)


def open_by_vendor(db: Database) -> list[tuple[int, str, int]]:
    """(vendor id, name, open leaks) of every vendor not in the trash with open leaks, most first."""
    return [(int(r["vendor_id"]), str(r["vendor_name"]), int(r["n"])) for r in sql.open_by_vendor(db)]


# -- the access request ------------------------------------------------------------------------------
# Its words are marked for the context "LeakRequest" and read from the shipped .ts file in the share's
# language, as a letter's are (`letters.translator`): the command line writes one without Qt.
REQUEST_CONTEXT = "LeakRequest"
_ASK = {
    "GDPR": QT_TRANSLATE_NOOP("LeakRequest",
                              "Under Article 15(1)(c) of the General Data Protection Regulation I ask you in particular "
                              "to name the recipients to whom my personal data have been or will be disclosed."),
    "CCPA": QT_TRANSLATE_NOOP("LeakRequest",
                              "Under section 1798.110 of the California Consumer Privacy Act I ask you in particular to "
                              "name the third parties to whom you disclosed my personal information."),
}
_GIVEN = {  # (a day known, a package known): whole sentences, as other languages order them
    (True, True): QT_TRANSLATE_NOOP("LeakRequest", "I gave the address {address} to you alone on {given} in the package "
                                                   "{package}; it was given to no one else."),
    (True, False): QT_TRANSLATE_NOOP("LeakRequest",
                                     "I gave the address {address} to you alone on {given}; it was given to no one else."),
    (False, True): QT_TRANSLATE_NOOP("LeakRequest", "I gave the address {address} to you alone in the package {package}; "
                                                    "it was given to no one else."),
    (False, False): QT_TRANSLATE_NOOP("LeakRequest",
                                      "I gave the address {address} to you alone; it was given to no one else."),
}
_USED = {  # who used it known or not
    True: QT_TRANSLATE_NOOP("LeakRequest", "On {seen} it was used by {who} {how}{subject}, who did not have it from me."),
    False: QT_TRANSLATE_NOOP("LeakRequest",
                             "On {seen} it was used by someone else {how}{subject}, who did not have it from me."),
}
_HOW = {
    "email": QT_TRANSLATE_NOOP("LeakRequest", "in an e-mail"),
    "phone": QT_TRANSLATE_NOOP("LeakRequest", "in a phone call"),
    "sms": QT_TRANSLATE_NOOP("LeakRequest", "in a text message"),
}
_SUBJECT = QT_TRANSLATE_NOOP("LeakRequest", " (subject “{subject}”)")
_TELL = QT_TRANSLATE_NOOP("LeakRequest", "Please tell me to whom you disclosed it, when, and on what basis.")


def request_paragraph(leak: Leak, law: str = "GDPR", language: str = "en") -> str:
    """The paragraph an access request about this leak adds to the letter, in `language` ("en",
    "de", "fr"): the alias, when and in which share she gave it, when and by whom it was used; its
    dates as that language writes them ("3 December 2026", "3. Dezember 2026")."""
    from myvendors.domain import formats, letters

    t = letters.translator(language, REQUEST_CONTEXT)
    given = formats.long_date(date.fromisoformat(leak.alias_created_at[:10]), language) if leak.alias_created_at else ""
    package = leak.alias_package_id or ""
    subject = t(_SUBJECT).format(subject=leak.subject) if leak.subject else ""
    return " ".join((
        t(_ASK[law]),
        t(_GIVEN[(bool(given), bool(package))]).format(address=leak.alias_address, given=given, package=package),
        t(_USED[bool(leak.used_by)]).format(seen=formats.long_date(leak.seen_on, language), who=leak.used_by, how=t(_HOW[leak.channel]),
                                           subject=subject),
        t(_TELL),
    ))


def access_request(db: Database, leak_id: int, law: str = "GDPR", language: str | None = None) -> ShareSpec:
    """The access request this leak calls for, ready for `packages.build`/`share` (or the share
    wizard, prefilled): the vendor, the law, the package that gave the alias, and the paragraph in
    the share's `language` (default: the app's language on this device, as a letter's)."""
    from myvendors.domain import letters
    from myvendors.domain.sharing.packages import ShareSpec

    language = letters.check_language(language) if language is not None else letters.default_language()

    leak = get_leak(db, leak_id)
    law = law.upper()
    if law not in LAWS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Requests can cite GDPR or CCPA, not {law!r}."),
                                   law=law), field="law")
    concerning = (leak.alias_package_id,) if leak.alias_package_id else ()
    return ShareSpec("access-request", vendor_id=leak.vendor_id, law=law, concerning=concerning, language=language,
                     text=request_paragraph(leak, law, language))
