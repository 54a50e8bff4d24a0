"""The vendor importers (CSV, vCard) under Hypothesis: random bytes, and real files and
well-formed documents changed in a few places, so that inputs get past the first check.

For every input, planning an import (what the CLI and the dialog both do first) either gives a
plan or raises `InvalidInput`, within the deadline and memory bound (tests/fuzzing.py), and
writes nothing to the vault; applying a plan that came out adds exactly its vendors or, when a
draft is refused, nothing.

There is no iCalendar importer (the app only exports .ics) and the app does not read its JSON
export back, so neither has a parser to test here.
"""

from __future__ import annotations

import csv
import io

import pytest
from fuzzing import EXAMPLES, Bounded, changes, fuzz_settings, mutated_bytes, real_seeds, vault_digest
from hypothesis import event, given
from hypothesis import strategies as st

from myvendors.domain import importing, vendors
from myvendors.domain.importing import csv_vendors
from myvendors.errors import InvalidInput
from myvendors.storage import Database

# a failing example can be a whole file: Hypothesis warns before it prints one that long
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning")

CSV_SEEDS = real_seeds("csv-vendors", "*.csv") + real_seeds("statements-csv", "*") + [
    b"Company,Website,Email,Phone,Notes,Tags\r\nAcme GmbH,acme.example,info@acme.example,+49 30 1234,"
    b'"Line one\nline two","a, b"\r\nB\xc3\xa4ckerei M\xc3\xbcller,https://b.example/,,,,\r\n',
    b"\xef\xbb\xbfFirma;Webseite;Telefon\r\nM\xfcller & S\xf6hne;mueller.example;030 1\r\n",
    "Name\tURL\tKategorie\nÉtoile\tetoile.example\tCafé\n".encode("utf-16"),
]
VCARD_SEEDS = [
    *real_seeds("vcard", "*.vcf"),
    b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Doe\r\nORG:Acme GmbH;Sales\r\nURL:https://acme.example\r\n"
    b"EMAIL;TYPE=WORK:jane@acme.example\r\nTEL:+49 30 1234\r\nNOTE:Folded\r\n  over two lines\r\n"
    b"ADR;TYPE=WORK:;;Main St 1;Berlin;;10115;DE\r\nCATEGORIES:bikes,repairs\r\nEND:VCARD\r\n",
    b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=91o=\r\nel;\r\n"
    b"ORG;CHARSET=ISO-8859-1:M\xfcller\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\r\n\r\nEND:VCARD\r\n",
]


def _seeds(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    return st.sampled_from(seeds)


def _random_csv() -> st.SearchStrategy[bytes]:
    cells = st.text(st.one_of(st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from('\n\r\t",;')), max_size=30)

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        header = draw(st.lists(st.one_of(cells, st.sampled_from(
            ["Company", "Name", "Website", "URL", "E-Mail", "Telefon", "Notes", "Tags", "First name", "Last name",
             "Title", "Kategorie", "Adresse"])), min_size=1, max_size=8))
        if draw(st.booleans()):  # a column for the vendor's name, so that rows are read
            header.insert(draw(st.integers(0, len(header))), draw(st.sampled_from(["Company", "Firma", "Vendor"])))
        rows = draw(st.lists(st.lists(cells, max_size=10), max_size=10))
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";", "\t", "|"])),
                            quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])))
        writer.writerows([header, *rows])
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
        return buffer.getvalue().encode(encoding, errors="replace")

    return build()


def _random_vcards() -> st.SearchStrategy[bytes]:
    names = st.sampled_from(["ORG", "FN", "N", "URL", "EMAIL", "TEL", "ADR", "NOTE", "CATEGORIES", "TITLE", "PHOTO",
                             "X-ABLabel", "item1.URL", "LABEL", "VERSION", "BEGIN", "END", "KIND", "AGENT"])
    params = st.lists(st.sampled_from([";TYPE=WORK", ";type=pref", ";CHARSET=UTF-8", ";CHARSET=shift_jis", ";CHARSET=bogus",
                                       ";ENCODING=QUOTED-PRINTABLE", ";ENCODING=BASE64", ";ENCODING=b", ";VALUE=uri",
                                       ';SORT-AS="a,b"', ";LANGUAGE=en-us", ";PREF=1", ";X-Y=\"q;:\""]), max_size=3)
    values = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        out = []
        for _ in range(draw(st.integers(1, 4))):
            lines = [f"{n}{''.join(p)}:{v}" for n, p, v in draw(st.lists(st.tuples(names, params, values), max_size=10))]
            text = "\r\n".join(["BEGIN:VCARD", f"VERSION:{draw(st.sampled_from(['2.1', '3.0', '4.0', '9']))}", *lines])
            fold = draw(st.integers(0, 80))
            if fold:  # fold long lines as writers do (a space at the start of each continuation)
                text = "\r\n".join(
                    "\r\n ".join(line[i:i + fold] for i in range(0, max(len(line), 1), fold)) for line in text.split("\r\n")
                )
            out.append(text + ("\r\nEND:VCARD\r\n" if draw(st.booleans()) else "\r\n"))
        return "".join(out).encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "shift_jis"])), errors="replace")

    return build()


