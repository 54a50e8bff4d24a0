"""Documents coming back: a vendor's offer for a request, or its acknowledgement of a package.

`inspect` reads a document (compact JWS, or a JWE around one addressed to one of her
pseudonyms) and checks everything without writing: the JOSE structure, the signature, the
schema, the expiry, that it answers a package sent from this vault to the pseudonym it names,
that it was not imported before, and that it is signed by the vendor's key on file or, for a
vendor not yet known by key, carries that key (trust on first use). `import_document` does the
same and then, in one transaction, records it: an offer is added to its request, an
acknowledgement is stored, the key is put on file, and the ledger gets an entry. Anything
wrong raises `DocumentRefused` naming what, and nothing is written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
from jwcrypto import jwe, jwk, jws
from jwcrypto.common import JWException

from myvendors.domain import requests, vendors
from myvendors.domain.models import Money, OfferDraft
from myvendors.domain.sharing import keys, ledger, packages
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import sharing as sql
from myvendors.storage import vendors as vendors_sql
from myvendors.storage.db import now_iso

SCHEMA_ID = "urn:myvendors:schema:vendor-document:v1"
ALGS = ["Ed25519", "EdDSA"]
MAX_DOCUMENT_BYTES = 1_000_000  # an answer is a few kilobytes, a package some ten: anything larger is refused unread
MAX_NESTING = 8  # arrays and objects inside each other: the schemas need at most 7
CLOCK_SKEW = timedelta(minutes=10)  # how far a document's `issued` may lie ahead of this computer's clock
_B64URL = re.compile(r"[A-Za-z0-9_-]*")  # ASCII only: str.isalnum() would let other scripts' letters and digits in
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')  # a JSON string (brackets inside it do not nest)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_RFC3339 = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})", re.ASCII)


class DocumentRefused(InvalidInput):
    """A document that is not taken, with the reason as a word scripts can test:
    malformed, encrypted-elsewhere, decrypt, signature, schema, expired, replay, unknown-package,
    recipient, key-mismatch, terms."""

    def __init__(self, reason: str, message: str, *, replaces: tuple[str, ...] = ()) -> None:
        super().__init__(message, field="document")
        self.reason = reason
        self.replaces = replaces  # a key-mismatch she may approve as a key change: the keys it would replace


@dataclass(frozen=True)
class Inspected:
    """What a document holds and how it checked out (nothing written yet)."""

    kind: str  # offer | acknowledgement | package (one of ours, read back)
    document: dict[str, Any]
    header: dict[str, Any]
    signer_thumbprint: str
    key_status: str  # "on file" | "first use" | "key change" | "ours"
    signer_name: str
    encrypted: bool
    answers: str | None  # the package id it answers
    request_id: int | None = None
    vendor_id: int | None = None
    binds_to: int | None = None  # the vendor the key becomes bound to when this is imported
    replaces: tuple[str, ...] = ()  # a key change she approved: the keys on file it replaces


@dataclass(frozen=True)
class Imported:
    inspected: Inspected
    offer_id: int | None
    ledger_seq: int


@cache
def _schema() -> dict[str, Any]:
    text = (resources.files("myvendors.resources") / "schemas" / "vendor-document-v1.schema.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _too_large() -> DocumentRefused:
    return DocumentRefused("malformed", Message(QT_TRANSLATE_NOOP(
        "Errors",
        "The document is larger than {limit} bytes, more than any answer or package can be: it is not read."
    ), limit=MAX_DOCUMENT_BYTES))


def read_document(path: Path) -> str:
    """The text of a document file, its size checked before it is read (a larger one is refused
    as malformed, unread). OSError and UnicodeDecodeError are the caller's to word."""
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise _too_large()
    with path.open("rb") as handle:
        data = handle.read(MAX_DOCUMENT_BYTES + 1)  # the file may have grown since
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _too_large()
    return data.decode("utf-8")


