"""SQL for what a vendor relationship holds: agreements, the timeline, notes and attachments.

Rows of vendors in the trash are left out of every listing (the join on `vendors.deleted_at`),
so trashing a vendor hides its records at once and restoring brings them back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso

# CROSS JOIN keeps the record table as the outer loop, so its own index (e.g. timeline order)
# drives the query. With a plain JOIN and no statistics, SQLite started from `vendors_live`
# and sorted a million rows per page (40–110 ms; 1.7 ms this way: tests/bench/bench_domain.py).
_LIVE = "CROSS JOIN vendors v ON v.id = {t}.vendor_id AND v.deleted_at IS NULL"

# -- agreements ----------------------------------------------------------------------------
AGREEMENT_FIELDS = (
    "kind", "title", "price_minor", "currency", "period", "start_date", "end_date", "renewal_date",
    "cancel_by_date", "notice_days", "notes",
)
_AGREEMENT_COLUMNS = "a.id, a.uid, a.vendor_id, " + ", ".join(f"a.{f}" for f in AGREEMENT_FIELDS) + ", a.created_at, a.updated_at"


def insert_agreement(db: Database, *, uid: str, vendor_id: int, values: dict[str, Any]) -> int:
    stamp = now_iso()
    cur = db.execute(
        f"INSERT INTO agreements(uid, vendor_id, {', '.join(AGREEMENT_FIELDS)}, created_at, updated_at) "  # nosec B608  # columns: AGREEMENT_FIELDS; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in AGREEMENT_FIELDS)}, ?, ?)",
        (uid, vendor_id, *(values.get(f) for f in AGREEMENT_FIELDS), stamp, stamp),
    )
    return int(cur.lastrowid)


def update_agreement(db: Database, agreement_id: int, values: dict[str, Any]) -> None:
    assignments = ", ".join(f"{f} = ?" for f in AGREEMENT_FIELDS)
    db.execute(
        f"UPDATE agreements SET {assignments}, updated_at = ? WHERE id = ?",  # nosec B608  # columns: AGREEMENT_FIELDS; values bound
        (*(values.get(f) for f in AGREEMENT_FIELDS), now_iso(), agreement_id),
    )


def delete_agreement(db: Database, agreement_id: int) -> None:
    db.execute("DELETE FROM agreements WHERE id = ?", (agreement_id,))


def get_agreement(db: Database, agreement_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_AGREEMENT_COLUMNS} FROM agreements a WHERE a.id = ?", (agreement_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def agreements_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {_AGREEMENT_COLUMNS} FROM agreements a WHERE a.vendor_id = ? ORDER BY a.title COLLATE NOCASE, a.id",  # nosec B608  # constant identifiers; values bound
        (vendor_id,),
    )


def all_agreements(db: Database) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT {_AGREEMENT_COLUMNS}, v.name AS vendor_name FROM agreements a {_LIVE.format(t='a')} ORDER BY a.id"  # nosec B608  # constant identifiers; values bound
    )


def due_between(db: Database, first: str, last: str) -> list[dict[str, Any]]:
    """Agreements whose renewal or cancel-by date falls in [first, last] (ISO dates), soonest first."""
    return db.rows(
        f"""SELECT {_AGREEMENT_COLUMNS}, v.name AS vendor_name, 'cancel-by' AS what, a.cancel_by_date AS due
            FROM agreements a {_LIVE.format(t='a')} WHERE a.cancel_by_date BETWEEN ? AND ?
            UNION ALL
            SELECT {_AGREEMENT_COLUMNS}, v.name AS vendor_name, 'renews' AS what, a.renewal_date AS due
            FROM agreements a {_LIVE.format(t='a')} WHERE a.renewal_date BETWEEN ? AND ?
            ORDER BY due, what DESC, 1""",  # nosec B608  # constant identifiers; values bound
        (first, last, first, last),
    )


# -- interactions (the timeline) -----------------------------------------------------------
INTERACTION_FIELDS = ("kind", "at", "amount_minor", "currency", "channel", "note")
_INTERACTION_COLUMNS = "i.id, i.uid, i.vendor_id, " + ", ".join(f"i.{f}" for f in INTERACTION_FIELDS) + ", i.created_at"


def insert_interaction(db: Database, *, uid: str, vendor_id: int, values: dict[str, Any]) -> int:
    cur = db.execute(
        f"INSERT INTO interactions(uid, vendor_id, {', '.join(INTERACTION_FIELDS)}, created_at) "  # nosec B608  # columns: INTERACTION_FIELDS; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in INTERACTION_FIELDS)}, ?)",
        (uid, vendor_id, *(values.get(f) for f in INTERACTION_FIELDS), now_iso()),
    )
    return int(cur.lastrowid)


def update_interaction(db: Database, interaction_id: int, *, vendor_id: int, values: dict[str, Any]) -> None:
    """Every field of one interaction at once (the triggers move its totals and its search row)."""
    assignments = ", ".join(f"{f} = ?" for f in INTERACTION_FIELDS)
    db.execute(
        f"UPDATE interactions SET vendor_id = ?, {assignments} WHERE id = ?",  # nosec B608  # columns: INTERACTION_FIELDS; values bound
        (vendor_id, *(values.get(f) for f in INTERACTION_FIELDS), interaction_id),
    )


def delete_interaction(db: Database, interaction_id: int) -> None:
    db.execute("DELETE FROM interactions WHERE id = ?", (interaction_id,))


def get_interaction(db: Database, interaction_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_INTERACTION_COLUMNS} FROM interactions i WHERE i.id = ?", (interaction_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def timeline_page(
    db: Database,
    *,
    vendor_id: int | None,
    before: tuple[str, int] | None = None,
    after: tuple[str, int] | None = None,
    limit: int,
    skip: int = 0,
    from_end: bool = False,
) -> list[dict[str, Any]]:
    """Newest first, keyset-paged on (at, id) over an index: the page older than `before`, or
    newer than `after`. A jump with no neighbour skips `skip` rows from the newest or, with
    `from_end`, from the oldest. Rows always come back newest first."""
    where: list[str] = []
    params: list[Any] = []
    if vendor_id is not None:
        where.append("i.vendor_id = ?")
        params.append(vendor_id)
    if before is not None:
        where.append("(i.at, i.id) < (?, ?)")
        params.extend(before)
    if after is not None:
        where.append("(i.at, i.id) > (?, ?)")
        params.extend(after)
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    live = "" if vendor_id is not None else _LIVE.format(t="i")
    reverse = after is not None or from_end
    direction = "ASC" if reverse else "DESC"
    rows = db.rows(
        f"SELECT {_INTERACTION_COLUMNS} FROM interactions i {live} {clause} "  # nosec B608  # constant identifiers; values bound
        f"ORDER BY i.at {direction}, i.id {direction} LIMIT ? OFFSET ?",
        (*params, limit, skip),
    )
    return rows[::-1] if reverse else rows


def count_newer(db: Database, *, vendor_id: int, at: str, interaction_id: int) -> int:
    """How many of one vendor's interactions come before (at, id) newest first: a count over the
    vendor's index, as long as the vendor's timeline at most."""
    return int(db.query(
        "SELECT count(*) FROM interactions WHERE vendor_id = ? AND (at, id) > (?, ?)", (vendor_id, at, interaction_id)
    )[0][0])


def count_interactions(db: Database, vendor_id: int | None = None) -> int:
    """Interactions of one vendor, or of every vendor not in the trash (what the timeline lists).

    Read from the totals the triggers of schema step 6 keep: one row, whatever the timeline's length."""
    if vendor_id is None:
        rows = db.query("SELECT n FROM counters WHERE name = 'live_interactions'")
    else:
        rows = db.query("SELECT interactions FROM vendor_totals WHERE vendor_id = ?", (vendor_id,))
    return int(rows[0][0]) if rows else 0


