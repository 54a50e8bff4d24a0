"""The cancellation letter: filled from the vault, as text, as a mailto: link, or as a PDF.

`compose` reads what the letter needs (the agreement, its vendor, her details as she chose them)
and returns a `Letter`; `deadline` is the rule for the date it must arrive by and the date the
cancellation takes effect (pure, table-tested); `to_text`, `mailto` and `to_pdf` render a letter;
`mark_sent` records that she sent it (an interaction and a follow-up, in one transaction).

Her details default to what that vendor already has: the fields she marked as disclosed to it,
and those it got in packages she sent it (the ledger's record). She can tick more or fewer.

Languages. A letter is written in the language she picks for that letter (English, German or French),
which need not be the app's: the command line writes one without Qt, so the letter's words cannot
come from Qt's translator. Each sentence is marked `QT_TRANSLATE_NOOP("Letter", …)`, so lupdate
puts it in resources/i18n/myvendors_<code>.ts beside every other text and translators work in one
place; `translator(code)` reads the finished translations of the context "Letter" from that
shipped .ts file (plain XML) with the standard library (a language whose .ts is not there yet
writes English words). Its dates are the language's own (`formats.long_date`, CLDR). The app's
explanations around a letter (`advice`) take the app's own `translate`, as `sharing.render` does,
and its way of writing a date (ISO on the command line).
"""

from __future__ import annotations

import calendar
import functools
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import resources
from urllib.parse import quote

from myvendors.domain import agreements, formats, timeline, vendors
from myvendors.domain.models import Agreement, AgreementKind, BillingPeriod, InteractionDraft, InteractionKind, Vendor
from myvendors.domain.sharing import packages
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message
from myvendors.storage import Database

CONTEXT = "Letter"
Translate = Callable[[str], str]

# the languages a letter can be written in (English is the source; the others have a .ts file)
LANGUAGES = ("en", "de", "fr")
# her profile fields that can go in a letter, in the order the sender's block shows them
LETTER_FIELDS = ("name", "street_address", "postal_code", "city", "country", "email", "phone")
# the follow-up asks whether the vendor confirmed this many days after the letter should have arrived
CONFIRM_DAYS = 7
# a letter is taken to arrive at most this many days after it is sent (for the follow-up's date)
POST_DAYS = 7
# the interaction recorded when the letter is sent: she asks the vendor to end the agreement
SENT_KIND = InteractionKind.REQUEST

FORMATS = ("pdf", "text", "mailto")

KIND_PHRASES = {  # whole phrases: other languages inflect "my" by the word's gender and case
    AgreementKind.SUBSCRIPTION: QT_TRANSLATE_NOOP("Letter", "my subscription “{title}”"),
    AgreementKind.CONTRACT: QT_TRANSLATE_NOOP("Letter", "my contract “{title}”"),
    AgreementKind.WARRANTY: QT_TRANSLATE_NOOP("Letter", "my warranty “{title}”"),
    AgreementKind.MEMBERSHIP: QT_TRANSLATE_NOOP("Letter", "my membership “{title}”"),
    AgreementKind.LOYALTY: QT_TRANSLATE_NOOP("Letter", "my customer account “{title}”"),
}
FIELD_LABELS = {  # her details as the letter dialog and `--json` name them
    "name": QT_TRANSLATE_NOOP("Letter", "Name"),
    "street_address": QT_TRANSLATE_NOOP("Letter", "Street address"),
    "postal_code": QT_TRANSLATE_NOOP("Letter", "Postal code"),
    "city": QT_TRANSLATE_NOOP("Letter", "City"),
    "country": QT_TRANSLATE_NOOP("Letter", "Country"),
    "email": QT_TRANSLATE_NOOP("Letter", "Email"),
    "phone": QT_TRANSLATE_NOOP("Letter", "Phone"),
}


def english(text: str) -> str:
    """The `translate` of English: the source text as it is."""
    return text


# -- the letter's language -------------------------------------------------------------------
def check_language(code: str) -> str:
    clean = code.strip().lower()
    if clean not in LANGUAGES:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP(
            "Errors", "A letter can be written in {languages}; not {code!r}."
        ), languages=", ".join(LANGUAGES), code=code), field="language")
    return clean


