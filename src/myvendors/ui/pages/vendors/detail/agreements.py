"""The Agreements tab: a vendor's subscriptions, contracts and the like; add, edit, delete (undoable); a
line above them for each price rise the payments show (`domain.recurring.price_rises_of`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from myvendors.domain import agreements, recurring
from myvendors.domain.models import Agreement, AgreementDraft, Vendor
from myvendors.ui import formatting
from myvendors.ui.models.records import AgreementsModel
from myvendors.ui.pages.vendors.detail.tab import _Tab, record_table, selected_row, tab_button
from myvendors.ui.pages.vendors.letter_dialog import LetterDialog
from myvendors.ui.pages.vendors.record_dialogs import AgreementDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, MessageBanner

if TYPE_CHECKING:
    from myvendors.storage import Database


class AgreementsTab(_Tab):
    """Subscriptions, contracts and the like: add, edit (Enter or double-click), delete (Delete, undoable),
    and the selected one's cancellation letter."""

    timeline_changed = Signal()  # a letter marked sent put an interaction on the vendor's timeline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgreementsModel(self)
        self.rises = MessageBanner(self)  # price rises seen in the payments (domain.recurring)
        self.view = record_table(self, self.tr("Agreements"), self.model)
        self.add_button = tab_button(self.tr("&Add agreement…"), "add", self.tr("Add agreement"), self)
        self.edit_button = tab_button(self.tr("Ed&it…"), None, self.tr("Edit agreement"), self)
        self.delete_button = tab_button(self.tr("&Delete"), None, self.tr("Delete agreement"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected agreement (Delete); Undo brings it back"))
        self.letter_button = tab_button(self.tr("Cancellation &letter…"), "mail", self.tr("Cancellation letter"), self)
        self.letter_button.setToolTip(self.tr("Write the selected agreement's cancellation letter: text, e-mail or "
                                              "PDF, with the date it must arrive by"))
        self.letter_button.clicked.connect(self.letter_for_selected)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self._shortcut(self.view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete agreement"))
        edit_action = self._shortcut(self.view, "Return", self.edit_selected, self.tr("Edit agreement"))
        edit_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.letter_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addWidget(self.rises)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        self.model.set_records(agreements.agreements_of(self.db, self.vendor.id))
        self._show_rises(recurring.price_rises_of(self.db, self.vendor.id))

    def _show_rises(self, rises: list[recurring.PriceRise]) -> None:
        """One line per agreement whose payments now charge more than it says."""
        if not rises:
            self.rises.clear()
            return
        lines = [
            self.tr("Price rise: %1 — %2 → %3 since %4 (seen in the payments).")
            .replace("%1", rise.agreement_title).replace("%2", formatting.money_text(rise.old_price))
            .replace("%3", formatting.money_text(rise.new_price)).replace("%4", formatting.date_text(rise.since))
            for rise in rises
        ]
        self.rises.show_message(Level.WARNING, "\n".join(lines))

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.rises.clear()

    def _update_buttons(self) -> None:
        selected = selected_row(self.view) is not None
        self.add_button.setEnabled(self.vendor is not None)
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.letter_button.setEnabled(selected)

    def selected(self) -> Agreement | None:
        row = selected_row(self.view)
        return self.model.record(row) if row is not None else None

    def add(self) -> AgreementDialog | None:
        if self.vendor is None:
            return None
        return self._open(AgreementDialog(None, self), None)

    def edit_selected(self) -> AgreementDialog | None:
        agreement = self.selected()
        return self._open(AgreementDialog(agreement, self), agreement) if agreement is not None else None

    def letter_for_selected(self) -> LetterDialog | None:
        """The selected agreement's cancellation letter; marking it sent reloads the vendor (timeline, follow-ups)."""
        agreement = self.selected()
        if agreement is None or self.db is None:
            return None
        dialog = LetterDialog(self.db, agreement, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sent.connect(lambda _sent: self._letter_sent())
        dialog.open()
        return dialog

    def _letter_sent(self) -> None:
        self._changed()
        emit(self.timeline_changed)

    def _open(self, dialog: AgreementDialog, agreement: Agreement | None) -> AgreementDialog:
        def save(db: Database, vendor: Vendor, values: dict[str, Any]) -> Agreement:
            if agreement is None:
                return agreements.add_agreement(db, AgreementDraft(vendor_id=vendor.id, **values))
            return agreements.update_agreement(db, agreement.id, **values)

        self._open_form(dialog, save, lambda saved: self.select_record(saved.id))
        return dialog

    def select_record(self, record_id: int) -> None:
        for row, record in enumerate(self.model.records()):
            if record.id == record_id:
                self.view.selectRow(row)
                return

    def delete_selected(self) -> None:
        agreement = self.selected()
        title = self.tr("Delete agreement %s") % agreement.title if agreement is not None else ""
        self._delete_undoably(agreement, title, AgreementDraft, agreements.delete_agreement, agreements.add_agreement)


