"""Trusted contacts: people whose signed notes about vendors she takes in, each with their public
key and how much she trusts them.

- this module: the contacts themselves (add, list, edit, replace a key, remove);
- `keyfile`: a contact's key as a file, text or QR image, and its safety number;
- `bundles`: the signed bundle of notes a contact sends (`read_bundle` checks and plans,
  `apply_bundle` writes), with the matching of its vendors to hers;
- `voices`: the contacts' standing of a vendor beside hers, weighted by trust and age, and
  every voice behind it; vendors new to her.

A contact's notes are kept apart from hers (storage/contacts.py): her ratings never count them.
Removing a contact removes their bundles and notes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from myvendors.domain._convert import new_uid
from myvendors.domain.contacts.keyfile import ContactKey, safety_number
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import contacts as sql

TRUST_LEVELS = (1, 2, 3)
DEFAULT_TRUST = 2
#: what each trust level is called (translated by the app in the context "Contacts")
TRUST_TITLE = {
    1: QT_TRANSLATE_NOOP("Contacts", "a little"),
    2: QT_TRANSLATE_NOOP("Contacts", "quite a lot"),
    3: QT_TRANSLATE_NOOP("Contacts", "completely"),
}
MAX_NAME = 200

__all__ = [
    "DEFAULT_TRUST", "TRUST_LEVELS", "TRUST_TITLE", "Contact", "ContactKey", "add_contact", "edit_contact",
    "find_contact", "get_contact", "list_contacts", "remove_contact", "replace_key", "safety_number",
]


@dataclass(frozen=True)
class Contact:
    id: int
    uid: str
    name: str
    jwk: dict[str, Any]  # their public Ed25519 signing key
    thumbprint: str
    trust: int  # 1 "a little", 2 "quite a lot", 3 "completely"
    key_source: str  # how the key came: "file" | "text" | "qr"
    added_at: str
    updated_at: str
    notes: int  # their notes kept
    bundles: int  # bundles imported from them
    last_bundle: str | None  # the newest bundle's issue time

    @property
    def safety_number(self) -> str:
        return safety_number(self.thumbprint)

    @property
    def trust_title(self) -> str:
        return TRUST_TITLE[self.trust]


def _to_contact(row: dict[str, Any]) -> Contact:
    return Contact(
        id=int(row["id"]), uid=str(row["uid"]), name=str(row["name"]), jwk=json.loads(row["sig_jwk"]),
        thumbprint=str(row["thumbprint"]), trust=int(row["trust"]), key_source=str(row["key_source"]),
        added_at=str(row["added_at"]), updated_at=str(row["updated_at"]), notes=int(row["notes"]),
        bundles=int(row["bundles"]), last_bundle=row["last_bundle"],
    )


def clean_name(name: str) -> str:
    """The name as kept: white space made single, checked for length."""
    clean = " ".join(str(name or "").split())
    if not clean:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give the contact a name."), field="name")
    if len(clean) > MAX_NAME:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A contact's name is at most 200 characters."), field="name")
    return clean


def check_trust(trust: int) -> int:
    if isinstance(trust, bool) or trust not in TRUST_LEVELS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "Trust is 1 (a little), 2 (quite a lot) or 3 (completely), not {trust!r}."
        ), trust=trust), field="trust")
    return int(trust)


def _name_free(db: Database, name: str, *, but: int | None = None) -> None:
    row = sql.contact_named(db, name)
    if row is not None and int(row["id"]) != but:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "You already have a contact called {name}: choose another name."
        ), name=row["name"]), field="name")


def _key_free(db: Database, key: ContactKey, *, but: int | None = None) -> None:
    row = sql.contact_by_thumbprint(db, key.thumbprint)
    if row is not None and int(row["id"]) != but:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "That key is already {name}'s: one key belongs to one contact."
        ), name=row["name"]), field="key")
    from myvendors.domain.sharing import keys as share_keys

    if share_keys.by_thumbprint(db, key.thumbprint) is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors", "That is one of your own keys, not a contact's: ask them for theirs."
        ), field="key")


def list_contacts(db: Database) -> list[Contact]:
    """Every contact, by name."""
    return [_to_contact(r) for r in sql.contacts(db)]


def get_contact(db: Database, contact_id: int) -> Contact:
    row = sql.contact(db, contact_id)
    if row is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no contact with id {id}."), id=contact_id),
                           field="contact")
    return _to_contact(row)


def find_contact(db: Database, name_or_id: str) -> Contact:
    """A contact by name (any case) or, when that names none, by id."""
    text = " ".join(str(name_or_id).split())
    row = sql.contact_named(db, text) if text else None
    if row is None and text.isdigit():
        row = sql.contact(db, int(text))
    if row is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no contact {name!r}."), name=text),
                           field="contact")
    return _to_contact(row)


def find_contact_or_none(db: Database, name_or_id: str) -> Contact | None:
    """As `find_contact`, None when it names no contact."""
    try:
        return find_contact(db, name_or_id)
    except InvalidInput:
        return None


def contact_by_thumbprint(db: Database, thumbprint: str) -> Contact | None:
    row = sql.contact_by_thumbprint(db, thumbprint)
    return _to_contact(row) if row is not None else None


def check_new(db: Database, name: str, key: ContactKey, trust: int = DEFAULT_TRUST) -> str:
    """Everything `add_contact` checks, writing nothing: the clean name."""
    clean = clean_name(name)
    check_trust(trust)
    _name_free(db, clean)
    _key_free(db, key)
    return clean


def add_contact_in(db: Database, name: str, key: ContactKey, trust: int = DEFAULT_TRUST) -> int:
    """`add_contact` inside the caller's transaction (a bundle's import adds its sender so)."""
    clean = check_new(db, name, key, trust)
    return sql.insert_contact(db, uid=new_uid(), values={
        "name": clean, "sig_jwk": key.jwk_json(), "thumbprint": key.thumbprint, "trust": trust,
        "key_source": key.source,
    })


def add_contact(db: Database, name: str, key: ContactKey, trust: int = DEFAULT_TRUST) -> Contact:
    """A new contact with their key: the same name (any case) or the same key twice is refused."""
    check_new(db, name, key, trust)
    with db.transaction():
        contact_id = add_contact_in(db, name, key, trust)
    return get_contact(db, contact_id)


def edit_contact(db: Database, contact_id: int, *, name: str | None = None, trust: int | None = None) -> Contact:
    """Rename a contact or change how much she trusts them. Her pseudonym for them follows the name."""
    current = get_contact(db, contact_id)
    values: dict[str, Any] = {}
    if name is not None:
        clean = clean_name(name)
        _name_free(db, clean, but=contact_id)
        if clean != current.name:
            values["name"] = clean
    if trust is not None:
        values["trust"] = check_trust(trust)
    if values:
        with db.transaction():
            sql.update_contact(db, contact_id, values)
            if "name" in values:
                sql.rename_pseudonym_scope(db, current.name, values["name"])
    return get_contact(db, contact_id)


def replace_key_in(db: Database, contact_id: int, key: ContactKey) -> None:
    _key_free(db, key, but=contact_id)
    sql.update_contact(db, contact_id, {"sig_jwk": key.jwk_json(), "thumbprint": key.thumbprint,
                                        "key_source": key.source})


def replace_key(db: Database, contact_id: int, key: ContactKey) -> Contact:
    """A contact's new key (they made a new one): bundles signed by the old one are refused from now on."""
    get_contact(db, contact_id)
    _key_free(db, key, but=contact_id)
    with db.transaction():
        replace_key_in(db, contact_id, key)
    return get_contact(db, contact_id)