def _json(raw: bytes | str) -> Any:
    """json.loads, after refusing nesting deeper than MAX_NESTING (the parser recurses: a deep
    enough text would exhaust the stack). Brackets inside strings are not counted."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    depth = deepest = 0
    for bracket in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_NESTING:
                raise DocumentRefused("malformed", Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "The document nests objects and arrays more than {limit} levels deep, which no answer does: "
                    "it is not read."
                ), limit=MAX_NESTING))
    return json.loads(text)


def _b64_json(part: str, what: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        value = _json(raw)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise DocumentRefused("malformed", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The {what} is not readable base64url JSON: the document was altered or cut."
        ), what=what)) from None
    if not isinstance(value, dict):
        raise DocumentRefused("malformed", Message(QT_TRANSLATE_NOOP("Errors", "The {what} is not a JSON object."), what=what))
    return value


def _header(part: str, what: str) -> dict[str, Any]:
    """A JOSE header: as `_b64_json`, and refused when it asks for compression."""
    header = _b64_json(part, what)
    if "zip" in header:
        raise DocumentRefused("malformed", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The {what} asks for compression (zip), which is not accepted: a small compressed document can expand "
            "to an enormous one."
        ), what=what))
    return header


def _canonical_b64url(part: str) -> bool:
    """Whether `part` is base64url exactly as RFC 7515 writes it: ASCII alphabet, no padding, and
    the one text its bytes encode to (no stray bits in the last character)."""
    if not _B64URL.fullmatch(part) or len(part) % 4 == 1:
        return False
    raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") == part


def _parts(text: str) -> list[str]:
    if len(text) > MAX_DOCUMENT_BYTES:
        raise _too_large()
    compact = "".join(text.split())  # pasted text may be wrapped
    parts = compact.split(".")
    if len(parts) not in (3, 5) or not all(_B64URL.fullmatch(p) for p in parts):
        raise DocumentRefused(
            "malformed",
            QT_TRANSLATE_NOOP(
                "Errors",
                "This is not a signed document: expected a compact JWS (three parts separated by dots) or a "
                "JWE (five)."
            ),
        )
    if not all(_canonical_b64url(p) for p in parts):
        raise DocumentRefused("malformed", QT_TRANSLATE_NOOP(
            "Errors",
            "A part of the document is not written as base64url is (padding, or bits that do not belong): it was "
            "altered."
        ))
    return parts


OPEN_PACKAGES_TRIED = 200  # an answer naming no key is tried against the keys of this many open packages


def _decrypt(db: Database, parts: list[str]) -> tuple[str, bool]:
    header = _header(parts[0], "encryption header")
    kid = header.get("kid")
    if "kid" not in header:
        return _decrypt_without_kid(db, parts), True
    key = keys.decryption_key(db, kid) if isinstance(kid, str) else None
    if key is None:
        raise DocumentRefused(
            "encrypted-elsewhere",
            QT_TRANSLATE_NOOP(
                "Errors",
                "This document is encrypted to a key that is not one of your pseudonyms: it was not sent to "
                "you (or it is a package you sent, which only its recipient can read)."
            ),
        )
    token = jwe.JWE()
    try:
        token.deserialize(".".join(parts), key=key)
    except (JWException, ValueError) as exc:
        raise DocumentRefused(
            "decrypt", Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The encrypted document could not be decrypted: it was altered on the way ({name})."
            ), name=exc.__class__.__name__)
        ) from None
    plaintext: bytes = token.payload
    try:
        return plaintext.decode("ascii"), True
    except UnicodeDecodeError:
        raise DocumentRefused("malformed", QT_TRANSLATE_NOOP("Errors", "The encrypted document holds no signed document.")) from None


def _decrypt_without_kid(db: Database, parts: list[str]) -> str:
    """A JWE that names no key: try the keys of her pseudonyms that packages still unexpired went
    out under (the newest OPEN_PACKAGES_TRIED), since it can only answer one of those."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for private in sql.open_package_enc_keys(db, stamp, OPEN_PACKAGES_TRIED):
        token = jwe.JWE()
        try:
            token.deserialize(".".join(parts), key=jwk.JWK.from_json(private))
        except (JWException, ValueError, TypeError):
            continue
        plaintext: bytes = token.payload
        try:
            return plaintext.decode("ascii")
        except UnicodeDecodeError:
            raise DocumentRefused("malformed", QT_TRANSLATE_NOOP("Errors", "The encrypted document holds no signed document.")) from None
    raise DocumentRefused(
        "encrypted-elsewhere",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This document is encrypted without naming a key, and none of your keys for packages still open "
            "decrypts it: it was not sent to you, or it was altered on the way."
        ),
    )


