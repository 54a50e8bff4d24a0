"""Leak canaries: alias add, list, remove, retire, suggest; leak record, list, show, close, request."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from myvendors.cli.cmd_sharing import _share, _write_share
from myvendors.cli.output import Output
from myvendors.domain import leaks
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.leaks import Alias, Leak
from myvendors.errors import InvalidInput
from myvendors.storage import Database

_CHANNEL_WORDS = {"email": "e-mail", "phone": "phone call", "sms": "SMS"}


def alias_json(alias: Alias) -> dict[str, Any]:
    return to_json(alias)  # type: ignore[no-any-return]  # a dataclass is a JSON object


def leak_json(leak: Leak) -> dict[str, Any]:
    return {**to_json(leak), "is_open": leak.is_open}


def alias_line(alias: Alias) -> str:
    given = f"package {alias.package_id}" if alias.package_id else "given by hand"
    leaked = f"  {alias.open_leaks} open leak(s) of {alias.leaks}" if alias.leaks else ""
    retired = f"  retired {alias.retired_at[:10]}" if alias.retired_at else ""
    return f"{alias.id:>6}  {alias.kind:<5}  {alias.address}  ({alias.vendor_name}; {given}){leaked}{retired}"


def leak_line(leak: Leak) -> str:
    state = "open" if leak.is_open else "closed"
    subject = f" “{leak.subject}”" if leak.subject else ""
    return (f"{leak.id:>6}  {leak.seen_on}  {state:<6}  {leak.alias_address} ({leak.vendor_name}) used by "
            f"{leak.used_by or '?'} by {_CHANNEL_WORDS[leak.channel]}{subject}")


def alias_add(db: Database, args: argparse.Namespace) -> Output:
    added = leaks.add_alias(db, args.vendor_id, args.address, kind="phone" if args.phone else "email",
                            note=args.note or "", package_id=args.package)
    return {"alias": alias_json(added)}, f"Added:\n{alias_line(added)}"


def alias_list(db: Database, args: argparse.Namespace) -> Output:
    found = leaks.aliases(db, args.vendor_id)
    data = {"aliases": [alias_json(a) for a in found], "count": len(found)}
    return data, "\n".join(alias_line(a) for a in found) or "No aliases."


def alias_remove(db: Database, args: argparse.Namespace) -> Output:
    removed = leaks.remove_alias(db, args.id)
    return {"alias": alias_json(removed), "removed": True}, f"Removed:\n{alias_line(removed)}"


def alias_retire(db: Database, args: argparse.Namespace) -> Output:
    changed = leaks.retire_alias(db, args.id, back=args.undo)
    return {"alias": alias_json(changed)}, f"{'In use again' if args.undo else 'Retired'}:\n{alias_line(changed)}"


def alias_suggest(db: Database, args: argparse.Namespace) -> Output:
    suggestion = leaks.suggest_for(db, args.vendor_id)
    data = {"vendor_id": args.vendor_id, "suggestion": suggestion}
    if suggestion is None:
        return data, ("No suggestion: the vendor has an e-mail alias already, or neither your profile's e-mail nor "
                      "the alias_domain setting is set.")
    return data, suggestion


def _evidence_text(args: argparse.Namespace) -> str:
    limit = leaks.MAX_HEADERS * 4 + 1  # a whole .eml: its headers are cut from it
    if str(args.evidence) == "-":
        return str(args.stdin.read(limit))
    path = Path(args.evidence)
    try:
        with path.open("rb") as handle:
            return handle.read(limit).decode("utf-8", errors="replace")
    except (IsADirectoryError, FileNotFoundError):
        raise InvalidInput(f"There is no file {args.evidence}.", field="evidence") from None


def leak_record(db: Database, args: argparse.Namespace) -> Output:
    manual = (args.date, args.by, args.channel)
    if args.evidence is not None:
        if any(value is not None for value in manual):
            raise InvalidInput("--evidence reads the date and sender from the headers: leave out --date, --by and "
                               "--channel (they are for a leak recorded by hand).", field="evidence")
        leak = leaks.record_from_headers(db, _evidence_text(args), alias=args.alias, note=args.note or "")
    else:
        if args.alias is None or args.date is None or args.by is None:
            raise InvalidInput("Give the headers with --evidence FILE, or record it by hand: ALIAS, --date and --by.",
                               field="evidence")
        leak = leaks.record_by_hand(db, args.alias, seen_on=args.date, used_by=args.by, channel=args.channel,
                                    note=args.note or "")
    return {"leak": leak_json(leak)}, f"Recorded:\n{leak_line(leak)}"


def leak_list(db: Database, args: argparse.Namespace) -> Output:
    found = leaks.leaks(db, vendor_id=args.vendor, open_only=args.open)
    data = {"leaks": [leak_json(x) for x in found], "count": len(found)}
    return data, "\n".join(leak_line(x) for x in found) or ("No open leaks." if args.open else "No leaks.")


def leak_show(db: Database, args: argparse.Namespace) -> Output:
    leak = leaks.get_leak(db, args.id)
    evidence = leaks.evidence_of(db, args.id)
    lines = [leak_line(leak)]
    if leak.note:
        lines.append(f"Note: {leak.note}")
    if evidence is not None:
        lines += [f"Headers (SHA-256 {leak.evidence_sha256}):", evidence]
    return {"leak": leak_json(leak), "evidence": evidence}, "\n".join(lines)


def leak_close(db: Database, args: argparse.Namespace) -> Output:
    changed = leaks.close(db, args.id, reopen=args.undo)
    return {"leak": leak_json(changed)}, f"{'Open again' if args.undo else 'Closed'}:\n{leak_line(changed)}"


def leak_request(db: Database, args: argparse.Namespace) -> Output:
    prepared = leaks.access_request(db, args.id, args.law, args.language)
    spec = _share("access-request", args, vendor_id=prepared.vendor_id, law=prepared.law,
                  concerning=prepared.concerning, text=prepared.text, language=prepared.language)
    data, human = _write_share(db, args, spec)
    return {**data, "leak_id": args.id}, human
