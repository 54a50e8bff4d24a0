"""A contact's bundle: her reputation package, signed by the pseudonym she keeps for that contact,
holding her notes about one vendor or several (docs/SHARING.md, "Bundles from contacts").

`read_bundle` checks everything and writes nothing: the signature and the package schema, the
expiry, that the signing key is a contact's (or what she decided for an unknown key), that no name
the bundle claims is another contact's, that it was not imported before; and it matches each
vendor to hers (`match_vendor`). `apply_bundle` checks it all again and writes in one
transaction: the bundle, and each vendor's notes, replacing that contact's older notes on the
same vendor (a bundle older than the notes kept never overwrites them). A refusal is a
`DocumentRefused` whose `reason` scripts can test, and writes nothing.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from myvendors.domain import contacts
from myvendors.domain.contacts.keyfile import ContactKey
from myvendors.domain.importing.csv_vendors import website_host
from myvendors.domain.importing.text import fold_name
from myvendors.domain.models import RATING_DIMENSIONS
from myvendors.domain.sharing import answers
from myvendors.domain.sharing import keys as share_keys
from myvendors.domain.sharing.answers import DocumentRefused
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import contacts as sql
from myvendors.storage import vendors as vendors_sql

MATCHED, REVIEW, NEW = "matched", "review", "new"
SIMILAR = 0.6  # folded names at least this alike (difflib's ratio), or one inside the other, are one vendor's


@dataclass(frozen=True)
class BundleNote:
    on: date
    text: str
    ratings: dict[str, int]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    """One of her vendors a bundle's vendor may be."""

    vendor_id: int
    name: str
    website: str | None
    why: str  # "website" (same host) | "name" (same folded name)


@dataclass(frozen=True)
class VendorMatch:
    """One vendor of a bundle, its notes, and which of her vendors it is."""

    key: str  # what the contact's notes on it are replaced by: the website host, else the folded name
    name: str
    website: str | None
    category: str | None
    notes: tuple[BundleNote, ...]
    status: str  # MATCHED (vendor_id is hers), REVIEW (she decides among candidates), NEW (new to me)
    vendor_id: int | None  # MATCHED: her vendor; REVIEW: the likeliest candidate (a suggestion); NEW: None
    candidates: tuple[Candidate, ...] = ()
    reason: str = ""  # why it needs her review, for a person
    kept_newer: bool = False  # the contact's notes kept on this vendor come from a newer bundle: not replaced


@dataclass(frozen=True)
class BundlePlan:
    """A checked bundle and what importing it would do (nothing written)."""

    document: dict[str, Any]
    compact: str
    sha256: str
    key: ContactKey  # the key that signed it
    contact: contacts.Contact | None  # the contact it comes from (None: a new contact, `new_contact`)
    new_contact: str | None  # the name of the contact this key will be added as
    key_change: bool  # the key replaces `contact`'s key (she decided so)
    claimed_name: str | None  # the name the sender says they go by (sender.disclosed.name)
    vendors: tuple[VendorMatch, ...]
    encrypted: bool = False
    # what she decided when reading it, so that `apply_bundle` can check the same again
    as_contact: str | None = field(default=None, repr=False)
    replace_key: bool = field(default=False, repr=False)
    trust: int = field(default=contacts.DEFAULT_TRUST, repr=False)

    @property
    def document_id(self) -> str:
        return str(self.document["id"])

    @property
    def issued(self) -> str:
        return str(self.document["issued"])

    @property
    def contact_name(self) -> str:
        return self.contact.name if self.contact is not None else str(self.new_contact)

    @property
    def to_review(self) -> tuple[VendorMatch, ...]:
        return tuple(v for v in self.vendors if v.status == REVIEW)

    @property
    def notes(self) -> int:
        return sum(len(v.notes) for v in self.vendors)


@dataclass(frozen=True)
class BundleResult:
    contact: contacts.Contact
    bundle_id: int
    notes_added: int
    notes_replaced: int  # the contact's older notes on the same vendors, removed
    matched: tuple[tuple[str, int], ...]  # (vendor key, her vendor id)
    new_to_me: tuple[str, ...]  # vendor keys kept as new to her
    kept_newer: tuple[str, ...]  # vendor keys whose newer notes were kept (this bundle is older)
    added_contact: bool
    key_changed: bool


# -- matching ------------------------------------------------------------------------------------------
def vendor_key(name: str, website: str | None) -> str:
    """The website's host (no scheme, www. or path), else the name folded as vendor names sort."""
    return website_host(website) or vendors_sql.sort_key(name)


