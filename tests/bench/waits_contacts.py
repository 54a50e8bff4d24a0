"""Trusted contacts: the contacts' standing beside hers, the voice counts of a page of vendors,
and taking a contact's bundle.

Data: a vault of its own per size, built once in the shared data folder: VENDORS[size] vendors,
50 contacts and up to CONTACT_NOTES[size] contact notes spread over the vendors (Zipf: a few
vendors have most voices; at most PER_PAIR notes of one contact on one vendor, so the
most-voiced vendor has at most 250), inserted through the storage SQL the import uses; her own
notes on the most-voiced vendor so that her standing has something to read.

Figures, each on a fresh connection (cold page cache, what opening a vendor's page costs):
- the contacts' standing of the most-voiced vendor (weighted sums per trust level and age band)
  beside her own standing of it (the kept totals: one row);
- listing every voice behind it (each note with its weight);
- the voice counts of a page of 200 vendors (the vendor list's "trusted contacts (n)") beside
  counting her own notes of the same vendors;
- a bundle of 100 notes about 100 vendors checked and imported (`read_bundle` + `apply_bundle`)
  beside checking it only.
"""

from __future__ import annotations

import gc
import random
import shutil
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import waits_data
from waits import Figure

from myvendors.domain import contacts, reputation, vendors
from myvendors.domain.contacts import bundles, keyfile, voices
from myvendors.domain.models import NoteDraft
from myvendors.domain.sharing import packages
from myvendors.storage import Database
from myvendors.storage import contacts as contacts_sql
from myvendors.vault import KdfParams, Vault

TOPIC = "contacts"
VENDORS = {"tiny": 300, "small": 2_000, "medium": 5_000, "full": 10_000}
CONTACT_NOTES = {"tiny": 5_000, "small": 30_000, "medium": 100_000, "full": 200_000}
CONTACTS = 50
PER_PAIR = 5  # notes one contact keeps on one vendor at most (a newer bundle replaces them): drawn beyond it are skipped
PASSPHRASE = "contacts bench passphrase"
TODAY = date(2026, 12, 1)
SEED = 15


def _key() -> keyfile.ContactKey:
    from jwcrypto import jwk

    public = jwk.JWK.generate(kty="OKP", crv="Ed25519").export_public()
    return keyfile.read_key_text(public)


def _build(path: Path, size: str) -> None:
    rng = random.Random(SEED)
    vault, _ = Vault.create(path, PASSPHRASE, kdf=KdfParams.floor())
    try:
        db = vault.db
        ids = [vendors.add_vendor(db, f"Vendor {n}", website=f"vendor{n}.example").id for n in range(VENDORS[size])]
        weights = [1 / (rank + 1) for rank in range(len(ids))]
        people = [contacts.add_contact(db, f"Contact {n}", _key(), trust=1 + n % 3).id for n in range(CONTACTS)]
        with db.transaction():
            bundle_ids = {c: contacts_sql.insert_bundle(db, {
                "contact_id": c, "document_id": f"urn:bench:{c}", "issued_at": "2026-11-01T00:00:00Z", "compact": "-",
                "sha256": "-"}) for c in people}
            per_pair: dict[tuple[int, int], int] = {}
            for vendor_id in rng.choices(ids, weights, k=CONTACT_NOTES[size]):
                contact = rng.choice(people)
                if per_pair.get((contact, vendor_id), 0) >= PER_PAIR:
                    continue
                per_pair[(contact, vendor_id)] = per_pair.get((contact, vendor_id), 0) + 1
                contacts_sql.insert_note(db, contact_id=contact, bundle_id=bundle_ids[contact], values={
                    "vendor_id": vendor_id, "vendor_key": f"vendor{vendor_id}.example", "vendor_name": "V",
                    "on_date": (TODAY - timedelta(days=rng.randint(0, 2000))).isoformat(), "text": "fine",
                    "tags": "[]", **{d: rng.randint(1, 5) for d in ("quality", "price", "service", "honesty")
                                     if rng.random() < 0.6}})
        for n in range(20):
            reputation.add_note(db, NoteDraft(ids[0], TODAY - timedelta(days=n * 30), "mine", {"quality": 1 + n % 5}))
        db.checkpoint()
    finally:
        vault.close()


