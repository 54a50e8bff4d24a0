"""The command line's own error: wrong use of it (exit code 2). Every other error is a
`myvendors.errors.MyVendorsError`, which carries its own exit code."""


class UsageError(Exception):
    """Wrong use of the command line: exit code 2."""
