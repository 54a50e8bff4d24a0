"""The command-line companion for scripting and headless use: the vault commands, and the
commands over what the vault holds (vendors, agreements, timeline, notes, requests, offers,
search, import, export; docs/CLI.md), the latter declared as data in `RECORD_COMMANDS`.

Secrets are never arguments. With ``--passphrase-stdin`` they are read from standard input,
one per line (``passwd``: current then new; ``recover``: recovery key then new passphrase);
otherwise the program asks without echo. ``--json`` prints one JSON object on stdout.

Exit codes (a contract with users' scripts): 0 done, 2 usage, 3 wrong passphrase or recovery
key, 4 invalid input, 5 vault damaged or not a vault, 6 vault in use, platform lacking
something, or the system refused (disk full, permissions), 1 an unexpected error (a bug).
"""

from __future__ import annotations

import argparse
import enum
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, NoReturn, TextIO

from myvendors import __version__, paths
from myvendors.domain import (
    agreements,
    attachments,
    importing,
    reputation,
    requests,
    search,
    timeline,
    vendors,
)
from myvendors.domain.exporters import ics, json_export
from myvendors.domain.exporters.json_export import to_json
from myvendors.domain.importers import csv_vendors
from myvendors.domain.sharing import inbound
from myvendors.domain.sharing import keys as share_keys
from myvendors.domain.sharing import ledger as share_ledger
from myvendors.domain.sharing import packages as P
from myvendors.domain.sharing import render as share_render
from myvendors.domain.sharing import terms as share_terms
from myvendors.domain.sharing.keys import Scope
from myvendors.domain.models import (
    RATING_DIMENSIONS,
    Agreement,
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    Interaction,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    Offer,
    OfferDraft,
    Request,
    RequestDraft,
    RequestStatus,
    Standing,
    Vendor,
    VendorDraft,
    VendorStatus,
)
from myvendors.errors import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    InvalidInput,
    MyVendorsError,
    VaultDamaged,
)
from myvendors.fileio import atomic_write
from myvendors.storage import Database
from myvendors.vault import (
    Vault,
    list_backups,
    passphrase_unlocker,
    preflight,
    recovery_unlocker,
    restore,
)
from myvendors.vault.envelope import KdfParams
from myvendors.vault.process import harden_process
from myvendors.vault.recovery_kit import write_recovery_kit
from myvendors.vault.vault import DEFAULT_BACKUPS_KEPT, DEFAULT_KDF_SECONDS

_VAULT_COMMANDS = ("init", "check", "passwd", "recover", "backup", "backups", "restore")


class UsageError(Exception):
    """Wrong use of the command line: exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


@dataclass
class Io:
    """Where a command reads secrets and writes results; swapped in tests."""

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    prompt: Callable[[str], str] = getpass.getpass


class Secrets:
    """Reads the secrets a command needs, from stdin lines or from no-echo prompts."""

    def __init__(self, args: argparse.Namespace, io: Io) -> None:
        self._from_stdin = bool(getattr(args, "passphrase_stdin", False))
        self._io = io

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self._from_stdin:
            line = self._io.stdin.readline()
            if not line:
                raise UsageError(f"standard input ended before the {prompt.rstrip(': ').lower()} was given")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty() and self._io.prompt is getpass.getpass:
            raise UsageError("there is no terminal to ask for secrets; pass --passphrase-stdin and pipe them in")
        first = self._io.prompt(prompt)
        if confirm and self._io.prompt("Again, to confirm: ") != first:
            raise InvalidInput("The two passphrases differ; nothing was changed.", field="passphrase")
        return first


def _emit(io: Io, args: argparse.Namespace, data: dict[str, Any], human: str) -> None:
    if getattr(args, "json", False):
        io.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
    elif human:
        io.stdout.write(human.rstrip("\n") + "\n")


def _kdf(args: argparse.Namespace) -> tuple[KdfParams | None, float]:
    seconds = args.kdf_seconds
    if seconds < 0 or seconds > 30:
        raise UsageError("--kdf-seconds must be between 0 and 30")
    return (KdfParams.floor() if seconds == 0 else None), seconds


def _vault_path(args: argparse.Namespace) -> Path:
    return Path(args.path).expanduser() if args.path else paths.default_vault_path()


def _existing_vault(args: argparse.Namespace) -> Path:
    """The vault path, checked (missing, empty, truncated, foreign) before any secret is asked."""
    path = _vault_path(args)
    preflight(path)
    return path


# -- commands ------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, io: Io) -> int:
    path = _vault_path(args)
    kit = Path(args.recovery_kit).expanduser() if args.recovery_kit else None
    if kit is not None:
        if kit.exists():
            raise InvalidInput(f"The recovery kit file {kit} already exists; choose a new name.", field="recovery-kit")
        if not kit.parent.is_dir() or not os.access(kit.parent, os.W_OK):
            raise InvalidInput(f"The folder for the recovery kit, {kit.parent}, does not exist or cannot be written.",
                               field="recovery-kit")
    passphrase = Secrets(args, io).read("New passphrase: ", confirm=True)
    kdf, seconds = _kdf(args)
    vault, recovery_key = Vault.create(path, passphrase, kdf=kdf, kdf_seconds=seconds)
    kit_error = None
    try:
        vault_id = vault.vault_id
        if kit is not None:
            try:
                write_recovery_kit(kit, path, recovery_key)
            except OSError as exc:  # the vault exists now: the key must still reach the user
                kit_error, kit = f"The recovery kit could not be written ({exc.strerror}); copy the key above.", None
    finally:
        vault.close()
    human = (
        f"Created the vault {path}\n\n"
        "Your recovery key (shown this once; it opens the vault if you forget the passphrase):\n\n"
        f"    {recovery_key}\n\n"
        "Write it down or print it and keep it away from this computer."
        + (f"\nA recovery kit was written to {kit}." if kit else "")
        + (f"\n{kit_error}" if kit_error else "")
    )
    _emit(
        io,
        args,
        {
            "vault": str(path),
            "envelope": str(paths.envelope_path(path)),
            "vault_id": vault_id,
            "recovery_key": recovery_key,
            "recovery_kit": str(kit) if kit else None,
            "recovery_kit_error": kit_error,
        },
        human,
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace, io: Io) -> int:
    path = _existing_vault(args)
    passphrase = Secrets(args, io).read("Passphrase: ")
    with Vault.unlock(path, passphrase, migrate=False) as vault:
        result = vault.check()
        latest = vault.db.latest_version()
        good_backup = None if result.ok else vault.newest_good_backup()
    data: dict[str, Any] = {
        "ok": result.ok,
        "vault": str(path),
        "vault_id": result.vault_id,
        "schema_version": result.schema_version,
        "latest_schema_version": latest,
        "slots": list(result.slots),
        "cipher_problems": list(result.integrity.cipher_problems),
        "structure_problems": list(result.integrity.structure_problems),
        "ledger_problems": list(result.ledger_problems),
    }
    if not result.ok:
        data["newest_good_backup"] = good_backup
        what = "is damaged" if not result.integrity.ok else "has a ledger of shares that was altered"
        damage = VaultDamaged(
            f"The vault {path} {what}: {len(result.problems())} problem(s) found. Nothing was changed or repaired.",
            detail="\n".join(result.problems()[:20]),
            backup=good_backup,
        )
        io.stderr.write(f"myvendors check: {damage.text()}\n")
        _emit(io, args, data, "")
        return damage.exit_code
    note = "" if result.schema_version == latest else f" (schema {result.schema_version}; opening it will upgrade to {latest})"
    _emit(io, args, data, f"{path}: OK — every page checks out{note}.")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, io: Io) -> int:
    path = _existing_vault(args)
    secrets_in = Secrets(args, io)
    current = secrets_in.read("Current passphrase: ")
    with Vault.unlock(path, current) as vault:
        new = secrets_in.read("New passphrase: ", confirm=True)
        kdf, seconds = _kdf(args)
        vault.change_passphrase(current, new, kdf=kdf, kdf_seconds=seconds)
    _emit(io, args, {"vault": str(path), "changed": True}, f"The passphrase of {path} was changed.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace, io: Io) -> int:
    path = _existing_vault(args)
    secrets_in = Secrets(args, io)
    key = secrets_in.read("Recovery key: ")
    with Vault.unlock_with_recovery(path, key) as vault:
        new = secrets_in.read("New passphrase: ", confirm=True)
        kdf, seconds = _kdf(args)
        vault.reset_passphrase(new, kdf=kdf, kdf_seconds=seconds)
    _emit(
        io,
        args,
        {"vault": str(path), "changed": True},
        f"The vault {path} has a new passphrase. The recovery key still works; keep it safe.",
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, io: Io) -> int:
    path = _existing_vault(args)
    if args.keep < 1:
        raise UsageError("--keep must be at least 1")
    passphrase = Secrets(args, io).read("Passphrase: ")
    with Vault.unlock(path, passphrase) as vault:
        backup = vault.backup(keep=args.keep, to=Path(args.to).expanduser() if args.to else None)
    _emit(
        io,
        args,
        {"vault": str(path), "backup": str(backup.folder), "created": backup.created.isoformat()},
        f"Backed up {path} to {backup.folder}",
    )
    return EXIT_OK


def cmd_backups(args: argparse.Namespace, io: Io) -> int:
    path = _vault_path(args)
    found = list_backups(path, folder=Path(args.to).expanduser() if args.to else None)
    rows = [{"backup": str(b.folder), "created": b.created.isoformat(), "reason": b.reason} for b in found]
    human = "\n".join(f"{b.created:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<22} {b.folder}" for b in found)
    _emit(io, args, {"vault": str(path), "backups": rows}, human or f"No backups of {path} yet.")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, io: Io) -> int:
    target = Path(args.path).expanduser()
    secret = Secrets(args, io).read("Recovery key: " if args.recovery_key else "Passphrase: ")
    unlocker = recovery_unlocker(secret) if args.recovery_key else passphrase_unlocker(secret)
    replaced = restore(Path(args.backup).expanduser(), target, unlocker, allow_backup_secrets=args.use_backup_secrets)
    moved = f"\nThe files it replaced were kept in {replaced.folder}" if replaced else ""
    _emit(
        io,
        args,
        {"vault": str(target), "restored_from": str(Path(args.backup)), "replaced_kept_in": str(replaced.folder) if replaced else None},
        f"Restored {target} from {args.backup}{moved}",
    )
    return EXIT_OK


# -- relationship commands: declared as data, run by one function -------------------------
@dataclass(frozen=True)
class Conv:
    """How an argument's text becomes a value; `expects` completes "--flag 'x' is not …"."""

    parse: Callable[[str], Any]
    expects: str


