"""Sharing on your terms (docs/SHARING.md): identity, share …, verify, import FILE, ledger, profile, terms."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from myvendors.cli.output import Output
from myvendors.domain import requests
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.sharing import answers
from myvendors.domain.sharing import keys as share_keys
from myvendors.domain.sharing import ledger as share_ledger
from myvendors.domain.sharing import packages
from myvendors.domain.sharing import render as share_render
from myvendors.domain.sharing import terms as share_terms
from myvendors.domain.sharing.keys import Scope
from myvendors.errors import InvalidInput, VaultDamaged
from myvendors.fileio import write_export
from myvendors.storage import Database


def identity(db: Database, args: argparse.Namespace) -> Output:
    scope: Scope = getattr(args, "for")
    pseudonym = share_keys.rotate(db, scope) if args.rotate else share_keys.pseudonym_for(db, scope)
    data = pseudonym.public_jwks()
    return data, json.dumps(data, indent=2, sort_keys=True)


def _read_jwk_file(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not a JWK (a JSON text file).", field="encrypt_to") from None


def _share(kind: str, args: argparse.Namespace, **spec: Any) -> packages.ShareSpec:
    choices = share_terms.expand(kind, args.terms) if args.terms else None
    alg = {"ed25519": "Ed25519", "eddsa": "EdDSA", None: "Ed25519"}[args.alg]
    return packages.ShareSpec(kind, terms=choices, valid_days=args.valid_days, alg=alg, **spec)


def _write_share(db: Database, args: argparse.Namespace, spec: packages.ShareSpec) -> Output:
    recipient_key = _read_jwk_file(args.encrypt_to)
    shared = packages.share(db, spec, encrypt_to=recipient_key, use_key_on_file=not args.no_key_on_file)
    out = Path(args.out)
    if out.is_dir():  # a folder: the file is named after what it is
        out = out / shared.file_name
    write_export(out, (shared.file_bytes,))  # the bytes whose SHA-256 the ledger records
    written = [str(out)]
    if args.document:
        write_export(args.document, (json.dumps(shared.draft.document, indent=2, ensure_ascii=False).encode("utf-8"),))
        written.append(str(args.document))
    if args.html:
        write_export(args.html, (share_render.to_html(shared.draft.document).encode("utf-8"),))
        written.append(str(args.html))
    if args.qr:
        svg = packages.qr_svg(shared.compact)
        if svg is None:
            raise InvalidInput(
                f"The package is written to {out}, but at {len(shared.compact)} characters it is too long for a QR "
                "code (one holds at most 2953): send the file instead.", field="qr")
        write_export(args.qr, (svg.encode("utf-8"),))
        written.append(str(args.qr))
    data = {
        "package_id": shared.package_id,
        "kind": spec.kind,
        "recipient": shared.draft.recipient,
        "pseudonym": shared.draft.pseudonym.thumbprint,
        "fields": list(shared.draft.fields),
        "terms": [c.term.id for c in shared.draft.chosen],
        "sha256": shared.sha256,
        "encrypted_to": shared.encrypted_to,
        "serialization": "JWE" if shared.encrypted_to else "JWS",
        "ledger_entry": shared.ledger_seq,
        "files": written,
    }
    sealed = f", encrypted to key {shared.encrypted_to}" if shared.encrypted_to else ", signed (not encrypted)"
    human = (f"Wrote {packages.KIND_TITLE.get(spec.kind, spec.kind)} {shared.package_id} for {shared.draft.recipient} to "
             f"{out}{sealed}.\nIt holds: {', '.join(shared.draft.fields)}.\n"
             f"Terms: {', '.join(c.title for c in shared.draft.chosen)}.\nLedger entry {shared.ledger_seq}.")
    if spec.kind == "personal-request" and spec.request_id is not None:  # publishing it opened it
        request = requests.get_request(db, spec.request_id)
        data["request"] = to_json(request)
        data["opened_from"] = shared.opened_from
        human += (f"\nThe request is now open for offers (it was {shared.opened_from})." if shared.opened_from
                  else f"\nThe request stays {request.status.value}.")
    return data, human


def share_request(db: Database, args: argparse.Namespace) -> Output:
    return _write_share(db, args, _share("personal-request", args, request_id=args.id, fields=args.fields or (),
                                         own_pseudonym=args.pseudonym_per_recipient))


def share_vendor(db: Database, args: argparse.Namespace) -> Output:
    return _write_share(db, args, _share("profile", args, vendor_id=args.id, fields=args.fields or ()))


def share_feedback(db: Database, args: argparse.Namespace) -> Output:
    spec = _share("feedback", args, vendor_id=args.id, text=args.text, subject=args.subject or "", idea=args.idea,
                  disclose=args.disclose or ())
    return _write_share(db, args, spec)


def share_reputation(db: Database, args: argparse.Namespace) -> Output:
    return _write_share(db, args, _share("reputation", args, contact=args.contact, note_ids=args.notes or (),
                                         vendor_ids=args.vendors or (), disclose=args.disclose or ()))


def _share_rights(kind: str, db: Database, args: argparse.Namespace) -> Output:
    spec = _share(kind, args, vendor_id=args.id, law=args.law.upper(), text=args.text or "",
                  concerning=args.concerning or (), disclose=args.disclose or ())
    return _write_share(db, args, spec)


def share_deletion(db: Database, args: argparse.Namespace) -> Output:
    return _share_rights("deletion-request", db, args)


def share_access(db: Database, args: argparse.Namespace) -> Output:
    return _share_rights("access-request", db, args)


def _document_text(args: argparse.Namespace) -> str:
    """The document to check: read from FILE (its size checked first) or at most
    answers.MAX_DOCUMENT_BYTES + 1 characters of standard input (more is refused by `answers`)."""
    if str(args.file) == "-":
        return str(args.stdin.read(answers.MAX_DOCUMENT_BYTES + 1))
    try:
        return answers.read_document(Path(args.file))
    except (UnicodeDecodeError, IsADirectoryError):
        raise InvalidInput(f"{args.file} is not a text file holding a document.", field="file") from None
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {args.file}.", field="file") from None


def _inspected_data(seen: answers.Inspected) -> dict[str, Any]:
    return {
        "kind": seen.kind,
        "encrypted": seen.encrypted,
        "signed_by": seen.signer_name,
        "key": seen.signer_thumbprint,
        "key_status": seen.key_status,
        "replaced_keys": list(seen.replaces),
        "answers": seen.answers,
        "alg": seen.header.get("alg"),
        "accepted": seen.document["acknowledgement"]["accepted"] if seen.kind == "acknowledgement" else None,
        "document": seen.document,
    }


def _refusal(seen: answers.Inspected) -> bool:
    """An acknowledgement with `accepted: false`: the vendor refused her terms."""
    return seen.kind == "acknowledgement" and seen.document.get("acknowledgement", {}).get("accepted") is False


def _key_change_advice(exc: answers.DocumentRefused, args: argparse.Namespace) -> answers.DocumentRefused:
    if exc.reason == "key-mismatch" and exc.replaces and not getattr(args, "accept_key_change", False):
        exc.detail = (f"Key on file: {', '.join(exc.replaces)}. Only if you know the vendor changed its key: "
                      f"myvendors import {args.file} --accept-key-change")
    return exc


def _bundle(db: Database, text: str) -> bool:
    """A trusted contact's bundle of notes (cmd_contacts takes it), not a vendor's answer."""
    from myvendors.domain.contacts import bundles

    return bundles.is_contact_bundle(db, text)


def verify(db: Database, args: argparse.Namespace) -> Output:
    text = _document_text(args)
    if _bundle(db, text):
        from myvendors.cli.cmd_contacts import verify_bundle

        return verify_bundle(db, text, args)
    try:
        seen = answers.inspect(db, text)
    except answers.DocumentRefused as exc:
        raise _key_change_advice(exc, args) from None
    data = {"valid": True, **_inspected_data(seen)}
    if seen.kind == "package":
        human = f"A package you sent, signed by your pseudonym {seen.signer_thumbprint}; the signature verifies.\n\n"
        human += share_render.to_text(seen.document)
    else:
        trust = ("signed by the key on file for it" if seen.key_status == "on file"
                 else "signed by a key seen for the first time: importing it puts that key on file (trust on first use)")
        what = "acknowledgement that REFUSES your terms" if _refusal(seen) else seen.kind
        human = (f"A valid {what} from {seen.signer_name}, {trust}.\nIt answers package {seen.answers}"
                 f"{' and was encrypted to you' if seen.encrypted else ''}.\n\n"
                 + json.dumps(seen.document.get(seen.kind, {}), indent=2, ensure_ascii=False))
    return data, human


def import_document(db: Database, args: argparse.Namespace) -> Output:
    text = _document_text(args)
    if _bundle(db, text):
        from myvendors.cli.cmd_contacts import import_bundle

        return import_bundle(db, text, args)
    try:
        done = answers.import_document(db, text, accept_key_change=args.accept_key_change)
    except answers.DocumentRefused as exc:
        raise _key_change_advice(exc, args) from None
    seen = done.inspected
    data = {"imported": True, "offer_id": done.offer_id, "ledger_entry": done.ledger_seq, **_inspected_data(seen)}
    first = " Its key was seen for the first time and is now on file (trust on first use)." \
        if seen.key_status == "first use" else ""
    if seen.key_status == "key change":
        first = (f" Its key is new: as you accepted, it replaces the key on file ({', '.join(seen.replaces)}), "
                 "which the ledger keeps.")
    what = f"offer {done.offer_id} for request {seen.request_id}" if seen.kind == "offer" else \
        f"refusal of the terms of package {seen.answers}" if _refusal(seen) else \
        f"acknowledgement of package {seen.answers}"
    return data, f"Imported the {what} from {seen.signer_name}.{first} Ledger entry {done.ledger_seq}."


def _acknowledged(entry: dict[str, Any]) -> str:
    """An acknowledgement's answer in words: accepted or refused, the terms it names, its note."""
    if "accepted" not in entry:
        return ""
    words = "; ACCEPTED" if entry["accepted"] else "; REFUSED the terms"
    named = [f"{t.get('id')} v{t.get('version')}" for t in entry.get("terms", []) if isinstance(t, dict)]
    if named:
        words += f" ({', '.join(named)})"
    if entry.get("note"):
        words += f"; note: {entry['note']}"
    return words