def similar_names(a: str, b: str) -> bool:
    """Whether two names are one vendor's by their folded forms: equal, one inside the other, or
    alike by difflib's ratio ≥ SIMILAR ("Velo Works" and "VeloWorks GmbH"; not "Amazon" and "Zalando")."""
    fa, fb = fold_name(a), fold_name(b)
    if not fa or not fb:
        return False
    if fa == fb or fa in fb or fb in fa:
        return True
    return difflib.SequenceMatcher(None, fa, fb).ratio() >= SIMILAR


@dataclass(frozen=True)
class VendorIndex:
    """Her live vendors by website host and by folded name, made once per bundle."""

    by_host: dict[str, list[tuple[int, str, str | None]]]
    by_fold: dict[str, list[tuple[int, str, str | None]]]
    hosts: dict[int, str | None]

    @classmethod
    def of(cls, identities: Sequence[tuple[int, str, str | None]]) -> VendorIndex:
        by_host: dict[str, list[tuple[int, str, str | None]]] = {}
        by_fold: dict[str, list[tuple[int, str, str | None]]] = {}
        hosts: dict[int, str | None] = {}
        for identity in identities:
            host = website_host(identity[2])
            hosts[identity[0]] = host
            if host:
                by_host.setdefault(host, []).append(identity)
            folded = fold_name(identity[1])
            if folded:
                by_fold.setdefault(folded, []).append(identity)
        return cls(by_host, by_fold, hosts)


def match_vendor(
    name: str, website: str | None, identities: Sequence[tuple[int, str, str | None]] | VendorIndex
) -> tuple[str, int | None, tuple[Candidate, ...], str]:
    """(status, vendor id, candidates, reason) for a bundle's vendor among hers (id, name, website).

    The website host decides first: one vendor of hers on that host with a similar name is it;
    one with a name that differs a lot, or several on that host none of which has the same folded
    name, are for her to review. Without a host match, the same folded name: one vendor is it,
    unless both have websites on different hosts (review); several are for review. Nothing: new to me."""
    index = identities if isinstance(identities, VendorIndex) else VendorIndex.of(identities)
    host = website_host(website)
    key = fold_name(name)
    by_host = index.by_host.get(host, []) if host else []
    if by_host:
        same = [c for c in by_host if key and fold_name(c[1]) == key]
        if len(same) == 1:
            return MATCHED, same[0][0], (), ""
        if len(by_host) == 1 and similar_names(name, by_host[0][1]):
            return MATCHED, by_host[0][0], (), ""
        found = tuple(Candidate(i, n, w, "website") for i, n, w in sorted(by_host, key=lambda c: c[0]))
        if len(by_host) == 1:
            return REVIEW, found[0].vendor_id, found, Message(QT_TRANSLATE_NOOP(
                "Contacts", "Your vendor {vendor} has the same website ({host}) but another name."
            ), vendor=found[0].name, host=host)
        return REVIEW, found[0].vendor_id, found, Message(QT_TRANSLATE_NOOP(
            "Contacts", "{count} of your vendors have that website ({host})."
        ), count=len(found), host=host)
    named = index.by_fold.get(key, []) if key else []
    if not named:
        return NEW, None, (), ""
    clean = [c for c in named if not (host and index.hosts.get(c[0]))]
    found = tuple(Candidate(i, n, w, "name") for i, n, w in sorted(named, key=lambda c: c[0]))
    if len(named) == 1 and clean:
        return MATCHED, named[0][0], (), ""
    if len(named) == 1:
        return REVIEW, found[0].vendor_id, found, Message(QT_TRANSLATE_NOOP(
            "Contacts", "Your vendor {vendor} has the same name but another website."
        ), vendor=found[0].name)
    return REVIEW, found[0].vendor_id, found, Message(QT_TRANSLATE_NOOP(
        "Contacts", "{count} of your vendors have that name."
    ), count=len(found))


# -- reading -------------------------------------------------------------------------------------------
def is_bundle(text: str) -> bool:
    """Whether the text looks like a signed notes package (not yet verified): what `import FILE`
    routes here rather than to a vendor's answers. Her own packages read back are not bundles."""
    payload = answers.peek_payload(text)
    return payload.get("format") == "myvendors-package" and payload.get("kind") == "reputation"


