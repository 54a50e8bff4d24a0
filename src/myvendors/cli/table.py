"""Every command, declared as data: its words, help, arguments and the handler that runs it.

The parser is built from this table without importing any handler: `handler` names a function
as ``"module:function"`` of a module of this package, imported only when that command runs.

Two kinds of command:

- over the vault's records (`unlocks=True`, the default): the parser adds ``--vault PATH``,
  ``--json`` and ``--passphrase-stdin``; the runner parses the arguments, unlocks the vault and
  calls ``handler(db, args) -> (json_object, text)``, then prints one or the other;
- any other (`unlocks=False`): ``handler(args, io) -> exit code`` does it all (the vault
  commands: init, check, passwd, …).

The runner converts every option that has a `convert` before calling the handler (a bad value is
invalid input, exit 4, before any secret is asked).

Adding a command: write its handler in a module ``cmd_<group>.py`` here, add one entry to a
table below (and, for a new first word, the word to `names.py` at the same place; for a new
group of two-word commands, its line to `GROUP_HELP`), and document it in docs/CLI.md. E.g.::

    # cmd_demo.py
    def create(args: argparse.Namespace, io: Io) -> int: ...   # prints with output.emit, returns EXIT_OK

    # below, in VAULT_COMMANDS (and "demo" after "restore" in names.COMMANDS)
    Command(("demo",), "create a demo vault", "cmd_demo:create",
            (Opt("path", "where to create it"), Opt("--seed", "…", usage_type=int, metavar="N", default=1)),
            unlocks=False, secrets=False)

Help texts that name the domain's constants repeat them here, so that `--help` imports no domain
module; tests/test_cli_layout.py checks they are still the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from myvendors.cli.options import (
    DATE,
    DAYS_LIST,
    EXISTING_FILE,
    ID,
    INSTANT,
    LIMIT,
    NEW_FILE,
    NEW_FILE_OR_FOLDER,
    RATING,
    RATING_OR_NONE,
    Conv,
    EnumConv,
    Opt,
    choice,
    csv_ids,
    csv_words,
    id_opt,
    mapping,
    money_opts,
    profile_pair,
    scope,
    whole,
)

# The domain's constants the help texts name (checked against the domain by the tests).
RATING_DIMENSIONS = ("quality", "price", "service", "honesty")  # domain.models.RATING_DIMENSIONS
IMPORT_FORMATS = ("csv", "vcard")  # domain.importing.FORMATS
# importers.csv_vendors.FIELDS
CSV_FIELDS = ("name", "website", "category", "email", "phone", "address", "notes", "tags", "contact", "title")
STATEMENT_FIELDS = ("date", "payee", "amount", "debit", "credit", "memo", "currency")  # cli.cmd_statements.MAP_FIELDS
MAX_ALARM_DAYS = 366  # domain.exporters.ics.MAX_ALARM_DAYS
PROFILE_FIELDS = ("name", "email", "phone", "street_address", "postal_code", "city", "country", "language",
                  "preferences")  # domain.sharing.choices.PROFILE_FIELDS
REQUEST_FIELDS = ("title", "description", "category", "location", "needed_by", "budget",
                  "conditions")  # domain.sharing.choices.REQUEST_FIELDS
LETTER_FORMATS = ("pdf", "text", "mailto")  # domain.letters.FORMATS
LETTER_LANGUAGES = ("en", "de", "fr")  # domain.letters.LANGUAGES
LETTER_FIELDS = ("name", "street_address", "postal_code", "city", "country", "email",
                 "phone")  # domain.letters.LETTER_FIELDS
DISPUTE_PARTS = ("timeline", "agreements", "payments", "notes", "packages", "documents",
                 "leaks")  # domain.dispute.RECORD_PARTS
DEMO_SIZES = ("small", "medium", "full")  # domain.demo.SIZES
DEMO_SEED = 2024  # domain.demo.DEFAULT_SEED
DEMO_PASSPHRASE = "demo vault passphrase"  # domain.demo.PASSPHRASE  # noqa: S105  # nosec B105  # the documented passphrase of every demo vault, not a secret
DEFAULT_KDF_SECONDS = 0.75  # vault.constants.DEFAULT_KDF_SECONDS
DEFAULT_BACKUPS_KEPT = 10  # vault.backups.DEFAULT_BACKUPS_KEPT
MIN_PASSPHRASE_SCORE = 3  # domain.strength.MIN_SCORE
SPEND_BY = ("month", "category", "vendor")  # domain.spending.By
SPEND_MAX_MONTHS = 120  # domain.spending.MAX_MONTHS
SPEND_MAX_TOP = 100  # domain.spending.MAX_TOP

#: in a help text, replaced by the default vault's path when the help is shown
DEFAULT_VAULT = "{default_vault}"
VAULT_HELP = f"the vault file (default: {DEFAULT_VAULT})"


@dataclass(frozen=True)
class Command:
    """A command: `words` ("vendor", "add"), help, arguments, and the handler that runs it."""

    words: tuple[str, ...]
    help: str
    handler: str  # "module:function" in myvendors.cli, imported when the command runs
    options: tuple[Opt, ...] = ()
    #: names of options of which exactly one must be given
    one_of: tuple[str, ...] = ()
    #: True: a command over the vault's records, `handler(db, args) -> (data, text)` on the unlocked vault;
    #: False: `handler(args, io) -> exit code`
    unlocks: bool = True
    secrets: bool = True  # offers --passphrase-stdin
    describe: bool = True  # its help is also the description its --help shows


RecordCommand = Command  # the name it had when every command was over the records


# -- the vault ----------------------------------------------------------------------------
_PATH = Opt("path", VAULT_HELP, metavar="PATH", optional=True)
_KDF = Opt("--kdf-seconds", "how long deriving the key from the passphrase should take on this machine "
           f"(default {DEFAULT_KDF_SECONDS}; 0 = the minimum, 64 MiB Argon2id)", metavar="S", usage_type=float,
           default=DEFAULT_KDF_SECONDS)
_ALLOW_WEAK = Opt("--allow-weak", "accept a new passphrase that zxcvbn rates weak (below "
                  f"{MIN_PASSPHRASE_SCORE} of 4); without it a weak one is refused (exit 4)", switch=True)


def _vault_command(word: str, help_text: str, *options: Opt, secrets: bool = True) -> Command:
    return Command((word,), help_text, f"cmd_vault:{word}", options, unlocks=False, secrets=secrets, describe=False)


VAULT_COMMANDS: tuple[Command, ...] = (
    _vault_command("init", "create a new vault and print its recovery key once", _PATH,
                   Opt("--recovery-kit", "also write a printable recovery kit to FILE", metavar="FILE"), _KDF,
                   _ALLOW_WEAK),
    _vault_command("check", "verify every page of the vault and its structure", _PATH,
                   Opt("--repair-totals", "recompute the kept totals (counts, sums) from the rows when they disagree",
                       switch=True),
                   Opt("--acknowledge-lost-wal", "after reporting a deleted write-ahead log (wal_problems), stop "
                       "reporting it: the next check is clean", switch=True)),
    _vault_command("passwd", "change the passphrase (stdin: current, then new)", _PATH, _KDF, _ALLOW_WEAK),
    _vault_command("recover", "set a new passphrase with the recovery key (stdin: key, then new)", _PATH, _KDF,
                   _ALLOW_WEAK),
    _vault_command("backup", "back up the vault (both files), keeping the last N", _PATH,
                   Opt("--keep", "backups to keep (default 10)", metavar="N", usage_type=int,
                       default=DEFAULT_BACKUPS_KEPT),
                   Opt("--to", "folder for the backups (default: backups/ beside the vault)", metavar="DIR")),
    _vault_command("backups", "list the backups of a vault, newest first", _PATH,
                   Opt("--to", "the folder the backups were written to, if not the default", metavar="DIR"),
                   secrets=False),
    _vault_command("restore", "put a backup back; the files it replaces are kept",
                   Opt("backup", "a backup folder (or the vault file inside it)"),
                   Opt("path", "where the vault is restored to"),
                   Opt("--recovery-key", "unlock with the recovery key instead of the passphrase", switch=True),
                   Opt("--use-backup-secrets", "accept a passphrase or recovery key that opens only the backup, "
                       "bringing its (older) secrets back", switch=True)),
)


# -- the records: vendors, agreements, timeline, notes, requests, offers, search, import, export
def _vendor_options(*, adding: bool) -> tuple[Opt, ...]:
    return (
        Opt("--name", "the vendor's name", required=adding),
        Opt("--website", "web address (https:// is added when missing)", metavar="URL"),
        Opt("--category", "what kind of vendor (free text)", metavar="C"),
        Opt("--email", "e-mail address", metavar="E"),
        Opt("--phone", "phone number", metavar="P"),
        Opt("--address", "postal address", metavar="A"),
        Opt("--notes", "free notes", metavar="N"),
        Opt("--tag", "a tag (repeat for more)" + ("" if adding else "; replaces all tags, --tag '' clears them"),
            metavar="T", many=True),
        Opt("--status", "active, former or blocked", EnumConv("VendorStatus"), metavar="S"),
    )


_VENDOR = id_opt("--vendor", "vendor")
_ID = Opt("id", "the record's id", ID)
_TARGET = Opt("file", "where to write it (replaced if it exists)", NEW_FILE)

def _interaction_options(*, adding: bool) -> tuple[Opt, ...]:
    return (
        id_opt("--vendor", "vendor" if adding else "vendor to move it to", required=adding),
        Opt("--kind", "payment, subscription, complaint, recommend, … (see docs/CLI.md)", EnumConv("InteractionKind"),
            required=adding),
        Opt("--at", "when (date, or date and time; default now)" if adding else "when (date, or date and time)",
            INSTANT, metavar="WHEN"),
        *money_opts(("--amount", "amount, e.g. 12.99 (negative for a refund)"
                     + ("" if adding else "; --amount '' removes it"))),
        Opt("--channel", "how: e-mail, phone, shop, …", metavar="CH"),
        Opt("--note", "what happened", metavar="N"),
    )


def _agreement_options(*, adding: bool) -> tuple[Opt, ...]:
    return (
        Opt("--kind", "subscription, contract, warranty, membership or loyalty", EnumConv("AgreementKind"),
            required=adding),
        Opt("--title", "what it is, e.g. the plan's name", required=adding),
        *money_opts(("--price", "price per period, e.g. 12.99")),
        Opt("--period", "billing period: none, weekly, monthly, quarterly or yearly", EnumConv("BillingPeriod")),
        Opt("--start", "first day (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--end", "last day (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--renewal", "next renewal (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--cancel-by", "last day to cancel (default: renewal minus --notice-days)", DATE, metavar="DATE"),
        Opt("--notice-days", "notice period in days", whole(0, 3650), metavar="N"),
        Opt("--trial-end", "last day of a free trial (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--reference", "contract or customer number, quoted in a cancellation letter"
            + ("" if adding else "; --reference '' removes it"), metavar="REF"),
        Opt("--notes", "free notes", metavar="N"),
    )


def _note_options(*, adding: bool) -> tuple[Opt, ...]:
    return (
        id_opt("--vendor", "vendor" if adding else "vendor to move it to", required=adding),
        *(Opt(f"--{name}", f"{name} rating, 1 to 5", RATING, metavar="1-5") if adding
          else Opt(f"--{name}", f"{name} rating, 1 to 5 (0 removes it)", RATING_OR_NONE, metavar="0-5")
          for name in RATING_DIMENSIONS),
        Opt("--text", "what you think", metavar="T"),
        Opt("--tag", "a tag (repeat for more)" + ("" if adding else "; replaces all tags, --tag '' clears them"),
            metavar="T", many=True),
        Opt("--on", "the note's date (default today)" if adding else "the note's date", DATE, metavar="DATE"),
    )


RECORD_COMMANDS: tuple[Command, ...] = (
    Command(("vendor", "add"), "add a vendor", "cmd_vendors:vendor_add", _vendor_options(adding=True)),
    Command(("vendor", "list"), "list vendors by name", "cmd_vendors:vendor_list", (
        Opt("--status", "only vendors with this status", EnumConv("VendorStatus"), metavar="S"),
        Opt("--tag", "only vendors with this tag", metavar="T"),
        Opt("--limit", "at most N (default 200)", LIMIT, metavar="N", default="200"),
        Opt("--trashed", "list the trash instead", switch=True),
    )),
    Command(("vendor", "show"), "a vendor with its agreements, standing and recent timeline",
            "cmd_vendors:vendor_show", (_ID,)),
    Command(("vendor", "edit"), "change a vendor's fields", "cmd_vendors:vendor_edit",
            (_ID, *_vendor_options(adding=False))),
    Command(("vendor", "delete"), "move a vendor to the trash (undo: vendor restore)", "cmd_vendors:vendor_delete",
            (_ID,)),
    Command(("vendor", "restore"), "bring a vendor back from the trash", "cmd_vendors:vendor_restore", (_ID,)),
    Command(("agreement", "add"), "add a subscription, contract, warranty, membership or loyalty account",
            "cmd_agreements:agreement_add", (_VENDOR, *_agreement_options(adding=True))),
    Command(("agreement", "edit"), "change an agreement's fields (only those given)", "cmd_agreements:agreement_edit",
            (_ID, *_agreement_options(adding=False))),
    Command(("agreement", "list"), "list agreements (of one vendor, or of all)", "cmd_agreements:agreement_list",
            (id_opt("--vendor", "vendor", required=False),)),
    Command(("due",), "what renews or must be cancelled soon", "cmd_agreements:due",
            (Opt("--days", "how far ahead to look (default 30)", whole(0, 3660), metavar="N", default="30"),)),
    Command(("reminders",), "reminders due now on your schedule, and what comes round in the next days",
            "cmd_reminders:reminders_due", (
                Opt("--days", "also list what comes round in the next N days (default 14)", whole(0, 366), metavar="N",
                    default="14"),
                Opt("--dismissed", "list dismissed reminders too", switch=True),
            )),
    Command(("follow-up", "add"), "add something to check on with a vendor by a date", "cmd_reminders:follow_up_add", (
        _VENDOR,
        Opt("--due", "the day to check (YYYY-MM-DD)", DATE, metavar="DATE", required=True),
        Opt("--title", "what to check, e.g. 'Cancellation confirmed?'", required=True),
        id_opt("--agreement", "agreement it is about", required=False),
    )),
    Command(("follow-up", "list"), "open follow-ups (of one vendor: all of them)", "cmd_reminders:follow_up_list",
            (id_opt("--vendor", "vendor", required=False),)),
    Command(("follow-up", "done"), "mark a follow-up done (--undo: open again)", "cmd_reminders:follow_up_done", (
        _ID,
        Opt("--undo", "open it again", switch=True),
    )),
    Command(("letter", "cancel"), "write an agreement's cancellation letter (PDF, text or a mailto: link)",
            "cmd_letters:cancel", (
                Opt("id", "the agreement's id", ID),
                Opt("--out", "where to write it (replaced if it exists); .pdf or .txt names the format",
                    NEW_FILE, metavar="FILE", required=True),
                Opt("--format", "pdf, text or mailto (a file holding the mailto: link); default: by --out's "
                    "extension", choice(LETTER_FORMATS), metavar="FORMAT"),
                Opt("--language", "the letter's language: en, de or fr (default: the app's language on this device)",
                    choice(LETTER_LANGUAGES), metavar="LANG"),
                Opt("--include", "your profile fields that go in (comma-separated; " + ",".join(LETTER_FIELDS)
                    + "); default: those the vendor already has from you", Conv(csv_words, "FIELD,FIELD…"),
                    metavar="F,..."),
                Opt("--sent", "also record it as sent: an interaction on the vendor's timeline and a follow-up "
                    "to check that the vendor confirmed", switch=True),
            )),
    Command(("dispute",), "one vendor's dispute pack: a ZIP with a signed manifest (for an ombudsman, a bank or a "
            "regulator) and, with --pdf, its PDF beside it", "cmd_dispute:make", (
                Opt("id", "the vendor's id", ID),
                Opt("--out", "where to write the ZIP (replaced if it exists)", NEW_FILE, metavar="FILE.zip",
                    required=True),
                Opt("--pdf", "also write the pack's PDF here (it is in the ZIP too)", NEW_FILE, metavar="FILE"),
                Opt("--include", "only these parts (comma-separated; " + ",".join(DISPUTE_PARTS)
                    + "); default: every part that has records", Conv(csv_words, "PART,PART…"), metavar="PART,..."),
                Opt("--exclude", "leave these parts out", Conv(csv_words, "PART,PART…"), metavar="PART,..."),
                Opt("--attachments", "the vendor's attachments that go in, by id (comma-separated; default none)",
                    Conv(csv_ids, "ID,ID…"), metavar="ID,..."),
                Opt("--statement", "your own statement: the text, or @FILE to read it from a UTF-8 file",
                    metavar="TEXT|@FILE"),
                Opt("--language", "the PDF's language: en, de or fr (default: the app's language on this device)",
                    choice(LETTER_LANGUAGES), metavar="LANG"),
            )),
    Command(("recurring", "list"), "the recurring charges found in the payments, proposed as agreements, and "
            "agreements' price rises (also: myvendors recurring)", "cmd_recurring:recurring_list"),
    Command(("recurring", "accept"), "record a proposed recurring charge as a subscription agreement",
            "cmd_recurring:recurring_accept", (Opt("id", "the proposal's id (from `myvendors recurring`)"),)),
    Command(("recurring", "dismiss"), "never propose this recurring charge again", "cmd_recurring:recurring_dismiss",
            (Opt("id", "the proposal's id (from `myvendors recurring`)"),)),
    Command(("interaction", "add"), "record an interaction on a vendor's timeline", "cmd_timeline:interaction_add",
            _interaction_options(adding=True)),
    Command(("interaction", "edit"), "change an interaction's fields (only those given)",
            "cmd_timeline:interaction_edit", (_ID, *_interaction_options(adding=False))),
    Command(("timeline",), "interactions, newest first", "cmd_timeline:timeline", (
        id_opt("--vendor", "vendor", required=False),
        Opt("--limit", "at most N (default 50)", LIMIT, metavar="N", default="50"),
    )),
    Command(("spend",), "what you spent, per currency, from your payments: by month, category or vendor",
            "cmd_spend:spend", (
                Opt("--by", "month (default), category (the vendor's) or vendor (the dearest, then the others)",
                    choice(SPEND_BY), metavar="month|category|vendor", default="month"),
                Opt("--months", f"the last N calendar months, this one included (default 12, at most {SPEND_MAX_MONTHS})",
                    whole(1, SPEND_MAX_MONTHS), metavar="N", default="12"),
                Opt("--currency", "only payments in this currency (e.g. EUR)", metavar="CODE"),
                Opt("--top", f"--by vendor: name the N dearest vendors (default 10, at most {SPEND_MAX_TOP})",
                    whole(0, SPEND_MAX_TOP), metavar="N", default="10"),
                Opt("--today", "count as if today were DATE: the window ends with its month (default: today)",
                    DATE, metavar="DATE"),
            )),
    Command(("note", "add"), "add a reputation note with optional ratings", "cmd_notes:note_add",
            _note_options(adding=True)),
    Command(("note", "edit"), "change a reputation note's fields (only those given)", "cmd_notes:note_edit",
            (_ID, *_note_options(adding=False))),
    Command(("request", "add"), "write a personal request (kept as a draft)", "cmd_requests:request_add", (
        Opt("--title", "what you want", required=True),
        Opt("--description", "details", metavar="D"),
        Opt("--category", "what kind of thing", metavar="C"),
        *money_opts(("--budget-min", "lowest budget, e.g. 300"), ("--budget-max", "highest budget")),
        Opt("--location", "coarse location, e.g. a city", metavar="L"),
        Opt("--needed-by", "needed by (YYYY-MM-DD)", DATE, metavar="DATE"),
        Opt("--conditions", "conditions for vendors", metavar="T"),
    )),
    Command(("request", "list"), "list requests, newest first", "cmd_requests:request_list", (
        Opt("--status", "only requests with this status", EnumConv("RequestStatus"), metavar="S"),
        Opt("--limit", "at most N (default 200)", LIMIT, metavar="N", default="200"),
    )),
    Command(("request", "status"), "move a request along: open, withdrawn, expired, draft",
            "cmd_requests:request_status", (_ID, Opt("status", "the new status", EnumConv("RequestStatus")))),
    Command(("offer", "add"), "record an offer for a request", "cmd_requests:offer_add", (
        id_opt("--request", "request"),
        id_opt("--vendor", "vendor (when known)", required=False),
        Opt("--sender", "who sent it, when the vendor is not in the vault", metavar="NAME"),
        *money_opts(("--price", "the offered price")),
        Opt("--conditions", "the offer's conditions", metavar="T"),
        Opt("--valid-until", "last day the offer holds (YYYY-MM-DD)", DATE, metavar="DATE"),
    ), one_of=("--vendor", "--sender")),
    Command(("offer", "list"), "the offers for a request, cheapest first", "cmd_requests:offer_list",
            (id_opt("--request", "request"),)),
    Command(("offer", "accept"), "accept an offer: the request is fulfilled, the vendor created if new",
            "cmd_requests:offer_accept",
            (_ID, Opt("--vendor-name", "name for a new vendor (default: the sender)", metavar="NAME"))),
    Command(("search",), "search everything; each word is a prefix", "cmd_search:search", (
        Opt("query", "what to look for"),
        Opt("--limit", "at most N per kind of record (default 20)", whole(1, 200), metavar="N", default="20"),
    )),
    Command(("import", "vendors"), "import vendors from a CSV or vCard file, in one transaction",
            "cmd_transfer:import_vendors", (
                Opt("file", "the CSV or vCard file", EXISTING_FILE),
                Opt("--format", "csv or vcard (default: by extension, then content)", choice(IMPORT_FORMATS)),
                Opt("--map", "CSV: take FIELD from COLUMN (repeat; fields: " + ", ".join(CSV_FIELDS) + ")",
                    Conv(mapping, "FIELD=COLUMN"), metavar="FIELD=COLUMN", many=True),
                Opt("--dry-run", "show what would be imported and the duplicates; write nothing", switch=True),
                Opt("--skip-duplicates", "leave out rows that look like a vendor already there or earlier in the file",
                    switch=True),
            )),
    Command(("import", "statement"), "import a bank or card statement (OFX, QFX, CSV) as payments, in one transaction",
            "cmd_statements:import_statement", (
                Opt("file", "the OFX, QFX or CSV statement", EXISTING_FILE),
                Opt("--account", "the account its lines belong to (default: the OFX file's account id; CSV: the one this bank's "
                    "last statement went to, else none); "
                    "a line is recognised again per account", metavar="NAME"),
                Opt("--dry-run", "show the payees, the vendors they go to and how many lines are already there; "
                    "write nothing", switch=True),
                Opt("--date-format", "CSV: how dates are written, as strptime codes (e.g. %%d.%%m.%%Y); needed when "
                    "the dates fit more than one", metavar="FORMAT"),
                Opt("--map", "CSV: take FIELD from COLUMN (repeat; fields: " + ", ".join(STATEMENT_FIELDS) + ")",
                    Conv(mapping, "FIELD=COLUMN"), metavar="FIELD=COLUMN", many=True),
                Opt("--currency", "the currency of amounts when the file names none (ISO code, e.g. EUR)",
                    metavar="CODE"),
                Opt("--decimal", "CSV: the decimal mark (default: as the amounts show)", choice(("comma", "point"))),
                Opt("--money-out", "CSV: money out is written as negative or positive amounts (default: as the "
                    "amounts show)", choice(("negative", "positive"))),
                Opt("--skip-unmatched", "leave out the lines of payees no vendor matches (default: each becomes a "
                    "new vendor)", switch=True),
            )),
    Command(("export", "json"), "export the whole vault as JSON (docs/EXPORT-JSON.md)", "cmd_transfer:export_json",
            (_TARGET,)),
    Command(("export", "ics"), "export renewal, cancel-by and free-trial end dates as an iCalendar file",
            "cmd_transfer:export_ics", (
        _TARGET,
        Opt("--alarm-days", "remind N days before each date; several: 14,3,0; '' for no alarms "
            "(default: the vault's reminder schedule)", DAYS_LIST, metavar="N[,N...]"),
    )),
)


# -- sharing (docs/SHARING.md) ------------------------------------------------------------
_SHARE_OPTS = (
    Opt("--out", "write the package (compact JWS, or JWE with --encrypt-to) to FILE; given a folder, to a file "
        "named after what it is (request-e-bike-2026-12-02.myvendors.jws) in it", NEW_FILE_OR_FOLDER, metavar="FILE",
        required=True),
    Opt("--terms", "a term of the library (repeat; TERM_ID or TERM_ID:param=N), or a plain choice's WORD such as "
        "answer-then-delete (terms named beside it replace its term of the same matter); default: the kind's "
        "defaults; see `myvendors terms`", metavar="TERM_ID", many=True),
    Opt("--encrypt-to", "encrypt to the recipient's X25519 public JWK in FILE", EXISTING_FILE, metavar="JWK_FILE"),
    Opt("--no-key-on-file", "do not encrypt to the vendor's key on file (sign only)", switch=True),
    Opt("--alg", "Ed25519 (default, RFC 9864) or EdDSA for older verifiers", choice(("ed25519", "eddsa"))),
    Opt("--valid-days", "how long the package is valid (default: 30 for requests, 90 for letters, else 365)",
        whole(1, 3650), metavar="N"),
    Opt("--document", "also write the signed document as readable JSON", NEW_FILE, metavar="FILE"),
    Opt("--html", "also write it in plain words as an HTML page", NEW_FILE, metavar="FILE"),
    Opt("--qr", "also write a QR code (SVG) when the package fits in one", NEW_FILE, metavar="FILE"),
)
_DISCLOSE = Opt("--disclose", "real profile fields to show this vendor (comma-separated)",
                Conv(csv_words, "FIELD,FIELD…"), metavar="F,...")
_LAW = Opt("--law", "GDPR (default) or CCPA", choice(("gdpr", "ccpa")), default="gdpr")
_CONCERNING = Opt("--concerning", "package ids it is about (default: all sent to that vendor)",
                  Conv(csv_words, "ID,ID…"), metavar="ID,...")
_DOCUMENT = Opt("file", "the document (compact JWS or JWE), or - for standard input")
_AS_CONTACT = Opt("--as-contact", "a bundle signed by a key none of your contacts has: it comes from NAME (a new "
                  "contact with that key; an existing one only with --replace-key)", metavar="NAME")
_REPLACE_KEY = Opt("--replace-key", "with --as-contact naming a contact: their key is replaced by the one that signed "
                   "the bundle (they made a new key, and you checked its safety number with them)", switch=True)
_CONTACT = Opt("contact", "the contact's name (or id)", metavar="NAME")
_KEY_HELP = "their contact key: a key file, an image of its QR code (PNG, JPEG), or - to paste it on standard input"
_TRUST = Opt("--trust", "how much you trust them: 1 (a little), 2 (quite a lot, the default) or 3 (completely)",
             whole(1, 3), metavar="1|2|3")

SHARING_COMMANDS: tuple[Command, ...] = (
    Command(("identity",), "print a relationship's public keys (JWKs) and thumbprint; made on first use",
            "cmd_sharing:identity", (
                Opt("--for", "vendor:ID, request:ID or contact:NAME", Conv(scope, "vendor:ID, request:ID or contact:NAME"),
                    metavar="WHO", required=True),
                Opt("--rotate", "retire the current keys (kept to read replies) and make new ones", switch=True),
            )),
    Command(("share", "request"), "publish a personal request anonymously (schema.org Demand)",
            "cmd_sharing:share_request", (
                _ID, *_SHARE_OPTS,
                Opt("--fields", "only these request fields (default all: " + ",".join(REQUEST_FIELDS) + ")",
                    Conv(csv_words, "FIELD,FIELD…"), metavar="F,..."),
                Opt("--pseudonym-per-recipient", "sign it with a key pair of its own, not the request's: two "
                    "recipients of the same request cannot link their copies by the key (run once per recipient)",
                    switch=True),
            )),
    Command(("share", "vendor"), "share chosen profile fields with one vendor", "cmd_sharing:share_vendor", (
        _ID, *_SHARE_OPTS,
        Opt("--fields", "profile fields: " + ",".join(PROFILE_FIELDS), Conv(csv_words, "FIELD,FIELD…"),
            metavar="F,...", required=True),
        Opt("--alias", "give this vendor ADDRESS, an alias of its own, in place of your e-mail (or, without an @, "
            "your phone number): the package carries it and it is recorded as the vendor's alias (see alias "
            "suggest)", metavar="ADDRESS"),
    )),
    Command(("share", "feedback"), "send a vendor feedback or an idea", "cmd_sharing:share_feedback", (
        _ID, *_SHARE_OPTS, Opt("--text", "the feedback", required=True), Opt("--subject", "a subject line"),
        Opt("--idea", "it is an idea rather than feedback", switch=True), _DISCLOSE,
    )),
    Command(("share", "reputation"), "pass your notes about vendors to a trusted contact (a bundle)",
            "cmd_sharing:share_reputation", (
                *_SHARE_OPTS, Opt("--contact", "the trusted contact's name", required=True),
                Opt("--notes", "ids of your notes (comma-separated; about one vendor or several)",
                    Conv(csv_ids, "ID,ID…"), metavar="ID,..."),
                Opt("--vendors", "ids of vendors: all your own notes about them (comma-separated)",
                    Conv(csv_ids, "ID,ID…"), metavar="ID,..."),
                Opt("--disclose", "name: the bundle says your profile's name (nothing else can go)",
                    Conv(csv_words, "name"), metavar="name"),
            )),
    Command(("share", "deletion"), "ask a vendor to erase your data (GDPR Art. 17 / CCPA §1798.105)",
            "cmd_sharing:share_deletion", (
                _ID, *_SHARE_OPTS, _LAW, _DISCLOSE, _CONCERNING, Opt("--text", "a paragraph of your own to add"),
            )),
    Command(("share", "access"), "ask a vendor what it holds about you (GDPR Art. 15 / CCPA §1798.110)",
            "cmd_sharing:share_access", (
                _ID, *_SHARE_OPTS, _LAW, _DISCLOSE, _CONCERNING, Opt("--text", "a paragraph of your own to add"),
            )),
    Command(("verify",), "check a package, a vendor's document or a contact's bundle and print what it holds "
            "(writes nothing)", "cmd_sharing:verify", (_DOCUMENT, _AS_CONTACT, _REPLACE_KEY)),
    Command(("import", "document"), "take a vendor's offer or acknowledgement, or a trusted contact's bundle of notes "
            "(also: myvendors import FILE)",
            "cmd_sharing:import_document", (
                _DOCUMENT,
                Opt("--accept-key-change", "take it although another key is on file for its sender (the vendor "
                    "changed its key, and you know it): the new key replaces the old, which the ledger keeps",
                    switch=True),
                _AS_CONTACT, _REPLACE_KEY,
                Opt("--trust", "a bundle with --as-contact adding a new contact: how much you trust them, 1 (a little), "
                    "2 (quite a lot, the default) or 3 (completely)", whole(1, 3), metavar="1|2|3"),
                Opt("--match", "a bundle: its vendor KEY (the website host or folded name `verify` lists) is your "
                    "vendor VENDOR_ID, or new to you (KEY=new) (repeat)", Conv(mapping, "KEY=VENDOR_ID"),
                    metavar="KEY=VENDOR_ID", many=True),
                Opt("--new-to-me", "a bundle: its vendors that need your decision and --match does not name are new "
                    "to you (default: refused, listing them)", switch=True),
            )),
    Command(("ledger",), "list every share and answer, oldest first", "cmd_sharing:ledger", (
        Opt("--verify", "check the hash chain (exit 5 when it was altered)", switch=True),
    )),
    Command(("profile",), "show or set your own details (shared only field by field, when you choose)",
            "cmd_sharing:profile", (
                Opt("--set", "set FIELD=VALUE (repeat; empty VALUE clears; fields: " + ", ".join(PROFILE_FIELDS) + ")",
                    Conv(profile_pair, "FIELD=VALUE with a profile field"), metavar="FIELD=VALUE", many=True),
                Opt("--disclose-to", "the vendor whose disclosed fields --disclose sets", ID, metavar="ID"),
                _DISCLOSE,
            )),
    Command(("terms",), "list the terms library", "cmd_sharing:terms_list"),
    Command(("contact", "add"), "add a trusted contact with their key (shows its safety number to compare)",
            "cmd_contacts:contact_add", (
                Opt("name", "what you call them"), Opt("--key", _KEY_HELP, metavar="FILE|-", required=True), _TRUST,
            )),
    Command(("contact", "list"), "your trusted contacts, with trust, notes and safety numbers",
            "cmd_contacts:contact_list"),
    Command(("contact", "edit"), "rename a contact, change your trust, or take their new key",
            "cmd_contacts:contact_edit", (
                _CONTACT, Opt("--name", "their new name"), _TRUST,
                Opt("--key", "their new key: " + _KEY_HELP, metavar="FILE|-"),
            )),
    Command(("contact", "remove"), "remove a contact with every bundle and note of theirs", "cmd_contacts:contact_remove",
            (_CONTACT,)),
    Command(("contact", "export-key"), "your key for one contact (JSON), to give them; made on first use",
            "cmd_contacts:contact_export_key", (
                Opt("contact", "the contact it is for (your key differs per contact)", metavar="NAME"),
                Opt("--out", "write it to FILE (default: print it)", NEW_FILE, metavar="FILE"),
                Opt("--qr", "also write its QR code, FILE.svg or FILE.png, to show or send", NEW_FILE,
                    metavar="FILE.svg|.png"),
                Opt("--goes-by", "the name it says you go by (default: your profile's name; '' for none)",
                    metavar="NAME"),
            )),
    Command(("contact", "notes"), "a contact's notes, newest first", "cmd_contacts:contact_notes", (_CONTACT,)),
    Command(("contact", "new-to-me"), "vendors your contacts wrote about that you do not have",
            "cmd_contacts:contact_new_to_me", (
                Opt("--link", "KEY is your vendor VENDOR_ID now (you added it): their notes on it count for it (repeat)",
                    Conv(mapping, "KEY=VENDOR_ID"), metavar="KEY=VENDOR_ID", many=True),
            )),
)

# -- leak canaries (domain/leaks.py) ------------------------------------------------------------
LEAK_CHANNELS = ("email", "phone", "sms")  # domain.leaks.CHANNELS

LEAK_COMMANDS: tuple[Command, ...] = (
    Command(("alias", "add"), "record an e-mail address or phone number you gave to one vendor only",
            "cmd_leaks:alias_add", (
                Opt("vendor_id", "the vendor you gave it to", ID, metavar="VENDOR_ID"),
                Opt("address", "the alias: an e-mail address (you+acme@mail.example, acme@your.domain) or, with "
                    "--phone, a phone number with its country code"),
                Opt("--phone", "ADDRESS is a phone number", switch=True),
                Opt("--note", "where or why you gave it", metavar="N"),
                Opt("--package", "the id of the package that gave it (urn:uuid:…), when one did", metavar="ID"),
            )),
    Command(("alias", "list"), "your aliases (of one vendor, or of all) with their leaks", "cmd_leaks:alias_list",
            (Opt("vendor_id", "only this vendor's", ID, metavar="VENDOR_ID", optional=True),)),
    Command(("alias", "remove"), "forget an alias (refused while leaks of it are recorded: retire it)", "cmd_leaks:alias_remove",
            (_ID,)),
    Command(("alias", "retire"), "stop giving an alias out, keeping it and its leaks as evidence (--undo: in use again)",
            "cmd_leaks:alias_retire", (_ID, Opt("--undo", "put it in use again", switch=True))),
    Command(("alias", "suggest"), "a new e-mail alias for a vendor: you+name@… or name@ the alias_domain setting",
            "cmd_leaks:alias_suggest", (Opt("vendor_id", "the vendor", ID, metavar="VENDOR_ID"),)),
    Command(("leak", "record"), "record that an alias was used by someone else: from a message's headers, or by hand",
            "cmd_leaks:leak_record", (
                Opt("alias", "the alias (address or id); with --evidence it may be left out: the headers name it",
                    metavar="ALIAS", optional=True),
                Opt("--evidence", "the message's headers, or a whole .eml (its body is not kept); - reads "
                    "standard input", metavar="FILE"),
                Opt("--date", "by hand: the day it was used (YYYY-MM-DD)", DATE, metavar="DATE"),
                Opt("--by", "by hand: who used it (a company, a sender's address, a caller's number)", metavar="WHO"),
                Opt("--channel", "by hand: email, phone or sms (default: email for an e-mail alias, phone for a "
                    "phone number)", choice(LEAK_CHANNELS), metavar="HOW"),
                Opt("--note", "a note of yours", metavar="N"),
            )),
    Command(("leak", "list"), "leaks, newest first", "cmd_leaks:leak_list", (
        Opt("--open", "only open ones", switch=True),
        id_opt("--vendor", "vendor", required=False),
    )),
    Command(("leak", "show"), "a leak with the headers kept as its evidence", "cmd_leaks:leak_show", (_ID,)),
    Command(("leak", "close"), "close a leak (--undo: open again)", "cmd_leaks:leak_close", (
        _ID, Opt("--undo", "open it again", switch=True),
    )),
    Command(("leak", "request"), "ask the vendor whom it gave the alias to: the access request (GDPR Art. 15(1)(c) / "
            "CCPA §1798.110) with a paragraph about the leak", "cmd_leaks:leak_request", (
                Opt("id", "the leak's id", ID), *_SHARE_OPTS, _LAW,
                Opt("--language", "the share's language, that of the paragraph about the leak: en, de or fr (default: "
                    "the app's language on this device)", choice(LETTER_LANGUAGES), metavar="LANG"),
            )),
)

# -- the demo vault (myvendors.demo) --------------------------------------------------------
DEMO_COMMANDS: tuple[Command, ...] = (
    Command(("demo",), f"create a vault of realistic made-up data to try things on (passphrase: {DEMO_PASSPHRASE})",
            "cmd_demo:demo", (
                Opt("path", "where to create the demo vault (refused if a vault is there)", metavar="PATH"),
                Opt("--size", "small: ~40 vendors, a few hundred interactions (default); medium: ~1k vendors, ~50k "
                    "interactions; full: a lifetime, 10k vendors and 1M interactions", choice(DEMO_SIZES),
                    metavar="SIZE", default="small"),
                Opt("--seed", f"the same seed gives the same data (default {DEMO_SEED})", metavar="N", usage_type=int,
                    default=DEMO_SEED),
                Opt("--today", "the day the data is made around (default: today): renewals fall just after it",
                    DATE, metavar="DATE"),
            ), unlocks=False, secrets=False),
)


#: the help of a group of commands ("vendor add", "vendor list", …) in `myvendors --help`
GROUP_HELP = {
    "vendor": "vendors: add, list, show, edit, delete, restore",
    "agreement": "agreements: add, edit, list",
    "follow-up": "follow-ups: add, list, done",
    "letter": "leaving made easy: letter cancel writes an agreement's cancellation letter",
    "recurring": "recurring charges found in the payments: list (the default), accept, dismiss",
    "interaction": "the timeline: add or edit an interaction",
    "note": "reputation notes: add or edit",
    "request": "personal requests: add, list, status",
    "offer": "offers for requests: add, list, accept",
    "import": "import vendors from CSV or vCard, a bank statement, or a vendor's offer or acknowledgement or a contact's "
              "bundle (import FILE)",
    "export": "export the vault as JSON, or dates as iCalendar",
    "share": "share on your terms: request, vendor (profile), feedback, reputation, deletion, access",
    "contact": "trusted contacts: add, list, edit, remove, export-key, notes, new-to-me",
    "alias": "leak canaries: add, list, remove, retire, suggest an address given to one vendor only",
    "leak": "leaks of an alias: record, list, show, close, request (ask the vendor whom it gave it to)",
}

#: every command, in the order `myvendors --help` lists them
ALL_COMMANDS: tuple[Command, ...] = VAULT_COMMANDS + RECORD_COMMANDS + SHARING_COMMANDS + LEAK_COMMANDS + DEMO_COMMANDS
ALL_RECORD_COMMANDS: tuple[Command, ...] = RECORD_COMMANDS + SHARING_COMMANDS + LEAK_COMMANDS
# names.COMMANDS lists the first word of every command, in table order (tests/test_cli_layout.py holds them together)
COMMANDS: tuple[str, ...] = tuple(dict.fromkeys(command.words[0] for command in ALL_COMMANDS))