def ledger(db: Database, args: argparse.Namespace) -> Output:
    entries = share_ledger.entries(db)
    report = share_ledger.verify(db)
    data: dict[str, Any] = {"entries": [{"seq": e.seq, "hash": e.hash, "prev_hash": e.prev_hash, **e.data}
                                        for e in entries]}
    lines = []
    for e in entries:
        d = e.data
        if d.get("type") == "share":
            opened = d.get("request_status")
            lines.append(f"{e.seq:>4}  {d.get('issued', '')}  shared {d.get('kind')} with {d.get('recipient')} "
                         f"({len(d.get('fields', []))} fields; terms {', '.join(t['id'] for t in d.get('terms', []))})"
                         + (f"; the request went from {opened.get('from')} to {opened.get('to')}"
                            if isinstance(opened, dict) else ""))
        else:
            lines.append(f"{e.seq:>4}  {d.get('issued', '')}  {str(d.get('type', '')).replace('-', ' ')} from "
                         f"{d.get('from')} for {d.get('answers')}" + _acknowledged(d))
    human = "\n".join(lines) if lines else "Nothing shared yet."
    if args.verify:
        data["verified"] = report.ok
        data["problems"] = list(report.problems)
        if not report.ok:
            raise VaultDamaged(f"The ledger was altered: {len(report.problems)} problem(s).",
                               detail="\n".join(report.problems))
        human += f"\nThe chain of {report.entries} entries verifies."
    return data, human