def letter_language(ui_language: str) -> str:
    """The letter's default language for an app language ("system", "de", "en_GB"…): that language
    when a letter can be written in it and its words are translated (a language listed before its
    .ts file ships is chosen by hand only: never English words with French dates by default), else English."""
    code = ui_language.replace("-", "_").split("_", maxsplit=1)[0].lower()
    return code if code in LANGUAGES and (code == "en" or bool(_catalogue(code))) else "en"


def default_language() -> str:
    """The letter's language when she does not say: the app's language on this device (set in
    Settings, or the system's: LC_ALL, LC_MESSAGES, LANG), when a letter can be written in it."""
    from myvendors.domain import settings

    chosen = str(settings.device_get("language") or "system")
    if chosen == "system":
        chosen = next((os.environ[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if os.environ.get(k)), "en")
    return letter_language(chosen)


@functools.cache
def _catalogue(code: str, context: str = CONTEXT) -> dict[str, str]:
    """The finished translations of `context` ("Letter") in resources/i18n/myvendors_<code>.ts."""
    import xml.etree.ElementTree as ET  # nosec B405  # our own file, shipped with the program

    path = resources.files("myvendors.resources") / "i18n" / f"myvendors_{code}.ts"
    if not path.is_file():
        return {}
    root = ET.fromstring(path.read_bytes())  # noqa: S314  # nosec B314  # our own file, shipped with the program
    out: dict[str, str] = {}
    for element in root.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                out[source] = translation.text
    return out


def translator(code: str, context: str = CONTEXT) -> Translate:
    """The letter's words in language `code` (a missing translation stays English); `context`
    names another document written the same way (the dispute pack's "DisputePack")."""
    language = check_language(code)
    if language == "en":
        return english
    catalogue = _catalogue(language, context)
    return lambda text: catalogue.get(text, text)


def long_date(day: date, language: str = "en") -> str:
    """"3 December 2026"; in German "3. Dezember 2026", in French "3 décembre 2026" (CLDR's, `formats`)."""
    return formats.long_date(day, language)


# -- when it must arrive, and when it takes effect -------------------------------------------------
def add_period(day: date, period: BillingPeriod, times: int = 1) -> date | None:
    """`day` moved on by `times` billing periods (the last day of a shorter month where needed);
    None for an agreement without a period."""
    if period is BillingPeriod.WEEKLY:
        return day + timedelta(weeks=times)
    months = {BillingPeriod.MONTHLY: 1, BillingPeriod.QUARTERLY: 3, BillingPeriod.YEARLY: 12}.get(period)
    if months is None:
        return None
    total = day.month - 1 + months * times
    year, month = day.year + total // 12, total % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Deadline:
    """When the letter must arrive and what it achieves.

    `term_end`: the end of the term the letter can still stop (the renewal, rolled on past today
    by the billing period), None when not known; `arrive_by`: the last day it may arrive (None: no
    date is known, send it as soon as possible); `effective`: the day the cancellation takes effect
    (the renewal it prevents; None: "at the earliest possible date"); `in_time`: False when it is
    too late for the current term, so that it takes effect a term later (`missed` is the arrive-by
    date that was missed)."""

    today: date
    term_end: date | None
    arrive_by: date | None
    effective: date | None
    in_time: bool = True
    missed: date | None = None
    notice_days: int | None = None
    trial: bool = False  # in a free trial: it must arrive by the trial's last day and ends the agreement then

    @property
    def days_left(self) -> int | None:
        return (self.arrive_by - self.today).days if self.arrive_by else None


def deadline(agreement: Agreement, today: date) -> Deadline:
    """The rule: during a free trial, the letter must arrive by the trial's last day and the agreement
    ends with the trial. Otherwise it must arrive by the cancel-by date (or the renewal minus the notice days);
    when that is past, it is too late for this term and the cancellation takes effect at the renewal
    after, with the same notice. A renewal already past is rolled on by the billing period."""
    notice = agreement.notice_days
    if agreement.trial_end is not None and agreement.trial_end >= today:
        # in a free trial: cancelled by its last day, it ends with the trial (no notice period applies)
        return Deadline(today, agreement.trial_end, agreement.trial_end, agreement.trial_end, trial=True)
    end = agreement.renewal or agreement.end
    gap: timedelta | None = None
    if agreement.renewal and agreement.cancel_by:
        gap = agreement.renewal - agreement.cancel_by
    elif notice is not None:
        gap = timedelta(days=notice)
    if end is not None and end < today:  # the date on file has passed: the term now running ends later
        steps = 0
        rolled: date | None = end
        while rolled is not None and rolled < today and steps < 5000:
            steps += 1
            rolled = add_period(end, agreement.period, steps)
        end = rolled
    if end is None:
        if agreement.cancel_by and agreement.cancel_by >= today:
            return Deadline(today, None, agreement.cancel_by, None, notice_days=notice)
        return Deadline(today, None, None, None, notice_days=notice)
    if gap is None:
        return Deadline(today, end, None, end, notice_days=notice)
    cancel_by = end - gap
    if cancel_by >= today:
        return Deadline(today, end, cancel_by, end, notice_days=notice)
    later = add_period(end, agreement.period)
    if later is None:  # no next term to aim for: as soon as possible
        return Deadline(today, end, None, None, in_time=False, missed=cancel_by, notice_days=notice)
    next_by = later - gap
    while next_by < today and later is not None:  # a notice longer than a term
        later = add_period(later, agreement.period)
        next_by = later - gap if later else next_by
    return Deadline(today, end, next_by, later, in_time=False, missed=cancel_by, notice_days=notice)


def _left(when: Deadline, t: Translate) -> str:
    days = when.days_left or 0
    if days == 0:
        return t(QT_TRANSLATE_NOOP("Letter", "today"))
    if days == 1:
        return t(QT_TRANSLATE_NOOP("Letter", "tomorrow"))
    return t(QT_TRANSLATE_NOOP("Letter", "{days} days from today")).format(days=days)


def advice(when: Deadline, t: Translate = english, day: Callable[[date], str] = date.isoformat) -> str:
    """What the dates mean for her, plainly (the dialog and the command line show it); `day` writes
    a date (the app: her locale's way; the command line: ISO)."""
    if not when.in_time:
        if when.effective is not None and when.arrive_by is not None and when.missed is not None:
            return t(QT_TRANSLATE_NOOP(
                "Letter",
                "Too late for this term: the letter had to arrive by {missed}. Sent now, the cancellation takes "
                "effect on {effective} instead (it must arrive by {arrive_by}).",
            )).format(missed=day(when.missed), effective=day(when.effective),
                      arrive_by=day(when.arrive_by))
        return t(QT_TRANSLATE_NOOP(
            "Letter",
            "Too late for this term: the letter had to arrive by {missed}. The letter asks to end the agreement at "
            "the earliest possible date.",
        )).format(missed=day(when.missed or when.today))
    if when.trial and when.arrive_by is not None:
        return t(QT_TRANSLATE_NOOP(
            "Letter", "In the free trial: the letter must arrive by {arrive_by} ({left}), the "
                      "trial's last day; the agreement then ends with the trial.",
        )).format(arrive_by=day(when.arrive_by), left=_left(when, t))
    if when.arrive_by is not None and when.effective is not None:
        return t(QT_TRANSLATE_NOOP(
            "Letter", "In time: the letter must arrive by {arrive_by} ({left}); the agreement then "
                      "ends on {effective}.",
        )).format(arrive_by=day(when.arrive_by), left=_left(when, t), effective=day(when.effective))
    if when.arrive_by is not None:
        return t(QT_TRANSLATE_NOOP(
            "Letter", "In time: the letter must arrive by {arrive_by} ({left}).",
        )).format(arrive_by=day(when.arrive_by), left=_left(when, t))
    if when.effective is not None:
        return t(QT_TRANSLATE_NOOP(
            "Letter", "No notice period is on file: send it soon; the letter asks to end the agreement on "
                      "{effective}.",
        )).format(effective=day(when.effective))
    return t(QT_TRANSLATE_NOOP(
        "Letter", "No renewal or cancel-by date is on file: the letter asks to end the agreement at the earliest "
                  "possible date.",
    ))


# -- her details ---------------------------------------------------------------------------------
def already_shared(db: Database, vendor_id: int) -> set[str]:
    """The profile fields this vendor already has from her: those she marked as disclosed to it and
    those that went to it in packages (a profile's fields, a letter's disclosed details)."""
    fields = set(packages.disclosures(db, vendor_id))
    for sent in packages.sent_packages(db, vendor_id=vendor_id):
        document = sent.document
        if document.get("kind") == "profile":
            fields.update(document.get("data", {}).get("fields", {}))
        fields.update(document.get("sender", {}).get("disclosed", {}))
    return fields & set(LETTER_FIELDS)


@dataclass(frozen=True)
class Detail:
    """One of her details the letter can carry: `default` ticked at first (the vendor has it)."""

    field: str
    value: str
    default: bool


def details(db: Database, vendor_id: int) -> list[Detail]:
    """Her filled-in details that can go in a letter to this vendor, in letter order."""
    profile = packages.get_profile(db)
    known = already_shared(db, vendor_id)
    return [Detail(f, profile[f], f in known) for f in LETTER_FIELDS if profile.get(f)]


# -- the letter ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Letter:
    """A cancellation letter, its words in `language`, ready to render."""

    language: str
    agreement_id: int
    vendor_id: int
    vendor_name: str
    vendor_email: str | None
    agreement_title: str
    reference: str | None
    deadline: Deadline
    sender: tuple[str, ...]  # her name and postal address, one line each
    contact: tuple[str, ...]  # her e-mail and phone, as the letter shows them
    recipient: tuple[str, ...]  # the vendor's name and address
    dated: str  # "Berlin, 3 December 2026"
    subject: str
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: str  # her name, or "" (room to sign)
    included: tuple[str, ...] = field(default=())  # the profile fields that went in

    def body(self) -> str:
        """From the salutation to her name: the part an e-mail carries."""
        parts = [self.salutation, *self.paragraphs, self.closing + ("\n" + self.signature if self.signature else "")]
        address = self.sender[1:] if self.signature else self.sender  # her name is already under the closing
        tail = "\n".join(line for line in (*address, *self.contact) if line)
        return "\n\n".join(parts) + ("\n\n" + tail if tail else "")


def _address_lines(text: str | None) -> list[str]:
    if not text:
        return []
    # a vendor's address is kept on one line, its parts parted by commas: one line each in a letter
    lines = [line.strip() for line in text.replace(";", "\n").replace(",", "\n").splitlines()]
    return [line for line in lines if line]


def _sender(chosen: dict[str, str], t: Translate) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lines = [chosen[f] for f in ("name", "street_address") if chosen.get(f)]
    town = " ".join(chosen[f] for f in ("postal_code", "city") if chosen.get(f))
    if town:
        lines.append(town)
    if chosen.get("country"):
        lines.append(chosen["country"])
    contact = []
    if chosen.get("email"):
        contact.append(t(QT_TRANSLATE_NOOP("Letter", "Email: {email}")).format(email=chosen["email"]))
    if chosen.get("phone"):
        contact.append(t(QT_TRANSLATE_NOOP("Letter", "Phone: {phone}")).format(phone=chosen["phone"]))
    return tuple(lines), tuple(contact)


def _paragraphs(agreement: Agreement, reference: str | None, when: Deadline, t: Translate, language: str) -> tuple[str, ...]:
    what = t(KIND_PHRASES.get(agreement.kind, KIND_PHRASES[AgreementKind.CONTRACT])).format(title=agreement.title)
    if reference:
        what += " " + t(QT_TRANSLATE_NOOP("Letter", "(reference {reference})")).format(reference=reference)
    if when.effective is not None:
        cancel = t(QT_TRANSLATE_NOOP(
            "Letter", "I hereby cancel {what} with effect from {date}, or, if that is not possible, at the earliest "
                      "possible date.",
        )).format(what=what, date=long_date(when.effective, language))
    else:
        cancel = t(QT_TRANSLATE_NOOP("Letter", "I hereby cancel {what} at the earliest possible date.")).format(what=what)
    out = [cancel]
    # the date it must arrive by, only for this term: a letter for a later term arrives long before its date
    by = when.arrive_by if when.in_time else None
    if when.notice_days is not None and by is not None:
        out.append(t(QT_TRANSLATE_NOOP(
            "Letter", "The agreed notice period is {days} days; this letter is to reach you by {date}.",
        )).format(days=when.notice_days, date=long_date(by, language)))
    elif when.notice_days is not None:
        out.append(t(QT_TRANSLATE_NOOP("Letter", "The agreed notice period is {days} days.")).format(days=when.notice_days))
    elif by is not None:
        out.append(t(QT_TRANSLATE_NOOP("Letter", "This letter is to reach you by {date}.")).format(date=long_date(by, language)))
    if when.trial and by is not None:
        out.append(t(QT_TRANSLATE_NOOP("Letter", "I am cancelling within the free trial, which ends on {date}.")).format(
            date=long_date(by, language)))
    if agreement.price is not None:
        out.append(t(QT_TRANSLATE_NOOP(
            "Letter", "Please make no further charges once the cancellation has taken effect.")))
    out.append(t(QT_TRANSLATE_NOOP(
        "Letter", "Please confirm in writing that you have received this cancellation and the date on which it takes "
                  "effect.",
    )))
    return tuple(out)


def compose(
    db: Database,
    agreement_id: int,
    *,
    language: str = "en",
    include: Collection[str] | None = None,
    today: date | None = None,
) -> Letter:
    """The cancellation letter for an agreement. `include`: her profile fields that go in (None: those
    the vendor already has, see `already_shared`); a field her profile leaves empty is refused."""
    language = check_language(language)
    t = translator(language)
    agreement = agreements.get_agreement(db, agreement_id)
    vendor = vendors.get_vendor(db, agreement.vendor_id)
    profile = packages.get_profile(db)
    if include is None:
        wanted = [f for f in LETTER_FIELDS if f in already_shared(db, vendor.id) and profile.get(f)]
    else:
        unknown = sorted(set(include) - set(LETTER_FIELDS))
        if unknown:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "A letter can carry {fields}; not {value}."
            ), fields=", ".join(LETTER_FIELDS), value=", ".join(unknown)), field="include")
        empty = [f for f in LETTER_FIELDS if f in include and not profile.get(f)]
        if empty:
            raise InvalidInput(Message(QT_TRANSLATE_NOOP(
                "Errors", "Your profile has no {value} to put in the letter: fill it in first."
            ), value=", ".join(f.replace("_", " ") for f in empty)), field="include")
        wanted = [f for f in LETTER_FIELDS if f in include]
    chosen = {f: profile[f] for f in wanted}
    when = deadline(agreement, today or date.today())
    reference = _reference(agreement)
    sender, contact = _sender(chosen, t)
    day = long_date(when.today, language)
    dated = t(QT_TRANSLATE_NOOP("Letter", "{place}, {date}")).format(place=chosen["city"], date=day) if chosen.get("city") else day
    subject = t(QT_TRANSLATE_NOOP("Letter", "Cancellation of {title}")).format(title=agreement.title)
    if reference:
        subject += " – " + t(QT_TRANSLATE_NOOP("Letter", "reference {reference}")).format(reference=reference)
    return Letter(
        language=language,
        agreement_id=agreement.id,
        vendor_id=vendor.id,
        vendor_name=vendor.name,
        vendor_email=vendor.email,
        agreement_title=agreement.title,
        reference=reference,
        deadline=when,
        sender=sender,
        contact=contact,
        recipient=(vendor.name, *_address_lines(vendor.address)),
        dated=dated,
        subject=subject,
        salutation=t(QT_TRANSLATE_NOOP("Letter", "Dear Sir or Madam,")),
        paragraphs=_paragraphs(agreement, reference, when, t, language),
        closing=t(QT_TRANSLATE_NOOP("Letter", "Yours faithfully,")),
        signature=chosen.get("name", ""),
        included=tuple(wanted),
    )


