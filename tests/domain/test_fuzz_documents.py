"""`verify` and `import` (packages she sent, vendors' offers and acknowledgements) under Hypothesis,
and every byte of a signed package and of a vendor's document changed in turn.

Inputs are random text, the files of real packages and documents changed in a few places (read
as `verify FILE` reads them), and vendors' documents whose JSON was changed and then signed
properly (so that they get past the signature to the schema, date, replay, recipient and key
checks), in the clear or encrypted to her pseudonym. For every one: `verify` and `import`
answer or raise `InvalidInput` (a `DocumentRefused` with its reason) within the deadline and
memory bound (tests/fuzzing.py), and a refused document writes nothing.

Bugs already known and being fixed elsewhere are each pinned by a minimal `xfail(strict=True)`
test below; the fuzz tests let their exact symptom pass only while that test still fails, so
when a fix lands the strict xfail turns into a failure (remove its marker) and the fuzz tests
check that input class too.
"""

from __future__ import annotations

import argparse
import contextlib
import base64
import io
import json
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fuzzing import Bounded, fuzz_settings, mutated_bytes, mutated_json, vault_digest
from hypothesis import event, given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from vendor_side import VendorSide

from myvendors.cli import cmd_sharing
from myvendors.domain import requests, vendors
from myvendors.domain.models import Money, RequestDraft
from myvendors.domain.sharing import answers
from myvendors.domain.sharing import packages
from myvendors.domain.sharing.answers import DocumentRefused
from myvendors.errors import InvalidInput
from myvendors.storage import Database

# a failing example can be a whole file: Hypothesis warns before it prints one that long
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr:hypothesis.errors.HypothesisWarning")

B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


@dataclass
class World:
    """A vault that sent a personal request and a profile package, and the vendor who answers."""

    db: Database
    tmp: Path
    vendor: VendorSide
    request_compact: str  # the signed personal request, as she handed it over
    request_package: dict[str, Any]
    profile_compact: str  # the profile package for the shop, encrypted to the shop
    profile_package: dict[str, Any]
    offer: dict[str, Any]
    acknowledgement: dict[str, Any]

    def offer_signed(self) -> str:
        return self.vendor.send(self.vendor.offer_document(self.request_package, "549.00"), encrypt=False)

    def offer_sealed(self) -> str:
        return self.vendor.send(self.vendor.offer_document(self.request_package, "549.00"), self.request_package)

    def acknowledgement_signed(self) -> str:
        return self.vendor.send(self.vendor.acknowledgement_document(self.profile_package, self.profile_compact),
                                encrypt=False)


def _world(db: Database, tmp: Path) -> World:
    packages.set_profile(db, {"name": "Ann Example", "email": "ann@example.org", "city": "Leeds"})
    shop = vendors.add_vendor(db, "Velo Works", website="velo.example")
    request = requests.create_request(db, RequestDraft(
        title="A city bike", description="Step-through frame", category="Bikes", location="Leeds",
        budget_max=Money.parse("600", "EUR"), needed_by=date(2027, 3, 1)))
    requests.change_status(db, request.id, "open")
    vendor = VendorSide("Velo Works")
    shared = packages.share(db, packages.ShareSpec("personal-request", request_id=request.id))
    _, request_package = vendor.read(shared.compact)
    profile = packages.share(db, packages.ShareSpec("profile", vendor_id=shop.id, fields=("email",)), encrypt_to=vendor.enc_public)
    _, profile_package = vendor.read(profile.compact)
    return World(db, tmp, vendor, shared.compact, request_package, profile.compact, profile_package,
                 vendor.offer_document(request_package, "549.00"),
                 vendor.acknowledgement_document(profile_package, profile.compact))


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    return _world(db, tmp_path)