def profile(db: Database, args: argparse.Namespace) -> Output:
    if args.set:
        packages.set_profile(db, dict(args.set))
    if args.disclose_to is not None:
        packages.set_disclosures(db, args.disclose_to, list(args.disclose or ()))
    mine = packages.get_profile(db)
    data: dict[str, Any] = {"profile": mine}
    human = "\n".join(f"{k}: {v}" for k, v in mine.items()) or "Your profile is empty."
    if args.disclose_to is not None:
        data["disclosed_to"] = {"vendor_id": args.disclose_to, "fields": packages.disclosures(db, args.disclose_to)}
        human += f"\nDisclosed to vendor {args.disclose_to}: {', '.join(data['disclosed_to']['fields']) or 'nothing'}"
    return data, human


def terms_list(db: Database, args: argparse.Namespace) -> Output:
    lib = share_terms.library()
    items = [{"id": t.id, "version": t.version, "group": t.group, "source": t.source, "title": t.title, "text": t.text,
              "params": [p.name for p in t.params]} for t in lib.terms.values()]
    human = "\n".join(f"{t.id:<24} {t.title}" for t in lib.terms.values())
    plain = {kind: [{"word": c.word, "title": c.title, "explanation": c.explanation,
                     "terms": [{"id": t, **({"params": v} if v else {})} for t, v in c.terms]}
                    for c in share_terms.choices(kind)] for kind in share_terms.KINDS}
    human += "\n\nPlain choices (share … --terms WORD; the first is the default):\n" + "\n".join(
        f"{kind:<17} {c['word']:<24} {c['title']}" for kind, listed in plain.items() for c in listed)
    return {"library": lib.name, "version": lib.version, "terms": items, "choices": plain}, human
