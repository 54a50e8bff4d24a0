"""The vault service: every way in, changing secrets, backups, restore, migrations, files at rest."""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

import pytest
from helpers import PASSPHRASE, MemoryKeyStore, snapshot, vault_of_schema

from myvendors import paths
from myvendors.domain import settings, vendors
from myvendors.domain.sharing import ledger
from myvendors.errors import InvalidInput, NotRemembered, VaultExists, VaultInUse, VaultNotFound, WrongSecret
from myvendors.storage.migrations import LATEST_VERSION, STEPS
from myvendors.vault import KdfParams, Vault, list_backups, passphrase_unlocker, recovery, recovery_unlocker, restore

FLOOR = KdfParams.floor()


@pytest.mark.real_kdf
def test_create_close_reopen_every_way(vault_path: Path) -> None:
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, kdf=FLOOR)
    vendors.add_vendor(vault.db, "Acme Energy", website="https://acme.example")
    store = MemoryKeyStore()
    vault.remember_on_device(store)
    vault.close()

    with Vault.unlock(vault_path, PASSPHRASE) as v:
        assert [x.name for x in vendors.list_vendors(v.db)] == ["Acme Energy"]
    with Vault.unlock_with_recovery(vault_path, recovery_key) as v:
        assert vendors.count_vendors(v.db) == 1
    with Vault.unlock_with_device(vault_path, store) as v:
        assert vendors.count_vendors(v.db) == 1
        assert v.is_remembered(store)
        v.forget_on_device(store)
        assert "device" not in v.slot_kinds()
    with pytest.raises(NotRemembered):
        Vault.unlock_with_device(vault_path, store)


