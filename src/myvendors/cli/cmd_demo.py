"""`myvendors demo PATH`: a new vault of realistic made-up data (myvendors.demo does the work)."""

from __future__ import annotations

import argparse

from myvendors.cli.io import Io


def demo(args: argparse.Namespace, io: Io) -> int:
    from myvendors import demo as demo_vault

    return demo_vault.command(args, io)