def stored_document(db: Database, text: str) -> dict[str, Any]:
    """A document imported before, read from its stored text without checking it again (it was
    verified when it was imported). {} when it cannot be read any more."""
    try:
        parts = _parts(text)
        if len(parts) == 5:
            inner, _ = _decrypt(db, parts)
            parts = _parts(inner)
        document = _b64_json(parts[1], "document") if len(parts) == 3 else None
    except InvalidInput:
        return {}
    return document if isinstance(document, dict) else {}


def stored_sender(db: Database, text: str) -> dict[str, Any]:
    """The sender block (name, website) of a document imported before, read from its stored
    text: it was verified when it was imported. {} when it cannot be read any more."""
    sender = stored_document(db, text).get("sender")
    return sender if isinstance(sender, dict) else {}


def _verified(parts: list[str], key: jwk.JWK) -> dict[str, Any]:
    token = jws.JWS()
    try:
        token.deserialize(".".join(parts))
        token.allowed_algs = ALGS
        token.verify(key)
    except (JWException, ValueError) as exc:
        raise DocumentRefused(
            "signature",
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The signature does not verify: the document was altered after it was signed, or signed by "
                "another key ({name})."
            ), name=exc.__class__.__name__),
        ) from None
    try:
        payload = _json(token.payload)
    except (ValueError, UnicodeDecodeError):
        raise DocumentRefused("malformed", QT_TRANSLATE_NOOP("Errors", "The signed content is not JSON.")) from None
    if not isinstance(payload, dict):
        raise DocumentRefused("malformed", QT_TRANSLATE_NOOP("Errors", "The signed content is not a JSON object."))
    return payload


def _check_schema(document: dict[str, Any], moment: datetime, *, package: bool = False) -> None:
    """The document against its published schema, formats included (date-time is RFC 3339 with
    an offset), then its times: both readable, and `issued` not ahead of `moment` by more than
    CLOCK_SKEW."""
    schema = packages.schema() if package else _schema()
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the document"
        if package:
            raise DocumentRefused("schema", Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The package does not follow its schema at {where}: {message}"
            ), where=where, message=error.message))
        raise DocumentRefused("schema", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The document does not follow the vendor-document schema at {where}: {message}"
        ), where=where, message=error.message))
    issued = _time(document, "issued")
    _time(document, "expires")
    if issued > moment + CLOCK_SKEW:
        raise DocumentRefused("schema", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The document says it was issued at {value}, which is still to come: it is not taken (check this "
            "computer's clock if that is wrong)."
        ), value=document["issued"]))


