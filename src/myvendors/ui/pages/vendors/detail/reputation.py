"""The Reputation tab: my standing of a vendor per dimension with the trusted contacts' standing
beside it ("Mine" and "Trusted contacts (n)", theirs weighted by trust and age: domain/contacts/
voices.py), my notes (add, edit and delete, both undoable), the contacts' notes (each voice
openable: who, how much she trusts them, when, the text and ratings), and notes she typed down
from others, all shown apart and none counted in my standing."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from myvendors.domain import leaks, reputation
from myvendors.domain.contacts import voices
from myvendors.domain.contacts.voices import ContactsStanding, Voice
from myvendors.domain.models import RATING_DIMENSIONS, Note, NoteDraft, Standing
from myvendors.ui import formatting
from myvendors.ui.contacts.voice_dialog import VoiceDialog
from myvendors.ui.models.contacts import VoicesModel
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
        self.contacts_standing: ContactsStanding | None = None
        standing_grid = self._make_standing_grid()
        # Beside the ratings: the leaks of the addresses given to this vendor alone (the Aliases tab)
        self.leaks_label = QLabel(self)
        self.leaks_label.setObjectName("leaksLine")
        self.leaks_label.hide()
        self.my_model = NotesModel(self)
        self.my_view = record_table(self, self.tr("My notes"), self.my_model, NotesModel.TEXT)
        self.my_view.setColumnHidden(NotesModel.AUTHOR, True)  # all mine
        self.their_model = NotesModel(self)
        self.their_view = record_table(self, self.tr("Notes you wrote down from others"), self.their_model, NotesModel.TEXT)
        self.voices_model = VoicesModel(self)
        self.voices_view = record_table(self, self.tr("Trusted contacts' notes"), self.voices_model, VoicesModel.TEXT)
        self.voices_view.activated.connect(self._voice_activated)
        self.voices_view.setToolTip(self.tr("Enter or a double-click opens the note"))
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
        self.voices_title = QLabel(self.tr("From trusted contacts (weighted by your trust in them and by age)"), self)
        self.voices_title.setWordWrap(True)
        self.theirs_title = QLabel(self.tr("Others' views you wrote down (not counted in my standing)"), self)
        for title in (self.mine_title, self.voices_title, self.theirs_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 10)
        column.addWidget(self.banner)
        column.addWidget(secondary(self.tr("Standing of this vendor: mine, and my trusted contacts' beside it"),
                                   parent=self))
        column.addLayout(standing_grid)
        column.addWidget(self.leaks_label)
        column.addSpacing(6)
        column.addLayout(buttons)
        column.addWidget(self.mine_title)
        column.addWidget(self.my_view, 3)
        column.addWidget(self.voices_title)
        column.addWidget(self.voices_view, 2)
        column.addWidget(self.theirs_title)
        column.addWidget(self.their_view, 2)
        self._update_buttons()

    def _make_standing_grid(self) -> QGridLayout:
        """Mine and the trusted contacts' per dimension, a row each, the dimensions as columns."""
        self.standing_labels: dict[str, QLabel] = {}  # mine
        self.contact_labels: dict[str, QLabel] = {}  # the trusted contacts', beside mine
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.mine_row = secondary(self.tr("Mine"), parent=self, small=True)
        self.contacts_row = secondary(self.tr("Trusted contacts"), parent=self, small=True)
        for row_title in (self.mine_row, self.contacts_row):
            row_title.setWordWrap(False)
        grid.addWidget(self.mine_row, 1, 0)
        grid.addWidget(self.contacts_row, 2, 0)
        for place, dimension in enumerate((*RATING_DIMENSIONS, "overall"), start=1):
            title = secondary(dimension_text(dimension) if dimension != "overall" else self.tr("Overall"), parent=self,
                              small=True)
            grid.addWidget(title, 0, place)
            for row, labels, whose in ((1, self.standing_labels, self.tr("Mine")),
                                       (2, self.contact_labels, self.tr("Trusted contacts"))):
                value = QLabel(self)
                value.setAccessibleName(f"{title.text()}, {whose}")
                if dimension == "overall":
                    font = value.font()
                    font.setBold(True)
                    value.setFont(font)
                labels[dimension] = value
                grid.addWidget(value, row, place)
        grid.setColumnStretch(len(RATING_DIMENSIONS) + 2, 1)
        return grid

    def reload(self) -> None:
        if self.db is None or self.vendor is None:
            return
        everyone = reputation.notes(self.db, vendor_id=self.vendor.id, limit=1000)
        self.my_model.set_records([n for n in everyone if n.author is None])
        self.their_model.set_records([n for n in everyone if n.author is not None])
        self.standing = reputation.standing(self.db, self.vendor.id)
        self._show_standing(self.standing)
        self.voices_model.set_records(voices.voices(self.db, self.vendor.id))
        self.contacts_standing = voices.contacts_standing(self.db, self.vendor.id)
        self._show_contacts_standing(self.contacts_standing)
        self._show_parts()
        self.show_leaks()
        self._update_buttons()

    def _show_parts(self) -> None:
        """The contacts' table and the notes typed down from others only when there are some."""
        has_voices = self.voices_model.rowCount() > 0
        self.voices_title.setVisible(has_voices)
        self.voices_view.setVisible(has_voices)
        has_others = self.their_model.rowCount() > 0
        self.theirs_title.setVisible(has_others)
        self.their_view.setVisible(has_others)

    def _show_contacts_standing(self, standing: ContactsStanding | None) -> None:
        count = standing.contacts if standing is not None else 0
        self.contacts_row.setText(self.tr("Trusted contacts (%d)") % count)
        for dimension, label in self.contact_labels.items():
            if standing is None:
                label.clear()
            elif dimension == "overall":
                label.setText(formatting.stars_text(standing.overall) if standing.overall is not None else "—")
            elif dimension in standing.per_dimension:
                mean, ratings = standing.per_dimension[dimension]
                label.setText(f"{formatting.stars_text(mean)} ({ratings})")
            else:
                label.setText("—")

    def selected_voice(self) -> Voice | None:
        row = selected_row(self.voices_view)
        return self.voices_model.record(row) if row is not None else None

    def _voice_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_voice(self.voices_model.record(index.row()))

    def open_voice(self, voice: Voice) -> VoiceDialog:
        """One contact's note on this vendor, whole: who, trust, date, ratings, text."""
        dialog = VoiceDialog(voice, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
                text = formatting.stars_text(standing.overall) if standing.overall is not None else "—"
            elif dimension in standing.per_dimension:
                mean, count = standing.per_dimension[dimension]
                text = f"{formatting.stars_text(mean)} ({count})"
            else:
                text = "—"
            label.setText(text)

    def clear(self) -> None:
        super().clear()
        self.my_model.clear()
        self.their_model.clear()
        self.voices_model.clear()
        self.standing = None
        self.contacts_standing = None
        self._show_standing(None)
        self._show_contacts_standing(None)
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


