"""SQL for reputation notes with their tags and ratings (myvendors.domain.reputation is the
service over it): pages filtered by vendor, author, tag and rating, the authors and tags in use,
and the rating sums behind a standing.

Rows of vendors in the trash are left out of every listing across vendors (`LIVE_JOIN`, the join
on `vendors.deleted_at`), so trashing a vendor hides its records at once and restoring brings them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from myvendors.storage.db import Database, now_iso
from myvendors.storage.vendors import LIVE_JOIN

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
    live = "" if vendor_id is not None else LIVE_JOIN.format(t="n")
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
                  AND EXISTS (SELECT 1 FROM notes n {LIVE_JOIN.format(t='n')} WHERE n.author = a.name)
                ORDER BY name COLLATE NOCASE, name"""  # nosec B608  # constant identifiers; values bound
        )
    ]


def note_tags(db: Database) -> list[str]:
    """Every tag on a note about a vendor not in the trash, by name (one probe per tag)."""
    return [
        str(r[0])
        for r in db.query(
            f"""SELECT tags.name FROM tags WHERE EXISTS (
                    SELECT 1 FROM note_tags CROSS JOIN notes n ON n.id = note_tags.note_id {LIVE_JOIN.format(t='n')}
                    WHERE note_tags.tag_id = tags.id)
                ORDER BY tags.name COLLATE NOCASE"""  # nosec B608  # constant identifiers; values bound
        )
    ]


#: My notes' count and rating sums, as the maintained totals (`vendor_totals`) keep them.
MY_SUMS = (
    "my_notes AS notes, quality_sum, quality_n, price_sum, price_n, service_sum, service_n, honesty_sum, honesty_n"
)


def rating_sums(db: Database, vendor_id: int, author: str | None = None) -> dict[str, Any]:
    """Per dimension: sum and count of ratings, and how many notes, by one author (None: me).

    Mine come from the vendor's maintained totals; a trusted contact's from their notes of this vendor."""
    if author is None:
        rows = db.rows(f"SELECT {MY_SUMS} FROM vendor_totals WHERE vendor_id = ?", (vendor_id,))  # nosec B608  # constant identifiers; values bound
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
