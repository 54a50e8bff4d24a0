"""Which vault this user opened last, so the app reopens it (a small JSON file, not secret), and
what a file given to the app on its command line (a double-click on it) asks it to open."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from myvendors import paths
from myvendors.errors import QT_TRANSLATE_NOOP, Message
from myvendors.fileio import atomic_write, ensure_private_dir

FILE_NAME = "recent.json"
_FORMAT = 1


def _file() -> Path:
    return paths.config_dir() / FILE_NAME


def last_vault() -> Path | None:
    """The vault opened last, or None when there is none yet or the file is unreadable."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        return None
    value = data.get("last_vault")
    return Path(value) if isinstance(value, str) and value else None


def remember_last_vault(path: Path) -> None:
    """Record `path` as the vault to open next time (best effort: a read-only config is fine)."""
    try:
        ensure_private_dir(paths.config_dir())
        payload = {"format": _FORMAT, "last_vault": str(Path(path).absolute())}
        atomic_write(_file(), (json.dumps(payload, indent=2) + "\n").encode("utf-8"))
    except OSError:
        return


def vault_to_open(requested: Path | None) -> Path:
    """The vault the app starts with: the one asked for, else the last one, else the default."""
    if requested is not None:
        return Path(requested).expanduser()
    return last_vault() or paths.default_vault_path()


# A vendor's answer, a contact's notes, a package: compact JOSE text (`*.myvendors.jws`, `*.myvendors.jwe`,
# and the generic suffixes other tools save them under).
DOCUMENT_SUFFIXES = (".jws", ".jwe", ".jose")
VAULT_SUFFIX = ".myvendors"


@dataclass(frozen=True)
class StartRequest:
    """What the app opens at start: `vault`, then (once it is unlocked) `document` in the Import
    vendor's answer dialog; `problem` is said in the first window when the file given was neither."""

    vault: Path
    document: Path | None = None
    problem: Message | None = None


def what_to_open(given: Path | None) -> StartRequest:
    """The vault, and the document to import, that the file given on the command line asks for.

    A vault (`*.myvendors`, or any file with its key envelope beside it; the envelope itself stands
    for its vault) opens that vault, as does a `*.myvendors` path where nothing is yet (the first-run
    window creates it there). A document opens the last vault and, once unlocked, the document. A
    missing document, a folder, or a file that is neither opens the last vault, with a `problem`.
    """
    if given is None:
        return StartRequest(vault_to_open(None))
    path = Path(given).expanduser()
    if path.name.endswith(VAULT_SUFFIX + paths.ENVELOPE_SUFFIX) and path.is_file():
        return StartRequest(path.with_name(path.name[: -len(paths.ENVELOPE_SUFFIX)]))
    if path.suffix.lower() in DOCUMENT_SUFFIXES:
        if path.is_file():
            return StartRequest(vault_to_open(None), document=path.absolute())
        return StartRequest(vault_to_open(None), problem=Message(QT_TRANSLATE_NOOP(
            "Errors", "The file {name} was not found, so there is nothing to import. Its folder: {folder}"
        ), name=path.name, folder=str(path.absolute().parent)))
    if path.suffix == VAULT_SUFFIX and not path.is_dir():
        return StartRequest(path)
    if path.is_file() and paths.envelope_path(path).is_file():
        return StartRequest(path)
    if path.exists():
        return StartRequest(vault_to_open(None), problem=Message(QT_TRANSLATE_NOOP(
            "Errors",
            "{name} is neither a MyVendors vault (*.myvendors) nor a document from a vendor or a contact "
            "(*.myvendors.jws, *.myvendors.jwe, *.jose): MyVendors opened your last vault instead."
        ), name=path.name))
    return StartRequest(vault_to_open(None), problem=Message(QT_TRANSLATE_NOOP(
        "Errors", "{path} was not found: MyVendors opened your last vault instead."
    ), path=str(path.absolute())))