def test_change_passphrase_only_new_one_opens(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, recovery_key = new_vault
    with pytest.raises(WrongSecret):
        vault.change_passphrase("not the passphrase", "a new passphrase", kdf=FLOOR)
    vault.change_passphrase(PASSPHRASE, "a new passphrase", kdf=FLOOR)
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.unlock(vault_path, PASSPHRASE)
    Vault.unlock(vault_path, "a new passphrase").close()
    Vault.unlock_with_recovery(vault_path, recovery_key).close()  # the recovery key survives


def test_recovery_resets_passphrase_and_new_recovery_key_replaces_old(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, old_key = new_vault
    vault.close()
    with Vault.unlock_with_recovery(vault_path, old_key) as v:
        v.reset_passphrase("forgot it, new one", kdf=FLOOR)
        new_key = v.new_recovery_key()
    Vault.unlock(vault_path, "forgot it, new one").close()
    with pytest.raises(WrongSecret):
        Vault.unlock_with_recovery(vault_path, old_key)
    Vault.unlock_with_recovery(vault_path, new_key).close()


def test_short_passphrase_refused_and_nothing_created(vault_path: Path) -> None:
    with pytest.raises(InvalidInput) as info:
        Vault.create(vault_path, "short", kdf=FLOOR)
    assert info.value.field == "passphrase"
    assert not vault_path.exists() and not paths.envelope_path(vault_path).exists()


def test_create_refuses_to_overwrite(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, kdf=FLOOR)


def test_missing_vault_is_named(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nothing.myvendors", PASSPHRASE)


def test_second_opener_is_refused_and_nothing_changes(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultInUse, match="open in another"):
        Vault.unlock(vault_path, PASSPHRASE)
    assert snapshot(vault_path.parent) == before


def test_wrong_secrets_change_no_byte(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    vault.close()
    before = snapshot(vault_path.parent)
    with pytest.raises(WrongSecret):
        Vault.unlock(vault_path, PASSPHRASE + "!")
    with pytest.raises(WrongSecret):  # a well-formed key, just not this vault's
        Vault.unlock_with_recovery(vault_path, recovery.format_key(os.urandom(20)))
    assert snapshot(vault_path.parent) == before


def test_backup_restore_brings_back_the_old_state(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    vendors.add_vendor(vault.db, "Kept Vendor")
    backup = vault.backup()
    vendors.add_vendor(vault.db, "Added After Backup")
    vault.change_passphrase(PASSPHRASE, "changed after backup", kdf=FLOOR)
    vault.close()

    replaced = restore(backup.folder, vault_path, passphrase_unlocker("changed after backup"))
    assert replaced is not None and (replaced.folder / vault_path.name).exists()
    # The current envelope belongs to the same vault: the current passphrase opens it.
    with Vault.unlock(vault_path, "changed after backup") as v:
        assert [x.name for x in vendors.list_vendors(v.db)] == ["Kept Vendor"]
    # Nothing was lost: the replaced vault is itself a backup that restores.
    restore(replaced.folder, vault_path, passphrase_unlocker("changed after backup"))
    with Vault.unlock(vault_path, "changed after backup") as v:
        assert vendors.count_vendors(v.db) == 2


def test_restore_refuses_to_bring_back_replaced_secrets(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    backup = vault.backup()
    vault.change_passphrase(PASSPHRASE, "the current passphrase", kdf=FLOOR)
    vault.close()
    before = snapshot(vault_path.parent)
    with pytest.raises(WrongSecret, match="changed since the backup"):
        restore(backup.folder, vault_path, passphrase_unlocker(PASSPHRASE))
    assert snapshot(vault_path.parent) == before
    restore(backup.folder, vault_path, passphrase_unlocker(PASSPHRASE), allow_backup_secrets=True)
    Vault.unlock(vault_path, PASSPHRASE).close()  # she asked for the backup's secrets back


def test_restore_keeps_commits_that_were_only_in_the_wal(vault_path: Path) -> None:
    """A vault left with an un-checkpointed WAL (a crash) is kept whole in the replaced folder."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FLOOR)
    backup = vault.backup()
    vendors.add_vendor(vault.db, "Only in the WAL")
    wal = paths.sidecar_paths(vault_path)[0]
    crashed = {p: p.read_bytes() for p in (vault_path, wal, paths.envelope_path(vault_path))}
    vault.close()
    for p, data in crashed.items():  # put back the files as a crash would have left them
        p.write_bytes(data)
    replaced = restore(backup.folder, vault_path, passphrase_unlocker(PASSPHRASE))
    assert replaced is not None
    with Vault.unlock(vault_path, PASSPHRASE) as v:
        assert vendors.count_vendors(v.db) == 0
    restore(replaced.folder, vault_path, passphrase_unlocker(PASSPHRASE))
    with Vault.unlock(vault_path, PASSPHRASE) as v:
        assert [x.name for x in vendors.list_vendors(v.db)] == ["Only in the WAL"]


def test_restore_uses_exactly_the_file_named(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    a, _ = Vault.create(folder / "a.myvendors", PASSPHRASE, kdf=FLOOR)
    vendors.add_vendor(a.db, "From A")
    a.close()
    b, _ = Vault.create(folder / "other.myvendors", PASSPHRASE, kdf=FLOOR)
    vendors.add_vendor(b.db, "From Other")
    b.close()
    target = tmp_path / "restored.myvendors"
    restore(folder / "other.myvendors", target, passphrase_unlocker(PASSPHRASE))
    with Vault.unlock(target, PASSPHRASE) as v:
        assert [x.name for x in vendors.list_vendors(v.db)] == ["From Other"]


def test_vaults_backing_up_to_one_folder_keep_their_own(tmp_path: Path) -> None:
    shared = tmp_path / "usb-stick"
    home, _ = Vault.create(tmp_path / "home.myvendors", PASSPHRASE, kdf=FLOOR)
    work, _ = Vault.create(tmp_path / "work.myvendors", PASSPHRASE, kdf=FLOOR)
    with home, work:
        home_backup = home.backup(to=shared, keep=1)
        for _ in range(3):
            work.backup(to=shared, keep=1)
        assert [b.folder for b in list_backups(home.path, folder=shared)] == [home_backup.folder]
        assert len(list_backups(work.path, folder=shared)) == 1


def test_forget_all_devices_revokes_every_remembered_device(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    laptop, desktop = MemoryKeyStore(), MemoryKeyStore()
    vault.remember_on_device(laptop)
    vault.remember_on_device(desktop)
    assert vault.slot_kinds().count("device") == 2
    assert vault.forget_all_devices() == 2
    vault.close()
    for store in (laptop, desktop):
        with pytest.raises(WrongSecret):
            Vault.unlock_with_device(vault_path, store)


def test_stale_envelope_is_never_written_back(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    """The envelope is read under the lock: a change made before we got it is what we open."""
    vault, _ = new_vault
    vault.change_passphrase(PASSPHRASE, "changed by the first window", kdf=FLOOR)
    vault.close()
    with Vault.unlock(vault_path, "changed by the first window") as v:
        v.remember_on_device(MemoryKeyStore())
    with pytest.raises(WrongSecret):
        Vault.unlock(vault_path, PASSPHRASE)


def test_interrupted_creation_is_named(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, kdf=FLOOR)
    vault.db.execute("DELETE FROM vault_meta")
    vault.close()
    from myvendors.errors import VaultDamaged

    with pytest.raises(VaultDamaged, match="never finished"):
        Vault.unlock(vault_path, PASSPHRASE)


def test_restore_to_a_new_place_uses_the_backup_envelope(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, recovery_key = new_vault
    vendors.add_vendor(vault.db, "Elsewhere")
    backup = vault.backup()
    target = tmp_path / "other-machine" / "restored.myvendors"
    with pytest.raises(WrongSecret):
        restore(backup.folder, target, passphrase_unlocker("not it at all"))
    assert not target.exists()
    restore(backup.folder / vault.path.name, target, recovery_unlocker(recovery_key))
    with Vault.unlock(target, PASSPHRASE) as v:
        assert vendors.list_vendors(v.db)[0].name == "Elsewhere"


def test_restore_refuses_while_the_vault_is_open(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    backup = vault.backup()
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultInUse):
        restore(backup.folder, vault_path, passphrase_unlocker(PASSPHRASE))
    assert snapshot(vault_path.parent) == before


def test_backups_keep_the_last_n(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    made = [vault.backup(keep=3).folder for _ in range(5)]
    kept = [b.folder for b in list_backups(vault_path)]
    assert kept == list(reversed(made[-3:]))
    with pytest.raises(InvalidInput):
        vault.backup(keep=0)


def test_backup_holds_uncheckpointed_commits(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, _ = new_vault
    for i in range(50):
        vendors.add_vendor(vault.db, f"Vendor {i}")
    backup = vault.backup()
    target = tmp_path / "copy.myvendors"
    restore(backup.folder, target, passphrase_unlocker(PASSPHRASE))
    with Vault.unlock(target, PASSPHRASE) as v:
        assert vendors.count_vendors(v.db) == 50


@pytest.mark.parametrize("start", [step.version for step in STEPS[:-1]])
def test_migrates_from_every_older_version(vault_path: Path, start: int) -> None:
    """A vault left at schema `start` opens, is backed up first, and reaches the newest schema."""
    db = vault_of_schema(vault_path, start)
    with db.transaction():
        db.set_setting("auto_lock_minutes", "3")
        if start >= 2:  # vendors exist from step 2: they must reach the search index of step 3
            db.execute(
                "INSERT INTO vendors(uid, name, website, notes, created_at, updated_at) "
                "VALUES ('u-old', 'Öld Vendor', 'https://old.example', 'kept', 'x', 'x')"
            )
        if start >= 4:  # what storage writes from step 4 on
            db.execute("UPDATE vendors SET sort_name = 'old vendor' WHERE uid = 'u-old'")
    db.close()

    told: list[int] = []
    with Vault.unlock(vault_path, PASSPHRASE, on_migrate=lambda: told.append(start)) as v:
        assert told == [start]  # the caller was told before the work began (the UI says so meanwhile)
        assert v.db.schema_version() == LATEST_VERSION
        assert settings.get(v.db, "auto_lock_minutes") == 3
        vendors.add_vendor(v.db, "After migration")
        assert v.check(ledger=ledger.chain_problems).ok
        if start >= 2:
            from myvendors.domain import search

            old = search.search(v.db, "old").groups["vendors"]
            assert [hit.title for hit in old] == ["Öld Vendor"]
            vendors.add_vendor(v.db, "Zed")
            vendors.add_vendor(v.db, "Oak")  # the migrated name sorts by its fold (step 4): Oak < Öld < Zed
            assert [x.name for x in vendors.page_vendors(v.db)] == ["After migration", "Oak", "Öld Vendor", "Zed"]
    backups = list_backups(vault_path)
    assert [b.reason for b in backups] == ["before-migration"]
    with Vault.unlock(vault_path, PASSPHRASE, on_migrate=lambda: told.append(-1)) as v:  # a second open migrates nothing
        assert vendors.count_vendors(v.db) == (4 if start >= 2 else 1)
    assert told == [start]
    assert len(list_backups(vault_path)) == 1


def test_newer_vault_is_refused_untouched(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    vault.db.execute(
        "INSERT INTO schema_version(version, description, applied_at) VALUES (?, 'from the future', 'x')",
        (LATEST_VERSION + 1,),
    )
    vault.close()
    before = snapshot(vault_path.parent)
    from myvendors.errors import VaultTooNew

    with pytest.raises(VaultTooNew):
        Vault.unlock(vault_path, PASSPHRASE)
    assert snapshot(vault_path.parent) == before


CANARIES = ["Canary-Vendor-Zebra-7731", "canary.example.org/Ωmega", "Notiz über Kündigung 4410"]


def _forms(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    return [
        raw,
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
        base64.b64encode(raw),
        base64.b64encode(raw).rstrip(b"="),
    ]


def test_no_plaintext_at_rest(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    for n, canary in enumerate(CANARIES):
        vendors.add_vendor(
            vault.db, canary, website=f"https://shop{n}.example/{canary.replace(' ', '-')}", notes=canary * 3,
            address=canary, tags=(canary[:40],),
        )
    # Some in the WAL only, some checkpointed into the main file, some in a backup.
    vault.backup()
    vendors.add_vendor(vault.db, CANARIES[0] + " again")
    files = [p for p in vault_path.parent.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for canary in CANARIES:
            for form in _forms(canary):
                assert form not in data, f"{canary!r} readable in {path.name}"
    vault.close()
    for path in (p for p in vault_path.parent.rglob("*") if p.is_file()):
        data = path.read_bytes()
        assert not any(form in data for c in CANARIES for form in _forms(c)), path


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_files_are_private(new_vault: tuple[Vault, str], vault_path: Path) -> None:
    vault, _ = new_vault
    vault.backup()
    vendors.add_vendor(vault.db, "Mode check")
    for path in vault_path.parent.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        assert mode & 0o077 == 0, f"{path} is {oct(mode)}, expected {oct(expected)}"


def test_settings_are_validated_and_kept(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    assert settings.get(vault.db, "auto_lock_minutes") == 10
    settings.set_value(vault.db, "auto_lock_minutes", "15")
    assert settings.get(vault.db, "auto_lock_minutes") == 15
    with pytest.raises(InvalidInput) as info:
        settings.set_value(vault.db, "auto_lock_minutes", -1)
    assert info.value.field == "auto_lock_minutes"
    with pytest.raises(InvalidInput):
        settings.set_value(vault.db, "no_such_setting", 1)


def test_an_action_is_one_transaction(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    with pytest.raises(RuntimeError), vault.db.transaction():
        vault.db.execute("INSERT INTO vendors(uid, name, created_at, updated_at) VALUES ('u', 'Half', 'x', 'x')")
        raise RuntimeError("the action fails half-way")
    assert vendors.count_vendors(vault.db) == 0
    with pytest.raises(InvalidInput):
        vendors.add_vendor(vault.db, "   ")
    assert vendors.count_vendors(vault.db) == 0


def test_locked_vault_refuses_use(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    db = vault.db
    vault.close()
    vault.close()  # twice is fine
    assert not vault.is_open and not db.is_open
    with pytest.raises(RuntimeError, match="locked"):
        vault.db  # noqa: B018


@pytest.mark.real_kdf
def test_calibration_meets_the_floor_and_scales() -> None:
    from myvendors.vault.envelope import calibrate

    assert calibrate(0) == KdfParams.floor()
    params = calibrate(0.4)
    assert params.memory_kib >= KdfParams.FLOOR_MEMORY_KIB and params.iterations >= KdfParams.FLOOR_ITERATIONS
    params.check()


def test_a_second_connection_writes_from_another_thread_while_the_first_reads(new_vault: tuple[Vault, str]) -> None:
    """What a worker's import does while the window scrolls: its own connection, its own transaction."""
    import threading

    vault, _ = new_vault
    vendors.add_vendor(vault.db, "Before")
    inside = threading.Event()
    go_on = threading.Event()

    def import_job() -> None:
        with vault.connection() as db, db.transaction():
            vendors.insert_in(db, vendors.VendorDraft(name="Imported"))
            inside.set()
            go_on.wait(10)

    worker = threading.Thread(target=import_job)
    worker.start()
    assert inside.wait(10)
    assert [v.name for v in vendors.page_vendors(vault.db)] == ["Before"]  # the window reads committed rows only
    go_on.set()
    worker.join(10)
    assert [v.name for v in vendors.page_vendors(vault.db)] == ["Before", "Imported"]
    vault.close()
    with pytest.raises(RuntimeError, match="locked"), vault.connection():
        pass
