"""Packages: exactly what she chose, with her terms and a consent record, signed and recorded.

`build` makes the document (nothing written but the relationship's pseudonym, made on first
use); `share` signs it as a compact JWS with the pseudonym's Ed25519 key, encrypts it as a
compact JWE to the recipient's X25519 key when one is given or on file, and in one transaction
keeps the package and appends its ledger entry. What is in `data` is only what the
`ShareSpec` names: the builders below copy field by field, never whole records.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from jwcrypto import jwe, jws
from jwcrypto.common import json_encode

from myvendors.domain import leaks, reputation, requests, vendors
from myvendors.domain.models import RATING_DIMENSIONS, Note
from myvendors.domain.sharing import choices, files, keys, ledger, terms
from myvendors.domain.sharing.keys import Pseudonym, Scope
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import sharing as sql

SCHEMA_ID = "urn:myvendors:schema:package:v1"
KINDS = terms.KINDS
ALGS = ("Ed25519", "EdDSA")  # RFC 9864's fully specified name first; EdDSA for older verifiers
PROFILE_FIELDS = choices.PROFILE_FIELDS
REQUEST_FIELDS = choices.REQUEST_FIELDS
KIND_TITLE = {  # translated by the app in the context "Package"
    "personal-request": QT_TRANSLATE_NOOP("Package", "personal request"),
    "profile": QT_TRANSLATE_NOOP("Package", "profile"),
    "feedback": QT_TRANSLATE_NOOP("Package", "feedback"),
    "reputation": QT_TRANSLATE_NOOP("Package", "notes"),
    "deletion-request": QT_TRANSLATE_NOOP("Package", "erasure request"),
    "access-request": QT_TRANSLATE_NOOP("Package", "access request"),
}
DEFAULT_VALID_DAYS = {"personal-request": 30, "deletion-request": 90, "access-request": 90}
RESPOND_WITHIN_DAYS = {"GDPR": 30, "CCPA": 45}  # a month (Art. 12(3)); 45 days (§1798.130)


@cache
def schema() -> dict[str, Any]:
    text = (resources.files("myvendors.resources") / "schemas" / "package-v1.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def validate_document(document: dict[str, Any]) -> None:
    """The document against the published schema (a bug of ours if it fails: we refuse to send it)."""
    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(document))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the document"
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "The package does not follow its schema at {where}: {message}"), where=where, message=error.message), field="package")


def file_bytes(compact: str) -> bytes:
    """A package file's bytes: the compact text, ASCII, and one newline. The ledger records the
    SHA-256 of exactly these bytes (an acknowledgement may also name that of the text alone)."""
    return (compact + "\n").encode("ascii")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ShareSpec:
    """What to share, with whom, under which terms. Only what is named here leaves."""

    kind: str
    vendor_id: int | None = None  # profile, feedback, deletion/access requests; a reputation note's subject
    request_id: int | None = None  # personal-request
    contact: str | None = None  # reputation: the trusted contact it goes to
    fields: tuple[str, ...] = ()  # profile: PROFILE_FIELDS; personal-request: REQUEST_FIELDS
    disclose: tuple[str, ...] = ()  # real profile fields shown to this vendor (rights requests, feedback)
    note_ids: tuple[int, ...] = ()  # reputation
    vendor_ids: tuple[int, ...] = ()  # reputation: all her own notes about these vendors (with any note_ids)
    subject: str = ""  # feedback
    text: str = ""  # feedback; an added paragraph for rights requests
    idea: bool = False  # feedback: an idea rather than feedback
    law: str = "GDPR"  # rights requests
    concerning: tuple[str, ...] = ()  # rights requests: package ids it is about (default: all sent to the vendor)
    terms: tuple[tuple[str, dict[str, int]], ...] | None = None  # None: the kind's defaults
    valid_days: int | None = None
    alg: str = "Ed25519"
    jurisdiction: str = ""
    language: str = "en"
    own_pseudonym: bool = False  # personal-request: a key pair of its own for this one recipient
    #: (profile field, alias): for this one share the field's value is an alias given to this vendor
    #: alone (domain/leaks.py), recorded with the package; profile and disclosed fields, e-mail or phone
    aliases: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Draft:
    """A built, unsigned package: the document and what the ledger will record of it."""

    spec: ShareSpec
    document: dict[str, Any]
    chosen: tuple[terms.ChosenTerm, ...]
    pseudonym: Pseudonym
    recipient: str
    fields: tuple[str, ...]  # every leaf that leaves, as a path ("data.fields.email")
    one_off: dict[str, Any] | None = field(default=None, repr=False, compare=False)  # an own pseudonym, kept on share
    #: aliases it gives the vendor that are new to the vault: recorded with the package when it is shared
    new_aliases: tuple[leaks.AliasDraft, ...] = field(default=(), compare=False)

    @property
    def package_id(self) -> str:
        return str(self.document["id"])


@dataclass(frozen=True)
class Shared:
    draft: Draft
    compact: str  # the compact JWS, or the JWE around it
    sha256: str  # of `file_bytes`, the file as written: what an acknowledgement countersigns
    encrypted_to: str | None
    ledger_seq: int
    opened_from: str | None = None  # a shared request's status before sharing opened it (None: unchanged)

    @property
    def package_id(self) -> str:
        return self.draft.package_id

    @property
    def file_bytes(self) -> bytes:
        """The package file exactly as written (by `share --out` and the app's Save): the text and a newline."""
        return file_bytes(self.compact)

    @property
    def file_name(self) -> str:
        """What the file is called by default: `request-e-bike-2026-12-02.myvendors.jws` (see `files`)."""
        return files.default_file_name(self.draft.document, encrypted=self.encrypted_to is not None)


@dataclass(frozen=True)
class SentPackage:
    package_id: str
    kind: str
    vendor_id: int | None
    request_id: int | None
    recipient: str
    document: dict[str, Any]
    compact: str
    sha256: str
    issued_at: str
    expires_at: str | None
    retention_until: str | None


def _sent(row: dict[str, Any]) -> SentPackage:
    return SentPackage(
        package_id=str(row["package_id"]),
        kind=str(row["kind"]),
        vendor_id=row["vendor_id"],
        request_id=row["request_id"],
        recipient=str(row["recipient"]),
        document=json.loads(row["document"]),
        compact=str(row["compact"]),
        sha256=str(row["sha256"]),
        issued_at=str(row["issued_at"]),
        expires_at=row["expires_at"],
        retention_until=row["retention_until"],
    )


# -- the profile and disclosures -----------------------------------------------------------------
def get_profile(db: Database) -> dict[str, str]:
    return sql.profile(db)


def set_profile(db: Database, values: dict[str, str | None]) -> dict[str, str]:
    unknown = set(values) - set(PROFILE_FIELDS)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Your profile has no field {value}; fields: {value2}."), value=', '.join(sorted(unknown)), value2=', '.join(PROFILE_FIELDS)),
                           field=sorted(unknown)[0])
    clean: dict[str, str | None] = {}
    for name, value in values.items():
        text = (value or "").strip()
        if len(text) > 2000:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{value} is too long (at most 2000 characters)."), value=name.replace('_', ' ').capitalize()), field=name)
        if name == "email" and text and ("@" not in text or " " in text):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "That is not an email address."), field="email")
        clean[name] = text or None
    with db.transaction():
        sql.set_profile(db, clean)
    return sql.profile(db)


