"""The cancellation letter: the deadline rule, the letter's content, mailto, PDF, marking it sent."""

from __future__ import annotations

from datetime import UTC, date, datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from myvendors.domain import agreements, letters, vendors
from myvendors.domain.letters import Deadline
from myvendors.domain.models import Agreement, AgreementDraft, AgreementKind, BillingPeriod, Money, VendorDraft
from myvendors.domain.sharing import packages
from myvendors.errors import InvalidInput
from myvendors.storage import Database

TODAY = date(2026, 12, 3)


def _agreement(**changes: object) -> Agreement:
    base = dict(
        id=1, uid="u", vendor_id=1, kind=AgreementKind.SUBSCRIPTION, title="Premium", price=None,
        period=BillingPeriod.YEARLY, start=None, end=None, renewal=None, cancel_by=None, notice_days=None,
        notes="", created_at="", updated_at="",
    )
    base.update(changes)
    return Agreement(**base)  # type: ignore[arg-type]


D = date.fromisoformat

# (renewal, cancel_by, notice_days, period, end) -> (arrive_by, effective, in_time, missed)
DEADLINES = [
    # in time: cancel-by ahead
    (("2027-01-31", "2026-12-31", 31, "yearly", None), ("2026-12-31", "2027-01-31", True, None)),
    # the last day itself is still in time
    (("2027-01-02", "2026-12-03", 30, "monthly", None), ("2026-12-03", "2027-01-02", True, None)),
    # too late: the next renewal a year on, same notice
    (("2026-12-20", "2026-11-20", 30, "yearly", None), ("2027-11-20", "2027-12-20", False, "2026-11-20")),
    # too late, monthly: the next month
    (("2026-12-10", None, 14, "monthly", None), ("2026-12-27", "2027-01-10", False, "2026-11-26")),
    # a renewal already past is rolled on by the period first
    (("2025-03-01", None, 30, "yearly", None), ("2027-01-30", "2027-03-01", True, None)),
    # notice days only, no renewal: as soon as possible
    ((None, None, 30, "monthly", None), (None, None, True, None)),
    # a renewal and no notice: ends at the renewal, arrive as soon as possible
    (("2027-02-01", None, None, "yearly", None), (None, "2027-02-01", True, None)),
    # a cancel-by without a renewal
    ((None, "2026-12-24", None, "none", None), ("2026-12-24", None, True, None)),
    # a fixed end date with a notice period
    ((None, None, 60, "none", "2027-06-30"), ("2027-05-01", "2027-06-30", True, None)),
    # too late and no period to roll on to: the earliest possible date
    ((None, None, 60, "none", "2026-12-31"), (None, None, False, "2026-11-01")),
    # nothing on file
    ((None, None, None, "none", None), (None, None, True, None)),
    # too late with a notice longer than a term: the first renewal still reachable
    (("2026-12-20", None, 45, "monthly", None), ("2026-12-06", "2027-01-20", False, "2026-11-05")),
    (("2026-12-20", None, 60, "monthly", None), ("2026-12-22", "2027-02-20", False, "2026-10-21")),
]


@pytest.mark.parametrize(("given", "expected"), DEADLINES)
def test_deadline_rule(given: tuple, expected: tuple) -> None:
    renewal, cancel_by, notice, period, end = given
    agreement = _agreement(renewal=renewal and D(renewal), cancel_by=cancel_by and D(cancel_by), notice_days=notice,
                           period=BillingPeriod(period), end=end and D(end))
    when = letters.deadline(agreement, TODAY)
    arrive_by, effective, in_time, missed = expected
    assert (when.arrive_by, when.effective, when.in_time, when.missed) == (
        arrive_by and D(arrive_by), effective and D(effective), in_time, missed and D(missed))


@pytest.mark.parametrize(("day", "period", "times", "expected"), [
    ("2026-01-31", "monthly", 1, "2026-02-28"),
    ("2024-02-29", "yearly", 1, "2025-02-28"),
    ("2026-11-30", "quarterly", 1, "2027-02-28"),
    ("2026-12-03", "weekly", 2, "2026-12-17"),
    ("2026-12-03", "none", 1, None),
])
def test_add_period(day: str, period: str, times: int, expected: str | None) -> None:
    assert letters.add_period(D(day), BillingPeriod(period), times) == (expected and D(expected))


