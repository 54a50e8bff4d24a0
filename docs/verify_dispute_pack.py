#!/usr/bin/env python3
"""Check a MyVendors dispute pack, with nothing but Python 3.9 or later (no packages to install).

    python3 verify_dispute_pack.py PACK.zip          # the archive as it came
    python3 verify_dispute_pack.py FOLDER            # or the folder it was unpacked to

It checks, and prints each problem it finds (exit 1), or "OK" (exit 0):

1. manifest.json and manifest.jws are there; manifest.jws is a compact JWS (RFC 7515) whose
   payload is exactly the bytes of manifest.json;
2. its Ed25519 signature (RFC 8032) is valid for the key in its header ("jwk"), and that key's
   RFC 7638 thumbprint is the header's "kid" (and the manifest's "signed_by"): the same key the
   packages to the vendor were signed with, so the vendor can compare it with what it received;
3. every file the manifest lists is there, with its size and SHA-256, and no file is there that
   it does not list;
4. each ledger entry in the manifest hashes to what it says (SHA-256 over "prev_hash\\nseq\\nentry",
   the rule of MyVendors' ledger), entries that follow each other chain (the later one's prev_hash
   is the earlier one's hash), the last one matches the ledger's head when it is the head, and a
   file that names a ledger entry ("ledger_seq") has the SHA-256 that entry recorded when it was
   shared or received.

docs/DISPUTE-PACK.md describes the format. This script reads; it never changes the pack.
"""

# ruff: noqa: N803, N806  (RFC 8032's code keeps its names: P, Q for points, A, R, sB, hA)
from __future__ import annotations

import base64
import hashlib
import json
import sys
import zipfile
from pathlib import Path

MANIFEST, SIGNATURE = "manifest.json", "manifest.jws"


# -- Ed25519 verification --------------------------------------------------------------------------
# Copied from RFC 8032, section 6 ("Ed25519 Python Illustration"), verify-only: the signing and key
# functions are left out. Two changes, both marked: x2 is reduced mod p, and a wrong signature
# length returns False (the RFC's code makes the exception without raising it). The RFC warns the
# code is not constant-time; that matters for signing with a secret, not for checking a signature.
def sha512(s: bytes) -> bytes:
    return hashlib.sha512(s).digest()


p = 2**255 - 19  # the base field Z_p


def modp_inv(x: int) -> int:
    return pow(x, p - 2, p)


d = -121665 * modp_inv(121666) % p  # the curve constant
q = 2**252 + 27742317777372353535851937790883648493  # the group order


def sha512_modq(s: bytes) -> int:
    return int.from_bytes(sha512(s), "little") % q


# Points are tuples (X, Y, Z, T) of extended coordinates, with x = X/Z, y = Y/Z, x*y = T/Z.
def point_add(P, Q):  # type: ignore[no-untyped-def]  # as in the RFC
    A, B = (P[1] - P[0]) * (Q[1] - Q[0]) % p, (P[1] + P[0]) * (Q[1] + Q[0]) % p
    C, D = 2 * P[3] * Q[3] * d % p, 2 * P[2] * Q[2] % p
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F, G * H, F * G, E * H)


def point_mul(s, P):  # type: ignore[no-untyped-def]  # computes Q = s * P
    Q = (0, 1, 1, 0)  # the neutral element
    while s > 0:
        if s & 1:
            Q = point_add(Q, P)
        P = point_add(P, P)
        s >>= 1
    return Q


def point_equal(P, Q):  # type: ignore[no-untyped-def]  # x1 / z1 == x2 / z2  <==>  x1 * z2 == x2 * z1
    if (P[0] * Q[2] - Q[0] * P[2]) % p != 0:
        return False
    return (P[1] * Q[2] - Q[1] * P[2]) % p == 0


