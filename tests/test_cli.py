"""The command line as scripts use it: stdin secrets, JSON, exit codes — run in this process through
`myvendors.cli.run` (tests/test_cli_process.py runs real processes)."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
from pathlib import Path

import pytest
from helpers import PASSPHRASE, run_cli, snapshot

from myvendors import paths

NEW = "a brand new passphrase"


def cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, stdin=stdin, env=env)


def init(path: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    done = cli("init", str(path), "--passphrase-stdin", "--kdf-seconds", "0", "--json", *extra, stdin=f"{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def made(vault_path: Path) -> dict:  # type: ignore[type-arg]
    return init(vault_path)


def test_init_prints_the_recovery_key_once_and_writes_a_kit(vault_path: Path, tmp_path: Path) -> None:
    kit = tmp_path / "kit.txt"
    out = init(vault_path, "--recovery-kit", str(kit))
    assert set(out) >= {"vault", "envelope", "vault_id", "recovery_key", "recovery_kit"}
    assert out["recovery_key"] in kit.read_text()
    assert oct(kit.stat().st_mode & 0o777) == "0o600"
    again = cli("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=f"{PASSPHRASE}\n")
    assert again.returncode == 4 and "already a vault" in again.stderr


def test_human_init_output(vault_path: Path) -> None:
    done = cli("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=f"{PASSPHRASE}\n")
    assert done.returncode == 0
    assert "recovery key" in done.stdout.lower()


def test_check_ok(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    done = cli("check", str(vault_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["ok"] is True and out["cipher_problems"] == [] and out["structure_problems"] == []
    assert out["vault_id"] == made["vault_id"]


def test_check_finds_kept_totals_that_disagree_and_repairs_them_on_request(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    from datetime import UTC, datetime

    from myvendors.domain import timeline, vendors
    from myvendors.domain.models import InteractionDraft, InteractionKind
    from myvendors.vault import Vault

    with Vault.unlock(vault_path, PASSPHRASE) as v:
        vendor = vendors.add_vendor(v.db, "Kraftwerk Fitness")
        timeline.record(v.db, InteractionDraft(vendor.id, InteractionKind.COMPLAINT, datetime.now(UTC), note="x"))
        with v.db.transaction():  # what a bug or a tool editing the file with the key could leave behind
            v.db.execute("UPDATE vendor_totals SET interactions = 7 WHERE vendor_id = ?", (vendor.id,))
    done = cli("check", str(vault_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert done.returncode == 5, done.stderr
    out = json.loads(done.stdout)
    assert out["ok"] is False and out["cipher_problems"] == [] and out["ledger_problems"] == []
    assert any("vendor_totals" in problem for problem in out["totals_problems"]), out["totals_problems"]
    assert "--repair-totals" in done.stderr and "Nothing was changed" in done.stderr
    fixed = cli("check", str(vault_path), "--repair-totals", "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert fixed.returncode == 0, fixed.stderr
    out = json.loads(fixed.stdout)
    assert out["ok"] is True and out["totals_problems"] == [] and out["totals_repaired"]
    with Vault.unlock(vault_path, PASSPHRASE) as v:
        assert timeline.count(v.db, vendor_id=vendor.id) == 1


def test_passwd_then_recover(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    done = cli("passwd", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=f"{PASSPHRASE}\n{NEW}\n")
    assert done.returncode == 0, done.stderr
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 3
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin=NEW + "\n").returncode == 0
    done = cli(
        "recover", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--json",
        stdin=f"{made['recovery_key']}\nthird passphrase\n",
    )
    assert done.returncode == 0 and json.loads(done.stdout)["changed"] is True
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin="third passphrase\n").returncode == 0


def test_backup_list_restore(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    done = cli("backup", str(vault_path), "--passphrase-stdin", "--json", "--keep", "2", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    folder = json.loads(done.stdout)["backup"]
    listed = json.loads(cli("backups", str(vault_path), "--json").stdout)["backups"]
    assert [b["backup"] for b in listed] == [folder]
    done = cli("restore", folder, str(vault_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["replaced_kept_in"]
    done = cli("restore", folder, str(vault_path), "--recovery-key", "--passphrase-stdin", stdin=made["recovery_key"] + "\n")
    assert done.returncode == 0, done.stderr


def test_wrong_passphrase_and_recovery_key_exit_3_and_change_nothing(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    before = snapshot(vault_path.parent)
    for command in ("check", "passwd", "backup"):
        done = cli(command, str(vault_path), "--passphrase-stdin", "--json", stdin=f"wrong passphrase\n{NEW}\n")
        assert done.returncode == 3, (command, done.stderr)
        assert json.loads(done.stdout)["error"]["type"] == "WrongSecret"
        assert "does not open" in done.stderr
    key = made["recovery_key"]
    other = "A" * 40 if key.replace("-", "") != "A" * 40 else "B" * 40
    from myvendors.vault import recovery

    valid_other = recovery.format_key(bytes(20)) if recovery.parse(key) != bytes(20) else recovery.format_key(b"\x01" * 20)
    done = cli("recover", str(vault_path), "--passphrase-stdin", stdin=f"{valid_other}\n{NEW}\n")
    assert done.returncode == 3, done.stderr
    done = cli("recover", str(vault_path), "--passphrase-stdin", stdin=f"{other}\n{NEW}\n")
    assert done.returncode == 4 and "typo" in done.stderr  # a checksum failure is bad input, not a wrong key
    assert snapshot(vault_path.parent) == before


def _damage_cases(vault: Path) -> dict[str, bytes]:
    data = vault.read_bytes()
    size = len(data)
    rng = random.Random(7012)
    cases = {
        "zero-length": b"",
        "truncated-mid-page": data[: size - 1000],
        "truncated-at-page": data[: size - 4096],
        "truncated-to-one-page": data[:4096],
        "random-bytes": rng.randbytes(size),
        "text-file": b"Just some notes, not a vault.\n" * 300,
    }
    for label, offset in (("header", 40), ("middle", size // 2 + 17), ("last-page", size - 200)):
        flipped = bytearray(data)
        flipped[offset] ^= 0x10
        cases[f"bit-flipped-{label}"] = bytes(flipped)
    return cases


def test_damaged_files_exit_5_and_stay_untouched(made: dict, vault_path: Path, tmp_path: Path) -> None:  # type: ignore[type-arg]
    # Put some data in the vault first so there are several pages to damage.
    from myvendors.domain import vendors
    from myvendors.vault import Vault

    with Vault.unlock(vault_path, PASSPHRASE) as v:
        for i in range(300):
            vendors.add_vendor(v.db, f"Vendor number {i}", notes="x" * 200)
        v.db.checkpoint()
    assert vault_path.stat().st_size >= 16 * 4096
    envelope = paths.envelope_path(vault_path).read_bytes()
    for label, content in _damage_cases(vault_path).items():
        case_dir = tmp_path / "damaged" / label
        case_dir.mkdir(parents=True)
        target = case_dir / vault_path.name
        target.write_bytes(content)
        paths.envelope_path(target).write_bytes(envelope)
        before = snapshot(case_dir)
        done = cli("check", str(target), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
        assert done.returncode == 5, (label, done.returncode, done.stderr)
        out = json.loads(done.stdout)
        if "error" in out:  # refused at open
            assert out["error"]["type"] in ("VaultDamaged", "NotAVault"), label
        else:  # opened, and the full check found the damage
            assert out["ok"] is False and out["cipher_problems"] + out["structure_problems"], label
        assert target.name in done.stderr and ("damaged" in done.stderr or "not a" in done.stderr), label
        assert snapshot(case_dir) == before, f"{label}: files changed"


def test_plain_sqlite_file_is_not_a_vault(vault_path: Path, made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    plain = tmp_path / "plain" / "plain.myvendors"
    plain.parent.mkdir()
    con = sqlite3.connect(plain)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    paths.envelope_path(plain).write_bytes(paths.envelope_path(vault_path).read_bytes())
    before = snapshot(plain.parent)
    done = cli("check", str(plain), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 5 and "unencrypted SQLite" in done.stderr
    assert snapshot(plain.parent) == before


def test_damaged_vault_offers_the_newest_good_backup(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    assert cli("backup", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    data = bytearray(vault_path.read_bytes())
    data[50] ^= 0xFF  # page 1: every open fails
    vault_path.write_bytes(bytes(data))
    done = cli("backup", str(vault_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n")
    assert done.returncode == 5
    error = json.loads(done.stdout)["error"]
    assert error["backup"] and Path(error["backup"]).is_dir()
    assert "restore" in done.stderr


def test_missing_envelope_and_missing_vault(vault_path: Path, made: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    assert cli("check", str(tmp_path / "none.myvendors"), "--passphrase-stdin").returncode == 4
    paths.envelope_path(vault_path).rename(tmp_path / "elsewhere")
    done = cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 5 and "envelope" in done.stderr


def test_usage_errors_exit_2(vault_path: Path) -> None:
    assert cli("init").returncode == 2  # no terminal, no --passphrase-stdin
    assert cli("restore").returncode == 2
    assert cli("backup", str(vault_path), "--keep", "zero").returncode == 2
    assert cli("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "-1", stdin="x" * 20 + "\n").returncode == 2
    assert cli("init", str(vault_path), "--passphrase-stdin", stdin="").returncode == 2
    assert cli("--version").returncode == 0
    assert not vault_path.exists()


@pytest.mark.parametrize("seconds", ["-1", "30.5", "nan", "inf", "1e9"])
def test_kdf_seconds_outside_0_to_30_exit_2_with_a_clear_message(vault_path: Path, seconds: str) -> None:
    done = cli("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", seconds, stdin=PASSPHRASE + "\n")
    assert done.returncode == 2 and "--kdf-seconds must be a number of seconds between 0 and 30" in done.stderr
    assert not vault_path.exists()


def test_short_passphrase_is_invalid_input(vault_path: Path) -> None:
    done = cli("init", str(vault_path), "--passphrase-stdin", "--json", "--kdf-seconds", "0", stdin="short\n")
    assert done.returncode == 4
    assert json.loads(done.stdout)["error"]["field"] == "passphrase"


def test_weak_passphrase_is_refused_by_init_unless_allowed(vault_path: Path) -> None:
    done = cli("init", str(vault_path), "--passphrase-stdin", "--json", "--kdf-seconds", "0", stdin="password\n")
    assert done.returncode == 4, done.stderr
    error = json.loads(done.stdout)["error"]
    assert (error["type"], error["field"]) == ("InvalidInput", "passphrase")
    assert "weak" in error["message"] and "top-10 common password" in error["message"]  # zxcvbn says why
    assert "--allow-weak" in error["message"] and "--allow-weak" in done.stderr  # and how to go on
    assert not vault_path.exists() and not paths.envelope_path(vault_path).exists()
    # The vault's own name is among the words zxcvbn is told of.
    named = vault_path.with_name("pinecrest.myvendors")
    assert cli("init", str(named), "--passphrase-stdin", "--kdf-seconds", "0", stdin="Pinecrest2024!\n").returncode == 4
    done = cli("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--allow-weak", "--json",
               stdin="password\n")
    assert done.returncode == 0, done.stderr
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin="password\n").returncode == 0


def test_passwd_and_recover_refuse_a_weak_passphrase_that_her_vendors_give_away(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    weak = "Netflix2024!"  # strong to zxcvbn, until it knows she has Netflix among her vendors
    assert cli("vendor", "add", "--name", "Netflix", "--vault", str(vault_path), "--passphrase-stdin",
               stdin=PASSPHRASE + "\n").returncode == 0
    done = cli("passwd", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--json",
               stdin=f"{PASSPHRASE}\n{weak}\n")
    assert done.returncode == 4
    assert json.loads(done.stdout)["error"]["field"] == "passphrase"
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0  # unchanged
    done = cli("recover", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0",
               stdin=f"{made['recovery_key']}\n{weak}\n")
    assert done.returncode == 4 and "--allow-weak" in done.stderr
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    done = cli("passwd", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--allow-weak",
               stdin=f"{PASSPHRASE}\n{weak}\n")
    assert done.returncode == 0, done.stderr
    done = cli("recover", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--allow-weak",
               stdin=f"{made['recovery_key']}\npassword\n")
    assert done.returncode == 0, done.stderr
    assert cli("check", str(vault_path), "--passphrase-stdin", stdin="password\n").returncode == 0


def test_default_vault_location(tmp_path: Path) -> None:
    done = cli("init", "--passphrase-stdin", "--kdf-seconds", "0", "--json", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    assert Path(json.loads(done.stdout)["vault"]) == paths.default_vault_path()
    assert paths.default_vault_path().parent == Path(os.environ["MYVENDORS_DATA_DIR"])


def test_vault_in_use_is_refused(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    from myvendors.vault import Vault

    with Vault.unlock(vault_path, PASSPHRASE):
        done = cli("check", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 6 and "open in another" in done.stderr


def test_truncated_vault_names_a_backup_before_any_secret(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    assert cli("backup", str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n").returncode == 0
    vault_path.write_bytes(vault_path.read_bytes()[:5000])
    done = cli("check", str(vault_path), "--passphrase-stdin", "--json", stdin="")  # no secret needed to see this
    assert done.returncode == 5
    error = json.loads(done.stdout)["error"]
    assert "truncated" in error["message"] and Path(error["backup"]).is_dir()
    assert "checks it with your passphrase" in done.stderr


def test_recovery_kit_folder_is_checked_before_the_vault_is_made(vault_path: Path, tmp_path: Path) -> None:
    kit = tmp_path / "no-such-folder" / "kit.txt"
    done = cli("init", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", "--recovery-kit", str(kit),
               stdin=PASSPHRASE + "\n")
    assert done.returncode == 4 and "recovery kit" in done.stderr
    assert not vault_path.exists()


def test_restore_with_a_replaced_passphrase_needs_confirmation(made: dict, vault_path: Path) -> None:  # type: ignore[type-arg]
    folder = json.loads(cli("backup", str(vault_path), "--passphrase-stdin", "--json", stdin=PASSPHRASE + "\n").stdout)["backup"]
    assert cli("passwd", str(vault_path), "--passphrase-stdin", "--kdf-seconds", "0", stdin=f"{PASSPHRASE}\n{NEW}\n").returncode == 0
    done = cli("restore", folder, str(vault_path), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert done.returncode == 3 and "--use-backup-secrets" in done.stderr
    done = cli("restore", folder, str(vault_path), "--passphrase-stdin", "--use-backup-secrets", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
