"""One trusted contact's note on a vendor, whole: who wrote it, how much she trusts them, when it
was written and received, the ratings per dimension, the tags and the text, and what it weighs in
the contacts' standing (trust × age). Read only: a contact's note is theirs."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from myvendors.domain.contacts.voices import Voice
from myvendors.domain.models import RATING_DIMENSIONS
from myvendors.ui import formatting
from myvendors.ui.models.contacts import day, trust_text
from myvendors.ui.models.records import dimension_text
from myvendors.ui.widgets import help_key, muted_colour


class VoiceDialog(QDialog):
    def __init__(self, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        note = voice.note
        self.setWindowTitle(self.tr("%s about %s") % (note.contact_name, note.her_vendor_name or note.vendor_name))
        self.body = QTextBrowser(self)
        self.body.setAccessibleName(self.tr("The contact's note"))
        self.body.setOpenLinks(False)
        self.body.setHtml(self.note_html())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 14)
        column.addWidget(self.body, 1)
        column.addWidget(self.buttons)
        self.resize(520, 420)
        help_key(self, lambda: "contacts#voices")
        self.body.setFocus()

    def restyle(self) -> None:
        """A live theme switch: the note is HTML with the theme's quiet colour in it, so draw it again."""
        self.body.setHtml(self.note_html())

    def note_html(self) -> str:
        e = html.escape
        voice = self.voice
        note = voice.note
        muted = muted_colour(self.body)
        stars = "".join(
            f"<tr><td style='color:{muted};padding-right:12px'>{e(dimension_text(d))}</td>"
            f"<td>{'★' * note.ratings[d]}{'☆' * (5 - note.ratings[d])} {note.ratings[d]}</td></tr>"
            for d in RATING_DIMENSIONS if d in note.ratings
        )
        weight = voice.weight
        weight_text = str(weight.numerator) if weight.denominator == 1 else f"{weight.numerator}/{weight.denominator}"
        rows = [
            (self.tr("Written by"), note.contact_name),
            (self.tr("Your trust in them"), trust_text(note.trust)),
            (self.tr("Written on"), formatting.date_text(note.on)),
            (self.tr("Sent to you"), day(note.bundle_issued)),
            (self.tr("About"), note.vendor_name + (f" ({note.website})" if note.website else "")),
            (self.tr("Weight in their standing"), weight_text),
        ]
        if note.tags:
            rows.append((self.tr("Tags"), " ".join(f"#{t}" for t in note.tags)))
        facts = "".join(f"<tr><td style='color:{muted};padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>"
                        for k, v in rows)
        text = "<br>".join(e(line) for line in note.text.splitlines()) or e(self.tr("(ratings only)"))
        ratings = f"<table>{stars}</table>" if stars else ""
        return (f"<h3>{e(self.tr('%s about %s') % (note.contact_name, note.vendor_name))}</h3>"
                f"<p>{text}</p>{ratings}<p></p><table>{facts}</table>")
