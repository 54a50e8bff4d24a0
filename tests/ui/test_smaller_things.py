"""Issue 11 item 11, the smaller things a first hour hits: Enter in the unlock window, importing
several files, the duplicate banner, no unsaved changes after an import, one clipboard service,
the interaction kinds explained, and the passphrase meter's words."""

from __future__ import annotations

from pathlib import Path

from helpers import PASSPHRASE
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from myvendors.ui.unlock import UnlockWindow
from myvendors.vault.session import DeviceStatus


# -- a) Enter unlocks from any field of the unlock window ------------------------------------
def test_enter_on_the_remember_box_unlocks(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "home.myvendors")
    qtbot.addWidget(window)
    window.show()
    window.set_device_status(DeviceStatus(True, ""))
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    page.remember.setFocus()
    qtbot.keyClick(page.remember, Qt.Key.Key_Space)
    assert page.remember.isChecked()
    with qtbot.waitSignal(window.unlock_requested, timeout=1000) as signal:
        qtbot.keyClick(page.remember, Qt.Key.Key_Return)
    assert signal.args == [PASSPHRASE, True]
    with qtbot.waitSignal(window.unlock_requested, timeout=1000) as signal:
        qtbot.keyClick(page.remember, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert signal.args == [PASSPHRASE, True]


def test_enter_on_a_link_presses_that_link_not_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    window = UnlockWindow(tmp_path / "home.myvendors")
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase_edit, PASSPHRASE)
    unlocked: list[object] = []
    window.unlock_requested.connect(lambda *args: unlocked.append(args))
    page.use_recovery.setFocus()
    qtbot.keyClick(page.use_recovery, Qt.Key.Key_Return)
    assert window.showing_recovery() and not unlocked


# -- i) the meter's words agree with the weak-passphrase question ----------------------------
def test_every_score_below_the_rule_reads_as_weak_and_no_other_does() -> None:
    from myvendors.domain import strength as rule
    from myvendors.ui import strength

    for score in range(5):
        words = strength.describe(score)
        assert ("weak" in words) == (score < rule.MIN_SCORE), (score, words)
    assert strength.describe(2) == "weak"


def test_a_score_2_passphrase_reads_weak_beside_the_confirmation(qtbot: QtBot) -> None:
    from myvendors.ui.passphrase import NewPassphraseForm
    from myvendors.ui.strength import estimate

    candidate = "kangaroo7pie"
    assert estimate(candidate).score == 2  # zxcvbn's "somewhat guessable"
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.passphrase_edit, candidate)
    qtbot.waitUntil(lambda: form.meter.words != "Strength", timeout=3000)
    assert form.meter.words == "Strength: weak"
    assert form.weak_confirm.isVisible()
