"""Table models of the trusted contacts screens: the contacts, the vendors new to her that contacts
talk about, and the voices (contacts' notes) on one vendor. Each holds frozen service values from
`domain.contacts`, replaced all at once (a person has tens of contacts, not thousands)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from myvendors.domain.contacts import Contact
from myvendors.domain.contacts.voices import NewToMe, Voice
from myvendors.domain.models import RATING_DIMENSIONS
from myvendors.errors import QT_TRANSLATE_NOOP
from myvendors.ui import formatting
from myvendors.ui.models.records import RecordTableModel, dimension_text

TRUST_LEVELS = (1, 2, 3)


def _tr(text: str) -> str:
    return QCoreApplication.translate("contacts", text)


def trust_text(level: int) -> str:
    """A trust level in plain words: 1 "a little", 2 "quite a lot", 3 "completely"."""
    return _tr({
        1: QT_TRANSLATE_NOOP("contacts", "A little"),
        2: QT_TRANSLATE_NOOP("contacts", "Quite a lot"),
        3: QT_TRANSLATE_NOOP("contacts", "Completely"),
    }.get(level, QT_TRANSLATE_NOOP("contacts", "A little")))


def trust_explanation(level: int) -> str:
    """What a trust level does to her standing of a vendor, in one line."""
    return _tr({
        1: QT_TRANSLATE_NOOP("contacts", "Their ratings count once"),
        2: QT_TRANSLATE_NOOP("contacts", "Their ratings count twice"),
        3: QT_TRANSLATE_NOOP("contacts", "Their ratings count three times"),
    }.get(level, ""))


def day(stamp: str | None) -> str:
    """The day of an ISO time stamp ("2026-12-03T10:00:00Z" → "03/12/2026" in en_GB), or "" for none."""
    return formatting.stamp_date_text(stamp)


class ContactsModel(RecordTableModel[Contact]):
    NAME, TRUST, NOTES, LAST, ADDED = range(5)
    NUMERIC = (NOTES,)
    ESSENTIAL = (NAME, TRUST, NOTES, LAST)
    OPTIONAL = (ADDED,)
    LONG_TEXT = (NAME,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Name"), self.tr("Trust"), self.tr("Notes"), self.tr("Last notes written"), self.tr("Added")),
            parent,
        )

    def text(self, record: Contact, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.TRUST:
            return trust_text(record.trust)
        if column == self.NOTES:
            return str(record.notes)
        if column == self.LAST:
            return day(record.last_bundle) or self.tr("none yet")
        if column == self.ADDED:
            return day(record.added_at)
        return ""

    def row_of(self, contact_id: int) -> int | None:
        for row, record in enumerate(self._records):
            if record.id == contact_id:
                return row
        return None


class NewToMeModel(RecordTableModel[NewToMe]):
    """Vendors contacts talk about that she does not have."""

    NAME, WEBSITE, WHO, NOTES, LATEST = range(5)
    NUMERIC = (NOTES,)
    ESSENTIAL = (NAME, WHO, LATEST)
    OPTIONAL = (WEBSITE, NOTES)
    LONG_TEXT = (NAME,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Vendor"), self.tr("Website"), self.tr("Who talks about it"), self.tr("Notes"), self.tr("Latest")),
            parent,
        )

    def text(self, record: NewToMe, column: int) -> str:
        if column == self.NAME:
            return record.name
        if column == self.WEBSITE:
            return record.website or ""
        if column == self.WHO:
            return ", ".join(record.contacts)
        if column == self.NOTES:
            return str(record.notes)
        if column == self.LATEST:
            return formatting.date_text(record.latest)
        return ""

    def sort_value(self, record: NewToMe, column: int) -> Any:
        return {self.LATEST: record.latest, self.NOTES: record.notes}.get(column)


class VoicesModel(RecordTableModel[Voice]):
    """Trusted contacts' notes on one vendor: who, how much she trusts them, when, the ratings, the text."""

    CONTACT, TRUST, DATE = range(3)
    RATINGS = tuple(range(3, 3 + len(RATING_DIMENSIONS)))
    TEXT = 3 + len(RATING_DIMENSIONS)
    NUMERIC = RATINGS
    ESSENTIAL = (CONTACT, DATE, *RATINGS)
    FREE_TEXT = (TEXT,)
    OPTIONAL = (TRUST,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Contact"), self.tr("Trust"), self.tr("Date"),
             *(dimension_text(d) for d in RATING_DIMENSIONS), self.tr("Note")),
            parent,
        )

    def text(self, record: Voice, column: int) -> str:
        note = record.note
        if column == self.CONTACT:
            return note.contact_name
        if column == self.TRUST:
            return trust_text(note.trust)
        if column == self.DATE:
            return formatting.date_text(note.on)
        if column in self.RATINGS:
            value = note.ratings.get(RATING_DIMENSIONS[column - self.RATINGS[0]])
            return str(value) if value is not None else ""
        if column == self.TEXT:
            return note.text.splitlines()[0] if note.text else ""
        return ""

    def sort_value(self, record: Voice, column: int) -> Any:
        return record.note.on if column == self.DATE else None