def _time(document: dict[str, Any], key: str) -> datetime:
    """An RFC 3339 date and time with its offset (checked here too, whatever the format checker
    does): a date alone, a time without offset or a word is refused."""
    value = document.get(key)
    try:
        if not isinstance(value, str) or not _RFC3339.fullmatch(value):
            raise ValueError(value)
        return _when(value)
    except ValueError:
        raise DocumentRefused("schema", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The document's {key} is not a date and time with its offset from UTC (RFC 3339, such as "
            "2026-12-01T09:30:00Z): {value}"
        ), key=key, value=str(value)[:60])) from None


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def inspect(db: Database, text: str, *, now: datetime | None = None, accept_key_change: bool = False) -> Inspected:
    """Check a document completely; write nothing. With `accept_key_change`, a document signed by
    another key than the one on file for its sender is taken as her approved key change
    (key_status "key change", `replaces` naming the keys it replaces) instead of refused."""
    parts, header, encrypted = open_signed(db, text)  # the content is read only after its signature verifies
    if _sent_as(db, ".".join(parts)) or _is_our_package(db, header):
        return _inspect_ours(db, parts, header, encrypted, now=now)

    # A vendor's document: verify against the key it names, then look at what that key means to us.
    carried = header.get("jwk")
    kid = header.get("kid")
    on_file = sql.key_by_thumbprint(db, kid) if isinstance(kid, str) else None
    if carried is not None:
        try:
            key = keys.public_key_from_jwk(carried, use="sig")
        except InvalidInput as exc:
            raise DocumentRefused("signature", Message(QT_TRANSLATE_NOOP("Errors", "The key in the signature header is not usable: {message}"), message=exc.message)) from None
    elif on_file is not None:
        key = jwk.JWK.from_json(on_file["sig_jwk"])
    else:
        raise DocumentRefused(
            "signature", QT_TRANSLATE_NOOP(
                "Errors",
                "The document carries no key and names none on file: it cannot be verified, so it is not taken."
            )
        )
    thumbprint = key.thumbprint()
    document = _verified(parts, key)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    _check_schema(document, moment)
    if _when(document["expires"]) <= moment:
        raise DocumentRefused("expired", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The document expired on {value}: ask the vendor for a fresh one."
        ), value=document['expires']))
    if sql.document_seen(db, document["id"]):
        raise DocumentRefused("replay", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "Document {value} was imported before: a copy is not taken twice."
        ), value=document['id']))
    answered = sql.package_by_id(db, document["inReplyTo"])
    if answered is None:
        raise DocumentRefused(
            "unknown-package", Message(QT_TRANSLATE_NOOP("Errors", "It answers {value}, which was not sent from this vault."), value=document['inReplyTo'])
        )
    package = json.loads(answered["document"])
    if document["recipient"]["pseudonym"] != package["sender"]["pseudonym"]:
        raise DocumentRefused(
            "recipient",
            QT_TRANSLATE_NOOP(
                "Errors",
                "It is addressed to a different pseudonym than the one that package went out under: it is not "
                "for you, or not about that package."
            ),
        )
    name = document["sender"]["name"]
    key_status, binds_to, replaces = _key_status(db, thumbprint, document["sender"], answered, accept_key_change)
    if document["kind"] == "offer" and answered["kind"] != "personal-request":
        raise DocumentRefused("unknown-package", QT_TRANSLATE_NOOP(
            "Errors",
            "An offer answers a personal request; this one answers another kind of package."
        ))
    if document["kind"] == "acknowledgement":
        _check_acknowledgement(document["acknowledgement"], answered, package)
    return Inspected(
        kind=document["kind"],
        document=document,
        header=header,
        signer_thumbprint=thumbprint,
        key_status=key_status,
        signer_name=name,
        encrypted=encrypted,
        answers=document["inReplyTo"],
        request_id=answered["request_id"],
        vendor_id=answered["vendor_id"],
        binds_to=binds_to,
        replaces=replaces,
    )


def open_signed(db: Database, text: str) -> tuple[list[str], dict[str, Any], bool]:
    """(the three parts of the compact JWS, its header, whether it came encrypted to one of her
    pseudonyms): the text checked for form and, when it is a JWE, decrypted; nothing verified yet.
    For documents read elsewhere (a contact's bundle) with the same rules as `inspect`."""
    parts = _parts(text)
    encrypted = False
    if len(parts) == 5:
        inner, encrypted = _decrypt(db, parts)
        parts = _parts(inner)
        if len(parts) != 3:
            raise DocumentRefused("malformed", QT_TRANSLATE_NOOP(
                "Errors",
                "The encrypted document holds another encrypted document, not a signed one."
            ))
    header = _header(parts[0], "signature header")
    if header.get("alg") not in ALGS:
        raise DocumentRefused("signature", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "Signed with {get!r}: only Ed25519 (or EdDSA) signatures are accepted."
        ), get=header.get('alg')))
    return parts, header, encrypted