def amount_totals(db: Database, vendor_id: int | None = None) -> list[dict[str, Any]]:
    """Per currency: the sum of amounts and how many interactions carry one, for one vendor or for
    every vendor not in the trash. From maintained totals (one row per vendor and currency)."""
    if vendor_id is not None:
        return db.rows(
            "SELECT currency, amount_minor, n FROM amount_totals WHERE vendor_id = ? ORDER BY currency", (vendor_id,)
        )
    return db.rows(
        f"SELECT a.currency, sum(a.amount_minor) AS amount_minor, sum(a.n) AS n FROM amount_totals a "  # nosec B608  # constant identifiers; values bound
        f"{_LIVE.format(t='a')} GROUP BY a.currency ORDER BY a.currency"
    )


# -- reputation notes ----------------------------------------------------------------------
NOTE_FIELDS = ("on_date", "text", "quality", "price", "service", "honesty", "author")
_NOTE_COLUMNS = (
    "n.id, n.uid, n.vendor_id, " + ", ".join(f"n.{f}" for f in NOTE_FIELDS) + ", n.created_at, "  # nosec B608  # columns from NOTE_FIELDS; no input
    "(SELECT group_concat(name, char(31)) FROM (SELECT tags.name FROM note_tags JOIN tags ON tags.id = "
    "note_tags.tag_id WHERE note_tags.note_id = n.id ORDER BY tags.name COLLATE NOCASE)) AS tags"
)


