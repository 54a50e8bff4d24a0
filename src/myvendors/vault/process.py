"""Process hardening for anything that holds an unlocked vault (the app and the CLI)."""

from __future__ import annotations

import contextlib
import os


def harden_process() -> None:
    """Private file modes for everything we create, and no core dumps of unlocked memory."""
    if os.name != "posix":
        return
    os.umask(0o077)
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
