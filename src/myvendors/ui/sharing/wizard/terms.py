"""The share wizard's third page: the terms she proffers, as two or three plain choices for the
kind of package or every term one by one, and how long the package is valid."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from myvendors.domain.sharing import packages, terms
from myvendors.errors import InvalidInput
from myvendors.ui import term_words
from myvendors.ui.i18n import error_text
from myvendors.ui.models.sharing import TermsModel
from myvendors.ui.passphrase import field_message
from myvendors.ui.widgets import secondary

if TYPE_CHECKING:
    from myvendors.ui.sharing.wizard import ShareWizard


class DaysDelegate(QStyledItemDelegate):
    """A spin box with the parameter's range for the Setting column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = QSpinBox(parent)
        param = index.data(TermsModel.PARAM_ROLE)
        if isinstance(param, terms.Param):
            editor.setRange(param.minimum, param.maximum)
            editor.setSuffix(self.tr(" days") if param.name == "days" else "")
            editor.setAccessibleName(param.label)
        return editor


class TermsPage(QWizardPage):
    """The terms she proffers, in plain words: two or three choices for the kind of package (each
    a set of library terms, `terms.choices`), or every term one by one behind "All terms…"."""

    ALL = 1000  # the button id of "All terms…" (-1 would have QButtonGroup pick one)

    def __init__(self, wizard: ShareWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._kind: str | None = None
        self._choices: tuple[terms.Choice, ...] = ()
        self._notes: list[QLabel] = []  # the explanations under the radios
        self.setTitle(self.tr("Your terms"))
        self.setSubTitle(self.tr("What may they do with what you share? Your answer travels with it, signed."))
        self.model = TermsModel(self)

        self.choice_label = QLabel(self.tr("&What may they do with it?"), self)
        self.choice_group = QButtonGroup(self)
        self.choice_box = QWidget(self)
        self.choice_column = QVBoxLayout(self.choice_box)
        self.choice_column.setContentsMargins(0, 0, 0, 0)
        self.choice_column.setSpacing(2)
        self.all_radio = QRadioButton(self.tr("&All terms…"), self)
        self.all_radio.setAccessibleName(self.tr("All terms"))
        self.all_note = self._explanation(
            self.tr("The whole list of standard terms, to tick one by one (IEEE 7012 and others)."))
        self.choice_group.addButton(self.all_radio, self.ALL)

        self._build_list()

        self.message = field_message(self)
        self.valid_spin = QSpinBox(self)
        self.valid_spin.setRange(1, 3650)
        self.valid_spin.setSuffix(self.tr(" days"))
        self.valid_spin.setAccessibleName(self.tr("Valid for"))
        valid_label = QLabel(self.tr("&Valid for:"), self)
        valid_label.setBuddy(self.valid_spin)
        valid_row = QHBoxLayout()
        valid_row.addWidget(valid_label)
        valid_row.addWidget(self.valid_spin)
        valid_row.addWidget(secondary(self.tr("after that the package says it is not to be acted on"), parent=self), 1)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.choice_box)
        choices.addWidget(self.all_radio)
        choices.addWidget(self.all_note)
        column = QVBoxLayout(self)
        column.setSpacing(6)
        column.addWidget(self.choice_label)
        column.addLayout(choices)
        column.addWidget(self.all_box, 1)
        self.stretch = QWidget(self)  # takes the room the list leaves while it is hidden
        column.addWidget(self.stretch, 1)
        column.addWidget(self.message)
        column.addLayout(valid_row)
        self.choice_group.idToggled.connect(self._toggled)
        # The description follows the row she is on: a click on a check box ticks it without making its row
        # current (the delegate takes the press), so the row ticked becomes current (else the text shown was
        # another row's).
        self.model.row_toggled.connect(self._toggled_row)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _: self._show_details(current.row()))
        self.model.dataChanged.connect(lambda *_: self._show_details(self.view.currentIndex().row()))

    def _build_list(self) -> None:
        """The list of every term behind "All terms…", with the chosen term's words under it."""
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Terms"))
        self.view.setItemDelegateForColumn(TermsModel.SETTING, DaysDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setShowGrid(False)
        self.view.setStyleSheet("QTableView::item { padding: 2px 0; }")
        self.view.setWordWrap(True)  # a long title wraps; nothing is cut
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # ~20 rows
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(TermsModel.TERM, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TermsModel.SETTING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TermsModel.SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        self.table_label = QLabel(self.tr("&Terms (tick to proffer; double-click a setting to change it):"), self)
        self.table_label.setBuddy(self.view)
        self.details = secondary(parent=self)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.all_box = QWidget(self)
        all_column = QVBoxLayout(self.all_box)
        all_column.setContentsMargins(0, 4, 0, 0)
        all_column.setSpacing(4)
        all_column.addWidget(self.table_label)
        all_column.addWidget(self.view, 1)
        all_column.addWidget(self.details)
        self.all_box.hide()

    def _toggled_row(self, row: int) -> None:
        if self.view.currentIndex().row() != row:
            self.view.setCurrentIndex(self.model.index(row, TermsModel.TERM))

    def _explanation(self, text: str) -> QLabel:
        """The one line under a choice, in line with its words (past the round box)."""
        label = secondary(text, parent=self, small=True)
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        label.setContentsMargins(indent, 0, 0, 4)
        return label

    def _build_choices(self, kind: str) -> None:
        for button in self.choice_group.buttons():
            if button is not self.all_radio:
                self.choice_group.removeButton(button)
        while (item := self.choice_column.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._choices = terms.choices(kind)
        self._notes = [self.all_note]
        for number, choice in enumerate(self._choices):
            radio = QRadioButton(term_words.choice_title(choice), self.choice_box)
            explanation = term_words.choice_explanation(choice)
            radio.setAccessibleName(radio.text())
            radio.setAccessibleDescription(explanation)
            radio.setToolTip("\n".join(term_words.detail({"id": t, "version": terms.library().term(t).version})
                                       for t, _ in choice.terms))
            note = self._explanation(explanation)
            note.setParent(self.choice_box)
            self._notes.append(note)
            self.choice_group.addButton(radio, number)
            self.choice_column.addWidget(radio)
            self.choice_column.addWidget(note)

    def choice_radios(self) -> list[QRadioButton]:
        return [b for b in self.choice_group.buttons() if b is not self.all_radio and isinstance(b, QRadioButton)]

    def initializePage(self) -> None:
        kind = self._wizard.recipient_page.kind()
        if kind != self._kind:
            self.model.load(kind)
            self._build_choices(kind)
            initial = self._wizard.initial
            if initial is not None and initial.kind == kind and initial.terms is not None:
                self.model.select(initial.terms)
            self.valid_spin.setValue(packages.DEFAULT_VALID_DAYS.get(kind, 365))
            self._kind = kind
            self._check_matching()
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.message.hide()

    def _check_matching(self) -> None:
        """The radio that says what the list has ticked: a plain choice, else "All terms…"."""
        try:
            plain = terms.choice_of(self._kind or "", self.model.selection())
        except InvalidInput:
            plain = None
        number = self._choices.index(plain) if plain is not None else self.ALL
        button = self.choice_group.button(number)
        self.choice_group.blockSignals(True)
        button.setChecked(True)
        self.choice_group.blockSignals(False)
        self._show_list(number == self.ALL)

    def choose(self, word: str | None) -> None:
        """Take the plain choice `word` of this kind (None: "All terms…"), as a click on its radio does."""
        if word is None:
            self.all_radio.setChecked(True)
            return
        number = next(n for n, c in enumerate(self._choices) if c.word == word)
        button = self.choice_group.button(number)
        button.setChecked(True)

    def chosen(self) -> terms.Choice | None:
        """The plain choice taken, or None for "All terms…"."""
        number = self.choice_group.checkedId()
        return self._choices[number] if 0 <= number < len(self._choices) else None

    def show_all(self) -> None:
        self.all_radio.setChecked(True)

    def _toggled(self, number: int, checked: bool) -> None:
        if not checked:
            return
        if number == self.ALL:
            self._show_list(True)
            self.view.setFocus()
            return
        self.model.select(self._choices[number].terms)
        self._show_list(False)
        self.message.hide()

    def _show_list(self, shown: bool) -> None:
        self.all_box.setVisible(shown)
        self.stretch.setVisible(not shown)
        for note in self._notes:  # with the list open, the radios are a short way back: the list gets the room
            note.setVisible(not shown)
        checked = self.choice_group.checkedButton()
        self.choice_label.setBuddy(checked if checked is not None else self.all_radio)
        if shown:
            self._show_details(self.view.currentIndex().row())

    def _show_details(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.details.clear()
            return
        item = self.model.chosen_text(row)
        term = item.term
        source = f"{term.id} v{term.version} · {term.source}" + (f" · {term.iri}" if term.iri else "")
        e = html.escape
        title, text = term_words.title(term, item.values), term_words.text(term, item.values)
        self.details.setText(f"<b>{e(title)}</b> — {e(text)}<br><small>{e(source)}</small>")

    def validatePage(self) -> bool:
        self.message.hide()
        try:
            terms.choose(self.model.selection())
            self._wizard.draft = packages.build(self._wizard.db, self._wizard.spec(with_terms=True))
        except InvalidInput as exc:  # about the terms, or (changed meanwhile) the tree's: said here, next to them
            self.message.setText(error_text(exc))
            self.message.show()
            return False
        return True