def insert_note(db: Database, *, uid: str, vendor_id: int, values: dict[str, Any], tags: Sequence[str]) -> int:
    cur = db.execute(
        f"INSERT INTO notes(uid, vendor_id, {', '.join(NOTE_FIELDS)}, created_at) "  # nosec B608  # columns: NOTE_FIELDS; values bound
        f"VALUES (?, ?, {', '.join('?' for _ in NOTE_FIELDS)}, ?)",
        (uid, vendor_id, *(values.get(f) for f in NOTE_FIELDS), now_iso()),
    )
    note_id = int(cur.lastrowid)
    _add_note_tags(db, note_id, tags)
    return note_id


def _add_note_tags(db: Database, note_id: int, tags: Sequence[str]) -> None:
    for tag in tags:
        db.execute("INSERT INTO tags(name) VALUES (?) ON CONFLICT(name) DO NOTHING", (tag,))
        db.execute("INSERT OR IGNORE INTO note_tags(note_id, tag_id) SELECT ?, id FROM tags WHERE name = ?", (note_id, tag))


def update_note(db: Database, note_id: int, *, vendor_id: int, values: dict[str, Any], tags: Sequence[str]) -> None:
    """Every field of one note and its tags at once (the triggers move my sums and its search row)."""
    assignments = ", ".join(f"{f} = ?" for f in NOTE_FIELDS)
    db.execute(
        f"UPDATE notes SET vendor_id = ?, {assignments} WHERE id = ?",  # nosec B608  # columns: NOTE_FIELDS; values bound
        (vendor_id, *(values.get(f) for f in NOTE_FIELDS), note_id),
    )
    db.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
    _add_note_tags(db, note_id, tags)


def delete_note(db: Database, note_id: int) -> None:
    db.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def get_note(db: Database, note_id: int) -> dict[str, Any] | None:
    rows = db.rows(f"SELECT {_NOTE_COLUMNS} FROM notes n WHERE n.id = ?", (note_id,))  # nosec B608  # constant identifiers; values bound
    return rows[0] if rows else None


def _tag_filter(db: Database, tag: str, limit: int) -> str:
    """The tag condition, written so that SQLite takes the cheaper of two walks: the tag's notes
    (index on note_tags(tag_id)) then sorted by date, or all notes newest first until `limit`
    carry the tag. The first costs the tag's size, the second about limit × notes / tag's size:
    a rare tag is read from its index, a common one found walking the dates."""
    notes = int(db.query("SELECT coalesce(max(id), 0) FROM notes")[0][0])  # an upper bound, O(1)
    enough = int((max(limit, 1) * notes) ** 0.5) + 1
    tagged = int(db.query(
        "SELECT count(*) FROM (SELECT 1 FROM note_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?) LIMIT ?)",
        (tag, enough),
    )[0][0])
    if tagged < enough:
        return "n.id IN (SELECT note_tags.note_id FROM note_tags WHERE note_tags.tag_id = (SELECT tags.id FROM tags WHERE tags.name = ?))"
    return (
        "EXISTS (SELECT 1 FROM note_tags JOIN tags ON tags.id = note_tags.tag_id "
        "WHERE note_tags.note_id = n.id AND tags.name = ?)"
    )


