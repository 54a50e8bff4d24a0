"""What a command prints: one JSON object with ``--json``, else text for a person; errors alike."""

from __future__ import annotations

import argparse
import json
from typing import Any

from myvendors.cli.io import Io

Output = tuple[dict[str, Any], str]  # (the --json object, the text for a person)


def emit(io: Io, args: argparse.Namespace, data: dict[str, Any], human: str) -> None:
    if getattr(args, "json", False):
        io.stdout.write(json.dumps(data, indent=2, sort_keys=True) + "\n")
    elif human:
        io.stdout.write(human.rstrip("\n") + "\n")


def emit_error(io: Io, args: argparse.Namespace, code: int, kind: str, message: str, **extra: Any) -> None:
    """With ``--json``, the error as ``{"error": {"code", "type", "message", …}}`` on stdout."""
    if getattr(args, "json", False):
        error = {"code": code, "type": kind, "message": message}
        error.update({k: v for k, v in extra.items() if v is not None})
        io.stdout.write(json.dumps({"error": error}, indent=2, sort_keys=True) + "\n")
