"""How strong a new passphrase looks: zxcvbn's score (0–4) as words and advice for the meter.

The judgement and the rule (what is weak) are the domain's (`myvendors.domain.strength`); this
module puts them into translated words. zxcvbn builds its frequency dictionaries when imported (a
tenth of a second or more), so it is imported when a strength is first estimated, or ahead of that
by `preload` on a worker thread once the first-run window is on screen: the unlock window never
pays for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from myvendors.domain import strength as rule
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui.i18n import translated

# One word per zxcvbn score. Every score below the rule's `MIN_SCORE` reads as weak, because the
# app asks her to confirm such a passphrase ("Use this weak passphrase anyway"): a meter saying
# "fair" beside that question would contradict it. Written for MIN_SCORE 3 (scores 0-2 weak); a test
# holds the words and the rule together.
_WORDS = (
    QT_TRANSLATE_NOOP("Strength", "very weak"),
    QT_TRANSLATE_NOOP("Strength", "weak"),
    QT_TRANSLATE_NOOP("Strength", "weak"),
    QT_TRANSLATE_NOOP("Strength", "strong"),
    QT_TRANSLATE_NOOP("Strength", "very strong"),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (very weak) … 4 (very strong); -1 for nothing typed
    words: str
    feedback: str  # zxcvbn's warning and first suggestion, or ""

    @property
    def empty(self) -> bool:
        return self.score < 0

    @property
    def weak(self) -> bool:
        """Below the score the vault asks for: the user must confirm she wants it anyway."""
        return not self.empty and self.score < rule.MIN_SCORE


NOTHING = Strength(-1, "", "")


def describe(score: int) -> str:
    """The words for a zxcvbn score (0–4), translated."""
    return QCoreApplication.translate("Strength", _WORDS[score])


def estimate(passphrase: str, user_inputs: Sequence[str] = ()) -> Strength:
    """zxcvbn's judgement of `passphrase`, knowing words an attacker would try first."""
    if not passphrase:
        return NOTHING
    judgement = rule.judge(passphrase, user_inputs)
    return Strength(judgement.score, describe(judgement.score), translated(judgement.advice()))


def preload() -> None:
    """Import zxcvbn now (on a worker thread), so that the first keystroke does not wait for it."""
    rule.preload()
