"""User settings declared as data (key, type, default, label, help, section, scope).

The settings dialog and the docs are built from `SETTINGS`; renamed keys stay readable
through `RENAMED`. Most settings belong to a vault and are kept inside it (`scope="vault"`).
The few that must apply before any vault is unlocked — the theme and the language — belong to
this device and live in a small JSON file in the user's config folder (`scope="device"`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from myvendors import paths
from myvendors.domain.models import check_currency
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.fileio import atomic_write, ensure_private_dir

if TYPE_CHECKING:  # the device settings (theme, language) are read before any vault, without SQLCipher
    from myvendors.storage import Database

VAULT = "vault"
DEVICE = "device"
SECTIONS = ("security", "backups", "reminders", "appearance", "money", "privacy")
DEVICE_FILE = "settings.json"
_DEVICE_FORMAT = 1


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
    section: str = "security"
    scope: str = VAULT
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for a setting picked from a list
    folder: bool = False  # a folder on this computer, or "" for the default place
    days_list: bool = False  # whole numbers of days, e.g. "14, 3, 0" (see `days_list`); "" for none
    check: Callable[[str], str] | None = None  # a text setting's own rule: its normal form, or InvalidInput


# The languages MyVendors has a translation for (resources/i18n/myvendors_<code>.qm), plus
# English, the source language. tests/ui/test_settings.py checks every code here has its file.
LANGUAGES: tuple[tuple[str, str], ...] = (("de", "Deutsch"), ("en", "English"), ("fr", "Français"))  # each in its own language

# -- the money settings' own rules ------------------------------------------------------------
def _main_currency(value: str) -> str:
    return check_currency(value, field_name="main_currency") if value.strip() else ""


# -- the privacy settings' own rules ------------------------------------------------------------
_DOMAIN = re.compile(r"(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}")


def _alias_domain(value: str) -> str:
    """A domain name, lower-case, without a leading "@" ("" for none)."""
    clean = value.strip().lstrip("@").rstrip(".").lower()
    if clean and not _DOMAIN.fullmatch(clean):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "{value} is not a domain name such as anna.example."), value=value.strip()), field="alias_domain")
    return clean


# "USD 0.92", "USD=0.92", "usd: 0,92"; pairs apart by ";", "," or white space (a decimal comma is
# part of the number: "USD 0,92, GBP 1,17" is two pairs).
_RATE = re.compile(r"([A-Za-z]{3})\s*[=:]?\s*([0-9]+(?:[.,][0-9]+)?)")
_BETWEEN_RATES = re.compile(r"[\s,;]*")


def parse_rates(text: str) -> dict[str, Decimal]:
    """The exchange rates she gave as text: {currency: what one unit is worth in her main currency}."""
    rates: dict[str, Decimal] = {}
    position = 0
    text = text.strip()
    while position < len(text):
        gap = _BETWEEN_RATES.match(text, position)
        position = gap.end() if gap else position
        if position >= len(text):
            break
        found = _RATE.match(text, position)
        if found is None:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "Write each rate as a currency code and what one unit is worth, e.g. “USD 0.92; GBP 1.17”; "
                "not {text!r}."
            ), text=text[position:position + 20]), field="exchange_rates")
        code = check_currency(found.group(1), field_name="exchange_rates")
        try:
            rate = Decimal(found.group(2).replace(",", "."))
        except InvalidOperation:  # the pattern admits only digits: kept for safety's sake
            rate = Decimal(0)
        if rate <= 0 or rate >= 10**9:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "The rate for {code} must be more than 0 and less than a billion."
            ), code=code), field="exchange_rates")
        if code in rates:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{code} has two rates; give one."), code=code),
                               field="exchange_rates")
        rates[code] = rate
        position = found.end()
    return rates


def format_rates(rates: Mapping[str, Decimal]) -> str:
    """Rates as kept: "GBP 1.17; USD 0.92" (by code; `parse_rates` reads it back the same)."""
    return "; ".join(f"{code} {rate.normalize():f}" for code, rate in sorted(rates.items()))


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
        "clipboard_clear_seconds",
        int,
        30,
        "Clear the clipboard after (seconds)",
        "Secrets that MyVendors copies are wiped from the clipboard after this long, unless something else "
        "was copied since. 0 (Off): only when the vault locks or MyVendors quits.",
        0,
        600,
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
        section="backups",
    ),
    Setting(
        "backup_folder",
        str,
        "",
        "Backup folder",
        "Backups go into a folder named after the vault inside this one. "
        "Empty: the “backups” folder next to the vault file.",
        section="backups",
        folder=True,
    ),
    Setting(
        "reminder_days",
        str,
        "14, 3, 0",
        "Remind me (days before)",
        "How many days before a renewal, a cancel-by date, the end of a free trial, an offer's last day or a "
        "follow-up you are reminded, separated by commas; 0 is the day itself. Each reminder shows once, "
        "while MyVendors runs, and stays on the Overview until you dismiss it. Empty: no reminders.",
        section="reminders",
        days_list=True,
    ),
    Setting(
        "reminder_names_when_locked",
        bool,
        False,
        "Name the vendor while locked",
        "While the vault is locked MyVendors cannot read it. At locking it keeps in memory only when the next "
        "reminders are due and a neutral text (“A cancel-by date is near — unlock to see”). With this on, it "
        "keeps the vendor's name too and shows it in the notification, where anyone near the screen can read it.",
        section="reminders",
    ),
    Setting(
        "theme",
        str,
        "system",
        "Theme",
        "Light or dark, or follow what the operating system uses.",
        section="appearance",
        scope=DEVICE,
        choices=(("system", "Same as the system"), ("light", "Light"), ("dark", "Dark")),
    ),
    Setting(
        "language",
        str,
        "system",
        "Language",
        "The language of menus and windows. It changes the next time MyVendors starts.",
        section="appearance",
        scope=DEVICE,
        choices=(("system", "Same as the system"), *LANGUAGES),
    ),
    Setting(
        "main_currency",
        str,
        "",
        "Main currency",
        "The currency your spending is also shown in, converted with the rates below (e.g. EUR). "
        "Empty: each currency is shown on its own.",
        section="money",
        check=_main_currency,
    ),
    Setting(
        "exchange_rates",
        str,
        "",
        "Exchange rates",
        "What one unit of another currency is worth in your main currency, e.g. “USD 0.92; GBP 1.17”. "
        "Amounts are converted only with the rates you give here, never guessed.",
        section="money",
        check=lambda value: format_rates(parse_rates(value)),  # its normal form
    ),
    Setting(
        "alias_domain",
        str,
        "",
        "Alias domain",
        "A domain of your own that accepts mail to any name at it (a catch-all), e.g. “anna.example”: a vendor "
        "is offered an address of its own there (acme@anna.example). Empty: a plus-address of your e-mail "
        "(you+acme@…).",
        section="privacy",
        check=_alias_domain,
    ),
)
RENAMED: dict[str, str] = {}
MAX_REMINDER_DAYS = 366
_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    key = RENAMED.get(key, key)
    try:
        return _BY_KEY[key]
    except KeyError:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "There is no setting called {key!r}."), key=key), field="key") from None


_TRUE = frozenset(("true", "1", "yes", "on"))
_FALSE = frozenset(("false", "0", "no", "off", ""))


def days_list(text: str) -> tuple[int, ...]:
    """The whole numbers of days in `text` ("14, 3, 0"; commas, semicolons or spaces between),
    largest first, each once; ValueError when one is not a whole number from 0 to MAX_REMINDER_DAYS."""
    found: set[int] = set()
    for part in text.replace(",", " ").replace(";", " ").split():
        if not part.isdigit() or int(part) > MAX_REMINDER_DAYS:
            raise ValueError(part)
        found.add(int(part))
    return tuple(sorted(found, reverse=True))


def _coerce(setting: Setting, value: Any) -> Any:
    if setting.type is bool:
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in _TRUE or word in _FALSE:
            return word in _TRUE
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} is on or off (true or false)."), label=setting.label), field=setting.key)
    if setting.days_list:
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        try:
            return ", ".join(str(days) for days in days_list(str(value)))
        except ValueError:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: whole numbers of days from 0 to {maximum}, separated by commas (e.g. 14, 3, 0)."
            ), label=setting.label, maximum=MAX_REMINDER_DAYS), field=setting.key) from None
    if setting.type is int and isinstance(value, bool):
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} must be a whole number."), label=setting.label), field=setting.key)
    try:
        coerced = setting.type(value)
    except (TypeError, ValueError):
        kind = "a whole number" if setting.type is int else f"a {setting.type.__name__}"
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} must be {kind}."), label=setting.label, kind=kind), field=setting.key) from None
    if setting.minimum is not None and coerced < setting.minimum:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} must be at least {minimum}."), label=setting.label, minimum=setting.minimum), field=setting.key)
    if setting.maximum is not None and coerced > setting.maximum:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} must be at most {maximum}."), label=setting.label, maximum=setting.maximum), field=setting.key)
    if setting.choices and coerced not in {value for value, _ in setting.choices}:
        known = ", ".join(value for value, _ in setting.choices)
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} is one of {known}; not {coerced!r}."), label=setting.label, known=known, coerced=coerced), field=setting.key)
    if setting.folder:
        coerced = _folder(setting, str(coerced))
    if setting.check is not None:
        coerced = setting.check(str(coerced))
    return coerced


def _folder(setting: Setting, value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    if "\0" in value:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label}: that is not a folder name."), label=setting.label), field=setting.key)
    folder = Path(value).expanduser()
    if not folder.is_absolute():
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors",
            "{label} must be a full path (it starts at the top of a drive)."
        ), label=setting.label), field=setting.key)
    if folder.exists() and not folder.is_dir():
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label}: {folder} is a file, not a folder."), label=setting.label, folder=folder), field=setting.key)
    return str(folder)


def _require_scope(setting: Setting, scope: str) -> None:
    if setting.scope != scope:
        where = "in the vault" if setting.scope == VAULT else "on this device, not in a vault"
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} is kept {where}."), label=setting.label, where=where), field=setting.key)


def _value_or_default(found: Setting, raw: Any) -> Any:
    """The stored `raw` value as the setting's type; its default when unset or no longer valid."""
    if raw is None:
        return found.default
    try:
        return _coerce(found, raw)
    except InvalidInput:
        return found.default