def _reference(agreement: Agreement) -> str | None:
    """The contract or customer number the letter quotes, when the vault has one."""
    return (agreement.reference or "").strip() or None


# -- renderings -------------------------------------------------------------------------------------
def to_text(letter: Letter) -> str:
    """The whole letter as plain text, as it is copied or written to a .txt file."""
    blocks = [
        "\n".join((*letter.sender, *letter.contact)),
        "\n".join(letter.recipient),
        letter.dated,
        letter.subject,
        letter.salutation,
        *letter.paragraphs,
        letter.closing + ("\n\n\n" + letter.signature if letter.signature else "\n\n"),
    ]
    return "\n\n".join(block for block in blocks if block) + "\n"


_ADDR_SAFE = "!$'()*+,;:@"  # RFC 6068 some-delims, kept as they are in the address (unreserved always are)


def mailto(letter: Letter) -> str:
    """The letter as an RFC 6068 mailto: URL to the vendor's e-mail address (none on file: no
    address, she fills it in), the subject and body percent-encoded as UTF-8, line breaks CRLF."""
    to = quote(letter.vendor_email.strip(), safe=_ADDR_SAFE) if letter.vendor_email else ""
    body = letter.body().replace("\r\n", "\n").replace("\n", "\r\n")
    return f"mailto:{to}?subject={quote(letter.subject, safe='')}&body={quote(body, safe='')}"


