"""`myvendors` / `python -m myvendors`: a subcommand runs the CLI, anything else starts the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from myvendors import cli

    if args and (args[0] in cli.COMMANDS or args[0] in ("-h", "--help", "--version")):
        return cli.main(args)
    from myvendors import app  # Qt is imported only when the desktop app is wanted

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