@dataclass(frozen=True)
class Opt:
    """One argument of a relationship command: `--flag` (or a positional name), help, parsing.

    Values are parsed after argparse (not by its `type=`), so a bad value is invalid input
    (exit 4) naming the flag, while a missing or unknown flag stays a usage error (exit 2).
    """

    name: str
    help: str
    convert: Conv | None = None
    metavar: str | None = None
    required: bool = False
    many: bool = False  # may be given again; the values are collected in a list
    switch: bool = False  # takes no value
    default: Any = None

    @property
    def dest(self) -> str:
        return self.name.lstrip("-").replace("-", "_")

    @property
    def label(self) -> str:
        return self.name if self.name.startswith("--") else self.name.upper()

    def add_to(self, parser: argparse.ArgumentParser | argparse._MutuallyExclusiveGroup) -> None:
        if not self.name.startswith("--"):
            parser.add_argument(self.dest, metavar=self.label, help=self.help)
        elif self.switch:
            parser.add_argument(self.name, action="store_true", help=self.help)
        else:
            parser.add_argument(
                self.name, help=self.help, metavar=self.metavar or self.dest.split("_")[-1].upper(),
                action="append" if self.many else "store", default=self.default, required=self.required,
            )

    def parse(self, args: argparse.Namespace) -> None:
        """Replace the text in `args` by its parsed value (InvalidInput naming the flag if bad)."""
        raw = getattr(args, self.dest)
        if self.convert is None or raw is None or isinstance(raw, bool):
            return
        value = [self._parse_one(item) for item in raw] if self.many else self._parse_one(raw)
        setattr(args, self.dest, value)

    def _parse_one(self, text: str) -> Any:
        assert self.convert is not None
        try:
            return self.convert.parse(text)
        except (ValueError, OverflowError):
            raise InvalidInput(f"{self.label} {text!r} is not {self.convert.expects}.", field=self.dest) from None


Output = tuple[dict[str, Any], str]  # (the --json object, the text for a person)
Action = Callable[[Database, argparse.Namespace], Output]


@dataclass(frozen=True)
class RecordCommand:
    """A command over the vault's records: `words` ("vendor", "add"), arguments, and its action."""

    words: tuple[str, ...]
    help: str
    action: Action
    options: tuple[Opt, ...] = ()
    #: names of options of which exactly one must be given
    one_of: tuple[str, ...] = ()


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(text: str) -> date:
    if not _DATE.fullmatch(text.strip()):
        raise ValueError(text)
    return date.fromisoformat(text.strip())


def _instant(text: str) -> datetime:
    """A date (noon local time, so it stays that day in any time zone) or a date and time
    (local time unless it names its offset)."""
    clean = text.strip()
    moment = datetime.combine(_iso_date(clean), time(12)) if _DATE.fullmatch(clean) else datetime.fromisoformat(clean)
    return moment if moment.tzinfo else moment.astimezone()


def _whole(low: int, high: int, expects: str | None = None) -> Conv:
    def parse(text: str) -> int:
        value = int(text.strip())
        if not low <= value <= high:
            raise ValueError(text)
        return value

    return Conv(parse, expects or f"a whole number from {low} to {high}")


def _choice(values: Sequence[str]) -> Conv:
    def parse(text: str) -> str:
        if text.strip().lower() not in values:
            raise ValueError(text)
        return text.strip().lower()

    return Conv(parse, f"one of {', '.join(values)}")


def _enum(kind: type[enum.StrEnum]) -> Conv:
    choice = _choice([member.value for member in kind])
    return Conv(lambda text: kind(choice.parse(text)), choice.expects)


def _mapping(text: str) -> tuple[str, str]:
    field_name, equals, column = text.partition("=")
    if not equals or not field_name.strip():
        raise ValueError(text)
    return field_name.strip().lower(), column.strip()


def _existing_file(text: str) -> Path:
    path = Path(text).expanduser()
    if not path.is_file():
        raise ValueError(text)
    return path


def _new_file(text: str) -> Path:
    path = Path(text).expanduser()
    if path.is_dir() or not path.parent.is_dir():
        raise ValueError(text)
    return path


DATE = Conv(_iso_date, "a date (YYYY-MM-DD)")
INSTANT = Conv(_instant, "a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM[:SS][+HH:MM])")
ID = _whole(1, 2**63 - 1, "an id (a whole number from 1)")
LIMIT = _whole(1, 10_000)
RATING = _whole(1, 5)


