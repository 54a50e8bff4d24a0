"""The bundle's entry point (packaging/myvendors.spec): the same `myvendors.__main__:main` as the
installed `myvendors` command, so one executable is both the command line and the desktop app."""

import sys

from myvendors.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
