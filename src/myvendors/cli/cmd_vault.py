"""The vault commands: init, check, passwd, recover, backup, backups, restore."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from myvendors import paths
from myvendors.cli.common import existing_vault, kdf, vault_path
from myvendors.cli.errors import UsageError
from myvendors.cli.io import Io
from myvendors.cli.output import emit
from myvendors.cli.secrets import Secrets
from myvendors.domain import strength
from myvendors.domain.sharing import ledger as share_ledger
from myvendors.errors import EXIT_OK, InvalidInput, VaultDamaged
from myvendors.vault import Vault, list_backups, passphrase_unlocker, recovery_unlocker
from myvendors.vault import restore as restore_backup
from myvendors.vault.envelope import KdfParams, validate_new_passphrase
from myvendors.vault.recovery_kit import write_recovery_kit


def _check_new(passphrase: str, user_inputs: list[str], args: argparse.Namespace) -> None:
    """The vault's rules for a new passphrase: long enough, then strong unless --allow-weak (exit 4)."""
    validate_new_passphrase(passphrase)
    strength.require_strong(passphrase, user_inputs, allow_weak=bool(getattr(args, "allow_weak", False)))


def init(args: argparse.Namespace, io: Io) -> int:
    path = vault_path(args)
    kit = Path(args.recovery_kit).expanduser() if args.recovery_kit else None
    if kit is not None:
        if kit.exists():
            raise InvalidInput(f"The recovery kit file {kit} already exists; choose a new name.", field="recovery-kit")
        if not kit.parent.is_dir() or not os.access(kit.parent, os.W_OK):
            raise InvalidInput(f"The folder for the recovery kit, {kit.parent}, does not exist or cannot be written.",
                               field="recovery-kit")
    passphrase = Secrets(args, io).read("New passphrase: ", confirm=True)
    params, seconds = kdf(args)
    _check_new(passphrase, strength.path_words(path), args)
    vault, recovery_key = Vault.create(path, passphrase, kdf=params, kdf_seconds=seconds)
    kit_error = None
    replaced = [str(p) for p in vault.removed_leftovers]
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
        + (f"\nAn unfinished earlier creation of this vault was removed ({len(replaced)} file(s))." if replaced else "")
    )
    emit(
        io,
        args,
        {
            "vault": str(path),
            "envelope": str(paths.envelope_path(path)),
            "vault_id": vault_id,
            "recovery_key": recovery_key,
            "recovery_kit": str(kit) if kit else None,
            "recovery_kit_error": kit_error,
            "replaced_unfinished": replaced,
        },
        human,
    )
    return EXIT_OK


def check(args: argparse.Namespace, io: Io) -> int:
    path = existing_vault(args)
    passphrase = Secrets(args, io).read("Passphrase: ")
    repaired: list[str] = []
    acknowledged: list[str] = []
    with Vault.unlock(path, passphrase, migrate=False) as vault:
        result = vault.check(ledger=share_ledger.chain_problems)
        if getattr(args, "repair_totals", False) and result.integrity.ok and result.totals_problems:
            repaired = list(result.totals_problems)
            vault.repair_totals()
            result = vault.check(ledger=share_ledger.chain_problems)
        if getattr(args, "acknowledge_lost_wal", False) and result.wal_problems:
            acknowledged = list(result.wal_problems)
            vault.acknowledge_wal_problems()
            result = vault.check(ledger=share_ledger.chain_problems)
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
        "totals_problems": list(result.totals_problems),
        "totals_repaired": repaired,
        "wal_problems": list(result.wal_problems),
        "wal_acknowledged": acknowledged,
    }
    if not result.ok:
        data["newest_good_backup"] = good_backup
        if not result.integrity.ok:
            what = "is damaged"
        elif result.ledger_problems:
            what = "has a ledger of shares that was altered"
        elif result.wal_problems:
            what = ("lost its write-ahead log after a crash, so changes may be missing; a backup from before may "
                    "hold them, and `--acknowledge-lost-wal` stops this report")
        else:
            what = "keeps totals (counts, sums) that disagree with its rows; `--repair-totals` recomputes them"
        damage = VaultDamaged(
            f"The vault {path} {what}: {len(result.problems())} problem(s) found. "
            + ("The kept totals were recomputed; nothing else was changed." if repaired
               else "Nothing was changed or repaired." if not acknowledged
               else "The lost write-ahead log was acknowledged; nothing else was changed."),
            detail="\n".join(result.problems()[:20]),
            backup=good_backup,
        )
        io.stderr.write(f"myvendors check: {damage.text()}\n")
        emit(io, args, data, "")
        return damage.exit_code
    note = "" if result.schema_version == latest else f" (schema {result.schema_version}; opening it will upgrade to {latest})"
    fixed = f" The kept totals disagreed with the rows and were recomputed ({len(repaired)})." if repaired else ""
    if acknowledged:
        fixed += f" The deleted write-ahead log was acknowledged ({len(acknowledged)}); it is not reported again."
    emit(io, args, data, f"{path}: OK — every page checks out{note}.{fixed}")
    return EXIT_OK


