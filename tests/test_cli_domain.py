"""The relationship commands as scripts use them: stdin secrets, JSON, exit codes — run in this
process through `myvendors.cli.run` (tests/test_cli_process.py runs real processes).

One vault serves the whole module (each command derives its key), so every test makes the records
it needs and asserts on those, never on totals another test could change.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from helpers import PASSPHRASE, run_cli

from myvendors import cli

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real-files"
CONTACTS_CSV = REAL / "csv-vendors" / "contacts_export.csv"
ORG_VCARD = REAL / "vcard" / "vcard40_org.vcf"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "CLI.md"
QUIET_ENV = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def myvendors(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, stdin=stdin, env=QUIET_ENV)


class Vault:
    """The module's vault, and the commands run against it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def init(cls, folder: Path, name: str) -> Vault:
        """`myvendors init` a vault `name` in `folder` (PASSPHRASE, the fastest key strength)."""
        path = folder / name
        done = myvendors("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n")
        assert done.returncode == 0, done.stderr
        return cls(path)

    def run(self, *args: str, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
        return myvendors(*args, "--vault", str(self.path), "--passphrase-stdin", stdin=passphrase + "\n")

    def json(self, *args: str, code: int = 0) -> dict[str, Any]:
        """Run with --json; check the exit code; the printed object."""
        done = self.run(*args, "--json")
        assert done.returncode == code, (args, done.returncode, done.stderr)
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    def error(self, *args: str, code: int) -> dict[str, Any]:
        return self.json(*args, code=code)["error"]

    def vendor(self, name: str, *extra: str) -> dict[str, Any]:
        return self.json("vendor", "add", "--name", name, *extra)["vendor"]


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    return Vault.init(tmp_path_factory.mktemp("cli-domain"), "shared.myvendors")


VENDOR_KEYS = {"id", "uid", "name", "website", "category", "email", "phone", "address", "notes", "status", "tags",
               "created_at", "updated_at", "deleted_at"}


# -- vendors -------------------------------------------------------------------------------
def test_vendor_add_list_show_edit_delete_restore(vault: Vault) -> None:
    added = vault.vendor("Streamly", "--website", "streamly.example", "--tag", "tv", "--tag", "cli-vendors",
                         "--email", "help@streamly.example", "--category", "Streaming", "--notes", "since 2020")
    assert set(added) == VENDOR_KEYS
    assert (added["website"], added["tags"], added["status"]) == ("https://streamly.example", ["cli-vendors", "tv"],
                                                                 "active")
    vendor_id = str(added["id"])
    blocked = vault.vendor("Spammer", "--status", "blocked", "--tag", "cli-vendors")

    listed = vault.json("vendor", "list", "--tag", "cli-vendors")
    assert set(listed) == {"vendors", "count"} and listed["count"] == 2
    assert [v["name"] for v in listed["vendors"]] == ["Spammer", "Streamly"]
    only_blocked = vault.json("vendor", "list", "--tag", "cli-vendors", "--status", "blocked")["vendors"]
    assert [v["id"] for v in only_blocked] == [blocked["id"]]

    shown = vault.json("vendor", "show", vendor_id)
    assert set(shown) == {"vendor", "agreements", "standing", "contacts_standing", "timeline", "timeline_count",
                         "attachments", "leak_canaries"}
    assert shown["standing"] == {"overall": None, "notes": 0, "dimensions": {}}

    edited = vault.json("vendor", "edit", vendor_id, "--name", "Streamly Plus", "--tag", "cli-vendors")["vendor"]
    assert (edited["name"], edited["tags"]) == ("Streamly Plus", ["cli-vendors"])
    assert edited["email"] == "help@streamly.example"  # fields not given stay

    assert vault.json("vendor", "delete", vendor_id)["vendor"]["deleted_at"]
    assert [v["id"] for v in vault.json("vendor", "list", "--tag", "cli-vendors")["vendors"]] == [blocked["id"]]
    assert vendor_id in {str(v["id"]) for v in vault.json("vendor", "list", "--trashed")["vendors"]}
    assert vault.json("vendor", "restore", vendor_id)["vendor"]["deleted_at"] is None

    human = vault.run("vendor", "list", "--tag", "cli-vendors")
    assert human.returncode == 0 and "Streamly Plus" in human.stdout and "[blocked]" in human.stdout


# -- agreements, due, timeline, notes ------------------------------------------------------
def test_agreements_and_what_is_due(vault: Vault) -> None:
    vendor_id = str(vault.vendor("Gym & Co")["id"])
    renewal = date.today() + timedelta(days=40)
    added = vault.json("agreement", "add", "--vendor", vendor_id, "--kind", "membership", "--title", "Gold",
                       "--price", "39.90", "--currency", "eur", "--period", "monthly", "--start", "2024-01-15",
                       "--renewal", renewal.isoformat(), "--notice-days", "30")["agreement"]
    assert added["price"] == {"minor": 3990, "currency": "EUR", "amount": "39.90"}
    assert added["cancel_by"] == (renewal - timedelta(days=30)).isoformat()

    of_vendor = vault.json("agreement", "list", "--vendor", vendor_id)
    assert set(of_vendor) == {"agreements", "count"}
    assert [(a["id"], a["vendor_name"]) for a in of_vendor["agreements"]] == [(added["id"], "Gym & Co")]
    assert added["id"] in {a["id"] for a in vault.json("agreement", "list")["agreements"]}

    due = vault.json("due", "--days", "20")
    assert set(due) == {"due", "days", "count"} and due["days"] == 20
    mine = [d for d in due["due"] if d["agreement"]["id"] == added["id"]]
    assert [(d["what"], d["vendor_name"]) for d in mine] == [("cancel-by", "Gym & Co")]
    assert [d["what"] for d in vault.json("due", "--days", "60")["due"] if d["agreement"]["id"] == added["id"]] == [
        "cancel-by", "renews"]


def test_agreement_trial_end_and_reference_and_edit(vault: Vault) -> None:
    vendor_id = str(vault.vendor("Streamly Kids")["id"])
    added = vault.json("agreement", "add", "--vendor", vendor_id, "--kind", "subscription", "--title", "Kids",
                       "--start", "2025-01-01", "--trial-end", "2025-01-31", "--reference", "  KD-77  01 ")["agreement"]
    assert (added["trial_end"], added["reference"]) == ("2025-01-31", "KD-77 01")

    edited = vault.json("agreement", "edit", str(added["id"]), "--reference", "KD-78", "--price", "4.99",
                        "--currency", "EUR")["agreement"]
    assert (edited["reference"], edited["price"]["amount"], edited["trial_end"]) == ("KD-78", "4.99", "2025-01-31")
    assert vault.json("agreement", "edit", str(added["id"]), "--reference", "")["agreement"]["reference"] == ""

    early = vault.run("agreement", "edit", str(added["id"]), "--trial-end", "2024-12-31")
    assert early.returncode != 0 and "free trial ends before" in early.stderr
    nothing = vault.run("agreement", "edit", str(added["id"]))
    assert nothing.returncode == 2 and "nothing to change" in nothing.stderr


def test_reminders_and_follow_ups(vault: Vault) -> None:
    vendor_id = vault.vendor("Remind Gym")["id"]
    today = date.today()
    vault.json("agreement", "add", "--vendor", str(vendor_id), "--kind", "membership", "--title", "Trial",
               "--trial-end", (today + timedelta(days=2)).isoformat(), "--renewal", (today + timedelta(days=20)).isoformat())
    added = vault.json("follow-up", "add", "--vendor", str(vendor_id), "--due", today.isoformat(),
                       "--title", "Cancellation confirmed?")["follow_up"]
    assert (added["title"], added["due"], added["done_at"]) == ("Cancellation confirmed?", today.isoformat(), None)

    found = vault.json("reminders", "--days", "10")
    assert set(found) == {"due", "coming", "count", "schedule"} and found["schedule"] == [14, 3, 0]
    mine = [(r["what"], r["lead"], r["days_left"]) for r in found["due"] if r["vendor_id"] == vendor_id]
    assert mine == [("follow-up", 0, 0), ("trial-end", 3, 2)]
    assert set(found["due"][0]) >= {"key", "what", "on", "lead", "starts", "days_left", "vendor_name", "title",
                                    "record_id", "shown", "dismissed"}
    coming = [(r["what"], r["lead"], r["starts"]) for r in found["coming"] if r["vendor_id"] == vendor_id]
    assert coming == [("trial-end", 0, (today + timedelta(days=2)).isoformat()),
                      ("renewal", 14, (today + timedelta(days=6)).isoformat())]
    human = vault.run("reminders")
    assert human.returncode == 0 and "Remind Gym — Cancellation confirmed?" in human.stdout

    listed = vault.json("follow-up", "list")["follow_ups"]
    assert [f["vendor_name"] for f in listed if f["id"] == added["id"]] == ["Remind Gym"]
    assert vault.json("follow-up", "done", str(added["id"]))["follow_up"]["done_at"]
    assert added["id"] not in {f["id"] for f in vault.json("follow-up", "list")["follow_ups"]}
    assert vault.json("follow-up", "done", str(added["id"]), "--undo")["follow_up"]["done_at"] is None
    assert vault.error("follow-up", "add", "--vendor", str(vendor_id), "--due", today.isoformat(), "--title", " ",
                       code=4)["field"] == "title"


def test_interactions_timeline_and_notes(vault: Vault) -> None:
    vendor_id = str(vault.vendor("Bakery Crème")["id"])
    on_a_day = vault.json("interaction", "add", "--vendor", vendor_id, "--kind", "payment", "--at", "2025-03-01",
                          "--amount", "4.20", "--currency", "EUR", "--channel", "shop", "--note", "croissants")
    interaction = on_a_day["interaction"]
    assert set(on_a_day) == {"interaction"}
    assert datetime.fromisoformat(interaction["at"]).astimezone().date() == date(2025, 3, 1)
    assert interaction["amount"]["amount"] == "4.20" and interaction["kind"] == "payment"
    exact = vault.json("interaction", "add", "--vendor", vendor_id, "--kind", "complaint",
                       "--at", "2025-04-02T09:30:00+02:00")["interaction"]
    assert exact["at"].startswith("2025-04-02T07:30:00")
    vault.json("interaction", "add", "--vendor", vendor_id, "--kind", "repeat-purchase")  # now

    listed = vault.json("timeline", "--vendor", vendor_id, "--limit", "2")
    assert set(listed) == {"interactions", "count"} and listed["count"] == 2
    assert listed["interactions"][1]["id"] == exact["id"]  # newest first
    assert vault.json("timeline", "--limit", "1")["count"] == 1

    noted = vault.json("note", "add", "--vendor", vendor_id, "--quality", "5", "--price", "3", "--text", "Flaky",
                       "--tag", "food", "--on", "2025-03-02")
    assert set(noted) == {"note", "standing"}
    assert noted["note"]["ratings"] == {"quality": 5, "price": 3} and noted["note"]["on"] == "2025-03-02"
    assert noted["standing"] == {"overall": 4.0, "notes": 1, "dimensions": {"quality": {"mean": 5.0, "ratings": 1},
                                                                            "price": {"mean": 3.0, "ratings": 1}}}
    shown = vault.json("vendor", "show", vendor_id)
    assert shown["timeline_count"] == 3 and shown["standing"]["overall"] == 4.0
    human = vault.run("vendor", "show", vendor_id)
    assert "croissants" in human.stdout and "Standing: 4.0/5" in human.stdout


def test_interaction_and_note_edit(vault: Vault) -> None:
    vendor_id = str(vault.vendor("Edit Bakery")["id"])
    other_id = str(vault.vendor("Edit Café")["id"])
    added = vault.json("interaction", "add", "--vendor", vendor_id, "--kind", "payment", "--at", "2025-03-01",
                       "--amount", "4.20", "--currency", "EUR", "--channel", "shop", "--note", "croissants")["interaction"]
    one = str(added["id"])
    edited = vault.json("interaction", "edit", one, "--note", "baguettes", "--amount", "5.10", "--currency", "EUR")
    assert set(edited) == {"interaction"}
    changed = edited["interaction"]
    assert (changed["note"], changed["amount"]["amount"], changed["channel"], changed["kind"], changed["at"]) == (
        "baguettes", "5.10", "shop", "payment", added["at"])
    assert vault.json("interaction", "edit", one, "--currency", "USD")["interaction"]["amount"]["currency"] == "USD"
    moved = vault.json("interaction", "edit", one, "--vendor", other_id, "--kind", "tip", "--amount", "")["interaction"]
    assert (moved["vendor_id"], moved["kind"], moved["amount"]) == (int(other_id), "tip", None)
    assert vault.json("timeline", "--vendor", vendor_id)["count"] == 0
    assert "baguettes" in vault.run("interaction", "edit", one, "--channel", "phone").stdout
    bad_kind = vault.error("interaction", "edit", one, "--kind", "telepathy", code=4)
    assert bad_kind["field"] == "kind"
    assert vault.error("interaction", "edit", one, "--currency", "EUR", code=4)["field"] == "amount"
    assert vault.error("interaction", "edit", one, "--channel", "x" * 101, code=4)["field"] == "channel"
    assert vault.error("interaction", "edit", "999999", "--note", "x", code=4)["field"] == "id"
    assert vault.run("interaction", "edit", one).returncode == 2

    note = vault.json("note", "add", "--vendor", vendor_id, "--quality", "2", "--price", "4", "--text", "Stale",
                      "--tag", "food", "--on", "2025-03-02")["note"]
    nid = str(note["id"])
    edited_note = vault.json("note", "edit", nid, "--quality", "4", "--text", "Fresh")
    assert set(edited_note) == {"note", "standing"}
    assert (edited_note["note"]["ratings"], edited_note["note"]["text"], edited_note["note"]["tags"],
            edited_note["note"]["on"]) == ({"quality": 4, "price": 4}, "Fresh", ["food"], "2025-03-02")
    assert edited_note["standing"]["overall"] == 4.0
    cleared = vault.json("note", "edit", nid, "--price", "0", "--tag", "", "--on", "2025-03-05")["note"]
    assert (cleared["ratings"], cleared["tags"], cleared["on"]) == ({"quality": 4}, [], "2025-03-05")
    assert vault.error("note", "edit", nid, "--service", "6", code=4)["field"] == "service"
    refused = vault.error("note", "edit", nid, "--quality", "0", "--text", "", code=4)
    assert refused["field"] == "text"
    assert vault.json("note", "edit", nid, "--vendor", other_id)["standing"]["overall"] == 4.0


# -- requests and offers -------------------------------------------------------------------
def test_request_offer_accept(vault: Vault) -> None:
    request = vault.json("request", "add", "--title", "Winter tyres", "--budget-min", "300", "--budget-max", "500",
                         "--currency", "EUR", "--location", "Berlin", "--needed-by", "2025-11-01")["request"]
    assert (request["status"], request["budget_max"]["minor"], request["needed_by"]) == ("draft", 50000, "2025-11-01")
    request_id = str(request["id"])
    assert vault.json("request", "status", request_id, "open")["request"]["status"] == "open"
    assert request["id"] in {r["id"] for r in vault.json("request", "list", "--status", "open")["requests"]}

    offer = vault.json("offer", "add", "--request", request_id, "--sender", "Reifen Müller", "--price", "420",
                       "--currency", "EUR", "--valid-until", "2025-10-01")["offer"]
    assert (offer["vendor_id"], offer["sender"], offer["accepted"]) == (None, "Reifen Müller", False)
    offers = vault.json("offer", "list", "--request", request_id)
    assert set(offers) == {"offers", "count"} and offers["count"] == 1

    accepted = vault.json("offer", "accept", str(offer["id"]))
    assert set(accepted) == {"offer", "request", "vendor"}
    assert accepted["offer"]["accepted"] and accepted["request"]["status"] == "fulfilled"
    assert accepted["vendor"]["name"] == "Reifen Müller"
    timeline = vault.json("timeline", "--vendor", str(accepted["vendor"]["id"]))["interactions"]
    assert [i["kind"] for i in timeline] == ["offer-accepted"]

    refused = vault.error("request", "status", request_id, "draft", code=4)
    assert refused["field"] == "status" and "cannot become" in refused["message"]


# -- search --------------------------------------------------------------------------------
def test_search_groups_results_by_kind(vault: Vault) -> None:
    vendor_id = str(vault.vendor("Zyxwabbit Telecom")["id"])
    vault.json("agreement", "add", "--vendor", vendor_id, "--kind", "contract", "--title", "Zyxwabbit Fibre")
    found = vault.json("search", "zyxwab", "--limit", "5")
    assert set(found) == {"query", "results", "count"} and found["query"] == "zyxwab"
    assert set(found["results"]) == {"vendors", "agreements"} and found["count"] == 2
    assert set(found["results"]["vendors"][0]) == {"kind", "id", "title", "snippet", "vendor_id", "vendor_name"}
    assert vault.json("search", "qqqnothingqqq") == {"query": "qqqnothingqqq", "results": {}, "count": 0}


def test_a_search_hit_quotes_the_field_the_words_were_found_in(vault: Vault) -> None:
    vault.vendor("Qwvelo Works", "--phone", "5559871113", "--address", "113 Main St", "--website", "https://qwvelo.example.com")
    (hit,) = vault.json("search", "55598")["results"]["vendors"]
    assert set(hit) == {"kind", "id", "title", "snippet", "vendor_id", "vendor_name"}
    assert (hit["title"], hit["snippet"]) == ("Qwvelo Works", "5559871113")  # not "…com 5559871113 113 Main St"


# -- exit codes ----------------------------------------------------------------------------
def test_invalid_input_exits_4_naming_the_field(vault: Vault) -> None:
    vendor_id = str(vault.vendor("Exit Codes Ltd")["id"])
    bad_date = vault.error("agreement", "add", "--vendor", vendor_id, "--kind", "contract", "--title", "T",
                           "--renewal", "2025-02-30", code=4)
    assert (bad_date["field"], bad_date["type"]) == ("renewal", "InvalidInput") and "--renewal" in bad_date["message"]
    unknown_kind = vault.error("interaction", "add", "--vendor", vendor_id, "--kind", "telepathy", code=4)
    assert unknown_kind["field"] == "kind" and "payment" in unknown_kind["message"]
    missing_vendor = vault.error("note", "add", "--vendor", "999999", "--text", "who?", code=4)
    assert missing_vendor["field"] == "id" and "999999" in missing_vendor["message"]
    no_currency = vault.error("interaction", "add", "--vendor", vendor_id, "--kind", "tip", "--amount", "1", code=4)
    assert no_currency["field"] == "currency"
    assert vault.error("note", "add", "--vendor", vendor_id, "--service", "6", code=4)["field"] == "service"
    assert vault.error("vendor", "add", "--name", "X", "--email", "not-mail", code=4)["field"] == "email"
    human = vault.run("interaction", "add", "--vendor", vendor_id, "--kind", "tip", "--at", "yesterday")
    assert human.returncode == 4 and "--at 'yesterday' is not a date" in human.stderr


def test_wrong_passphrase_exits_3_and_a_missing_vault_4(vault: Vault, tmp_path: Path) -> None:
    wrong = vault.run("vendor", "list", "--json", passphrase="not the passphrase at all")
    assert wrong.returncode == 3 and json.loads(wrong.stdout)["error"]["type"] == "WrongSecret"
    missing = Vault(tmp_path / "none.myvendors").run("vendor", "list")
    assert missing.returncode == 4


def _in_process(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(list(argv), cli.Io(stdin=io.StringIO(""), stdout=out, stderr=err))
    return code, out.getvalue() + err.getvalue()


@pytest.mark.parametrize("argv", [
    ("vendor",),  # no action
    ("vendor", "add"),  # --name is required
    ("vendor", "show"),  # the id is required
    ("offer", "add", "--request", "1"),  # --vendor or --sender
    ("offer", "add", "--request", "1", "--vendor", "1", "--sender", "S"),  # not both
    ("export",),
    ("search", "x", "--no-such-flag"),
])
def test_usage_errors_exit_2_before_any_secret(argv: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    assert _in_process(*argv)[0] == 2


def test_every_command_has_help_and_is_documented() -> None:
    documented = DOCS.read_text("utf-8")
    for command in cli.ALL_RECORD_COMMANDS:
        assert command.words[0] in cli.COMMANDS
        try:
            code, _ = _in_process(*command.words, "--help")
        except SystemExit as exc:  # pragma: no cover - run() turns --help into a return code
            code = int(exc.code or 0)
        assert code == 0, command.words
        assert f"`myvendors {' '.join(command.words)}" in documented, command.words


# -- import and export ---------------------------------------------------------------------
needs_csv = pytest.mark.skipif(not CONTACTS_CSV.is_file(), reason=f"{CONTACTS_CSV} is not there")
needs_vcard = pytest.mark.skipif(not ORG_VCARD.is_file(), reason=f"{ORG_VCARD} is not there")
IMPORT_KEYS = {"file", "format", "dry_run", "mapping", "drafts", "duplicates", "duplicates_skipped", "created", "count",
               "skipped", "warnings"}


def _vendor_count(vault: Vault) -> int:
    return int(vault.json("vendor", "list", "--limit", "10000")["count"])


@needs_csv
def test_import_csv_dry_run_writes_nothing_then_imports(vault: Vault) -> None:
    before = _vendor_count(vault)
    preview = vault.json("import", "vendors", str(CONTACTS_CSV), "--dry-run")
    assert set(preview) == IMPORT_KEYS and preview["dry_run"] and preview["format"] == "csv"
    assert preview["mapping"]["name"] == "company" and preview["created"] == []
    assert [d["origin"] for d in preview["drafts"]] == ["line 2", "line 3"]
    assert [(d["origin"], d["other_index"]) for d in preview["duplicates"]] == [("line 3", 0)]  # Acme twice
    assert _vendor_count(vault) == before

    done = vault.json("import", "vendors", str(CONTACTS_CSV), "--skip-duplicates", "--map", "tags=tags")
    assert (done["count"], done["duplicates_skipped"], len(done["created"])) == (1, 1, 1)
    assert done["created"][0]["name"] == "Acme" and done["created"][0]["tags"] == ["developer", "influencer"]
    assert _vendor_count(vault) == before + 1
    again = vault.json("import", "vendors", str(CONTACTS_CSV), "--dry-run")
    in_vault = [(d["origin"], d["vendor_id"]) for d in again["duplicates"] if d["vendor_id"] is not None]
    assert in_vault == [("line 2", done["created"][0]["id"]), ("line 3", done["created"][0]["id"])]


@needs_csv
def test_import_csv_keeps_the_contact_person_and_its_columns_can_be_mapped(vault: Vault) -> None:
    preview = vault.json("import", "vendors", str(CONTACTS_CSV), "--dry-run")
    assert (preview["mapping"]["contact"], preview["mapping"]["title"]) == ("first_name + last_name", "title")
    assert [d["notes"] for d in preview["drafts"]] == ["Contact: John Doe (Sales Executive)", "Contact: Jane Doe (Designer)"]
    mapped = vault.json("import", "vendors", str(CONTACTS_CSV), "--dry-run", "--map", "contact=last_name", "--map", "title=")
    assert [d["notes"] for d in mapped["drafts"]] == ["Contact: Doe", "Contact: Doe"]


@needs_vcard
def test_import_vcard(vault: Vault) -> None:
    done = vault.json("import", "vendors", str(ORG_VCARD))
    assert done["format"] == "vcard" and done["mapping"] == {}
    assert [v["name"] for v in done["created"]] == ["ABC, Inc."]
    human = vault.run("import", "vendors", str(ORG_VCARD), "--dry-run")
    assert human.returncode == 0 and "nothing was written" in human.stdout and "Possible duplicate" in human.stdout


def test_a_malformed_csv_writes_nothing_and_names_the_line(vault: Vault, tmp_path: Path) -> None:
    bad = tmp_path / "vendors.csv"
    bad.write_text("Company,E-Mail\nFine Ltd,fine@fine.example\nBroken Ltd,not-an-address\n", encoding="utf-8")
    before = _vendor_count(vault)
    error = vault.error("import", "vendors", str(bad), code=4)
    assert error["field"] == "email" and "line 3" in error["message"]
    assert _vendor_count(vault) == before
    assert vault.error("import", "vendors", str(tmp_path / "absent.csv"), code=4)["field"] == "file"
    assert vault.error("import", "vendors", str(bad), "--map", "colour=Company", code=4)["field"] == "map"


def test_export_json_and_ics(vault: Vault, tmp_path: Path) -> None:
    vendor_id = str(vault.vendor("Export Me")["id"])
    vault.json("agreement", "add", "--vendor", vendor_id, "--kind", "subscription", "--title", "Plan",
               "--renewal", (date.today() + timedelta(days=5)).isoformat(), "--cancel-by", date.today().isoformat())
    target = tmp_path / "vault.json"
    exported = vault.json("export", "json", str(target))
    assert set(exported) == {"file", "format", "counts"} and exported["format"] == "json"
    document = json.loads(target.read_text("utf-8"))
    assert document["format"] == "myvendors-export" and document["version"] == 1
    assert exported["counts"]["vendors"] == len(document["vendors"]) >= 1
    assert "Export Me" in {v["name"] for v in document["vendors"]}

    calendar = tmp_path / "renewals.ics"
    made = vault.json("export", "ics", str(calendar), "--alarm-days", "3")
    assert set(made) == {"file", "format", "events", "alarm_days"} and made["events"] >= 2 and made["alarm_days"] == [3]
    assert vault.json("export", "ics", str(calendar))["alarm_days"] == [14, 3, 0]  # her schedule
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR") and b"Renews: Export Me" in calendar.read_bytes()
    if os.name == "posix":
        assert {oct(p.stat().st_mode & 0o777) for p in (target, calendar)} == {"0o600"}
    assert vault.error("export", "json", str(tmp_path / "no" / "such" / "folder.json"), code=4)["field"] == "file"
