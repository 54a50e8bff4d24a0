"""Trusted contacts (docs/SHARING.md, "Trusted contacts"): contact add, list, edit, remove,
export-key, notes, new-to-me; and a contact's bundle taken by `import FILE` / checked by `verify FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from myvendors.cli.output import Output
from myvendors.domain import contacts
from myvendors.domain.contacts import keyfile, voices
from myvendors.domain.contacts.keyfile import ContactKey
from myvendors.errors import InvalidInput
from myvendors.fileio import write_export
from myvendors.storage import Database

if TYPE_CHECKING:  # the bundles' checks bring jsonschema and jwcrypto: imported where a bundle is read
    from myvendors.domain.contacts import bundles


def contact_json(contact: contacts.Contact) -> dict[str, Any]:
    return {
        "id": contact.id, "name": contact.name, "trust": contact.trust, "trust_title": contact.trust_title,
        "thumbprint": contact.thumbprint, "safety_number": contact.safety_number, "key_source": contact.key_source,
        "added_at": contact.added_at, "notes": contact.notes, "bundles": contact.bundles,
        "last_bundle": contact.last_bundle,
    }


def _contact_line(contact: contacts.Contact) -> str:
    return (f"{contact.id:>4}  {contact.name}  trust {contact.trust} ({contact.trust_title})  "
            f"{contact.notes} note(s) from {contact.bundles} bundle(s)  safety number {contact.safety_number}")


def _read_key(args: argparse.Namespace) -> ContactKey:
    if str(args.key) == "-":
        return keyfile.read_key_text(str(args.stdin.read(keyfile.MAX_KEY_BYTES + 1)), source="text")
    return keyfile.read_key_file(Path(args.key).expanduser())


def contact_add(db: Database, args: argparse.Namespace) -> Output:
    contact = contacts.add_contact(db, args.name, _read_key(args), trust=args.trust or contacts.DEFAULT_TRUST)
    return ({"contact": contact_json(contact)},
            f"Added {contact.name} (trust {contact.trust}, {contact.trust_title}).\n"
            f"Safety number: {contact.safety_number}\nCompare it with {contact.name} by phone or in person.")


def contact_list(db: Database, args: argparse.Namespace) -> Output:
    found = contacts.list_contacts(db)
    return ({"contacts": [contact_json(c) for c in found]},
            "\n".join(_contact_line(c) for c in found) or "No trusted contacts yet.")


def contact_edit(db: Database, args: argparse.Namespace) -> Output:
    contact = contacts.find_contact(db, args.contact)
    if args.key is not None:
        contact = contacts.replace_key(db, contact.id, _read_key(args))
    contact = contacts.edit_contact(db, contact.id, name=args.name, trust=args.trust)
    return {"contact": contact_json(contact)}, f"Now: {_contact_line(contact)}"


def contact_remove(db: Database, args: argparse.Namespace) -> Output:
    contact = contacts.find_contact(db, args.contact)
    contacts.remove_contact(db, contact.id)
    return ({"removed": contact_json(contact)},
            f"Removed {contact.name} with {contact.notes} note(s) from {contact.bundles} bundle(s).")


def contact_export_key(db: Database, args: argparse.Namespace) -> Output:
    from myvendors.domain.sharing import packages

    goes_by = args.goes_by if args.goes_by is not None else packages.get_profile(db).get("name")
    document = keyfile.key_document(db, args.contact, goes_by=goes_by)
    text = keyfile.key_text(document)
    written = []
    if args.out:
        write_export(args.out, (text.encode("utf-8"),))
        written.append(str(args.out))
    if args.qr:
        qr = Path(args.qr)
        if qr.suffix.lower() == ".png":
            write_export(qr, (keyfile.qr_png(text),))
        elif qr.suffix.lower() == ".svg":
            write_export(qr, (keyfile.qr_svg(text).encode("utf-8"),))
        else:
            raise InvalidInput(f"--qr {qr} must end in .svg or .png.", field="qr")
        written.append(str(qr))
    number = keyfile.safety_number(document["thumbprint"])
    data = {"key": document, "safety_number": number, "files": written}
    if written:
        human = (f"Wrote your key for {args.contact} to {', '.join(written)}.\nSafety number: {number}\n"
                 f"Give it to {args.contact}, who adds it with: myvendors contact add NAME --key FILE")
    else:
        human = f"{text.strip()}\nSafety number: {number}"
    return data, human


def _note_json(note: voices.ContactNote) -> dict[str, Any]:
    return {
        "id": note.id, "contact": note.contact_name, "contact_id": note.contact_id, "trust": note.trust,
        "vendor_id": note.vendor_id, "vendor_key": note.vendor_key, "vendor_name": note.vendor_name,
        "website": note.website, "category": note.category, "on": note.on.isoformat(), "text": note.text,
        "ratings": note.ratings, "tags": list(note.tags), "bundle_issued": note.bundle_issued,
    }


def _note_line(note: voices.ContactNote) -> str:
    ratings = ", ".join(f"{d} {v}" for d, v in note.ratings.items())
    where = note.her_vendor_name or f"{note.vendor_name} (new to you)"
    return f"  {note.on}  {where}: {note.text or '—'}" + (f"  [{ratings}]" if ratings else "")


def contact_notes(db: Database, args: argparse.Namespace) -> Output:
    contact = contacts.find_contact(db, args.contact)
    notes = voices.contact_notes(db, contact.id)
    return ({"contact": contact_json(contact), "notes": [_note_json(n) for n in notes]},
            "\n".join([f"{contact.name} ({len(notes)} note(s), newest first):", *(_note_line(n) for n in notes)]))


def contact_new_to_me(db: Database, args: argparse.Namespace) -> Output:
    linked = []
    for key, value in args.link or ():
        if not value.isdigit():
            raise InvalidInput(f"--link {key}={value}: give a vendor id.", field="link")
        linked.append({"vendor_key": key, "vendor_id": int(value), "notes": voices.link_new_to_me(db, key, int(value))})
    found = voices.new_to_me(db)
    data = {"vendors": [{"vendor_key": v.vendor_key, "name": v.name, "website": v.website, "category": v.category,
                         "contacts": list(v.contacts), "notes": v.notes, "latest": v.latest.isoformat()}
                        for v in found], "linked": linked}
    lines = [f"Linked {n['vendor_key']} to your vendor {n['vendor_id']} ({n['notes']} note(s))." for n in linked]
    lines += [f"{v.name}{f' ({v.website})' if v.website else ''}: {v.notes} note(s) from {', '.join(v.contacts)}, "
              f"newest {v.latest}" for v in found]
    return data, "\n".join(lines) or "Your contacts wrote about no vendor you do not have."


def contacts_standing_json(standing: voices.ContactsStanding) -> dict[str, Any]:
    """The contacts' standing as `vendor show --json` gives it (rounded to 2 places, as hers)."""
    return {
        "contacts": standing.contacts,
        "notes": standing.notes,
        "overall": None if standing.overall is None else round(float(standing.overall), 2),
        "dimensions": {name: {"mean": round(float(mean), 2), "ratings": n}
                       for name, (mean, n) in standing.per_dimension.items()},
    }


