"""Numbered schema steps. Append only: never edit a step that has shipped.

A shipped step is frozen together with everything it runs: it imports nothing but the standard
library, and any rule it applies (a fold, a column list) is a private copy named after the step
(`_sort_key_v4`), never today's live helper, so that changing the live rule later cannot change
what an old step does to an old vault. tests/test_migrations_frozen.py enforces it.

Each step runs in one transaction together with its row in `schema_version`, so a crash
leaves the vault at the version before or after the step, never between. The vault
service takes a backup before it migrates an existing vault.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Step:
    version: int
    description: str
    apply: Callable[[Any], None]


def _v1_meta_and_settings(con: Any) -> None:
    con.execute("CREATE TABLE vault_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    con.execute(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID"
    )


def _v2_vendors(con: Any) -> None:
    con.execute(
        """CREATE TABLE vendors (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            website TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    con.execute("CREATE INDEX vendors_name ON vendors(name COLLATE NOCASE)")


_FTS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
_INTERACTION_KINDS = (
    "subscription", "payment", "tip", "contract", "recommend", "referral", "ask-advice", "request", "respond",
    "support", "complaint", "blacklist", "rebuff", "evaluate", "extend-credit", "vouch", "gift", "repeat-purchase",
    "conversation", "sponsor", "invite", "offer-accepted",
)


def _in(values: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _v3_relationship_domain(con: Any) -> None:
    """Vendors grow contact details, status, trash and tags; agreements, the timeline,
    attachments, reputation notes, personal requests and offers; FTS5 kept in sync by triggers."""
    for column in (
        "category TEXT",
        "email TEXT",
        "phone TEXT",
        "address TEXT",
        "status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'former', 'blocked'))",
        "deleted_at TEXT",
    ):
        con.execute(f"ALTER TABLE vendors ADD COLUMN {column}")
    con.execute("CREATE INDEX vendors_live ON vendors(deleted_at, name COLLATE NOCASE)")
    con.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE)")
    con.execute(
        """CREATE TABLE vendor_tags (
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id),
            PRIMARY KEY (vendor_id, tag_id)) WITHOUT ROWID"""
    )
    con.execute(
        f"""CREATE TABLE agreements (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN {_in(("subscription", "contract", "warranty", "membership", "loyalty"))}),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            price_minor INTEGER,
            currency TEXT,
            period TEXT NOT NULL DEFAULT 'none'
                CHECK (period IN {_in(("none", "weekly", "monthly", "quarterly", "yearly"))}),
            start_date TEXT, end_date TEXT, renewal_date TEXT, cancel_by_date TEXT,
            notice_days INTEGER CHECK (notice_days IS NULL OR notice_days >= 0),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((price_minor IS NULL) = (currency IS NULL)))"""
    )
    con.execute("CREATE INDEX agreements_vendor ON agreements(vendor_id)")
    con.execute("CREATE INDEX agreements_renewal ON agreements(renewal_date) WHERE renewal_date IS NOT NULL")
    con.execute("CREATE INDEX agreements_cancel_by ON agreements(cancel_by_date) WHERE cancel_by_date IS NOT NULL")
    con.execute(
        f"""CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN {_in(_INTERACTION_KINDS)}),
            at TEXT NOT NULL,
            amount_minor INTEGER,
            currency TEXT,
            channel TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK ((amount_minor IS NULL) = (currency IS NULL)))"""
    )
    con.execute("CREATE INDEX interactions_at ON interactions(at DESC, id DESC)")
    con.execute("CREATE INDEX interactions_vendor_at ON interactions(vendor_id, at DESC, id DESC)")
    rating = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 1 AND 5)"
    con.execute(
        f"""CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            on_date TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            quality {rating.format("quality")},
            price {rating.format("price")},
            service {rating.format("service")},
            honesty {rating.format("honesty")},
            author TEXT,
            created_at TEXT NOT NULL)"""
    )
    con.execute("CREATE INDEX notes_vendor ON notes(vendor_id, on_date DESC, id DESC)")
    con.execute("CREATE INDEX notes_on ON notes(on_date DESC, id DESC)")
    con.execute(
        """CREATE TABLE note_tags (
            note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id),
            PRIMARY KEY (note_id, tag_id)) WITHOUT ROWID"""
    )
    con.execute(
        f"""CREATE TABLE requests (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            category TEXT,
            budget_min_minor INTEGER,
            budget_max_minor INTEGER,
            currency TEXT,
            location TEXT,
            needed_by TEXT,
            conditions TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN {_in(("draft", "open", "fulfilled", "withdrawn", "expired"))}),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    con.execute(
        """CREATE TABLE offers (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
            vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
            sender TEXT,
            price_minor INTEGER,
            currency TEXT,
            conditions TEXT NOT NULL DEFAULT '',
            valid_until TEXT,
            received_at TEXT NOT NULL,
            accepted INTEGER NOT NULL DEFAULT 0 CHECK (accepted IN (0, 1)),
            raw_document TEXT,
            CHECK ((price_minor IS NULL) = (currency IS NULL)))"""
    )
    con.execute("CREATE INDEX offers_request ON offers(request_id)")
    con.execute(
        """CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            filename TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL)"""
    )
    con.execute("CREATE INDEX attachments_vendor ON attachments(vendor_id)")
    con.execute(
        """CREATE TABLE attachment_chunks (
            attachment_id INTEGER NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (attachment_id, seq)) WITHOUT ROWID"""
    )
    _v3_search(con)


# One FTS5 table per kind, rowid = the record's id, kept in sync by triggers so that every
# write path (services, imports, cascades) updates it. `body` gathers the searchable text.
_SEARCH_SOURCES = {
    "vendors": (
        "name",
        "concat_ws(' ', {t}.website, {t}.category, {t}.email, {t}.phone, {t}.address, {t}.notes, "
        "(SELECT group_concat(tags.name, ' ') FROM vendor_tags JOIN tags ON tags.id = vendor_tags.tag_id "
        "WHERE vendor_tags.vendor_id = {t}.id))",
    ),
    "agreements": ("title", "concat_ws(' ', {t}.kind, {t}.notes, {t}.currency)"),
    "interactions": ("''", "concat_ws(' ', {t}.kind, {t}.channel, {t}.note)"),
    "notes": (
        "''",
        "concat_ws(' ', {t}.text, {t}.author, (SELECT group_concat(tags.name, ' ') FROM note_tags "
        "JOIN tags ON tags.id = note_tags.tag_id WHERE note_tags.note_id = {t}.id))",
    ),
    "requests": ("title", "concat_ws(' ', {t}.description, {t}.category, {t}.location, {t}.conditions)"),
    "offers": ("''", "concat_ws(' ', {t}.sender, {t}.conditions)"),
}


def _v3_search(con: Any) -> None:
    for table, (title, body) in _SEARCH_SOURCES.items():
        fts = f"{table}_fts"
        con.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5(title, body, {_FTS})")
        title_new = "''" if title == "''" else f"new.{title}"
        insert = f"INSERT INTO {fts}(rowid, title, body) VALUES (new.id, {title_new}, {body.format(t='new')})"  # nosec B608  # schema SQL from constants; no input
        con.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert}; END")
        con.execute(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.id; END")  # nosec B608  # schema SQL from constants; no input
        con.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "  # nosec B608  # schema SQL from constants; no input
            f"DELETE FROM {fts} WHERE rowid = old.id; {insert}; END"
        )
    for link, owner, key in (("vendor_tags", "vendors", "vendor_id"), ("note_tags", "notes", "note_id")):
        title, body = _SEARCH_SOURCES[owner]
        title_sel = "''" if title == "''" else f"{owner}.{title}"
        refresh = (
            f"DELETE FROM {owner}_fts WHERE rowid = {{row}}.{key}; "  # nosec B608  # schema SQL from constants; no input
            f"INSERT INTO {owner}_fts(rowid, title, body) SELECT {owner}.id, {title_sel}, {body.format(t=owner)} "
            f"FROM {owner} WHERE {owner}.id = {{row}}.{key}"
        )
        con.execute(f"CREATE TRIGGER {link}_fts_ai AFTER INSERT ON {link} BEGIN {refresh.format(row='new')}; END")
        con.execute(f"CREATE TRIGGER {link}_fts_ad AFTER DELETE ON {link} BEGIN {refresh.format(row='old')}; END")
    # Vendors that existed before this step.
    title, body = _SEARCH_SOURCES["vendors"]
    con.execute(f"INSERT INTO vendors_fts(rowid, title, body) SELECT vendors.id, vendors.name, {body.format(t='vendors')} FROM vendors")  # nosec B608  # schema SQL from constants; no input


def _sort_key_v4(name: str) -> str:
    """The fold step 4 shipped with (frozen: never change it; storage.vendors.sort_key is the live
    one): case- and accent-folded ("Émile" -> "emile"), compatibility forms unified."""
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _v4_vendor_sort_keys(con: Any) -> None:
    """Names sort as people expect ("Émile" beside "Emil", not after "Zeta"): a stored fold of the
    name, indexed with the filters the vendor list uses, so every page and count is an index walk."""
    con.execute("ALTER TABLE vendors ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''")
    rows = con.execute("SELECT id, name FROM vendors").fetchall()
    con.executemany("UPDATE vendors SET sort_name = ? WHERE id = ?", [(_sort_key_v4(name), id_) for id_, name in rows])
    con.execute("DROP INDEX vendors_live")
    con.execute("CREATE INDEX vendors_live_sort ON vendors(deleted_at, sort_name, id)")
    con.execute("CREATE INDEX vendors_live_status_sort ON vendors(deleted_at, status, sort_name, id)")
    con.execute("CREATE INDEX vendors_live_updated ON vendors(deleted_at, updated_at, id)")
    con.execute("CREATE INDEX vendors_live_status_updated ON vendors(deleted_at, status, updated_at, id)")


def _v5_sharing(con: Any) -> None:
    """Sharing on her terms: a key pair per relationship (pseudonyms), vendors' keys on file
    (trust on first use), every package sent, every document received (replays refused), and
    the ledger: append-only, each entry holding the previous entry's hash."""
    con.execute(
        """CREATE TABLE pseudonyms (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER REFERENCES vendors(id) ON DELETE CASCADE,
            request_id INTEGER REFERENCES requests(id) ON DELETE CASCADE,
            contact TEXT,
            sig_jwk TEXT NOT NULL,
            enc_jwk TEXT NOT NULL,
            thumbprint TEXT NOT NULL UNIQUE,
            enc_thumbprint TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            retired_at TEXT,
            CHECK ((vendor_id IS NOT NULL) + (request_id IS NOT NULL) + (contact IS NOT NULL) = 1))"""
    )
    con.execute(
        "CREATE UNIQUE INDEX pseudonyms_contact_current ON pseudonyms(contact COLLATE NOCASE) "
        "WHERE retired_at IS NULL AND contact IS NOT NULL"
    )
    con.execute(
        "CREATE UNIQUE INDEX pseudonyms_vendor_current ON pseudonyms(vendor_id) "
        "WHERE retired_at IS NULL AND vendor_id IS NOT NULL"
    )
    con.execute(
        "CREATE UNIQUE INDEX pseudonyms_request_current ON pseudonyms(request_id) "
        "WHERE retired_at IS NULL AND request_id IS NOT NULL"
    )
    con.execute("CREATE TABLE profile (field TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
    con.execute(
        """CREATE TABLE disclosures (
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            PRIMARY KEY (vendor_id, field)) WITHOUT ROWID"""
    )
    con.execute(
        """CREATE TABLE counterpart_keys (
            id INTEGER PRIMARY KEY,
            thumbprint TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
            sig_jwk TEXT NOT NULL,
            enc_jwk TEXT,
            how TEXT NOT NULL CHECK (how IN ('first-use', 'imported')),
            first_seen TEXT NOT NULL)"""
    )
    con.execute("CREATE INDEX counterpart_keys_vendor ON counterpart_keys(vendor_id)")
    con.execute(
        """CREATE TABLE packages (
            id INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
            request_id INTEGER REFERENCES requests(id) ON DELETE SET NULL,
            recipient TEXT NOT NULL,
            document TEXT NOT NULL,
            compact TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            expires_at TEXT,
            retention_until TEXT)"""
    )
    con.execute("CREATE INDEX packages_vendor ON packages(vendor_id)")
    con.execute(
        """CREATE TABLE received_documents (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            thumbprint TEXT NOT NULL,
            answers TEXT NOT NULL,
            compact TEXT NOT NULL,
            received_at TEXT NOT NULL)"""
    )
    con.execute(
        """CREATE TABLE ledger (
            seq INTEGER PRIMARY KEY,
            entry TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE)"""
    )
    con.execute(
        "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger BEGIN "
        "SELECT RAISE(ABORT, 'the ledger is append-only'); END"
    )
    con.execute(
        "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger BEGIN "
        "SELECT RAISE(ABORT, 'the ledger is append-only'); END"
    )


# -- step 6: maintained totals -------------------------------------------------------------
# A note's score is the mean of the dimensions it rates; 12 × that mean is a whole number (12 is
# divisible by 1, 2, 3 and 4), so sums of scores are kept exactly, as integers.
_RATED = "(({t}.quality IS NOT NULL) + ({t}.price IS NOT NULL) + ({t}.service IS NOT NULL) + ({t}.honesty IS NOT NULL))"
_SCORE12 = (
    "((coalesce({t}.quality, 0) + coalesce({t}.price, 0) + coalesce({t}.service, 0) + coalesce({t}.honesty, 0)) * 12 "
    "/ nullif(" + _RATED + ", 0))"
)
_DIMENSIONS = ("quality", "price", "service", "honesty")
_STATUSES = ("active", "former", "blocked")


def _note_totals_update(row: str, sign: str) -> str:
    """The UPDATE that adds (sign '+') or takes away ('-') one of my notes in its vendor's totals."""
    sets = [f"my_notes = my_notes {sign} 1"]
    for d in _DIMENSIONS:
        sets.append(f"{d}_sum = {d}_sum {sign} coalesce({row}.{d}, 0)")
        sets.append(f"{d}_n = {d}_n {sign} ({row}.{d} IS NOT NULL)")
    sets.append(f"scored_notes = scored_notes {sign} ({_RATED.format(t=row)} > 0)")
    sets.append(f"score12_sum = score12_sum {sign} coalesce({_SCORE12.format(t=row)}, 0)")
    return f"UPDATE vendor_totals SET {', '.join(sets)} WHERE vendor_id = {row}.vendor_id AND {row}.author IS NULL"  # nosec B608  # schema SQL from constants; no input


def _interaction_totals(row: str, sign: str) -> list[str]:
    """Statements that add ('+') or take away ('-') one interaction from every total it is in."""
    statements = [
        f"UPDATE vendor_totals SET interactions = interactions {sign} 1 WHERE vendor_id = {row}.vendor_id",  # nosec B608  # schema SQL from constants; no input
        # The timeline lists the interactions of vendors not in the trash. While a vendor row is
        # being deleted (cascades run after its row is gone) its interactions no longer count here:
        # the vendors trigger took them away beforehand.
        f"UPDATE counters SET n = n {sign} 1 WHERE name = 'live_interactions' "  # nosec B608  # schema SQL from constants; no input
        f"AND EXISTS (SELECT 1 FROM vendors WHERE id = {row}.vendor_id AND deleted_at IS NULL)",
    ]
    if sign == "+":
        statements.append(
            f"INSERT INTO amount_totals(vendor_id, currency, n, amount_minor) "  # nosec B608  # schema SQL from constants; no input
            f"SELECT {row}.vendor_id, {row}.currency, 1, {row}.amount_minor WHERE {row}.amount_minor IS NOT NULL "
            "ON CONFLICT(vendor_id, currency) DO UPDATE SET n = n + 1, amount_minor = amount_minor + excluded.amount_minor"
        )
    else:
        statements.append(
            f"UPDATE amount_totals SET n = n - 1, amount_minor = amount_minor - {row}.amount_minor "  # nosec B608  # schema SQL from constants; no input
            f"WHERE vendor_id = {row}.vendor_id AND currency = {row}.currency AND {row}.amount_minor IS NOT NULL"
        )
        statements.append(
            f"DELETE FROM amount_totals WHERE vendor_id = {row}.vendor_id AND currency = {row}.currency AND n = 0"  # nosec B608  # schema SQL from constants; no input
        )
    return statements


def _vendor_count(row: str, sign: str) -> str:
    return (
        f"UPDATE vendor_counts SET n = n {sign} 1 "  # nosec B608  # schema SQL from constants; no input
        f"WHERE trashed = ({row}.deleted_at IS NOT NULL) AND status = {row}.status"
    )


def _v6_backfill(con: Any) -> None:
    """Fill the (empty) total tables of step 6 from the rows; `storage.totals.rebuild` reuses it.

    Each figure comes from one pass in storage order over an index or a table, summed here: a
    GROUP BY over a million rows sorts them first (12 s for the amounts on a lifetime's vault)."""
    con.execute("INSERT INTO vendor_totals(vendor_id) SELECT id FROM vendors")
    con.execute(
        "UPDATE vendor_totals SET interactions = x.n FROM "
        "(SELECT vendor_id, count(*) AS n FROM interactions GROUP BY vendor_id) AS x WHERE x.vendor_id = vendor_totals.vendor_id"
    )
    amounts: dict[tuple[int, str], list[int]] = {}
    for vendor_id, currency, amount in con.execute(
        "SELECT vendor_id, currency, amount_minor FROM interactions WHERE amount_minor IS NOT NULL"
    ):
        kept = amounts.setdefault((vendor_id, currency), [0, 0])
        kept[0] += 1
        kept[1] += amount
    con.executemany(
        "INSERT INTO amount_totals(vendor_id, currency, n, amount_minor) VALUES (?, ?, ?, ?)",
        [(vendor_id, currency, n, total) for (vendor_id, currency), (n, total) in sorted(amounts.items())],
    )
    del amounts
    mine: dict[int, list[int]] = {}
    for vendor_id, *ratings in con.execute(
        "SELECT vendor_id, quality, price, service, honesty FROM notes INDEXED BY notes_mine_on WHERE author IS NULL"
    ):
        # my_notes, then (sum, n) per dimension, scored notes, 12 × the sum of scores
        kept = mine.setdefault(vendor_id, [0] * (2 + 2 * len(_DIMENSIONS) + 1))
        kept[0] += 1
        rated = [r for r in ratings if r is not None]
        for i, r in enumerate(ratings):
            if r is not None:
                kept[1 + 2 * i] += r
                kept[2 + 2 * i] += 1
        if rated:
            kept[-2] += 1
            kept[-1] += sum(rated) * 12 // len(rated)
    columns = ["my_notes", *(f"{d}_{x}" for d in _DIMENSIONS for x in ("sum", "n")), "scored_notes", "score12_sum"]
    con.executemany(
        f"UPDATE vendor_totals SET {', '.join(f'{c} = ?' for c in columns)} WHERE vendor_id = ?",  # nosec B608  # schema SQL from constants; no input
        [(*values, vendor_id) for vendor_id, values in sorted(mine.items())],
    )
    con.execute(
        "INSERT INTO vendor_counts(trashed, status, n) SELECT t.trashed, s.status, "  # nosec B608  # schema SQL from constants; no input
        "(SELECT count(*) FROM vendors WHERE (deleted_at IS NOT NULL) = t.trashed AND status = s.status) "
        f"FROM (SELECT 0 AS trashed UNION ALL SELECT 1) AS t, "
        f"({' UNION ALL '.join(f'SELECT {chr(39)}{s}{chr(39)} AS status' for s in _STATUSES)}) AS s"
    )
    con.execute(
        "INSERT INTO counters(name, n) SELECT 'live_interactions', coalesce(sum(t.interactions), 0) "
        "FROM vendor_totals t JOIN vendors v ON v.id = t.vendor_id WHERE v.deleted_at IS NULL"
    )


def _v6_maintained_totals(con: Any) -> None:
    """Counts and sums the lists and the Overview show, kept by triggers in the writing transaction:
    vendors per (trash, status); per vendor its interactions and the sums behind my standing;
    amounts per vendor and currency; the timeline's length. Plus the indexes that bound the
    Reputation filters and the "standing fell" window. Nothing reads every row to show a figure."""
    con.execute(
        """CREATE TABLE vendor_totals (
            vendor_id INTEGER PRIMARY KEY,
            interactions INTEGER NOT NULL DEFAULT 0,
            my_notes INTEGER NOT NULL DEFAULT 0,
            quality_sum INTEGER NOT NULL DEFAULT 0, quality_n INTEGER NOT NULL DEFAULT 0,
            price_sum INTEGER NOT NULL DEFAULT 0, price_n INTEGER NOT NULL DEFAULT 0,
            service_sum INTEGER NOT NULL DEFAULT 0, service_n INTEGER NOT NULL DEFAULT 0,
            honesty_sum INTEGER NOT NULL DEFAULT 0, honesty_n INTEGER NOT NULL DEFAULT 0,
            scored_notes INTEGER NOT NULL DEFAULT 0,
            score12_sum INTEGER NOT NULL DEFAULT 0)"""
    )
    con.execute(
        """CREATE TABLE amount_totals (
            vendor_id INTEGER NOT NULL,
            currency TEXT NOT NULL,
            n INTEGER NOT NULL,
            amount_minor INTEGER NOT NULL,
            PRIMARY KEY (vendor_id, currency)) WITHOUT ROWID"""
    )
    con.execute(
        """CREATE TABLE vendor_counts (
            trashed INTEGER NOT NULL,
            status TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (trashed, status)) WITHOUT ROWID"""
    )
    con.execute("CREATE TABLE counters (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")

    # "Standing fell": my rated notes of the window, read from this index alone (covering); built
    # first, so that the backfill of my notes' sums reads it instead of the notes.
    con.execute(
        "CREATE INDEX notes_mine_on ON notes(on_date, vendor_id, quality, price, service, honesty) WHERE author IS NULL"
    )
    _v6_backfill(con)

    # Vendors: their counts by (trash, status), their totals row, the timeline's length on trash/restore.
    con.execute(
        "CREATE TRIGGER vendors_totals_ai AFTER INSERT ON vendors BEGIN "  # nosec B608  # schema SQL from constants; no input
        f"INSERT INTO vendor_totals(vendor_id) VALUES (new.id); {_vendor_count('new', '+')}; END"
    )
    con.execute(
        "CREATE TRIGGER vendors_totals_bd BEFORE DELETE ON vendors BEGIN "
        "UPDATE counters SET n = n - (SELECT interactions FROM vendor_totals WHERE vendor_id = old.id) "
        "WHERE name = 'live_interactions' AND old.deleted_at IS NULL; END"
    )
    con.execute(
        "CREATE TRIGGER vendors_totals_ad AFTER DELETE ON vendors BEGIN "  # nosec B608  # schema SQL from constants; no input
        "DELETE FROM vendor_totals WHERE vendor_id = old.id; DELETE FROM amount_totals WHERE vendor_id = old.id; "
        f"{_vendor_count('old', '-')}; END"
    )
    con.execute(
        "CREATE TRIGGER vendors_totals_au AFTER UPDATE OF status, deleted_at ON vendors BEGIN "  # nosec B608  # schema SQL from constants; no input
        f"{_vendor_count('old', '-')}; {_vendor_count('new', '+')}; "
        "UPDATE counters SET n = n + ((new.deleted_at IS NULL) - (old.deleted_at IS NULL)) "
        "* (SELECT interactions FROM vendor_totals WHERE vendor_id = new.id) "
        "WHERE name = 'live_interactions' AND (new.deleted_at IS NULL) != (old.deleted_at IS NULL); END"
    )
    # Interactions: the vendor's count, the timeline's length, the amounts.
    con.execute(
        "CREATE TRIGGER interactions_totals_ai AFTER INSERT ON interactions BEGIN "
        + "".join(f"{s}; " for s in _interaction_totals("new", "+")) + "END"
    )
    con.execute(
        "CREATE TRIGGER interactions_totals_ad AFTER DELETE ON interactions BEGIN "
        + "".join(f"{s}; " for s in _interaction_totals("old", "-")) + "END"
    )
    con.execute(
        "CREATE TRIGGER interactions_totals_au AFTER UPDATE OF vendor_id, amount_minor, currency ON interactions BEGIN "
        + "".join(f"{s}; " for s in (*_interaction_totals("old", "-"), *_interaction_totals("new", "+"))) + "END"
    )
    # Notes: the sums behind my standing (only my notes: author IS NULL).
    con.execute(f"CREATE TRIGGER notes_totals_ai AFTER INSERT ON notes BEGIN {_note_totals_update('new', '+')}; END")
    con.execute(f"CREATE TRIGGER notes_totals_ad AFTER DELETE ON notes BEGIN {_note_totals_update('old', '-')}; END")
    con.execute(
        "CREATE TRIGGER notes_totals_au AFTER UPDATE OF vendor_id, author, quality, price, service, honesty ON notes BEGIN "
        f"{_note_totals_update('old', '-')}; {_note_totals_update('new', '+')}; END"
    )

    # Reputation filters: a filtered first page walks only the notes that can match.
    con.execute("CREATE INDEX notes_author_on ON notes(author, on_date DESC, id DESC)")
    con.execute("CREATE INDEX note_tags_tag ON note_tags(tag_id, note_id)")
    # The vendor list's count for one tag.
    con.execute("CREATE INDEX vendor_tags_tag ON vendor_tags(tag_id, vendor_id)")


# -- step 7: the ledger read a page at a time -------------------------------------------------
def _v7_ledger_pages(con: Any) -> None:
    """The Shared page lists one vendor's entries (its shares, the answers to them) and finds a
    package's entry from indexes on what the entries say, and the retention reminders walk only
    the packages whose retention ends. The expressions are storage.sharing's, word for word (an
    expression index is used only by a query that spells it the same); an entry that is not JSON
    (altered by hand) indexes as NULL instead of failing."""

    def share(what: str) -> str:
        return (f"(CASE WHEN json_valid(entry) AND json_extract(entry, '$.type') = 'share' "
                f"THEN json_extract(entry, '$.{what}') END)")

    answers = ("(CASE WHEN json_valid(entry) AND json_extract(entry, '$.type') IS NOT 'share' "
               "THEN json_extract(entry, '$.answers') END)")
    con.execute(f"CREATE INDEX ledger_share_vendor ON ledger({share('vendor_id')}, seq)")
    con.execute(f"CREATE INDEX ledger_share_package ON ledger({share('package')}, {share('vendor_id')})")
    con.execute(f"CREATE INDEX ledger_answers ON ledger({answers})")
    con.execute("CREATE INDEX packages_retention ON packages(retention_until)")
    con.execute("CREATE INDEX packages_kind ON packages(kind)")


# -- step 8: one search column per field ------------------------------------------------------
_TAGS_OF = {
    "vendors": "(SELECT group_concat(tags.name, ' ') FROM vendor_tags JOIN tags ON tags.id = vendor_tags.tag_id "
               "WHERE vendor_tags.vendor_id = {t}.id)",
    "notes": "(SELECT group_concat(tags.name, ' ') FROM note_tags JOIN tags ON tags.id = note_tags.tag_id "
             "WHERE note_tags.note_id = {t}.id)",
}
#: kind -> its FTS5 columns as step 8 made them, each a field of the record (tags: its tags' names).
#: Frozen with the step: storage.search.COLUMNS is the live list (a test compares the two on a new vault).
_V8_COLUMNS: dict[str, tuple[str, ...]] = {
    "vendors": ("name", "website", "category", "email", "phone", "address", "notes", "tags"),
    "agreements": ("title", "kind", "notes", "currency"),
    "interactions": ("kind", "channel", "note"),
    "notes": ("text", "author", "tags"),
    "requests": ("title", "description", "category", "location", "conditions"),
    "offers": ("sender", "conditions"),
}
#: bm25 weights: a word in the name or title counts more than one in the notes
_V8_RANK = {"vendors": "bm25(10.0)", "agreements": "bm25(10.0)", "requests": "bm25(10.0)"}


def _v8_values(table: str, row: str) -> str:
    return ", ".join(_TAGS_OF[table].format(t=row) if c == "tags" else f"{row}.{c}" for c in _V8_COLUMNS[table])


def _v8_search_columns(con: Any) -> None:
    """Search results quote the field a word was found in ("Note on Velo Works: …", marked), not a
    run of every field: each kind's index gets one column per field, rebuilt from the records, and
    its triggers are remade for the new columns (same names, so tools that pause them still work)."""
    for table, columns in _V8_COLUMNS.items():
        fts = f"{table}_fts"
        for suffix in ("ai", "ad", "au"):
            con.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        con.execute(f"DROP TABLE {fts}")
        con.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({', '.join(columns)}, {_FTS})")
        if table in _V8_RANK:
            con.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('rank', '{_V8_RANK[table]}')")  # nosec B608  # schema SQL from constants; no input
        names = ", ".join(columns)
        con.execute(f"INSERT INTO {fts}(rowid, {names}) SELECT {table}.id, {_v8_values(table, table)} FROM {table}")  # nosec B608  # schema SQL from constants; no input
        insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {_v8_values(table, 'new')})"  # nosec B608  # schema SQL from constants; no input
        con.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert}; END")
        con.execute(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.id; END")  # nosec B608  # schema SQL from constants; no input
        con.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "  # nosec B608  # schema SQL from constants; no input
            f"DELETE FROM {fts} WHERE rowid = old.id; {insert}; END"
        )
    for link, owner, key in (("vendor_tags", "vendors", "vendor_id"), ("note_tags", "notes", "note_id")):
        names = ", ".join(_V8_COLUMNS[owner])
        refresh = (
            f"DELETE FROM {owner}_fts WHERE rowid = {{row}}.{key}; "  # nosec B608  # schema SQL from constants; no input
            f"INSERT INTO {owner}_fts(rowid, {names}) SELECT {owner}.id, {_v8_values(owner, owner)} "
            f"FROM {owner} WHERE {owner}.id = {{row}}.{key}"
        )
        for suffix, row in (("ai", "new"), ("ad", "old")):
            con.execute(f"DROP TRIGGER IF EXISTS {link}_fts_{suffix}")
            event = "INSERT" if suffix == "ai" else "DELETE"
            con.execute(f"CREATE TRIGGER {link}_fts_{suffix} AFTER {event} ON {link} BEGIN {refresh.format(row=row)}; END")