def _id_opt(name: str, what: str, *, required: bool = True) -> Opt:
    return Opt(name, f"id of the {what}", ID, metavar="ID", required=required)


def _money_opts(*amounts: tuple[str, str]) -> tuple[Opt, ...]:
    return (
        *(Opt(flag, help_text) for flag, help_text in amounts),
        Opt("--currency", "ISO 4217 code of the amount(s), e.g. EUR", metavar="CODE"),
    )


def _money(args: argparse.Namespace, dest: str) -> Money | None:
    amount = getattr(args, dest)
    if amount is None:
        return None
    if args.currency is None:
        raise InvalidInput(f"--{dest.replace('_', '-')} needs --currency (e.g. EUR).", field="currency")
    return Money.parse(amount, args.currency, field_name=dest)


def _given(args: argparse.Namespace, *dests: str) -> dict[str, Any]:
    return {dest: getattr(args, dest) for dest in dests if getattr(args, dest) is not None}


# ---- vendors
def _vendor_options(*, adding: bool) -> tuple[Opt, ...]:
    return (
        Opt("--name", "the vendor's name", required=adding),
        Opt("--website", "web address (https:// is added when missing)", metavar="URL"),
        Opt("--category", "what kind of vendor (free text)", metavar="C"),
        Opt("--email", "e-mail address", metavar="E"),
        Opt("--phone", "phone number", metavar="P"),
        Opt("--address", "postal address", metavar="A"),
        Opt("--notes", "free notes", metavar="N"),
        Opt("--tag", "a tag (repeat for more)" + ("" if adding else "; replaces all tags, --tag '' clears them"),
            metavar="T", many=True),
        Opt("--status", "active, former or blocked", _enum(VendorStatus), metavar="S"),
    )


_VENDOR_FIELDS = ("name", "website", "category", "email", "phone", "address", "notes", "status")


def _vendor_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes = _given(args, *_VENDOR_FIELDS)
    if args.tag is not None:
        changes["tags"] = tuple(args.tag)
    return changes


def _vendor_line(vendor: Vendor) -> str:
    extras = [
        f"[{vendor.status.value}]" if vendor.status is not VendorStatus.ACTIVE else "",
        "[in the trash]" if vendor.deleted_at else "",
        vendor.website or "",
        " ".join(f"#{tag}" for tag in vendor.tags),
    ]
    return "  ".join([f"{vendor.id:>6}", vendor.name, *(extra for extra in extras if extra)])


def _one_vendor(vendor: Vendor, done: str) -> Output:
    return {"vendor": to_json(vendor)}, f"{done}:\n{_vendor_line(vendor)}"


def _vendor_add(db: Database, args: argparse.Namespace) -> Output:
    return _one_vendor(vendors.create_vendor(db, VendorDraft(**_vendor_changes(args))), "Added")


def _vendor_edit(db: Database, args: argparse.Namespace) -> Output:
    changes = _vendor_changes(args)
    if not changes:
        raise UsageError("nothing to change: give at least one of --name, --website, … (see --help)")
    return _one_vendor(vendors.update_vendor(db, args.id, **changes), "Changed")


def _vendor_delete(db: Database, args: argparse.Namespace) -> Output:
    data, human = _one_vendor(vendors.delete_vendor(db, args.id), "Moved to the trash")
    return data, f"{human}\n`myvendors vendor restore {args.id}` brings it back."


def _vendor_restore(db: Database, args: argparse.Namespace) -> Output:
    return _one_vendor(vendors.restore_vendor(db, args.id), "Restored")


def _listing(key: str, records: Sequence[Any], lines: Iterable[str], nothing: str) -> Output:
    return {key: [to_json(record) for record in records], "count": len(records)}, "\n".join(lines) or nothing


def _vendor_list(db: Database, args: argparse.Namespace) -> Output:
    found = vendors.page_vendors(db, limit=args.limit, status=args.status, tag=args.tag, trashed=args.trashed)
    return _listing("vendors", found, map(_vendor_line, found), "No vendors.")


def _standing_json(standing: Standing) -> dict[str, Any]:
    return {
        "overall": None if standing.overall is None else round(standing.overall, 2),
        "notes": standing.notes,
        "dimensions": {
            name: {"mean": round(mean, 2), "ratings": n} for name, (mean, n) in standing.per_dimension.items()
        },
    }


def _standing_text(standing: Standing) -> str:
    if standing.overall is None:
        return f"Standing: no ratings ({standing.notes} note(s))"
    dimensions = ", ".join(f"{name} {mean:.1f} ({n})" for name, (mean, n) in standing.per_dimension.items())
    return f"Standing: {standing.overall:.1f}/5 from {standing.notes} note(s): {dimensions}"


SHOWN_RECENT = 10


def _vendor_show(db: Database, args: argparse.Namespace) -> Output:
    vendor = vendors.get_vendor(db, args.id)
    its_agreements = agreements.agreements_of(db, vendor.id)
    its_standing = reputation.standing(db, vendor.id)
    recent = timeline.page(db, vendor_id=vendor.id, limit=SHOWN_RECENT)
    files = attachments.attachments_of(db, vendor.id)
    data = {
        "vendor": to_json(vendor),
        "agreements": to_json(its_agreements),
        "standing": _standing_json(its_standing),
        "timeline": to_json(recent),
        "timeline_count": timeline.count(db, vendor.id),
        "attachments": to_json(files),
    }
    fields_text = [f"  {name}: {value}" for name in ("website", "category", "email", "phone", "address")
                   if (value := getattr(vendor, name))]
    human = [_vendor_line(vendor), *fields_text, *([f"  notes: {vendor.notes}"] if vendor.notes else []),
             _standing_text(its_standing), f"Agreements ({len(its_agreements)}):",
             *(f"  {_agreement_line(a)}" for a in its_agreements),
             f"Timeline ({data['timeline_count']}, newest first):", *(f"  {_interaction_line(i)}" for i in recent),
             *([f"Attachments ({len(files)}):"] if files else []),
             *(f"  {f.id:>6}  {f.filename}  {f.size} bytes" for f in files)]
    return data, "\n".join(human)


# ---- agreements
def _agreement_line(agreement: Agreement, vendor_name: str | None = None) -> str:
    parts = [
        f"{agreement.id:>6}  {agreement.kind.value:<12} {agreement.title}",
        f"({vendor_name})" if vendor_name else "",
        f"{agreement.price} {agreement.period.value}" if agreement.price else "",
        f"renews {agreement.renewal}" if agreement.renewal else "",
        f"cancel by {agreement.cancel_by}" if agreement.cancel_by else "",
    ]
    return "  ".join(part for part in parts if part)


def _agreement_add(db: Database, args: argparse.Namespace) -> Output:
    draft = AgreementDraft(
        vendor_id=args.vendor, kind=args.kind, title=args.title, price=_money(args, "price"),
        period=args.period or BillingPeriod.NONE,
        **_given(args, "start", "end", "renewal", "cancel_by", "notice_days", "notes"),
    )
    agreement = agreements.add_agreement(db, draft)
    return {"agreement": to_json(agreement)}, f"Added:\n{_agreement_line(agreement)}"


def _agreement_list(db: Database, args: argparse.Namespace) -> Output:
    if args.vendor is not None:
        name = vendors.get_vendor(db, args.vendor).name
        found = [(agreement, name) for agreement in agreements.agreements_of(db, args.vendor)]
    else:
        found = agreements.all_agreements(db)
    data = {"agreements": [{**to_json(a), "vendor_name": name} for a, name in found], "count": len(found)}
    return data, "\n".join(_agreement_line(a, name) for a, name in found) or "No agreements."


