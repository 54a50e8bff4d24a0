"""The Reputation tab: my standing of a vendor per dimension, my notes (add, edit and delete, both
undoable) and trusted contacts' notes, shown apart and not counted in my standing."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from myvendors.domain import leaks, reputation
from myvendors.domain.models import RATING_DIMENSIONS, Note, NoteDraft, Standing
from myvendors.ui.models.leaks import leaks_line
from myvendors.ui.models.records import NotesModel, dimension_text
from myvendors.ui.pages.vendors.detail.tab import _Tab, record_table, selected_row, tab_button
from myvendors.ui.pages.vendors.record_dialogs import NoteDialog
from myvendors.ui.widgets import secondary

_NOTE_FIELDS = ("on", "ratings", "text", "tags", "author")  # what the dialog edits


class ReputationTab(_Tab):
    """My standing of the vendor per dimension, my notes, and trusted contacts' notes apart from mine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standing: Standing | None = None
        self.standing_labels: dict[str, QLabel] = {}
        standing_grid = QGridLayout()
        standing_grid.setHorizontalSpacing(16)
        standing_grid.setVerticalSpacing(2)
        for place, dimension in enumerate((*RATING_DIMENSIONS, "overall")):
            title = secondary(dimension_text(dimension) if dimension != "overall" else self.tr("Overall"), parent=self,
                              small=True)
            value = QLabel(self)
            value.setAccessibleName(title.text())
            if dimension == "overall":
                font = value.font()
                font.setBold(True)
                value.setFont(font)
            self.standing_labels[dimension] = value
            standing_grid.addWidget(title, 0, place)
            standing_grid.addWidget(value, 1, place)
        standing_grid.setColumnStretch(len(RATING_DIMENSIONS) + 1, 1)
        # Beside the ratings: the leaks of the addresses given to this vendor alone (the Aliases tab)
        self.leaks_label = QLabel(self)
        self.leaks_label.setObjectName("leaksLine")
        self.leaks_label.hide()
        self.my_model = NotesModel(self)
        self.my_view = record_table(self, self.tr("My notes"), self.my_model, NotesModel.TEXT)
        self.my_view.setColumnHidden(NotesModel.AUTHOR, True)  # all mine
        self.their_model = NotesModel(self)
        self.their_view = record_table(self, self.tr("Trusted contacts' notes"), self.their_model, NotesModel.TEXT)
        self.add_button = tab_button(self.tr("&Add note…"), "add", self.tr("Add note"), self)
        self.edit_button = tab_button(self.tr("Ed&it…"), None, self.tr("Edit note"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected note (Enter or F2); Undo puts it back"))
        self.delete_button = tab_button(self.tr("&Delete"), None, self.tr("Delete note"), self)
        self.delete_button.setToolTip(self.tr("Delete the selected note (Delete); Undo brings it back"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        for view, other in ((self.my_view, self.their_view), (self.their_view, self.my_view)):
            self._shortcut(view, QKeySequence.StandardKey.Delete, self.delete_selected, self.tr("Delete note"))
            self._edit_actions(view, self.edit_selected, self.delete_selected, self.tr("Edit note"))
            view.selectionModel().selectionChanged.connect(
                lambda selected, _, other=other: other.clearSelection() if selected.indexes() else None
            )
            view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.mine_title = QLabel(self.tr("My notes"), self)
        self.theirs_title = QLabel(self.tr("From trusted contacts (their view, not counted in my standing)"), self)
        for title in (self.mine_title, self.theirs_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addWidget(secondary(self.tr("My standing of this vendor"), parent=self))
        column.addLayout(standing_grid)
        column.addWidget(self.leaks_label)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.mine_title)
        column.addWidget(self.my_view, 3)
        column.addWidget(self.theirs_title)
        column.addWidget(self.their_view, 2)
        self._update_buttons()

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        everyone = reputation.notes(self.db, vendor_id=self.vendor.id, limit=1000)
        self.my_model.set_records([n for n in everyone if n.author is None])
        self.their_model.set_records([n for n in everyone if n.author is not None])
        self.standing = reputation.standing(self.db, self.vendor.id)
        self._show_standing(self.standing)
        self.show_leaks()
        self._update_buttons()

    def show_leaks(self) -> None:
        """"1 leak of your data, open" under the standing, or nothing when there is none."""
        if self.db is None or self.vendor is None:
            self.leaks_label.hide()
            return
        counted = leaks.standing(self.db, self.vendor.id)
        self.leaks_label.setText("⚠ " + leaks_line(counted.total, counted.open) if counted.total else "")
        self.leaks_label.setAccessibleName(self.leaks_label.text())
        self.leaks_label.setVisible(counted.total > 0)

    def _show_standing(self, standing: Standing | None) -> None:
        for dimension, label in self.standing_labels.items():
            if standing is None:
                label.clear()
                continue
            if dimension == "overall":
                text = f"{standing.overall:.1f} ★" if standing.overall is not None else "—"
            elif dimension in standing.per_dimension:
                mean, count = standing.per_dimension[dimension]
                text = f"{mean:.1f} ★ ({count})"
            else:
                text = "—"
            label.setText(text)

    def clear(self) -> None:
        super().clear()
        self.my_model.clear()
        self.their_model.clear()
        self.standing = None
        self._show_standing(None)
        self.leaks_label.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.vendor is not None)
        selected = self.selected() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> Note | None:
        for view, model in ((self.my_view, self.my_model), (self.their_view, self.their_model)):
            row = selected_row(view)
            if row is not None:
                return model.record(row)
        return None

    def add(self) -> NoteDialog | None:
        if self.vendor is None:
            return None
        dialog = NoteDialog(self)
        self._open_form(dialog, lambda db, vendor, values: reputation.add_note(db, NoteDraft(vendor_id=vendor.id, **values)))
        return dialog

    def edit_selected(self) -> NoteDialog | None:
        note = self.selected()
        if note is None or self.vendor is None:
            return None
        dialog = NoteDialog(self, note=note)
        self._edit_undoably(dialog, note, self.tr("Edit note"), _NOTE_FIELDS, reputation.edit_note)
        return dialog

    def select_record(self, record_id: int) -> None:
        for view, model in ((self.my_view, self.my_model), (self.their_view, self.their_model)):
            for row, record in enumerate(model.records()):
                if record.id == record_id:
                    view.selectRow(row)
                    view.setFocus()
                    return

    def delete_selected(self) -> None:
        self._delete_undoably(self.selected(), self.tr("Delete note"), NoteDraft, reputation.delete_note,
                              reputation.add_note)