def is_contact_bundle(db: Database, text: str) -> bool:
    """`is_bundle`, and not one she sent herself (that one `verify` reads back as hers)."""
    if not is_bundle(text):
        return False
    sender = answers.peek_payload(text).get("sender")
    pseudonym = sender.get("pseudonym") if isinstance(sender, dict) else None
    return not (isinstance(pseudonym, str) and share_keys.by_thumbprint(db, pseudonym) is not None)


def _groups(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The vendors of a notes package: the several-vendor form, or the one-vendor form."""
    if isinstance(data.get("vendors"), list):
        return [g for g in data["vendors"] if isinstance(g, dict)]
    return [{"vendor": data.get("vendor", {}), "notes": data.get("notes", [])}]


def _note(item: dict[str, Any]) -> BundleNote:
    ratings = item.get("ratings") or {}
    tags = tuple(dict.fromkeys(" ".join(str(t).split()) for t in item.get("tags", []) if str(t).strip()))
    return BundleNote(date.fromisoformat(str(item["on"])), str(item.get("text", "")).strip(),
                      {d: int(ratings[d]) for d in RATING_DIMENSIONS if d in ratings}, tags)


def _signer(db: Database, header: dict[str, Any]) -> ContactKey:
    carried = header.get("jwk")
    kid = header.get("kid")
    if isinstance(carried, dict):
        if "d" in carried:
            raise DocumentRefused("signature", QT_TRANSLATE_NOOP("Errors", "The signature header carries a private key: the bundle is not taken."))
        try:
            key = share_keys.public_key_from_jwk({k: v for k, v in carried.items() if k in ("kty", "crv", "x")}, use="sig")
        except InvalidInput as exc:
            raise DocumentRefused("signature", Message(QT_TRANSLATE_NOOP(
                "Errors", "The key in the signature header is not usable: {message}"), message=exc.message)) from None
        return ContactKey({"kty": "OKP", "crv": "Ed25519", "x": str(key.get("x"))}, str(key.thumbprint()), None, "file")
    known = sql.contact_by_thumbprint(db, kid) if isinstance(kid, str) else None
    if known is None:
        raise DocumentRefused("signature", QT_TRANSLATE_NOOP(
            "Errors", "The bundle carries no key and names none of your contacts' keys: it cannot be verified."))
    return ContactKey(json.loads(known["sig_jwk"]), str(known["thumbprint"]), None, str(known["key_source"]))


def _who(
    db: Database, key: ContactKey, as_contact: str | None, replace_key: bool, trust: int,
) -> tuple[contacts.Contact | None, str | None, bool]:
    """(the contact it comes from, the name of a new contact, whether it replaces a contact's key)."""
    signer = contacts.contact_by_thumbprint(db, key.thumbprint)
    named = contacts.find_contact_or_none(db, as_contact) if as_contact else None
    if signer is not None:
        if as_contact and (named is None or named.id != signer.id):
            raise DocumentRefused("claims-another", Message(QT_TRANSLATE_NOOP(
                "Errors", "This bundle is signed by {signer}'s key: it cannot be taken as {name}'s."
            ), signer=signer.name, name=" ".join(as_contact.split())))
        return signer, None, False
    if not as_contact:
        raise DocumentRefused("unknown-key", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "This bundle is signed by a key none of your contacts has (safety number {number}). Take it only if "
            "you know whose it is: add it to a new contact (import FILE --as-contact NAME), or, if a contact "
            "made a new key, replace theirs (--as-contact NAME --replace-key)."
        ), number=key.safety_number))
    if named is not None:
        if not replace_key:
            raise DocumentRefused("key-mismatch", Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{name}'s key on file did not sign this bundle: it may come from someone else using that name. "
                "Take it only if you know {name} made a new key (compare the safety number {number} with them), "
                "then replace the key (--replace-key)."
            ), name=named.name, number=key.safety_number))
        return named, None, True
    return None, contacts.check_new(db, as_contact, key, trust), False


def _check_claims(db: Database, claimed: str | None, contact: contacts.Contact | None, new_name: str | None) -> None:
    """A name the bundle claims must not be another contact's than the signer's."""
    if not claimed:
        return
    other = sql.contact_named(db, claimed)
    if other is None:
        return
    own_id = contact.id if contact is not None else None
    if int(other["id"]) != own_id and not (new_name and vendors_sql.sort_key(new_name) == vendors_sql.sort_key(claimed)):
        raise DocumentRefused("claims-another", Message(QT_TRANSLATE_NOOP(
            "Errors",
            "This bundle says it comes from {claimed}, but {claimed}'s key did not sign it (it is signed by the "
            "key of {signer}): it is not taken."
        ), claimed=str(other["name"]), signer=contact.name if contact is not None else (new_name or "?")))


