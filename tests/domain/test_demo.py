"""The demo vault: realistic, complete (every kind, status and share), reproducible from its seed,
and the bulk path for the big sizes writes what the services would."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from myvendors import cli, demo, paths
from myvendors.domain import agreements, attachments, insights, reputation, requests, search, timeline, vendors
from myvendors.domain.demo import SIZES, TRASHED, Size
from myvendors.domain.models import InteractionKind, RequestStatus, VendorStatus
from myvendors.domain.sharing import ledger
from myvendors.errors import EXIT_INVALID_INPUT, EXIT_USAGE, VaultExists
from myvendors.storage import Database, totals
from myvendors.vault import Vault

TODAY = date(2025, 6, 1)
TINY = Size("tiny", 30, 2_000, 300)  # the bulk path, small enough for a unit test


def _snapshot(db: Database) -> dict[str, Any]:
    """What the data says (uids, names, amounts, dates, texts), not when it was written."""
    live = vendors.page_vendors(db, limit=10_000)
    trashed = vendors.page_vendors(db, limit=10_000, trashed=True)
    return {
        "vendors": [
            (v.uid, v.name, v.website, v.category, v.email, v.phone, v.address, v.notes, v.status, v.tags)
            for v in live + trashed
        ],
        "agreements": [
            (a.uid, a.title, a.price, a.period, a.start, a.end, a.renewal, a.cancel_by, a.notes)
            for a, _ in agreements.all_agreements(db)
        ],
        "timeline": [
            (
                i.uid,
                i.vendor_id,
                i.kind,
                i.amount,
                i.channel,
                i.note,
                None if i.kind is InteractionKind.OFFER_ACCEPTED else i.at,
            )  # accepted "now"
            for i in timeline.page(db, limit=10_000)
        ],
        "notes": [
            (n.uid, n.vendor_id, n.on, n.text, n.ratings, n.tags, n.author) for n in reputation.notes(db, limit=10_000)
        ],
        "requests": [
            (
                r.uid,
                r.title,
                r.status,
                r.needed_by,
                [(o.uid, o.price, o.sender, o.valid_until, o.accepted) for o in requests.offers_for(db, r.id)],
            )
            for r in requests.list_requests(db)
        ],
    }


def _built(path: Path, size: str | Size = "small", seed: int = 7) -> dict[str, Any]:
    demo.build(path, size, seed, TODAY)
    with Vault.unlock(path, demo.PASSPHRASE) as vault:
        assert vault.check(ledger=ledger.chain_problems).ok
        return _snapshot(vault.db)


def test_the_same_seed_gives_the_same_vault_and_another_seed_another(tmp_path: Path) -> None:
    first = _built(tmp_path / "a.myvendors")
    assert _built(tmp_path / "b.myvendors") == first
    other = _built(tmp_path / "c.myvendors", seed=8)
    assert other["vendors"] != first["vendors"]  # other uids, other notes
    assert other["timeline"] != first["timeline"]


def test_the_small_vault_has_something_of_everything(tmp_path: Path) -> None:
    built = demo.build(tmp_path / "demo.myvendors", "small", 3, TODAY)
    assert built.passphrase == demo.PASSPHRASE == "demo vault passphrase"
    with Vault.unlock(built.path, demo.PASSPHRASE) as vault:
        db = vault.db
        assert vault.passphrase_kdf() is not None  # the floor by default, or the test suite's cheap KDF
        live = vendors.page_vendors(db, limit=1000)
        names = {v.name for v in live}
        assert 35 <= len(live) <= 60
        assert {"Café Müller", "Fibra Óptica Peñalara S.L.", "Installateur Łukasiewicz"} <= names
        assert max(len(n) for n in names) > 100  # a long name, for layouts
        assert {v.status for v in live} == set(VendorStatus)
        assert [v.name for v in vendors.page_vendors(db, trashed=True)] == [TRASHED]
        assert all(v.website is None or v.website.endswith(".example") for v in live)  # nobody's real site
        # Renewals and cancel-by dates just after `today`, one cancel-by just missed.
        due = agreements.due_soon(db, 14, today=TODAY)
        assert {d.what for d in due} == {"renews", "cancel-by"}
        assert any(a.cancel_by and a.cancel_by < TODAY for a, _ in agreements.all_agreements(db))
        kinds = {a.kind for a, _ in agreements.all_agreements(db)}
        assert len(kinds) == 5
        assert {a.price.currency for a, _ in agreements.all_agreements(db) if a.price} >= {"EUR", "SEK", "DKK", "CZK"}
        items = timeline.page(db, limit=10_000)
        assert 250 <= len(items) <= 800
        assert {i.kind for i in items} == set(InteractionKind)
        assert attachments.attachments_of(db, next(v.id for v in live if v.name.startswith("Bergström")))
        assert all(i.at.date() <= TODAY for i in items if i.kind is not InteractionKind.OFFER_ACCEPTED)
        notes = reputation.notes(db, limit=10_000)
        assert any(n.author for n in notes) and any(n.author is None for n in notes)
        assert any(n.ratings for n in notes) and any(n.tags for n in notes)
        assert {r.status for r in requests.list_requests(db)} == set(RequestStatus)
        assert sum(len(requests.offers_for(db, r.id)) for r in requests.list_requests(db)) >= 6
        fell = insights.standing_fell(db, today=TODAY)
        assert fell and fell[0].vendor_name == "Kraftwerk Fitness Kreuzberg"  # the Overview has a story to tell
        chain = ledger.verify(db)
        assert chain.ok and chain.entries == 5
        assert search.search(db, "muller").total >= 1  # folded accents, through the FTS triggers
    assert built.made.counts["vendors"] == len(live) + 1


def test_the_bulk_path_writes_what_the_services_read(tmp_path: Path) -> None:
    small = _built(tmp_path / "small.myvendors")
    made = _built(tmp_path / "tiny.myvendors", TINY)
    assert _built(tmp_path / "again.myvendors", TINY) == made  # reproducible, uids included
    assert len(made["vendors"]) == len(small["vendors"]) + TINY.vendors
    assert len(made["timeline"]) == len(small["timeline"]) + TINY.interactions
    assert len(made["notes"]) == len(small["notes"]) + TINY.notes
    assert len({v[0] for v in made["vendors"]}) == len(made["vendors"])  # unique uids
    with Vault.unlock(tmp_path / "tiny.myvendors", demo.PASSPHRASE) as vault:
        db = vault.db
        generated = vendors.page_vendors(db, limit=1000, sort="created")
        assert any(v.tags for v in generated)
        assert vendors.count_vendors(db) == len(made["vendors"]) - 1
        assert search.search(db, "payment").groups.get("interactions")  # FTS rows for bulk rows
        assert reputation.standing(db, generated[0].id).notes >= 0
        assert timeline.count(db) == len(made["timeline"])
        assert totals.mismatches(db) == []  # the kept totals follow bulk rows too (their triggers fire)


def test_sizes_keep_the_lifetime_proportions() -> None:
    full, medium = SIZES["full"], SIZES["medium"]
    assert (full.vendors, full.interactions, full.notes) == (10_000, 1_000_000, 200_000)
    assert full.notes / full.interactions == medium.notes / medium.interactions  # a note per five interactions
    assert SIZES["small"].vendors == 0  # the hand-written vault alone


# -- the command -------------------------------------------------------------------------------
def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.run(["demo", *argv], cli.Io(stdin=io.StringIO(), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def test_the_command_prints_the_passphrase_and_what_it_made(tmp_path: Path) -> None:
    path = tmp_path / "d.myvendors"
    code, out, _ = _run(str(path), "--seed", "5", "--today", "2025-06-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["passphrase"] == "demo vault passphrase"
    assert data["vault"] == str(path) and data["size"] == "small" and data["seed"] == 5
    assert data["today"] == "2025-06-01" and data["counts"]["vendors"] > 30
    assert set(data) == {"vault", "envelope", "passphrase", "recovery_key", "size", "seed", "today", "counts",
                         "seconds"}
    code, out, _ = _run(str(tmp_path / "e.myvendors"))
    assert code == 0 and "Passphrase: demo vault passphrase" in out and "vendors" in out


def test_the_command_refuses_an_existing_vault_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "d.myvendors"
    path.write_bytes(b"someone's file")
    code, out, err = _run(str(path), "--json")
    assert code == EXIT_INVALID_INPUT and "already a vault" in err
    assert json.loads(out)["error"]["type"] == "VaultExists"
    assert path.read_bytes() == b"someone's file"
    for argv, field in ((("--today", "June"), "today"), (("--size", "huge"), "size")):
        code, out, _ = _run(str(tmp_path / "f.myvendors"), *argv, "--json")
        assert code == EXIT_INVALID_INPUT and json.loads(out)["error"]["field"] == field
    assert _run(str(tmp_path / "f.myvendors"), "--seed", "x")[0] == EXIT_USAGE
    assert not (tmp_path / "f.myvendors").exists()


def test_today_moves_the_dates_with_it(tmp_path: Path) -> None:
    later = TODAY + timedelta(days=100)
    demo.build(tmp_path / "later.myvendors", "small", 7, later)
    with Vault.unlock(tmp_path / "later.myvendors", demo.PASSPHRASE) as vault:
        moved = {d.agreement.title: d.on - later for d in agreements.due_soon(vault.db, 30, today=later)}
    demo.build(tmp_path / "now.myvendors", "small", 7, TODAY)
    with Vault.unlock(tmp_path / "now.myvendors", demo.PASSPHRASE) as vault:
        same = {d.agreement.title: d.on - TODAY for d in agreements.due_soon(vault.db, 30, today=TODAY)}
    assert moved == same and moved


def test_benchmarks_build_once_and_copy(tmp_path: Path) -> None:
    first = demo.built_once(tmp_path / "bench", "tiny", 7, TODAY)
    stamp = first.stat().st_mtime_ns
    assert demo.built_once(tmp_path / "bench", "small", 7, TODAY) == first  # found again, not rebuilt
    assert first.stat().st_mtime_ns == stamp
    copy = demo.copy_vault(first, tmp_path / "work" / "copy.myvendors")
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    assert oct(paths.envelope_path(copy).stat().st_mode & 0o777) == "0o600"
    with Vault.unlock(copy, demo.PASSPHRASE) as vault:
        assert vendors.count_vendors(vault.db) > 30
    with pytest.raises(VaultExists):
        demo.copy_vault(first, copy)


def test_the_vocabulary_is_what_search_finds(tmp_path: Path) -> None:
    words = demo.data.vocabulary()
    assert "café" in words and "müller" in words and len(words) > 300
    demo.build(tmp_path / "v.myvendors", TINY, 7, TODAY)
    with Vault.unlock(tmp_path / "v.myvendors", demo.PASSPHRASE) as vault:
        for word in ("café", "müller", "payment", "warranty", "subscription"):
            assert search.search(vault.db, word).total > 0, word


def test_myvendors_demo_from_a_shell(tmp_path: Path) -> None:
    """The real entry point: `python -m myvendors demo PATH` goes to the command line, not the app."""
    path = tmp_path / "shell.myvendors"
    done = subprocess.run([sys.executable, "-m", "myvendors", "demo", str(path), "--today", "2025-06-01"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "Passphrase: demo vault passphrase" in done.stdout and path.exists()
    again = subprocess.run([sys.executable, "-m", "myvendors", "demo", str(path)], capture_output=True, text=True,
                           timeout=120, check=False)
    assert again.returncode == EXIT_INVALID_INPUT and "already a vault" in again.stderr