def notes_page(
    db: Database,
    *,
    vendor_id: int | None = None,
    author: str | None = None,
    mine: bool | None = None,
    tag: str | None = None,
    min_rating: int | None = None,
    before: tuple[str, int] | None = None,
    limit: int = 200,
) -> list[dict[str, Any]]:
    where: list[str] = ["1"]
    params: list[Any] = []
    if vendor_id is not None:
        where.append("n.vendor_id = ?")
        params.append(vendor_id)
    if mine is True:
        where.append("n.author IS NULL")
    elif author is not None:
        where.append("n.author = ?")
        params.append(author)
    if tag is not None:
        where.append(_tag_filter(db, tag, limit))
        params.append(tag)
    if min_rating is not None:
        where.append(
            "(coalesce(n.quality, 0) + coalesce(n.price, 0) + coalesce(n.service, 0) + coalesce(n.honesty, 0)) * 1.0 "
            "/ nullif((n.quality IS NOT NULL) + (n.price IS NOT NULL) + (n.service IS NOT NULL) "
            "+ (n.honesty IS NOT NULL), 0) >= ?"
        )
        params.append(min_rating)
    if before is not None:
        where.append("(n.on_date, n.id) < (?, ?)")
        params.extend(before)
    # A named vendor's notes come whether or not it is in the trash (as its timeline does);
    # across all vendors, the trash hides them.
    live = "" if vendor_id is not None else _LIVE.format(t="n")
    return db.rows(
        f"SELECT {_NOTE_COLUMNS} FROM notes n {live} WHERE {' AND '.join(where)} "  # nosec B608  # constant identifiers; values bound
        "ORDER BY n.on_date DESC, n.id DESC LIMIT ?",
        (*params, limit),
    )


def note_authors(db: Database) -> list[str]:
    """Every trusted contact who wrote a note about a vendor not in the trash, by name.

    A skip-scan of the (author, ...) index: one seek per author, not a read of every note."""
    return [
        str(r[0])
        for r in db.query(
            f"""WITH RECURSIVE a(name) AS (
                    SELECT (SELECT min(author) FROM notes WHERE author IS NOT NULL)
                    UNION ALL
                    SELECT (SELECT min(author) FROM notes WHERE author > a.name) FROM a WHERE a.name IS NOT NULL)
                SELECT name FROM a WHERE name IS NOT NULL
                  AND EXISTS (SELECT 1 FROM notes n {_LIVE.format(t='n')} WHERE n.author = a.name)
                ORDER BY name COLLATE NOCASE, name"""  # nosec B608  # constant identifiers; values bound
        )
    ]


def note_tags(db: Database) -> list[str]:
    """Every tag on a note about a vendor not in the trash, by name (one probe per tag)."""
    return [
        str(r[0])
        for r in db.query(
            f"""SELECT tags.name FROM tags WHERE EXISTS (
                    SELECT 1 FROM note_tags CROSS JOIN notes n ON n.id = note_tags.note_id {_LIVE.format(t='n')}
                    WHERE note_tags.tag_id = tags.id)
                ORDER BY tags.name COLLATE NOCASE"""  # nosec B608  # constant identifiers; values bound
        )
    ]


_MY_SUMS = (
    "my_notes AS notes, quality_sum, quality_n, price_sum, price_n, service_sum, service_n, honesty_sum, honesty_n"
)


def rating_sums(db: Database, vendor_id: int, author: str | None = None) -> dict[str, Any]:
    """Per dimension: sum and count of ratings, and how many notes, by one author (None: me).

    Mine come from the vendor's maintained totals; a trusted contact's from their notes of this vendor."""
    if author is None:
        rows = db.rows(f"SELECT {_MY_SUMS} FROM vendor_totals WHERE vendor_id = ?", (vendor_id,))  # nosec B608  # constant identifiers; values bound
        if rows:
            return rows[0]
    row = db.rows(
        """SELECT count(*) AS notes,
                  total(quality) AS quality_sum, count(quality) AS quality_n,
                  total(price) AS price_sum, count(price) AS price_n,
                  total(service) AS service_sum, count(service) AS service_n,
                  total(honesty) AS honesty_sum, count(honesty) AS honesty_n
           FROM notes WHERE vendor_id = ? AND author IS ?""",
        (vendor_id, author),
    )
    return row[0]