def disclosures(db: Database, vendor_id: int) -> list[str]:
    """The real profile fields she discloses to this vendor (only this one)."""
    return sql.disclosures(db, vendor_id)


def set_disclosures(db: Database, vendor_id: int, fields: list[str]) -> list[str]:
    vendors.get_vendor(db, vendor_id)
    unknown = set(fields) - set(PROFILE_FIELDS)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Your profile has no field {value}."), value=', '.join(sorted(unknown))), field="fields")
    with db.transaction():
        sql.set_disclosures(db, vendor_id, sorted(set(fields)))
    return sql.disclosures(db, vendor_id)


def shareable(
    db: Database, kind: str, *, vendor_id: int | None = None, request_id: int | None = None,
    concerning: tuple[str, ...] | None = None,
) -> tuple[choices.Group, ...]:
    """What a package of `kind` for this recipient can carry (`choices.shareable` over this vault)."""
    to_vendor = vendor_id is not None and kind in choices.VENDOR_KINDS
    return choices.shareable(
        kind,
        profile=sql.profile(db) if kind == "profile" or kind in choices.DISCLOSING_KINDS else None,
        disclosed=set(disclosures(db, vendor_id)) if to_vendor and vendor_id is not None else (),
        sent=sent_packages(db, vendor_id=vendor_id) if kind in choices.RIGHTS_KINDS and vendor_id is not None else (),
        request=requests.get_request(db, request_id) if kind == "personal-request" and request_id is not None else None,
        notes=(reputation.notes(db, vendor_id=vendor_id, mine_only=True, limit=500)
               if kind == "reputation" and vendor_id is not None else None),
        concerning=concerning,
    )


