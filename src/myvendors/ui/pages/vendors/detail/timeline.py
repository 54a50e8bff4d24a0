"""The Timeline tab: what happened with a vendor (payments, calls, visits…), newest first with an icon
per kind; record, edit (undoable) and delete (undoable) interactions.

Leaks of the vendor's aliases are rows of their own among the interactions, by the day they were
seen (`domain.vendor_timeline`); they are not edited here: Enter or a double-click on one opens it on
the Aliases tab (`leak_wanted`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from myvendors.domain import timeline
from myvendors.domain.leaks import Leak
from myvendors.domain.models import Interaction, InteractionDraft, InteractionKind, Vendor
from myvendors.ui import icons
from myvendors.ui.models.records import interaction_kind_text
from myvendors.ui.models.timeline import TimelineModel
from myvendors.ui.pages.vendors.detail.tab import _Tab, record_table, selected_row, tab_button
from myvendors.ui.pages.vendors.record_dialogs import InteractionDialog
from myvendors.ui.qtcompat import emit
from myvendors.ui.widgets import fitter_of, secondary

if TYPE_CHECKING:
    from myvendors.storage import Database

SELECT_WITHIN = 400  # an interaction opened from elsewhere is looked for among this many newest rows


def _timeline_widths() -> dict[int, str]:
    """Samples of the timeline's widest usual texts (the Note column takes the rest), in the
    language shown: the columns never read the rows to size themselves."""
    return {
        TimelineModel.WHEN: "2026-12-31 23:59",
        TimelineModel.KIND: max((*(interaction_kind_text(kind) for kind in InteractionKind),
                                 QCoreApplication.translate("TimelineModel", "Leak of your data")), key=len),
        TimelineModel.AMOUNT: "12,345.67 EUR",
    }


def _kind_icon(kind: InteractionKind) -> QIcon:
    return icons.icon(icons.kind_icon_name(kind))


_INTERACTION_FIELDS = ("kind", "at", "amount", "channel", "note")  # what the dialog edits


class TimelineTab(_Tab):
    """What happened with this vendor, newest first, an icon per kind; record and delete interactions."""

    leak_wanted = Signal(int)  # a leak's row opened (its id): show it on the Aliases tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TimelineModel(None, self, kind_icon=_kind_icon)
        self.view = record_table(self, self.tr("Timeline"), self.model, widths=_timeline_widths(),
                                 icon_columns=(TimelineModel.KIND,))
        self.record_button = tab_button(self.tr("&Record interaction…"), "add", self.tr("Record interaction"), self)
        self.edit_button = tab_button(self.tr("Ed&it…"), None, self.tr("Edit interaction"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected interaction (Enter or F2); Undo puts it back"))
        self.delete_button = tab_button(self.tr("&Delete"), None, self.tr("Delete interaction"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected interaction (Delete); Undo brings it back"))
        self.record_button.clicked.connect(self.record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self._shortcut(self.view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete interaction"))
        self._edit_actions(self.view, self.edit_selected, self.delete_selected, self.tr("Edit interaction"))
        self.count_label = secondary(parent=self, small=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addLayout(buttons)
        column.addWidget(self.view, 1)
        self._watch_model()

    def _watch_model(self) -> None:
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    _edited_row = 0  # where the edited interaction was: it is looked for around there after a reload

    def load(self, db: Database, vendor: Vendor) -> None:
        if db is not self.db:  # a model reads one vault
            self.model = TimelineModel(db, self, kind_icon=_kind_icon)
            self.view.setModel(self.model)
            fitter = fitter_of(self.view)
            if fitter is not None:
                fitter.set_samples(_timeline_widths())
            self._watch_model()
        super().load(db, vendor)

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        self.model.set_vendor(self.vendor.id)
        total = self.model.interaction_count  # the model counted them (it fetches only the rows shown)
        text = self.tr("1 interaction") if total == 1 else self.tr("%d interactions") % total
        found = self.model.leak_count
        if found:
            text += " · " + (self.tr("1 leak") if found == 1 else self.tr("%d leaks") % found)
        self.count_label.setText(text)

    def show_leaks(self) -> None:
        """A leak recorded, closed or opened again: its rows among the interactions."""
        self.reload()

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.count_label.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.record_button.setEnabled(self.vendor is not None)
        selected = self.selected() is not None  # a leak's row is edited on the Aliases tab
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> Interaction | None:
        row = selected_row(self.view)
        return self.model.interaction(row) if row is not None else None

    def selected_leak(self) -> Leak | None:
        row = selected_row(self.view)
        item = self.model.row_item(row) if row is not None else None
        return item if isinstance(item, Leak) else None

    def select_leak(self, leak_id: int) -> bool:
        row = self.model.row_of_leak(leak_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def select(self, interaction: Interaction) -> bool:
        """Select an interaction among the newest (where an overview or search opens one)."""
        model = self.model
        for row in range(min(model.rowCount(), SELECT_WITHIN)):
            try:
                found = model.row_item(row)
            except IndexError:
                break
            if isinstance(found, Leak):
                continue
            if found.id == interaction.id:
                self.view.selectRow(row)
                self.view.scrollTo(model.index(row, 0))
                return True
            if found.at < interaction.at:  # newest first: it would have come already
                break
        return False

    def record(self) -> InteractionDialog | None:
        if self.vendor is None:
            return None
        dialog = InteractionDialog(self)
        self._open_form(dialog, lambda db, vendor, values: timeline.record(db, InteractionDraft(vendor_id=vendor.id, **values)))
        return dialog

    def edit_selected(self) -> InteractionDialog | None:
        leak = self.selected_leak()
        if leak is not None:
            emit(self.leak_wanted, leak.id)
            return None
        interaction = self.selected()
        if interaction is None or self.vendor is None:
            return None
        self._edited_row = selected_row(self.view) or 0
        dialog = InteractionDialog(self, interaction=interaction)
        self._edit_undoably(dialog, interaction, self.tr("Edit interaction"), _INTERACTION_FIELDS,
                            timeline.edit_interaction)
        return dialog

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id, near=self._edited_row)
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def delete_selected(self) -> None:
        self._delete_undoably(self.selected(), self.tr("Delete interaction"), InteractionDraft,
                              timeline.delete_interaction, timeline.record)