def _due(db: Database, args: argparse.Namespace) -> Output:
    found = agreements.due_soon(db, args.days)
    lines = (f"{d.on}  {'cancel by' if d.what == 'cancel-by' else 'renews':<9}  {d.vendor_name} — {d.agreement.title}"
             for d in found)
    data, human = _listing("due", found, lines, f"Nothing renews or must be cancelled in the next {args.days} days.")
    return {**data, "days": args.days}, human


# ---- timeline
def _interaction_line(interaction: Interaction, vendor_name: str | None = None) -> str:
    parts = [
        f"{interaction.id:>6}  {interaction.at.astimezone():%Y-%m-%d %H:%M}  {interaction.kind.value}",
        vendor_name or "",
        str(interaction.amount) if interaction.amount else "",
        f"via {interaction.channel}" if interaction.channel else "",
        interaction.note,
    ]
    return "  ".join(part for part in parts if part)


def _interaction_add(db: Database, args: argparse.Namespace) -> Output:
    draft = InteractionDraft(
        vendor_id=args.vendor, kind=args.kind, at=args.at or datetime.now(UTC), amount=_money(args, "amount"),
        channel=args.channel, note=args.note or "",
    )
    interaction = timeline.record(db, draft)
    return {"interaction": to_json(interaction)}, f"Recorded:\n{_interaction_line(interaction)}"


def _timeline(db: Database, args: argparse.Namespace) -> Output:
    if args.vendor is not None:
        vendors.get_vendor(db, args.vendor)  # a missing vendor is an error, not an empty timeline
    found = timeline.page(db, vendor_id=args.vendor, limit=args.limit)
    names = {vendor_id: vendors.get_vendor(db, vendor_id).name for vendor_id in {i.vendor_id for i in found}}
    lines = (_interaction_line(i, None if args.vendor else names[i.vendor_id]) for i in found)
    return _listing("interactions", found, lines, "Nothing on the timeline yet.")


# ---- reputation notes
def _note_add(db: Database, args: argparse.Namespace) -> Output:
    draft = NoteDraft(
        vendor_id=args.vendor, on=args.on or date.today(), text=args.text or "",
        ratings=_given(args, *RATING_DIMENSIONS), tags=tuple(args.tag or ()),
    )
    note = reputation.add_note(db, draft)
    standing = reputation.standing(db, note.vendor_id)
    return ({"note": to_json(note), "standing": _standing_json(standing)},
            f"Noted ({note.on}) for vendor {note.vendor_id}.\n{_standing_text(standing)}")


# ---- requests and offers
def _request_line(request: Request) -> str:
    budget = "–".join(str(m) for m in (request.budget_min, request.budget_max) if m)
    parts = [f"{request.id:>6}  [{request.status.value}]  {request.title}", budget,
             f"needed by {request.needed_by}" if request.needed_by else ""]
    return "  ".join(part for part in parts if part)


def _one_request(request: Request, done: str) -> Output:
    return {"request": to_json(request)}, f"{done}:\n{_request_line(request)}"


def _request_add(db: Database, args: argparse.Namespace) -> Output:
    draft = RequestDraft(
        title=args.title, budget_min=_money(args, "budget_min"), budget_max=_money(args, "budget_max"),
        **_given(args, "description", "category", "location", "needed_by", "conditions"),
    )
    return _one_request(requests.create_request(db, draft), "Added (as a draft; `request status ID open` opens it)")


def _request_list(db: Database, args: argparse.Namespace) -> Output:
    found = requests.list_requests(db, status=args.status, limit=args.limit)
    return _listing("requests", found, map(_request_line, found), "No requests.")


def _request_status(db: Database, args: argparse.Namespace) -> Output:
    return _one_request(requests.change_status(db, args.id, args.status), "Changed")


def _offer_line(offer: Offer) -> str:
    parts = [f"{offer.id:>6}  request {offer.request_id}", f"vendor {offer.vendor_id}" if offer.vendor_id else "",
             offer.sender or "", str(offer.price) if offer.price else "",
             f"valid until {offer.valid_until}" if offer.valid_until else "", "[accepted]" if offer.accepted else ""]
    return "  ".join(part for part in parts if part)


def _offer_add(db: Database, args: argparse.Namespace) -> Output:
    draft = OfferDraft(
        request_id=args.request, vendor_id=args.vendor, sender=args.sender, price=_money(args, "price"),
        conditions=args.conditions or "", valid_until=args.valid_until,
    )
    offer = requests.add_offer(db, draft)
    return {"offer": to_json(offer)}, f"Recorded:\n{_offer_line(offer)}"


def _offer_list(db: Database, args: argparse.Namespace) -> Output:
    found = requests.offers_for(db, args.request)
    return _listing("offers", found, map(_offer_line, found), "No offers for this request yet.")


def _offer_accept(db: Database, args: argparse.Namespace) -> Output:
    offer, request, vendor_id = requests.accept_offer(db, args.id, vendor_name=args.vendor_name)
    vendor = vendors.get_vendor(db, vendor_id)
    data = {"offer": to_json(offer), "request": to_json(request), "vendor": to_json(vendor)}
    return data, f"Accepted; the request is fulfilled and the vendor's timeline records it:\n{_vendor_line(vendor)}"


# ---- search
def _search(db: Database, args: argparse.Namespace) -> Output:
    results = search.search(db, args.query, per_kind=args.limit)
    lines = [line for kind, hits in results.groups.items()
             for line in (f"{kind}:", *(f"  {hit.id:>6}  {hit.title}  {hit.snippet}".rstrip() for hit in hits))]
    data = {"query": results.query, "results": {kind: to_json(hits) for kind, hits in results.groups.items()},
            "count": results.total}
    return data, "\n".join(lines) or f"Nothing matches {args.query!r}."


# ---- import and export
def _import_vendors(db: Database, args: argparse.Namespace) -> Output:
    plan = importing.plan_vendor_import(
        db, args.file.read_bytes(), format=args.format, filename=args.file.name,
        mapping=dict(args.map) if args.map else None,
    )
    leave_out = plan.duplicate_indexes() if args.skip_duplicates else set()
    created = [] if args.dry_run else importing.apply_vendor_import(
        db, plan, skip_duplicates=args.skip_duplicates).created
    data = {
        "file": str(args.file),
        "format": plan.format,
        "dry_run": args.dry_run,
        "mapping": plan.mapping,
        "drafts": [{**to_json(d), "origin": origin} for d, origin in zip(plan.drafts, plan.origins, strict=True)],
        "duplicates": [{**to_json(d), "origin": plan.origins[d.index]} for d in plan.duplicates],
        "duplicates_skipped": len(leave_out),
        "created": to_json(created),
        "count": len(plan.drafts) - len(leave_out),
        "skipped": plan.skipped,
        "warnings": plan.warnings,
    }
    return data, _import_text(plan, data)


def _import_text(plan: importing.ImportPlan, data: dict[str, Any]) -> str:
    count, left_out = data["count"], data["duplicates_skipped"]
    head = (f"Dry run: {count} vendor(s) would be imported from {data['file']} ({plan.format}); nothing was written."
            if data["dry_run"] else f"Imported {count} vendor(s) from {data['file']} ({plan.format}).")
    lines = [head + (f" {left_out} duplicate(s) left out." if left_out else "")]
    if data["dry_run"]:
        lines += [f"  {origin}: {draft.name}" for draft, origin in zip(plan.drafts[:20], plan.origins, strict=False)]
        lines += [f"  … and {len(plan.drafts) - 20} more"] if len(plan.drafts) > 20 else []
    lines += [f"Possible duplicate, {plan.origins[d.index]}: {d.reason}" for d in plan.duplicates]
    lines += [f"Left out: {reason}" for reason in plan.skipped] + [f"Note: {warning}" for warning in plan.warnings]
    return "\n".join(lines)