def contacts_standing_text(standing: voices.ContactsStanding) -> str:
    if standing.overall is None:
        return f"Trusted contacts ({standing.contacts}): no ratings ({standing.notes} note(s))"
    dimensions = ", ".join(f"{name} {float(mean):.1f} ({n})" for name, (mean, n) in standing.per_dimension.items())
    return (f"Trusted contacts ({standing.contacts}): {float(standing.overall):.1f}/5 from {standing.notes} note(s), "
            f"weighted by trust and age: {dimensions}")


# -- bundles -------------------------------------------------------------------------------------------
def _decisions(args: argparse.Namespace) -> dict[str, int | None]:
    chosen: dict[str, int | None] = {}
    for key, value in getattr(args, "match", None) or ():
        if value.lower() == "new":
            chosen[key] = None
        elif value.isdigit():
            chosen[key] = int(value)
        else:
            raise InvalidInput(f"--match {key}={value}: give a vendor id or 'new'.", field="match")
    return chosen


def _review_detail(plan: bundles.BundlePlan) -> str:
    lines = []
    for vendor in plan.to_review:
        options = ", ".join(f"{c.vendor_id} {c.name}" + (f" ({c.website})" if c.website else "") for c in vendor.candidates)
        lines.append(f"  {vendor.key}: {vendor.name} — {vendor.reason} Yours: {options}")
    first = plan.to_review[0]
    lines.append("Decide with --match KEY=VENDOR_ID (or KEY=new), or --new-to-me for all of them: "
                 f"myvendors import FILE --match {first.key}={first.vendor_id}")
    return "\n".join(lines)