def verified_payload(parts: list[str], key: jwk.JWK) -> dict[str, Any]:
    """The signed JSON object, once the signature verifies with `key` (refused otherwise)."""
    return _verified(parts, key)


def check_package(document: dict[str, Any], moment: datetime) -> None:
    """A package (ours or a contact's) against the package schema, with its times readable and
    `issued` not ahead of `moment`; then not expired at `moment`."""
    _check_schema(document, moment, package=True)
    if _when(document["expires"]) <= moment:
        raise DocumentRefused("expired", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The package expired on {value}: ask its sender for a fresh one."
        ), value=document["expires"]))


def peek_payload(text: str) -> dict[str, Any]:
    """The JSON a compact JWS carries, read WITHOUT verifying it, to tell what kind of document
    it is ({} for anything else, a JWE included). Never trust what it says: verify first."""
    try:
        parts = _parts(text)
    except InvalidInput:
        return {}
    if len(parts) != 3:
        return {}
    try:
        return _b64_json(parts[1], "document")
    except InvalidInput:
        return {}


def _sent_as(db: Database, compact: str) -> bool:
    """Whether this compact text is a package sent from this vault (recorded by the hash of the
    file written, or, before that, of the text)."""
    return any(sql.package_by_sha256(db, hashlib.sha256(text.encode("ascii")).hexdigest()) is not None
               for text in (compact, compact + "\n"))


def countersigned_hashes(answered: dict[str, Any]) -> set[str]:
    """The SHA-256 values an acknowledgement of this sent package may name: the one recorded when
    it was shared (of the file written; for packages shared before that was so, of the text), that
    of the file as `share --out` writes it, and that of the text alone, as pasted with the
    whitespace around it trimmed."""
    text = str(answered["compact"]).strip()
    return {str(answered["sha256"]), hashlib.sha256(packages.file_bytes(text)).hexdigest(),
            hashlib.sha256(text.encode("ascii")).hexdigest()}


def _check_acknowledgement(ack: dict[str, Any], answered: dict[str, Any], package: dict[str, Any]) -> None:
    """An acknowledgement names the package it countersigns by hash, and the terms it answers must
    be exactly those the package proffered (ids and versions), whether it accepts them or not."""
    if ack["packageSha256"] not in countersigned_hashes(answered):
        raise DocumentRefused(
            "recipient", QT_TRANSLATE_NOOP(
                "Errors",
                "The acknowledgement countersigns a different package than the one it names (SHA-256 "
                "differs)."
            )
        )
    proffered = {(str(t.get("id")), str(t.get("version"))) for t in package.get("terms", []) if isinstance(t, dict)}
    named = {(str(t.get("id")), str(t.get("version"))) for t in ack["terms"]}
    extra, missing = _listed(named - proffered), _listed(proffered - named)
    if extra and missing:
        raise DocumentRefused("terms", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The acknowledgement names terms that package did not proffer ({terms}) and leaves out terms it did "
            "({missing}): it is not taken."
        ), terms=extra, missing=missing))
    if extra:
        raise DocumentRefused("terms", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The acknowledgement names terms that package did not proffer: {terms}. It is not taken."
        ), terms=extra))
    if missing:
        raise DocumentRefused("terms", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The acknowledgement leaves out terms that package proffered: {terms}. It is not taken."
        ), terms=missing))


