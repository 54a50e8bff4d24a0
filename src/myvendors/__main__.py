"""`myvendors` / `python -m myvendors`: a subcommand runs the CLI, anything else starts the app.

The choice is made from a plain list of command words (`myvendors.cli.names`), so that neither
the command line nor Qt is imported before it is needed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from myvendors.cli import names

    if args and (args[0] in names.COMMANDS or args[0] in names.OPTIONS):
        from myvendors import cli

        return cli.main(args)
    from myvendors import app  # Qt is imported only when the desktop app is wanted

    return app.main(args)


if __name__ == "__main__":
    sys.exit(main())
