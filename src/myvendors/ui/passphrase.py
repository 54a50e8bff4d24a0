"""Choosing a new passphrase: two fields, a strength meter and messages next to the fields.

Used by the first-run window, the recovery flow and the change-passphrase dialog. What counts
as acceptable is the vault service's rule (`validate_new_passphrase`) and the domain's strength
rule (`domain.strength`: below zxcvbn score 3 the user must tick "Use this weak passphrase
anyway", as KeePassXC asks); this form only shows them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from myvendors.errors import InvalidInput
from myvendors.ui import strength, theme
from myvendors.ui.i18n import translated
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import PassphraseEdit, secondary
from myvendors.vault.constants import MIN_PASSPHRASE_CHARS

# Bar colours by score: red, red, amber, green, deep green.
_BAR_COLOURS = ("#c0392b", "#c0392b", "#c98a0b", "#2e8b57", "#1f7a4c")


class FieldMessage(QLabel):
    """The small red line under a field that says what is wrong with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.restyle()
        self.hide()

    def restyle(self) -> None:
        """Red that reads on the current window (also called on a live theme switch)."""
        self.setStyleSheet("color: #ff8f87;" if theme.is_dark() else "color: #b3261e;")


def field_message(parent: QWidget | None = None) -> QLabel:
    """The small red line under a field that says what is wrong with it."""
    return FieldMessage(parent)


