"""Relationship-domain benchmark (not a test): a lifetime's vault beside plain SQLite, same run.

Fills an encrypted vault with BENCH_VENDORS vendors (default 10 000), their agreements,
BENCH_INTERACTIONS interactions (1 000 000) and BENCH_NOTES reputation notes (200 000) through
the real services and storage SQL (validation, uid generation, FTS5 triggers), in big
transactions; then builds the same rows (same seed, same uids, same SQL, same pragmas) in an
unencrypted database, and measures both:

- insert rate per kind (rows/s, FTS5 triggers included) and the file size;
- search as you type (`myvendors.domain.search.search`) for 1-, 2-, 3-letter prefixes, whole
  words and two-word queries: p50/p95/max per class, and per kind (`storage.search.search_kind`)
  to see which kind costs what;
- keyset paging of the whole timeline newest first (200 rows/page): the first page after a
  reopen (cold), 500 consecutive pages on that fresh connection, the same 500 again (warm);
  the same for one vendor's timeline; the vendor list by name; `due_soon`;
- reopen + first query; peak RSS of the process.

The baseline ("sqlite") is the same SQLite build (the one sqlcipher3 bundles) opened without a
key: the stdlib `sqlite3` module links the system's SQLite (3.40 on Debian 12), which lacks
`concat_ws` (3.44+) that schema step 3's triggers use, and a different SQLite version would
measure more than the encryption anyway.

Quick run for a reviewer (seconds):
    BENCH_VENDORS=200 BENCH_INTERACTIONS=5000 BENCH_NOTES=1000 .venv/bin/python tests/bench/bench_domain.py
Full run (`make bench`): several minutes. Prints a table, writes bench-results/domain.json.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from myvendors.domain import agreements, reputation, search, timeline, vendors
from myvendors.domain.models import (
    AgreementDraft,
    AgreementKind,
    BillingPeriod,
    InteractionDraft,
    InteractionKind,
    Money,
    NoteDraft,
    VendorDraft,
)
from myvendors.storage import Database
from myvendors.storage import agreements as agreements_sql
from myvendors.storage import reputation as reputation_sql
from myvendors.storage import search as search_sql
from myvendors.storage import timeline as timeline_sql
from myvendors.vault import KdfParams, Vault

N_VENDORS = int(os.environ.get("BENCH_VENDORS", "10000"))
N_INTERACTIONS = int(os.environ.get("BENCH_INTERACTIONS", "1000000"))
N_NOTES = int(os.environ.get("BENCH_NOTES", "200000"))
BATCH = int(os.environ.get("BENCH_BATCH", "50000"))  # rows per transaction
PAGES = int(os.environ.get("BENCH_PAGES", "500"))
PAGE_BUDGET_S = float(os.environ.get("BENCH_PAGE_BUDGET_S", "20"))  # a paging series stops after this long
KEEP = os.environ.get("BENCH_DIR")  # build the databases there and reuse them on the next run
PAGE = 200
SEED = 20240611
PASS = "benchmark passphrase"
TODAY = date(2025, 6, 1)  # the data's "now": due_soon looks ahead from here
SPAN_START = datetime(2006, 1, 1, tzinfo=UTC)
SPAN_END = datetime(2025, 6, 1, tzinfo=UTC)
ENGINES = ("sqlcipher", "sqlite")

# -- realistic-looking data ----------------------------------------------------------------
SURNAMES = (
    "Müller", "Dvořák", "Núñez", "Öztürk", "Lefèvre", "Gómez", "Søndergaard", "Łukasiewicz", "Ferreira", "Çelik",
    "Jähnke", "Bergström", "Žukauskas", "Peña", "Schröder", "Horváth", "François", "Kowalczyk", "Þórsson", "Đorđević",
    "Smith", "Johnson", "Nguyễn", "García", "Rossi", "O'Brien", "Dubois", "Moreau", "Laurent", "Bernard", "Weiß",
    "Hoffmann", "Kräuter", "Andersen", "Virtanen", "Novák", "Popescu", "Ionescu", "Yılmaz", "Kaya", "Papadopoulos",
    "Costa", "Silva", "Santos", "Martín", "López", "Fernández", "Ruiz", "Brown", "Taylor", "Wilson", "Davies", "Evans",
    "Murphy", "Kelly", "Walsh", "Janssen", "De Vries", "Van Dijk", "Bakker", "Visser", "Smit", "Meyer", "Wagner",
    "Becker", "Schulz", "Köhler", "Krüger", "Lindqvist", "Håkansson", "Ødegård", "Mäkinen", "Eriksson", "Nowak",
    "Wiśniewski", "Wójcik", "Kovačević", "Babić", "Szabó", "Tóth", "Nagy", "Amaral", "Conceição", "Gonçalves",
)
TRADES = (
    "Bäckerei", "Boulangerie", "Plomberie", "Garage", "Café", "Pâtisserie", "Électricité", "Fahrradladen", "Librería",
    "Apotheke", "Dental Care", "Veterinary", "Insurance", "Telecom", "Streaming", "Energie", "Coiffure", "Optique",
    "Reinigung", "Autoservice", "Hosting", "Bank", "Crèche", "Yoga Studio", "Tierarzt", "Steuerberatung", "Notaire",
    "Fleuriste", "Épicerie", "Möbelhaus", "Cordonnerie", "Fromagerie", "Boucherie", "Traiteur", "Menuiserie",
    "Schlüsseldienst", "Gärtnerei", "Fitness", "Music School", "Bookshop", "Wine Cellar", "Taxi", "Couriers",
    "Locksmith", "Roofing", "Physiotherapy", "Accounting", "Law Office", "Print Shop", "Pharmacy", "Brewery",
)
SYLLABLES = (
    "ka", "lo", "mi", "ve", "xa", "zu", "ne", "tri", "on", "fy", "sta", "pro", "ver", "lux", "na", "mo", "ri", "qua",
    "bel", "dor", "fin", "gra", "hel", "ix", "jo", "kor", "lin", "mar", "nor", "pel", "ra", "sol", "tek", "ul", "vi",
    "wo", "yo", "zen", "flix", "ify", "ora", "eon", "ium", "ago", "ex", "io",
)
LEGAL = ("", "", "", " GmbH", " SA", " Ltd", " & Fils", " AG", " SARL", " BV", " Oy", " s.r.o.", " Inc")
CATEGORIES = (
    "Groceries", "Utilities", "Streaming", "Healthcare", "Insurance", "Banking", "Telecom", "Transport",
    "Home repair", "Restaurants", "Clothing", "Education", "Pets", "Beauty", "Legal", "Accounting", "Software",
    "Travel", "Sports", "Childcare", "Garden", "Electronics", "Books", "Bakery", "Energy", "Crèche", "Santé",
)
TAGS = (
    "monthly", "yearly", "cancel-soon", "trusted", "local", "online", "family", "work", "tax-deductible",
    "premium", "student-discount", "éco", "bio", "fair-trade", "recommended", "avoid", "slow-delivery",
    "good-support", "cash-only", "card", "warranty", "seasonal", "gift", "urgent", "négociable", "Rückruf",
    "kids", "car", "house", "health", "subscription", "contract", "loyalty", "weekend", "late-night", "vegan",
    "handmade", "refurbished", "second-hand", "delivery",
)
WORDS = (
    "the", "and", "for", "with", "payment", "invoice", "delivered", "late", "early", "refund", "charged", "twice",
    "called", "support", "friendly", "rude", "helpful", "waiting", "weeks", "days", "order", "parcel", "broken",
    "replaced", "quickly", "price", "increase", "discount", "coupon", "renewal", "cancelled", "contract", "signed",
    "monthly", "yearly", "fee", "hidden", "transparent", "quality", "excellent", "poor", "average", "service",
    "technician", "visit", "appointment", "rescheduled", "missed", "arrived", "repair", "boiler", "heating",
    "internet", "outage", "router", "bill", "overcharged", "credit", "voucher", "gift", "recommended", "friend",
    "neighbour", "colleague", "complaint", "escalated", "manager", "resolved", "unresolved", "email", "phone",
    "chat", "shop", "counter", "receipt", "warranty", "claim", "accepted", "rejected", "insurance", "premium",
    "deductible", "policy", "coverage", "doctor", "dentist", "cleaning", "checkup", "bread", "croissant", "cake",
    "birthday", "wedding", "flowers", "bouquet", "wine", "cheese", "coffee", "espresso", "latte", "breakfast",
    "lunch", "dinner", "table", "booking", "menu", "vegetarian", "bicycle", "tyre", "brake", "chain", "oil",
    "service", "inspection", "car", "keys", "lock", "door", "window", "roof", "leak", "garden", "hedge", "trees",
    "school", "course", "lesson", "teacher", "piano", "guitar", "books", "novel", "magazine", "subscription",
    "streaming", "series", "film", "account", "password", "reset", "login", "app", "update", "bug", "crash",
    "backup", "hosting", "domain", "server", "downtime", "bank", "transfer", "card", "declined", "fraud",
    "blocked", "unblocked", "loan", "mortgage", "rate", "tax", "return", "accountant", "lawyer", "notary",
    "deed", "house", "flat", "rent", "deposit", "energy", "electricity", "gas", "meter", "reading", "tariff",
    "green", "solar", "crème", "brûlée", "pâté", "fromage", "boulangerie", "façade", "déjà", "naïve", "über",
    "straße", "größe", "müsli", "frühstück", "kaffee", "kuchen", "tarte", "galette", "señor", "mañana", "açaí",
    "smørrebrød", "kebab", "pizza", "sushi", "ramen", "curry", "tofu", "organic", "local", "fresh", "stale",
    "again", "never", "always", "sometimes", "would", "recommend", "avoid", "trust", "reliable", "unreliable",
    "honest", "dishonest", "fair", "cheap", "expensive", "value", "money", "worth", "slow", "fast", "polite",
    "clean", "dirty", "tidy", "noisy", "quiet", "parking", "opening", "hours", "closed", "holiday", "december",
    "january", "summer", "winter", "spring", "autumn", "weekend", "morning", "evening", "urgent", "emergency",
)
CHANNELS = ("email", "phone", "in person", "web", "app", "letter", "chat", None)
AUTHORS = (None,) * 8 + ("Anaïs", "Jörg", "Zoë")
# Interaction kinds the way a life uses them: mostly payments and purchases.
KIND_WEIGHTS = {
    InteractionKind.PAYMENT: 40, InteractionKind.REPEAT_PURCHASE: 12, InteractionKind.SUBSCRIPTION: 8,
    InteractionKind.CONVERSATION: 8, InteractionKind.SUPPORT: 6, InteractionKind.TIP: 4, InteractionKind.COMPLAINT: 3,
    InteractionKind.CONTRACT: 2, InteractionKind.RECOMMEND: 3, InteractionKind.REFERRAL: 1, InteractionKind.REQUEST: 3,
    InteractionKind.RESPOND: 2, InteractionKind.EVALUATE: 2, InteractionKind.GIFT: 1, InteractionKind.ASK_ADVICE: 1,
    InteractionKind.BLACKLIST: 0.2, InteractionKind.REBUFF: 0.5, InteractionKind.EXTEND_CREDIT: 0.3,
    InteractionKind.VOUCH: 0.5, InteractionKind.SPONSOR: 0.2, InteractionKind.INVITE: 0.5,
    InteractionKind.OFFER_ACCEPTED: 0.5,
}


def _zipf(n: int, s: float = 1.0) -> list[float]:
    """Cumulative Zipf weights over n items (for rng.choices(cum_weights=...))."""
    total, cum = 0.0, []
    for rank in range(1, n + 1):
        total += 1.0 / rank**s
        cum.append(total)
    return cum


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class Data:
    """Deterministic rows: two instances with the same seed produce the same stream."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.word_cum = _zipf(len(WORDS), 0.9)
        self.kinds = list(KIND_WEIGHTS)
        self.kind_cum = list(_cumulative(KIND_WEIGHTS.values()))
        self.vendor_cum = _zipf(N_VENDORS, 0.8)  # a few vendors hold much of the timeline
        order = list(range(1, N_VENDORS + 1))
        self.rng.shuffle(order)
        self.vendor_order = order
        self.names: list[str] = []

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(WORDS, cum_weights=self.word_cum, k=self.rng.randint(low, high)))

    def brand(self) -> str:
        name = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 3)))
        return name.capitalize()

    def vendor(self) -> VendorDraft:
        r = self.rng
        form = r.random()
        if form < 0.4:
            name = f"{r.choice(SURNAMES)} {r.choice(TRADES)}"
        elif form < 0.65:
            name = f"{r.choice(TRADES)} {r.choice(SURNAMES)}"
        elif form < 0.9:
            name = self.brand() + r.choice(LEGAL)
        else:
            name = f"{self.brand()} {r.choice(TRADES)}"
        self.names.append(name)
        slug = "".join(c for c in ascii_fold(name).lower() if c.isalnum())[:40] or "vendor"
        return VendorDraft(
            name=name,
            website=f"{slug}.example" if r.random() < 0.7 else None,
            category=r.choice(CATEGORIES) if r.random() < 0.9 else None,
            email=f"contact@{slug}.example" if r.random() < 0.5 else None,
            phone=f"+{r.randint(30, 49)} {r.randint(100, 999)} {r.randint(100000, 999999)}" if r.random() < 0.5 else None,
            address=f"{r.randint(1, 200)} {r.choice(SURNAMES)}straße, {r.randint(10000, 99999)}" if r.random() < 0.3 else None,
            notes=self.words(5, 30) if r.random() < 0.4 else "",
            tags=tuple(r.sample(TAGS, r.choice((0, 0, 1, 1, 2, 3)))),
        )

    def agreements_of(self, vendor_id: int) -> list[AgreementDraft]:
        r = self.rng
        out = []
        for _ in range(r.choice((0, 0, 1, 1, 1, 2, 3))):
            kind = r.choice(list(AgreementKind))
            start = TODAY - timedelta(days=r.randint(0, 3000))
            renewal = TODAY + timedelta(days=r.randint(-30, 400)) if r.random() < 0.8 else None
            period = r.choice((BillingPeriod.MONTHLY, BillingPeriod.YEARLY, BillingPeriod.QUARTERLY, BillingPeriod.NONE))
            out.append(
                AgreementDraft(
                    vendor_id=vendor_id, kind=kind, title=f"{kind.value.capitalize()} {self.words(1, 3)}",
                    price=Money(r.randint(100, 50000), r.choice(("EUR", "EUR", "USD", "GBP", "CHF"))) if r.random() < 0.8 else None,
                    period=period, start=start, renewal=renewal,
                    notice_days=r.choice((None, 14, 30, 90)) if renewal else None,
                    notes=self.words(3, 15) if r.random() < 0.3 else "",
                )
            )
        return out

    def interactions(self, first: int, count: int) -> list[InteractionDraft]:
        r = self.rng
        span = (SPAN_END - SPAN_START).total_seconds()
        vendor_slots = r.choices(range(N_VENDORS), cum_weights=self.vendor_cum, k=count)
        kinds = r.choices(self.kinds, cum_weights=self.kind_cum, k=count)
        out = []
        for n in range(count):
            # Recorded roughly in time order, some entered late (back-dated by up to 60 days).
            seconds = (first + n) / max(1, N_INTERACTIONS) * span - r.random() * 60 * 86400
            at = SPAN_START + timedelta(seconds=max(0.0, seconds))
            kind = kinds[n]
            paid = kind in (InteractionKind.PAYMENT, InteractionKind.REPEAT_PURCHASE, InteractionKind.SUBSCRIPTION,
                            InteractionKind.TIP)
            out.append(
                InteractionDraft(
                    vendor_id=self.vendor_order[vendor_slots[n]],
                    kind=kind,
                    at=at,
                    amount=Money(r.randint(50, 30000), "EUR") if paid else None,
                    channel=r.choice(CHANNELS),
                    note=self.words(2, 12) if r.random() < 0.6 else "",
                )
            )
        return out

    def notes(self, count: int) -> list[NoteDraft]:
        r = self.rng
        vendor_slots = r.choices(range(N_VENDORS), cum_weights=self.vendor_cum, k=count)
        out = []
        for n in range(count):
            dims = r.sample(("quality", "price", "service", "honesty"), r.randint(0, 4))
            out.append(
                NoteDraft(
                    vendor_id=self.vendor_order[vendor_slots[n]],
                    on=TODAY - timedelta(days=r.randint(0, 7000)),
                    text=self.words(8, 40),
                    ratings={d: r.randint(1, 5) for d in dims},
                    tags=tuple(r.sample(TAGS, r.choice((0, 0, 0, 1, 2)))),
                    author=r.choice(AUTHORS),
                )
            )
        return out