# -- building ---------------------------------------------------------------------------------
def _leaves(value: Any, prefix: str) -> list[str]:
    if isinstance(value, dict):  # "@context" and "@type" say what the data is; they are not hers
        return [leaf for key, item in value.items() if not key.startswith("@") for leaf in _leaves(item, f"{prefix}.{key}")]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [leaf for n, item in enumerate(value) for leaf in _leaves(item, f"{prefix}[{n}]")]
    return [prefix]


def _pick_profile(db: Database, wanted: tuple[str, ...], what: str,
                  overrides: dict[str, str] | None = None) -> dict[str, str]:
    unknown = set(wanted) - set(PROFILE_FIELDS)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Your profile has no field {value}; fields: {value2}."), value=', '.join(sorted(unknown)), value2=', '.join(PROFILE_FIELDS)),
                           field="fields")
    profile = sql.profile(db)
    blocked = {item.key for item in choices.unavailable(choices.profile_items(profile), wanted)}
    missing = [f for f in wanted if f in blocked]
    if missing:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "Your profile has no {value} to {what}: fill it in first."), value=', '.join(m.replace('_', ' ') for m in missing), what=what),
            field="fields",
        )
    return {f: (overrides or {}).get(f, profile[f]) for f in wanted}


ALIAS_FIELDS = {"email": "email", "phone": "phone"}  # profile field -> the kind of alias that stands in for it


def _check_aliases(db: Database, spec: ShareSpec) -> tuple[dict[str, str], tuple[leaks.AliasDraft, ...]]:
    """The profile values the aliases replace in this share, and those of them new to the vault
    (checked: each is the vendor's own, or no one's yet)."""
    if not spec.aliases:
        return {}, ()
    if spec.kind not in choices.VENDOR_KINDS or spec.vendor_id is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "An alias is given to a vendor, in a share with it."),
                           field="aliases")
    chosen = set(spec.fields if spec.kind == "profile" else ()) | set(spec.disclose)
    overrides: dict[str, str] = {}
    new: list[leaks.AliasDraft] = []
    for name, address in spec.aliases:
        kind = ALIAS_FIELDS.get(name)
        if kind is None or name not in chosen or name in overrides:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "An alias stands in for your e-mail or phone number when you share it, once; not for {value}."),
                value=name.replace("_", " ")), field="aliases")
        key = leaks.address_key(address, kind)
        mine = [a for a in leaks.aliases(db, spec.vendor_id) if a.address_key == key]
        if mine and mine[0].is_retired:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "{address} is retired: it is no longer given out."), address=mine[0].address), field="aliases")
        if mine:
            overrides[name] = mine[0].address
            continue
        clean = leaks.check_alias(db, leaks.AliasDraft(vendor_id=spec.vendor_id, address=address, kind=kind,
                                                       field=name))
        overrides[name] = clean.address
        new.append(clean)
    return overrides, tuple(new)


