"""The command-line companion for scripting and headless use: the vault commands, and the
commands over what the vault holds (vendors, agreements, timeline, notes, requests, offers,
search, import, export, sharing; docs/CLI.md), all declared as data in `table.py`.

Secrets are never arguments. With ``--passphrase-stdin`` they are read from standard input,
one per line (``passwd``: current then new; ``recover``: recovery key then new passphrase);
otherwise the program asks without echo. ``--json`` prints one JSON object on stdout.

Exit codes (a contract with users' scripts): 0 done, 2 usage, 3 wrong passphrase or recovery
key, 4 invalid input, 5 vault damaged or not a vault, 6 vault in use, platform lacking
something, or the system refused (disk full, permissions), 1 an unexpected error (a bug).

In a program or a test, ``run(argv, Io(stdin=…, stdout=…, stderr=…)) -> exit code`` runs one
command in the calling process: everything it prints goes to that `Io` (argparse's help and
usage errors too), ``--passphrase-stdin`` reads `Io.stdin`, and it neither exits nor keeps
anything between calls. `main` is the process's entry point: it hardens the process, then runs.

The package is laid out so that a command costs only what it uses:

- `names.py`: the top-level command words, plain data (`myvendors.__main__` reads it);
- `table.py`: every command declared as data (words, help, arguments, handler by name);
  `options.py`: how arguments are declared and converted; `parser.py` builds argparse from them;
- `runner.py`: `run()`; `io.py`, `secrets.py`, `output.py`, `errors.py`: streams, secrets, printing;
- `cmd_*.py`: the handlers, one module per group, imported only when one of its commands runs;
  `common.py`: what they share (unlocking, amounts, lists).

This module imports none of them until one of its names is used.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from myvendors.cli.errors import UsageError
    from myvendors.cli.io import Io
    from myvendors.cli.options import Conv, Opt
    from myvendors.cli.parser import build_parser
    from myvendors.cli.runner import run
    from myvendors.cli.secrets import Secrets
    from myvendors.cli.table import (
        ALL_COMMANDS,
        ALL_RECORD_COMMANDS,
        COMMANDS,
        RECORD_COMMANDS,
        SHARING_COMMANDS,
        VAULT_COMMANDS,
        Command,
        RecordCommand,
    )

_EXPORTS = {
    "UsageError": "errors",
    "Io": "io",
    "Conv": "options",
    "Opt": "options",
    "build_parser": "parser",
    "run": "runner",
    "Secrets": "secrets",
    "ALL_COMMANDS": "table",
    "ALL_RECORD_COMMANDS": "table",
    "COMMANDS": "table",
    "RECORD_COMMANDS": "table",
    "SHARING_COMMANDS": "table",
    "VAULT_COMMANDS": "table",
    "Command": "table",
    "RecordCommand": "table",
}
__all__ = [
    "ALL_COMMANDS", "ALL_RECORD_COMMANDS", "COMMANDS", "RECORD_COMMANDS", "SHARING_COMMANDS", "VAULT_COMMANDS",
    "Command", "Conv", "Io", "Opt", "RecordCommand", "Secrets", "UsageError", "build_parser", "main", "run",
]


def __getattr__(name: str) -> Any:
    """The public names, each imported from its module on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})


def _runs_a_command(argv: Sequence[str]) -> bool:
    from myvendors.cli.names import COMMANDS

    return bool(argv) and argv[0] in COMMANDS and not {"-h", "--help"} & set(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """The process's entry point: harden the process when a command will run, then `run`."""
    args = list(sys.argv[1:] if argv is None else argv)
    if _runs_a_command(args):  # help, --version and usage need no hardening, nor the vault's code
        from myvendors.vault.process import harden_process

        harden_process()
    runner = sys.modules[__name__].run  # looked up here, so that a test may replace it
    return int(runner(args))
