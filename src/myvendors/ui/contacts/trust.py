"""How much she trusts a contact, as three plain choices (`TrustChoice`), and the small dialog that
changes it (`TrustDialog`). Trust weighs a contact's ratings in the standing beside hers: a little
counts once, quite a lot twice, completely three times."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from myvendors.domain.contacts import DEFAULT_TRUST, TRUST_LEVELS, Contact
from myvendors.ui.models.contacts import trust_explanation
from myvendors.ui.passphrase import field_message
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import secondary


class TrustChoice(QWidget):
    """Three radio buttons in a row, "A little", "Quite a lot", "Completely", each with what it weighs."""

    def __init__(self, parent: QWidget | None = None, *, level: int = DEFAULT_TRUST) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.radios: dict[int, QRadioButton] = {}
        texts = {1: self.tr("A &little"), 2: self.tr("Quite a lo&t"), 3: self.tr("Co&mpletely")}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for value in TRUST_LEVELS:
            radio = QRadioButton(texts[value], self)
            radio.setToolTip(trust_explanation(value))
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setAccessibleDescription(trust_explanation(value))
            self.group.addButton(radio, value)
            self.radios[value] = radio
            row.addWidget(radio)
        row.addStretch(1)
        self.set_level(level)

    def level(self) -> int:
        return self.group.checkedId() if self.group.checkedId() in TRUST_LEVELS else DEFAULT_TRUST

    def set_level(self, level: int) -> None:
        self.radios.get(level, self.radios[DEFAULT_TRUST]).setChecked(True)

    def checked_radio(self) -> QRadioButton:
        return self.radios[self.level()]


class TrustDialog(QDialog):
    """Change how much she trusts one contact. Emits `chosen(contact id, level)` on OK."""

    chosen = Signal(int, int)

    def __init__(self, contact: Contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.contact = contact
        self.setWindowTitle(self.tr("Change trust"))
        question = QLabel(self.tr("How much do you trust %s's judgement of vendors?") % contact.name, self)
        question.setWordWrap(True)
        self.choice = TrustChoice(self, level=contact.trust)
        explain = secondary(self.tr(
            "Their ratings weigh in the standing shown beside yours on each vendor: a little counts once, quite a "
            "lot twice, completely three times. Older notes count less."), parent=self, small=True)
        self.message = field_message(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.addWidget(question)
        column.addWidget(self.choice)
        column.addWidget(explain)
        column.addWidget(self.message)
        column.addStretch(1)
        column.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.choice.checked_radio().setFocus()

    def _ok(self) -> None:
        emit(self.chosen, self.contact.id, self.choice.level())

    def show_error(self, text: str, _field: str | None) -> None:
        self.message.setText(text)
        self.message.show()