def test_advice_says_plainly_when_it_is_too_late() -> None:
    late = Deadline(TODAY, D("2026-12-20"), D("2027-11-20"), D("2027-12-20"), in_time=False, missed=D("2026-11-20"),
                    notice_days=30)
    assert letters.advice(late) == (
        "Too late for this term: the letter had to arrive by 2026-11-20. Sent now, the cancellation takes effect on "
        "2027-12-20 instead (it must arrive by 2027-11-20).")
    ok = Deadline(TODAY, D("2027-01-31"), D("2026-12-31"), D("2027-01-31"), notice_days=31)
    assert letters.advice(ok) == (
        "In time: the letter must arrive by 2026-12-31 (28 days from today); the agreement then ends on 2027-01-31.")
    assert letters.advice(Deadline(TODAY, None, TODAY, None)) == "In time: the letter must arrive by 2026-12-03 (today)."
    tomorrow = Deadline(TODAY, None, D("2026-12-04"), None)
    assert letters.advice(tomorrow, letters.translator("de")) == (
        "Rechtzeitig: Das Schreiben muss bis zum 2026-12-04 ankommen (morgen).")


@pytest.fixture
def vendor_id(db: Database) -> int:
    return vendors.create_vendor(db, VendorDraft(
        name="Streamly GmbH", email="kuendigung@streamly.example", address="Kundenservice, Postfach 12 34, 10115 Berlin",
    )).id


def _add(db: Database, vendor_id: int, **values: object) -> Agreement:
    draft = AgreementDraft(vendor_id=vendor_id, kind=AgreementKind.SUBSCRIPTION, title="Streamly Premium",
                           price=Money(1299, "EUR"), period=BillingPeriod.MONTHLY, **values)  # type: ignore[arg-type]
    return agreements.add_agreement(db, draft)


def _profile(db: Database) -> None:
    packages.set_profile(db, {"name": "Jana Łukasiewicz", "street_address": "Lindenstraße 5", "postal_code": "04109",
                              "city": "Leipzig", "country": "Deutschland", "email": "jana@example.org",
                              "phone": "+49 341 000000"})


def test_letter_in_time_in_english(db: Database, vendor_id: int) -> None:
    _profile(db)
    packages.set_disclosures(db, vendor_id, ["name", "street_address", "postal_code", "city"])
    agreement = _add(db, vendor_id, renewal=D("2027-01-15"), notice_days=14)
    letter = letters.compose(db, agreement.id, language="en", today=TODAY)
    assert letter.included == ("name", "street_address", "postal_code", "city")
    text = letters.to_text(letter)
    assert text == """Jana Łukasiewicz
Lindenstraße 5
04109 Leipzig

Streamly GmbH
Kundenservice
Postfach 12 34
10115 Berlin

Leipzig, 3 December 2026

Cancellation of Streamly Premium

Dear Sir or Madam,

I hereby cancel my subscription “Streamly Premium” with effect from 15 January 2027, or, if that is not possible, \
at the earliest possible date.

The agreed notice period is 14 days; this letter is to reach you by 1 January 2027.

Please make no further charges once the cancellation has taken effect.

Please confirm in writing that you have received this cancellation and the date on which it takes effect.

Yours faithfully,


Jana Łukasiewicz
"""


def test_letter_too_late_in_german_with_reference_and_no_details(db: Database, vendor_id: int) -> None:
    _profile(db)  # filled in, but nothing disclosed to this vendor: nothing of hers goes in by default
    agreement = _add(db, vendor_id, renewal=D("2026-12-20"), notice_days=30, reference="KD-2024-000815")
    letter = letters.compose(db, agreement.id, language="de", today=TODAY)
    assert (letter.included, letter.sender, letter.contact, letter.signature) == ((), (), (), "")
    assert not letter.deadline.in_time
    text = letters.to_text(letter)
    assert text == """Streamly GmbH
Kundenservice
Postfach 12 34
10115 Berlin

3. Dezember 2026

Kündigung: Streamly Premium – Vertrags-/Kundennummer KD-2024-000815

Sehr geehrte Damen und Herren,

hiermit kündige ich mein Abonnement „Streamly Premium“ (Vertrags-/Kundennummer KD-2024-000815) fristgerecht zum \
20. Januar 2027, hilfsweise zum nächstmöglichen Zeitpunkt.

Die vereinbarte Kündigungsfrist beträgt 30 Tage.

Bitte buchen Sie nach dem Wirksamwerden der Kündigung keine Beträge mehr ab.

Bitte bestätigen Sie mir schriftlich den Eingang dieser Kündigung und den Tag, zu dem sie wirksam wird.

Mit freundlichen Grüßen


"""
    assert letters.advice(letter.deadline, letters.translator("de")).startswith("Zu spät für diese Laufzeit")


