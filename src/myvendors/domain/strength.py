"""How strong a new passphrase is, and the rule both the app and the command line apply to it.

zxcvbn's score (0–4) decides: below `MIN_SCORE` a passphrase is weak, and a weak one is used only
when the user says so (the app's "Use this weak passphrase anyway", the command line's
``--allow-weak``). zxcvbn is told the words an attacker who knows her would try first: the
vault's name and, once a vault is open, her profile and her vendors' names ("Netflix2024!" is
weak for someone with Netflix among her vendors).

Light to import: zxcvbn builds its dictionaries when imported (a tenth of a second or more) and is
imported when a strength is first judged; the storage layer only by `vault_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

if TYPE_CHECKING:
    from myvendors.storage import Database

MIN_SCORE = 3  # zxcvbn's "safely unguessable"; below it the user must confirm
# zxcvbn refuses longer input (its matching is quadratic); a passphrase this long is judged
# by its first 72 characters, which only ever under-states its strength.
MAX_ESTIMATED_CHARS = 72
# Bounds on what is read from a vault for zxcvbn: never every name of a vault of a million vendors.
MAX_VENDOR_NAMES = 300
MAX_USER_INPUTS = 1000
ALWAYS = ("myvendors", "vendors", "vault")
ALLOW_WEAK_OPTION = "--allow-weak"

_WORD = re.compile(r"[^\W_]{3,}", re.UNICODE)


@dataclass(frozen=True)
class Judgement:
    score: int  # 0 (very weak) … 4 (very strong)
    warning: str  # zxcvbn's warning, or ""
    suggestions: tuple[str, ...]

    @property
    def weak(self) -> bool:
        return self.score < MIN_SCORE

    def advice(self, *, suggestions: int = 1) -> str:
        """The warning and the first `suggestions` suggestions, as one line (a `Message`: the app translates each)."""
        parts = [part.strip() for part in (self.warning, *self.suggestions[:suggestions]) if part and part.strip()]
        if len(parts) < 2:
            return parts[0] if parts else ""
        return Message(" ".join(f"{{part{i}}}" for i in range(len(parts))), **{f"part{i}": p for i, p in enumerate(parts)})


#: zxcvbn's warnings and suggestions (English, from its feedback.py), marked so that the app can translate them
ZXCVBN_TEXTS = (
    QT_TRANSLATE_NOOP("Errors", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("Errors", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("Errors", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("Errors", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("Errors", "Avoid recent years."),
    QT_TRANSLATE_NOOP("Errors", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("Errors", "Avoid sequences."),
    QT_TRANSLATE_NOOP("Errors", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("Errors", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("Errors", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("Errors", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("Errors", "This is a very common password."),
    QT_TRANSLATE_NOOP("Errors", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("Errors", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("Errors", "It would be easy to guess."),
)


def user_words(values: Iterable[str]) -> list[str]:
    """Each value and the words in it (lower case, 3 letters or more), without repeats, bounded."""
    seen: dict[str, None] = {}
    for value in values:
        folded = (value or "").strip().lower()
        if not folded:
            continue
        seen.setdefault(folded[:MAX_ESTIMATED_CHARS], None)
        for word in _WORD.findall(folded):
            seen.setdefault(word, None)
        if len(seen) >= MAX_USER_INPUTS:
            break
    return list(seen)[:MAX_USER_INPUTS]


def path_words(vault_path: Path | str) -> list[str]:
    """What the vault's file name gives away (its stem and the words in it)."""
    return user_words([Path(vault_path).stem])


def vault_words(db: Database, vault_path: Path | str | None = None) -> list[str]:
    """The vault's name, her profile's values and the names of her most recently added vendors
    (at most `MAX_VENDOR_NAMES`, by one query on the primary key)."""
    from myvendors.storage import sharing as sharing_sql
    from myvendors.storage import vendors as vendors_sql

    values: list[str] = [Path(vault_path).stem] if vault_path is not None else []
    values += sharing_sql.profile(db).values()
    values += vendors_sql.recent_names(db, MAX_VENDOR_NAMES)
    return user_words(values)


def judge(passphrase: str, user_inputs: Sequence[str] = ()) -> Judgement:
    """zxcvbn's judgement of a non-empty `passphrase`, knowing `user_inputs`."""
    from zxcvbn import zxcvbn  # heavy: see the module's docstring

    result = zxcvbn(passphrase[:MAX_ESTIMATED_CHARS], user_inputs=[*ALWAYS, *user_inputs])
    feedback = result.get("feedback") or {}
    return Judgement(
        int(result["score"]),
        str(feedback.get("warning") or ""),
        tuple(str(s) for s in feedback.get("suggestions") or ()),
    )


def require_strong(passphrase: str, user_inputs: Sequence[str] = (), *, allow_weak: bool = False) -> Judgement:
    """The rule: a weak passphrase is refused (InvalidInput, field "passphrase") unless `allow_weak`."""
    judgement = judge(passphrase, user_inputs)
    if judgement.weak and not allow_weak:
        why = judgement.advice(suggestions=2) or QT_TRANSLATE_NOOP("Errors", "It would be easy to guess.")
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP(
                "Errors",
                "The new passphrase is weak (strength {score} of 4; {MIN_SCORE} is needed). {why} Choose a "
                "longer one (a few unrelated words), or pass {ALLOW_WEAK_OPTION} to use it anyway; nothing was "
                "changed."
            ), score=judgement.score, MIN_SCORE=MIN_SCORE, why=why, ALLOW_WEAK_OPTION=ALLOW_WEAK_OPTION),
            field="passphrase",
        )
    return judgement


def preload() -> None:
    """Import zxcvbn now (on a worker thread), so that the first judgement does not wait for it."""
    import zxcvbn  # noqa: F401