# -- attachments ---------------------------------------------------------------------------
def insert_attachment(db: Database, *, uid: str, vendor_id: int, filename: str, media_type: str) -> int:
    cur = db.execute(
        "INSERT INTO attachments(uid, vendor_id, filename, media_type, size, sha256, created_at) "
        "VALUES (?, ?, ?, ?, 0, '', ?)",
        (uid, vendor_id, filename, media_type, now_iso()),
    )
    return int(cur.lastrowid)


def insert_chunk(db: Database, attachment_id: int, seq: int, data: bytes) -> None:
    db.execute("INSERT INTO attachment_chunks(attachment_id, seq, data) VALUES (?, ?, ?)", (attachment_id, seq, data))


def finish_attachment(db: Database, attachment_id: int, *, size: int, sha256: str) -> None:
    db.execute("UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?", (size, sha256, attachment_id))


def get_attachment(db: Database, attachment_id: int) -> dict[str, Any] | None:
    rows = db.rows("SELECT id, uid, vendor_id, filename, media_type, size, sha256, created_at FROM attachments WHERE id = ?",
                   (attachment_id,))
    return rows[0] if rows else None


def attachments_of(db: Database, vendor_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, uid, vendor_id, filename, media_type, size, sha256, created_at FROM attachments "
        "WHERE vendor_id = ? ORDER BY created_at DESC, id DESC",
        (vendor_id,),
    )


def chunks(db: Database, attachment_id: int) -> Iterator[bytes]:
    """The attachment's bytes, one chunk at a time (never the whole file in one query)."""
    seq = -1
    while True:
        rows = db.query(
            "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? AND seq > ? ORDER BY seq LIMIT 1",
            (attachment_id, seq),
        )
        if not rows:
            return
        seq = int(rows[0][0])
        yield bytes(rows[0][1])


def delete_attachment(db: Database, attachment_id: int) -> None:
    db.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


# -- insights (summaries across tables, for lists and the overview) ------------------------
# 12 × a note's score is a whole number (12 is divisible by 1, 2, 3 and 4): sums stay exact.
_NOTE_SCORE12 = (
    "((coalesce(quality, 0) + coalesce(price, 0) + coalesce(service, 0) + coalesce(honesty, 0)) * 12 "
    "/ nullif((quality IS NOT NULL) + (price IS NOT NULL) + (service IS NOT NULL) + (honesty IS NOT NULL), 0))"
)


def standing_changes(db: Database, *, since: str, drop: float) -> list[dict[str, Any]]:
    """Vendors whose mean note score (mine) since `since` is at least `drop` below the earlier mean.

    Reads only my notes within the window (a covering index on their date); the earlier mean is
    the vendor's maintained total minus the window's. Means are exact sums over whole numbers
    (12 × each score), and "at least `drop` below" is compared without rounding."""
    return db.rows(
        f"""WITH recent AS (
                SELECT vendor_id, sum(score12) AS recent12, count(*) AS recent_notes
                FROM (SELECT vendor_id, {_NOTE_SCORE12} AS score12 FROM notes INDEXED BY notes_mine_on
                      WHERE author IS NULL AND on_date >= ?)
                WHERE score12 IS NOT NULL GROUP BY vendor_id
            ), per_vendor AS (
                SELECT r.vendor_id, r.recent12, r.recent_notes,
                       t.score12_sum - r.recent12 AS earlier12, t.scored_notes - r.recent_notes AS earlier_notes
                FROM recent r CROSS JOIN vendor_totals t ON t.vendor_id = r.vendor_id
            )
            SELECT p.vendor_id, p.recent12 * 1.0 / (12 * p.recent_notes) AS recent_mean, p.recent_notes,
                   p.earlier12 * 1.0 / (12 * p.earlier_notes) AS earlier_mean, p.earlier_notes, v.name AS vendor_name
            FROM per_vendor p CROSS JOIN vendors v ON v.id = p.vendor_id AND v.deleted_at IS NULL
            WHERE p.earlier_notes > 0
              AND p.recent12 * p.earlier_notes <= p.earlier12 * p.recent_notes - ? * 12 * p.recent_notes * p.earlier_notes
            ORDER BY recent_mean - earlier_mean, v.name COLLATE NOCASE""",  # nosec B608  # constant identifiers; values bound
        (since, drop),
    )


