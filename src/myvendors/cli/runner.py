"""`run(argv, io) -> exit code`: one command, in this process, from arguments to exit code.

It is the command line's whole entry point (`main` adds only the process hardening): argparse's
help and errors go to `io`, never to the process's streams, and never end the process; expected
failures become exit codes (and a JSON error with ``--json``); nothing is kept between calls.
Only the handler module of the command that runs is imported (see `table.py`).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import Any

from myvendors.cli.errors import UsageError
from myvendors.cli.io import Io
from myvendors.cli.names import COMMANDS
from myvendors.cli.output import emit_error
from myvendors.cli.parser import build_parser
from myvendors.cli.table import Command
from myvendors.errors import EXIT_USAGE, MyVendorsError, system_refused


def import_shorthand(argv: list[str]) -> list[str]:
    """`myvendors import FILE` is `myvendors import document FILE` (the sharing contract), while
    `myvendors import vendors FILE` and `myvendors import statement FILE` keep working."""
    if argv[:1] == ["import"] and len(argv) > 1 and argv[1] not in ("vendors", "statement", "document") and not argv[1].startswith("-"):
        return ["import", "document", *argv[1:]]
    return argv


def handler_of(command: Command) -> Any:
    """The function that runs `command`, its module imported now."""
    module, _, function = command.handler.partition(":")
    return getattr(importlib.import_module(f"myvendors.cli.{module}"), function)


def _execute(command: Command, args: argparse.Namespace, io: Io) -> int:
    handler = handler_of(command)
    for opt in command.options:  # values are checked before any secret is asked or file touched
        opt.parse(args)
    if not command.unlocks:
        return int(handler(args, io))
    from myvendors.cli.common import run_on_records

    return run_on_records(handler, args, io)


def run(argv: Sequence[str], io: Io | None = None) -> int:
    """Run one command; returns the exit code. Never raises for expected failures, never exits."""
    io = io or Io()
    argv = import_shorthand(list(argv))
    parser = build_parser(io, only=argv[0] if argv and argv[0] in COMMANDS else None)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE if exc.code else 0
    command: Command | None = getattr(args, "spec", None)
    if command is None:
        parser.print_help(io.stdout)
        return EXIT_USAGE
    try:
        return _execute(command, args, io)
    except UsageError as exc:
        io.stderr.write(f"myvendors {args.command}: error: {exc}\n")
        emit_error(io, args, EXIT_USAGE, "UsageError", str(exc))
        return EXIT_USAGE
    except MyVendorsError as exc:
        return _failed(io, args, exc)
    except OSError as exc:  # the system refused: permissions, disk full, a read-only disk, a vanished folder
        return _failed(io, args, system_refused(exc))
    except KeyboardInterrupt:
        io.stderr.write("Cancelled; nothing was changed by the interrupted step.\n")
        return 130


def _failed(io: Io, args: argparse.Namespace, exc: MyVendorsError) -> int:
    io.stderr.write(f"myvendors {args.command}: {exc.text()}\n")
    emit_error(io, args, exc.exit_code, type(exc).__name__, exc.message, detail=exc.detail,
               field=getattr(exc, "field", None), backup=getattr(exc, "backup", None),
               reason=getattr(exc, "reason", None))
    return exc.exit_code
