"""Statements in: OFX and CSV read, payees matched to vendors, re-import adds nothing, a refused
file or a cancelled import writes nothing. The real files come from ../shared/real-files."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from myvendors.domain import statements, vendors
from myvendors.domain.models import Money
from myvendors.domain.statements import CsvMapping, MatchHow, PayeeChoice, payees
from myvendors.errors import Cancelled, InvalidInput
from myvendors.storage import Database

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "real-files"
needs_real_files = pytest.mark.skipif(not REAL.is_dir(), reason="../shared/real-files is not beside the checkout")
OFX_FILES = sorted((REAL / "statements-ofx").glob("*")) if REAL.is_dir() else []
CSV_FILES = sorted((REAL / "statements-csv").glob("*")) if REAL.is_dir() else []


def _payments(db: Database) -> int:
    return int(db.query("SELECT count(*) FROM interactions WHERE kind = 'payment'")[0][0])


# -- payees --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("payee", "name"),
    [
        ("NETFLIX.COM 866-579-7172 CA", "Netflix"),
        ("SQ *BLUE BOTTLE COFFEE", "Blue Bottle Coffee"),
        ("PAYPAL *SPOTIFY", "Spotify"),
        ("PP*1234 EBAY", "Ebay"),
        ("SumUp *Cafe Müller", "Cafe Müller"),
        ("AMZN Mktp US*2K3LM4N5", "Amazon"),
        ("CARD PAYMENT TO TESCO STORES 3297 ON 12-03", "Tesco Stores"),
        ("Lastschrift Stadtwerke München", "Stadtwerke München"),
        ("Spotify UK             London        GBR", "Spotify"),
        ("L'OLILO                 LONDON       GBR", "L'olilo"),
        ("ROYAL LONDON INSURANCE        01222 61234  GBR", "Royal London Insurance"),
        ("EFTPOS WDL HANDYWAY ALDI STORE   GEELONG WEST VICAU", "Handyway Aldi Store"),
        ("DELIVEROO.CO.UK        LONDON        LND", "Deliveroo"),
        ("DEBIT PURCHASE  15/04/18  66-6666 UBER EATS AN2GO HELP.UBERh", "Uber Eats"),
        ("UBER *TRIP HELP.UBER.COM", "Uber"),
        ("Google *YouTube Premium g.co/helppay#", "YouTube Premium"),
        ("APPLE.COM/BILL 866-712-7753 CA", "Apple"),
        ("FOLGELASTSCHRIFT Vodafone Kabel Deutschland GmbH", "Vodafone Kabel Deutschland GmbH"),
        ("Vodafone Kabel DeutschlandGmbH", "Vodafone Kabel Deutschland GmbH"),
        ("BP", "BP"),
        ("12345678", "12345678"),
    ],
)
def test_card_payees_become_the_merchant_a_person_knows(payee: str, name: str) -> None:
    assert payees.clean_payee(payee) == name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("NETFLIX.COM 866-579-7172 CA", "Netflix"),
        ("Vodafone Kabel DeutschlandGmbH", "Vodafone Kabel Deutschland GmbH"),
        ("PAYPAL *SPOTIFY", "Spotify UK             London        GBR"),
        ("Café Crème", "CAFE CREME"),
    ],
)
def test_spellings_of_one_payee_share_a_key(a: str, b: str) -> None:
    assert payees.payee_key(a) == payees.payee_key(b)


@pytest.mark.parametrize(
    ("payee", "how"),
    [
        ("NETFLIX.COM 866-579-7172 CA", MatchHow.WEBSITE),  # the host of the vendor's website
        ("NETFLIX 866-579-7172", MatchHow.WEBSITE),  # named after the host
        ("Stadtwerke München GmbH", MatchHow.NAME),  # the folded name, legal form ignored
        ("PAYPAL *MUSIC SHOP", MatchHow.NEW),
    ],
)
def test_payees_are_matched_by_website_then_name(db: Database, payee: str, how: MatchHow) -> None:
    vendors.add_vendor(db, "Netflix", website="https://www.netflix.com/de")
    vendors.add_vendor(db, "Stadtwerke München")
    statement = statements.Statement(statements.StatementKind.CSV, "", (statements.StatementLine(2, date(2025, 1, 3), Money(999, "EUR"), payee, "", "k1"),))
    group = statements.plan_statement(db, statement).payees[0]
    assert group.how is how
    assert (group.vendor_name is None) == (how is MatchHow.NEW)


# -- real files ----------------------------------------------------------------------------
@needs_real_files
@pytest.mark.parametrize("path", OFX_FILES, ids=lambda p: p.name)
def test_every_real_ofx_file_imports_and_again_adds_nothing(db: Database, path: Path) -> None:
    statement = statements.read_statement(path.read_bytes(), path.name, currency="EUR")
    assert statement.kind is statements.StatementKind.OFX
    assert statement.lines and not statement.problems
    plan = statements.plan_statement(db, statement)
    result = statements.apply_statement(db, plan)
    assert result.added == len(statement.lines) == _payments(db)
    again = statements.plan_statement(db, statements.read_statement(path.read_bytes(), path.name, currency="EUR"))
    assert again.already_there == len(statement.lines)
    assert statements.apply_statement(db, again).added == 0
    assert _payments(db) == len(statement.lines)


@needs_real_files
@pytest.mark.parametrize("path", CSV_FILES, ids=lambda p: p.name)
def test_every_real_csv_file_imports_and_again_adds_nothing(db: Database, path: Path) -> None:
    layout = statements.csv_layout(db, path.read_bytes())
    assert len(layout.date_formats) == 1, layout.date_formats
    mapping = replace(layout.mapping, date_format=layout.date_formats[0])
    statement = statements.read_statement(path.read_bytes(), path.name, mapping=mapping)
    assert statement.lines
    plan = statements.plan_statement(db, statement, "Main account")
    assert statements.apply_statement(db, plan).added == len(statement.lines) == _payments(db)
    statements.remember_mapping(db, layout, mapping)
    remembered = statements.csv_layout(db, path.read_bytes())
    assert remembered.remembered and remembered.mapping == mapping
    again = statements.plan_statement(db, statements.read_statement(path.read_bytes(), mapping=remembered.mapping), "Main account")
    assert again.already_there == len(statement.lines)
    assert statements.apply_statement(db, again).added == 0


@needs_real_files
def test_what_the_real_csv_files_say_is_read_right(db: Database) -> None:
    by_name = {p.name: p.read_bytes() for p in CSV_FILES}

    def read(name: str) -> statements.Statement:
        layout = statements.csv_layout(db, by_name[name])
        return statements.read_statement(by_name[name], mapping=replace(layout.mapping, date_format=layout.date_formats[0]))

    sparkasse = read("20180226-1000594757-umsatz.CSV")
    assert sparkasse.lines[0].posted == date(2018, 2, 22)
    assert sparkasse.lines[0].amount == Money(3699, "EUR")  # -36,99 out
    uk = read("MS_JANE_SMITH_01-12-2019_14-12-2019.csv")
    assert [p.row for p in uk.problems] == [2, 3, 4]  # "Pending": not posted yet
    assert Money(-110000, "GBP") in [line.amount for line in uk.lines]  # "+ £1,100.00",CR: money in
    assert Money(118323, "GBP") in [line.amount for line in uk.lines]
    ocbc = read("TransactionHistory_20180418043121.csv")
    assert "UBER EATS" in ocbc.lines[0].payee  # the row below, without a date, continues it
    assert ocbc.lines[0].amount == Money(666, "SGD")
    rabo = read("CSV_A_20180414_112204.csv")
    assert Money(-5000, "EUR") in [line.amount for line in rabo.lines]  # "+50,00": money in


# -- the rules -----------------------------------------------------------------------------
def _csv(*rows: str) -> bytes:
    return ("Date;Payee;Amount\n" + "\n".join(rows) + "\n").encode()


def test_an_ambiguous_date_format_is_never_guessed(db: Database) -> None:
    layout = statements.csv_layout(db, _csv("01/02/2025;Netflix;-9,99", "03/04/2025;Netflix;-9,99"))
    assert set(layout.date_formats) >= {"%d/%m/%Y", "%m/%d/%Y"}
    assert layout.mapping.date_format == ""
    with pytest.raises(InvalidInput, match="date format"):
        statements.read_statement(_csv("01/02/2025;Netflix;-9,99"), mapping=replace(layout.mapping, fixed_currency="EUR"))
    assert statements.date_formats_for(layout, "Date") == layout.date_formats
    layout = statements.csv_layout(db, _csv("01/02/2025;Netflix;-9,99", "13/04/2025;Netflix;-9,99"))
    assert layout.date_formats == ("%d/%m/%Y",)


def test_two_equal_lines_on_one_day_are_two_payments(db: Database) -> None:
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    data = _csv("2025-03-01;Coffee Bar;-3,20", "2025-03-01;Coffee Bar;-3,20", "2025-03-02;Coffee Bar;-3,20")
    statement = statements.read_statement(data, mapping=mapping)
    assert len({line.key for line in statement.lines}) == 3
    assert statements.apply_statement(db, statements.plan_statement(db, statement)).added == 3
    longer = data + b"2025-03-01;Coffee Bar;-3,20\n"  # a third coffee that day, in a later download
    plan = statements.plan_statement(db, statements.read_statement(longer, mapping=mapping))
    assert (plan.lines, plan.already_there) == (4, 3)
    assert statements.apply_statement(db, plan).added == 1


def test_the_same_lines_on_another_account_are_other_payments(db: Database) -> None:
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    statement = statements.read_statement(_csv("2025-03-01;Coffee Bar;-3,20"), mapping=mapping)
    statements.apply_statement(db, statements.plan_statement(db, statement, "Giro"))
    assert statements.plan_statement(db, statement, "Card").already_there == 0


def test_choices_are_made_and_remembered(db: Database) -> None:
    shop = vendors.add_vendor(db, "Corner Shop")
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    data = _csv("2025-03-01;NETFLIX.COM 866-579-7172 CA;-9,99", "2025-03-02;SQ *CORNER STORE;-4,00", "2025-03-03;Lottery;+50,00")
    plan = statements.plan_statement(db, statements.read_statement(data, mapping=mapping))
    keys = {g.name: g.key for g in plan.payees}
    assert {g.name: g.how for g in plan.payees} == {"Netflix": MatchHow.NEW, "Corner Store": MatchHow.NEW, "Lottery": MatchHow.NEW}
    result = statements.apply_statement(db, plan, {keys["Corner Store"]: PayeeChoice.existing(shop.id), keys["Lottery"]: PayeeChoice.skipped()})
    assert (result.added, result.skipped) == (2, 1)
    assert [v.name for v in result.new_vendors] == ["Netflix"]
    netflix = vendors.get_vendor(db, result.new_vendors[0].id)
    assert netflix.website == "https://netflix.com"
    later = statements.plan_statement(db, statements.read_statement(data.replace(b"2025-03", b"2025-04"), mapping=mapping))
    assert {g.name: (g.how, g.vendor_name) for g in later.payees} == {
        "Netflix": (MatchHow.REMEMBERED, "Netflix"),
        "Corner Store": (MatchHow.REMEMBERED, "Corner Shop"),
        "Lottery": (MatchHow.SKIP, None),
    }


def test_the_account_is_remembered_with_the_banks_columns(db: Database) -> None:
    """The next statement with the same header goes to the account the last one went to, so its lines
    are recognised again (lines are unique per account)."""
    data = _csv("2025-03-01;Shop;-1,00")
    layout = statements.csv_layout(db, data)
    assert layout.account == ""
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    statements.remember_mapping(db, layout, mapping, "  Current   account ")
    again = statements.csv_layout(db, _csv("2025-03-02;Shop;-2,00"))
    assert (again.account, again.remembered) == ("Current account", True)
    assert statements.csv_layout(db, b"Day;Who;How much\n2025-03-01;Shop;-1,00\n").account == ""  # another bank


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"just one column\nof words\n", "two columns"),
        (b"OFXHEADER:100\nDATA:OFXSGML\n\nno elements here", "no <OFX>"),
        (b"<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>", "no bank or card statement"),
        (b"<OFX></OFX></OFX>", "damaged"),
    ],
)
def test_a_file_that_is_no_statement_is_refused_and_nothing_written(db: Database, data: bytes, message: str) -> None:
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", fixed_currency="EUR")
    with pytest.raises(InvalidInput, match=message):
        statements.read_statement(data, mapping=mapping)
    assert _payments(db) == 0


def test_a_bad_choice_is_refused_before_anything_is_written(db: Database) -> None:
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    plan = statements.plan_statement(db, statements.read_statement(_csv("2025-03-01;A;-1,00", "2025-03-01;B;-1,00"), mapping=mapping))
    with pytest.raises(InvalidInput, match="no vendor with id 999"):
        statements.apply_statement(db, plan, {plan.payees[0].key: PayeeChoice.existing(999)})
    with pytest.raises(InvalidInput, match="new vendor"):
        statements.apply_statement(db, plan, {plan.payees[0].key: PayeeChoice.new("   ")})
    assert _payments(db) == 0 and vendors.count_vendors(db) == 0


def test_a_cancelled_import_writes_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statements, "BATCH", 10)
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    data = _csv(*(f"2025-01-{day:02d};Shop {day % 3};-{day},00" for day in range(1, 29)))
    plan = statements.plan_statement(db, statements.read_statement(data, mapping=mapping))
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        statements.apply_statement(db, plan, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) > 2)
    assert _payments(db) == 0 and vendors.count_vendors(db) == 0
    assert int(db.query("SELECT count(*) FROM statement_lines")[0][0]) == 0
    steps: list[tuple[int, int]] = []
    assert statements.apply_statement(db, plan, progress=lambda d, t: steps.append((d, t))).added == 28
    assert steps[0] == (0, 28) and steps[-1] == (28, 28)


def test_a_line_without_any_payee_is_left_out_on_its_own(db: Database) -> None:
    mapping = CsvMapping(date="Date", payee="Payee", amount="Amount", date_format="%Y-%m-%d", decimal=",", fixed_currency="EUR")
    statement = statements.read_statement(_csv("2025-03-01;;-1,00", "2025-03-02;Shop;-2,00"), mapping=mapping)
    assert [p.row for p in statement.problems] == [2] and len(statement.lines) == 1
    ofx = (b"<OFX><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>"
           b"<STMTTRN><DTPOSTED>20250102<TRNAMT>-1.00<FITID>a</STMTTRN>"
           b"<STMTTRN><DTPOSTED>20250103<TRNAMT>-2.00<FITID>b<NAME>Shop</STMTTRN></BANKTRANLIST></STMTRS></OFX>")
    statement = statements.read_statement(ofx)
    assert [p.row for p in statement.problems] == [1] and [line.payee for line in statement.lines] == ["Shop"]
    assert statements.apply_statement(db, statements.plan_statement(db, statement)).added == 1


def test_a_line_listed_twice_in_one_file_is_counted_once(db: Database) -> None:
    """An OFX file listing one FITID twice (same day and amount) holds one payment: the preview says
    the second is already there, and the import adds one."""
    line = b"<STMTTRN><DTPOSTED>20250102<TRNAMT>-1.00<FITID>a<NAME>Shop</STMTTRN>"
    ofx = (b"<OFX><STMTRS><CURDEF>EUR<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>" + line + line
           + b"</BANKTRANLIST></STMTRS></OFX>")
    plan = statements.plan_statement(db, statements.read_statement(ofx))
    assert plan.already_there == 1
    result = statements.apply_statement(db, plan)
    assert (result.added, result.already_there) == (1, 1) and _payments(db) == 1


def test_a_glued_legal_form_gets_its_space_back() -> None:
    assert payees.clean_payee("Vodafone Kabel DeutschlandGmbH") == "Vodafone Kabel Deutschland GmbH"