def _cumulative(values: Iterable[float]) -> Iterable[float]:
    total = 0.0
    for v in values:
        total += v
        yield total


class _Uids:
    """Deterministic uuid4s, so both engines hold byte-identical uids."""

    def __init__(self) -> None:
        self.rng = random.Random(SEED + 1)

    def __call__(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)


# -- engines -------------------------------------------------------------------------------
def open_plain(path: Path) -> Database:
    """The same SQLite build and pragmas as the vault's, without a key (an ordinary SQLite file)."""
    con = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=5.0)
    for pragma in ("foreign_keys = ON", "synchronous = FULL", "secure_delete = FAST", "cache_size = -32768"):
        con.execute(f"PRAGMA {pragma}")
    con.execute("PRAGMA journal_mode = WAL")
    return Database(path=path, _con=con)


@dataclass
class Engine:
    name: str
    path: Path
    key: bytes | None = None

    def open(self) -> Database:
        return Database.open(self.path, self.key) if self.key is not None else open_plain(self.path)


# -- measuring -----------------------------------------------------------------------------
def stats(samples_ms: list[float]) -> dict[str, float]:
    s = sorted(samples_ms)
    if not s:
        return {}
    return {
        "n": len(s),
        "p50_ms": round(statistics.median(s), 3),
        "p95_ms": round(s[min(len(s) - 1, int(len(s) * 0.95))], 3),
        "max_ms": round(s[-1], 3),
    }


