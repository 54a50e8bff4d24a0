"""Payees as banks write them, made into names a person recognises and matched to vendors.

A card payee is the merchant's name padded to a fixed width, then a city, a state or country
code, often a phone number or a reference: `NETFLIX.COM 866-579-7172 CA`, `SQ *BLUE BOTTLE
COFFEE`, `Spotify UK             London        GBR`. `clean_payee` keeps the merchant:
processor prefixes and bank words ("CARD PAYMENT TO", "Lastschrift"), phone numbers, dates,
reference numbers, and what follows a run of padding spaces or ends in a place code are dropped;
an all-capitals name gets ordinary capitals. `payee_key` folds that the way vendors' names are
folded (`importing.text.fold_name`: no case, accents, punctuation or spaces), and is what her
choices are remembered under. `host_of` finds a web host in the payee ("netflix.com").

`VendorIndex` suggests a vendor for a payee: by the payee's web host (a vendor's website on that
host, or whose host's name is the payee: NETFLIX -> netflix.com), else by folded name, legal
forms ("GmbH", "Inc.") ignored on both sides.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from myvendors.domain.importing.csv_vendors import website_host
from myvendors.domain.importing.text import fold_name

__all__ = ["VendorIndex", "clean_payee", "host_of", "payee_key"]

# Words banks and card processors put before the merchant (longest first where one starts another).
_PREFIXES = (
    "CARD PAYMENT TO", "CARD PURCHASE", "DEBIT CARD PURCHASE", "DEBIT PURCHASE", "POS PURCHASE", "POS",
    "VISA PURCHASE", "VISA", "EFTPOS WDL", "EFTPOS", "CONTACTLESS", "DIRECT DEBIT TO", "DIRECT DEBIT",
    "DD", "STANDING ORDER TO", "STANDING ORDER", "BILL PAYMENT TO", "PAYMENT TO",
    "SEPA-LASTSCHRIFT", "SEPA LASTSCHRIFT", "FOLGELASTSCHRIFT", "ERSTLASTSCHRIFT", "LASTSCHRIFT",
    "KARTENZAHLUNG", "KARTENZAHLUNG/-ABRECHNUNG", "ONLINE-UEBERWEISUNG", "UEBERWEISUNG", "ÜBERWEISUNG",
    "GUTSCHRIFT", "DAUERAUFTRAG",
)
# Card processors written as "NAME *merchant" / "NAME*merchant".
_PROCESSORS = re.compile(
    r"^(?:SQ|SQUARE|PAYPAL|PP|SUMUP|SUM UP|ZTL|IZ|IZETTLE|TST|SP|GOOGLE|APPLE\.COM/BILL|PADDLE\.NET|FS|STRIPE)\s*\*\s*",
    re.IGNORECASE,
)
# Payees that are one company however the processor spells them.
_ALIASES = (
    (re.compile(r"^(?:AMZN|AMAZON)\s*(?:MKTP|MARKETPLACE|DIGITAL|PRIME|RETAIL)?\b.*", re.IGNORECASE), "Amazon"),
    (re.compile(r"^AMAZON\.\S+.*", re.IGNORECASE), "Amazon"),
)
_PLACE_CODES = frozenset((
    # countries (ISO 3166 alpha-2 and alpha-3 as card terminals print them), US states, Canadian
    # provinces, Australian states, London's card-terminal code
    "US", "USA", "GB", "GBR", "UK", "CA", "CAN", "DE", "DEU", "DEUTSCHLAND", "AU", "AUS", "NL", "NLD", "IE",
    "IRL", "FR", "FRA", "ES", "ESP", "IT", "ITA", "AT", "AUT", "CH", "CHE", "BE", "BEL", "LU", "LUX", "SE",
    "SWE", "NO", "NOR", "DK", "DNK", "FI", "FIN", "PL", "POL", "PT", "PRT", "NZ", "NZL", "SG", "SGP", "JP",
    "JPN", "AL", "AK", "AZ", "AR", "CO", "CT", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "BC",
    "AB", "ON", "QC", "NS", "NB", "MB", "SK", "PE", "NSW", "VIC", "QLD", "TAS", "ACT", "LND",
))
_PADDING = re.compile(r"\s{2,}")
_PHONE = re.compile(r"(?<!\w)\+?\(?\d{2,4}\)?[\s./-]?\d{2,4}[\s./-]?\d{3,5}(?!\w)")
_DATE = re.compile(r"(?<!\w)\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?(?!\w)")
_REFERENCE = re.compile(r"(?<!\w)(?:#|NR\.?\s*|NO\.?\s*|REF\.?:?\s*)?[A-Z0-9]*\d[A-Z0-9]*(?!\w)", re.IGNORECASE)
_STAR_TAIL = re.compile(r"\*\S*$")
_HOST = re.compile(r"(?<![\w.@-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12})(?=$|[/\s*,;:])", re.IGNORECASE | re.ASCII)
_KNOWN_TLDS = frozenset((
    "com", "net", "org", "io", "tv", "fm", "de", "uk", "co", "at", "ch", "nl", "be", "fr", "es", "it", "eu",
    "au", "nz", "ca", "us", "se", "no", "dk", "fi", "pl", "ie", "app", "me", "info", "biz", "shop",
))
# Legal forms left out when names are compared ("Netflix Inc." is "NETFLIX").
_GLUED_GMBH = re.compile(r"(?<=[a-z]{3})GmbH\b")  # "DeutschlandGmbH" -> "Deutschland GmbH"
_GLUED_FORM = re.compile(r"(?<=[a-z]{3})gmbh$")  # "DeutschlandGmbH": a legal form without its space
_LEGAL_FORMS = frozenset((
    "gmbh", "ag", "kg", "ohg", "ug", "ev", "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc",
    "co", "corp", "corporation", "company", "sa", "sas", "sarl", "bv", "nv", "ab", "as", "oy", "spa", "srl",
    "pty",
))


def host_of(payee: str) -> str | None:
    """The web host in a payee ("NETFLIX.COM 866-579-7172 CA" -> "netflix.com"), without "www."."""
    for match in _HOST.finditer(payee):
        host = match.group(1).casefold().removeprefix("www.")
        if host.rsplit(".", 1)[-1] in _KNOWN_TLDS and not host.replace(".", "").isdigit():
            return host
    return None


def _strip_prefixes(text: str) -> str:
    changed = True
    while changed and text:
        changed = False
        upper = text.upper()
        for prefix in _PREFIXES:
            if upper.startswith(prefix) and (len(text) == len(prefix) or not text[len(prefix)].isalnum()):
                rest = text[len(prefix):].lstrip(" :-/*,")
                if rest:
                    text, changed = rest, True
                    break
        stripped = _PROCESSORS.sub("", text)
        if stripped != text and stripped.strip():
            text, changed = stripped.strip(), True
    return text


_STAR_SPLIT = re.compile(r"^([^*]*[A-Za-z][^*]*?)\s*\*\s*\S")
_CONNECTORS = frozenset({"ON", "AM", "AT", "VOM", "DATUM"})


def _merchant_segment(payee: str) -> str:
    """The first part of a payee (split at padding: runs of spaces) that names a merchant once
    bank words, dates and reference numbers are taken out; the payee when none does."""
    for segment in _PADDING.split(payee.strip()):
        text = _strip_prefixes(" ".join(segment.split()))
        if text.upper() in _PREFIXES:
            continue
        rest = _REFERENCE.sub(" ", _DATE.sub(" ", _PHONE.sub(" ", text)))
        if any(c.isalpha() for c in rest):
            return text
    return " ".join(payee.split())


def _capitalised(name: str) -> str:
    """'MCDONALD'S' -> "McDonald's"-like ordinary capitals for a name written all in capitals."""
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    words = []
    for word in name.split(" "):
        if len(word) <= 3 and word.isalpha() and word not in ("THE", "AND", "OF") and len(word) > 1 and not any(c in "AEIOU" for c in word):
            words.append(word)  # an abbreviation such as "BP", "TFL" stays
        else:
            words.append(word[:1].upper() + word[1:].lower())
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def clean_payee(payee: str) -> str:
    """The merchant a payee names, for a person: "NETFLIX.COM 866-579-7172 CA" -> "Netflix".

    Never empty for a non-empty payee: when everything would be dropped, the payee is kept as written."""
    original = " ".join(payee.split())
    if not original:
        return ""
    for pattern, name in _ALIASES:
        if pattern.match(original):
            return name
    text = _merchant_segment(payee)
    star = _STAR_SPLIT.match(text)
    if star and not _PROCESSORS.match(text):
        text = star.group(1)  # "UBER *TRIP": the merchant, then what was bought
    host = host_of(text)
    if host is not None and (fold_name(text.split()[0]) == fold_name(host) or text.casefold().startswith(host)):
        label = host.split(".")[0]
        return label[:1].upper() + label[1:]
    text = _STAR_TAIL.sub("", text)
    words = text.split()
    text = " ".join(words[:1] + [w for w in words[1:] if not (("." in w.strip(".") or "/" in w) and any(c.isalpha() for c in w))])
    text = _PHONE.sub(" ", text)
    text = _DATE.sub(" ", text)
    text = _REFERENCE.sub(" ", text)
    words = text.replace(",", " ").split()
    while len(words) > 1 and (words[-1].upper().strip(".") in _PLACE_CODES or words[-1].upper() in _CONNECTORS):
        words.pop()
    cleaned = _GLUED_GMBH.sub(" GmbH", " ".join(words).strip(" -/*#:;.,"))
    if not fold_name(cleaned):
        return original
    return _capitalised(cleaned)