def _export_json(db: Database, args: argparse.Namespace) -> Output:
    counts = json_export.write_json(db, args.file)
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    return {"file": str(args.file), "format": "json", "counts": counts}, f"Exported {summary} to {args.file}"


def _export_ics(db: Database, args: argparse.Namespace) -> Output:
    items = agreements.all_agreements(db)
    atomic_write(args.file, ics.agreements_calendar(items, alarm_days=args.alarm_days))
    events = sum((a.renewal is not None) + (a.cancel_by is not None) for a, _ in items)
    return ({"file": str(args.file), "format": "ics", "events": events},
            f"Exported {events} renewal and cancel-by date(s) to {args.file}")


# ---- the table
_VENDOR = _id_opt("--vendor", "vendor")
_ID = Opt("id", "the record's id", ID)
# -- sharing (docs/SHARING.md) --------------------------------------------------------------
def _scope(text: str) -> Scope:
    try:
        return Scope.parse(text)
    except InvalidInput:
        raise ValueError(text) from None


def _csv_words(text: str) -> tuple[str, ...]:
    words = tuple(w.strip() for w in text.split(",") if w.strip())
    if not words:
        raise ValueError(text)
    return words


def _csv_ids(text: str) -> tuple[int, ...]:
    return tuple(ID.parse(w) for w in _csv_words(text))


def _identity(db: Database, args: argparse.Namespace) -> Output:
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


def _share(kind: str, args: argparse.Namespace, **spec: Any) -> P.ShareSpec:
    choices = tuple(share_terms.parse_choice(t) for t in args.terms) if args.terms else None
    alg = {"ed25519": "Ed25519", "eddsa": "EdDSA", None: "Ed25519"}[args.alg]
    return P.ShareSpec(kind, terms=choices, valid_days=args.valid_days, alg=alg, **spec)


def _write_share(db: Database, args: argparse.Namespace, spec: P.ShareSpec) -> Output:
    recipient_key = _read_jwk_file(args.encrypt_to)
    shared = P.share(db, spec, encrypt_to=recipient_key, use_key_on_file=not args.no_key_on_file)
    atomic_write(args.out, (shared.compact + "\n").encode("ascii"))
    written = [str(args.out)]
    if args.document:
        atomic_write(args.document, json.dumps(shared.draft.document, indent=2, ensure_ascii=False).encode("utf-8"))
        written.append(str(args.document))
    if args.html:
        atomic_write(args.html, share_render.to_html(shared.draft.document).encode("utf-8"))
        written.append(str(args.html))
    if args.qr:
        svg = P.qr_svg(shared.compact)
        if svg is None:
            raise InvalidInput(
                f"The package is written to {args.out}, but at {len(shared.compact)} characters it is too long for a QR "
                "code (one holds at most 2953): send the file instead.", field="qr")
        atomic_write(args.qr, svg.encode("utf-8"))
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
    human = (f"Wrote {P.KIND_TITLE.get(spec.kind, spec.kind)} {shared.package_id} for {shared.draft.recipient} to "
             f"{args.out}{sealed}.\nIt holds: {', '.join(shared.draft.fields)}.\n"
             f"Terms: {', '.join(c.title for c in shared.draft.chosen)}.\nLedger entry {shared.ledger_seq}.")
    return data, human


def _share_request(db: Database, args: argparse.Namespace) -> Output:
    return _write_share(db, args, _share("personal-request", args, request_id=args.id, fields=args.fields or ()))


def _share_vendor(db: Database, args: argparse.Namespace) -> Output:
    return _write_share(db, args, _share("profile", args, vendor_id=args.id, fields=args.fields or ()))


def _share_feedback(db: Database, args: argparse.Namespace) -> Output:
    spec = _share("feedback", args, vendor_id=args.id, text=args.text, subject=args.subject or "", idea=args.idea,
                  disclose=args.disclose or ())
    return _write_share(db, args, spec)


def _share_reputation(db: Database, args: argparse.Namespace) -> Output:
    return _write_share(db, args, _share("reputation", args, contact=args.contact, note_ids=args.notes))


def _share_rights(kind: str) -> Action:
    def action(db: Database, args: argparse.Namespace) -> Output:
        spec = _share(kind, args, vendor_id=args.id, law=args.law.upper(), text=args.text or "",
                      concerning=args.concerning or (), disclose=args.disclose or ())
        return _write_share(db, args, spec)

    return action


def _document_text(args: argparse.Namespace) -> str:
    if str(args.file) == "-":
        return sys.stdin.read()
    try:
        return Path(args.file).read_text(encoding="utf-8")
    except (UnicodeDecodeError, IsADirectoryError):
        raise InvalidInput(f"{args.file} is not a text file holding a document.", field="file") from None
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {args.file}.", field="file") from None


def _inspected_data(seen: inbound.Inspected) -> dict[str, Any]:
    return {
        "kind": seen.kind,
        "encrypted": seen.encrypted,
        "signed_by": seen.signer_name,
        "key": seen.signer_thumbprint,
        "key_status": seen.key_status,
        "answers": seen.answers,
        "alg": seen.header.get("alg"),
        "document": seen.document,
    }


def _verify(db: Database, args: argparse.Namespace) -> Output:
    seen = inbound.inspect(db, _document_text(args))
    data = {"valid": True, **_inspected_data(seen)}
    if seen.kind == "package":
        human = f"A package you sent, signed by your pseudonym {seen.signer_thumbprint}; the signature verifies.\n\n"
        human += share_render.to_text(seen.document)
    else:
        trust = ("signed by the key on file for it" if seen.key_status == "on file"
                 else "signed by a key seen for the first time: importing it puts that key on file (trust on first use)")
        human = (f"A valid {seen.kind} from {seen.signer_name}, {trust}.\nIt answers package {seen.answers}"
                 f"{' and was encrypted to you' if seen.encrypted else ''}.\n\n"
                 + json.dumps(seen.document.get(seen.kind, {}), indent=2, ensure_ascii=False))
    return data, human


def _import_document(db: Database, args: argparse.Namespace) -> Output:
    done = inbound.import_document(db, _document_text(args))
    seen = done.inspected
    data = {"imported": True, "offer_id": done.offer_id, "ledger_entry": done.ledger_seq, **_inspected_data(seen)}
    first = " Its key was seen for the first time and is now on file (trust on first use)." \
        if seen.key_status == "first use" else ""
    what = f"offer {done.offer_id} for request {seen.request_id}" if seen.kind == "offer" else \
        f"acknowledgement of package {seen.answers}"
    return data, f"Imported the {what} from {seen.signer_name}.{first} Ledger entry {done.ledger_seq}."