def _read_new(
    secrets_in: Secrets, vault: Vault, path: Path, args: argparse.Namespace
) -> tuple[str, KdfParams | None, float]:
    """The new passphrase (typed twice, checked against the vault's rules) and the key strength
    the options ask for."""
    new = secrets_in.read("New passphrase: ", confirm=True)
    params, seconds = kdf(args)
    _check_new(new, strength.vault_words(vault.db, path), args)
    return new, params, seconds


def passwd(args: argparse.Namespace, io: Io) -> int:
    path = existing_vault(args)
    secrets_in = Secrets(args, io)
    current = secrets_in.read("Current passphrase: ")
    with Vault.unlock(path, current) as vault:
        new, params, seconds = _read_new(secrets_in, vault, path, args)
        vault.change_passphrase(current, new, kdf=params, kdf_seconds=seconds)
    emit(io, args, {"vault": str(path), "changed": True}, f"The passphrase of {path} was changed.")
    return EXIT_OK


def recover(args: argparse.Namespace, io: Io) -> int:
    path = existing_vault(args)
    secrets_in = Secrets(args, io)
    key = secrets_in.read("Recovery key: ")
    with Vault.unlock_with_recovery(path, key) as vault:
        new, params, seconds = _read_new(secrets_in, vault, path, args)
        vault.reset_passphrase(new, kdf=params, kdf_seconds=seconds)
    emit(
        io,
        args,
        {"vault": str(path), "changed": True},
        f"The vault {path} has a new passphrase. The recovery key still works; keep it safe.",
    )
    return EXIT_OK


def backup(args: argparse.Namespace, io: Io) -> int:
    path = existing_vault(args)
    if args.keep < 1:
        raise UsageError("--keep must be at least 1")
    passphrase = Secrets(args, io).read("Passphrase: ")
    with Vault.unlock(path, passphrase) as vault:
        made = vault.backup(keep=args.keep, to=Path(args.to).expanduser() if args.to else None)
    emit(
        io,
        args,
        {"vault": str(path), "backup": str(made.folder), "created": made.created.isoformat()},
        f"Backed up {path} to {made.folder}",
    )
    return EXIT_OK


def backups(args: argparse.Namespace, io: Io) -> int:
    path = vault_path(args)
    found = list_backups(path, folder=Path(args.to).expanduser() if args.to else None)
    rows = [{"backup": str(b.folder), "created": b.created.isoformat(), "reason": b.reason} for b in found]
    human = "\n".join(f"{b.created:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<22} {b.folder}" for b in found)
    emit(io, args, {"vault": str(path), "backups": rows}, human or f"No backups of {path} yet.")
    return EXIT_OK


def restore(args: argparse.Namespace, io: Io) -> int:
    target = Path(args.path).expanduser()
    secret = Secrets(args, io).read("Recovery key: " if args.recovery_key else "Passphrase: ")
    unlocker = recovery_unlocker(secret) if args.recovery_key else passphrase_unlocker(secret)
    replaced = restore_backup(Path(args.backup).expanduser(), target, unlocker,
                              allow_backup_secrets=args.use_backup_secrets)
    moved = f"\nThe files it replaced were kept in {replaced.folder}" if replaced else ""
    emit(
        io,
        args,
        {"vault": str(target), "restored_from": str(Path(args.backup)), "replaced_kept_in": str(replaced.folder) if replaced else None},
        f"Restored {target} from {args.backup}{moved}",
    )
    return EXIT_OK