def _vendors(db: Database, data: dict[str, Any], contact: contacts.Contact | None, issued: str) -> tuple[VendorMatch, ...]:
    identities = VendorIndex.of(vendors_sql.identities(db))
    merged: dict[str, VendorMatch] = {}
    for group in _groups(data):
        about = group.get("vendor") or {}
        name = " ".join(str(about.get("name", "")).split())
        website = str(about["website"]).strip() if about.get("website") else None
        category = str(about["category"]).strip() if about.get("category") else None
        if not name:
            raise DocumentRefused("schema", QT_TRANSLATE_NOOP("Errors", "A vendor in the bundle has no name."))
        try:
            notes = tuple(_note(n) for n in group.get("notes", []) if isinstance(n, dict))
        except (ValueError, KeyError, TypeError):
            raise DocumentRefused("schema", Message(QT_TRANSLATE_NOOP(
                "Errors", "A note about {name} in the bundle is not readable."), name=name[:100])) from None
        key = vendor_key(name, website)
        if key in merged:
            merged[key] = replace(merged[key], notes=merged[key].notes + notes)
            continue
        status, vendor_id, candidates, reason = match_vendor(name, website, identities)
        merged[key] = VendorMatch(key, name, website, category, notes, status, vendor_id, candidates, reason)
    if contact is not None:
        newer = sql.newest_issued(db, contact.id, list(merged))
        for key, kept in newer.items():
            if _when(kept) > _when(issued):
                merged[key] = replace(merged[key], kept_newer=True)
    return tuple(merged.values())


def _when(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def read_bundle(
    db: Database,
    text: str,
    *,
    as_contact: str | None = None,
    replace_key: bool = False,
    trust: int = contacts.DEFAULT_TRUST,
    now: datetime | None = None,
) -> BundlePlan:
    """Check a contact's bundle completely and plan its import; write nothing.

    `as_contact`: what she decided for a key none of her contacts has: a new contact of that name
    (with `trust`), or, with `replace_key`, that contact's new key."""
    contacts.check_trust(trust)
    parts, header, encrypted = answers.open_signed(db, text)
    compact = ".".join(parts)
    key = _signer(db, header)
    if share_keys.by_thumbprint(db, key.thumbprint) is not None:
        raise DocumentRefused("recipient", QT_TRANSLATE_NOOP(
            "Errors", "That is a bundle you sent, not one a contact sent you: there is nothing to import."))
    verifier = share_keys.public_key_from_jwk(key.jwk, use="sig")
    document = answers.verified_payload(parts, verifier)
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    if document.get("format") != "myvendors-package" or document.get("kind") != "reputation":
        raise DocumentRefused("not-a-bundle", QT_TRANSLATE_NOOP(
            "Errors", "That signed document is not a contact's bundle of notes."))
    answers.check_package(document, moment)
    if document["sender"]["pseudonym"] != key.thumbprint:
        raise DocumentRefused("signature", QT_TRANSLATE_NOOP(
            "Errors", "The bundle names another key as its sender than the one that signed it: it is not taken."))
    if sql.bundle_seen(db, str(document["id"])):
        raise DocumentRefused("replay", Message(QT_TRANSLATE_NOOP(
            "Errors", "Bundle {value} was imported before: a copy is not taken twice."), value=document["id"]))
    contact, new_name, key_change = _who(db, key, as_contact, replace_key, trust)
    disclosed = document["sender"].get("disclosed") or {}
    claimed = " ".join(str(disclosed.get("name", "")).split()) or None
    _check_claims(db, claimed, contact, new_name)
    vendors = _vendors(db, document["data"], contact, str(document["issued"]))
    return BundlePlan(
        document=document, compact=compact, sha256=hashlib.sha256(compact.encode("ascii")).hexdigest(), key=key,
        contact=contact, new_contact=new_name, key_change=key_change, claimed_name=claimed, vendors=vendors,
        encrypted=encrypted, as_contact=as_contact, replace_key=replace_key, trust=trust,
    )


# -- applying ------------------------------------------------------------------------------------------
def _decided(db: Database, plan: BundlePlan, decisions: Mapping[str, int | None]) -> dict[str, int | None]:
    """{vendor key: her vendor id or None (new to me)} for every vendor of the bundle."""
    keys = {v.key for v in plan.vendors}
    unknown = sorted(set(decisions) - keys)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "The bundle has no vendor {key!r}; its vendors: {keys}."
        ), key=unknown[0], keys=", ".join(sorted(keys))), field="match")
    live = {i for i, _, _ in vendors_sql.identities(db)}
    out: dict[str, int | None] = {}
    undecided = []
    for vendor in plan.vendors:
        if vendor.key in decisions:
            chosen = decisions[vendor.key]
            if chosen is not None and chosen not in live:
                raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                    "Errors", "There is no vendor with id {id} (for {name})."), id=chosen, name=vendor.name), field="match")
            out[vendor.key] = chosen
        elif vendor.status == REVIEW:
            undecided.append(vendor)
        else:
            out[vendor.key] = vendor.vendor_id
    if undecided:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "Decide which of your vendors these are, or that they are new to you: {vendors}."
        ), vendors="; ".join(f"{v.name} ({v.key}): {v.reason}" for v in undecided)), field="match")
    return out