def _demand(db: Database, spec: ShareSpec) -> tuple[dict[str, Any], str]:
    if spec.request_id is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the request to share."), field="request")
    request = requests.get_request(db, spec.request_id)
    requests.check_shareable(request)
    wanted = spec.fields or REQUEST_FIELDS
    unknown = set(wanted) - set(REQUEST_FIELDS)
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "A request has no field {value}; fields: {value2}."), value=', '.join(sorted(unknown)), value2=', '.join(REQUEST_FIELDS)),
                           field="fields")
    if "title" not in wanted:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "A shared request always says what is wanted: its title goes with it."
        ), field="fields")
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "Demand", "name": request.title}
    if "description" in wanted and request.description:
        data["description"] = request.description
    if "category" in wanted and request.category:
        data["category"] = request.category
    if "location" in wanted and request.location:
        data["areaServed"] = request.location
    if "needed_by" in wanted and request.needed_by:
        data["availabilityEnds"] = request.needed_by.isoformat()
    money = request.budget_min or request.budget_max
    if "budget" in wanted and money:
        price: dict[str, Any] = {"@type": "PriceSpecification", "priceCurrency": money.currency}
        if request.budget_min:
            price["minPrice"] = str(request.budget_min.amount)
        if request.budget_max:
            price["maxPrice"] = str(request.budget_max.amount)
        data["priceSpecification"] = price
    if "conditions" in wanted and request.conditions:
        data["conditions"] = request.conditions
    return data, "anyone"


def _vendor(db: Database, spec: ShareSpec) -> vendors.Vendor:
    if spec.vendor_id is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose the vendor it goes to."), field="vendor")
    vendor = vendors.get_vendor(db, spec.vendor_id)
    if vendor.deleted_at is not None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{name} is in the trash: restore it before sharing with it."), name=vendor.name), field="vendor")
    return vendor


def _reputation_notes(db: Database, spec: ShareSpec) -> list[Note]:
    """The notes chosen by id, then every own note about the chosen vendors, each once."""
    chosen = [reputation.get_note(db, note_id) for note_id in dict.fromkeys(spec.note_ids)]
    for vendor_id in dict.fromkeys(spec.vendor_ids):
        vendors.get_vendor(db, vendor_id)
        chosen += reversed(reputation.notes(db, vendor_id=vendor_id, mine_only=True, limit=10_000))
    return list({n.id: n for n in chosen}.values())  # each once, where it first came


def _reputation(db: Database, spec: ShareSpec) -> tuple[dict[str, Any], str]:
    """Her notes for a trusted contact: about one vendor in the first form of the schema
    ({"vendor", "notes"}), about several in the second ({"vendors": [{"vendor", "notes"}, …]})."""
    if not spec.contact or not spec.contact.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name the trusted contact the notes go to."), field="contact")
    if not spec.note_ids and not spec.vendor_ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose at least one note to share."), field="notes")
    chosen = _reputation_notes(db, spec)
    if not chosen:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "You have no notes of your own about those vendors."), field="notes")
    if any(n.author for n in chosen):
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "Only your own notes can be passed on, not what a contact told you."
        ), field="notes")
    groups: dict[int, list[dict[str, Any]]] = {}
    for note in chosen:
        item: dict[str, Any] = {"on": note.on.isoformat()}
        if note.text:
            item["text"] = note.text
        ratings = {d: note.ratings[d] for d in RATING_DIMENSIONS if d in note.ratings}
        if ratings:
            item["ratings"] = ratings
        if note.tags:
            item["tags"] = list(note.tags)
        groups.setdefault(note.vendor_id, []).append(item)
    about = []
    for vendor_id, notes in groups.items():
        vendor = vendors.get_vendor(db, vendor_id)
        described: dict[str, Any] = {"name": vendor.name}
        if vendor.website:
            described["website"] = vendor.website
        if vendor.category:
            described["category"] = vendor.category
        about.append({"vendor": described, "notes": notes})
    data = about[0] if len(about) == 1 else {"vendors": about}
    return data, " ".join(spec.contact.split())


_LETTERS = {
    ("GDPR", "erasure"): (
        ["GDPR Art. 17"],
        "I ask you to erase all personal data you hold about me, under Article 17 of the General Data Protection "
        "Regulation, and to tell me when you have done so. {about} Please answer within one month of receiving this "
        "request (Article 12(3)).",
    ),
    ("GDPR", "access"): (
        ["GDPR Art. 15", "GDPR Art. 20"],
        "I ask for a copy of all personal data you hold about me, with the purposes you use it for, who you shared it "
        "with and how long you will keep it, under Article 15 of the General Data Protection Regulation, and for the "
        "data I provided in a machine-readable form under Article 20. {about} Please answer within one month of "
        "receiving this request (Article 12(3)).",
    ),
    ("CCPA", "erasure"): (
        ["Cal. Civ. Code §1798.105"],
        "I ask you to delete the personal information you collected about me, under section 1798.105 of the "
        "California Consumer Privacy Act, and to direct your service providers to do the same. {about} Please answer "
        "within 45 days (§1798.130).",
    ),
    ("CCPA", "access"): (
        ["Cal. Civ. Code §1798.110"],
        "I ask you to disclose the categories and specific pieces of personal information you collected about me, "
        "the sources, the purposes and the third parties you shared it with, under section 1798.110 of the "
        "California Consumer Privacy Act. {about} Please answer within 45 days (§1798.130).",
    ),
}


