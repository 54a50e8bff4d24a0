"""Table models of one vendor's leak canaries for the Aliases tab: its aliases and their leaks
(a vendor has a few of each: `RecordTableModel`, replaced all at once)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from myvendors.domain.leaks import Alias, Leak
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui import formatting
from myvendors.ui import icons
from myvendors.ui.models.records import RecordTableModel

Index = QModelIndex | QPersistentModelIndex

_CHANNELS = {
    "email": QT_TRANSLATE_NOOP("leaks", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("leaks", "phone call"),
    "sms": QT_TRANSLATE_NOOP("leaks", "SMS"),
}
_KINDS = {"email": QT_TRANSLATE_NOOP("leaks", "E-mail"), "phone": QT_TRANSLATE_NOOP("leaks", "Phone")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("leaks", text)


def channel_text(channel: str) -> str:
    """How an alias reached her, in words ("e-mail", "phone call", "SMS"), translated."""
    return _tr(_CHANNELS[channel])


def alias_kind_text(kind: str) -> str:
    return _tr(_KINDS[kind])


def leaks_line(total: int, still_open: int) -> str:
    """A vendor's leaks in a line beside its standing: "1 leak of your data, open", "3 leaks of your
    data (1 open)"; "" for none."""
    if total == 0:
        return ""
    if total == 1:
        return (_tr(QT_TRANSLATE_NOOP("leaks", "1 leak of your data, open")) if still_open
                else _tr(QT_TRANSLATE_NOOP("leaks", "1 leak of your data, closed")))
    if still_open == total:
        return _tr(QT_TRANSLATE_NOOP("leaks", "%d leaks of your data, all open")) % total
    return _tr(QT_TRANSLATE_NOOP("leaks", "%d leaks of your data (%d open)")) % (total, still_open)


class AliasesModel(RecordTableModel[Alias]):
    ADDRESS, KIND, GIVEN, LEAKS, NOTE = range(5)
    NUMERIC = (LEAKS,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Address"), self.tr("Kind"), self.tr("Given"), self.tr("Leaks"), self.tr("Note")),
                         parent)

    def text(self, record: Alias, column: int) -> str:
        if column == self.ADDRESS:
            return record.address
        if column == self.KIND:
            return alias_kind_text(record.kind)
        if column == self.GIVEN:
            day = formatting.stamp_date_text(record.created_at)
            return self.tr("%s, in a package") % day if record.package_id else day
        if column == self.LEAKS:
            if not record.leaks:
                return "0"
            return self.tr("%d (%d open)") % (record.leaks, record.open_leaks)
        if column == self.NOTE:
            note = " ".join(record.note.split())
            if record.retired_at:
                retired = self.tr("Retired %s") % formatting.stamp_date_text(record.retired_at)
                return f"{retired} · {note}" if note else retired
            return note
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A retired alias greyed, as the secondary texts are: kept as evidence, no longer given out."""
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.record(index.row()).is_retired:
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return super().data(index, role)

    def sort_value(self, record: Alias, column: int) -> Any:
        return record.created_at if column == self.GIVEN else None

    def decoration(self, record: Alias, column: int) -> Any:
        if column == self.LEAKS and record.open_leaks:
            return icons.icon("warning")
        return None


class LeaksModel(RecordTableModel[Leak]):
    SEEN, STATE, ALIAS, USED_BY, HOW = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Seen"), self.tr("State"), self.tr("Alias"), self.tr("Used by"), self.tr("How")),
                         parent)

    def text(self, record: Leak, column: int) -> str:
        if column == self.SEEN:
            return formatting.date_text(record.seen_on)
        if column == self.STATE:
            return self.tr("Open") if record.is_open else self.tr("Closed")
        if column == self.ALIAS:
            return record.alias_address
        if column == self.USED_BY:
            return record.used_by
        if column == self.HOW:
            how = channel_text(record.channel)
            if record.subject:
                how = f"{how} · “{record.subject}”"
            return how if record.how == "headers" else self.tr("%s (recorded by hand)") % how
        return ""

    def sort_value(self, record: Leak, column: int) -> Any:
        return record.seen_on if column == self.SEEN else None

    def decoration(self, record: Leak, column: int) -> Any:
        if column == self.STATE and record.is_open:
            return icons.icon("warning")
        return None