def test_what_the_vendor_has_is_ticked_at_first(db: Database, vendor_id: int) -> None:
    _profile(db)
    packages.set_disclosures(db, vendor_id, ["email"])
    assert [(d.field, d.default) for d in letters.details(db, vendor_id)] == [
        ("name", False), ("street_address", False), ("postal_code", False), ("city", False), ("country", False),
        ("email", True), ("phone", False)]
    assert letters.already_shared(db, vendor_id) == {"email"}


@pytest.mark.parametrize(("include", "field"), [(("shoe_size",), "include"), (("name",), "include")])
def test_refused_details_write_nothing(db: Database, vendor_id: int, include: tuple[str, ...], field: str) -> None:
    agreement = _add(db, vendor_id)  # an empty profile: her name cannot go in
    with pytest.raises(InvalidInput) as caught:
        letters.compose(db, agreement.id, include=include, today=TODAY)
    assert caught.value.field == field


def test_unknown_agreement_and_language_are_clear_errors(db: Database) -> None:
    with pytest.raises(InvalidInput, match="There is no agreement with id 4242"):
        letters.compose(db, 4242)
    with pytest.raises(InvalidInput, match="A letter can be written in en, de, fr; not 'it'"):
        letters.translator("it")


# French is a letter's language; it is the default once myvendors_fr.ts brings its words
FRENCH = "fr" if letters._catalogue("fr") else "en"


@pytest.mark.parametrize(("ui", "letter"), [("de", "de"), ("de_AT.UTF-8", "de"), ("en_GB", "en"), ("fr", FRENCH), ("it", "en"),
                                             ("C.UTF-8", "en"), ("system", "en")])
def test_letter_language_follows_the_app(ui: str, letter: str) -> None:
    assert letters.letter_language(ui) == letter


@pytest.mark.parametrize("email", ["kuendigung@streamly.example", "o'brien+cancel@shop.example", None])
def test_mailto_round_trips(db: Database, vendor_id: int, email: str | None) -> None:
    _profile(db)
    vendors.update_vendor(db, vendor_id, email=email)
    agreement = _add(db, vendor_id, renewal=D("2027-01-15"), notice_days=14, reference="A&B=C?#%")
    letter = letters.compose(db, agreement.id, include=letters.LETTER_FIELDS, language="de", today=TODAY)
    url = letters.mailto(letter)
    assert url.isascii() and " " not in url and "\n" not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == (email or "")
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert set(query) == {"subject", "body"}
    assert query["subject"] == [letter.subject]
    assert query["body"] == [letter.body().replace("\n", "\r\n")]
    assert "%0D%0A" in url and "A%26B%3DC%3F%23%25" in url  # RFC 6068: CRLF line breaks, delimiters encoded


def test_pdf_is_a_pdf_with_the_font_embedded(db: Database, vendor_id: int) -> None:
    _profile(db)
    agreement = _add(db, vendor_id, renewal=D("2027-01-15"), notice_days=14)
    letter = letters.compose(db, agreement.id, include=letters.LETTER_FIELDS, language="de", today=TODAY)
    data = letters.to_pdf(letter)
    assert data.startswith(b"%PDF-1.") and data.rstrip().endswith(b"%%EOF")
    assert b"/FontFile2" in data and b"DejaVuSans" in data and b"/Lang (de)" in data
    assert len(data) < 200_000  # a subset of the font, not all of it
    try:
        from pypdf import PdfReader  # read back only where a reader is installed (not a dependency)
    except ImportError:
        return
    import io

    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Jana Łukasiewicz" in text and "Kündigung: Streamly Premium" in text


def test_mark_sent_records_an_interaction_and_a_follow_up_at_once(db: Database, vendor_id: int) -> None:
    from myvendors.domain import follow_ups, timeline

    agreement = _add(db, vendor_id, renewal=D("2027-01-15"), notice_days=14)
    letter = letters.compose(db, agreement.id, today=TODAY)
    sent = letters.mark_sent(db, letter, now=datetime(2026, 12, 3, 9, 30, tzinfo=UTC))
    [interaction] = timeline.page(db, vendor_id=vendor_id)
    assert (interaction.id, interaction.kind.value, interaction.channel) == (sent.interaction_id, "request", "letter")
    assert interaction.note == "Cancellation letter sent for Streamly Premium (to take effect on 15 January 2027)"
    [follow_up] = follow_ups.follow_ups_of(db, vendor_id)
    assert (follow_up.id, follow_up.title, follow_up.agreement_id) == (
        sent.follow_up_id, "Has Streamly GmbH confirmed the cancellation of Streamly Premium?", agreement.id)
    assert follow_up.due == D("2026-12-17")  # arrives within a week of sending, then a week to confirm