def _ledger(db: Database, args: argparse.Namespace) -> Output:
    entries = share_ledger.entries(db)
    report = share_ledger.verify(db)
    data: dict[str, Any] = {"entries": [{"seq": e.seq, "hash": e.hash, "prev_hash": e.prev_hash, **e.data}
                                        for e in entries]}
    lines = []
    for e in entries:
        d = e.data
        if d.get("type") == "share":
            lines.append(f"{e.seq:>4}  {d.get('issued', '')}  shared {d.get('kind')} with {d.get('recipient')} "
                         f"({len(d.get('fields', []))} fields; terms {', '.join(t['id'] for t in d.get('terms', []))})")
        else:
            lines.append(f"{e.seq:>4}  {d.get('issued', '')}  {str(d.get('type', '')).replace('-', ' ')} from "
                         f"{d.get('from')} for {d.get('answers')}")
    human = "\n".join(lines) if lines else "Nothing shared yet."
    if args.verify:
        data["verified"] = report.ok
        data["problems"] = list(report.problems)
        if not report.ok:
            raise VaultDamaged(f"The ledger was altered: {len(report.problems)} problem(s).",
                               detail="\n".join(report.problems))
        human += f"\nThe chain of {report.entries} entries verifies."
    return data, human


def _profile(db: Database, args: argparse.Namespace) -> Output:
    if args.set:
        P.set_profile(db, dict(args.set))
    if args.disclose_to is not None:
        P.set_disclosures(db, args.disclose_to, list(args.disclose or ()))
    profile = P.get_profile(db)
    data: dict[str, Any] = {"profile": profile}
    human = "\n".join(f"{k}: {v}" for k, v in profile.items()) or "Your profile is empty."
    if args.disclose_to is not None:
        data["disclosed_to"] = {"vendor_id": args.disclose_to, "fields": P.disclosures(db, args.disclose_to)}
        human += f"\nDisclosed to vendor {args.disclose_to}: {', '.join(data['disclosed_to']['fields']) or 'nothing'}"
    return data, human


def _terms_list(db: Database, args: argparse.Namespace) -> Output:
    lib = share_terms.library()
    items = [{"id": t.id, "version": t.version, "group": t.group, "source": t.source, "title": t.title, "text": t.text,
              "params": [p.name for p in t.params]} for t in lib.terms.values()]
    human = "\n".join(f"{t.id:<24} {t.title}" for t in lib.terms.values())
    return {"library": lib.name, "version": lib.version, "terms": items}, human


def _profile_pair(text: str) -> tuple[str, str]:
    name, equals, value = text.partition("=")
    if not equals or name.strip() not in P.PROFILE_FIELDS:
        raise ValueError(text)
    return name.strip(), value.strip()


_SHARE_OPTS = (
    Opt("--out", "write the package (compact JWS, or JWE with --encrypt-to) to FILE",
        Conv(_new_file, "a file in a folder that exists"), metavar="FILE", required=True),
    Opt("--terms", "a term of the library (repeat; TERM_ID or TERM_ID:param=N; default: the kind's defaults; "
        "see `myvendors terms`)", metavar="TERM_ID", many=True),
    Opt("--encrypt-to", "encrypt to the recipient's X25519 public JWK in FILE", Conv(_existing_file, "a file that exists"),
        metavar="JWK_FILE"),
    Opt("--no-key-on-file", "do not encrypt to the vendor's key on file (sign only)", switch=True),
    Opt("--alg", "Ed25519 (default, RFC 9864) or EdDSA for older verifiers", _choice(("ed25519", "eddsa"))),
    Opt("--valid-days", "how long the package is valid (default: 30 for requests, 90 for letters, else 365)",
        _whole(1, 3650), metavar="N"),
    Opt("--document", "also write the signed document as readable JSON", Conv(_new_file, "a file in a folder that exists"),
        metavar="FILE"),
    Opt("--html", "also write it in plain words as an HTML page", Conv(_new_file, "a file in a folder that exists"),
        metavar="FILE"),
    Opt("--qr", "also write a QR code (SVG) when the package fits in one", Conv(_new_file, "a file in a folder that exists"),
        metavar="FILE"),
)
_DISCLOSE = Opt("--disclose", "real profile fields to show this vendor (comma-separated)", Conv(_csv_words, "FIELD,FIELD…"),
                metavar="F,...")
_LAW = Opt("--law", "GDPR (default) or CCPA", _choice(("gdpr", "ccpa")), default="gdpr")
SHARING_COMMANDS: tuple[RecordCommand, ...] = (
    RecordCommand(("identity",), "print a relationship's public keys (JWKs) and thumbprint; made on first use",
                  _identity, (
                      Opt("--for", "vendor:ID, request:ID or contact:NAME", Conv(_scope, "vendor:ID, request:ID or contact:NAME"),
                          metavar="WHO", required=True),
                      Opt("--rotate", "retire the current keys (kept to read replies) and make new ones", switch=True),
                  )),
    RecordCommand(("share", "request"), "publish a personal request anonymously (schema.org Demand)", _share_request, (
        _ID, *_SHARE_OPTS,
        Opt("--fields", "only these request fields (default all: " + ",".join(P.REQUEST_FIELDS) + ")",
            Conv(_csv_words, "FIELD,FIELD…"), metavar="F,..."),
    )),
    RecordCommand(("share", "vendor"), "share chosen profile fields with one vendor", _share_vendor, (
        _ID, *_SHARE_OPTS,
        Opt("--fields", "profile fields: " + ",".join(P.PROFILE_FIELDS), Conv(_csv_words, "FIELD,FIELD…"),
            metavar="F,...", required=True),
    )),
    RecordCommand(("share", "feedback"), "send a vendor feedback or an idea", _share_feedback, (
        _ID, *_SHARE_OPTS, Opt("--text", "the feedback", required=True), Opt("--subject", "a subject line"),
        Opt("--idea", "it is an idea rather than feedback", switch=True), _DISCLOSE,
    )),
    RecordCommand(("share", "reputation"), "pass your notes about a vendor to a trusted contact", _share_reputation, (
        *_SHARE_OPTS, Opt("--contact", "the trusted contact's name", required=True),
        Opt("--notes", "ids of your notes (comma-separated; one vendor)", Conv(_csv_ids, "ID,ID…"), metavar="ID,...",
            required=True),
    )),
    RecordCommand(("share", "deletion"), "ask a vendor to erase your data (GDPR Art. 17 / CCPA §1798.105)",
                  _share_rights("deletion-request"), (
                      _ID, *_SHARE_OPTS, _LAW, _DISCLOSE,
                      Opt("--concerning", "package ids it is about (default: all sent to that vendor)",
                          Conv(_csv_words, "ID,ID…"), metavar="ID,..."),
                      Opt("--text", "a paragraph of your own to add"),
                  )),
    RecordCommand(("share", "access"), "ask a vendor what it holds about you (GDPR Art. 15 / CCPA §1798.110)",
                  _share_rights("access-request"), (
                      _ID, *_SHARE_OPTS, _LAW, _DISCLOSE,
                      Opt("--concerning", "package ids it is about (default: all sent to that vendor)",
                          Conv(_csv_words, "ID,ID…"), metavar="ID,..."),
                      Opt("--text", "a paragraph of your own to add"),
                  )),
    RecordCommand(("verify",), "check a package or a vendor's document and print what it holds (writes nothing)",
                  _verify, (Opt("file", "the document (compact JWS or JWE), or - for standard input"),)),
    RecordCommand(("import", "document"), "take a vendor's offer or acknowledgement (also: myvendors import FILE)",
                  _import_document, (Opt("file", "the document (compact JWS or JWE), or - for standard input"),)),
    RecordCommand(("ledger",), "list every share and answer, oldest first", _ledger, (
        Opt("--verify", "check the hash chain (exit 5 when it was altered)", switch=True),
    )),
    RecordCommand(("profile",), "show or set your own details (shared only field by field, when you choose)", _profile, (
        Opt("--set", "set FIELD=VALUE (repeat; empty VALUE clears; fields: " + ", ".join(P.PROFILE_FIELDS) + ")",
            Conv(_profile_pair, "FIELD=VALUE with a profile field"), metavar="FIELD=VALUE", many=True),
        Opt("--disclose-to", "the vendor whose disclosed fields --disclose sets", ID, metavar="ID"),
        _DISCLOSE,
    )),
    RecordCommand(("terms",), "list the terms library", _terms_list),
)


