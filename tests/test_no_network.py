"""No network: a whole command-line session (in-process, through the CLI's entry point) and a
whole desktop session (offscreen: unlock, every page, search, attachments, import, export, a
package shared, backup, lock) make no network connection and look up no host name. Only AF_UNIX
sockets (D-Bus, the keyring) may be connected.

The sessions are tests/test_no_plaintext.py and tests/ui/test_no_plaintext_gui.py, run again in a
pytest of their own under an audit hook (tests/network_audit.py): audit hooks cannot be removed.
What the hook sees is Python's sockets; a library that opens sockets in C (Qt's network module,
which the app does not use) would not be seen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent
SESSIONS = ("test_no_plaintext.py::test_a_cli_session_leaves_no_plaintext_outside_the_vault",
            "ui/test_no_plaintext_gui.py::test_a_gui_session_leaves_no_plaintext_outside_the_vault")


def test_a_cli_and_a_gui_session_use_no_network(tmp_path: Path) -> None:
    log = tmp_path / "audit.json"
    env = {**os.environ, "MYVENDORS_AUDIT_LOG": str(log), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, (str(TESTS), os.environ.get("PYTHONPATH"))))}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "network_audit", "-p", "no:cacheprovider", "-q", "--no-header",
         "--rootdir", str(TESTS.parent), *(str(TESTS / s) for s in SESSIONS)],
        cwd=TESTS.parent, env=env, capture_output=True, text=True, timeout=600, check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "2 passed" in run.stdout, run.stdout[-2000:]
    seen = json.loads(log.read_text(encoding="utf-8"))
    assert seen["awake"], "the audit hook did not see a test connection to 127.0.0.1"
    assert seen["events"] > 1000  # it watched the sessions, not only the end
    assert seen["network"] == [], f"network use: {seen['network'][:10]}"