def _plan_json(plan: bundles.BundlePlan) -> dict[str, Any]:
    return {
        "kind": "bundle",
        "document_id": plan.document_id,
        "issued": plan.issued,
        "from": plan.contact_name,
        "new_contact": plan.new_contact is not None,
        "key_change": plan.key_change,
        "key": plan.key.thumbprint,
        "safety_number": plan.key.safety_number,
        "claimed_name": plan.claimed_name,
        "vendors": [{
            "key": v.key, "name": v.name, "website": v.website, "category": v.category, "notes": len(v.notes),
            "status": v.status, "vendor_id": v.vendor_id, "reason": v.reason, "kept_newer": v.kept_newer,
            "candidates": [{"vendor_id": c.vendor_id, "name": c.name, "website": c.website, "why": c.why}
                           for c in v.candidates],
        } for v in plan.vendors],
    }


def _plan_text(plan: bundles.BundlePlan) -> list[str]:
    from myvendors.domain.contacts import bundles

    lines = []
    for v in plan.vendors:
        where = {bundles.MATCHED: f"your vendor {v.vendor_id}", bundles.NEW: "new to you",
                 bundles.REVIEW: f"to decide: {v.reason}"}[v.status]
        kept = "; newer notes from them are kept" if v.kept_newer else ""
        lines.append(f"  {v.name} ({v.key}): {len(v.notes)} note(s), {where}{kept}")
    return lines


def _read(db: Database, text: str, args: argparse.Namespace) -> bundles.BundlePlan:
    from myvendors.domain.contacts import bundles

    return bundles.read_bundle(db, text, as_contact=getattr(args, "as_contact", None),
                               replace_key=bool(getattr(args, "replace_key", False)),
                               trust=getattr(args, "trust", None) or contacts.DEFAULT_TRUST)


def verify_bundle(db: Database, text: str, args: argparse.Namespace) -> Output:
    plan = _read(db, text, args)
    data = {"valid": True, **_plan_json(plan)}
    who = (f"a new contact {plan.new_contact}" if plan.new_contact else
           f"{plan.contact_name} (their new key)" if plan.key_change else plan.contact_name)
    return data, "\n".join([f"A valid bundle of {plan.notes} note(s) from {who}, issued {plan.issued}; "
                            f"safety number {plan.key.safety_number}.", *_plan_text(plan)])


def import_bundle(db: Database, text: str, args: argparse.Namespace) -> Output:
    from myvendors.domain.contacts import bundles

    plan = _read(db, text, args)
    chosen = _decisions(args)
    if args.new_to_me:
        for vendor in plan.to_review:
            chosen.setdefault(vendor.key, None)
    if any(v.key not in chosen for v in plan.to_review):
        undecided = [v for v in plan.to_review if v.key not in chosen]
        raise InvalidInput(
            f"Decide which of your vendors {len(undecided)} of the bundle's vendors are, or that they are new to you; "
            "nothing was imported.",
            field="match", detail=_review_detail(plan).replace("FILE", str(args.file)))
    done = bundles.apply_bundle(db, plan, chosen)
    data = {
        "imported": True, **_plan_json(plan), "contact": contact_json(done.contact), "bundle_id": done.bundle_id,
        "notes_added": done.notes_added, "notes_replaced": done.notes_replaced,
        "matched": [{"key": k, "vendor_id": i} for k, i in done.matched], "new_to_me": list(done.new_to_me),
        "kept_newer": list(done.kept_newer), "added_contact": done.added_contact, "key_changed": done.key_changed,
    }
    lines = [f"Imported {done.notes_added} note(s) from {done.contact.name}"
             + (f", replacing {done.notes_replaced} older one(s)" if done.notes_replaced else "") + "."]
    if done.added_contact:
        lines.append(f"{done.contact.name} is a new contact (trust {done.contact.trust}); safety number "
                     f"{done.contact.safety_number}.")
    if done.key_changed:
        lines.append(f"{done.contact.name}'s key is replaced; new safety number {done.contact.safety_number}.")
    if done.matched:
        lines.append(f"On your vendors: {', '.join(f'{k} → {i}' for k, i in done.matched)}.")
    if done.new_to_me:
        lines.append(f"New to you: {', '.join(done.new_to_me)} (myvendors contact new-to-me).")
    if done.kept_newer:
        lines.append(f"Kept the newer notes you have from them on: {', '.join(done.kept_newer)} (this bundle is older).")
    return data, "\n".join(lines)