def _rights_request(db: Database, spec: ShareSpec, issued: datetime) -> tuple[dict[str, Any], str]:
    vendor = _vendor(db, spec)
    if spec.law not in RESPOND_WITHIN_DAYS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Requests can cite GDPR or CCPA, not {law!r}."), law=spec.law), field="law")
    action = "erasure" if spec.kind == "deletion-request" else "access"
    articles, letter = _LETTERS[(spec.law, action)]
    concerning = list(spec.concerning) or [p.package_id for p in sent_packages(db, vendor_id=vendor.id)]
    for package_id in concerning:
        if sql.package_by_id(db, package_id) is None:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "No package {package_id} was sent from this vault."), package_id=package_id), field="concerning")
    about = (
        f"It concerns what I shared with you in the package(s) {', '.join(concerning)}, which you can match with the "
        "key that signed this request."
        if concerning
        else "You can match me with the key that signed this request."
    )
    text = letter.format(about=about)
    if spec.text.strip():
        text += "\n\n" + spec.text.strip()
    data: dict[str, Any] = {"law": spec.law, "action": action, "articles": list(articles), "letter": text}
    if concerning:
        data["concerning"] = concerning
    data["respondBy"] = (issued.date() + timedelta(days=RESPOND_WITHIN_DAYS[spec.law])).isoformat()
    return data, vendor.name


def _consent(
    spec: ShareSpec, pseudonym: Pseudonym, recipient: dict[str, Any], chosen: list[terms.ChosenTerm], leaves: list[str],
    issued: datetime, controller: vendors.Vendor | None,
) -> dict[str, Any]:
    """A Kantara Consent Receipt v1.1 for this share: the vendor controls the data, the pseudonym is her."""
    retention = terms.retention_days(chosen)
    third_party = any(c.term.machine.get("thirdPartySharing") not in (None, "none") for c in chosen)
    purpose = {
        "personal-request": QT_TRANSLATE_NOOP("Package", "Answer this personal request with offers"),
        "profile": QT_TRANSLATE_NOOP("Package", "Deliver the service I use with you"),
        "feedback": QT_TRANSLATE_NOOP("Package", "Consider my feedback"),
        "reputation": QT_TRANSLATE_NOOP("Package", "Inform a trusted contact's choice of vendor"),
        "deletion-request": QT_TRANSLATE_NOOP("Package", "Act on my request to erase my data"),
        "access-request": QT_TRANSLATE_NOOP("Package", "Act on my request to see my data"),
    }[spec.kind]
    return {
        "version": "KI-CR-v1.1.0",
        "jurisdiction": spec.jurisdiction or ("EU" if spec.law == "GDPR" else "US-CA"),
        "consentTimestamp": int(issued.timestamp()),
        "collectionMethod": "MyVendors package, chosen field by field by the person",
        "consentReceiptID": str(uuid.uuid4()),
        "publicKey": json.dumps(pseudonym.sig_public, sort_keys=True, separators=(",", ":")),
        "language": spec.language,
        "piiPrincipalId": pseudonym.thumbprint,
        "piiControllers": [
            {
                "piiController": recipient["name"],
                "contact": recipient["name"],
                "address": (controller.address if controller and controller.address else ""),
                "email": (controller.email if controller and controller.email else ""),
                "phone": (controller.phone if controller and controller.phone else ""),
                **({"piiControllerUrl": controller.website} if controller and controller.website else {}),
            }
        ],
        "services": [
            {
                "service": spec.kind,
                "purposes": [
                    {
                        "purpose": purpose,
                        "purposeCategory": [c.term.id for c in chosen],
                        "consentType": "EXPLICIT",
                        "piiCategory": sorted({leaf.split(".")[-1].split("[")[0] for leaf in leaves}),
                        "primaryPurpose": True,
                        "termination": (Message(QT_TRANSLATE_NOOP("Package", "{days} days after receipt"), days=retention)
                                        if retention else QT_TRANSLATE_NOOP("Package", "when I ask")),
                        "thirdPartyDisclosure": third_party,
                    }
                ],
            }
        ],
        "sensitive": False,
        "spiCat": [],
    }


