"""The command-line companion: vault commands for scripting and headless use.

Secrets are never arguments. With ``--passphrase-stdin`` they are read from standard input,
one per line (``passwd``: current then new; ``recover``: recovery key then new passphrase);
otherwise the program asks without echo. ``--json`` prints one JSON object on stdout.

Exit codes (a contract with users' scripts): 0 done, 2 usage, 3 wrong passphrase or recovery
key, 4 invalid input, 5 vault damaged or not a vault, 6 vault in use, platform lacking
something, or the system refused (disk full, permissions), 1 an unexpected error (a bug).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn, TextIO

from myvendors import __version__, paths
from myvendors.errors import (
    EXIT_OK,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    InvalidInput,
    MyVendorsError,
    VaultDamaged,
)
from myvendors.vault import Vault, list_backups, passphrase_unlocker, preflight, recovery_unlocker, restore
from myvendors.vault.envelope import KdfParams
from myvendors.vault.recovery_kit import write_recovery_kit
from myvendors.vault.process import harden_process
from myvendors.vault.vault import DEFAULT_BACKUPS_KEPT, DEFAULT_KDF_SECONDS

COMMANDS = ("init", "check", "passwd", "recover", "backup", "backups", "restore")


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
    }
    if not result.ok:
        data["newest_good_backup"] = good_backup
        damage = VaultDamaged(
            f"The vault {path} is damaged: {len(result.integrity.problems())} problem(s) found. "
            "Nothing was changed or repaired.",
            detail="\n".join(result.integrity.problems()[:20]),
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


# -- parser --------------------------------------------------------------------------------
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

    def common(p: argparse.ArgumentParser, *, secrets: bool = True) -> None:
        p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
        if secrets:
            p.add_argument(
                "--passphrase-stdin",
                action="store_true",
                help="read the passphrase (and any second secret, on the next line) from standard input",
            )

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
    common(p)
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="verify every page of the vault and its structure")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    common(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", help="change the passphrase (stdin: current, then new)")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    kdf_option(p)
    common(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery key (stdin: key, then new)")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    kdf_option(p)
    common(p)
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("backup", help="back up the vault (both files), keeping the last N")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    p.add_argument("--keep", type=int, default=DEFAULT_BACKUPS_KEPT, metavar="N", help="backups to keep (default 10)")
    p.add_argument("--to", metavar="DIR", help="folder for the backups (default: backups/ beside the vault)")
    common(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", help="list the backups of a vault, newest first")
    p.add_argument("path", nargs="?", metavar="PATH", help=path_help)
    p.add_argument("--to", metavar="DIR", help="the folder the backups were written to, if not the default")
    common(p, secrets=False)
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
    common(p)
    p.set_defaults(func=cmd_restore)
    return parser


def run(argv: Sequence[str], io: Io | None = None) -> int:
    """Run one command; returns the exit code. Never raises for expected failures."""
    io = io or Io()
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
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
                    field=getattr(exc, "field", None), backup=getattr(exc, "backup", None))
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
