"""Settings: vault settings in the vault, device settings (theme, language) in the config folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from myvendors import paths
from myvendors.domain import settings
from myvendors.errors import InvalidInput
from myvendors.storage import Database


def test_device_settings_live_in_a_small_json_file_not_in_the_vault(db: Database) -> None:
    assert settings.device_get("theme") == "system" and settings.device_get("language") == "system"
    settings.save(db, {"theme": "dark", "auto_lock_minutes": 4})
    stored = json.loads((paths.config_dir() / settings.DEVICE_FILE).read_text(encoding="utf-8"))
    assert stored == {"format": 1, "theme": "dark"}
    assert db.get_setting("theme") is None and settings.get(db, "auto_lock_minutes") == 4
    assert settings.all_values(None) == {"theme": "dark", "language": "system"}  # before any unlock
    assert settings.all_values(db)["auto_lock_minutes"] == 4


def test_scopes_are_kept_apart(db: Database) -> None:
    with pytest.raises(InvalidInput, match="on this device") as raised:
        settings.get(db, "theme")
    assert raised.value.field == "theme"
    with pytest.raises(InvalidInput, match="in the vault"):
        settings.device_set_values({"backups_kept": 3})
    with pytest.raises(InvalidInput, match="needs an unlocked vault"):
        settings.save(None, {"backups_kept": 3})


@pytest.mark.parametrize(
    ("key", "value", "field_says"),
    [
        ("theme", "purple", "one of system, light, dark"),
        ("language", "tlh", "Language is one of"),
        ("clipboard_clear_seconds", 601, "at most 600"),
        ("clipboard_clear_seconds", True, "whole number"),
        ("backup_folder", "relative/path", "full path"),
    ],
)
def test_refused_values_name_their_field_and_write_nothing(db: Database, key: str, value: object, field_says: str) -> None:
    with pytest.raises(InvalidInput, match=field_says) as raised:
        settings.save(db, {"auto_lock_minutes": 2, "theme": "light", key: value})
    assert raised.value.field == key
    assert settings.get(db, "auto_lock_minutes") == 10 and settings.device_get("theme") == "system"


def test_backup_folder_is_tidied_and_a_file_is_refused(db: Database, tmp_path: Path) -> None:
    assert settings.set_value(db, "backup_folder", f"  {tmp_path}/b  ") == str(tmp_path / "b")
    assert settings.set_value(db, "backup_folder", "") == ""
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidInput, match="is a file, not a folder"):
        settings.set_value(db, "backup_folder", str(tmp_path / "file"))


def test_an_unreadable_or_foreign_device_file_means_defaults() -> None:
    paths.config_dir().mkdir(parents=True, exist_ok=True)
    target = paths.config_dir() / settings.DEVICE_FILE
    for text in ("{not json", json.dumps({"format": 99, "theme": "dark"}), json.dumps({"format": 1, "theme": "neon"})):
        target.write_text(text, encoding="utf-8")
        assert settings.device_get("theme") == "system"
    settings.device_set_values({"language": "en"})  # rewrites a foreign file from what it could read
    assert settings.device_get("language") == "en"