def _listed(pairs: set[tuple[str, str]], most: int = 8) -> str:
    """Terms as "ID vVERSION, …" for a message: the vendor wrote them, so each is cut short and
    only the first few are named."""
    shown = [f"{i[:60]} v{v[:12]}" for i, v in sorted(pairs)[:most]]
    if len(pairs) > most:
        shown.append(f"… (+{len(pairs) - most})")
    return ", ".join(shown)


def _is_our_package(db: Database, header: dict[str, Any]) -> bool:
    kid = header.get("kid")
    return isinstance(kid, str) and keys.by_thumbprint(db, kid) is not None


def _inspect_ours(
    db: Database, parts: list[str], header: dict[str, Any], encrypted: bool, *, now: datetime | None = None,
) -> Inspected:
    """A package this vault sent, read back (`myvendors verify` on a file she saved)."""
    kid = header.get("kid")
    mine = keys.by_thumbprint(db, kid) if isinstance(kid, str) else None
    if mine is None:
        raise DocumentRefused("signature", QT_TRANSLATE_NOOP(
            "Errors",
            "The signature names a key that is not one of your pseudonyms."
        ))
    document = _verified(parts, keys.public_key_from_jwk(mine.sig_public | {"use": "sig"}, use="sig"))
    _check_schema(document, (now or datetime.now(UTC)).astimezone(UTC), package=True)
    return Inspected(
        kind="package",
        document=document,
        header=header,
        signer_thumbprint=mine.thumbprint,
        key_status="ours",
        signer_name="you",
        encrypted=encrypted,
        answers=None,
    )


def _claimed_vendor(db: Database, sender: dict[str, Any]) -> int | None:
    """The vendor in the vault an answer to a request would be listed under (same website host or
    folded name, `vendors.matching`), or None."""
    website = sender.get("website")
    try:
        host = vendors.normalise_website(website) if isinstance(website, str) else None
    except InvalidInput:
        host = None
    return vendors.matching(db, str(sender.get("name", "")), host)


def _key_status(
    db: Database, thumbprint: str, sender: dict[str, Any], answered: dict[str, Any], accept_change: bool
) -> tuple[str, int | None, tuple[str, ...]]:
    """(status, the vendor the key becomes bound to on import, the keys an approved change replaces).

    The rule: a key is bound to a vendor the first time that vendor's document is taken, whatever
    it answered — at once for an answer to a package sent to that vendor, when the offer is
    accepted for an answer to a request. A vendor's documents must then be signed by its key, and
    a name (folded by `vendors.sort_key`) has one key: a different key for a vendor, for a name on
    file, or for the vendor in the vault an answer would be listed under, is a key change she
    approves (`accept_change`), never a first use."""
    name = str(sender["name"])
    row = sql.key_by_thumbprint(db, thumbprint)
    vendor_id = answered["vendor_id"]
    if row is not None:
        if vendor_id is not None and row["vendor_id"] not in (None, vendor_id):
            raise DocumentRefused("key-mismatch", QT_TRANSLATE_NOOP(
                "Errors",
                "That key is on file for another vendor: the document is not taken."
            ))
        if row["vendor_id"] is None and vendors_sql.sort_key(row["name"]) != vendors_sql.sort_key(name):
            raise DocumentRefused(
                "key-mismatch", Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "That key is on file for {value!r}, but the document says it comes from {name!r}."
                ), value=row['name'], name=name)
            )
        if vendor_id is None or row["vendor_id"] is not None:
            return "on file", None, ()
        # on file unbound (it answered a request): answering this vendor's package binds it
        others = [k for k in sql.keys_of_vendor(db, vendor_id) if k["thumbprint"] != thumbprint]
        return _changed(others, name, accept_change, "on file", vendor_id, vendor_id)
    claimed = vendor_id if vendor_id is not None else _claimed_vendor(db, sender)
    others = sql.keys_of_vendor(db, claimed) if claimed is not None else []
    others += [k for k in sql.keys_named(db, name) if k["id"] not in {o["id"] for o in others}]
    return _changed(others, name, accept_change, "first use", vendor_id, claimed)