def vendor_summaries(db: Database, vendor_ids: Sequence[int], *, today: str) -> dict[str, list[dict[str, Any]]]:
    """For a page of vendors, in three queries (never one per vendor): the next renewal date,
    the yearly cost per currency, and the sums behind my standing."""
    if not vendor_ids:
        return {"renewals": [], "costs": [], "ratings": []}
    marks = ", ".join("?" for _ in vendor_ids)
    renewals = db.rows(
        f"SELECT vendor_id, min(renewal_date) AS next_renewal FROM agreements "  # nosec B608  # only ? marks joined in; ids bound
        f"WHERE vendor_id IN ({marks}) AND renewal_date >= ? GROUP BY vendor_id",
        (*vendor_ids, today),
    )
    costs = db.rows(
        f"""SELECT vendor_id, currency, sum(price_minor * CASE period WHEN 'weekly' THEN 52 WHEN 'monthly' THEN 12
                   WHEN 'quarterly' THEN 4 WHEN 'yearly' THEN 1 ELSE 0 END) AS yearly_minor
            FROM agreements WHERE vendor_id IN ({marks}) AND price_minor IS NOT NULL AND period != 'none'
              AND (end_date IS NULL OR end_date >= ?)
            GROUP BY vendor_id, currency ORDER BY vendor_id, currency""",  # nosec B608  # only ? marks joined in; ids bound
        (*vendor_ids, today),
    )
    ratings = db.rows(
        f"SELECT vendor_id, {_MY_SUMS} FROM vendor_totals WHERE vendor_id IN ({marks}) AND my_notes > 0",  # nosec B608  # only ? marks joined in; ids bound
        tuple(vendor_ids),
    )
    return {"renewals": renewals, "costs": costs, "ratings": ratings}


_PER_YEAR = ("CASE a.period WHEN 'weekly' THEN 52 WHEN 'monthly' THEN 12 WHEN 'quarterly' THEN 4 "
             "WHEN 'yearly' THEN 1 ELSE 0 END")


def yearly_spending(db: Database, *, today: str, top: int) -> dict[str, list[dict[str, Any]]]:
    """What the running priced agreements of live vendors cost a year, per currency ("totals"), and
    per currency and vendor category, the `top` dearest categories of each currency ("categories").
    Two aggregate queries: a few rows whatever the number of agreements."""
    running = (f"FROM agreements a {_LIVE.format(t='a')} WHERE a.price_minor IS NOT NULL AND a.period != 'none' "
               "AND (a.end_date IS NULL OR a.end_date >= ?)")
    totals = db.rows(
        f"SELECT a.currency, sum(a.price_minor * {_PER_YEAR}) AS yearly_minor {running} "
        "GROUP BY a.currency ORDER BY yearly_minor DESC, a.currency",
        (today,),
    )
    categories = db.rows(
        f"""SELECT currency, category, yearly_minor FROM (
                SELECT currency, category, yearly_minor,
                       row_number() OVER (PARTITION BY currency ORDER BY yearly_minor DESC, category) AS place
                FROM (SELECT a.currency, nullif(trim(v.category), '') AS category,
                             sum(a.price_minor * {_PER_YEAR}) AS yearly_minor
                      {running} GROUP BY a.currency, nullif(trim(v.category), '')))
            WHERE place <= ? ORDER BY currency, place""",  # nosec B608  # constant identifiers; values bound
        (today, top),
    )
    return {"totals": totals, "categories": categories}