# -- the bugs already known (being fixed elsewhere) -----------------------------------------------
def _refused_or_crash(db: Database, text: str) -> BaseException | None:
    """The exception `import` raises that is not the project's refusal, else None."""
    try:
        answers.import_document(db, text)
    except InvalidInput:
        return None
    except Exception as crash:  # noqa: BLE001 (what the tests look for)
        return crash
    return None


def _b64(value: Any) -> str:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _non_ascii_segment(w: World) -> BaseException | None:
    """A letter outside ASCII in the payload of a compact JWS (`_parts` takes str.isalnum)."""
    return _refused_or_crash(w.db, f"{_b64({'alg': 'Ed25519'})}.é.AAAA")


def _expires_never(w: World) -> BaseException | None:
    document = w.vendor.offer_document(w.request_package, "549.00") | {"expires": "never"}
    return _refused_or_crash(w.db, w.vendor.send(document, encrypt=False))


def _deep_nesting(w: World) -> BaseException | None:
    return _refused_or_crash(w.db, f"{_b64(b'[' * 100_000)}.{_b64({})}.AAAA")


def _non_canonical_signature(w: World) -> BaseException | None:
    """The last character of the signature changed in bits base64url decoding drops: same bytes."""
    header, payload, signature = w.offer_signed().split(".")
    last = B64URL.index(signature[-1])  # 86 characters for 64 bytes: the last one's low 4 bits are padding
    changed = f"{header}.{payload}.{signature[:-1]}{B64URL[last ^ 1]}"
    try:
        answers.inspect(w.db, changed)
    except InvalidInput:
        return None
    return AssertionError("a signature with a non-canonical last character was accepted")


def _non_ascii_in_encrypted(w: World) -> BaseException | None:
    """Characters outside ASCII inside a JWE's segments: jwcrypto decodes the UTF-8 bytes with
    base64's default of dropping what is not in the alphabet, so `verify` takes the document and
    `import` crashes on the text's ASCII encoding (its transaction is rolled back)."""
    parts = w.offer_sealed().split(".")
    parts[2] = parts[2][:5] + "\u00b9" * 4 + parts[2][5:]  # SUPERSCRIPT ONE: str.isalnum() is True
    try:
        answers.inspect(w.db, ".".join(parts))
    except InvalidInput:
        return None
    return AssertionError("a JWE with non-ASCII characters in its initialisation vector was taken")


@dataclass(frozen=True)
class KnownBug:
    name: str
    reproduce: Callable[[World], BaseException | None]
    #: True for a crash that is this bug's symptom
    crash: Callable[[BaseException], bool] = lambda crash: False
    #: True when taking `text` (a changed copy of `original`) is this bug's symptom
    taken: Callable[[str, str], bool] = lambda text, original: False


def _raised_in(exc: BaseException, kind: type[BaseException], function: str | None = None) -> bool:
    frames = traceback.extract_tb(exc.__traceback__)
    return isinstance(exc, kind) and (function is None or any(
        f.filename.endswith("sharing/answers.py") and f.name == function for f in frames))


KNOWN = [
    KnownBug("non-ASCII letters in a JWS segment crash with UnicodeEncodeError", _non_ascii_segment,
             crash=lambda e: _raised_in(e, UnicodeEncodeError, "inspect")),
    KnownBug("an expires that is not a date-time gives a ValueError traceback", _expires_never,
             crash=lambda e: _raised_in(e, ValueError, "_when")),
    KnownBug("deeply nested JSON gives a RecursionError", _deep_nesting, crash=lambda e: _raised_in(e, RecursionError)),
    KnownBug("non-canonical base64url is accepted", _non_canonical_signature,
             taken=lambda text, original: _same_decoded(text, original)),  # noqa: PLW0108 (defined further down)
    KnownBug("non-ASCII characters in a JWE segment are dropped: verify takes it, import crashes",
             _non_ascii_in_encrypted, crash=lambda e: _raised_in(e, UnicodeEncodeError, "import_document"),
             taken=lambda text, original: not text.isascii() and text.count(".") == 4),
]


