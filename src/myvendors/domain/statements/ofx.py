"""OFX and QFX statements (OFX 1.x SGML and 2.x XML) read into statement lines.

ofxtools (maintained; ofxparse's last release was 2021) parses the file: its tokenizer and tree
builder accept SGML leaf elements without end tags, XML, and mixtures of the two. Its typed model
conversion (`OFXTree.convert`) is not used: it validates against the specification and refuses
real banks' files for things that do not matter here (an empty CURDEF, `Credit` in lower case,
non-standard elements such as VALUEDATE), and it turns DTPOSTED into UTC, which can move a
late-evening purchase to the next day. The elements needed are read from the tree tolerantly.

Before ofxtools sees the file, a pre-pass repairs what real files get wrong in ways its strict
header and tokenizer refuse: anything before the header or `<OFX>` (blank lines, a byte order
mark), header variants (XML prolog plus `<?OFX ...?>`, missing or misspelt header lines, trailing
spaces) - the header is replaced by a standard one, as the body's character set is decoded here
(the header's CHARSET, else UTF-8, else a guess) - CDATA sections, tags in lower case, and
empty elements (`<NAME></NAME>`), which are dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import warnings
from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element  # nosec B405  # only the type: ofxtools builds the tree

from ofxtools.Parser import OFXTree

from myvendors.domain.importing.text import check_size, decode_text
from myvendors.domain.models import Money, check_currency
from myvendors.domain.statements.models import LineProblem, Statement, StatementKind, StatementLine
from myvendors.errors import QT_TRANSLATE_NOOP, InvalidInput, Message

__all__ = ["looks_like_ofx", "read_ofx"]

_WHAT = QT_TRANSLATE_NOOP("Errors", "OFX statement")
_HEADER = (
    "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:UTF-8\r\nCHARSET:NONE\r\n"
    "COMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n"
)
_OFX_START = re.compile(rb"<\s*OFX\s*>", re.IGNORECASE)
_CHARSET = re.compile(rb"(?:CHARSET:\s*|encoding=[\"'])([A-Za-z0-9_-]+)", re.IGNORECASE)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9._]*)\s*>")
_EMPTY = re.compile(r"<([A-Z][A-Z0-9._]*)>\s*</\1>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_PROCESSING = re.compile(r"<\?.*?\?>", re.DOTALL)
_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})")


def looks_like_ofx(data: bytes) -> bool:
    """True when the first 4 KB hold an OFX header or an <OFX> element."""
    head = data[:4096].replace(b"\x00", b"").upper()
    return b"OFXHEADER" in head or _OFX_START.search(head) is not None


def _charset(head: bytes) -> str | None:
    match = _CHARSET.search(head)
    if not match:
        return None
    value = match.group(1).decode("ascii").casefold()
    if value in ("1252", "cp1252"):
        return "cp1252"
    if value in ("iso-8859-1", "8859-1", "latin1", "latin-1", "iso8859-1"):
        return "iso-8859-1"
    return None  # "NONE", "UTF-8", "us-ascii", anything else: UTF-8 first, then a guess


def _body(data: bytes) -> tuple[str, list[str]]:
    """The text from <OFX> on, repaired for ofxtools' tokenizer, and what was repaired."""
    start = _OFX_START.search(data)
    if start is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This is not an OFX statement: it has no <OFX> element.")), field="file")
    charset = _charset(data[: start.start()])
    raw = data[start.start():]
    text = None
    for codec in ("utf-8", charset):
        if codec and text is None:
            with contextlib.suppress(UnicodeDecodeError):
                text = raw.decode(codec)
    if text is None:  # neither UTF-8 nor what the header says: a guess, which decode_text may refuse
        text = decode_text(raw, what=_WHAT).text
    repairs: list[str] = []
    text = _COMMENT.sub("", _PROCESSING.sub("", text))
    text = _CDATA.sub(lambda m: m.group(1).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), text)
    text = _TAG.sub(lambda m: f"<{m.group(1)}{m.group(2).upper()}>", text)
    emptied = _EMPTY.sub("", text)
    if emptied != text:
        repairs.append(QT_TRANSLATE_NOOP("Errors", "The file has empty OFX elements; they were left out."))
    return emptied, repairs


def _parse(text: str) -> Element:
    tree = OFXTree()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ofxtools warns about private tags (<INTU.BID>); they are not read
            tree.parse(io.BytesIO((_HEADER + text).encode("utf-8")))
    except Exception as error:  # noqa: BLE001 (ofxtools raises bare ParseError/SyntaxError/IndexError/ValueError on damaged input)
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "This OFX statement is damaged and cannot be read: {reason}"),
                    reason=str(error).splitlines()[0][:200] if str(error) else type(error).__name__),
            field="file",
        ) from None
    root = tree.getroot()
    if root is None:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This OFX statement is empty.")), field="file")
    return root