def _plan_writes_nothing(db: Database, bounded: Bounded, raw: bytes, **options: object) -> importing.ImportPlan | None:
    before = changes(db)
    try:
        plan = bounded(len(raw), lambda: importing.plan_vendor_import(db, raw, **options))
    except InvalidInput as refused:
        assert refused.message
        plan = None
    assert changes(db) == before, "planning an import wrote to the vault"
    event("refused" if plan is None else "planned, with drafts" if plan.drafts else "planned, empty")
    return plan


@pytest.fixture
def fuzz_vault(db: Database):
    """A vault with a few vendors (so duplicate detection has something to compare); its digest
    must be the same after the test."""
    vendors.add_vendor(db, "Acme GmbH", website="acme.example", email="info@acme.example")
    vendors.add_vendor(db, "Bäckerei Müller", website="https://b.example/")
    before = vault_digest(db)
    yield db, Bounded()
    assert vault_digest(db) == before


@fuzz_settings()
@given(raw=st.binary(max_size=4096), kind=st.sampled_from([None, "csv", "vcard"]))
def test_random_bytes_are_planned_or_refused(fuzz_vault, raw: bytes, kind: str | None) -> None:
    db, bounded = fuzz_vault
    _plan_writes_nothing(db, bounded, raw, format=kind)


@fuzz_settings()
@given(raw=st.one_of(mutated_bytes(_seeds(CSV_SEEDS)), _random_csv()), skip_bad_rows=st.booleans(),
       data=st.data())
def test_changed_csv_files_are_planned_or_refused(fuzz_vault, raw: bytes, skip_bad_rows: bool, data: st.DataObject) -> None:
    db, bounded = fuzz_vault
    mapping = None
    try:
        header = csv_vendors.read_csv(raw).header
    except InvalidInput:
        header = ()
    if header and data.draw(st.booleans(), label="own mapping"):
        mapping = data.draw(st.dictionaries(st.sampled_from(csv_vendors.FIELDS),
                                            st.one_of(st.none(), st.sampled_from(header),
                                                      st.just(" + ".join(header[:3]))), max_size=4), label="mapping")
    encoding = data.draw(st.sampled_from([None, None, "utf-8", "cp1252", "utf-16", "nonsense"]), label="encoding")
    _plan_writes_nothing(db, bounded, raw, format="csv", mapping=mapping, encoding=encoding, skip_bad_rows=skip_bad_rows)


@fuzz_settings()
@given(raw=st.one_of(mutated_bytes(_seeds(VCARD_SEEDS)), _random_vcards()))
def test_changed_vcard_files_are_planned_or_refused(fuzz_vault, raw: bytes) -> None:
    db, bounded = fuzz_vault
    _plan_writes_nothing(db, bounded, raw, format="vcard")


@fuzz_settings(max(EXAMPLES // 4, 50))
@given(raw=st.one_of(mutated_bytes(_seeds(CSV_SEEDS)), mutated_bytes(_seeds(VCARD_SEEDS))))
def test_a_planned_import_adds_its_vendors_or_nothing(db: Database, raw: bytes) -> None:
    """Apply what planning accepted: every planned vendor not left out is added, in one go."""
    try:
        plan = importing.plan_vendor_import(db, raw, skip_bad_rows=True)
    except InvalidInput:
        event("refused")
        return
    event("planned")
    count = vendors.count_vendors(db)
    before = vault_digest(db)
    try:
        outcome = importing.apply_vendor_import(db, plan)
    except InvalidInput:
        assert vault_digest(db) == before
        return
    assert vendors.count_vendors(db) == count + len(outcome.created)
    assert len(outcome.created) == len(plan.drafts) - len(plan.duplicate_indexes())


# -- what the fuzz tests found ---------------------------------------------------------------------
BROKEN_WEB_ADDRESSES = ["http:[//web-page-address.com", "http://[acme.example", "acme.example]", "http://a\uff03b.example"]


@pytest.mark.parametrize("website", BROKEN_WEB_ADDRESSES)
def test_a_web_address_urllib_cannot_split_is_refused_as_input(website: str) -> None:
    """An unmatched '[' or ']' (urlsplit: "Invalid IPv6 URL") or a host that NFKC turns into a
    URL delimiter made a ValueError escape the vCard and CSV imports (and `vendors add`)."""
    with pytest.raises(InvalidInput) as refused:
        vendors.normalise_website(website)
    assert refused.value.field == "website"


def test_a_card_with_such_a_url_is_imported_without_it(db: Database) -> None:
    raw = b"BEGIN:VCARD\r\nVERSION:2.1\r\nORG:Acme\r\nURL;WORK:http:[//web-page-address.com\r\nEND:VCARD\r\n"
    plan = importing.plan_vendor_import(db, raw, format="vcard")
    assert [(d.name, d.website) for d in plan.drafts] == [("Acme", None)]


def test_a_csv_row_with_such_a_website_names_its_line(db: Database) -> None:
    raw = b"Company,Website\r\nAcme,acme.example\r\nBeta,http://[beta.example\r\n"
    with pytest.raises(InvalidInput, match="line 3"):
        importing.plan_vendor_import(db, raw, format="csv")
    plan = importing.plan_vendor_import(db, raw, format="csv", skip_bad_rows=True)
    assert [d.name for d in plan.drafts] == ["Acme"] and len(plan.skipped) == 1