def _to_vendor(
    db: Database, spec: ShareSpec, issued: datetime, overrides: dict[str, str],
) -> tuple[vendors.Vendor, dict[str, Any], dict[str, Any]]:
    """The vendor, recipient and data of a package to a vendor: a profile, feedback, a rights request."""
    controller = _vendor(db, spec)
    recipient: dict[str, Any] = {"name": controller.name}
    if controller.website:
        recipient["website"] = controller.website
    data: dict[str, Any]
    if spec.kind == "profile":
        if not spec.fields:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Choose at least one field of your profile to share."), field="fields")
        data = {"fields": _pick_profile(db, spec.fields, "share", overrides)}
    elif spec.kind == "feedback":
        if not spec.text.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Write the feedback first."), field="text")
        data = {"text": spec.text.strip(), "kind": "idea" if spec.idea else "feedback"}
        if spec.subject.strip():
            data["subject"] = spec.subject.strip()
    else:
        data, _ = _rights_request(db, spec, issued)
    return controller, recipient, data


def build(db: Database, spec: ShareSpec, *, now: datetime | None = None) -> Draft:
    """The package as it would leave, unsigned: check everything, read only what is chosen."""
    if spec.kind not in KINDS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no kind of package called {kind!r}; kinds: {value}."), kind=spec.kind, value=', '.join(KINDS)), field="kind")
    if spec.alg not in ALGS:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "Packages are signed with {value}, not {alg!r}."), value=' or '.join(ALGS), alg=spec.alg), field="alg")
    issued = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    chosen = terms.choose(list(spec.terms)) if spec.terms is not None else terms.defaults(spec.kind)
    if not chosen:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "Errors",
            "Choose at least one term: a share without terms makes no promise to hold to."
        ), field="terms")
    controller: vendors.Vendor | None = None
    recipient: dict[str, Any]
    overrides, new_aliases = _check_aliases(db, spec)
    if spec.kind == "personal-request":
        data, name = _demand(db, spec)
        scope = Scope("request", spec.request_id or 0)
        recipient = {"name": name}
    elif spec.kind == "reputation":
        data, name = _reputation(db, spec)
        scope = Scope("contact", name=name)
        recipient = {"name": name}
    else:
        controller, recipient, data = _to_vendor(db, spec, issued, overrides)
        scope = Scope("vendor", controller.id)
    days = spec.valid_days if spec.valid_days is not None else DEFAULT_VALID_DAYS.get(spec.kind, 365)
    if not 1 <= days <= 3650:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A package is valid for 1 to 3650 days."), field="valid_days")
    one_off: dict[str, Any] | None = None
    if spec.own_pseudonym:
        if spec.kind != "personal-request":
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Errors",
                "A pseudonym per recipient is for a personal request; every vendor and contact has its own already."
            ), field="own_pseudonym")
        pseudonym, one_off = keys.one_off(db, scope)
    else:
        pseudonym = keys.pseudonym_for(db, scope)
    sender: dict[str, Any] = {"pseudonym": pseudonym.thumbprint, "sig": pseudonym.sig_public, "enc": pseudonym.enc_public}
    if spec.disclose:
        # notes for a contact may say the name she goes by, nothing else
        if spec.kind == "personal-request" or (spec.kind == "reputation" and set(spec.disclose) != {"name"}):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "Errors",
                "A personal request and notes for a contact go out without your real details."
            ),
                               field="disclose")
        sender["disclosed"] = _pick_profile(db, spec.disclose, "disclose", overrides)
    document: dict[str, Any] = {
        "format": "myvendors-package",
        "version": 1,
        "schema": SCHEMA_ID,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "kind": spec.kind,
        "issued": _stamp(issued),
        "expires": _stamp(issued + timedelta(days=days)),
        "sender": sender,
        "recipient": recipient,
        "data": data,
        "terms": [c.to_json() for c in chosen],
    }
    leaves = _leaves(data, "data") + [f"sender.disclosed.{f}" for f in spec.disclose]
    document["consent"] = _consent(spec, pseudonym, recipient, chosen, leaves, issued, controller)
    validate_document(document)
    return Draft(spec, document, tuple(chosen), pseudonym, recipient["name"], tuple(leaves), one_off, new_aliases)