def _sort_key_v9(name: str) -> str:
    """The fold step 9 shipped with (frozen: never change it; storage.vendors.sort_key is the live
    one): step 4's fold, and invisible format characters dropped, white space of any kind and
    length made one space, none at the ends."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return " ".join(kept.split())


def _v9_name_fold(con: Any) -> None:
    """Names are compared by one fold, which now also drops invisible format characters and
    makes any run of white space one space: the stored sort keys follow it (only names holding
    such characters change)."""
    rows = con.execute("SELECT id, name, sort_name FROM vendors").fetchall()
    changed = [(_sort_key_v9(name), id_) for id_, name, stored in rows if _sort_key_v9(name) != stored]
    con.executemany("UPDATE vendors SET sort_name = ? WHERE id = ?", changed)


# -- step 10: money and deadlines ---------------------------------------------------------------
# Step 10 is one step made of a part per feature (statements, recurring charges, reminders and
# letters); each part is frozen with the step once it ships.
def _v10_statements(con: Any) -> None:
    """Statements in: each imported bank or card line is a payment interaction plus the line it
    came from (account, its key for recognising it again: the OFX FITID or a hash of date,
    amount, payee and account for CSV), her past payee -> vendor choices (vendor NULL: she skips
    that payee), and the CSV column mappings remembered per bank by its header row."""
    con.execute(
        """CREATE TABLE statement_lines (
            interaction_id INTEGER PRIMARY KEY REFERENCES interactions(id) ON DELETE CASCADE,
            account TEXT NOT NULL DEFAULT '',
            line_key TEXT NOT NULL,
            payee TEXT NOT NULL DEFAULT '',
            memo TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            UNIQUE (account, line_key))"""
    )
    con.execute(
        """CREATE TABLE payee_choices (
            payee_key TEXT PRIMARY KEY,
            vendor_id INTEGER REFERENCES vendors(id) ON DELETE CASCADE,
            chosen_at TEXT NOT NULL) WITHOUT ROWID"""
    )
    con.execute(
        """CREATE TABLE statement_formats (
            header_key TEXT PRIMARY KEY,
            mapping TEXT NOT NULL,
            updated_at TEXT NOT NULL) WITHOUT ROWID"""
    )


def _v10_recurring(con: Any) -> None:
    """Recurring charges found: what she decided about each proposed series (by the series' stable
    key), so a dismissed one does not come back and an accepted one points at its agreement; the
    payments read in order per vendor and currency from the index alone (it holds the amount too)."""
    con.execute(
        """CREATE TABLE recurring_decisions (
            key TEXT PRIMARY KEY,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'dismissed')),
            agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
            decided_at TEXT NOT NULL) WITHOUT ROWID"""
    )
    con.execute(
        "CREATE INDEX interactions_payments ON interactions(vendor_id, currency, at, amount_minor) "
        "WHERE kind IN ('payment', 'subscription', 'repeat-purchase', 'tip', 'sponsor') AND amount_minor IS NOT NULL"
    )


def _v10_reminders(con: Any) -> None:
    """Nothing missed: agreements get a free-trial end and the contract reference a letter quotes;
    which reminder (about what, which date, how many days before) was shown and dismissed; and
    follow-ups she or a sent letter set."""
    con.execute("ALTER TABLE agreements ADD COLUMN trial_end_date TEXT")
    con.execute("ALTER TABLE agreements ADD COLUMN reference TEXT")
    con.execute("CREATE INDEX agreements_trial_end ON agreements(trial_end_date) WHERE trial_end_date IS NOT NULL")
    con.execute(
        """CREATE TABLE reminders_seen (
            key TEXT PRIMARY KEY,
            shown_at TEXT,
            dismissed_at TEXT) WITHOUT ROWID"""
    )
    con.execute(
        """CREATE TABLE follow_ups (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            agreement_id INTEGER REFERENCES agreements(id) ON DELETE SET NULL,
            due_date TEXT NOT NULL,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            done_at TEXT,
            created_at TEXT NOT NULL)"""
    )
    con.execute("CREATE INDEX follow_ups_due ON follow_ups(done_at, due_date)")


def _v10_money(con: Any) -> None:
    _v10_statements(con)
    _v10_recurring(con)
    _v10_reminders(con)


# -- step 11: a person like me -------------------------------------------------------------------
# Step 11 is one step made of a part per feature (trusted contacts, leak canaries); each part is
# frozen with the step once it ships.
def _v11_contacts(con: Any) -> None:
    """Trusted contacts: people whose signed reputation bundles she accepts (their public Ed25519
    key, its thumbprint, how much she trusts them), every bundle received from each (the signed
    original kept, replays refused by the document id), and their notes: about one of her vendors
    (vendor_id) or a vendor new to her (vendor_id NULL, the bundle's name kept), with the key a
    newer bundle replaces them by (the website host, else the folded name)."""
    rating = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 1 AND 5)"
    con.execute(
        """CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            sig_jwk TEXT NOT NULL,
            thumbprint TEXT NOT NULL UNIQUE,
            trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 3),
            key_source TEXT NOT NULL CHECK (key_source IN ('file', 'text', 'qr')),
            added_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)"""
    )
    con.execute("CREATE UNIQUE INDEX contacts_name ON contacts(name COLLATE NOCASE)")
    con.execute(
        """CREATE TABLE contact_bundles (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            document_id TEXT NOT NULL UNIQUE,
            issued_at TEXT NOT NULL,
            received_at TEXT NOT NULL,
            compact TEXT NOT NULL,
            sha256 TEXT NOT NULL)"""
    )
    con.execute("CREATE INDEX contact_bundles_contact ON contact_bundles(contact_id, issued_at)")
    con.execute(
        f"""CREATE TABLE contact_notes (
            id INTEGER PRIMARY KEY,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            bundle_id INTEGER NOT NULL REFERENCES contact_bundles(id) ON DELETE CASCADE,
            vendor_id INTEGER REFERENCES vendors(id) ON DELETE SET NULL,
            vendor_key TEXT NOT NULL,
            vendor_name TEXT NOT NULL,
            vendor_website TEXT,
            vendor_category TEXT,
            on_date TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            quality {rating.format("quality")},
            price {rating.format("price")},
            service {rating.format("service")},
            honesty {rating.format("honesty")},
            tags TEXT NOT NULL DEFAULT '[]')"""
    )
    con.execute("CREATE INDEX contact_notes_vendor ON contact_notes(vendor_id, contact_id)")
    con.execute("CREATE INDEX contact_notes_contact ON contact_notes(contact_id, vendor_key)")


def _v11_leaks(con: Any) -> None:
    """Leak canaries: an e-mail address or phone number she gave only to one vendor (with the
    package or profile field that disclosed it; address_key is its normal form, so one alias
    belongs to one vendor), and each time someone else used it: when, by whom, the evidence
    (message headers as she pasted them, and their SHA-256), open until she closes it. `how` says
    how it was recorded (from headers, or by hand), `channel` how the alias reached her (an e-mail,
    a phone call, an SMS); headers are always an e-mail's."""
    con.execute(
        """CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
            address TEXT NOT NULL CHECK (length(trim(address)) > 0),
            address_key TEXT NOT NULL UNIQUE,
            package_id TEXT REFERENCES packages(package_id) ON DELETE SET NULL,
            field TEXT,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            retired_at TEXT)"""
    )
    con.execute("CREATE INDEX aliases_vendor ON aliases(vendor_id)")
    con.execute(
        """CREATE TABLE leaks (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            alias_id INTEGER NOT NULL REFERENCES aliases(id) ON DELETE CASCADE,
            vendor_id INTEGER NOT NULL REFERENCES vendors(id) ON DELETE CASCADE,
            seen_on TEXT NOT NULL,
            used_by TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL DEFAULT '',
            how TEXT NOT NULL CHECK (how IN ('headers', 'manual')),
            channel TEXT NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'phone', 'sms')),
            evidence TEXT,
            evidence_sha256 TEXT,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            closed_at TEXT,
            CHECK ((evidence IS NULL) = (evidence_sha256 IS NULL)),
            CHECK ((how = 'headers') = (evidence IS NOT NULL)),
            CHECK (how = 'manual' OR channel = 'email'))"""
    )
    con.execute("CREATE INDEX leaks_vendor ON leaks(vendor_id, seen_on)")
    con.execute("CREATE INDEX leaks_open ON leaks(vendor_id) WHERE closed_at IS NULL")
    con.execute(
        "CREATE UNIQUE INDEX leaks_evidence ON leaks(alias_id, evidence_sha256) WHERE evidence_sha256 IS NOT NULL"
    )