@pytest.mark.parametrize("bug", KNOWN, ids=lambda b: b.name)
def test_known_bug_is_fixed(world: World, bug: KnownBug) -> None:
    crash = bug.reproduce(world)
    assert crash is None, f"{bug.name}: {crash!r}"


class Tolerance:
    """Which crashes and acceptances are the symptoms of a known bug that still reproduces in this build."""

    def __init__(self, world: World) -> None:
        self.present = [bug for bug in KNOWN if bug.reproduce(world) is not None]

    def _known(self, name: str) -> bool:
        with contextlib.suppress(InvalidArgument):  # outside a Hypothesis test
            event(f"known bug: {name}")
        return True

    def crash(self, crash: BaseException) -> bool:
        return any(bug.crash(crash) and self._known(bug.name) for bug in self.present)

    def taken(self, text: str, original: str) -> bool:
        return any(bug.taken(text, original) and self._known(bug.name) for bug in self.present)


# -- running verify and import as the CLI does --------------------------------------------------------
def _args(source: str | bytes, tmp: Path) -> argparse.Namespace:
    if isinstance(source, bytes):
        path = tmp / "document.myvendors.jws"
        path.write_bytes(source)
        return argparse.Namespace(file=path, stdin=None, accept_key_change=False)
    return argparse.Namespace(file="-", stdin=io.StringIO(source), accept_key_change=False)


class Checker:
    """Runs `verify` then `import` on one input, as the CLI commands do, and checks the promises."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.bounded = Bounded()
        self.tolerance = Tolerance(world)

    def _run(self, action: Callable[[], Any], size: int) -> tuple[str, Any]:
        try:
            return "taken", self.bounded(size, action)
        except DocumentRefused as refused:
            assert refused.message and refused.reason
            return refused.reason, refused
        except InvalidInput as refused:  # a file that is not text
            assert refused.message
            return "not text", refused
        except Exception as crash:
            if self.tolerance.crash(crash):
                return "known bug", crash
            raise

    def check(self, source: str | bytes, *, import_too: bool = True) -> str:
        db, tmp = self.world.db, self.world.tmp
        size = len(source)
        before = vault_digest(db)
        verified, _ = self._run(lambda: cmd_sharing.verify(db, _args(source, tmp)), size)
        assert vault_digest(db) == before, "verify wrote to the vault"
        event(f"verify: {verified}")
        if not import_too or verified == "taken":
            return verified
        imported, _ = self._run(lambda: cmd_sharing.import_document(db, _args(source, tmp)), size)
        assert imported == verified or "known bug" in (imported, verified), (verified, imported)
        assert vault_digest(db) == before, "a refused document wrote to the vault"
        return imported


@pytest.fixture
def checker(world: World) -> Checker:
    return Checker(world)


@pytest.fixture
def unchanged_vault(world: World):
    """The vault's content is the same after the test as before it."""
    before = vault_digest(world.db)
    yield
    assert vault_digest(world.db) == before


# -- random text ---------------------------------------------------------------------------------
def _segment() -> st.SearchStrategy[str]:
    return st.one_of(st.text(B64URL, max_size=120), st.text(max_size=20),
                     st.builds(_b64, st.dictionaries(st.sampled_from(["alg", "kid", "jwk", "enc", "zip", "crit", "b64", "cty"]),
                                                                    st.one_of(st.text(max_size=10), st.integers(), st.booleans()), max_size=4)))


@fuzz_settings()
@given(text=st.one_of(st.text(max_size=2000), st.lists(_segment(), min_size=1, max_size=6).map(".".join),
                      st.binary(max_size=2000)))
@pytest.mark.usefixtures("unchanged_vault")
def test_random_input_is_refused(checker: Checker, text: str | bytes) -> None:
    checker.check(text)


