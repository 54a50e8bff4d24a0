"""The argparse parser, built from the table in `table.py` (no handler is imported to build it).

`build_parser(io, only=WORD)` builds in full only the commands whose first word is WORD; the others
are there by name and help (all `myvendors --help` lists), which is all a run of WORD needs.
"""

from __future__ import annotations

import argparse
import functools
import sys
from typing import TYPE_CHECKING, Any, NoReturn, cast

from myvendors import __version__
from myvendors.cli.io import Io
from myvendors.cli.table import ALL_COMMANDS, DEFAULT_VAULT, GROUP_HELP, VAULT_HELP, Command
from myvendors.errors import EXIT_USAGE

if TYPE_CHECKING:
    from _typeshed import SupportsWrite


class _Formatter(argparse.HelpFormatter):
    """Fills in the default vault's path (asked of platformdirs only when help is shown)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if text and DEFAULT_VAULT in text:
            from myvendors import paths

            text = text.replace(DEFAULT_VAULT, str(paths.default_vault_path()).replace("%", "%%"))
        return text


class _Parser(argparse.ArgumentParser):
    """Writes help, usage and errors to the run's `Io`, not to the process's streams."""

    def __init__(self, *args: Any, io: Io | None = None, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self.io = io

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        if not message:
            return
        if self.io is None:
            super()._print_message(message, file)
        else:
            (self.io.stderr if file is sys.stderr else self.io.stdout).write(message)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _common_options(p: argparse.ArgumentParser, *, secrets: bool = True) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    if secrets:
        p.add_argument(
            "--passphrase-stdin",
            action="store_true",
            help="read the passphrase (and any second secret, on the next line) from standard input",
        )


def _add_command(parser: argparse.ArgumentParser, command: Command) -> None:
    exclusive = parser.add_mutually_exclusive_group(required=True) if command.one_of else None
    for opt in command.options:
        opt.add_to(exclusive if exclusive is not None and opt.name in command.one_of else parser)
    if command.unlocks:
        parser.add_argument("--vault", dest="path", metavar="PATH", help=VAULT_HELP)
    _common_options(parser, secrets=command.secrets)
    parser.set_defaults(spec=command, command=" ".join(command.words))


def build_parser(io: Io | None = None, *, only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser (`only=None`), or one whose commands other than `only` are names and help."""
    make = cast(type[_Parser], functools.partial(_Parser, io=io))
    parser = make(
        prog="myvendors",
        description="MyVendors: your encrypted record of the companies you deal with. "
        "Without a command, the desktop app starts.",
        epilog="Exit codes: 0 done, 2 usage, 3 wrong passphrase or recovery key, 4 invalid input, "
        "5 vault damaged or not a vault, 6 vault in use or platform lacking something.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=make)
    groups: dict[str, argparse._SubParsersAction[_Parser]] = {}
    for command in ALL_COMMANDS:
        first, *rest = command.words
        full = only is None or only == first
        described: dict[str, Any] = {"description": command.help} if command.describe else {}
        if not rest:
            p = sub.add_parser(first, help=command.help, **described)
            if full:
                _add_command(p, command)
            continue
        if first not in groups:
            group = sub.add_parser(first, help=GROUP_HELP[first], description=GROUP_HELP[first])
            groups[first] = group.add_subparsers(dest=f"{first}_action", metavar="ACTION", required=True,
                                                 parser_class=make)
        if full:
            p = groups[first].add_parser(rest[0], help=command.help, **described)
            _add_command(p, command)
    return parser
