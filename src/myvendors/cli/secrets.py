"""Reading the secrets a command needs: never arguments; stdin lines or no-echo prompts."""

from __future__ import annotations

import argparse

from myvendors.cli.errors import UsageError
from myvendors.cli.io import Io, ask_without_echo
from myvendors.errors import InvalidInput


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
        if self._io.prompt is ask_without_echo and not self._io.stdin.isatty():
            raise UsageError("there is no terminal to ask for secrets; pass --passphrase-stdin and pipe them in")
        first = self._io.prompt(prompt)
        if confirm and self._io.prompt("Again, to confirm: ") != first:
            raise InvalidInput("The two passphrases differ; nothing was changed.", field="passphrase")
        return first