def _vault(size: str, workdir: Path) -> Path:
    path = waits_data.data_dir(workdir) / f"contacts-{size}.myvendors"
    return waits_data.built_once(path, "contacts", lambda target: _build(target, size), size)


def _bundle_text(workdir: Path, vendor_count: int) -> tuple[str, keyfile.ContactKey]:
    """A real bundle: a sender's vault with 100 vendors and a note on each, shared to "Bench"."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    vault, _ = Vault.create(workdir / "sender.myvendors", PASSPHRASE, kdf=KdfParams.floor())
    try:
        db = vault.db
        shared = []
        for n in range(100):
            vendor = vendors.add_vendor(db, f"Vendor {n * (vendor_count // 100)}",
                                        website=f"vendor{n * (vendor_count // 100) + 1}.example")
            reputation.add_note(db, NoteDraft(vendor.id, TODAY, "seen", {"service": 4}))
            shared.append(vendor.id)
        key = keyfile.read_key_text(keyfile.key_text(keyfile.key_document(db, "Bench")))
        text = packages.share(db, packages.ShareSpec("reputation", contact="Bench", vendor_ids=tuple(shared))).compact
        return text, key
    finally:
        vault.close()


def measure(size: str, workdir: Path) -> list[Figure]:
    path = _vault(size, workdir)
    copy = workdir / "import.myvendors"
    vault = Vault.unlock(path, PASSPHRASE)
    key = vault._key()
    vault.close()

    def timed(fn: Callable[[Database], Any], at: Path = path) -> tuple[float, Any]:
        db = Database.open(at, key)
        try:
            gc.collect()
            started = time.perf_counter()
            result = fn(db)
            return time.perf_counter() - started, result
        finally:
            db.close()

    first = 1  # the most-voiced vendor (the first of the Zipf ranks)
    mine_s, _ = timed(lambda db: reputation.standing(db, first))
    theirs_s, standing = timed(lambda db: voices.contacts_standing(db, first, today=TODAY))
    voices_s, listed = timed(lambda db: voices.voices(db, first, today=TODAY))
    page = list(range(1, 201))
    counts_s, _ = timed(lambda db: voices.voice_counts(db, page))
    mine_counts_s, _ = timed(lambda db: db.query(
        "SELECT vendor_id, count(*) FROM notes WHERE vendor_id BETWEEN 1 AND 200 AND author IS NULL GROUP BY vendor_id"))

    text, _ = _bundle_text(workdir / "sender", VENDORS[size])
    shutil.copyfile(path, copy)  # checkpointed when it was closed: the file is the whole database
    check_s, _ = timed(lambda db: bundles.read_bundle(db, text, as_contact="Bench"), copy)
    import_s, done = timed(lambda db: bundles.import_bundle(db, text, as_contact="Bench", undecided_new=True), copy)
    n = int(timed(lambda db: db.query("SELECT count(*) FROM contact_notes")[0][0])[1])
    return [
        Figure(TOPIC, f"contacts' standing of the most-voiced vendor ({standing.notes:,} of {waits_data.short(n)} "
               "contact notes)", theirs_s * 1000, "ms", "her standing (kept totals)", mine_s * 1000, "≤ 50 ms",
               theirs_s <= 0.05, f"{standing.contacts} contacts"),
        Figure(TOPIC, f"every voice behind it ({len(listed):,} notes with their weights)", voices_s * 1000, "ms",
               note="newest first"),
        Figure(TOPIC, "voice counts of a page of 200 vendors", counts_s * 1000, "ms", "counting her own notes of them",
               mine_counts_s * 1000, "≤ 50 ms", counts_s <= 0.05),
        Figure(TOPIC, "a bundle of 100 notes on 100 vendors checked and imported", import_s * 1000, "ms",
               "checking it only", check_s * 1000, "≤ 1 s", import_s <= 1.0,
               f"{len(done.matched)} matched, {len(done.new_to_me)} new to her"),
    ]