def _v11_person_like_me(con: Any) -> None:
    _v11_contacts(con)
    _v11_leaks(con)


STEPS: tuple[Step, ...] = (
    Step(1, "vault metadata and settings", _v1_meta_and_settings),
    Step(2, "vendors", _v2_vendors),
    Step(3, "the relationship domain and search", _v3_relationship_domain),
    Step(4, "vendor names sort by a Unicode fold", _v4_vendor_sort_keys),
    Step(5, "sharing: pseudonyms, keys on file, packages, received documents, the ledger", _v5_sharing),
    Step(6, "maintained totals for counts, sums and standing; indexes for the reputation filters", _v6_maintained_totals),
    Step(7, "indexes for reading the ledger a page at a time and the retention reminders", _v7_ledger_pages),
    Step(8, "search: one index column per field, so results quote and mark the field that matched", _v8_search_columns),
    Step(9, "vendor names fold invisible characters and runs of white space too", _v9_name_fold),
    Step(10, "money and deadlines: statement lines, payee choices, recurring decisions, reminders, follow-ups", _v10_money),
    Step(11, "a person like me: trusted contacts and their notes, aliases and leaks", _v11_person_like_me),
)
LATEST_VERSION = STEPS[-1].version


def schema_version(con: Any) -> int:
    """The newest applied step, 0 for an empty database."""
    has_table = con.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not has_table:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(con: Any, target: int | None = None) -> list[int]:
    """Apply every step above the current version up to `target` (default: the newest)."""
    target = LATEST_VERSION if target is None else target
    applied: list[int] = []
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    for step in STEPS:
        if step.version > target:
            break
        con.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another connection may have migrated meanwhile.
            if schema_version(con) >= step.version:
                con.execute("ROLLBACK")
                continue
            step.apply(con)
            con.execute(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)",
                (step.version, step.description, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        applied.append(step.version)
    return applied