_TARGET = Opt("file", "where to write it (replaced if it exists)", Conv(_new_file, "a file in a folder that exists"))
RECORD_COMMANDS: tuple[RecordCommand, ...] = (
    RecordCommand(("vendor", "add"), "add a vendor", _vendor_add, _vendor_options(adding=True)),
    RecordCommand(("vendor", "list"), "list vendors by name", _vendor_list, (
        Opt("--status", "only vendors with this status", _enum(VendorStatus), metavar="S"),
        Opt("--tag", "only vendors with this tag", metavar="T"),
        Opt("--limit", "at most N (default 200)", LIMIT, metavar="N", default="200"),
        Opt("--trashed", "list the trash instead", switch=True),
    )),
    RecordCommand(("vendor", "show"), "a vendor with its agreements, standing and recent timeline", _vendor_show,
                  (_ID,)),
    RecordCommand(("vendor", "edit"), "change a vendor's fields", _vendor_edit, (_ID, *_vendor_options(adding=False))),
    RecordCommand(("vendor", "delete"), "move a vendor to the trash (undo: vendor restore)", _vendor_delete, (_ID,)),
    RecordCommand(("vendor", "restore"), "bring a vendor back from the trash", _vendor_restore, (_ID,)),
    RecordCommand(("agreement", "add"), "add a subscription, contract, warranty, membership or loyalty account",
                  _agreement_add, (
        _VENDOR,
        Opt("--kind", "subscription, contract, warranty, membership or loyalty", _enum(AgreementKind), required=True),
        Opt("--title", "what it is, e.g. the plan's name", required=True),
        *_money_opts(("--price", "price per period, e.g. 12.99")),
        Opt("--period", "billing period: none, weekly, monthly, quarterly or yearly", _enum(BillingPeriod)),
        Opt("--start", "first day (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--end", "last day (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--renewal", "next renewal (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--cancel-by", "last day to cancel (default: renewal minus --notice-days)", DATE, metavar="DATE"),
        Opt("--notice-days", "notice period in days", _whole(0, 3650), metavar="N"),
        Opt("--notes", "free notes", metavar="N"),
    )),
    RecordCommand(("agreement", "list"), "list agreements (of one vendor, or of all)", _agreement_list,
                  (_id_opt("--vendor", "vendor", required=False),)),
    RecordCommand(("due",), "what renews or must be cancelled soon", _due,
                  (Opt("--days", "how far ahead to look (default 30)", _whole(0, 3660), metavar="N", default="30"),)),
    RecordCommand(("interaction", "add"), "record an interaction on a vendor's timeline", _interaction_add, (
        _VENDOR,
        Opt("--kind", "payment, subscription, complaint, recommend, … (see docs/CLI.md)", _enum(InteractionKind),
            required=True),
        Opt("--at", "when (date, or date and time; default now)", INSTANT, metavar="WHEN"),
        *_money_opts(("--amount", "amount, e.g. 12.99 (negative for a refund)")),
        Opt("--channel", "how: e-mail, phone, shop, …", metavar="CH"),
        Opt("--note", "what happened", metavar="N"),
    )),
    RecordCommand(("timeline",), "interactions, newest first", _timeline, (
        _id_opt("--vendor", "vendor", required=False),
        Opt("--limit", "at most N (default 50)", LIMIT, metavar="N", default="50"),
    )),
    RecordCommand(("note", "add"), "add a reputation note with optional ratings", _note_add, (
        _VENDOR,
        *(Opt(f"--{name}", f"{name} rating, 1 to 5", RATING, metavar="1-5") for name in RATING_DIMENSIONS),
        Opt("--text", "what you think", metavar="T"),
        Opt("--tag", "a tag (repeat for more)", metavar="T", many=True),
        Opt("--on", "the note's date (default today)", DATE, metavar="DATE"),
    )),
    RecordCommand(("request", "add"), "write a personal request (kept as a draft)", _request_add, (
        Opt("--title", "what you want", required=True),
        Opt("--description", "details", metavar="D"),
        Opt("--category", "what kind of thing", metavar="C"),
        *_money_opts(("--budget-min", "lowest budget, e.g. 300"), ("--budget-max", "highest budget")),
        Opt("--location", "coarse location, e.g. a city", metavar="L"),
        Opt("--needed-by", "needed by (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--conditions", "conditions for vendors", metavar="T"),
    )),
    RecordCommand(("request", "list"), "list requests, newest first", _request_list, (
        Opt("--status", "only requests with this status", _enum(RequestStatus), metavar="S"),
        Opt("--limit", "at most N (default 200)", LIMIT, metavar="N", default="200"),
    )),
    RecordCommand(("request", "status"), "move a request along: open, withdrawn, expired, draft", _request_status,
                  (_ID, Opt("status", "the new status", _enum(RequestStatus)))),
    RecordCommand(("offer", "add"), "record an offer for a request", _offer_add, (
        _id_opt("--request", "request"),
        _id_opt("--vendor", "vendor (when known)", required=False),
        Opt("--sender", "who sent it, when the vendor is not in the vault", metavar="NAME"),
        *_money_opts(("--price", "the offered price")),
        Opt("--conditions", "the offer's conditions", metavar="T"),
        Opt("--valid-until", "last day the offer holds (YYYY-MM-DD)", DATE, metavar="DATE"),
    ), one_of=("--vendor", "--sender")),
    RecordCommand(("offer", "list"), "the offers for a request, cheapest first", _offer_list,
                  (_id_opt("--request", "request"),)),
    RecordCommand(("offer", "accept"), "accept an offer: the request is fulfilled, the vendor created if new",
                  _offer_accept, (_ID, Opt("--vendor-name", "name for a new vendor (default: the sender)",
                                           metavar="NAME"))),
    RecordCommand(("search",), "search everything; each word is a prefix", _search, (
        Opt("query", "what to look for"),
        Opt("--limit", "at most N per kind of record (default 20)", _whole(1, 200), metavar="N", default="20"),
    )),
    RecordCommand(("import", "vendors"), "import vendors from a CSV or vCard file, in one transaction",
                  _import_vendors, (
        Opt("file", "the CSV or vCard file", Conv(_existing_file, "a file that exists")),
        Opt("--format", "csv or vcard (default: by extension, then content)", _choice(importing.FORMATS)),
        Opt("--map", "CSV: take FIELD from COLUMN (repeat; fields: " + ", ".join(csv_vendors.FIELDS) + ")",
            Conv(_mapping, "FIELD=COLUMN"), metavar="FIELD=COLUMN", many=True),
        Opt("--dry-run", "show what would be imported and the duplicates; write nothing", switch=True),
        Opt("--skip-duplicates", "leave out rows that look like a vendor already there or earlier in the file",
            switch=True),
    )),
    RecordCommand(("export", "json"), "export the whole vault as JSON (docs/EXPORT-JSON.md)", _export_json, (_TARGET,)),
    RecordCommand(("export", "ics"), "export renewal and cancel-by dates as an iCalendar file", _export_ics, (
        _TARGET,
        Opt("--alarm-days", "remind N days before each date (default 7)", _whole(0, ics.MAX_ALARM_DAYS),
            metavar="N", default="7"),
    )),
)
_GROUP_HELP = {
    "vendor": "vendors: add, list, show, edit, delete, restore",
    "agreement": "agreements: add, list",
    "interaction": "the timeline: add an interaction",
    "note": "reputation notes: add",
    "request": "personal requests: add, list, status",
    "offer": "offers for requests: add, list, accept",
    "import": "import vendors from CSV or vCard, or a vendor's offer or acknowledgement (import FILE)",
    "export": "export the vault as JSON, or dates as iCalendar",
    "share": "share on your terms: request, vendor (profile), feedback, reputation, deletion, access",
}


