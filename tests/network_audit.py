"""A pytest plugin that watches a whole run for network use, through `sys.addaudithook`.

Loaded with ``-p network_audit`` (tests/ on PYTHONPATH), so its hook is in place before conftest,
Qt or the app is imported. It records every `socket.connect`, `socket.sendto` and
`socket.sendmsg` on a socket that is not AF_UNIX (D-Bus and the keyring talk over AF_UNIX), and
every host name lookup. At the end of the run it proves it is awake (a connection to a listening
socket on 127.0.0.1 must be seen, and is then left out), and writes what it saw as JSON to the
file named by MYVENDORS_AUDIT_LOG. Audit hooks cannot be removed: run it in a process of its own
(tests/test_no_network.py does).
"""

from __future__ import annotations

import json
import os
import socket
import sys
from typing import Any

SENDS = {"socket.connect", "socket.sendto", "socket.sendmsg"}
LOOKUPS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr",
           "socket.getnameinfo"}
seen: dict[str, Any] = {"network": [], "unix": 0, "events": 0, "awake": False}


def _hook(event: str, args: tuple[Any, ...]) -> None:
    try:
        seen["events"] += 1
        if event in SENDS:
            family = getattr(args[0], "family", None)
            if family == socket.AF_UNIX:
                seen["unix"] += 1
            else:
                seen["network"].append({"event": event, "family": str(family), "address": repr(args[-1])})
        elif event in LOOKUPS:
            seen["network"].append({"event": event, "args": repr(args)})
    except Exception:  # noqa: BLE001, S110 (a hook that raises would break the code it watches)
        pass


sys.addaudithook(_hook)


def _prove_awake() -> None:
    """A connection to a listener on 127.0.0.1 must be recorded; it is then taken off the list."""
    before = len(seen["network"])
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server, socket.socket(socket.AF_INET) as client:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        client.connect(server.getsockname())
    caught = seen["network"][before:]
    seen["awake"] = [c["event"] for c in caught] == ["socket.connect"]
    del seen["network"][before:]


def pytest_unconfigure() -> None:
    _prove_awake()
    target = os.environ.get("MYVENDORS_AUDIT_LOG")
    if target:
        with open(target, "w", encoding="utf-8") as fh:
            json.dump(seen, fh, indent=2)