# -- real packages and documents, changed as files --------------------------------------------------
@fuzz_settings()
@given(which=st.sampled_from(["request", "profile", "offer", "offer sealed", "acknowledgement"]), data=st.data())
@pytest.mark.usefixtures("unchanged_vault")
def test_changed_files_are_refused_or_unchanged(checker: Checker, which: str, data: st.DataObject) -> None:
    w = checker.world
    compact = {"request": lambda: w.request_compact, "profile": lambda: w.profile_compact, "offer": w.offer_signed,
               "offer sealed": w.offer_sealed, "acknowledgement": w.acknowledgement_signed}[which]()
    raw = data.draw(mutated_bytes(st.just(compact.encode() + b"\n")), label="file")
    if "".join(raw.decode("utf-8", "replace").split()) == compact:
        return  # only whitespace changed: the same document
    outcome = checker.check(raw)
    if outcome == "taken":  # verify took a changed document
        assert checker.tolerance.taken(raw.decode(), compact), raw


def _same_decoded(text: str, compact: str) -> bool:
    def decoded(value: str) -> list[bytes]:
        return [base64.urlsafe_b64decode(p + "=" * (-len(p) % 4)) for p in "".join(value.split()).split(".")]
    try:
        return decoded(text) == decoded(compact)
    except ValueError:
        return False


# -- vendors' documents changed, then properly signed ------------------------------------------------
HEADER_EXTRAS = st.dictionaries(
    st.sampled_from(["typ", "cty", "zip", "crit", "b64", "x5u", "jku", "kid", "iat", "unknown"]),
    st.one_of(st.text(max_size=12), st.sampled_from(["DEF", "JOSE", "json"]), st.lists(st.sampled_from(["b64", "exp", "zip"]),
                                                                                       max_size=2), st.booleans(), st.integers()),
    max_size=2)


@fuzz_settings()
@given(kind=st.sampled_from(["offer", "acknowledgement"]), encrypt=st.booleans(),
       extras=st.one_of(st.just({}), st.just({}), HEADER_EXTRAS), data=st.data())
def test_changed_signed_documents_are_refused_or_taken(checker: Checker, kind: str, encrypt: bool,
                                                       extras: dict[str, Any], data: st.DataObject) -> None:
    w = checker.world
    template = w.offer if kind == "offer" else w.acknowledgement
    document = data.draw(mutated_json(template), label="document")
    if document.get("id") == template["id"]:
        document["id"] = f"urn:uuid:{uuid.uuid4()}"  # not a replay of the last one taken
    compact = _signed(w.vendor, document, extras)
    if compact is None:
        event("the vendor's JOSE library would not sign that header")
        return
    if encrypt:
        package = w.request_package if kind == "offer" else w.profile_package
        compact = w.vendor.send(document, package) if not extras else compact
    outcome = checker.check(compact, import_too=True)  # a refused one wrote nothing (checked there)
    if outcome != "taken":
        return
    # verify took it: import takes it too (and writes), or refuses it and writes nothing
    before = vault_digest(w.db)
    imported, _ = checker._run(lambda: cmd_sharing.import_document(w.db, _args(compact, w.tmp)), len(compact))
    event(f"import after verify took it: {imported}")
    if imported != "taken":
        assert vault_digest(w.db) == before


def _signed(vendor: VendorSide, document: Any, extras: dict[str, Any]) -> str | None:
    from joserfc import jws
    from joserfc.errors import JoseError

    header: dict[str, Any] = {"alg": "Ed25519", "kid": vendor.sig.thumbprint(), "jwk": vendor.sig.as_dict(private=False),
                              **extras}
    try:
        return jws.serialize_compact(header, json.dumps(document).encode(), vendor.sig, algorithms=["Ed25519"])
    except (JoseError, ValueError, TypeError):
        return None  # the vendor's library refuses to sign such a header


