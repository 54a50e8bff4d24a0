"""What the handlers share once a command runs: the vault's path, unlocking it, amounts and lists.

Imported by handler modules only (it imports the vault service), never to build the parser.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from myvendors import paths
from myvendors.cli.errors import UsageError
from myvendors.cli.io import Io
from myvendors.cli.output import Output, emit
from myvendors.cli.secrets import Secrets
from myvendors.domain.exporting.json_export import to_json
from myvendors.domain.models import Money
from myvendors.errors import EXIT_OK, InvalidInput
from myvendors.storage import Database
from myvendors.vault import Vault, preflight
from myvendors.vault.constants import MAX_KDF_SECONDS
from myvendors.vault.envelope import KdfParams

Action = Callable[[Database, argparse.Namespace], Output]


def vault_path(args: argparse.Namespace) -> Path:
    return Path(args.path).expanduser() if args.path else paths.default_vault_path()


def existing_vault(args: argparse.Namespace) -> Path:
    """The vault path, checked (missing, empty, truncated, foreign) before any secret is asked."""
    path = vault_path(args)
    preflight(path)
    return path


def kdf(args: argparse.Namespace) -> tuple[KdfParams | None, float]:
    seconds = args.kdf_seconds
    if not (0 <= seconds <= MAX_KDF_SECONDS):  # (NaN fails every comparison)
        raise UsageError(f"--kdf-seconds must be a number of seconds between 0 and {MAX_KDF_SECONDS}")
    return (KdfParams.floor() if seconds == 0 else None), seconds


def run_on_records(action: Action, args: argparse.Namespace, io: Io) -> int:
    """Run a command over the records (its arguments already parsed): unlock the vault, act, print the result."""
    path = existing_vault(args)
    passphrase = Secrets(args, io).read("Passphrase: ")
    args.stdin = io.stdin  # where `-` reads a document from
    with Vault.unlock(path, passphrase) as vault:
        data, human = action(vault.db, args)
    emit(io, args, data, human)
    return EXIT_OK


def money(args: argparse.Namespace, dest: str) -> Money | None:
    amount = getattr(args, dest)
    if amount is None:
        return None
    if args.currency is None:
        raise InvalidInput(f"--{dest.replace('_', '-')} needs --currency (e.g. EUR).", field="currency")
    return Money.parse(amount, args.currency, field_name=dest)


def given(args: argparse.Namespace, *dests: str) -> dict[str, Any]:
    return {dest: getattr(args, dest) for dest in dests if getattr(args, dest) is not None}


def listing(key: str, records: Sequence[Any], lines: Iterable[str], nothing: str) -> Output:
    return {key: [to_json(record) for record in records], "count": len(records)}, "\n".join(lines) or nothing