@functools.lru_cache(maxsize=4096)
def payee_key(payee: str) -> str:
    """The key a payee's lines are grouped by and her choice is remembered under: the cleaned
    payee folded as vendors' names are ("Netflix" -> "netflix"); legal forms dropped."""
    cleaned = clean_payee(payee)
    return _name_key(cleaned) or fold_name(payee) or " ".join(payee.split()).casefold()


def _name_key(name: str) -> str:
    words = [_GLUED_FORM.sub("", fold_name(word)) or fold_name(word) for word in re.split(r"[\s,]+", name)]
    kept = [w for w in words if w and w not in _LEGAL_FORMS]
    return "".join(kept) if kept else "".join(words)


@dataclass
class VendorIndex:
    """The live vendors, indexed by website host, host name and folded name, for suggestions."""

    by_host: dict[str, tuple[int, str]] = field(default_factory=dict)
    by_label: dict[str, tuple[int, str]] = field(default_factory=dict)
    by_name: dict[str, tuple[int, str]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, identities: Iterable[tuple[int, str, str | None]]) -> VendorIndex:
        """From (id, name, website) rows; the lowest id wins where two vendors look alike."""
        index = cls()
        for vendor_id, name, website in sorted(identities):
            index.names[vendor_id] = name
            host = website_host(website)
            if host:
                index.by_host.setdefault(host, (vendor_id, name))
                label = host.split(".")[0]
                if len(label) >= 3:
                    index.by_label.setdefault(label, (vendor_id, name))
            key = _name_key(name)
            if key:
                index.by_name.setdefault(key, (vendor_id, name))
        return index

    def by_website(self, payee: str) -> tuple[int, str] | None:
        """The vendor whose website the payee names ("NETFLIX.COM") or is named after (NETFLIX)."""
        host = host_of(payee)
        if host is not None:
            while host.count(".") >= 1:
                if host in self.by_host:
                    return self.by_host[host]
                host = host.split(".", 1)[1]
        key = payee_key(payee)
        return self.by_label.get(key) if key else None

    def by_folded_name(self, payee: str) -> tuple[int, str] | None:
        key = payee_key(payee)
        return self.by_name.get(key) if key else None
