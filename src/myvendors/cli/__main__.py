"""`python -m myvendors.cli COMMAND …`: the command line alone (never the desktop app)."""

import sys

from myvendors.cli import main

sys.exit(main())