def clock(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn()
    return (time.perf_counter() - started) * 1000, value


def peak_rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def fill(db: Database) -> dict[str, Any]:
    """The whole data set through the services, BATCH rows per transaction; returns insert figures."""
    data = Data()
    uuid.uuid4 = _Uids()  # type: ignore[assignment]  # same uids in both engines
    out: dict[str, Any] = {}

    def run(kind: str, total: int, make: Callable[[int, int], list[Any]], insert: Callable[[Any], Any]) -> None:
        elapsed = 0.0
        done = 0
        while done < total:
            batch = make(done, min(BATCH, total - done))
            started = time.perf_counter()
            with db.transaction():
                for item in batch:
                    insert(item)
            elapsed += time.perf_counter() - started
            done += len(batch)
            del batch
        out[kind] = {"rows": total, "seconds": round(elapsed, 2), "rows_per_s": round(total / elapsed) if elapsed else None}
        log(f"  {kind}: {total} rows in {elapsed:.1f} s")

    drafts = [data.vendor() for _ in range(N_VENDORS)]
    run("vendors", N_VENDORS, lambda first, n: drafts[first:first + n], lambda d: vendors.insert_in(db, d))
    agreement_drafts = [a for vid in range(1, N_VENDORS + 1) for a in data.agreements_of(vid)]

    def insert_agreement(draft: AgreementDraft) -> None:
        clean = agreements.validate(draft)
        agreements_sql.insert_agreement(db, uid=str(uuid.uuid4()), vendor_id=clean.vendor_id, values=agreements._values(clean))

    run("agreements", len(agreement_drafts), lambda first, n: agreement_drafts[first:first + n], insert_agreement)
    run("interactions", N_INTERACTIONS, data.interactions, lambda d: timeline.record_in(db, d))

    def insert_note(draft: NoteDraft) -> None:  # what reputation.add_note does, inside our transaction
        clean = reputation.validate(draft)
        values: dict[str, Any] = {"on_date": clean.on.isoformat(), "text": clean.text, "author": clean.author}
        values.update({d: clean.ratings.get(d) for d in ("quality", "price", "service", "honesty")})
        reputation_sql.insert_note(db, uid=str(uuid.uuid4()), vendor_id=clean.vendor_id, values=values, tags=clean.tags)

    run("notes", N_NOTES, lambda first, n: data.notes(n), insert_note)
    started = time.perf_counter()
    db.checkpoint()
    out["checkpoint_s"] = round(time.perf_counter() - started, 2)
    out["names"] = data.names
    return out


def query_set(names: list[str]) -> list[tuple[str, str]]:
    """(class, text) pairs: what a user types, letter by letter, and whole words."""
    rng = random.Random(SEED + 2)
    name_words = sorted({w for n in names for w in n.replace("'", " ").split() if len(w) > 3 and w.isalpha()})
    targets = rng.sample([w for w in WORDS if len(w) > 3], 25) + rng.sample(name_words, min(25, len(name_words)))
    queries: list[tuple[str, str]] = [("1 letter", c) for c in "abcdefghijklmnopqrstuvwxyz"] + [("1 letter", "é"), ("1 letter", "ö")]
    for word in targets:
        queries += [("2 letters", word[:2].lower()), ("3 letters", word[:3].lower()), ("word", word.lower())]
    # Typed without the accents: the index folds diacritics.
    folded = [w for w in (*WORDS, *name_words) if ascii_fold(w) != w and len(w) > 3]
    queries += [("word", ascii_fold(w).lower()) for w in rng.sample(folded, min(15, len(folded)))]
    pairs = [(rng.choice(name_words), rng.choice(WORDS)) for _ in range(10)] + [
        (rng.choice(WORDS), rng.choice(WORDS)) for _ in range(10)]
    queries += [("2 words", f"{a.lower()} {b[:3]}") for a, b in pairs]
    return queries


def measure_search(db: Database, queries: list[tuple[str, str]]) -> dict[str, Any]:
    for _, q in queries:  # warm the page cache the way a session of typing would
        search.search(db, q)
    by_class: dict[str, list[float]] = {cls: [] for cls, _ in queries} | {"all": []}
    hits: dict[str, int] = {}
    for cls, q in queries:
        ms, results = clock(lambda q=q: search.search(db, q))
        by_class[cls].append(ms)
        by_class["all"].append(ms)
        hits[q] = results.total
    per_kind: dict[str, dict[str, list[float]]] = {}
    for cls, q in queries:
        match = search.match_expression(q)
        for kind in search.KINDS:
            ms, _ = clock(lambda kind=kind, match=match: search_sql.search_kind(db, kind, match, limit=20))
            per_kind.setdefault(cls, {}).setdefault(kind, []).append(ms)
    return {
        "by_class": {cls: stats(s) for cls, s in by_class.items()},
        "by_class_and_kind_p95_ms": {
            cls: {kind: stats(s)["p95_ms"] for kind, s in kinds.items()} for cls, kinds in per_kind.items()
        },
        "hits_sample": dict(list(hits.items())[:10]),
    }


def page_through(db: Database, vendor_id: int | None, pages: int) -> tuple[list[float], int]:
    samples, after, rows = [], None, 0
    deadline = time.perf_counter() + PAGE_BUDGET_S
    for _ in range(pages):
        if time.perf_counter() > deadline:
            break
        ms, items = clock(lambda after=after: timeline.page(db, vendor_id=vendor_id, after=after, limit=PAGE))
        if not items:
            break
        samples.append(ms)
        rows += len(items)
        after = items[-1]
    return samples, rows


# The storage layer's whole-timeline query with the vendor join written as CROSS JOIN: SQLite then
# keeps `interactions` as the outer loop and walks interactions_at in order (no sort); a
# candidate fix for storage.timeline.timeline_page, measured beside the shipped query.
_CROSS_JOIN_PAGE = (
    f"SELECT {timeline_sql._INTERACTION_COLUMNS} FROM interactions i CROSS JOIN vendors v "
    "ON v.id = i.vendor_id AND v.deleted_at IS NULL {where} ORDER BY i.at DESC, i.id DESC LIMIT ?"
)


def timeline_page_cross_join(db: Database, *, before: tuple[str, int] | None, limit: int) -> list[dict[str, Any]]:
    where = "WHERE (i.at, i.id) < (?, ?)" if before is not None else ""
    return db.rows(_CROSS_JOIN_PAGE.format(where=where), (*(before or ()), limit))


def page_sql(db: Database, vendor_id: int | None, pages: int, *, query: Callable[..., Any] | None = None) -> list[float]:
    """The storage query alone (no conversion to Interaction objects)."""
    samples, before = [], None
    deadline = time.perf_counter() + PAGE_BUDGET_S
    fetch = query or (lambda before: timeline_sql.timeline_page(db, vendor_id=vendor_id, before=before, limit=PAGE))
    for _ in range(pages):
        if time.perf_counter() > deadline:
            break
        ms, rows = clock(lambda before=before: fetch(before))
        if not rows:
            break
        samples.append(ms)
        before = (rows[-1]["at"], rows[-1]["id"])
    return samples


def measure_reads(engine: Engine, queries: list[tuple[str, str]], busiest: int, typical: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    # Reopen + first query (fresh connection: empty page cache, SQLCipher decrypts every page it reads).
    reopen, first_page = [], []
    for _ in range(7):
        gc.collect()
        started = time.perf_counter()
        db = engine.open()
        opened = time.perf_counter()
        timeline.page(db, limit=PAGE)
        done = time.perf_counter()
        reopen.append((done - started) * 1000)
        first_page.append((done - opened) * 1000)
        db.close()
    out["reopen_and_first_timeline_page"] = stats(reopen)
    out["timeline_first_page_cold"] = stats(first_page)

    db = engine.open()
    cold, rows = page_through(db, None, PAGES)
    out["timeline_pages_fresh_connection"] = {**stats(cold), "rows": rows}
    warm, rows = page_through(db, None, PAGES)
    out["timeline_pages_warm"] = {**stats(warm), "rows": rows}
    out["timeline_pages_warm_sql_only"] = stats(page_sql(db, None, PAGES))
    db.close()
    db = engine.open()
    cross = lambda before: timeline_page_cross_join(db, before=before, limit=PAGE)  # noqa: E731
    out["fix_cross_join_first_page_cold"] = stats([clock(lambda: cross(None))[0]])
    out["fix_cross_join_pages_fresh_sql_only"] = stats(page_sql(db, None, PAGES, query=cross))
    out["fix_cross_join_pages_warm_sql_only"] = stats(page_sql(db, None, PAGES, query=cross))
    db.close()

    db = engine.open()
    for label, vendor_id in (("busiest", busiest), ("typical", typical)):
        cold, rows = page_through(db, vendor_id, PAGES)
        warm, _ = page_through(db, vendor_id, PAGES)
        out[f"vendor_timeline_{label}_fresh"] = {**stats(cold), "rows": rows, "vendor_id": vendor_id}
        out[f"vendor_timeline_{label}_warm"] = stats(warm)

    def vendor_list() -> list[float]:
        samples, after = [], None
        while True:
            ms, page = clock(lambda after=after: vendors.page_vendors(db, after=after, limit=PAGE, sort="name"))
            if not page:
                return samples
            samples.append(ms)
            after = page[-1]

    vendor_list()
    out["vendor_list_by_name_page"] = stats(vendor_list())
    out["due_soon_30_days"] = {
        **stats([clock(lambda: agreements.due_soon(db, 30, today=TODAY))[0] for _ in range(30)]),
        "rows": len(agreements.due_soon(db, 30, today=TODAY)),
    }
    out["search"] = measure_search(db, queries)
    db.close()
    return out


def explain(db: Database) -> dict[str, list[str]]:
    plans = {}
    before = ("2020-01-01T00:00:00.000000+00:00", 10**9)
    for kind in search.KINDS:
        select, joins, where = search_sql._SOURCES[kind]
        order = "f.rank" if kind in search_sql._RANKED else "f.rowid DESC"
        sql = (f"SELECT {select} FROM {kind}_fts f {joins} WHERE {kind}_fts MATCH ? AND {where} "
               f"ORDER BY {order} LIMIT 20")
        plans[f"search_{kind}"] = [r[3] for r in db.query("EXPLAIN QUERY PLAN " + sql, ('"a"*',))]
    plans["timeline_page"] = [r[3] for r in db.query(
        "EXPLAIN QUERY PLAN SELECT i.id FROM interactions i JOIN vendors v ON v.id = i.vendor_id AND v.deleted_at IS NULL "
        "WHERE (i.at, i.id) < (?, ?) ORDER BY i.at DESC, i.id DESC LIMIT 200", before)]
    plans["timeline_page_cross_join_fix"] = [r[3] for r in db.query(
        "EXPLAIN QUERY PLAN " + _CROSS_JOIN_PAGE.format(where="WHERE (i.at, i.id) < (?, ?)"), (*before, 200))]
    plans["vendor_timeline_page"] = [r[3] for r in db.query(
        "EXPLAIN QUERY PLAN SELECT i.id FROM interactions i WHERE i.vendor_id = ? AND (i.at, i.id) < (?, ?) "
        "ORDER BY i.at DESC, i.id DESC LIMIT 200", (1, *before))]
    return plans


# -- report --------------------------------------------------------------------------------
def flatten(results: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(metric, sqlcipher, sqlite) lines for the table."""
    def fmt(v: Any) -> str:
        if isinstance(v, dict):
            if "p50_ms" in v:
                return f"{v['p50_ms']:.2f} / {v['p95_ms']:.2f} / {v['max_ms']:.2f}"
            if "rows_per_s" in v:
                return f"{v['rows_per_s']:,} rows/s ({v['seconds']} s)"
        return str(v)

    a, b = results["sqlcipher"], results["sqlite"]
    lines = []
    for kind in ("vendors", "agreements", "interactions", "notes"):
        lines.append((f"insert {kind}", fmt(a["insert"][kind]), fmt(b["insert"][kind])))
    lines.append(("insert total (s)", str(a["insert"]["total_s"]), str(b["insert"]["total_s"])))
    lines.append(("file size (MiB)", str(a["file_mib"]), str(b["file_mib"])))
    lines.append(("peak RSS after fill (MiB)", str(a["peak_rss_mib_after_fill"]), str(b["peak_rss_mib_after_fill"])))
    for key in a["reads"]:
        if key == "search":
            continue
        lines.append((key.replace("_", " ") + " p50/p95/max ms", fmt(a["reads"][key]), fmt(b["reads"][key])))
    for cls, figures in a["reads"]["search"]["by_class"].items():
        lines.append((f"search '{cls}' ({figures['n']} q) p50/p95/max ms", fmt(figures),
                      fmt(b["reads"]["search"]["by_class"][cls])))
    for cls, kinds in a["reads"]["search"]["by_class_and_kind_p95_ms"].items():
        other = b["reads"]["search"]["by_class_and_kind_p95_ms"][cls]
        lines.append((f"  p95 per kind, '{cls}'", " ".join(f"{k[:5]}={v:.1f}" for k, v in kinds.items()),
                      " ".join(f"{k[:5]}={v:.1f}" for k, v in other.items())))
    return lines


def fill_both(engines: dict[str, Engine], results: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for name in ENGINES:
        engine = engines[name]
        log(f"filling {name}: {N_VENDORS} vendors, {N_INTERACTIONS} interactions, {N_NOTES} notes")
        if name == "sqlcipher":
            vault, _ = Vault.create(engine.path, PASS, kdf=KdfParams.floor())
            engine.key = vault._key()
            db = vault.db
        else:
            db = open_plain(engine.path)
            db.migrate()
        with db.transaction():
            db.set_setting("bench", "1")
        results.setdefault(name, {})["versions"] = {
            "sqlite": db.query("SELECT sqlite_version()")[0][0],
            "cipher": (db.query("PRAGMA cipher_version") or [[None]])[0][0] if name == "sqlcipher" else None,
        }
        insert = fill(db)
        names = insert.pop("names")
        insert["total_s"] = round(sum(v["seconds"] for v in insert.values() if isinstance(v, dict)), 1)
        results[name]["insert"] = insert
        results[name]["row_counts"] = {
            t: db.query(f"SELECT count(*) FROM {t}")[0][0]
            for t in ("vendors", "agreements", "interactions", "notes", "note_tags", "vendor_tags")
        }
        if name == "sqlcipher":
            vault.close()
        else:
            db.close()
        results[name]["file_mib"] = round(engine.path.stat().st_size / 2**20, 1)
        results[name]["peak_rss_mib_after_fill"] = peak_rss_mib()
        gc.collect()
    return names


def main() -> int:
    results: dict[str, Any] = {
        "config": {
            "vendors": N_VENDORS, "interactions": N_INTERACTIONS, "notes": N_NOTES, "batch": BATCH, "page": PAGE,
            "pages": PAGES, "python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
        },
    }
    with contextlib.ExitStack() as stack:
        if KEEP:
            folder = Path(KEEP)
            folder.mkdir(parents=True, exist_ok=True)
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-domain-")))
        engines = {"sqlcipher": Engine("sqlcipher", folder / "bench.myvendors"), "sqlite": Engine("sqlite", folder / "plain.sqlite")}
        state = folder / "fill.json"
        sizes = {"vendors": N_VENDORS, "interactions": N_INTERACTIONS, "notes": N_NOTES, "batch": BATCH}
        saved = json.loads(state.read_text()) if state.exists() else None
        if saved and saved["sizes"] == sizes and all(e.path.exists() for e in engines.values()):
            log(f"reusing the databases in {folder} (delete it to measure inserts again)")
            for name in ENGINES:
                results[name] = saved[name]
            vault = Vault.unlock(engines["sqlcipher"].path, PASS)
            engines["sqlcipher"].key = vault._key()
            vault.close()
            data = Data()
            names = [data.vendor().name for _ in range(N_VENDORS)]
        else:
            for engine in engines.values():
                for leftover in engine.path.parent.glob(engine.path.name + "*"):
                    leftover.unlink()
            state.unlink(missing_ok=True)
            names = fill_both(engines, results)
            state.write_text(json.dumps({"sizes": sizes, **{name: results[name] for name in ENGINES}}))
        if results["sqlcipher"]["row_counts"] != results["sqlite"]["row_counts"]:
            raise SystemExit(f"the engines hold different data: {results['sqlcipher']['row_counts']} vs "
                             f"{results['sqlite']['row_counts']}")
        plain = open_plain(engines["sqlite"].path)  # which vendors to page: the busiest and a median one
        counts = plain.query("SELECT vendor_id, count(*) c FROM interactions GROUP BY vendor_id ORDER BY c DESC")
        plain.close()
        busiest, typical = counts[0][0], counts[len(counts) // 2][0]
        results["config"]["vendor_timeline_rows"] = {"busiest": counts[0][1], "typical": counts[len(counts) // 2][1]}
        queries = query_set(names)
        results["config"]["queries"] = len(queries)
        for name in ENGINES:
            log(f"reading {name}")
            db = engines[name].open()
            results[name]["plans"] = explain(db)
            db.close()
            results[name]["reads"] = measure_reads(engines[name], queries, busiest, typical)
        results["peak_rss_mib"] = peak_rss_mib()

    out = Path("bench-results")
    out.mkdir(exist_ok=True)
    (out / "domain.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    lines = flatten(results)
    width = max(len(line[0]) for line in lines)
    col = max(len(line[1]) for line in lines)
    print()
    print(f"{N_VENDORS} vendors, {N_INTERACTIONS} interactions, {N_NOTES} notes; {len(queries)} search queries; "
          f"pages of {PAGE}")
    print(f"{'':<{width}}  {'sqlcipher (vault)':<{col}}  sqlite (same build, no key)")
    for metric, a, b in lines:
        print(f"{metric:<{width}}  {a:<{col}}  {b}")
    print(f"peak RSS of the process: {results['peak_rss_mib']} MiB; JSON in {out / 'domain.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