def _values(vendor: VendorMatch, vendor_id: int | None, note: BundleNote) -> dict[str, Any]:
    return {
        "vendor_id": vendor_id, "vendor_key": vendor.key, "vendor_name": vendor.name,
        "vendor_website": vendor.website, "vendor_category": vendor.category, "on_date": note.on.isoformat(),
        "text": note.text, **{d: note.ratings.get(d) for d in RATING_DIMENSIONS},
        "tags": json.dumps(list(note.tags), ensure_ascii=False),
    }


def apply_bundle(
    db: Database, plan: BundlePlan, decisions: Mapping[str, int | None] | None = None, *, now: datetime | None = None,
) -> BundleResult:
    """Import a planned bundle: checked again as it is now, then written in one transaction.
    `decisions`: {vendor key: her vendor id, or None for new to me} — needed for every vendor
    to review, and may override any other match."""
    fresh = read_bundle(db, plan.compact, as_contact=plan.as_contact, replace_key=plan.replace_key,
                        trust=plan.trust, now=now)
    chosen = _decided(db, fresh, decisions or {})
    added = replaced = 0
    matched: list[tuple[str, int]] = []
    new_to_me: list[str] = []
    kept: list[str] = []
    with db.transaction():
        if fresh.contact is None:
            contact_id = contacts.add_contact_in(db, str(fresh.new_contact), fresh.key, fresh.trust)
        else:
            contact_id = fresh.contact.id
            if fresh.key_change:
                contacts.replace_key_in(db, contact_id, fresh.key)
        bundle_id = sql.insert_bundle(db, {
            "contact_id": contact_id, "document_id": fresh.document_id, "issued_at": fresh.issued,
            "compact": fresh.compact, "sha256": fresh.sha256,
        })
        for vendor in fresh.vendors:
            if vendor.kept_newer:
                kept.append(vendor.key)
                continue
            vendor_id = chosen[vendor.key]
            replaced += sql.delete_notes_on(db, contact_id, vendor.key)
            for note in vendor.notes:
                sql.insert_note(db, contact_id=contact_id, bundle_id=bundle_id, values=_values(vendor, vendor_id, note))
                added += 1
            if vendor_id is None:
                new_to_me.append(vendor.key)
            else:
                matched.append((vendor.key, vendor_id))
    return BundleResult(
        contact=contacts.get_contact(db, contact_id), bundle_id=bundle_id, notes_added=added, notes_replaced=replaced,
        matched=tuple(matched), new_to_me=tuple(new_to_me), kept_newer=tuple(kept),
        added_contact=fresh.contact is None, key_changed=fresh.key_change,
    )


def import_bundle(
    db: Database,
    text: str,
    *,
    as_contact: str | None = None,
    replace_key: bool = False,
    trust: int = contacts.DEFAULT_TRUST,
    decisions: Mapping[str, int | None] | None = None,
    undecided_new: bool = False,
    now: datetime | None = None,
) -> BundleResult:
    """`read_bundle` then `apply_bundle`; `undecided_new`: vendors to review that `decisions` does
    not name are taken as new to her (the CLI's --new-to-me)."""
    plan = read_bundle(db, text, as_contact=as_contact, replace_key=replace_key, trust=trust, now=now)
    chosen = dict(decisions or {})
    if undecided_new:
        for vendor in plan.to_review:
            chosen.setdefault(vendor.key, None)
    return apply_bundle(db, plan, chosen, now=now)