def to_pdf(letter: Letter) -> bytes:
    """The letter as an A4 PDF (DIN 5008 layout: the address fits a window envelope), its text in
    DejaVu Sans (embedded as a subset, so every name prints)."""
    from myvendors.domain.letter_pdf import render

    return render(letter)


# -- sending --------------------------------------------------------------------------------------
def follow_up_due(when: Deadline, sent_on: date) -> date:
    """A week after the letter should have arrived: by its arrive-by date, or within `POST_DAYS` of
    sending when that is sooner (sent early, or for a later term)."""
    arrives = min(when.arrive_by, sent_on + timedelta(days=POST_DAYS)) if when.arrive_by else sent_on + timedelta(days=POST_DAYS)
    return max(arrives, sent_on) + timedelta(days=CONFIRM_DAYS)


@dataclass(frozen=True)
class Sent:
    interaction_id: int
    follow_up_id: int
    follow_up_due: date
    follow_up_title: str
    note: str


def mark_sent(
    db: Database,
    letter: Letter,
    *,
    channel: str = "letter",
    now: datetime | None = None,
) -> Sent:
    """Record that she sent the letter: an interaction on the vendor's timeline ("Cancellation letter
    sent for …") and a follow-up asking whether the vendor confirmed, in one transaction."""
    from myvendors.domain import follow_ups

    moment = (now or datetime.now(UTC)).astimezone(UTC)
    t = translator(letter.language)
    agreement = agreements.get_agreement(db, letter.agreement_id)
    vendor: Vendor = vendors.get_vendor(db, agreement.vendor_id)
    note = t(QT_TRANSLATE_NOOP("Letter", "Cancellation letter sent for {title}")).format(title=agreement.title)
    if letter.deadline.effective is not None:
        note += " " + t(QT_TRANSLATE_NOOP("Letter", "(to take effect on {date})")).format(
            date=long_date(letter.deadline.effective, letter.language))
    title = t(QT_TRANSLATE_NOOP("Letter", "Has {vendor} confirmed the cancellation of {title}?")).format(
        vendor=vendor.name, title=agreement.title)
    due = follow_up_due(letter.deadline, moment.date())
    draft = InteractionDraft(vendor_id=vendor.id, kind=SENT_KIND, at=moment, channel=channel, note=note)
    timeline.validate(draft)  # both checked before anything is written: a refusal writes nothing
    follow_up = follow_ups.check(db, follow_ups.FollowUpDraft(vendor.id, due, title, agreement_id=agreement.id))
    with db.transaction():
        interaction_id = timeline.record_in(db, draft)
        follow_up_id = follow_ups.insert(db, follow_up)
    return Sent(interaction_id, follow_up_id, due, title, note)


def included_labels(fields: Sequence[str], t: Translate = english) -> list[str]:
    return [t(FIELD_LABELS[f]) for f in fields if f in FIELD_LABELS]
