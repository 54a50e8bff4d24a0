"""The statement import dialog: three steps in one window, Back and Next between them.

1. Read (`StatementReadStep`): the account, and for a CSV file its columns with a live preview.
2. Payees (`PayeeStep`): where each payee's lines go, with the summary of what will be added.
3. Done: what was added, what was already there, the new vendors.

The dialog only draws and asks; `StatementImport` (flow.py) reads, plans and imports on the
worker and hands the results back (`show_plan`, `show_result`, `show_error`). Next is disabled
while the step cannot go on, and the line beside it says why (a date format to choose, a column
missing, a new vendor without a name).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QApplication,
)

from myvendors.domain.statements import (
    CsvLayout,
    MatchHow,
    PayeeChoice,
    PayeeGroup,
    Statement,
    StatementPlan,
    StatementResult,
)
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.i18n import translated
from myvendors.ui.qtcompat import emit
from myvendors.ui.statements.payees import MATCHED, NEW, OTHER, SKIP, Choice, PayeeRow, PayeeStep
from myvendors.ui.statements.reading import StatementReadStep
from myvendors.ui.widgets import Level, MessageBanner, heading, help_key, secondary
from myvendors.ui.worker import Job

READ, PAYEES, DONE = range(3)

#: how a payee's vendor was found, as the payee list says it
_HOW = {
    MatchHow.REMEMBERED: QT_TRANSLATE_NOOP("StatementImportDialog", "your earlier choice"),
    MatchHow.WEBSITE: QT_TRANSLATE_NOOP("StatementImportDialog", "matched by website"),
    MatchHow.NAME: QT_TRANSLATE_NOOP("StatementImportDialog", "matched by name"),
}


def payee_row(group: PayeeGroup) -> PayeeRow:
    """A plan's payee group as the payee step shows it."""
    suggested = group.suggested
    how = QCoreApplication.translate("StatementImportDialog", _HOW[group.how]) if group.how in _HOW else ""
    return PayeeRow(
        key=group.key,
        payee=group.spellings[0] if group.spellings else group.name,
        lines=len(group.lines),
        total=" · ".join(formatting.money_text(money) for money in group.totals),  # "," is a decimal sign in many locales
        already=group.already_there,
        vendor_id=suggested.vendor_id,
        vendor_name=group.vendor_name or "",
        how=how,
        new_name=suggested.new_vendor or group.name,
        skipped=group.how == MatchHow.SKIP or (suggested.skip and group.how != MatchHow.NEW),
    )


