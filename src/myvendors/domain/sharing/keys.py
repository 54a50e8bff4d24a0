"""Pseudonyms: one key pair per vendor relationship and per personal request.

Each pseudonym is an Ed25519 key (signs what she sends) and an X25519 key (vendors encrypt
their replies to it), made on first use and kept in the vault. The public JWKs and the RFC 7638
thumbprint of the signing key are all a vendor sees: nothing in them is shared between two
relationships, so two vendors cannot link her by them. Rotating retires the old pair (kept, so
that replies to it can still be read and verified) and makes a new one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jwcrypto import jwk

from myvendors.domain._convert import new_uid
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import requests as requests_sql
from myvendors.storage import sharing as sql
from myvendors.storage import vendors as vendors_sql
from myvendors.storage.db import now_iso


@dataclass(frozen=True)
class Scope:
    """Whose pseudonym: a vendor relationship, a personal request, or a trusted contact (by name)."""

    kind: str  # "vendor" | "request" | "contact"
    id: int = 0
    name: str = ""

    @classmethod
    def parse(cls, text: str) -> Scope:
        """ "vendor:12", "request:3" or "contact:Ann Lee" (what `--for` takes)."""
        kind, _, rest = text.partition(":")
        if kind == "contact" and rest.strip():
            return cls("contact", name=" ".join(rest.split()))
        if kind not in ("vendor", "request") or not rest.isdigit():
            raise InvalidInput(
                Message(QT_TRANSLATE_NOOP(
                    "Errors",
                    "{text!r} names no relationship: write vendor:ID, request:ID or contact:NAME (for example "
                    "vendor:12)."
                ), text=text),
                field="for",
            )
        return cls(kind, int(rest))

    def __str__(self) -> str:
        return f"contact:{self.name}" if self.kind == "contact" else f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class Pseudonym:
    id: int
    scope: Scope
    thumbprint: str
    sig_public: dict[str, Any]
    enc_public: dict[str, Any]
    created_at: str
    retired_at: str | None

    def public_jwks(self) -> dict[str, Any]:
        """What `myvendors identity` prints and a vendor keeps: {"sig", "enc", "thumbprint"}."""
        return {"sig": dict(self.sig_public), "enc": dict(self.enc_public), "thumbprint": self.thumbprint}


def _public(private_json: str, kid: str) -> dict[str, Any]:
    key = jwk.JWK.from_json(private_json)
    public: dict[str, Any] = key.export_public(as_dict=True)
    public["kid"] = kid
    return public


def _to_pseudonym(row: dict[str, Any]) -> Pseudonym:
    if row["vendor_id"] is not None:
        scope = Scope("vendor", int(row["vendor_id"]))
    elif row["request_id"] is not None:
        scope = Scope("request", int(row["request_id"]))
    else:
        scope = Scope("contact", name=str(row["contact"]))
    sig = _public(row["sig_jwk"], row["thumbprint"])
    sig["use"] = "sig"
    enc = _public(row["enc_jwk"], row["enc_thumbprint"])
    enc["use"] = "enc"
    return Pseudonym(int(row["id"]), scope, str(row["thumbprint"]), sig, enc, str(row["created_at"]), row["retired_at"])


def _check_scope(db: Database, scope: Scope) -> None:
    if scope.kind == "contact":
        if not scope.name or len(scope.name) > 200:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name the trusted contact (at most 200 characters)."), field="for")
    elif scope.kind == "vendor":
        row = vendors_sql.get(db, scope.id)
        if row is None or row["deleted_at"] is not None:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no vendor with id {id}."), id=scope.id), field="for")
    elif requests_sql.get_request(db, scope.id) is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no request with id {id}."), id=scope.id), field="for")


def _scope_args(scope: Scope) -> dict[str, Any]:
    if scope.kind == "contact":
        return {"contact": scope.name}
    return {"vendor_id": scope.id} if scope.kind == "vendor" else {"request_id": scope.id}


def _create_in(db: Database, scope: Scope) -> None:
    """A fresh key pair for `scope` (inside the caller's transaction)."""
    sig = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    enc = jwk.JWK.generate(kty="OKP", crv="X25519")
    sql.insert_pseudonym(
        db,
        uid=new_uid(),
        values={
            **_scope_args(scope),
            "sig_jwk": sig.export_private(),
            "enc_jwk": enc.export_private(),
            "thumbprint": sig.thumbprint(),
            "enc_thumbprint": enc.thumbprint(),
            "created_at": now_iso(),
        },
    )


def _made(db: Database, scope: Scope) -> dict[str, Any]:
    """The row of the pseudonym `_create_in` has just made for `scope`."""
    row = sql.current_pseudonym(db, **_scope_args(scope))
    if row is None:
        raise RuntimeError(f"the pseudonym just made for {scope} is not there")
    return row


def one_off(db: Database, scope: Scope) -> tuple[Pseudonym, dict[str, Any]]:
    """A fresh key pair for one package only (one pseudonym per recipient of a request), not yet
    kept: (the pseudonym, what `keep_one_off_in` stores when the package is shared). It is kept
    as retired from the start, so it can read and verify answers to that package but is never
    the relationship's current pseudonym."""
    _check_scope(db, scope)
    sig = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    enc = jwk.JWK.generate(kty="OKP", crv="X25519")
    stamp = now_iso()
    values = {**_scope_args(scope), "sig_jwk": sig.export_private(), "enc_jwk": enc.export_private(),
              "thumbprint": sig.thumbprint(), "enc_thumbprint": enc.thumbprint(), "created_at": stamp,
              "retired_at": stamp}
    return _to_pseudonym({"id": 0, "contact": None, "vendor_id": None, "request_id": None, **values}), values


def keep_one_off_in(db: Database, values: dict[str, Any]) -> None:
    """Store a one-off pair from `one_off` (inside the caller's transaction: the share's)."""
    sql.insert_pseudonym(db, uid=new_uid(), values=values)


def one_off_signing_key(values: dict[str, Any]) -> jwk.JWK:
    return jwk.JWK.from_json(values["sig_jwk"])


def pseudonym_for(db: Database, scope: Scope) -> Pseudonym:
    """The relationship's current pseudonym, made (in its own transaction) on first use."""
    _check_scope(db, scope)
    row = sql.current_pseudonym(db, **_scope_args(scope))
    if row is None:
        if db.in_transaction:
            _create_in(db, scope)
        else:
            with db.transaction():
                _create_in(db, scope)
        row = _made(db, scope)
    return _to_pseudonym(row)


def find_pseudonym(db: Database, scope: Scope) -> Pseudonym | None:
    """The current pseudonym if one was made (never makes one)."""
    row = sql.current_pseudonym(db, **_scope_args(scope))
    return _to_pseudonym(row) if row is not None else None


def rotate(db: Database, scope: Scope) -> Pseudonym:
    """Retire the current pair (kept to read replies to it) and make a new one, in one transaction."""
    _check_scope(db, scope)
    with db.transaction():
        row = sql.current_pseudonym(db, **_scope_args(scope))
        if row is not None:
            sql.retire_pseudonym(db, int(row["id"]), now_iso())
        _create_in(db, scope)
    return _to_pseudonym(_made(db, scope))


def by_thumbprint(db: Database, thumbprint: str) -> Pseudonym | None:
    """One of her pseudonyms, current or retired, by either key's thumbprint."""
    row = sql.pseudonym_by_thumbprint(db, thumbprint)
    return _to_pseudonym(row) if row is not None else None


def signing_key(db: Database, pseudonym: Pseudonym) -> jwk.JWK:
    """The private Ed25519 key (for the package builder only; it never leaves the vault)."""
    row = sql.pseudonym_by_thumbprint(db, pseudonym.thumbprint)
    if row is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That pseudonym is not in this vault."), field="pseudonym")
    return jwk.JWK.from_json(row["sig_jwk"])


def decryption_key(db: Database, thumbprint: str) -> jwk.JWK | None:
    """The private X25519 key whose thumbprint a JWE names (current or retired pseudonyms)."""
    row = sql.pseudonym_by_thumbprint(db, thumbprint)
    if row is None or row["enc_thumbprint"] != thumbprint:
        return None
    return jwk.JWK.from_json(row["enc_jwk"])


def public_key_from_jwk(data: dict[str, Any] | str, *, use: str) -> jwk.JWK:
    """A vendor's public key from its JWK (a dict or JSON text), checked for what it must be."""
    try:
        key = jwk.JWK(**data) if isinstance(data, dict) else jwk.JWK.from_json(data)
    except (jwk.InvalidJWKValue, jwk.InvalidJWKType, ValueError, TypeError, KeyError, json.JSONDecodeError) as exc:
        detail = f": {exc}" if str(exc) else ""
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "That is not a usable JWK{detail_}."), detail_=detail), field="jwk") from None
    want = "Ed25519" if use == "sig" else "X25519"
    if key.get("kty") != "OKP" or key.get("crv") != want:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "That key is {get}/{get2}; an OKP {want} key is needed to {value}."
            ), get=key.get('kty'), get2=key.get('crv'), want=want, value='verify signatures' if use == 'sig' else 'encrypt to'),
            field="jwk",
        )
    if key.has_private:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "That JWK holds a private key: only the public part may be shared."
        ), field="jwk")
    return key