def get(db: Database, key: str) -> Any:
    """A vault setting's value (its default when unset or no longer valid)."""
    found = setting(key)
    _require_scope(found, VAULT)
    return _value_or_default(found, db.get_setting(found.key))


def set_value(db: Database, key: str, value: Any) -> Any:
    return set_values(db, {key: value})[setting(key).key]


def _validated(changes: Mapping[str, Any], scope: str | None = None) -> dict[str, Any]:
    coerced = {}
    for key, value in changes.items():
        found = setting(key)
        if scope is not None:
            _require_scope(found, scope)
        coerced[found.key] = _coerce(found, value)
    return coerced


def set_values(db: Database, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate every change first, then write them all in one transaction (one user action)."""
    coerced = _validated(changes, VAULT)
    with db.transaction():
        for key, value in coerced.items():
            db.set_setting(key, str(value))
    return coerced


# -- this device's settings ------------------------------------------------------------------
def _device_file() -> Path:
    return paths.config_dir() / DEVICE_FILE


def _device_raw() -> dict[str, Any]:
    try:
        data = json.loads(_device_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _DEVICE_FORMAT:
        return {}
    return data


def device_get(key: str) -> Any:
    """A device setting's value (its default when unset, unreadable or no longer valid)."""
    found = setting(key)
    _require_scope(found, DEVICE)
    return _value_or_default(found, _device_raw().get(found.key))


def device_set_values(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate every change, then rewrite the device settings file atomically."""
    coerced = _validated(changes, DEVICE)
    data = _device_raw()
    data.update(coerced)
    data["format"] = _DEVICE_FORMAT
    ensure_private_dir(paths.config_dir())
    atomic_write(_device_file(), (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    return coerced


def all_values(db: Database | None) -> dict[str, Any]:
    """Every setting's value: the vault's (when `db` is given) and this device's."""
    found: dict[str, Any] = {}
    for item in SETTINGS:
        if item.scope == DEVICE:
            found[item.key] = device_get(item.key)
        elif db is not None:
            found[item.key] = get(db, item.key)
    return found


def save(db: Database | None, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Validate all `changes` (vault and device settings), then write the vault's in one transaction
    and this device's in one file write. Nothing is written when any value is invalid."""
    coerced = _validated(changes)
    vault_changes = {k: v for k, v in coerced.items() if setting(k).scope == VAULT}
    device_changes = {k: v for k, v in coerced.items() if setting(k).scope == DEVICE}
    if vault_changes:
        if db is None:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "{label} needs an unlocked vault."), label=setting(next(iter(vault_changes))).label))
        set_values(db, vault_changes)
    if device_changes:
        device_set_values(device_changes)
    return coerced


# -- this device's window state (size, splitters, last page): kept beside the settings, never in a vault --
WINDOW_FILE = "window.json"


def window_state() -> dict[str, Any]:
    """What the main window was like when it last closed on this device ({} the first time or when unreadable)."""
    try:
        data = json.loads((paths.config_dir() / WINDOW_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_window_state(state: Mapping[str, Any]) -> None:
    """Remember the main window's state on this device (written atomically; a failure is not the user's problem)."""
    try:
        ensure_private_dir(paths.config_dir())
        atomic_write(paths.config_dir() / WINDOW_FILE, (json.dumps(dict(state), indent=2, sort_keys=True) + "\n").encode())
    except OSError:
        pass