class StatementImportDialog(QDialog):
    """Emits `next_requested(account, mapping)` on Next from the first step and
    `import_requested(choices)` ({payee key: PayeeChoice}) on Import."""

    next_requested = Signal(object, object)  # account, CsvMapping or None (OFX)
    import_requested = Signal(object)  # {payee key: PayeeChoice}

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.plan: StatementPlan | None = None
        #: the worker job reading, planning or importing, while one runs
        self.busy_job: Job | None = None
        self._focused: QWidget | None = None  # where the focus was before a job held the dialog
        self.setWindowTitle(self.tr("Import statement"))
        self.setSizeGripEnabled(True)

        icon = QLabel(self)
        icons.show_on(icon, "kind-money", 32)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = heading(self.tr("Import statement from %s") % path.name, scale=1.2, parent=self)
        self.subtitle = secondary(parent=self)
        self.banner = MessageBanner(self)

        self.stack = QStackedWidget(self)
        self.read_step = StatementReadStep(self.stack)
        self.payee_step = PayeeStep(self.stack)
        self.done_step = self._make_done_step()
        for step in (self.read_step, self.payee_step, self.done_step):
            self.stack.addWidget(step)

        self.why_label = secondary(parent=self, small=True)
        self.why_label.setAccessibleName(self.tr("Why the next step waits"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.back_button, self.cancel_button):  # Enter means Next wherever the focus is
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self.reject)
        self.close_button.clicked.connect(self.accept)
        self.read_step.changed.connect(self._update)
        self.payee_step.changed.connect(self._update)

        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(titles, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.why_label, 1)
        for button in (self.back_button, self.next_button, self.cancel_button, self.close_button):
            bottom.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.setSpacing(10)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        column.addLayout(bottom)
        self.resize(920, 620)
        help_key(self, lambda: "import-export#statements")
        self._go(READ)

    def _make_done_step(self) -> QWidget:
        step = QWidget(self.stack)
        self.done_title = MessageBanner(step)
        self.done_text = QLabel(step)
        self.done_text.setWordWrap(True)
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(step)
        column.setContentsMargins(0, 12, 0, 0)
        column.addWidget(self.done_title)
        column.addWidget(self.done_text)
        column.addStretch(1)
        return step

    # -- what the flow hands in ---------------------------------------------------------------
    def show_statement(self, statement: Statement, account: str | None = None) -> None:
        """An OFX/QFX file, read: its account (the file's, unless she typed one) and first lines."""
        kind = self.tr("OFX file")
        count = len(statement.lines)
        self.subtitle.setText(f"{kind} · " + (self.tr("1 line read") if count == 1 else self.tr("%d lines read") % count))
        self.read_step.show_statement(statement, statement.account if account is None else account)

    def show_layout(self, data: bytes, layout: CsvLayout, account: str = "") -> None:
        """A CSV file: the columns to check or choose."""
        rows = len(layout.rows)
        kind = self.tr("CSV file")
        self.subtitle.setText(f"{kind} · " + (self.tr("1 row") if rows == 1 else self.tr("%d rows") % rows))
        self.read_step.show_layout(data, self.path.name, layout, account)

    def show_plan(self, plan: StatementPlan, vendors: Sequence[tuple[int, str]]) -> None:
        """The statement planned against the vault: the payee step."""
        self.plan = plan
        self.banner.clear()
        self.payee_step.set_rows([payee_row(group) for group in plan.payees], vendors)
        problems = [translated(p.message) for p in plan.problems]
        notes = [translated(w) for w in plan.warnings]
        if problems:
            shown = "\n".join(problems[:5])  # (each message names its line)
            more = len(problems) - 5
            if more > 0:
                shown += "\n" + self.tr("… and %d more.") % more
            self.banner.show_message(
                Level.WARNING,
                (self.tr("1 line cannot be read and is left out:") if len(problems) == 1
                 else self.tr("%d lines cannot be read and are left out:") % len(problems)) + "\n" + shown,
            )
        elif notes:
            self.banner.show_message(Level.INFO, "\n".join(notes))
        self._go(PAYEES)

    def show_result(self, result: StatementResult) -> None:
        self.banner.clear()
        self.done_title.show_message(Level.SUCCESS, self.tr("The statement was imported."))
        parts = [
            self.tr("1 payment was added.") if result.added == 1 else self.tr("%d payments were added.") % result.added
        ]
        if result.already_there:
            parts.append(
                self.tr("1 was already there and was not added again.") if result.already_there == 1
                else self.tr("%d were already there and were not added again.") % result.already_there
            )
        if result.skipped:
            parts.append(self.tr("1 line was skipped.") if result.skipped == 1 else self.tr("%d lines were skipped.") % result.skipped)
        made = result.new_vendors
        if made:
            names = ", ".join(vendor.name for vendor in made[:8]) + ("…" if len(made) > 8 else "")
            parts.append(
                (self.tr("1 new vendor:") if len(made) == 1 else self.tr("%d new vendors:") % len(made)) + " " + names
            )
        self.done_text.setText("\n".join(parts))
        self._go(DONE)

    def show_error(self, text: str) -> None:
        self.banner.show_error(text)

    def show_notice(self, text: str) -> None:
        self.banner.show_message(Level.WARNING, text)

    # -- steps --------------------------------------------------------------------------------
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.back_button.setVisible(step == PAYEES)
        self.next_button.setVisible(step != DONE)
        self.cancel_button.setVisible(step != DONE)
        self.close_button.setVisible(step == DONE)
        self._update()
        self.next_button.setDefault(step != DONE)
        self.close_button.setDefault(step == DONE)
        if self.stack.isEnabled():
            self._focus_step()

    def _back(self) -> None:
        if self.step() == PAYEES:
            self.banner.clear()
            self._go(READ)

    def _next(self) -> None:
        if not self.next_button.isEnabled():
            return
        self.banner.clear()
        if self.step() == READ:
            emit(self.next_requested, self.read_step.account(), self.read_step.mapping())
        elif self.step() == PAYEES:
            emit(self.import_requested, self.choices())

    def choices(self) -> dict[str, PayeeChoice]:
        """Her choice for every payee, as `apply_statement` takes them."""
        chosen: dict[str, PayeeChoice] = {}
        for row, choice in self.payee_step.model.choices():
            chosen[row.key] = _payee_choice(choice)
        return chosen

    def blocker(self) -> str | None:
        """Why Next (or Import) must wait, or None."""
        if self.step() == READ:
            return self.read_step.blocker()
        if self.step() == PAYEES:
            model = self.payee_step.model
            for row in range(model.rowCount()):
                choice = model.choice(row)
                if choice.kind == NEW and not choice.name.strip():
                    return self.tr("Give the new vendor for %s a name.") % model.row(row).payee
            lines, already, _, skipped = model.counts()
            if lines - already - skipped <= 0:
                return self.tr("Nothing to add: every line is already there or skipped.")
        return None

    def _update(self) -> None:
        step = self.step()
        why = self.blocker() if step != DONE else None
        busy = self.busy_job is not None and not self.busy_job.ended
        self.next_button.setEnabled(why is None and not busy)
        self.next_button.setToolTip(why or "")
        self.why_label.setText(why or "")
        if step == PAYEES:
            lines, already, new, skipped = self.payee_step.model.counts()
            adding = lines - already - skipped
            self.next_button.setText(self.tr("&Import 1 line") if adding == 1 else self.tr("&Import %d lines") % adding)
            self.payee_step.summary.setText(self._summary(lines, already, new, skipped))
        else:
            self.next_button.setText(self.tr("&Next"))

    def _summary(self, lines: int, already: int, new: int, skipped: int) -> str:
        parts = [
            self.tr("1 line") if lines == 1 else self.tr("%d lines") % lines,
            self.tr("%d already there") % already,
            self.tr("1 new vendor") if new == 1 else self.tr("%d new vendors") % new,
        ]
        if skipped:
            parts.append(self.tr("%d skipped") % skipped)
        return ", ".join(parts)

    def set_interactive(self, interactive: bool) -> None:
        if not interactive:
            focused = QApplication.focusWidget()
            self._focused = focused if focused is not None and self.isAncestorOf(focused) else None
        self.stack.setEnabled(interactive)
        self.back_button.setEnabled(interactive)
        self._update()
        if interactive:  # the focus left the step while it was disabled: back where it was, or to the step
            focused, self._focused = self._focused, None
            if focused is not None and focused.isVisible() and focused.isEnabled() and self.stack.isAncestorOf(focused):
                focused.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self._focus_step()

    def _focus_step(self) -> None:
        step = self.step()
        target = self.payee_step.view if step == PAYEES else self.close_button if step == DONE else self.read_step.account_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        """Cancel or Esc: close, unless the file is being read or imported (the progress dialog's
        Cancel stops that); a lock closes and deletes the dialog regardless."""
        if self.busy_job is not None and not self.busy_job.ended:
            return
        super().reject()


def _payee_choice(choice: Choice) -> PayeeChoice:
    if choice.kind in (MATCHED, OTHER) and choice.vendor_id is not None:
        return PayeeChoice.existing(choice.vendor_id)
    if choice.kind == NEW:
        return PayeeChoice.new(choice.name.strip())
    if choice.kind == SKIP:
        return PayeeChoice.skipped()
    return PayeeChoice.skipped()