# -- every byte changed in turn -----------------------------------------------------------------------
def _variants(compact: str, positions: range | list[int]) -> list[tuple[int, str]]:
    """Each position with its character XOR 0x01, and replaced by the next base64url character."""
    out = []
    for at in positions:
        char = compact[at]
        flipped = chr(ord(char) ^ 0x01)
        replaced = B64URL[(B64URL.index(char) + 1) % 64] if char in B64URL else "A"
        out += [(at, compact[:at] + flipped + compact[at + 1:]), (at, compact[:at] + replaced + compact[at + 1:])]
    return out


def _every_change_refused(w: World, compact: str, kinds: tuple[str, ...], positions: range | list[int] | None = None) -> int:
    """Change each byte at `positions` (all by default) in two ways; `verify` (inspect) and/or
    `import` must refuse every one and write nothing. Returns how many were tried."""
    tolerance = Tolerance(w)
    before = vault_digest(w.db)
    taken = []
    variants = _variants(compact, positions if positions is not None else range(len(compact)))
    for at, changed in variants:
        for run in kinds:
            action = answers.inspect if run == "verify" else answers.import_document
            try:
                action(w.db, changed)
            except InvalidInput:
                continue
            except Exception as crash:
                if tolerance.crash(crash):
                    continue
                raise AssertionError(f"{run} crashed on byte {at} changed: {changed!r}") from crash
            if tolerance.taken(changed, compact):
                # e.g. the bits base64url drops: a copy of the same document, taken once (later
                # ones are replays)
                before = vault_digest(w.db)
                continue
            taken.append((run, at, compact[at], changed[at]))
    assert not taken, f"{len(taken)} taken with a byte changed (run, position, was, now): {taken[:10]}"
    assert vault_digest(w.db) == before, "a refused document wrote to the vault"
    return len(variants)


def _feedback_package(w: World) -> str:
    """A small signed package (feedback, ~3.7 KB): compact JWS with her pseudonym's key in the header."""
    shop = vendors.add_vendor(w.db, "Corner Shop")
    return packages.share(w.db, packages.ShareSpec("feedback", vendor_id=shop.id, text="Open on Sundays?"), use_key_on_file=False).compact


def _sampled_positions(compact: str, stride: int = 16) -> list[int]:
    """Every position of the header and the signature, the payload's first and last 32 and every `stride`-th."""
    header_end = compact.index(".")
    payload_end = compact.rindex(".")
    payload = range(header_end + 1, payload_end)
    middle = set(payload[:32]) | set(payload[-32:]) | set(payload[::stride])
    return [*range(header_end + 1), *sorted(middle), *range(payload_end, len(compact))]


def test_a_signed_package_changed_anywhere_is_refused(world: World) -> None:
    """Her own package changed at every position of its header and signature and at many of its
    payload: `verify` refuses each (`make test-long` changes every byte, and imports too)."""
    compact = _feedback_package(world)
    assert _every_change_refused(world, compact, ("verify",), _sampled_positions(compact)) > 1000


def test_every_byte_of_a_vendor_document_changed_is_refused(world: World) -> None:
    """A vendor's signed offer (compact JWS, ~1.3 KB, its key in the header): `import` refuses each change."""
    compact = world.offer_signed()
    assert _every_change_refused(world, compact, ("import",)) == 2 * len(compact)


@pytest.mark.slow
def test_every_byte_of_a_signed_package_changed_is_refused(world: World) -> None:
    compact = _feedback_package(world)
    assert _every_change_refused(world, compact, ("verify", "import")) == 2 * len(compact)


@pytest.mark.slow
@pytest.mark.parametrize("which", ["acknowledgement", "encrypted offer", "encrypted package"])
def test_every_byte_of_other_documents_changed_is_refused(world: World, which: str) -> None:
    compact = {"acknowledgement": world.acknowledgement_signed, "encrypted offer": world.offer_sealed,
               "encrypted package": lambda: world.profile_compact}[which]()
    _every_change_refused(world, compact, ("verify", "import"))