def _text(element: Element | None, tag: str) -> str:
    if element is None:
        return ""
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _posted(value: str) -> date | None:
    match = _DATE.match(value)
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _amount(value: str) -> Decimal | None:
    clean = value.strip().replace(" ", "")
    if "," in clean and "." not in clean:
        clean = clean.replace(",", ".")  # some European banks write TRNAMT with a decimal comma
    try:
        amount = Decimal(clean)
    except InvalidOperation:
        return None
    return amount if amount.is_finite() else None


def _fitid_key(fitid: str, posted: date, amount: Money) -> str:
    """FITIDs are unique per account by the specification, but some banks number each download's
    lines from 1: the date and amount go into the key too, so line 1 of March is not line 1 of April."""
    return f"fitid:{fitid}|{posted.isoformat()}|{amount.minor}{amount.currency}"


def _hash_key(posted: date, amount: Money, payee: str, memo: str, occurrence: int) -> str:
    text = "\x1f".join((posted.isoformat(), str(amount.minor), amount.currency, payee, memo, str(occurrence)))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_ofx(data: bytes, *, currency: str | None = None) -> Statement:
    """Every bank or card transaction of an OFX/QFX file; refuses a file that is not one.

    `currency` is used when the file names none (no CURDEF, no CURRENCY in a transaction)."""
    check_size(data, _WHAT)
    text, warnings = _body(data)
    root = _parse(text)
    statements = [el for el in root.iter() if el.tag in ("STMTRS", "CCSTMTRS")]
    if not statements:
        raise InvalidInput(Message(QT_TRANSLATE_NOOP("Errors", "This OFX file holds no bank or card statement.")), field="file")
    accounts = {_text(s.find("BANKACCTFROM") if s.find("BANKACCTFROM") is not None else s.find("CCACCTFROM"), "ACCTID") for s in statements}
    if len(accounts) > 1:
        raise InvalidInput(
            Message(QT_TRANSLATE_NOOP("Errors", "This OFX file holds statements of {count} accounts; export one account per file and import each."), count=len(accounts)),
            field="file",
        )
    fallback = check_currency(currency) if currency else None
    lines: list[StatementLine] = []
    problems: list[LineProblem] = []
    seen: dict[tuple[date, int, str, str, str], int] = {}
    number = 0
    statement_currency: str | None = None
    for statement in statements:
        curdef = _text(statement, "CURDEF").upper() or None
        statement_currency = statement_currency or curdef
        for transaction in statement.iter("STMTTRN"):
            number += 1
            posted = _posted(_text(transaction, "DTPOSTED")) or _posted(_text(transaction, "DTUSER"))
            amount = _amount(_text(transaction, "TRNAMT"))
            code = (_text(transaction.find("CURRENCY"), "CURSYM") or _text(transaction.find("ORIGCURRENCY"), "CURSYM")).upper()
            code = code or curdef or fallback or ""
            payee = _text(transaction, "NAME") or _text(transaction.find("PAYEE"), "NAME")
            memo = _text(transaction, "MEMO")
            if posted is None:
                problems.append(LineProblem(number, Message(QT_TRANSLATE_NOOP("Errors", "Transaction {number} has no date it was posted on."), number=number)))
                continue
            if amount is None:
                problems.append(LineProblem(number, Message(QT_TRANSLATE_NOOP("Errors", "Transaction {number} has no amount."), number=number)))
                continue
            if not code:
                problems.append(LineProblem(number, Message(QT_TRANSLATE_NOOP("Errors", "Transaction {number} names no currency; say which with --currency."), number=number)))
                continue
            try:
                money = Money.parse(-amount, code)  # OFX: negative = money out; here money out is positive
            except InvalidInput as error:
                problems.append(LineProblem(number, Message(QT_TRANSLATE_NOOP("Errors", "Transaction {number}: {message}"), number=number, message=error.message)))
                continue
            payee = " ".join((payee or memo).split()) and (payee or memo)
            if not payee:
                problems.append(LineProblem(number, Message(QT_TRANSLATE_NOOP("Errors", "Transaction {number} names no payee."), number=number)))
                continue
            fitid = _text(transaction, "FITID")
            if fitid:
                key = _fitid_key(fitid, posted, money)
            else:
                identity = (posted, money.minor, money.currency, payee, memo)
                seen[identity] = seen.get(identity, 0) + 1
                key = _hash_key(posted, money, payee, memo, seen[identity])
            lines.append(StatementLine(number, posted, money, payee, memo if memo != payee else "", key))
    account = accounts.pop()
    return Statement(StatementKind.OFX, account, tuple(lines), tuple(problems), statement_currency or fallback, tuple(warnings))