def test_mark_sent_refused_writes_nothing(db: Database, vendor_id: int) -> None:
    from myvendors.domain import follow_ups, timeline

    agreement = _add(db, vendor_id)
    letter = letters.compose(db, agreement.id, today=TODAY)
    with pytest.raises(InvalidInput):
        letters.mark_sent(db, letter, channel="x" * 500)  # a channel longer than the timeline takes
    assert timeline.page(db, vendor_id=vendor_id) == [] and follow_ups.follow_ups_of(db, vendor_id) == []


@pytest.mark.parametrize(("arrive_by", "expected"), [
    ("2026-12-05", "2026-12-12"),  # due soon: a week after it must arrive
    ("2027-03-01", "2026-12-17"),  # sent early: it arrives within a week anyway
    (None, "2026-12-17"),
])
def test_follow_up_due(arrive_by: str | None, expected: str) -> None:
    when = Deadline(TODAY, None, arrive_by and D(arrive_by), None)
    assert letters.follow_up_due(when, TODAY) == D(expected)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=80)


@settings(max_examples=60, deadline=None)
@given(subject=_TEXT, paragraphs=st.lists(_TEXT, max_size=4), email=st.emails())
def test_mailto_round_trips_any_text(subject: str, paragraphs: list[str], email: str) -> None:
    letter = letters.Letter(
        language="en", agreement_id=1, vendor_id=1, vendor_name="V", vendor_email=email, agreement_title="T",
        reference=None, deadline=Deadline(TODAY, None, None, None), sender=(), contact=(), recipient=("V",),
        dated="", subject=subject, salutation="Hello,", paragraphs=tuple(paragraphs), closing="Bye,", signature="",
    )
    url = letters.mailto(letter)
    assert url.isascii() and not any(c in url for c in " \n\r")
    parts = urlsplit(url)
    assert unquote(parts.path) == email
    query = dict(pair.split("=", 1) for pair in parts.query.split("&"))
    assert set(query) == {"subject", "body"}
    assert unquote(query["subject"]) == subject
    assert unquote(query["body"]) == letter.body().replace("\n", "\r\n")


@pytest.mark.parametrize(("trial_end", "expected"), [
    ("2026-12-10", ("2026-12-10", "2026-12-10", True, True)),  # in the trial: by its last day, ends with it
    ("2026-12-03", ("2026-12-03", "2026-12-03", True, True)),  # its last day is today: still in time
    ("2026-12-01", ("2026-12-20", "2027-01-20", True, False)),  # the trial is over: the usual rule
])
def test_free_trial(trial_end: str, expected: tuple) -> None:
    agreement = _agreement(renewal=D("2027-01-20"), notice_days=31, period=BillingPeriod.MONTHLY,
                           trial_end=D(trial_end))
    when = letters.deadline(agreement, TODAY)
    arrive_by, effective, in_time, trial = expected
    assert (when.arrive_by, when.effective, when.in_time, when.trial) == (D(arrive_by), D(effective), in_time, trial)
    if trial:
        assert letters.advice(when).startswith("In the free trial: the letter must arrive by ")


def test_a_french_letter_dates_the_french_way(db: Database, vendor_id: int) -> None:
    """French is a letter's language: its words come from myvendors_fr.ts, its dates from CLDR."""
    _profile(db)
    packages.set_disclosures(db, vendor_id, ["name", "city"])
    agreement = _add(db, vendor_id, renewal=D("2027-01-15"), notice_days=14)
    letter = letters.compose(db, agreement.id, language="fr", today=TODAY)
    text = letters.to_text(letter)
    assert letter.language == "fr" and "Leipzig, le 3 décembre 2026" in text
    assert "Madame, Monsieur," in text and "Par la présente, je résilie" in text
    assert "15 janvier 2027" in text and "1 janvier 2027" in text
    assert letters.long_date(TODAY, "de") == "3. Dezember 2026"
