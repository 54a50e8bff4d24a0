"""The statement readers (OFX/QFX, CSV) under Hypothesis: random bytes, and the real statements
and well-formed ones changed in a few places, so that inputs get past the first check.

For every input, reading (and for CSV finding the layout first, as the CLI and the dialog do)
gives a statement or raises `InvalidInput`, within the deadline and memory bound
(tests/fuzzing.py), and writes nothing; importing what was read adds exactly its new lines, and
importing it again adds nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest
from fuzzing import EXAMPLES, Bounded, changes, fuzz_settings, mutated_bytes, real_seeds
from hypothesis import event, given
from hypothesis import strategies as st

from myvendors.domain import statements
from myvendors.errors import InvalidInput
from myvendors.storage import Database

pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning")

OFX_SEEDS = [
    *real_seeds("statements-ofx", "*"),
    b"OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nCHARSET:1252\r\n\r\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>"
    b"<CURDEF>EUR<BANKACCTFROM><ACCTID>DE12 3456</BANKACCTFROM><BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT"
    b"<DTPOSTED>20250102120000[+1:CET]<TRNAMT>-9.99<FITID>A1<NAME>NETFLIX.COM 866-579-7172 CA</STMTTRN>"
    b"<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20250103<TRNAMT>5,00<NAME>M\xfcller &amp; S\xf6hne</STMTTRN>"
    b"</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>",
    b'<?xml version="1.0" encoding="UTF-8"?>\n<?OFX OFXHEADER="200" VERSION="220"?>\n<OFX><CREDITCARDMSGSRSV1>'
    b"<CCSTMTTRNRS><CCSTMTRS><CURDEF>USD</CURDEF><CCACCTFROM><ACCTID>4111</ACCTID></CCACCTFROM><BANKTRANLIST>"
    b"<STMTTRN><TRNTYPE>DEBIT</TRNTYPE><DTPOSTED>20250105</DTPOSTED><TRNAMT>-12.50</TRNAMT><FITID>x</FITID>"
    b"<NAME><![CDATA[SQ *BLUE BOTTLE]]></NAME></STMTTRN></BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS>"
    b"</CREDITCARDMSGSRSV1></OFX>",
]
CSV_SEEDS = [
    *real_seeds("statements-csv", "*"),
    "Buchungstag;Empfänger;Verwendungszweck;Betrag;Währung\n01.02.2025;Netflix;Abo;-9,99;EUR\n"
    "02.02.2025;Café Crème;;-3,20;EUR\n".encode("cp1252"),
    b"Date,Description,Debit,Credit\r\n2025-01-02,PAYPAL *SPOTIFY,9.99,\r\n2025-01-03,REFUND,,5.00\r\n",
]


def _random_ofx() -> st.SearchStrategy[bytes]:
    tags = st.sampled_from(["OFX", "STMTRS", "CCSTMTRS", "BANKACCTFROM", "ACCTID", "CURDEF", "BANKTRANLIST", "STMTTRN",
                            "TRNAMT", "DTPOSTED", "FITID", "NAME", "MEMO", "PAYEE", "CURRENCY", "CURSYM", "x.y"])
    values = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        parts = ["<OFX>"]
        for tag, value, close in draw(st.lists(st.tuples(tags, values, st.sampled_from(["", "open", "close"])), max_size=30)):
            parts.append(f"</{tag}>" if close == "close" else f"<{tag}>{value if close == '' else ''}")
        parts.append("</OFX>")
        header = draw(st.sampled_from(["", "OFXHEADER:100\nDATA:OFXSGML\n\n", '<?xml version="1.0"?><?OFX OFXHEADER="200"?>']))
        return (header + "".join(parts)).encode(draw(st.sampled_from(["utf-8", "cp1252", "utf-16"])), errors="replace")

    return build()


def _random_csv() -> st.SearchStrategy[bytes]:
    cells = st.one_of(
        st.text(st.one_of(st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from('\n\r",;')), max_size=20),
        st.sampled_from(["01.02.2025", "02/03/25", "2025-04-05", "-9,99", "+1.234,56", "(12.00)", "£8.99", "CR", "Pending", ""]),
    )

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        header = draw(st.lists(st.one_of(cells, st.sampled_from(
            ["Date", "Buchungstag", "Payee", "Description", "Amount", "Betrag", "Debit", "Credit", "Currency", "Memo"])),
            min_size=1, max_size=7))
        rows = draw(st.lists(st.lists(cells, max_size=8), max_size=12))
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";", "\t"]))).writerows([header, *rows])
        return buffer.getvalue().encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])), errors="replace")

    return build()


def _read(db: Database, bounded: Bounded, raw: bytes, pick: int) -> statements.Statement | None:
    before = changes(db)

    def read() -> statements.Statement:
        if statements.detect_kind(raw) is statements.StatementKind.OFX:
            return statements.read_statement(raw, currency="EUR")
        layout = statements.csv_layout(db, raw)
        formats = layout.date_formats or ("%Y-%m-%d",)
        mapping = replace(layout.mapping, date_format=formats[pick % len(formats)],
                          fixed_currency=layout.mapping.fixed_currency or "EUR")
        return statements.read_statement(raw, mapping=mapping)

    try:
        statement = bounded(len(raw), read)
    except InvalidInput as refused:
        assert refused.message
        statement = None
    assert changes(db) == before, "reading a statement wrote to the vault"
    event("refused" if statement is None else "read, with lines" if statement.lines else "read, empty")
    return statement


@fuzz_settings()
@given(raw=st.binary(max_size=4096))
def test_random_bytes_are_read_or_refused(db: Database, raw: bytes) -> None:
    _read(db, Bounded(), raw, 0)


@fuzz_settings()
@given(raw=st.one_of(mutated_bytes(st.sampled_from(OFX_SEEDS)), _random_ofx()))
def test_changed_ofx_files_are_read_or_refused(db: Database, raw: bytes) -> None:
    _read(db, Bounded(), raw, 0)


@fuzz_settings()
@given(raw=st.one_of(mutated_bytes(st.sampled_from(CSV_SEEDS)), _random_csv()), pick=st.integers(0, 5))
def test_changed_csv_files_are_read_or_refused(db: Database, raw: bytes, pick: int) -> None:
    _read(db, Bounded(), raw, pick)


@fuzz_settings(max(EXAMPLES // 8, 25))
@given(raw=st.one_of(mutated_bytes(st.sampled_from(OFX_SEEDS)), mutated_bytes(st.sampled_from(CSV_SEEDS))))
def test_what_was_read_imports_once(db: Database, raw: bytes) -> None:
    statement = _read(db, Bounded(), raw, 0)
    if statement is None:
        return
    plan = statements.plan_statement(db, statement, "fuzz")
    count = int(db.query("SELECT count(*) FROM statement_lines")[0][0])
    result = statements.apply_statement(db, plan)
    assert result.added == plan.lines - plan.already_there
    assert int(db.query("SELECT count(*) FROM statement_lines")[0][0]) == count + result.added
    assert statements.apply_statement(db, statements.plan_statement(db, statement, "fuzz")).added == 0
