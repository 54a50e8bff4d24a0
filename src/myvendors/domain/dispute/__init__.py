"""The dispute pack: one vendor's record in one file, for an ombudsman, a bank's chargeback or a regulator.

`choices` is pure: given how many records of each part the vault holds for the vendor it says which
parts can be ticked and which are ticked at first (the dialog and `dispute` both ask it). `plan`
reads and checks everything the ticks name without writing (a refusal leaves nothing behind);
`make` writes the pack: a ZIP written as FILE.partial and renamed when complete, holding

- `manifest.json`: what the pack is, the vendor, what was ticked, every other member with its
  SHA-256, size and media type, and the ledger entries that recorded when each package was shared
  and each document received (with the ledger's head "seq:hash" when the pack was made);
- `manifest.jws`: a compact JWS (Ed25519, the key and its RFC 7638 thumbprint in the header, as
  packages are signed) over exactly the bytes of manifest.json, signed with the pseudonym she uses
  with that vendor, so the vendor can see it is the key its packages came from;
- `data.json` (the records), the PDF people read, `packages/` (the files she sent, as sent),
  `documents/` (what the vendor sent back, as received), `evidence/` (a leak's message headers),
  `attachments/` (the files she chose, decrypted).

docs/DISPUTE-PACK.md describes the format; docs/verify_dispute_pack.py checks a pack with the
standard library only.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from myvendors.domain import agreements, attachments, reputation, timeline, vendors
from myvendors.domain.exporting.json_export import money_json, to_json
from myvendors.domain.models import Agreement, Attachment, Interaction, Money, Note, Vendor
from myvendors.domain.progress import CancelCheck, Progress, Steps
from myvendors.domain.sharing import answers, files, keys, ledger, packages
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database
from myvendors.storage import dispute as sql

FORMAT = "myvendors-dispute-pack"
DATA_FORMAT = "myvendors-dispute-data"
VERSION = 1
CONTEXT = "DisputePack"  # the PDF's words, in the .ts files (read like letters' "Letter")

#: the parts of a pack that are ticked as a whole, in the order the dialog and the PDF show them
RECORD_PARTS = ("timeline", "agreements", "payments", "notes", "packages", "documents", "leaks")
ATTACHMENTS = "attachments"  # chosen one by one
STATEMENT = "statement"  # her own words
PARTS = (*RECORD_PARTS, ATTACHMENTS, STATEMENT)
PART_TITLES = {
    "timeline": QT_TRANSLATE_NOOP("DisputePack", "Timeline"),
    "agreements": QT_TRANSLATE_NOOP("DisputePack", "Agreements"),
    "payments": QT_TRANSLATE_NOOP("DisputePack", "Payments"),
    "notes": QT_TRANSLATE_NOOP("DisputePack", "My notes about the vendor"),
    "packages": QT_TRANSLATE_NOOP("DisputePack", "Packages I sent, with the terms I shared under"),
    "documents": QT_TRANSLATE_NOOP("DisputePack", "Documents the vendor sent (acknowledgements, offers)"),
    "leaks": QT_TRANSLATE_NOOP("DisputePack", "Aliases and leaks"),
    "attachments": QT_TRANSLATE_NOOP("DisputePack", "Attachments"),
    "statement": QT_TRANSLATE_NOOP("DisputePack", "My statement"),
}
STATEMENT_LIMIT = 20_000  # characters
PAGE = 1000  # records read at a time
MANIFEST = "manifest.json"
SIGNATURE = "manifest.jws"
DATA = "data.json"
REPORT = "dispute-pack.pdf"
SIGNED_MEDIA_TYPE = "application/jose"  # a compact JWS or JWE (RFC 7515/7516)


# -- what can go in ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Part:
    """One tick: a part of the pack, how many records it holds, ticked at first, tickable at all."""

    key: str
    count: int
    default: bool
    available: bool


def choices(counts: Mapping[str, int]) -> tuple[Part, ...]:
    """The ticks, in `PARTS` order. A part with records is ticked at first and one without cannot
    be ticked; attachments are chosen one by one (none at first); her statement can always go."""
    out: list[Part] = []
    for key in RECORD_PARTS:
        n = int(counts.get(key, 0))
        out.append(Part(key, n, n > 0, n > 0))
    n = int(counts.get(ATTACHMENTS, 0))
    out.append(Part(ATTACHMENTS, n, False, n > 0))
    out.append(Part(STATEMENT, 0, False, True))
    return tuple(out)


def parts_from(include: Iterable[str] | None, exclude: Iterable[str] | None, available: Iterable[Part]) -> frozenset[str]:
    """The record parts a command line asks for: `include` names them (default: every part ticked
    at first), `exclude` takes some away. An unknown name is refused."""
    parts = {p.key: p for p in available}
    for name in (*(include or ()), *(exclude or ())):
        if name not in RECORD_PARTS:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "{name!r} is not a part of a dispute pack; the parts are {parts}."
            ), name=name, parts=", ".join(RECORD_PARTS)), field="include")
    chosen = set(include) if include is not None else {k for k, p in parts.items() if p.default and k in RECORD_PARTS}
    return frozenset(chosen - set(exclude or ()))


@dataclass(frozen=True)
class Facts:
    """What the dialog shows before she ticks: the vendor, the ticks and the attachments to choose from."""

    vendor: Vendor
    parts: tuple[Part, ...]
    attachments: tuple[Attachment, ...]


def facts(db: Database, vendor_id: int) -> Facts:
    vendor = _vendor(db, vendor_id)
    return Facts(vendor, choices(sql.counts(db, vendor_id)), tuple(attachments.attachments_of(db, vendor_id)))


def _vendor(db: Database, vendor_id: int) -> Vendor:
    vendor = vendors.get_vendor(db, vendor_id)
    if vendor.deleted_at is not None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{name} is in the trash: restore it before making a dispute pack."
        ), name=vendor.name), field="vendor")
    return vendor


# -- what she asked for, read and checked ---------------------------------------------------------
@dataclass(frozen=True)
class PackSpec:
    vendor_id: int
    parts: frozenset[str]  # of RECORD_PARTS
    attachment_ids: tuple[int, ...] = ()
    statement: str = ""
    language: str = "en"  # the PDF's (letters.LANGUAGES: en, de, fr)


@dataclass(frozen=True)
class SentFile:
    """A package she sent, or a document the vendor sent: the file as it was, and what it said."""

    id: str  # package id or document id
    kind: str
    path: str  # in the pack
    data: bytes
    document: dict[str, Any]  # the signed document (decrypted when it came encrypted; {} when unreadable)
    at: str  # issued (a package) or received (a document), ISO 8601 UTC
    ledger_seq: int | None


@dataclass(frozen=True)
class Leak:
    row: dict[str, Any]
    evidence_path: str | None


@dataclass(frozen=True)
class Plan:
    """Everything a pack holds, read and checked, nothing written yet (the attachments' bytes are
    read while the pack is written)."""

    spec: PackSpec
    vendor: Vendor
    pseudonym: keys.Pseudonym | None  # None until `make` (it may be made on first use)
    timeline: tuple[Interaction, ...]
    payments: tuple[Interaction, ...]
    agreements: tuple[Agreement, ...]
    notes: tuple[Note, ...]
    packages: tuple[SentFile, ...]
    documents: tuple[SentFile, ...]
    aliases: tuple[dict[str, Any], ...]
    leaks: tuple[Leak, ...]
    attachments: tuple[tuple[Attachment, str], ...]  # with its path in the pack
    ledger_entries: tuple[dict[str, Any], ...]
    ledger_head: str | None
    made_at: str

    @property
    def ticked(self) -> list[str]:
        """The parts in the pack, in `PARTS` order."""
        extra = ([ATTACHMENTS] if self.attachments else []) + ([STATEMENT] if self.spec.statement else [])
        return [p for p in PARTS if p in self.spec.parts or p in extra]

    def payment_totals(self) -> list[tuple[Money, int]]:
        """(sum, number of payments) per currency, by currency code."""
        sums: dict[str, tuple[int, int]] = {}
        for item in self.payments:
            if item.amount is not None:
                minor, n = sums.get(item.amount.currency, (0, 0))
                sums[item.amount.currency] = (minor + item.amount.minor, n + 1)
        return [(Money(minor, code), n) for code, (minor, n) in sorted(sums.items())]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _all_interactions(db: Database, vendor_id: int) -> list[Interaction]:
    out: list[Interaction] = []
    while True:
        page = timeline.page(db, vendor_id=vendor_id, after=out[-1] if out else None, limit=PAGE)
        out += page
        if len(page) < PAGE:
            return out[::-1]  # oldest first


def _my_notes(db: Database, vendor_id: int) -> list[Note]:
    out: list[Note] = []
    while True:
        page = reputation.notes(db, vendor_id=vendor_id, mine_only=True, after=out[-1] if out else None, limit=PAGE)
        out += page
        if len(page) < PAGE:
            return out[::-1]


def _package_bytes(row: dict[str, Any]) -> bytes:
    """The package file as sent: the text and a newline (`packages.file_bytes`), or the text alone
    for packages recorded before files were hashed with their newline (the stored hash says which)."""
    compact = str(row["compact"])
    data = packages.file_bytes(compact)
    if hashlib.sha256(data).hexdigest() != row["sha256"] and hashlib.sha256(compact.encode("ascii")).hexdigest() == row["sha256"]:
        return compact.encode("ascii")
    return data


def _extension(compact: str) -> str:
    return files.ENCRYPTED if compact.count(".") == 4 else files.SIGNED


def _seqs(entries: list[dict[str, Any]]) -> tuple[dict[str, int], dict[str, int]]:
    """The ledger seq that shared each package and that recorded each document."""
    shared: dict[str, int] = {}
    received: dict[str, int] = {}
    for row in entries:
        data = json.loads(row["entry"])
        if data.get("type") == "share":
            shared.setdefault(str(data.get("package")), int(row["seq"]))
        else:
            received.setdefault(str(data.get("document")), int(row["seq"]))
    return shared, received


def attachment_path(n: int, attachment: Attachment) -> str:
    """`attachments/03-receipt-march.pdf`: numbered, the name a slug (files.slug), the extension kept
    when it is short and plain."""
    name = PurePosixPath(attachment.filename)
    suffix = name.suffix.lower() if name.suffix[1:].isascii() and name.suffix[1:].isalnum() and len(name.suffix) <= 9 else ""
    stem = files.slug(name.stem if suffix else name.name) or "attachment"
    return f"attachments/{n:02d}-{stem}{suffix}"


def plan(db: Database, spec: PackSpec, *, now: datetime | None = None) -> Plan:
    """Read and check everything the spec names (nothing written)."""
    from myvendors.domain import letters

    unknown = sorted(set(spec.parts) - set(RECORD_PARTS))
    if unknown:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{name!r} is not a part of a dispute pack; the parts are {parts}."
        ), name=unknown[0], parts=", ".join(RECORD_PARTS)), field="include")
    letters.check_language(spec.language)
    if len(spec.statement) > STATEMENT_LIMIT:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "Your statement is {n} characters long; a pack holds at most {limit}."
        ), n=len(spec.statement), limit=STATEMENT_LIMIT), field="statement")
    vendor = _vendor(db, spec.vendor_id)
    chosen: list[tuple[Attachment, str]] = []
    for n, attachment_id in enumerate(dict.fromkeys(spec.attachment_ids), start=1):
        try:
            attachment = attachments.get_attachment(db, attachment_id)
        except InvalidInput:
            attachment = None
        if attachment is None or attachment.vendor_id != vendor.id:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "{name} has no attachment with id {id}."
            ), name=vendor.name, id=attachment_id), field="attachments")
        chosen.append((attachment, attachment_path(n, attachment)))
    parts = spec.parts
    interactions = _all_interactions(db, vendor.id) if parts & {"timeline", "payments"} else []
    paid = sql.payment_ids(db, vendor.id) if interactions else set()
    package_rows = sql.packages_of(db, vendor.id) if "packages" in parts else []
    document_rows = sql.documents_of(db, vendor.id) if "documents" in parts else []
    entries = sql.ledger_entries(db, [str(r["package_id"]) for r in package_rows],
                                 [str(r["document_id"]) for r in document_rows])
    shared, received = _seqs(entries)
    sent: list[SentFile] = []
    for n, row in enumerate(package_rows, start=1):
        document = json.loads(row["document"])
        name = files.default_file_name(document, encrypted=_extension(str(row["compact"])) == files.ENCRYPTED)
        sent.append(SentFile(str(row["package_id"]), str(row["kind"]), f"packages/{n:02d}-{name}", _package_bytes(row),
                             document, str(row["issued_at"]), shared.get(str(row["package_id"]))))
    came: list[SentFile] = []
    for n, row in enumerate(document_rows, start=1):
        compact = str(row["compact"])
        day = files.local_day(str(row["received_at"])).isoformat()
        name = f"{row['kind']}-{files.slug(vendor.name) or 'vendor'}-{day}{_extension(compact)}"
        came.append(SentFile(str(row["document_id"]), str(row["kind"]), f"documents/{n:02d}-{name}",
                             compact.encode("ascii"), answers.stored_document(db, compact), str(row["received_at"]),
                             received.get(str(row["document_id"]))))
    leaks = [Leak(row, f"evidence/leak-{n:02d}-headers.txt" if row["evidence"] is not None else None)
             for n, row in enumerate(sql.leaks_of(db, vendor.id) if "leaks" in parts else [], start=1)]
    return Plan(
        spec=spec,
        vendor=vendor,
        pseudonym=None,
        timeline=tuple(i for i in interactions if i.id not in paid) if "timeline" in parts else (),
        payments=tuple(i for i in interactions if i.id in paid) if "payments" in parts else (),
        agreements=tuple(agreements.agreements_of(db, vendor.id)) if "agreements" in parts else (),
        notes=tuple(_my_notes(db, vendor.id)) if "notes" in parts else (),
        packages=tuple(sent),
        documents=tuple(came),
        aliases=tuple(sql.aliases_of(db, vendor.id)) if "leaks" in parts else (),
        leaks=tuple(leaks),
        attachments=tuple(chosen),
        ledger_entries=tuple(entries),
        ledger_head=db.get_meta(ledger.LEDGER_HEAD),
        made_at=_stamp(now or datetime.now(UTC)),
    )


# -- the records as JSON (data.json; docs/DISPUTE-PACK.md names every key) ----------------------------
def _terms(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [{k: term[k] for k in ("id", "version", "title", "text", "params") if k in term}
            for term in document.get("terms", []) if isinstance(term, dict)]


def data_json(plan: Plan) -> dict[str, Any]:
    parts = plan.spec.parts
    vendor = plan.vendor
    out: dict[str, Any] = {
        "format": DATA_FORMAT,
        "version": VERSION,
        "made_at": plan.made_at,
        "vendor": {k: v for k, v in {"id": vendor.id, "uid": vendor.uid, "name": vendor.name, "website": vendor.website,
                                     "email": vendor.email, "phone": vendor.phone, "address": vendor.address}.items()
                   if v is not None},
    }
    if "timeline" in parts:
        out["timeline"] = to_json(list(plan.timeline))
    if "agreements" in parts:
        out["agreements"] = to_json(list(plan.agreements))
    if "payments" in parts:
        out["payments"] = to_json(list(plan.payments))
        out["payment_totals"] = [{**money_json(total), "payments": n} for total, n in plan.payment_totals()]
    if "notes" in parts:
        out["notes"] = to_json(list(plan.notes))
    if "packages" in parts:
        out["packages"] = [{
            "package_id": p.id, "kind": p.kind, "file": p.path, "issued": p.at,
            "expires": p.document.get("expires"), "recipient": (p.document.get("recipient") or {}).get("name"),
            "pseudonym": (p.document.get("sender") or {}).get("pseudonym"), "terms": _terms(p.document),
            "ledger_seq": p.ledger_seq, "document": p.document,
        } for p in plan.packages]
    if "documents" in parts:
        out["documents"] = [{
            "document_id": d.id, "kind": d.kind, "file": d.path, "received": d.at,
            "issued": d.document.get("issued"), "answers": d.document.get("inReplyTo"),
            "from": (d.document.get("sender") or {}).get("name"), "ledger_seq": d.ledger_seq,
            **({"acknowledgement": d.document["acknowledgement"]} if isinstance(d.document.get("acknowledgement"), dict) else {}),
            **({"offer": d.document["offer"]} if isinstance(d.document.get("offer"), dict) else {}),
        } for d in plan.documents]
    if "leaks" in parts:
        out["aliases"] = [{k: row[k] for k in ("id", "kind", "address", "package_id", "field", "note", "created_at",
                                               "retired_at")} for row in plan.aliases]
        out["leaks"] = [{**{k: leak.row[k] for k in ("id", "alias", "seen_on", "used_by", "subject", "how",
                                                     "channel", "evidence_sha256", "note", "recorded_at", "closed_at")},
                         "evidence_file": leak.evidence_path} for leak in plan.leaks]
    if plan.attachments:
        out["attachments"] = [{"id": a.id, "file": path, "name": a.filename, "media_type": a.media_type,
                               "size": a.size, "sha256": a.sha256, "added_at": a.created_at}
                              for a, path in plan.attachments]
    if plan.spec.statement:
        out["statement"] = plan.spec.statement
    return out


# -- writing the pack ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Member:
    path: str
    sha256: str
    size: int
    media_type: str
    what: str
    ledger_seq: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": self.path, "sha256": self.sha256, "size": self.size,
                               "media_type": self.media_type, "what": self.what}
        if self.ledger_seq is not None:
            out["ledger_seq"] = self.ledger_seq
        return out


def _member(path: str, data: bytes, media_type: str, what: str, ledger_seq: int | None = None) -> Member:
    return Member(path, hashlib.sha256(data).hexdigest(), len(data), media_type, what, ledger_seq)


def manifest_json(plan: Plan, members: list[Member]) -> dict[str, Any]:
    pseudonym = plan.pseudonym.thumbprint if plan.pseudonym is not None else None
    return {
        "format": FORMAT,
        "version": VERSION,
        "made_at": plan.made_at,
        "signed_by": pseudonym,
        "vendor": {"id": plan.vendor.id, "uid": plan.vendor.uid, "name": plan.vendor.name,
                   **({"website": plan.vendor.website} if plan.vendor.website else {})},
        "language": plan.spec.language,
        "included": plan.ticked,
        "members": [m.to_json() for m in members],
        "ledger": {
            "head": plan.ledger_head,
            "entries": [{"seq": int(r["seq"]), "entry": str(r["entry"]), "prev_hash": str(r["prev_hash"]),
                         "hash": str(r["hash"])} for r in plan.ledger_entries],
        },
    }


def _json_bytes(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def sign_manifest(db: Database, pseudonym: keys.Pseudonym, manifest: bytes) -> str:
    """The compact JWS over exactly `manifest`, as packages are signed (`packages.sign`)."""
    from jwcrypto import jws
    from jwcrypto.common import json_encode

    header = {"alg": "Ed25519", "typ": "JOSE", "cty": "json", "kid": pseudonym.thumbprint, "jwk": pseudonym.sig_public}
    token = jws.JWS(manifest)
    token.add_signature(keys.signing_key(db, pseudonym), None, json_encode(header))
    compact: str = token.serialize(compact=True)
    return compact


@dataclass(frozen=True)
class Made:
    path: Path
    pdf_path: Path | None
    members: tuple[Member, ...]
    pseudonym: str
    included: tuple[str, ...]
    size: int


def _zip_info(path: str, made_at: str) -> zipfile.ZipInfo:
    moment = datetime.strptime(made_at, "%Y-%m-%dT%H:%M:%SZ")
    info = zipfile.ZipInfo(path, date_time=moment.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def make(
    db: Database,
    spec: PackSpec,
    out: Path,
    *,
    pdf_out: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Made:
    """Write the pack to `out` (as `out`.partial, renamed when complete) and, when asked, its PDF
    to `pdf_out` too. Everything is read and checked first; the only write to the vault is the
    vendor's pseudonym when she has none yet."""
    from myvendors.domain.dispute import pdf
    from myvendors.fileio import export_file, write_export

    out = Path(out)
    _check_target(out, "out")
    if pdf_out is not None:
        _check_target(Path(pdf_out), "pdf")
    ready = plan(db, spec, now=now)
    steps = Steps(3 + len(ready.attachments) + (1 if pdf_out is not None else 0), progress, cancelled)
    steps.start()
    ready = _with_pseudonym(db, ready)
    small: list[tuple[Member, bytes]] = []
    data = _json_bytes(data_json(ready))
    small.append((_member(DATA, data, "application/json", "data"), data))
    report = pdf.render(ready)
    small.append((_member(REPORT, report, "application/pdf", "report"), report))
    steps.step()
    small += [(_member(p.path, p.data, SIGNED_MEDIA_TYPE, "package", p.ledger_seq), p.data) for p in ready.packages]
    small += [(_member(d.path, d.data, SIGNED_MEDIA_TYPE, "document", d.ledger_seq), d.data) for d in ready.documents]
    for leak in ready.leaks:
        if leak.evidence_path is not None:
            evidence = str(leak.row["evidence"]).encode("utf-8")
            small.append((_member(leak.evidence_path, evidence, "text/plain; charset=utf-8", "evidence"), evidence))
    large = [Member(path, a.sha256, a.size, a.media_type or "application/octet-stream", "attachment")
             for a, path in ready.attachments]
    members = [m for m, _ in small] + large
    manifest = _json_bytes(manifest_json(ready, members))
    if ready.pseudonym is None:  # made by _with_pseudonym
        raise RuntimeError("the pack has no pseudonym to sign with")
    signature = (sign_manifest(db, ready.pseudonym, manifest) + "\n").encode("ascii")
    steps.step()

    def write(sink: Any) -> None:
        with zipfile.ZipFile(sink, "w", allowZip64=True) as archive:
            archive.writestr(_zip_info(MANIFEST, ready.made_at), manifest)
            archive.writestr(_zip_info(SIGNATURE, ready.made_at), signature)
            for member, content in small:
                archive.writestr(_zip_info(member.path, ready.made_at), content)
            steps.step()
            for attachment, path in ready.attachments:
                with archive.open(_zip_info(path, ready.made_at), "w", force_zip64=attachment.size > (1 << 31)) as dest:
                    for chunk in attachments.read_chunks(db, attachment.id):
                        dest.write(chunk)
                        steps.check()
                steps.step()

    with export_file(out) as sink:
        write(sink)
    if pdf_out is not None:
        write_export(Path(pdf_out), (report,))
        steps.step()
    return Made(out, Path(pdf_out) if pdf_out is not None else None, tuple(members), ready.pseudonym.thumbprint,
                tuple(ready.ticked), out.stat().st_size)


def _check_target(path: Path, field_name: str) -> None:
    if path.is_dir() or not path.parent.is_dir():
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{path} cannot be written: it is a folder, or its folder does not exist."
        ), path=str(path)), field=field_name)


def _with_pseudonym(db: Database, ready: Plan) -> Plan:
    from dataclasses import replace

    return replace(ready, pseudonym=keys.pseudonym_for(db, keys.Scope("vendor", ready.vendor.id)))


def member_paths(made: Made) -> Iterator[str]:
    yield MANIFEST
    yield SIGNATURE
    for member in made.members:
        yield member.path


__all__ = [
    "ATTACHMENTS",
    "PARTS",
    "RECORD_PARTS",
    "STATEMENT",
    "Facts",
    "Made",
    "Member",
    "PackSpec",
    "Part",
    "Plan",
    "choices",
    "data_json",
    "facts",
    "make",
    "manifest_json",
    "parts_from",
    "plan",
]
