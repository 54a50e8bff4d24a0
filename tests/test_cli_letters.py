"""`letter cancel` as scripts use it: the format from --out or --format, --language, --include,
--sent (an interaction and a follow-up), --json, and clear refusals (exit 4) that write nothing."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from helpers import PASSPHRASE, QUIET_ENV, run_cli
from helpers import CliVault as Vault

DOCS = Path(__file__).resolve().parents[1] / "docs" / "CLI.md"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    path = tmp_path_factory.mktemp("cli-letters") / "letters.myvendors"
    done = run_cli("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n",
                   env=QUIET_ENV)
    assert done.returncode == 0, done.stderr
    return Vault(path)


def _agreement(vault: Vault, name: str, **extra: str) -> tuple[int, int]:
    vendor = vault.json("vendor", "add", "--name", name, "--email", "cancel@streamly.example",
                        "--address", "Postfach 1, 10115 Berlin")["vendor"]
    args = [f"--{k.replace('_', '-')}" if i % 2 == 0 else v for k, v in extra.items() for i in (0, 1)]
    agreement = vault.json("agreement", "add", "--vendor", str(vendor["id"]), "--kind", "subscription",
                           "--title", "Premium", "--price", "9.99", "--currency", "EUR", "--period", "monthly",
                           *args)["agreement"]
    return vendor["id"], agreement["id"]


def test_table_constants_match_the_domain() -> None:
    from myvendors.cli import table
    from myvendors.domain import letters

    assert (table.LETTER_FORMATS, table.LETTER_LANGUAGES, table.LETTER_FIELDS) == (
        letters.FORMATS, letters.LANGUAGES, letters.LETTER_FIELDS)


def test_letter_cancel_writes_pdf_text_and_mailto(vault: Vault, tmp_path: Path) -> None:
    renewal = date.today() + timedelta(days=40)
    _, agreement_id = _agreement(vault, "Streamly", renewal=renewal.isoformat(), notice_days="30",
                                 reference="KD-4711")
    vault.json("profile", "--set", "name=Jana Example", "--set", "city=Leipzig")

    pdf = vault.json("letter", "cancel", str(agreement_id), "--out", str(tmp_path / "letter.pdf"))
    assert (pdf["format"], pdf["language"], pdf["included"], pdf["sent"]) == ("pdf", "en", [], None)
    assert pdf["deadline"] == {"today": date.today().isoformat(), "arrive_by": (renewal - timedelta(days=30)).isoformat(),
                               "effective": renewal.isoformat(), "in_time": True, "missed": None, "notice_days": 30,
                               "trial": False}
    assert pdf["advice"].startswith("In time: the letter must arrive by ")
    data = (tmp_path / "letter.pdf").read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")

    text = vault.json("letter", "cancel", str(agreement_id), "--out", str(tmp_path / "letter.txt"), "--language", "de",
                      "--include", "name,city")
    assert (text["format"], text["language"], text["included"]) == ("text", "de", ["name", "city"])
    written = (tmp_path / "letter.txt").read_text(encoding="utf-8")
    assert "Kündigung" in written and "KD-4711" in written and written.startswith("Jana Example\nLeipzig\n")

    link = vault.json("letter", "cancel", str(agreement_id), "--out", str(tmp_path / "letter"), "--format", "mailto")
    assert link["format"] == "mailto"
    url = (tmp_path / "letter").read_text(encoding="ascii").strip()
    parts = urlsplit(url)
    assert (parts.scheme, parts.path) == ("mailto", "cancel@streamly.example")
    assert parse_qs(parts.query)["subject"] == ["Cancellation of Premium – reference KD-4711"]

    human = vault.run("letter", "cancel", str(agreement_id), "--out", str(tmp_path / "again.pdf"))
    assert human.returncode == 0 and "Wrote the cancellation letter for Premium (Streamly)" in human.stdout


def test_letter_cancel_sent_records_an_interaction_and_a_follow_up(vault: Vault, tmp_path: Path) -> None:
    renewal = date.today() + timedelta(days=10)
    vendor_id, agreement_id = _agreement(vault, "Gym", renewal=renewal.isoformat(), notice_days="30")
    done = vault.json("letter", "cancel", str(agreement_id), "--out", str(tmp_path / "gym.pdf"), "--sent")
    assert done["deadline"]["in_time"] is False
    assert done["advice"].startswith("Too late for this term")
    sent = done["sent"]
    assert set(sent) == {"interaction_id", "follow_up_id", "follow_up_due", "follow_up"}
    assert sent["follow_up"] == "Has Gym confirmed the cancellation of Premium?"
    assert sent["follow_up_due"] == (date.today() + timedelta(days=14)).isoformat()
    timeline = vault.json("timeline", "--vendor", str(vendor_id))["interactions"]
    assert [(i["kind"], i["channel"], i["note"].split(" (")[0]) for i in timeline] == [
        ("request", "letter", "Cancellation letter sent for Premium")]


@pytest.mark.parametrize(("args", "field"), [
    (("999999", "--out", "x.pdf"), "id"),
    (("{id}", "--out", "x.doc"), "format"),
    (("{id}", "--out", "x.pdf", "--include", "phone"), "include"),
    (("{id}", "--out", "x.pdf", "--include", "shoe_size"), "include"),
])
def test_letter_cancel_refusals_write_nothing(vault: Vault, tmp_path: Path, args: tuple[str, ...], field: str) -> None:
    _, agreement_id = _agreement(vault, f"Refused {field}")
    argv = [a.replace("{id}", str(agreement_id)).replace("x.", str(tmp_path / "x.")) for a in args]
    error = vault.json("letter", "cancel", *argv, code=4)["error"]
    assert error["code"] == 4 and error["message"]
    assert list(tmp_path.iterdir()) == []


def test_letter_cancel_language_is_checked_before_unlocking(vault: Vault, tmp_path: Path) -> None:
    done = vault.run("letter", "cancel", "1", "--out", str(tmp_path / "x.pdf"), "--language", "it")
    assert done.returncode == 4 and "--language" in done.stderr  # a bad value is invalid input, before any secret


def test_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for needle in ("letter cancel AGREEMENT_ID --out FILE", "--sent", "--language", "--include", "follow_up_due",
                   "arrive_by"):
        assert needle in text, needle