def exported(db: Database) -> Iterator[dict[str, Any]]:
    """Every contact as the JSON export writes it: their key, trust, and every bundle taken from
    them as signed (so it can be verified again)."""
    for contact in list_contacts(db):
        yield {
            "id": contact.id, "uid": contact.uid, "name": contact.name, "trust": contact.trust,
            "jwk": contact.jwk, "thumbprint": contact.thumbprint, "key_source": contact.key_source,
            "added_at": contact.added_at, "updated_at": contact.updated_at,
            "bundles": [dict(row) for row in sql.bundles_kept(db, contact.id)],
        }


def exported_notes(db: Database, *, page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every contact's note as the JSON export writes it, a page at a time."""
    after = 0
    while True:
        rows = sql.notes_by_id(db, after_id=after, limit=page)
        for row in rows:
            try:
                tags = [str(t) for t in json.loads(row["tags"] or "[]")]
            except ValueError:
                tags = []
            yield {
                "id": int(row["id"]), "contact_id": int(row["contact_id"]), "bundle": str(row["bundle_document"]),
                "vendor_id": row["vendor_id"], "vendor_key": row["vendor_key"], "vendor_name": row["vendor_name"],
                "vendor_website": row["vendor_website"], "vendor_category": row["vendor_category"],
                "on": row["on_date"], "text": row["text"] or "",
                "ratings": {d: int(row[d]) for d in ("quality", "price", "service", "honesty") if row[d] is not None},
                "tags": tags,
            }
        if len(rows) < page:
            return
        after = int(rows[-1]["id"])


def remove_contact(db: Database, contact_id: int) -> Contact:
    """Remove a contact with every bundle and note of theirs (what was removed is returned)."""
    contact = get_contact(db, contact_id)
    with db.transaction():
        sql.delete_contact(db, contact_id)
    return contact