def cmd_records(args: argparse.Namespace, io: Io) -> int:
    """Run a relationship command: check its arguments, unlock the vault, act, print the result."""
    command: RecordCommand = args.record_command
    for opt in command.options:
        opt.parse(args)
    path = _existing_vault(args)
    passphrase = Secrets(args, io).read("Passphrase: ")
    with Vault.unlock(path, passphrase) as vault:
        data, human = command.action(vault.db, args)
    _emit(io, args, data, human)
    return EXIT_OK


def _add_record_commands(sub: argparse._SubParsersAction[_Parser]) -> None:
    groups: dict[str, argparse._SubParsersAction[_Parser]] = {}
    for command in ALL_RECORD_COMMANDS:
        p = _record_parser(sub, groups, command)
        exclusive = p.add_mutually_exclusive_group(required=True) if command.one_of else None
        for opt in command.options:
            opt.add_to(exclusive if exclusive is not None and opt.name in command.one_of else p)
        p.add_argument("--vault", dest="path", metavar="PATH",
                       help=f"the vault file (default: {paths.default_vault_path()})")
        _common_options(p)
        p.set_defaults(func=cmd_records, record_command=command, command=" ".join(command.words))


def _record_parser(
    sub: argparse._SubParsersAction[_Parser], groups: dict[str, argparse._SubParsersAction[_Parser]],
    command: RecordCommand,
) -> _Parser:
    """The parser of `command`: a top-level one ("due"), or one under its group ("vendor" "add")."""
    first, *rest = command.words
    if not rest:
        return sub.add_parser(first, help=command.help, description=command.help)
    if first not in groups:
        group = sub.add_parser(first, help=_GROUP_HELP[first], description=_GROUP_HELP[first])
        groups[first] = group.add_subparsers(dest=f"{first}_action", metavar="ACTION", required=True,
                                             parser_class=_Parser)
    return groups[first].add_parser(rest[0], help=command.help, description=command.help)


ALL_RECORD_COMMANDS = RECORD_COMMANDS + SHARING_COMMANDS
COMMANDS = _VAULT_COMMANDS + tuple(dict.fromkeys(command.words[0] for command in ALL_RECORD_COMMANDS))


# -- parser --------------------------------------------------------------------------------
def _common_options(p: argparse.ArgumentParser, *, secrets: bool = True) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    if secrets:
        p.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase (and any second secret, on the next line) from standard input",
        )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="myvendors",
        description="MyVendors: your encrypted record of the companies you deal with. "
        "Without a command, the desktop app starts.",
        epilog="Exit codes: 0 done, 2 usage, 3 wrong passphrase or recovery key, 4 invalid input, "
        "5 vault damaged or not a vault, 6 vault in use or platform lacking something.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def kdf_option(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--kdf-seconds",
            type=float,
            default=DEFAULT_KDF_SECONDS,
            metavar="S",
            help="how long deriving the key from the passphrase should take on this machine "
            f"(default {DEFAULT_KDF_SECONDS}; 0 = the minimum, 64 MiB Argon2id)",
        )

    path_help = f"the vault file (default: {paths.default_vault_path()})"
    p = sub.add_parser("init", help="create a new vault and print its recovery key once")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    p.add_argument("--recovery-kit", metavar="FILE", help="also write a printable recovery kit to FILE")
    kdf_option(p)
    _common_options(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="verify every page of the vault and its structure")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    _common_options(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", help="change the passphrase (stdin: current, then new)")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    kdf_option(p)
    _common_options(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery key (stdin: key, then new)")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    kdf_option(p)
    _common_options(p)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("backup", help="back up the vault (both files), keeping the last N")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    p.add_argument("--keep", type=int, default=DEFAULT_BACKUPS_KEPT, metavar="N", help="backups to keep (default 10)")
    p.add_argument("--to", metavar="DIR", help="folder for the backups (default: backups/ beside the vault)")
    _common_options(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help="list the backups of a vault, newest first")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    p.add_argument("--to", metavar="DIR", help="the folder the backups were written to, if not the default")
    _common_options(p, secrets=False)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", help="put a backup back; the files it replaces are kept")
    p.add_argument("backup", metavar="BACKUP", help="a backup folder (or the vault file inside it)")
    p.add_argument("path", metavar="PATH", help="where the vault is restored to")
    p.add_argument("--recovery-key", action="store_true", help="unlock with the recovery key instead of the passphrase")
    p.add_argument(
        "--use-backup-secrets",
        action="store_true",
        help="accept a passphrase or recovery key that opens only the backup, bringing its (older) secrets back",
    )
    _common_options(p)
    p.set_defaults(func=cmd_restore)
    _add_record_commands(sub)
    return parser


def _import_shorthand(argv: list[str]) -> list[str]:
    """`myvendors import FILE` is `myvendors import document FILE` (the sharing contract), while
    `myvendors import vendors FILE` keeps working."""
    if argv[:1] == ["import"] and len(argv) > 1 and argv[1] not in ("vendors", "document") and not argv[1].startswith("-"):
        return ["import", "document", *argv[1:]]
    return argv


def run(argv: Sequence[str], io: Io | None = None) -> int:
    """Run one command; returns the exit code. Never raises for expected failures."""
    io = io or Io()
    parser = build_parser()
    argv = _import_shorthand(list(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return int(exc.code or 0)
    if not getattr(args, "func", None):
        parser.print_help(io.stdout)
        return EXIT_USAGE
    try:
        return int(args.func(args, io))
    except UsageError as exc:
        io.stderr.write(f"myvendors {args.command}: error: {exc}\n")
        _emit_error(io, args, EXIT_USAGE, "UsageError", str(exc))
        return EXIT_USAGE
    except MyVendorsError as exc:
        io.stderr.write(f"myvendors {args.command}: {exc.text()}\n")
        _emit_error(io, args, exc.exit_code, type(exc).__name__, exc.message, detail=exc.detail,
                    field=getattr(exc, "field", None), backup=getattr(exc, "backup", None),
                    reason=getattr(exc, "reason", None))
        return exc.exit_code
    except OSError as exc:  # the system refused: permissions, disk full, a vanished folder
        where = f" ({exc.filename})" if exc.filename else ""
        message = f"The system refused: {exc.strerror or exc}{where}."
        io.stderr.write(f"myvendors {args.command}: {message}\n")
        _emit_error(io, args, EXIT_UNAVAILABLE, "OSError", message)
        return EXIT_UNAVAILABLE
    except KeyboardInterrupt:
        io.stderr.write("Cancelled; nothing was changed by the interrupted step.\n")
        return 130


def _emit_error(io: Io, args: argparse.Namespace, code: int, kind: str, message: str, **extra: Any) -> None:
    if getattr(args, "json", False):
        error = {"code": code, "type": kind, "message": message}
        error.update({k: v for k, v in extra.items() if v is not None})
        io.stdout.write(json.dumps({"error": error}, indent=2, sort_keys=True) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