def addressed(draft: Draft, recipient_key: dict[str, Any] | str | None) -> Draft:
    """The draft as it leaves encrypted to `recipient_key` (its `recipient.thumbprint` names that
    key, inside the signature) or not encrypted (no thumbprint)."""
    recipient = {k: v for k, v in draft.document["recipient"].items() if k != "thumbprint"}
    if recipient_key is not None:
        recipient["thumbprint"] = keys.public_key_from_jwk(recipient_key, use="enc").thumbprint()
    if recipient == draft.document["recipient"]:
        return draft
    document = {**draft.document, "recipient": recipient}
    validate_document(document)
    return replace(draft, document=document)


# -- signing, encrypting, recording ---------------------------------------------------------------------
def sign(db: Database, draft: Draft) -> str:
    """The compact JWS of the document, signed with the pseudonym's key; its public JWK rides in
    the header so that any JOSE library verifies it without us."""
    key = keys.one_off_signing_key(draft.one_off) if draft.one_off else keys.signing_key(db, draft.pseudonym)
    payload = json.dumps(draft.document, ensure_ascii=False, separators=(",", ":")).encode()
    header = {"alg": draft.spec.alg, "typ": "JOSE", "cty": "json", "kid": draft.pseudonym.thumbprint,
              "jwk": draft.pseudonym.sig_public}
    token = jws.JWS(payload)
    token.add_signature(key, None, json_encode(header))
    compact: str = token.serialize(compact=True)
    return compact


def encrypt(compact_jws: str, recipient_jwk: dict[str, Any] | str) -> tuple[str, str]:
    """(compact JWE, the recipient key's thumbprint): ECDH-ES+A256KW with X25519, A256GCM; cty "JOSE"
    says the plaintext is a compact JOSE object (our signed package)."""
    key = keys.public_key_from_jwk(recipient_jwk, use="enc")
    thumbprint = key.thumbprint()
    header = {"alg": "ECDH-ES+A256KW", "enc": "A256GCM", "cty": "JOSE", "kid": thumbprint}
    token = jwe.JWE(compact_jws.encode("ascii"), json_encode(header))
    token.add_recipient(key)
    compact: str = token.serialize(compact=True)
    return compact, thumbprint


def _encryption_key_on_file(db: Database, vendor_id: int | None) -> str | None:
    if vendor_id is None:
        return None
    for row in reversed(sql.keys_of_vendor(db, vendor_id)):
        if row["enc_jwk"]:
            return str(row["enc_jwk"])
    return None


def share(
    db: Database,
    spec: ShareSpec,
    *,
    encrypt_to: dict[str, Any] | str | None = None,
    use_key_on_file: bool = True,
    now: datetime | None = None,
) -> Shared:
    """Build, sign, encrypt when a key is given or on file, and record package and ledger entry together."""
    return share_draft(db, build(db, spec, now=now), encrypt_to=encrypt_to, use_key_on_file=use_key_on_file)


def encryption_key_on_file(db: Database, spec: ShareSpec) -> str | None:
    """The recipient's X25519 key that `share` would encrypt to by default (a vendor's, from its answers)."""
    if spec.kind in ("personal-request", "reputation"):
        return None
    return _encryption_key_on_file(db, spec.vendor_id)


