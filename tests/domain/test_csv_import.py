"""CSV vendor import: decoding, delimiters, mapping, parsing with line numbers, duplicates, fuzzing."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from myvendors.domain.importing.text import MAX_FILE_BYTES
from myvendors.domain.importing.csv_vendors import (
    MAX_ROWS,
    CsvTable,
    Duplicate,
    find_duplicates,
    parse,
    preview,
    read_csv,
    suggest_mapping,
)
from myvendors.domain.models import VendorDraft
from myvendors.errors import Cancelled, InvalidInput

REAL_FILES = Path(__file__).parents[2].parent / "shared" / "real-files"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def real(name: str) -> bytes:
    path = REAL_FILES / name
    if not path.parent.is_dir():
        pytest.skip(f"{path.parent} is absent (the shared real files sit beside the checkout)")
    return path.read_bytes()


def table_of(text: str, encoding: str = "utf-8") -> CsvTable:
    return read_csv(text.encode(encoding))


# -- real files ------------------------------------------------------------------------------
def test_atomic_crm_contacts_export() -> None:
    table = read_csv(real("csv-vendors/contacts_export.csv"))  # no trailing newline, quoted tag lists
    assert (table.encoding, table.delimiter, table.encoding_guessed) == ("utf-8", ",", False)
    assert len(table.header) == 18 and table.header[11] == "company"
    assert table.line_numbers == (2, 3)

    mapping = suggest_mapping(table.header)
    assert mapping == {
        "name": "company", "website": None, "category": None, "email": "email_work",
        "phone": "phone_work", "address": None, "notes": None, "tags": "tags",
        "contact": "first_name + last_name", "title": "title",
    }
    drafts = parse(table, mapping)
    assert [d.name for d in drafts] == ["Acme", "Acme"]
    assert [d.email for d in drafts] == ["john@doe.example", None]  # Jane has no work e-mail
    assert [d.phone for d in drafts] == ["659-980-2015", "659-980-2020"]
    assert [set(d.tags) for d in drafts] == [{"influencer", "developer"}, {"UI", "design"}]
    assert preview(table, mapping, limit=1) == drafts[:1]
    assert find_duplicates(drafts, []) == [Duplicate(1, None, 0, "The same name as 'Acme', entry 1 in this file.")]


@pytest.mark.parametrize(
    ("name", "encoding", "guessed", "delimiter", "first_column"),
    [
        ("MS_JANE_SMITH_01-12-2019_14-12-2019.csv", "utf-8-sig", False, ",", "Date Processed"),
        ("CSV_A_20180414_112204.csv", "cp1252", True, ",", "IBAN/BBAN"),  # ISO-8859-1, CR CR LF
        ("20180226-1000594757-umsatz.CSV", "utf-8", False, ";", "Auftragskonto"),
        ("TransactionHistory_20180418043121.csv", "utf-8", False, ",", "Account details for:"),
    ],
)
def test_bank_statements_are_read_and_refused_as_vendor_lists(
    name: str, encoding: str, guessed: bool, delimiter: str, first_column: str
) -> None:
    table = read_csv(real(f"statements-csv/{name}"))
    assert (table.encoding, table.encoding_guessed, table.delimiter) == (encoding, guessed, delimiter)
    assert table.header[0] == first_column
    assert suggest_mapping(table.header)["name"] is None  # nothing in a statement names a vendor column
    with pytest.raises(InvalidInput) as caught:
        parse(table, suggest_mapping(table.header))
    assert caught.value.field == "name"


def test_rabobank_latin1_with_cr_cr_lf_has_no_empty_rows_and_no_mojibake() -> None:
    table = read_csv(real("statements-csv/CSV_A_20180414_112204.csv"))
    assert "Naam initiërende partij" in table.header
    assert len(table.rows) == 3
    assert table.line_numbers == (2, 3, 4)


# -- decoding --------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32"])
def test_unicode_files_with_and_without_a_byte_order_mark(encoding: str) -> None:
    text = "Name;Website\nMüller & Söhne;muller.de\n東京電力;tepco.co.jp\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    table = read_csv(raw)
    assert table.header == ("Name", "Website")
    assert [row[0] for row in table.rows] == ["Müller & Söhne", "東京電力"]
    assert not table.encoding_guessed


def test_a_legacy_file_is_read_as_cp1252_and_says_it_guessed() -> None:
    table = table_of("Firma,Ort\nCafé Crème,Köln\nMüller GmbH,Straße 5\n", "cp1252")
    assert (table.encoding, table.encoding_guessed) == ("cp1252", True)
    assert [row[0] for row in table.rows] == ["Café Crème", "Müller GmbH"]


def test_the_user_can_name_the_encoding_when_the_guess_is_wrong() -> None:
    raw = "Firma\nDvořák s.r.o.\nŁódź Sp. z o.o.\n".encode("cp1250")
    table = read_csv(raw, encoding="cp1250")
    assert [row[0] for row in table.rows] == ["Dvořák s.r.o.", "Łódź Sp. z o.o."]
    assert not table.encoding_guessed
    with pytest.raises(InvalidInput, match="not a character set") as caught:
        read_csv(raw, encoding="klingon")
    assert caught.value.field == "encoding"
    with pytest.raises(InvalidInput, match="not in utf-8"):
        read_csv(raw, encoding="utf-8")


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"name\nAcme\x00Corp\n",
        b"name\nAcme\x01\x02\x03\n",
    ],
)
def test_binary_data_is_refused(raw: bytes) -> None:
    with pytest.raises(InvalidInput, match="binary data"):
        read_csv(raw)


@pytest.mark.parametrize("raw", [b"", b"\n\r\n  \n", b"\xef\xbb\xbf", b",,,\n,,\n"])
def test_an_empty_file_is_refused(raw: bytes) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        read_csv(raw)


def test_absurd_sizes_are_refused() -> None:
    with pytest.raises(InvalidInput, match="50 MB"):
        read_csv(b"a" * (MAX_FILE_BYTES + 1))
    with pytest.raises(InvalidInput, match="more than 200,000 rows"):
        read_csv(b"name\n" + b"x\n" * (MAX_ROWS + 1))


# -- shapes ----------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed(delimiter: str) -> None:
    rows = [["Company", "Website", "Notes"], ["Acme, Inc.", "acme.example", "pays 12,50; late"], ["Beta", "", ""]]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    table = read_csv(buffer.getvalue().encode())
    assert table.delimiter == delimiter
    assert table.header == ("Company", "Website", "Notes")
    assert table.rows[0] == ("Acme, Inc.", "acme.example", "pays 12,50; late")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\r\r\n"])
def test_line_endings_and_a_missing_final_newline(newline: str) -> None:
    table = table_of(newline.join(["name,website", "Acme,acme.example", "", "Beta,beta.example"]))
    assert table.rows == [("Acme", "acme.example"), ("Beta", "beta.example")]
    assert table.line_numbers == (2, 4)


def test_quoted_multi_line_fields_keep_the_line_numbers_right() -> None:
    text = 'name,notes\nAcme,"first line\nsecond line\nthird"\n,orphan\n'
    table = table_of(text)
    assert table.rows[0] == ("Acme", "first line\nsecond line\nthird")
    assert table.line_numbers == (2, 5)
    with pytest.raises(InvalidInput) as caught:
        parse(table, {"name": "name", "notes": "notes"})
    assert "line 5" in caught.value.message and "'name'" in caught.value.message
    assert caught.value.field == "name"


def test_a_bad_row_names_its_line_and_field_and_nothing_is_returned() -> None:
    table = table_of("Company,E-Mail,Homepage\nAcme,info@acme.example,acme.example\nBeta,not an address,\n")
    mapping = suggest_mapping(table.header)
    with pytest.raises(InvalidInput) as caught:
        parse(table, mapping)
    assert caught.value.field == "email"
    assert "line 3" in caught.value.message and "'E-Mail'" in caught.value.message
    assert preview(table, mapping, limit=1)[0].website == "https://acme.example"


def test_a_row_longer_than_the_header_is_refused_but_trailing_empty_cells_are_not() -> None:
    assert parse(table_of("name,website\nAcme,acme.example,,\n"), {"name": "name"})[0].name == "Acme"
    with pytest.raises(InvalidInput, match="Line 3 has 3 fields but the header has 2"):
        parse(table_of("name,website\nAcme,acme.example\nBeta, Inc,beta.example\n"), {"name": "name"})


def test_short_rows_are_padded() -> None:
    drafts = parse(table_of("name,website,notes\nAcme\n"), {"name": "name", "website": "website", "notes": "notes"})
    assert drafts == [VendorDraft(name="Acme")]


def test_tags_from_a_quoted_comma_list() -> None:
    drafts = parse(table_of('name;tags\nAcme;"hosting, mail ,, Hosting"\n'), {"name": "name", "tags": "tags"})
    assert drafts[0].tags == ("hosting", "mail")


def test_mapping_errors_name_the_field() -> None:
    table = table_of("Company,Web\nAcme,acme.example\n")
    with pytest.raises(InvalidInput) as caught:
        parse(table, {"website": "Web"})
    assert caught.value.field == "name"
    with pytest.raises(InvalidInput, match="no column 'Url'") as caught:
        parse(table, {"name": "Company", "website": "Url"})
    assert caught.value.field == "website"
    with pytest.raises(InvalidInput, match="not a vendor field"):
        parse(table, {"name": "Company", "colour": "Web"})


# -- mapping suggestions ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["Firma", "Webseite", "Branche", "E-Mail", "Telefon", "Anschrift", "Bemerkungen", "Schlagwörter"],
            ["Firma", "Webseite", "Branche", "E-Mail", "Telefon", "Anschrift", "Bemerkungen", "Schlagwörter",
             None, None],
        ),
        (
            ["Organization", "URL", "Category", "Email Address", "Phone Number", "Address", "Notes", "Tags"],
            ["Organization", "URL", "Category", "Email Address", "Phone Number", "Address", "Notes", "Tags",
             None, None],
        ),
        (
            ["Name", "Homepage", "Typ", "e_mail", "Tel.", "Strasse", "Comment", "Labels"],
            ["Name", "Homepage", None, "e_mail", "Tel.", "Strasse", "Comment", "Labels", None, None],
        ),
        (
            ["First Name", "Last Name", "Company Name", "Home Email", "Business Email", "LinkedIn URL",
             "Mobile Phone", "Business Phone"],
            ["Company Name", None, None, "Business Email", "Business Phone", None, None, None,
             "First Name + Last Name", None],
        ),
    ],
)
def test_suggest_mapping_in_english_and_german(header: list[str], expected: list[str | None]) -> None:
    mapping = suggest_mapping(header)
    assert list(mapping) == ["name", "website", "category", "email", "phone", "address", "notes", "tags",
                             "contact", "title"]
    assert list(mapping.values()) == expected


def test_suggest_mapping_never_uses_a_column_twice() -> None:
    mapping = suggest_mapping(["name", "name", "email"])
    assert mapping["name"] == "name"
    assert [value for value in mapping.values() if value] == ["name", "email"]


# -- duplicates ------------------------------------------------------------------------------
def test_duplicates_by_folded_name_and_website_host() -> None:
    existing = [(1, "ACME GmbH", None), (2, "Café Noir", "https://www.cafe-noir.example/"), (3, "Other", None)]
    drafts = [
        VendorDraft(name="Acme GmbH"),  # 0: case
        VendorDraft(name="Cafe-Noir"),  # 1: accents and punctuation
        VendorDraft(name="Noir Coffee", website="http://cafe-noir.example"),  # 2: host, no www, no slash
        VendorDraft(name="Acme  gmbh."),  # 3: vault and entry 0: reported once, against the vault
        VendorDraft(name="Fresh", website="https://fresh.example"),  # 4: new
        VendorDraft(name="Fresh Too", website="fresh.example/shop"),  # 5: host of entry 4
        VendorDraft(name="Acmeo GmbH"),  # 6: similar is not the same
    ]
    found = find_duplicates(drafts, existing)
    assert [(d.index, d.vendor_id, d.other_index) for d in found] == [
        (0, 1, None),
        (1, 2, None),
        (2, 2, None),
        (3, 1, None),
        (5, None, 4),
    ]
    assert [d.similar for d in found] == [1, 1, 1, 1, 0]
    assert "same website (cafe-noir.example)" in found[2].reason
    assert "'Fresh', entry 5" in found[-1].reason


def test_a_name_and_website_match_on_one_vendor_is_one_duplicate() -> None:
    found = find_duplicates([VendorDraft(name="acme", website="acme.example")], [(9, "Acme", "https://acme.example")])
    assert len(found) == 1
    assert found[0].reason == "The same name and the same website (acme.example) as 'Acme', already in the vault."


def test_a_draft_like_many_vault_vendors_is_reported_once_naming_the_first_and_the_count() -> None:
    existing = [(1, "Acme", None), (2, "ACME", "https://other.example"), (3, "Beta", "https://acme.example/"),
                (4, "acme", "acme.example")]
    (both,) = find_duplicates([VendorDraft(name="Acme", website="acme.example")], existing)
    assert (both.vendor_id, both.similar) == (4, 4)  # the one with the same name and website first
    assert both.reason == "The same name and the same website (acme.example) as 'acme' and 3 other vendors already in the vault."
    (name_only,) = find_duplicates([VendorDraft(name="acme")], existing)
    assert (name_only.vendor_id, name_only.similar) == (1, 3)
    (host_only,) = find_duplicates([VendorDraft(name="Zeta", website="www.acme.example")], existing)
    assert (host_only.vendor_id, host_only.similar) == (3, 2)
    assert host_only.reason == "The same website (acme.example) as 'Beta' and one other vendor already in the vault."


def test_one_company_a_thousand_times_over_itself_gives_one_duplicate_per_draft() -> None:
    existing = [(i, "Acme GmbH", "https://www.acme.example/") for i in range(1, 1001)]
    drafts = [VendorDraft(name="ACME GmbH", website="acme.example")] * 1000
    found = find_duplicates(drafts, existing)
    assert len(found) == 1000  # not a million
    assert {(d.vendor_id, d.similar, d.other_index) for d in found} == {(1, 1000, None)}


def test_finding_duplicates_can_be_cancelled() -> None:
    asked: list[int] = []
    with pytest.raises(Cancelled):
        find_duplicates([VendorDraft(name=f"V{i}") for i in range(5000)], [], cancelled=lambda: bool(asked.append(1)) or len(asked) > 2)
    assert len(asked) == 3


def test_names_of_only_punctuation_are_never_duplicates() -> None:
    assert find_duplicates([VendorDraft(name="!!!"), VendorDraft(name="???")], [(1, "...", None)]) == []


# -- properties ------------------------------------------------------------------------------
LINE = re.compile(r"\b[Ll]ine \d+\b")


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_table_or_invalid_input(raw: bytes) -> None:
    try:
        table = read_csv(raw)
    except InvalidInput:
        return
    assert table.header and all(isinstance(cell, str) for row in table.rows for cell in row)
    named = [cell for cell in table.header if cell]
    if not named:
        with pytest.raises(InvalidInput, match="name"):
            parse(table, {"name": None})
        return
    try:
        drafts = parse(table, {"name": named[0]})
    except InvalidInput as error:
        assert LINE.search(error.message), error.message
    else:
        assert len(drafts) == len(table.rows)


cells = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)
plain_cells = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), max_size=12)


@FUZZ
@given(
    header=st.lists(cells, min_size=1, max_size=6),
    rows=st.lists(st.lists(cells, max_size=8), max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    quoting=st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]),
    newline=st.sampled_from(["\n", "\r\n", "\r\r\n"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    name_column=st.integers(0, 5),
)
def test_arbitrary_csv_shapes_give_drafts_or_an_error_naming_a_line(
    header: list[str], rows: list[list[str]], delimiter: str, quoting: int, newline: str, encoding: str,
    name_column: int,
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=newline).writerows([header, *rows])
    try:
        table = read_csv(buffer.getvalue().encode(encoding))
    except InvalidInput as error:
        assert error.field in ("file", "encoding"), error.message
        return
    column = table.header[min(name_column, len(table.header) - 1)]
    mapping = {"name": column, **suggest_mapping(table.header)} if column else suggest_mapping(table.header)
    try:
        drafts = parse(table, mapping)
    except InvalidInput as error:
        assert LINE.search(error.message) or error.field == "name", error.message
    else:
        assert len(drafts) == len(table.rows) and all(draft.name for draft in drafts)


names = st.text(st.characters(whitelist_categories=["L", "N"], whitelist_characters=" &.,-'\""), min_size=1,
                max_size=40).filter(lambda s: s.strip())


@FUZZ
@given(rows=st.lists(st.tuples(names, plain_cells), min_size=1, max_size=10), delimiter=st.sampled_from([",", ";", "\t"]))
def test_well_formed_files_round_trip(rows: list[tuple[str, str]], delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([("Company", "Notes"), *rows])
    table = read_csv(buffer.getvalue().encode())
    drafts = parse(table, suggest_mapping(table.header))
    assert [d.name for d in drafts] == [" ".join(name.split()) for name, _ in rows]
