"""User settings kept inside the vault, declared as data (key, type, default, label, help).

The settings dialog and the docs are built from `SETTINGS`; renamed keys stay readable
through `RENAMED`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from myvendors.errors import InvalidInput
from myvendors.storage import Database


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str
    help: str
    minimum: int | None = None
    maximum: int | None = None
    off_at_zero: bool = False  # 0 means "off" (the dialog shows it so)


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "auto_lock_minutes",
        int,
        10,
        "Lock after idle (minutes)",
        "Lock the vault when there has been no keyboard or mouse activity for this long. 0 turns it off.",
        0,
        24 * 60,
        off_at_zero=True,
    ),
    Setting(
        "backups_kept",
        int,
        10,
        "Backups to keep",
        "How many backups of this vault to keep; older ones are deleted after each new backup.",
        1,
        1000,
    ),
)
RENAMED: dict[str, str] = {}
_BY_KEY = {s.key: s for s in SETTINGS}


def _setting(key: str) -> Setting:
    key = RENAMED.get(key, key)
    try:
        return _BY_KEY[key]
    except KeyError:
        raise InvalidInput(f"There is no setting called {key!r}.", field="key") from None


def _coerce(setting: Setting, value: Any) -> Any:
    try:
        coerced = setting.type(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"{setting.label} must be a {setting.type.__name__}.", field=setting.key) from None
    if setting.minimum is not None and coerced < setting.minimum:
        raise InvalidInput(f"{setting.label} must be at least {setting.minimum}.", field=setting.key)
    if setting.maximum is not None and coerced > setting.maximum:
        raise InvalidInput(f"{setting.label} must be at most {setting.maximum}.", field=setting.key)
    return coerced


def get(db: Database, key: str) -> Any:
    setting = _setting(key)
    raw = db.get_setting(setting.key)
    if raw is None:
        return setting.default
    try:
        return _coerce(setting, raw)
    except InvalidInput:
        return setting.default


def set_value(db: Database, key: str, value: Any) -> Any:
    return set_values(db, {key: value})[_setting(key).key]


def set_values(db: Database, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate every change first, then write them all in one transaction (one user action)."""
    coerced = {}
    for key, value in changes.items():
        setting = _setting(key)
        coerced[setting.key] = _coerce(setting, value)
    with db.transaction():
        for key, value in coerced.items():
            db.set_setting(key, str(value))
    return coerced
