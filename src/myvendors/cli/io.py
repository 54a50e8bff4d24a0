"""Where a command reads secrets and writes results: the process's streams, or others in tests."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO


def ask_without_echo(prompt: str) -> str:
    """Ask on the terminal without echo (getpass, imported only when a secret is asked for)."""
    import getpass

    return getpass.getpass(prompt)


@dataclass
class Io:
    """Where a command reads secrets and writes results; swapped in tests.

    `run(argv, io)` writes everything through it, argparse's help and errors included, and reads
    ``--passphrase-stdin`` secrets and ``-`` documents from `stdin`; `prompt` asks for a secret
    when it is not piped in (the default asks on the terminal without echo).
    """

    stdin: TextIO = field(default_factory=lambda: sys.stdin)
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    prompt: Callable[[str], str] = ask_without_echo