class StrengthMeter(QWidget):
    """A five-step bar with a word ("weak", "strong") and zxcvbn's advice below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        self._bar.setFixedHeight(6)
        self._bar.setAccessibleName(self.tr("Passphrase strength"))
        self._words = secondary(parent=self, small=True)
        self._words.setWordWrap(False)
        widest = max((self.tr("Strength: %s") % strength.describe(score) for score in range(5)), key=len)
        self._words.setMinimumWidth(self._words.fontMetrics().horizontalAdvance(widest) + 4)
        self._advice = secondary(parent=self, small=True)
        # Room for two lines of advice, so the form does not jump while the user types.
        self._advice.setMinimumHeight(self._advice.fontMetrics().lineSpacing() * 2 + 2)
        self._advice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self._bar, 1)
        top.addWidget(self._words)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self._advice)
        self.show_strength(strength.NOTHING)

    def show_strength(self, result: strength.Strength) -> None:
        score = max(result.score, 0)
        self._bar.setValue(score if not result.empty else 0)
        colour = _BAR_COLOURS[score]
        self._bar.setStyleSheet(
            "QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
            f"QProgressBar::chunk {{ border-radius: 3px; background: {colour}; }}"
        )
        if result.empty:
            self._words.setText(self.tr("Strength"))
            self._advice.setText(self.tr("A few unrelated words are easy to remember and hard to guess."))
        else:
            self._words.setText(self.tr("Strength: %s") % result.words)
            self._advice.setText(result.feedback)
        self._bar.setAccessibleDescription(self._words.text())

    @property
    def words(self) -> str:
        return self._words.text()

    @property
    def advice(self) -> str:
        return self._advice.text()

    @property
    def score(self) -> int:
        return self._bar.value()


class NewPassphraseForm(QWidget):
    """Passphrase and repeat, a strength meter, and the reasons the Create button is disabled."""

    validity_changed = Signal(bool)
    submitted = Signal()  # Enter pressed in the repeat field while the form is valid

    def __init__(self, parent: QWidget | None = None, *, user_inputs: Sequence[str] = (), label: str | None = None) -> None:
        super().__init__(parent)
        self._user_inputs = tuple(user_inputs)
        self._valid = False

        self.passphrase_edit = PassphraseEdit(self)
        self.passphrase_edit.setAccessibleName(self.tr("New passphrase"))
        self.passphrase_edit.setPlaceholderText(self.tr("At least %d characters") % MIN_PASSPHRASE_CHARS)
        self.repeat_edit = PassphraseEdit(self, toggle=False)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = StrengthMeter(self)
        self.passphrase_message = field_message(self)
        self.repeat_message = field_message(self)
        # Shown only while the passphrase is weak; a weak passphrase is taken only when this is ticked.
        self.weak_confirm = QCheckBox(self.tr("&Use this weak passphrase anyway"), self)
        self.weak_confirm.setToolTip(
            self.tr("A weak passphrase can be guessed by someone who gets a copy of the vault file.")
        )
        self.weak_confirm.hide()
        self._weak = False

        first = QLabel(label or self.tr("&Passphrase"), self)
        first.setBuddy(self.passphrase_edit)
        second = QLabel(self.tr("&Repeat passphrase"), self)
        second.setBuddy(self.repeat_edit)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(first)
        column.addWidget(self.passphrase_edit)
        column.addWidget(self.passphrase_message)
        column.addWidget(self.meter)
        column.addSpacing(10)
        column.addWidget(second)
        column.addWidget(self.repeat_edit)
        column.addWidget(self.repeat_message)
        column.addWidget(self.weak_confirm)
        self.setTabOrder(self.passphrase_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.weak_confirm)

        self.passphrase_edit.revealed_changed.connect(self.repeat_edit.set_revealed)
        self.passphrase_edit.textChanged.connect(self._on_passphrase_changed)
        self.repeat_edit.textChanged.connect(self._revalidate)
        self.weak_confirm.toggled.connect(self._revalidate)
        self.passphrase_edit.returnPressed.connect(self._on_first_return)
        self.repeat_edit.returnPressed.connect(self._on_repeat_return)

    # -- state ---------------------------------------------------------------------------
    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def is_valid(self) -> bool:
        return self._valid

    def is_weak(self) -> bool:
        """The passphrase typed is below the strength the vault asks for."""
        return self._weak

    def clear(self) -> None:
        self.passphrase_edit.wipe()
        self.repeat_edit.wipe()
        self.weak_confirm.setChecked(False)

    def focus_first(self) -> None:
        self.passphrase_edit.setFocus()

    def show_error(self, text: str) -> None:
        """A message from the service about the new passphrase (e.g. InvalidInput)."""
        self.passphrase_message.setText(text)
        self.passphrase_message.show()

    # -- reacting to typing ----------------------------------------------------------------
    def _on_passphrase_changed(self, text: str) -> None:
        judged = strength.estimate(text, self._user_inputs)
        self.meter.show_strength(judged)
        self._weak = judged.weak
        # A confirmation is for the passphrase it was given to: typing on asks again.
        self.weak_confirm.blockSignals(True)
        self.weak_confirm.setChecked(False)
        self.weak_confirm.blockSignals(False)
        self._revalidate()

    def _revalidate(self) -> None:
        first, second = self.passphrase_edit.text(), self.repeat_edit.text()
        problem = ""
        if first:
            from myvendors.vault.envelope import validate_new_passphrase  # the service's rule, loaded when used

            try:
                validate_new_passphrase(first)
            except InvalidInput as exc:
                problem = translated(exc.message)
        self._set_message(self.passphrase_message, problem)
        # Say "do not match" only once the repeat can no longer become a match by typing on.
        mismatch = bool(second) and first != second and (len(second) >= len(first) or not first.startswith(second))
        self._set_message(self.repeat_message, self.tr("The passphrases do not match.") if mismatch else "")
        self.weak_confirm.setVisible(bool(first) and not problem and self._weak)
        confirmed = not self._weak or self.weak_confirm.isChecked()
        valid = bool(first) and not problem and first == second and confirmed
        if valid != self._valid:
            self._valid = valid
            emit(self.validity_changed, valid)

    @staticmethod
    def _set_message(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    def _on_first_return(self) -> None:
        if self._valid:
            emit(self.submitted)
        else:
            self.repeat_edit.setFocus()

    def _on_repeat_return(self) -> None:
        if self._valid:
            emit(self.submitted)
        elif not self.passphrase_edit.text():
            self.passphrase_edit.setFocus()
        elif self.weak_confirm.isVisible() and not self.weak_confirm.isChecked():
            self.weak_confirm.setFocus()  # the one thing left to do, and a deliberate one
