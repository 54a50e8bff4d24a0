"""The Reputation page (read-only for now): every note across vendors, newest first, with the
vendor, the ratings and whose note it is (mine, or a trusted contact's, never mixed up)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from myvendors.domain import reputation, vendors
from myvendors.domain.models import RATING_DIMENSIONS, Note
from myvendors.errors import MyVendorsError
from myvendors.storage import Database
from myvendors.ui.list_page import ListPage
from myvendors.ui.models.rows import Row

SHOWN = 200


class ReputationPage(ListPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Reputation"),
            self.tr("No notes yet. Your dated notes and ratings about vendors gather here, newest first."),
            parent,
        )

    def refresh(self, db: Database) -> None:
        shown = reputation.notes(db, limit=SHOWN)
        names: dict[int, str] = {}
        for vendor_id in {note.vendor_id for note in shown}:
            try:
                names[vendor_id] = vendors.get_vendor(db, vendor_id).name
            except MyVendorsError:
                continue
        rows = [self._row(note, names.get(note.vendor_id, "?")) for note in shown]
        if len(shown) == SHOWN:
            count = self.tr("the newest %d") % SHOWN
        else:
            count = self.tr("1 note") if len(shown) == 1 else self.tr("%d notes") % len(shown)
        self.show_rows(rows, count)

    def _row(self, note: Note, vendor_name: str) -> Row:
        parts = [note.on.isoformat(), note.author or self.tr("me")]
        ratings = [f"{d} {note.ratings[d]}/5" for d in RATING_DIMENSIONS if d in note.ratings]
        if ratings:
            parts.append(", ".join(ratings))
        if note.tags:
            parts.append(" ".join(f"#{tag}" for tag in note.tags))
        if note.text:
            parts.append(note.text.splitlines()[0][:80])
        return Row(vendor_name, " · ".join(parts), "reputation", payload=note)
