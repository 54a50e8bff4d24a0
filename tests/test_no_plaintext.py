"""No plaintext outside the vault: a whole command-line session with canary strings in every kind
of record, then not one canary (UTF-8, UTF-16 LE or BE) in any file under the data, config,
cache, state, runtime, temporary and home folders, except the exports and packages asked for.

The same session in the desktop app is tests/ui/test_no_plaintext_gui.py; tests/test_no_network.py
runs both again under an audit hook that watches for network connections.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli
from plaintext import canary_files, session_folders

CANARY = "Kanarienvogel-Zaunkoenig-5150"
NEW_PASSPHRASE = "a fresh passphrase nobody guesses"


def test_a_cli_session_leaves_no_plaintext_outside_the_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    session_folders(home, monkeypatch)
    exports = home / "exports"  # what she asks to be written in the clear: the only files allowed to hold it
    exports.mkdir()
    inputs = tmp_path / "inputs"  # files she reads in (outside the folders looked at)
    inputs.mkdir()
    rows = inputs / "contacts.csv"
    rows.write_text(f"Company,Notes,E-Mail\nImported {CANARY} GmbH,{CANARY} imported note,imp@example.com\n"
                    f"Second {CANARY} AG,more {CANARY},second@example.com\n", encoding="utf-8")
    passphrase = PASSPHRASE

    def ok(*args: str, stdin: str | None = None) -> dict:
        done = run_cli(*args, "--json", stdin=stdin if stdin is not None else passphrase + "\n")
        assert done.returncode == 0, f"myvendors {' '.join(args)}: {done.stderr}"
        return json.loads(done.stdout) if done.stdout.strip() else {}

    def sec(*args: str) -> list[str]:
        return [*args, "--passphrase-stdin"]

    made = ok(*sec("init", "--kdf-seconds", "0"), stdin=f"{passphrase}\n{passphrase}\n")  # the default vault
    assert Path(made["vault"]).is_relative_to(home / "data")
    vendor = ok(*sec("vendor", "add", "--name", f"Shop {CANARY}", "--notes", f"notes {CANARY}", "--email",
                     "shop@example.com", "--address", f"{CANARY} street 1", "--tag", f"tag{CANARY}"))["vendor"]["id"]
    ok(*sec("vendor", "edit", str(vendor), "--notes", f"edited {CANARY}", "--category", f"cat {CANARY}"))
    ok(*sec("agreement", "add", "--vendor", str(vendor), "--kind", "subscription", "--title", f"Plan {CANARY}",
            "--price", "9.99", "--currency", "EUR", "--period", "monthly", "--renewal", "2031-01-01",
            "--notes", CANARY))
    ok(*sec("interaction", "add", "--vendor", str(vendor), "--kind", "payment", "--amount", "9.99", "--currency",
            "EUR", "--note", f"paid {CANARY}", "--channel", CANARY))
    ok(*sec("note", "add", "--vendor", str(vendor), "--quality", "5", "--text", f"great {CANARY}", "--tag", CANARY))
    request = ok(*sec("request", "add", "--title", f"Bike {CANARY}", "--description", f"wanted {CANARY}",
                      "--location", CANARY, "--conditions", CANARY))["request"]["id"]
    ok(*sec("offer", "add", "--request", str(request), "--sender", f"Sender {CANARY}", "--price", "100",
            "--currency", "EUR", "--conditions", CANARY))
    ok(*sec("profile", "--set", f"name=Ann {CANARY}", "--set", f"city={CANARY}"))
    ok(*sec("import", "vendors", str(rows)))
    ok(*sec("search", "Kanarienvogel"))
    ok(*sec("vendor", "list"))
    ok(*sec("vendor", "show", str(vendor)))
    ok(*sec("timeline"))
    ok(*sec("share", "request", str(request), "--out", str(exports), "--document", str(exports / "request.json"),
            "--html", str(exports / "request.html")))
    ok(*sec("share", "vendor", str(vendor), "--fields", "name,city", "--out", str(exports / "profile.jws")))
    ok(*sec("export", "json", str(exports / "everything.json")))
    ok(*sec("export", "ics", str(exports / "dates.ics")))
    backup = ok("backup", "--passphrase-stdin")["backup"]
    ok("passwd", "--passphrase-stdin", "--kdf-seconds", "0", stdin=f"{passphrase}\n{NEW_PASSPHRASE}\n")
    passphrase = NEW_PASSPHRASE
    ok(*sec("vendor", "delete", str(vendor)))
    ok(*sec("vendor", "restore", str(vendor)))
    ok("restore", backup, made["vault"], "--passphrase-stdin")
    ok(*sec("ledger", "--verify"))
    ok("check", "--passphrase-stdin")

    assert (exports / "everything.json").read_text(encoding="utf-8").count(CANARY) > 10  # the canary is there to find
    leaked = canary_files(home, [CANARY], allowed=[exports])
    assert not leaked, f"plaintext outside the vault: {[str(p.relative_to(home)) for p in leaked]}"
    assert canary_files(home / "exports", [CANARY]), "the exports asked for hold it: the search works"
