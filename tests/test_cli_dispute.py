"""`dispute` as scripts use it: the ZIP and --pdf, --include/--exclude, --statement TEXT|@FILE,
--json, the pack verified by docs/verify_dispute_pack.py, and refusals (exit 4) that write nothing."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from helpers import PASSPHRASE, QUIET_ENV, run_cli
from helpers import CliVault as Vault

SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "verify_dispute_pack.py"
DOCS = Path(__file__).resolve().parents[1] / "docs" / "CLI.md"


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Vault, int]:
    path = tmp_path_factory.mktemp("cli-dispute") / "dispute.myvendors"
    done = run_cli("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=PASSPHRASE + "\n",
                   env=QUIET_ENV)
    assert done.returncode == 0, done.stderr
    vault = Vault(path)
    vendor = vault.json("vendor", "add", "--name", "Möbel Krüger", "--website", "moebel.example")["vendor"]["id"]
    vault.json("interaction", "add", "--vendor", str(vendor), "--kind", "payment", "--amount", "899.00",
               "--currency", "EUR", "--at", "2026-10-01", "--note", "Sofa, paid in advance")
    vault.json("interaction", "add", "--vendor", str(vendor), "--kind", "complaint", "--at", "2026-11-15",
               "--note", "Not delivered after six weeks")
    vault.json("agreement", "add", "--vendor", str(vendor), "--kind", "contract", "--title", "Sofa order 4711")
    vault.json("profile", "--set", "email=ann@example.org")
    vault.json("share", "vendor", str(vendor), "--fields", "email", "--out", str(path.parent / "profile.jws"))
    return vault, vendor


def _verify(target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-I", "-S", str(SCRIPT), str(target)], capture_output=True, text=True,
                          check=False, timeout=120)


def test_table_constants_match_the_domain() -> None:
    from myvendors.cli import table
    from myvendors.domain import dispute

    assert table.DISPUTE_PARTS == dispute.RECORD_PARTS


def test_dispute_round_trip(vault: tuple[Vault, int], tmp_path: Path) -> None:
    v, vendor = vault
    statement = tmp_path / "statement.txt"
    statement.write_text("Ich habe bezahlt, das Sofa kam nie.\n", encoding="utf-8")
    out, pdf = tmp_path / "pack.zip", tmp_path / "pack.pdf"
    result = v.json("dispute", str(vendor), "--out", str(out), "--pdf", str(pdf), "--statement", f"@{statement}",
                    "--language", "de")
    assert result["file"] == str(out) and result["pdf"] == str(pdf)
    assert (result["vendor_id"], result["vendor"], result["language"]) == (vendor, "Möbel Krüger", "de")
    assert result["included"] == ["timeline", "agreements", "payments", "packages", "statement"]
    assert result["size"] == out.stat().st_size
    assert {m["what"] for m in result["members"]} == {"data", "report", "package"}
    done = _verify(out)
    assert (done.returncode, done.stdout) == (0, "OK\n"), done.stdout + done.stderr
    with zipfile.ZipFile(out) as archive:
        data = json.loads(archive.read("data.json"))
        manifest = json.loads(archive.read("manifest.json"))
        assert archive.read("dispute-pack.pdf") == pdf.read_bytes()
    assert data["statement"] == "Ich habe bezahlt, das Sofa kam nie."
    assert data["payment_totals"] == [{"minor": 89900, "currency": "EUR", "amount": "899.00", "payments": 1}]
    assert manifest["signed_by"] == result["signed_by"]
    assert b"/Lang (de)" in pdf.read_bytes()


def test_include_and_exclude_choose_the_parts(vault: tuple[Vault, int], tmp_path: Path) -> None:
    v, vendor = vault
    only = v.json("dispute", str(vendor), "--out", str(tmp_path / "a.zip"), "--include", "agreements,timeline")
    assert only["included"] == ["timeline", "agreements"]
    without = v.json("dispute", str(vendor), "--out", str(tmp_path / "b.zip"), "--exclude", "payments,packages")
    assert without["included"] == ["timeline", "agreements"]
    with zipfile.ZipFile(tmp_path / "b.zip") as archive:
        assert "payments" not in json.loads(archive.read("data.json"))
        assert not [n for n in archive.namelist() if n.startswith("packages/")]
    text = v.run("dispute", str(vendor), "--out", str(tmp_path / "c.zip"), "--include", "notes")
    assert text.returncode == 0 and "Included: notes" in text.stdout


@pytest.mark.parametrize(("args", "words"), [
    (["--include", "ledger"], "not a part of a dispute pack"),
    (["--attachments", "99"], "has no attachment with id 99"),
    (["--statement", "@/nonexistent/statement.txt"], "cannot be read"),
])
def test_refusals_exit_4_and_write_nothing(vault: tuple[Vault, int], tmp_path: Path, args: list[str], words: str) -> None:
    v, vendor = vault
    folder = tmp_path / "out"
    folder.mkdir()
    done = v.run("dispute", str(vendor), "--out", str(folder / "pack.zip"), "--pdf", str(folder / "pack.pdf"), *args)
    assert done.returncode == 4 and words in done.stderr, done.stderr
    assert list(folder.iterdir()) == []


def test_an_unknown_vendor_is_refused(vault: tuple[Vault, int], tmp_path: Path) -> None:
    v, _ = vault
    done = v.run("dispute", "999", "--out", str(tmp_path / "pack.zip"))
    assert done.returncode == 4 and "no vendor with id 999" in done.stderr
    assert not (tmp_path / "pack.zip").exists()


def test_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    assert "myvendors dispute VENDOR_ID --out FILE.zip" in text
    for key in ("`included`", "`signed_by`", "`members`"):
        assert key in text
