"""The unlocked process: private file modes and no core dumps, in a real child process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX resource limits and umask")


def test_harden_process_sets_umask_and_disables_core_dumps() -> None:
    code = (
        "import os, resource\n"
        "from myvendors.vault.process import harden_process\n"
        "harden_process()\n"
        "print(oct(os.umask(0)), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "0o77 (0, 0)"


def test_the_cli_hardens_itself(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import os, resource, sys\n"
        "from myvendors import cli\n"
        "cli.run = lambda argv, io=None: print(oct(os.umask(0o077)), resource.getrlimit(resource.RLIMIT_CORE)) or 0\n"
        "sys.exit(cli.main(['backups']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "0o77 (0, 0)"
