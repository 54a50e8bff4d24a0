"""The Aliases tab: leak canaries of one vendor. The addresses and phone numbers given to it alone
(add, remove; retire one with leaks: kept greyed as evidence, no longer given out), the leaks of
them (record from pasted headers or by hand, close, open again, show the headers kept), and for a
leak the access request that asks the vendor whom it gave the address to (the share wizard opens
prefilled: `request_wanted`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from myvendors.domain import leaks
from myvendors.domain.leaks import Alias, Leak
from myvendors.domain.models import Vendor
from myvendors.errors import MyVendorsError
from myvendors.ui.models.leaks import AliasesModel, LeaksModel, leaks_line
from myvendors.ui.pages.vendors.detail.tab import _Tab, record_table, selected_row, tab_button
from myvendors.ui.pages.vendors.leak_dialogs import AliasDialog, EvidenceDialog, LeakDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import Level, secondary

if TYPE_CHECKING:
    from myvendors.storage import Database


def _bold(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class AliasesTab(_Tab):
    """A vendor's aliases and their leaks. Emits `request_wanted(ShareSpec)` for "Ask them who they gave it to…"."""

    request_wanted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = secondary(self.tr(
            "Give a vendor an address of its own (you+name@…) or a phone number no one else has. If anyone else "
            "uses it, the vendor passed your data on: record it here, as evidence."), parent=self, small=True)
        self.alias_model = AliasesModel(self)
        self.alias_view = record_table(self, self.tr("Aliases"), self.alias_model, AliasesModel.NOTE, widths={
            AliasesModel.ADDRESS: "ken+a-longer-vendor@example.com", AliasesModel.KIND: "E-mail",
            AliasesModel.GIVEN: "2026-12-31, in a package", AliasesModel.LEAKS: "12 (12 open)"}, icon_columns=(AliasesModel.LEAKS,))
        self.leak_model = LeaksModel(self)
        self.leak_view = record_table(self, self.tr("Leaks"), self.leak_model, LeaksModel.HOW, widths={
            LeaksModel.SEEN: "2026-12-31", LeaksModel.STATE: "Closed", LeaksModel.ALIAS: "ken+a-longer-vendor@example.com",
            LeaksModel.USED_BY: "mailer.offers.example"}, icon_columns=(LeaksModel.STATE,))
        self.add_button = tab_button(self.tr("&Add alias…"), "add", self.tr("Add alias"), self)
        self.remove_button = tab_button(self.tr("Re&move alias"), None, self.tr("Remove alias"), self)
        self.remove_button.setToolTip(self.tr("Forget the selected alias (one with leaks recorded stays: retire it)"))
        self.retire_button = tab_button(self.tr("Re&tire alias"), None, self.tr("Retire alias"), self)
        self.retire_button.setToolTip(self.tr(
            "Stop giving the selected alias out: it stays, greyed, with its leaks as evidence"))
        self.record_button = tab_button(self.tr("Record a &leak…"), "warning", self.tr("Record a leak"), self)
        self.close_button = tab_button(self.tr("&Close leak"), None, self.tr("Close leak"), self)
        self.close_button.setToolTip(self.tr("Close the selected leak when you have your answer; open it again later"))
        self.evidence_button = tab_button(self.tr("Show hea&ders…"), None, self.tr("Show headers"), self)
        self.ask_button = tab_button(self.tr("Ask them &who they gave it to…"), "share",
                                     self.tr("Ask them who they gave it to"), self)
        self.ask_button.setToolTip(self.tr(
            "An access request (GDPR Art. 15(1)(c), CCPA §1798.110) naming the alias, when you gave it and when "
            "and by whom it was used: the share wizard opens with it"))
        self.add_button.clicked.connect(self.add_alias)
        self.remove_button.clicked.connect(self.remove_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        self.record_button.clicked.connect(self.record_leak)
        self.close_button.clicked.connect(self.close_selected)
        self.evidence_button.clicked.connect(self.show_evidence)
        self.ask_button.clicked.connect(self.ask)
        self.leak_view.doubleClicked.connect(lambda _: self.show_evidence())
        for view in (self.alias_view, self.leak_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = secondary(parent=self, small=True)  # a line of its own, wrapped: beside the buttons it
        self.summary.setWordWrap(True)  # made the tab wider than the detail pane in German
        alias_buttons = QHBoxLayout()
        alias_buttons.addWidget(self.add_button)
        alias_buttons.addWidget(self.remove_button)
        alias_buttons.addWidget(self.retire_button)
        alias_buttons.addStretch(1)
        leak_buttons = QHBoxLayout()
        leak_buttons.addWidget(self.record_button)
        leak_buttons.addWidget(self.close_button)
        leak_buttons.addWidget(self.evidence_button)
        leak_buttons.addStretch(1)
        ask_row = QHBoxLayout()  # the longest button on a row of its own: four in one row are too wide in German
        ask_row.addWidget(self.ask_button)
        ask_row.addStretch(1)
        self.aliases_title = _bold(self.tr("Aliases given to this vendor alone"), self)
        self.leaks_title = _bold(self.tr("Leaks: someone else used one"), self)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addWidget(self.intro)
        column.addWidget(self.summary)
        column.addLayout(alias_buttons)
        column.addWidget(self.aliases_title)
        column.addWidget(self.alias_view, 2)
        column.addSpacing(6)
        column.addLayout(leak_buttons)
        column.addLayout(ask_row)
        column.addWidget(self.leaks_title)
        column.addWidget(self.leak_view, 3)
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        self.alias_model.set_records(leaks.aliases(self.db, self.vendor.id))
        found = leaks.leaks(self.db, vendor_id=self.vendor.id)
        self.leak_model.set_records(found)
        self.summary.setText(leaks_line(len(found), sum(1 for x in found if x.is_open)))
        self._update_buttons()

    def clear(self) -> None:
        super().clear()
        self.alias_model.clear()
        self.leak_model.clear()
        self.summary.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        shown = self.vendor is not None
        self.add_button.setEnabled(shown)
        self.record_button.setEnabled(shown and self.alias_model.rowCount() > 0)
        alias = self.selected_alias()
        self.remove_button.setEnabled(alias is not None and not alias.leaks)  # its leaks are evidence: retire it
        self.retire_button.setEnabled(alias is not None)
        self.retire_button.setText(self.tr("Put in &use again") if alias is not None and alias.is_retired
                                   else self.tr("Re&tire alias"))
        leak = self.selected_leak()
        for button in (self.close_button, self.ask_button):
            button.setEnabled(leak is not None)
        self.evidence_button.setEnabled(leak is not None and leak.how == "headers")
        self.close_button.setText(self.tr("Reo&pen leak") if leak is not None and not leak.is_open
                                  else self.tr("&Close leak"))

    def selected_alias(self) -> Alias | None:
        row = selected_row(self.alias_view)
        return self.alias_model.record(row) if row is not None else None

    def selected_leak(self) -> Leak | None:
        row = selected_row(self.leak_view)
        return self.leak_model.record(row) if row is not None else None

    def select_leak(self, leak_id: int) -> None:
        for row, leak in enumerate(self.leak_model.records()):
            if leak.id == leak_id:
                self.leak_view.selectRow(row)
                return

    # -- actions -----------------------------------------------------------------------------------
    def add_alias(self) -> AliasDialog | None:
        if self.db is None or self.vendor is None:
            return None
        try:
            suggestion = leaks.suggest_for(self.db, self.vendor.id)
        except MyVendorsError:
            suggestion = None
        dialog = AliasDialog(self.vendor.name, suggestion, self)

        def save(db: Database, vendor: Vendor, values: dict[str, Any]) -> Alias:
            return leaks.add_alias(db, vendor.id, values["address"], kind=values["kind"], note=values["note"])

        self._open_form(dialog, save)
        return dialog

    def remove_selected(self) -> None:
        alias = self.selected_alias()
        if alias is None or self.db is None:
            return
        try:
            leaks.remove_alias(self.db, alias.id)
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        self._changed()

    def retire_selected(self) -> None:
        alias = self.selected_alias()
        if alias is None or self.db is None:
            return
        try:
            leaks.retire_alias(self.db, alias.id, back=alias.is_retired)
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        self._changed()
        self.select_alias(alias.id)

    def select_alias(self, alias_id: int) -> None:
        for row, alias in enumerate(self.alias_model.records()):
            if alias.id == alias_id:
                self.alias_view.selectRow(row)
                return

    def record_leak(self) -> LeakDialog | None:
        if self.db is None or self.vendor is None:
            return None
        dialog = LeakDialog(self.vendor.name, self.alias_model.records(), self)

        def save(db: Database, vendor: Vendor, values: dict[str, Any]) -> Leak:
            if values["evidence"] is not None:
                return leaks.record_from_headers(db, values["evidence"], note=values["note"])
            return leaks.record_by_hand(db, values["alias_id"], seen_on=values["seen_on"], used_by=values["used_by"],
                                        channel=values["channel"], note=values["note"])

        self._open_form(dialog, save, self._recorded)
        return dialog

    def _recorded(self, leak: Leak) -> None:
        if self.vendor is not None and leak.vendor_id != self.vendor.id:  # the headers named another vendor's alias
            self.banner.show_message(Level.INFO, self.tr(
                "The headers were sent to %s, the alias of %s: the leak is recorded for %s.")
                % (leak.alias_address, leak.vendor_name, leak.vendor_name))
            return
        self.select_leak(leak.id)

    def close_selected(self) -> None:
        leak = self.selected_leak()
        if leak is None or self.db is None:
            return
        try:
            leaks.close(self.db, leak.id, reopen=not leak.is_open)
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        self._changed()
        self.select_leak(leak.id)

    def show_evidence(self) -> EvidenceDialog | None:
        leak = self.selected_leak()
        if leak is None or self.db is None or leak.how != "headers":
            return None
        headers = leaks.evidence_of(self.db, leak.id) or ""
        dialog = EvidenceDialog(leak, headers, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def ask(self) -> None:
        leak = self.selected_leak()
        if leak is None or self.db is None:
            return
        try:
            spec = leaks.access_request(self.db, leak.id)
        except MyVendorsError as exc:
            self.show_error(exc)
            return
        emit(self.request_wanted, spec)