def _replaceable(others: list[dict[str, Any]], bind: int | None) -> tuple[str, ...]:
    """The keys an approved change replaces: those of the vendor it binds to, and unbound ones (a
    namesake vendor's key stays that vendor's)."""
    return tuple(str(k["thumbprint"]) for k in others if k["vendor_id"] in (None, bind))


def _changed(
    others: list[dict[str, Any]], name: str, accept_change: bool, status: str, bind: int | None,
    bind_on_change: int | None,
) -> tuple[str, int | None, tuple[str, ...]]:
    """No other key: `status`, bound to `bind`. Else a key change: refused, or with `accept_change`
    taken and bound to `bind_on_change` (the vendor whose key it replaces)."""
    if not others:
        return status, bind, ()
    replaced = _replaceable(others, bind_on_change)
    if accept_change:
        return "key change", bind_on_change, replaced
    raise DocumentRefused(
        "key-mismatch",
        Message(QT_TRANSLATE_NOOP(
            "Errors",
            "The document says it comes from {name!r}, which is {known!r} to you, but the key on file for "
            "{known!r} (first seen {value}) did not sign it: it may come from someone else using that name. "
            "Take it only if you know {known} changed its key: then accept the key change (the old key is kept "
            "in your ledger as replaced)."
        ), name=name, known=str(others[0]["name"]), value=str(others[0]['first_seen'])[:10]),
        replaces=replaced,
    )


def import_document(db: Database, text: str, *, now: datetime | None = None, accept_key_change: bool = False) -> Imported:
    """Check, then record in one transaction: the offer or acknowledgement, the key (bound to its
    vendor when `_key_status` says so; an approved key change removes the keys it replaces), a
    ledger entry."""
    seen = inspect(db, text, now=now, accept_key_change=accept_key_change)
    if seen.kind == "package":
        raise DocumentRefused("recipient", QT_TRANSLATE_NOOP(
            "Errors",
            "That is a package you sent, not a vendor's answer: there is nothing to import."
        ))
    document = seen.document
    offer_draft: OfferDraft | None = None
    if seen.kind == "offer":
        offer_draft = _offer_draft(db, seen)
    offer_id: int | None = None
    with db.transaction():
        replaced = _replace_keys_in(db, seen)
        key_row = sql.key_by_thumbprint(db, seen.signer_thumbprint)
        enc = document["sender"].get("enc")
        enc_json = keys.public_key_from_jwk(enc, use="enc").export_public() if enc else None
        if key_row is not None:
            if seen.binds_to is not None:
                sql.bind_key(db, seen.signer_thumbprint, seen.binds_to)
            if enc_json is not None and enc_json != key_row["enc_jwk"]:  # signed by the key on file
                sql.set_key_enc(db, seen.signer_thumbprint, enc_json)
        else:
            carried = keys.public_key_from_jwk(seen.header["jwk"], use="sig")
            sql.insert_key(db, {
                "thumbprint": seen.signer_thumbprint,
                "name": seen.signer_name,
                "vendor_id": seen.binds_to,
                "sig_jwk": carried.export_public(),
                "enc_jwk": enc_json,
                "how": "first-use",
                "first_seen": now_iso(),
            })
        if offer_draft is not None:
            offer_id = requests.add_offer_in(db, offer_draft, raw_document=text.strip())
        sql.insert_received(db, {
            "document_id": document["id"],
            "kind": seen.kind,
            "thumbprint": seen.signer_thumbprint,
            "answers": seen.answers,
            "compact": "".join(text.split()),
            "received_at": now_iso(),
        })
        entry = ledger.append(db, {
            "type": "received-" + seen.kind,
            "document": document["id"],
            "answers": seen.answers,
            "from": seen.signer_name,
            "key": seen.signer_thumbprint,
            "key_status": seen.key_status,
            "sha256": hashlib.sha256("".join(text.split()).encode("ascii")).hexdigest(),
            **(_acknowledgement_entry(document["acknowledgement"]) if seen.kind == "acknowledgement" else {}),
            "issued": document["issued"],
            **({"replaced_keys": replaced} if replaced else {}),
        })
    return Imported(seen, offer_id, entry.seq)


