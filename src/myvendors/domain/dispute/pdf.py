"""The dispute pack's PDF: what an ombudsman, a bank or a regulator reads first (fpdf2, A4).

A cover (the vendor, her pseudonym's thumbprint, when it was made, what is inside, how to check
it), her statement, then one section per part she ticked: the timeline, agreements, payments with
totals per currency, her notes, the packages she sent with the terms she shared under (in words
and by id), the vendor's acknowledgements and offers, aliases and leaks, and the attachments with
their SHA-256. Tables wrap long text and repeat their headings on a new page; every page has its
number. The words are in the pack's language (English, German or French; dates and amounts by
CLDR, `formats`): the sentences are marked in
the context "DisputePack" and read from the shipped .ts file as letters are (`letters.translator`);
the record kinds reuse the app's own words (context "records"). Fonts: `letter_pdf.add_fonts`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import ExitStack
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from myvendors.domain import formats, letters
from myvendors.domain.dispute import PART_TITLES, STATEMENT, Plan, SentFile
from myvendors.domain.sharing import render as package_words
from myvendors.domain.sharing.render import RATING_NAMES
from myvendors.domain.letter_pdf import FONT, add_fonts
from myvendors.domain.models import BillingPeriod, Money
from myvendors.domain.record_words import AGREEMENT_KINDS, INTERACTION_KINDS, PERIODS
from myvendors.errors import QT_TRANSLATE_NOOP

MARGIN_MM = 18.0
TEXT_PT = 10
SMALL_PT = 8
LINE_MM = 5.0
CELL_MM = 4.4
C = "DisputePack"

HOW_TO_VERIFY = QT_TRANSLATE_NOOP(
    "DisputePack",
    "This document comes with a ZIP archive that holds every record as JSON (data.json), the files "
    "exactly as they were sent and received (packages/, documents/), the evidence of leaks and the "
    "attachments. manifest.json lists each file with its size and SHA-256 hash, and the ledger entries "
    "that recorded when each package was shared and each document received; manifest.jws is an Ed25519 "
    "signature over manifest.json by the key whose thumbprint is shown above, the key my packages to this "
    "vendor were signed with. To check the archive, unpack it and run: python3 verify_dispute_pack.py "
    "FOLDER (the script comes with MyVendors, in its docs folder, and needs nothing but Python). It "
    "reports OK, or each file that was changed, added or removed.",
)


_CHANNELS = {  # how the alias reached her
    "email": QT_TRANSLATE_NOOP("DisputePack", "by e-mail"),
    "phone": QT_TRANSLATE_NOOP("DisputePack", "by phone call"),
    "sms": QT_TRANSLATE_NOOP("DisputePack", "by text message"),
}


def used_by(row: Mapping[str, Any], t: Callable[[str], str]) -> str:
    """A leak's "Used by" cell: who, how it reached her (the channel), and the message's subject."""
    channel = _CHANNELS.get(str(row.get("channel") or "email"), _CHANNELS["email"])
    who = f"{row['used_by'] or '?'}, {t(channel)}"
    return " — ".join(x for x in (who, str(row["subject"] or "")) if x)


def _day(stamp: str | None, language: str) -> str:
    """The day of an ISO time stamp ("2026-12-03T…") as the language writes it in a table."""
    text = stamp or ""
    try:
        return formats.table_date(date.fromisoformat(text[:10]), language)
    except ValueError:
        return text[:10]


def _minute(stamp: str | None, language: str) -> str:
    """An ISO time stamp in UTC to the minute: "3 Dec 2026 14:05 UTC", "03.12.2026 14:05 UTC"."""
    text = stamp or ""
    return f"{_day(text, language)} {text[11:16]} UTC" if len(text) >= 16 else text


def _offer_price(offer: Mapping[str, Any], language: str) -> str:
    """An offer's price and currency as the language writes them (as received when they are not a number)."""
    price, currency = offer.get("price"), str(offer.get("priceCurrency") or "")
    try:
        if price is not None and len(currency) == 3 and currency.isalpha():
            return formats.amount_text(Decimal(str(price)), currency.upper(), language)
    except ArithmeticError:  # not a number: shown as it came
        pass
    return " ".join(str(x) for x in (price, currency) if x not in (None, ""))