modp_sqrt_m1 = pow(2, (p - 1) // 4, p)  # the square root of -1


def recover_x(y, sign):  # type: ignore[no-untyped-def]  # x for y, its low bit the sign; None on failure
    if y >= p:
        return None
    x2 = (y * y - 1) * modp_inv(d * y * y + 1) % p  # changed: "% p" added, so that x2 == 0 is tested mod p
    if x2 == 0:
        if sign:
            return None
        return 0
    x = pow(x2, (p + 3) // 8, p)  # the square root of x2
    if (x * x - x2) % p != 0:
        x = x * modp_sqrt_m1 % p
    if (x * x - x2) % p != 0:
        return None
    if (x & 1) != sign:
        x = p - x
    return x


g_y = 4 * modp_inv(5) % p  # the base point
g_x = recover_x(g_y, 0)
G = (g_x, g_y, 1, g_x * g_y % p)


def point_decompress(s):  # type: ignore[no-untyped-def]
    if len(s) != 32:
        raise Exception("Invalid input length for decompression")
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = recover_x(y, sign)
    if x is None:
        return None
    return (x, y, 1, x * y % p)


def verify(public: bytes, msg: bytes, signature: bytes) -> bool:
    if len(public) != 32:
        raise Exception("Bad public key length")
    if len(signature) != 64:
        return False  # changed: the RFC makes Exception("Bad signature length") without raising it
    A = point_decompress(public)
    if not A:
        return False
    Rs = signature[:32]
    R = point_decompress(Rs)
    if not R:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= q:
        return False
    h = sha512_modq(Rs + public + msg)
    sB = point_mul(s, G)
    hA = point_mul(h, A)
    return bool(point_equal(sB, point_add(R, hA)))
# -- end of the code from RFC 8032 -------------------------------------------------------------------


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """base64url without padding, in its one canonical spelling: the unused low bits of the last
    character must be zero, so a changed character never decodes to the same bytes."""
    if not all(c.isascii() and (c.isalnum() or c in "-_") for c in text):
        raise ValueError("not base64url")
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64url(data) != text:
        raise ValueError("not canonical base64url")
    return data


def thumbprint(jwk: dict) -> str:
    """RFC 7638: SHA-256 of the key's required members (for OKP: crv, kty, x) as sorted, compact JSON."""
    required = {k: jwk[k] for k in ("crv", "kty", "x")}
    return b64url(hashlib.sha256(json.dumps(required, sort_keys=True, separators=(",", ":")).encode()).digest())


def entry_hash(seq: int, prev_hash: str, entry: str) -> str:
    return hashlib.sha256(f"{prev_hash}\n{seq}\n{entry}".encode()).hexdigest()


class Pack:
    """The pack's files by path, read from a ZIP archive or an unpacked folder."""

    def __init__(self, where: Path) -> None:
        self.where = where
        self.zip = zipfile.ZipFile(where) if where.is_file() else None

    def paths(self) -> set[str]:
        if self.zip is not None:
            return {n for n in self.zip.namelist() if not n.endswith("/")}
        return {f.relative_to(self.where).as_posix() for f in self.where.rglob("*") if f.is_file()}

    def read(self, path: str) -> bytes:
        if self.zip is not None:
            return self.zip.read(path)
        return (self.where / path).read_bytes()


def check_signature(manifest: bytes, jws_text: str, problems: list[str]) -> dict:
    """The JWS's header when it signs exactly `manifest` with the key it carries; {} otherwise."""
    parts = jws_text.strip().split(".")
    if len(parts) != 3:
        problems.append("manifest.jws is not a compact JWS (three parts joined by dots)")
        return {}
    try:
        header = json.loads(b64url_decode(parts[0]))
        payload = b64url_decode(parts[1])
        signature = b64url_decode(parts[2])
        key = header["jwk"]
        public = b64url_decode(key["x"])
    except (ValueError, KeyError, TypeError):
        problems.append("manifest.jws cannot be read (its header, payload, signature or key is damaged)")
        return {}
    if payload != manifest:
        problems.append("manifest.jws signs something else than manifest.json: one of them was changed")
    if header.get("alg") not in ("Ed25519", "EdDSA") or key.get("kty") != "OKP" or key.get("crv") != "Ed25519":
        problems.append("manifest.jws is not signed with an Ed25519 key")
        return {}
    if len(public) != 32 or not verify(public, f"{parts[0]}.{parts[1]}".encode("ascii"), signature):
        problems.append("the signature in manifest.jws is not valid: the manifest or the signature was changed")
    if thumbprint(key) != header.get("kid"):
        problems.append("the key in manifest.jws is not the key its kid names (RFC 7638 thumbprint)")
    return header


def check(where: Path) -> list[str]:
    """Every problem with the pack at `where` ([] when it is sound)."""
    problems: list[str] = []
    try:
        pack = Pack(where)
        present = pack.paths()
    except (OSError, zipfile.BadZipFile) as exc:
        return [f"{where} cannot be read as a folder or a ZIP archive: {exc}"]
    for name in (MANIFEST, SIGNATURE):
        if name not in present:
            problems.append(f"{name} is missing")
    if problems:
        return problems
    try:
        manifest_bytes = pack.read(MANIFEST)
        manifest = json.loads(manifest_bytes)
        jws_text = pack.read(SIGNATURE).decode("ascii")
    except (zipfile.BadZipFile, ValueError, OSError) as exc:  # json's errors are ValueErrors
        return [f"manifest.json or manifest.jws cannot be read: {exc}"]
    header = check_signature(manifest_bytes, jws_text, problems)
    if header and manifest.get("signed_by") != header.get("kid"):
        problems.append("manifest.json names another key than the one that signed it")
    if manifest.get("format") != "myvendors-dispute-pack" or manifest.get("version") != 1:
        problems.append("manifest.json is not a version 1 MyVendors dispute pack")
        return problems
    try:
        listed = check_members(pack, present, manifest, problems)
        check_ledger(manifest, listed, problems)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        problems.append(f"manifest.json is not in the shape of a dispute pack's manifest ({exc!r})")
    return problems


def check_members(pack: Pack, present: set[str], manifest: dict, problems: list[str]) -> dict[str, dict]:
    """Every listed file there with its size and SHA-256, nothing unlisted; the listed files by path."""
    listed: dict[str, dict] = {}
    for member in manifest.get("members", []):
        path = str(member.get("path", ""))
        listed[path] = member
        if path not in present:
            problems.append(f"{path} is missing")
            continue
        try:
            data = pack.read(path)
        except (zipfile.BadZipFile, OSError) as exc:
            problems.append(f"{path} cannot be read: {exc}")
            continue
        if len(data) != member.get("size"):
            problems.append(f"{path} has {len(data)} bytes; the manifest says {member.get('size')}")
        if hashlib.sha256(data).hexdigest() != member.get("sha256"):
            problems.append(f"{path} was changed: its SHA-256 is not the one in the manifest")
    for path in sorted(present - set(listed) - {MANIFEST, SIGNATURE}):
        problems.append(f"{path} is not listed in the manifest (added after the pack was made)")
    return listed


def check_ledger(manifest: dict, listed: dict[str, dict], problems: list[str]) -> None:
    """Each entry's hash, the chain between neighbours, the head, and the files the entries recorded."""
    ledger = manifest.get("ledger", {})
    recorded: dict[int, dict] = {}
    previous = None
    for item in ledger.get("entries", []):
        seq, text = int(item["seq"]), str(item["entry"])
        if entry_hash(seq, str(item["prev_hash"]), text) != item["hash"]:
            problems.append(f"ledger entry {seq} does not hash to what it says (it was changed)")
        if previous is not None and seq == int(previous["seq"]) + 1 and item["prev_hash"] != previous["hash"]:
            problems.append(f"ledger entry {seq} does not follow entry {seq - 1}")
        head = str(ledger.get("head") or "")
        if head.partition(":")[0] == str(seq) and head != f"{seq}:{item['hash']}":
            problems.append(f"ledger entry {seq} is not the ledger's head the manifest names")
        try:
            recorded[seq] = json.loads(text)
        except ValueError:
            problems.append(f"ledger entry {seq} is not JSON")
        previous = item
    for path, member in listed.items():
        seq = member.get("ledger_seq")
        if seq is None:
            continue
        entry = recorded.get(int(seq))
        if entry is None:
            problems.append(f"{path} names ledger entry {seq}, which the manifest does not hold")
        elif entry.get("sha256") != member.get("sha256"):
            problems.append(f"{path} is not the file ledger entry {seq} recorded")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n", 2)[1] if __doc__ else "usage: verify_dispute_pack.py PACK", file=sys.stderr)
        return 2
    problems = check(Path(argv[1]))
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
