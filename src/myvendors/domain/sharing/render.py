"""A package in plain words: the same data and terms as the signed document, for people.

`to_html` is a self-contained page (what the export wizard previews, prints to PDF and saves);
`to_text` is the same as plain text (what the CLI's `verify` prints). Every value comes from
the document itself, escaped; nothing is added that the document does not hold.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

TERMS_HEADING = "My terms"
KIND_TITLES = {
    "personal-request": "Personal request",
    "profile": "Profile details",
    "feedback": "Feedback",
    "reputation": "Notes about a vendor",
    "deletion-request": "Request to erase my data",
    "access-request": "Request to see my data",
}
FIELD_LABELS = {
    "name": "Name", "email": "Email", "phone": "Phone", "street_address": "Street address", "postal_code": "Postal code",
    "city": "City", "country": "Country", "language": "Language", "preferences": "Preferences",
    "description": "Description", "category": "Category", "areaServed": "Where", "availabilityEnds": "Needed by",
    "conditions": "Conditions", "subject": "Subject", "text": "Text", "kind": "Kind", "letter": "Letter",
    "law": "Law", "articles": "Articles", "respondBy": "Please answer by", "concerning": "Concerning packages",
}


def _day(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return stamp


def _label(key: str) -> str:
    return FIELD_LABELS.get(key, key.replace("_", " ").capitalize())


def sections(document: dict[str, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(label, value)]) in reading order: what both renderings show."""
    data = document.get("data", {})
    kind = document.get("kind", "")
    what: list[tuple[str, str]] = []
    if kind == "personal-request":
        what.append(("Wanted", str(data.get("name", ""))))
        for key in ("description", "category", "areaServed", "availabilityEnds", "conditions"):
            if key in data:
                what.append((_label(key), str(data[key])))
        price = data.get("priceSpecification")
        if price:
            low, high, cur = price.get("minPrice"), price.get("maxPrice"), price.get("priceCurrency", "")
            budget = f"{low}–{high} {cur}" if low and high else f"up to {high} {cur}" if high else f"from {low} {cur}"
            what.append(("Budget", budget))
    elif kind == "profile":
        what += [(_label(k), str(v)) for k, v in data.get("fields", {}).items()]
    elif kind == "reputation":
        vendor = data.get("vendor", {})
        what.append(("About", " · ".join(str(vendor[k]) for k in ("name", "website", "category") if k in vendor)))
        for note in data.get("notes", []):
            ratings = ", ".join(f"{k} {v}/5" for k, v in note.get("ratings", {}).items())
            tags = " ".join(f"#{t}" for t in note.get("tags", []))
            text = " — ".join(p for p in (ratings, tags, note.get("text", "")) if p)
            what.append((f"Note of {note.get('on', '')}", text))
    else:
        for key, value in data.items():
            shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
            what.append((_label(key), shown))
    sender = document.get("sender", {})
    who = [("Pseudonym (key thumbprint)", str(sender.get("pseudonym", "")))]
    who += [(f"Disclosed: {_label(k)}", str(v)) for k, v in sender.get("disclosed", {}).items()]
    recipient = document.get("recipient", {})
    who.append(("For", str(recipient.get("name", ""))))
    who.append(("Issued", _day(str(document.get("issued", "")))))
    who.append(("Valid until", _day(str(document.get("expires", "")))))
    who.append(("Package id", str(document.get("id", ""))))
    promises = [(str(t.get("title", "")), str(t.get("text", ""))) for t in document.get("terms", [])]
    consent = document.get("consent", {})
    receipt = []
    if consent:
        stamp = consent.get("consentTimestamp")
        receipt.append(("Consent given", datetime.fromtimestamp(int(stamp), UTC).strftime("%Y-%m-%d %H:%M UTC")
                        if isinstance(stamp, int) else ""))
        controllers = ", ".join(c.get("piiController", "") for c in consent.get("piiControllers", []))
        receipt.append(("Controller of this data", controllers))
        for service in consent.get("services", []):
            for purpose in service.get("purposes", []):
                receipt.append(("Purpose", str(purpose.get("purpose", ""))))
                receipt.append(("Kept", str(purpose.get("termination", ""))))
                receipt.append(("Passed to third parties", "yes" if purpose.get("thirdPartyDisclosure") else "no"))
        receipt.append(("Receipt id", str(consent.get("consentReceiptID", ""))))
    return [
        ("What is shared", what),
        ("From and to", who),
        (TERMS_HEADING, promises),
        ("Consent receipt", receipt),
    ]


def to_text(document: dict[str, Any]) -> str:
    title = KIND_TITLES.get(document.get("kind", ""), "Package")
    lines: list[str] = [title, "=" * len(title), ""]
    for heading, rows in sections(document):
        lines.append(heading)
        lines.append("-" * len(heading))
        width = max((len(label) for label, _ in rows), default=0)
        lines += [f"{label.ljust(width)}  {value}" for label, value in rows]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _own_words(term: dict[str, Any]) -> tuple[str, str]:
    return str(term.get("title", "")), str(term.get("text", ""))


def _terms_html(document: dict[str, Any], words: Callable[[dict[str, Any]], tuple[str, str]]) -> str:
    """Each term as a short paragraph: its title, its id as a detail, then what it says (the text
    wraps across the page; a two-column table squeezed it to a word a line in a narrow pane)."""
    e = html.escape
    parts = []
    for term in document.get("terms", []):
        title, text = words(term)
        version = f" v{term['version']}" if term.get("version") else ""
        name = e(str(term.get("id", "")) + version)
        parts.append(f"<p class='term'><b>{e(title)}</b>&nbsp; <span class='id'>{name}</span><br>{e(text)}</p>")
    return "".join(parts)


def to_html(document: dict[str, Any], *, term_words: Callable[[dict[str, Any]], tuple[str, str]] | None = None) -> str:
    """A page a person reads or prints; Qt's rich text renders it (so: simple HTML 4 and CSS).
    `term_words` gives a term's (title, text) as shown (the app's are in her language); by default
    the package's own words."""
    e = html.escape
    title = KIND_TITLES.get(document.get("kind", ""), "Package")
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title>",
        "<style>body{font-family:sans-serif;margin:24px;} h1{font-size:20pt;margin-bottom:2px;}"
        " h2{font-size:13pt;margin-top:18px;border-bottom:1px solid #999;} td{padding:3px 12px 3px 0;"
        " vertical-align:top;} td.label{color:#555;white-space:nowrap;} p.note{color:#555;font-size:9pt;}"
        " p.term{margin:4px 0 8px 0;} span.id{color:#666;font-size:8pt;}</style>",
        "</head><body>",
        f"<h1>{e(title)}</h1>",
        "<p class='note'>This is what the signed package holds, in words. The package itself is signed with the "
        "sender's key; a change to it shows when its signature is checked.</p>",
    ]
    for heading, rows in sections(document):
        if heading == TERMS_HEADING:
            parts.append(f"<h2>{e(heading)}</h2>{_terms_html(document, term_words or _own_words)}")
            continue
        parts.append(f"<h2>{e(heading)}</h2><table>")
        for label, value in rows:
            shown = "<br>".join(e(line) for line in value.splitlines()) or "&nbsp;"
            parts.append(f"<tr><td class='label'>{e(label)}</td><td>{shown}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