def groups(thumbprint: str, size: int = 4) -> str:
    """A thumbprint in groups, to read aloud or compare by eye."""
    return " ".join(thumbprint[i:i + size] for i in range(0, len(thumbprint), size))


def render(plan: Plan) -> bytes:
    """The PDF of a checked plan (its pseudonym set)."""
    from fpdf import FPDF

    t = letters.translator(plan.spec.language, C)
    page_words = t(QT_TRANSLATE_NOOP("DisputePack", "Page {page} of {pages}"))

    class Document(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(FONT, size=SMALL_PT)
            self.set_text_color(90)
            self.cell(0, 5, f"{plan.vendor.name} · {_day(plan.made_at, plan.spec.language)}", align="L")
            self.set_x(MARGIN_MM)
            self.cell(0, 5, page_words.format(page=self.page_no(), pages="{nb}"), align="R")
            self.set_text_color(0)

    pdf = Document(orientation="portrait", unit="mm", format="A4")
    with ExitStack() as stack:
        add_fonts(pdf, stack)
        writer = _Writer(plan, pdf)
        writer.cover()
        parts = plan.spec.parts
        for key, section in (("timeline", writer.timeline), ("agreements", writer.agreements),
                             ("payments", writer.payments), ("notes", writer.notes), ("packages", writer.packages),
                             ("documents", writer.documents), ("leaks", writer.leaks)):
            if key in parts:
                writer.heading(t(PART_TITLES[key]))
                section()
        if plan.attachments:
            writer.heading(t(PART_TITLES["attachments"]))
            writer.attachments()
        return bytes(pdf.output())


class _Writer:
    """Draws the sections of one pack's PDF on `pdf` (an FPDF with the fonts added)."""

    def __init__(self, plan: Plan, pdf: Any) -> None:
        from fpdf.fonts import FontFace

        self.plan = plan
        self.pdf = pdf
        language = plan.spec.language
        self.language = language
        self.t = letters.translator(language, C)
        self.r = letters.translator(language, "records")
        self.k = letters.translator(language, "Package")
        self.title = self.t(QT_TRANSLATE_NOOP("DisputePack", "Dispute pack: {vendor}")).format(vendor=plan.vendor.name)
        pdf.set_creator("MyVendors")
        pdf.set_creation_date(datetime.strptime(plan.made_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC))
        pdf.set_title(self.title)
        pdf.set_lang(language)
        pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        pdf.set_auto_page_break(auto=True, margin=18)
        self.width = pdf.w - 2 * MARGIN_MM
        self.bold = FontFace(emphasis="BOLD")
        self.head = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
        pdf.add_page()

    # -- the pieces
    def day(self, day: date) -> str:
        return formats.table_date(day, self.language)

    def money(self, money: Money) -> str:
        return formats.money_text(money, self.language)

    def heading(self, text: str, size: int = 14) -> None:
        pdf = self.pdf
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(4)
        pdf.set_font(FONT, "B", size)
        pdf.multi_cell(self.width, LINE_MM + 2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font(FONT, size=TEXT_PT)

    def paragraph(self, text: str, size: int = TEXT_PT) -> None:
        self.pdf.set_font(FONT, size=size)
        self.pdf.multi_cell(self.width, LINE_MM, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def pairs(self, rows: list[tuple[str, str]], label_width: float = 48) -> None:
        self.pdf.set_font(FONT, size=TEXT_PT)
        with self.pdf.table(col_widths=(label_width, self.width - label_width), first_row_as_headings=False,
                            line_height=CELL_MM + 0.6, borders_layout="NONE", text_align="LEFT") as table:
            for label, value in rows:
                row = table.row()
                row.cell(label, style=self.bold)
                row.cell(value)

    def table(self, head: tuple[str, ...], widths: tuple[float, ...], rows: Sequence[tuple[str, ...]]) -> None:
        if not rows:
            self.paragraph(self.t(QT_TRANSLATE_NOOP("DisputePack", "None.")))
            return
        self.pdf.set_font(FONT, size=SMALL_PT + 1)
        scale = self.width / sum(widths)
        with self.pdf.table(col_widths=tuple(w * scale for w in widths), headings_style=self.head,
                            line_height=CELL_MM, text_align="LEFT", borders_layout="HORIZONTAL_LINES") as out:
            out.row(head)
            for values in rows:
                out.row(values)
        self.pdf.set_font(FONT, size=TEXT_PT)

    def words(self, *sources: str) -> tuple[str, ...]:
        return tuple(self.t(s) for s in sources)

    # -- the sections
    def cover(self) -> None:
        pdf, t, plan = self.pdf, self.t, self.plan
        pdf.set_font(FONT, "B", 20)
        pdf.multi_cell(self.width, 10, self.title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        self.paragraph(t(QT_TRANSLATE_NOOP(
            "DisputePack", "My record of my dealings with this vendor, made from my own files with MyVendors.")))
        pdf.ln(3)
        vendor = plan.vendor
        about = [(t(QT_TRANSLATE_NOOP("DisputePack", "Vendor")), vendor.name)]
        for label, value in ((QT_TRANSLATE_NOOP("DisputePack", "Website"), vendor.website),
                             (QT_TRANSLATE_NOOP("DisputePack", "E-mail"), vendor.email),
                             (QT_TRANSLATE_NOOP("DisputePack", "Phone"), vendor.phone),
                             (QT_TRANSLATE_NOOP("DisputePack", "Address"), vendor.address)):
            if value:
                about.append((t(label), value))
        about.append((t(QT_TRANSLATE_NOOP("DisputePack", "Made at")), _minute(plan.made_at, self.language)))
        if plan.pseudonym is not None:
            about.append((t(QT_TRANSLATE_NOOP("DisputePack", "Signed with my key (thumbprint)")),
                          groups(plan.pseudonym.thumbprint)))
        self.pairs(about)

        self.heading(t(QT_TRANSLATE_NOOP("DisputePack", "What is inside")), 12)
        counts = {
            "timeline": len(plan.timeline), "agreements": len(plan.agreements), "payments": len(plan.payments),
            "notes": len(plan.notes), "packages": len(plan.packages), "documents": len(plan.documents),
            "leaks": len(plan.aliases) + len(plan.leaks), "attachments": len(plan.attachments),
        }
        inside = [(t(PART_TITLES[key]), "" if key == STATEMENT else formats.number_text(counts[key], self.language))
                  for key in plan.ticked]
        self.pairs(inside or [(t(QT_TRANSLATE_NOOP("DisputePack", "Nothing was chosen.")), "")], self.width - 25)
        self.heading(t(QT_TRANSLATE_NOOP("DisputePack", "How to check this pack")), 12)
        self.paragraph(t(HOW_TO_VERIFY), SMALL_PT + 1)
        if plan.spec.statement:
            self.heading(t(PART_TITLES[STATEMENT]))
            self.paragraph(plan.spec.statement)

    def timeline(self) -> None:
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Date"), QT_TRANSLATE_NOOP("DisputePack", "What"),
                              QT_TRANSLATE_NOOP("DisputePack", "Channel"), QT_TRANSLATE_NOOP("DisputePack", "Note")),
                   (22, 28, 22, 90),
                   [(self.day(i.at.date()), self.r(INTERACTION_KINDS[i.kind]), i.channel or "",
                     i.note + (f" ({self.money(i.amount)})" if i.amount is not None else "")) for i in self.plan.timeline])

    def agreements(self) -> None:
        t, r = self.t, self.r
        rows = []
        for a in self.plan.agreements:
            price = "" if a.price is None else (
                self.money(a.price) if a.period is BillingPeriod.NONE else f"{self.money(a.price)} {r(PERIODS[a.period])}")
            dates = [(QT_TRANSLATE_NOOP("DisputePack", "from {date}"), a.start),
                     (QT_TRANSLATE_NOOP("DisputePack", "until {date}"), a.end),
                     (QT_TRANSLATE_NOOP("DisputePack", "renews {date}"), a.renewal),
                     (QT_TRANSLATE_NOOP("DisputePack", "cancel by {date}"), a.cancel_by)]
            when = ", ".join(t(words).format(date=self.day(day)) for words, day in dates if day is not None)
            reference = t(QT_TRANSLATE_NOOP("DisputePack", "reference {ref}")).format(ref=a.reference) if a.reference else ""
            rows.append((a.title, r(AGREEMENT_KINDS[a.kind]), price, when, "; ".join(x for x in (reference, a.notes) if x)))
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Agreement"), QT_TRANSLATE_NOOP("DisputePack", "Kind"),
                              QT_TRANSLATE_NOOP("DisputePack", "Price"), QT_TRANSLATE_NOOP("DisputePack", "Dates"),
                              QT_TRANSLATE_NOOP("DisputePack", "Note")), (38, 22, 28, 40, 40), rows)

    def payments(self) -> None:
        t = self.t
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Date"), QT_TRANSLATE_NOOP("DisputePack", "What"),
                              QT_TRANSLATE_NOOP("DisputePack", "Amount"), QT_TRANSLATE_NOOP("DisputePack", "Note")),
                   (22, 28, 28, 84),
                   [(self.day(i.at.date()), self.r(INTERACTION_KINDS[i.kind]), self.money(i.amount) if i.amount else "",
                     i.note) for i in self.plan.payments])
        totals = self.plan.payment_totals()
        if totals:
            self.pdf.ln(2)
            self.pairs([(t(QT_TRANSLATE_NOOP("DisputePack", "Total in {currency}")).format(currency=money.currency),
                         (t(QT_TRANSLATE_NOOP("DisputePack", "{amount} (1 payment)")) if n == 1
                          else t(QT_TRANSLATE_NOOP("DisputePack", "{amount} ({n} payments)"))).format(amount=self.money(money), n=formats.number_text(n, self.language)))
                        for money, n in totals])

    def notes(self) -> None:
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Date"), QT_TRANSLATE_NOOP("DisputePack", "Ratings (1–5)"),
                              QT_TRANSLATE_NOOP("DisputePack", "Note")), (22, 40, 100),
                   [(self.day(n.on), ", ".join(f"{self.k(RATING_NAMES.get(d, d))} {v}" for d, v in sorted(n.ratings.items())),
                     " ".join([n.text, *(f"#{tag}" for tag in n.tags)]).strip()) for n in self.plan.notes])

    def packages(self) -> None:
        if not self.plan.packages:
            self.paragraph(self.t(QT_TRANSLATE_NOOP("DisputePack", "None.")))
        for p in self.plan.packages:
            self.package(p)

    def package(self, p: SentFile) -> None:
        """One package she sent: what it was, when, the ledger entry, and the terms in words and by id
        (the terms' words as the package carried them: that is what the vendor was shown)."""
        pdf, t, width = self.pdf, self.t, self.width
        pdf.set_font(FONT, "B", TEXT_PT + 1)
        pdf.multi_cell(width, LINE_MM + 1, f"{package_words.title(p.document, self.k)} · {_minute(p.at, self.language)}",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FONT, size=SMALL_PT + 1)
        facts = [t(QT_TRANSLATE_NOOP("DisputePack", "File: {path}")).format(path=p.path),
                 t(QT_TRANSLATE_NOOP("DisputePack", "Package id: {id}")).format(id=p.id)]
        if p.ledger_seq is not None:
            facts.append(t(QT_TRANSLATE_NOOP("DisputePack", "Recorded as ledger entry {seq}")).format(seq=p.ledger_seq))
        pdf.multi_cell(width, CELL_MM, "\n".join(facts), align="L", new_x="LMARGIN", new_y="NEXT")
        shared = [(label, value) for label, value in package_words.sections(p.document, self.k)[0][1] if value]
        if shared:
            pdf.ln(1)
            pdf.set_font(FONT, "B", SMALL_PT + 1)
            pdf.multi_cell(width, CELL_MM, t(QT_TRANSLATE_NOOP("DisputePack", "What I shared:")),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FONT, size=SMALL_PT + 1)
            with pdf.table(col_widths=(40, width - 40), first_row_as_headings=False, line_height=CELL_MM,
                           borders_layout="NONE", text_align="LEFT") as table:
                for label, value in shared:
                    row = table.row()
                    row.cell(label)
                    row.cell(value)
        terms = [x for x in p.document.get("terms", []) if isinstance(x, dict)]
        if terms:
            pdf.ln(1)
            pdf.set_font(FONT, "B", SMALL_PT + 1)
            pdf.multi_cell(width, CELL_MM, t(QT_TRANSLATE_NOOP("DisputePack", "The terms I shared under:")),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(FONT, size=SMALL_PT + 1)
            for term in terms:
                pdf.multi_cell(width, CELL_MM, f"• {term.get('title', '')} ({term.get('id', '')} v{term.get('version', '')}): "
                               f"{term.get('text', '')}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def documents(self) -> None:
        t = self.t
        rows = []
        for d in self.plan.documents:
            ack, offer = d.document.get("acknowledgement"), d.document.get("offer")
            if isinstance(ack, dict):
                what = (t(QT_TRANSLATE_NOOP("DisputePack", "Acknowledged my terms")) if ack.get("accepted")
                        else t(QT_TRANSLATE_NOOP("DisputePack", "Refused my terms")))
                terms = ", ".join(f"{x.get('id')} v{x.get('version')}" for x in ack.get("terms", []) if isinstance(x, dict))
                detail = "; ".join(x for x in (terms, str(ack.get("note") or "")) if x)
            elif isinstance(offer, dict):
                what = t(QT_TRANSLATE_NOOP("DisputePack", "Offer"))
                detail = " ".join(x for x in (_offer_price(offer, self.language), str(offer.get("description") or "")) if x)
            else:
                what, detail = d.kind, ""
            rows.append((_minute(d.at, self.language), what, detail, d.path, "" if d.ledger_seq is None else f"#{d.ledger_seq}"))
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Received"), QT_TRANSLATE_NOOP("DisputePack", "What"),
                              QT_TRANSLATE_NOOP("DisputePack", "Details"), QT_TRANSLATE_NOOP("DisputePack", "File"),
                              QT_TRANSLATE_NOOP("DisputePack", "Ledger")), (30, 30, 48, 44, 14), rows)

    def leaks(self) -> None:
        t = self.t
        self.paragraph(t(QT_TRANSLATE_NOOP(
            "DisputePack", "Addresses and numbers I gave to this vendor only; a leak is someone else using one.")),
            SMALL_PT + 1)
        self.pdf.ln(1)
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Alias"), QT_TRANSLATE_NOOP("DisputePack", "Given on"),
                              QT_TRANSLATE_NOOP("DisputePack", "Note")), (60, 30, 72),
                   [(str(a["address"]), _day(a["created_at"], self.language), str(a["note"] or "")) for a in self.plan.aliases])
        self.pdf.ln(2)
        open_words = t(QT_TRANSLATE_NOOP("DisputePack", "open"))
        closed_words = t(QT_TRANSLATE_NOOP("DisputePack", "closed {date}"))
        rows = []
        for leak in self.plan.leaks:
            row = leak.row
            evidence = f"{leak.evidence_path}\nSHA-256 {row['evidence_sha256']}" if leak.evidence_path else ""
            status = closed_words.format(date=_day(row["closed_at"], self.language)) if row["closed_at"] else open_words
            rows.append((_day(str(row["seen_on"]), self.language), str(row["alias"]), used_by(row, t), evidence, status))
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "Seen on"), QT_TRANSLATE_NOOP("DisputePack", "Alias"),
                              QT_TRANSLATE_NOOP("DisputePack", "Used by"), QT_TRANSLATE_NOOP("DisputePack", "Evidence"),
                              QT_TRANSLATE_NOOP("DisputePack", "Status")), (22, 36, 36, 52, 16), rows)

    def attachments(self) -> None:
        self.table(self.words(QT_TRANSLATE_NOOP("DisputePack", "File"), QT_TRANSLATE_NOOP("DisputePack", "Size"),
                              QT_TRANSLATE_NOOP("DisputePack", "SHA-256")), (60, 18, 84),
                   [(f"{a.filename}\n{path}", formats.number_text(a.size, self.language), a.sha256)
                    for a, path in self.plan.attachments])
