"""Every top-level command word, as plain data: `myvendors.__main__` reads it to choose between the
command line and the desktop app without importing either.

It must name the first word of every entry of `table.py`, in the same order (tests/test_cli_layout.py
checks it); a command added to the table is added here too.
"""

COMMANDS = (
    "init", "check", "passwd", "recover", "backup", "backups", "restore",
    "vendor", "agreement", "due", "reminders", "follow-up", "letter", "recurring", "interaction", "timeline", "spend", "note", "request", "offer", "search", "import", "export",
    "identity", "share", "verify", "ledger", "profile", "terms", "contact", "demo",
)
#: what else makes `myvendors ARG …` a command-line call rather than the app opening a vault
OPTIONS = ("-h", "--help", "--version")
