"""Numbered schema steps. Append only: never edit a step that has shipped.

Each step runs in one transaction together with its row in `schema_version`, so a crash
leaves the vault at the version before or after the step, never between. The vault
service takes a backup before it migrates an existing vault.
"""

from __future__ import annotations

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
        insert = f"INSERT INTO {fts}(rowid, title, body) VALUES (new.id, {title_new}, {body.format(t='new')})"
        con.execute(f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN {insert}; END")
        con.execute(f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN DELETE FROM {fts} WHERE rowid = old.id; END")
        con.execute(
            f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
            f"DELETE FROM {fts} WHERE rowid = old.id; {insert}; END"
        )
    for link, owner, key in (("vendor_tags", "vendors", "vendor_id"), ("note_tags", "notes", "note_id")):
        title, body = _SEARCH_SOURCES[owner]
        title_sel = "''" if title == "''" else f"{owner}.{title}"
        refresh = (
            f"DELETE FROM {owner}_fts WHERE rowid = {{row}}.{key}; "
            f"INSERT INTO {owner}_fts(rowid, title, body) SELECT {owner}.id, {title_sel}, {body.format(t=owner)} "
            f"FROM {owner} WHERE {owner}.id = {{row}}.{key}"
        )
        con.execute(f"CREATE TRIGGER {link}_fts_ai AFTER INSERT ON {link} BEGIN {refresh.format(row='new')}; END")
        con.execute(f"CREATE TRIGGER {link}_fts_ad AFTER DELETE ON {link} BEGIN {refresh.format(row='old')}; END")
    # Vendors that existed before this step.
    title, body = _SEARCH_SOURCES["vendors"]
    con.execute(f"INSERT INTO vendors_fts(rowid, title, body) SELECT vendors.id, vendors.name, {body.format(t='vendors')} FROM vendors")


def _v4_vendor_sort_keys(con: Any) -> None:
    """Names sort as people expect ("Émile" beside "Emil", not after "Zeta"): a stored fold of the
    name, indexed with the filters the vendor list uses, so every page and count is an index walk."""
    from myvendors.storage.vendors import sort_key  # the one definition of the fold

    con.execute("ALTER TABLE vendors ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''")
    rows = con.execute("SELECT id, name FROM vendors").fetchall()
    con.executemany("UPDATE vendors SET sort_name = ? WHERE id = ?", [(sort_key(name), id_) for id_, name in rows])
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


STEPS: tuple[Step, ...] = (
    Step(1, "vault metadata and settings", _v1_meta_and_settings),
    Step(2, "vendors", _v2_vendors),
    Step(3, "the relationship domain and search", _v3_relationship_domain),
    Step(4, "vendor names sort by a Unicode fold", _v4_vendor_sort_keys),
    Step(5, "sharing: pseudonyms, keys on file, packages, received documents, the ledger", _v5_sharing),
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