def _acknowledgement_entry(ack: dict[str, Any]) -> dict[str, Any]:
    """What the ledger keeps of an acknowledgement: the hash it countersigns, whether it accepts
    (false: the vendor refused the terms), the terms it names and its note."""
    entry: dict[str, Any] = {
        "package_sha256": ack["packageSha256"],
        "accepted": ack["accepted"],
        "terms": [{"id": str(t["id"]), "version": str(t["version"])} for t in ack["terms"]],
    }
    if ack.get("note"):
        entry["note"] = ack["note"]
    return entry


def _replace_keys_in(db: Database, seen: Inspected) -> list[dict[str, Any]]:
    """An approved key change: the keys it replaces leave the keys on file (a key bound to another
    vendor stays that vendor's); what they were goes into the ledger entry."""
    replaced = []
    for thumbprint in seen.replaces:
        row = sql.key_by_thumbprint(db, thumbprint)
        if row is None or row["vendor_id"] not in (None, seen.binds_to):
            continue
        sql.remove_key(db, thumbprint)
        replaced.append({"key": thumbprint, "name": row["name"], "first_seen": row["first_seen"],
                         "vendor_id": row["vendor_id"]})
    return replaced


def bind_offer_key_in(db: Database, raw_document: str, vendor_id: int) -> None:
    """Accepting an offer for a vendor binds the key that signed it to that vendor (inside the
    caller's transaction). A vendor already bound to another key refuses it: the offer was signed
    by someone else, or the vendor changed its key, which she approves by importing with the change."""
    thumbprint = sql.received_thumbprint(db, compact="".join(raw_document.split()))
    if thumbprint is None:
        thumbprint = sql.received_thumbprint(db, document_id=str(stored_document(db, raw_document).get("id", "")))
    if thumbprint is None:
        return
    row = sql.key_by_thumbprint(db, thumbprint)
    if row is None or row["vendor_id"] is not None:
        return
    others = sql.keys_of_vendor(db, vendor_id)
    if others:
        raise DocumentRefused("key-mismatch", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "This offer was signed by another key than the one on file for that vendor (first seen {value}): "
            "it is not accepted for it."
        ), value=str(others[0]["first_seen"])[:10]), replaces=tuple(str(k["thumbprint"]) for k in others))
    sql.bind_key(db, thumbprint, vendor_id)


def _offer_draft(db: Database, seen: Inspected) -> OfferDraft:
    offer = seen.document["offer"]
    price = None
    if "price" in offer:
        try:
            price = Money.parse(Decimal(offer["price"]), offer["priceCurrency"], field_name="price")
        except (InvalidOperation, InvalidInput) as exc:
            raise DocumentRefused("schema", Message(QT_TRANSLATE_NOOP("Errors", "The offer's price is not usable: {exc}"), exc=exc)) from None
    if seen.request_id is None:
        raise RuntimeError("an offer is taken only as the answer to a request")
    known = _known_vendor(db, seen)
    return OfferDraft(
        request_id=seen.request_id,
        price=price,
        conditions=offer.get("description", ""),
        valid_until=date.fromisoformat(offer["validThrough"]) if "validThrough" in offer else None,
        vendor_id=known,
        sender=None if known is not None else seen.signer_name,
    )


def _known_vendor(db: Database, seen: Inspected) -> int | None:
    row = sql.key_by_thumbprint(db, seen.signer_thumbprint)
    bound = row["vendor_id"] if row is not None and row["vendor_id"] is not None else seen.binds_to
    if bound is not None:
        vendor_id = int(bound)
        try:
            if vendors.get_vendor(db, vendor_id).deleted_at is None:
                return vendor_id
        except InvalidInput:
            return None
    return None