def share_draft(
    db: Database,
    draft: Draft,
    *,
    encrypt_to: dict[str, Any] | str | None = None,
    use_key_on_file: bool = True,
) -> Shared:
    """Sign, encrypt and record a draft exactly as built (the wizard's preview is what leaves)."""
    spec = draft.spec
    target = encrypt_to
    if target is None and use_key_on_file:
        target = encryption_key_on_file(db, spec)
    draft = addressed(draft, target)
    compact = sign(db, draft)
    encrypted_to = None
    if target is not None:
        compact, encrypted_to = encrypt(compact, target)
    digest = hashlib.sha256(file_bytes(compact)).hexdigest()
    document = draft.document
    retention = terms.retention_days(list(draft.chosen))
    issued = datetime.strptime(document["issued"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    retention_until = (issued + timedelta(days=retention)).date().isoformat() if retention else None
    entry = {
        "type": "share",
        "package": draft.package_id,
        "sha256": digest,
        "sha256_of": "file",  # the file as written (`file_bytes`); entries without this key hashed the text alone
        "kind": spec.kind,
        "recipient": draft.recipient,
        "vendor_id": spec.vendor_id if spec.kind not in ("personal-request", "reputation") else None,
        "request_id": spec.request_id if spec.kind == "personal-request" else None,
        "pseudonym": draft.pseudonym.thumbprint,
        "fields": list(draft.fields),
        "terms": [{"id": c.term.id, "version": c.term.version, **({"params": c.values} if c.values else {})}
                  for c in draft.chosen],
        "issued": document["issued"],
        "expires": document["expires"],
        "encrypted_to": encrypted_to,
        **({"pseudonym_per_recipient": True} if draft.one_off else {}),
        **({"aliases": dict(spec.aliases)} if spec.aliases else {}),  # the fields that carried an alias
    }
    new_aliases = [leaks.check_alias(db, alias) for alias in draft.new_aliases]  # still no one else's
    opened_from = None
    with db.transaction():
        if draft.one_off:
            keys.keep_one_off_in(db, draft.one_off)
        if spec.kind == "personal-request" and spec.request_id is not None:
            before = requests.open_by_sharing_in(db, spec.request_id)  # publishing it opens it
            if before is not None:
                opened_from = before.value
                entry["request_status"] = {"from": before.value, "to": "open"}
        sql.insert_package(db, {
            "package_id": draft.package_id,
            "kind": spec.kind,
            "vendor_id": entry["vendor_id"],
            "request_id": entry["request_id"],
            "recipient": draft.recipient,
            "document": json.dumps(document, ensure_ascii=False, sort_keys=True),
            "compact": compact,
            "sha256": digest,
            "issued_at": document["issued"],
            "expires_at": document["expires"],
            "retention_until": retention_until,
        })
        for alias in new_aliases:  # given to this vendor by this package
            leaks.insert_alias(db, alias, package_id=draft.package_id)
        written = ledger.append(db, entry)
    return Shared(draft, compact, digest, encrypted_to, written.seq, opened_from)


# -- what was sent ---------------------------------------------------------------------------------
def sent_packages(db: Database, *, vendor_id: int | None = None) -> list[SentPackage]:
    return [_sent(row) for row in sql.packages(db, vendor_id=vendor_id)]


def sent_package(db: Database, package_id: str) -> SentPackage:
    row = sql.package_by_id(db, package_id)
    if row is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "No package {package_id} was sent from this vault."), package_id=package_id), field="package")
    return _sent(row)


@dataclass(frozen=True)
class RetentionReminder:
    """A package whose retention period ends: time to ask the vendor to delete it."""

    package: SentPackage
    ends: date
    spec: ShareSpec = field(compare=False)  # a ready deletion request for that vendor, about that package


def retention_due(db: Database, *, within_days: int = 14, today: date | None = None) -> list[RetentionReminder]:
    """Packages sent to a vendor whose retention ends within `within_days` (or has ended) and
    about which no deletion request has gone out yet; each with a ready deletion request."""
    today = today or datetime.now(UTC).date()
    out = []
    for row in sql.retention_unasked(db, (today + timedelta(days=within_days)).isoformat()):
        package = _sent(row)
        if package.vendor_id is None or package.retention_until is None:  # (the query selects only rows with both)
            continue
        spec = ShareSpec("deletion-request", vendor_id=package.vendor_id, concerning=(package.package_id,))
        out.append(RetentionReminder(package, date.fromisoformat(package.retention_until), spec))
    return out


def qr_svg(compact: str) -> str | None:
    """The package as a QR code (SVG text), or None when it is too long for one."""
    import io

    import segno

    try:
        code = segno.make(compact, error="l", micro=False, boost_error=False)
    except segno.DataOverflowError:
        return None
    out = io.BytesIO()
    code.save(out, kind="svg", scale=4, border=4)
    return out.getvalue().decode("utf-8")
