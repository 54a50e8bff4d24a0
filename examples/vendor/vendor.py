#!/usr/bin/env python3
"""A vendor's side of MyVendors packages, with nothing but joserfc (pip install joserfc).

    vendor.py keygen --keys shop-keys.json               # once: your Ed25519 and X25519 keys (keep private)
    vendor.py public-key --keys shop-keys.json > enc.jwk # give this to customers for `share --encrypt-to`
    vendor.py read PACKAGE --keys shop-keys.json         # decrypt if needed, verify, print the document
    vendor.py offer PACKAGE --keys shop-keys.json --name "Velo Works" --price 549.00 --currency EUR \
        [--description TEXT] [--valid-days 14] --out offer.jwe
    vendor.py ack PACKAGE --keys shop-keys.json --name "Velo Works" [--reject] --out ack.jwe

PACKAGE is the file the customer sent (a compact JWS, or a JWE encrypted to your key). An
acknowledgement countersigns the SHA-256 of that file's bytes exactly as received, and names
exactly the terms the package proffers (accepted, or refused with --reject). Answers
are signed with your Ed25519 key, carry your public key (the customer keeps it on first use and
expects it from then on) and are encrypted to the pseudonym's X25519 key from the package.
The format is described in docs/SHARING.md.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from joserfc import jwe, jws
from joserfc.jwk import OKPKey

JWE_ALGS = ["ECDH-ES+A256KW", "A256GCM"]
SIG_ALGS = ["Ed25519"]  # "EdDSA" too if you must accept older senders (joserfc warns: RFC 9864 deprecates it)


def load_keys(path: Path) -> tuple[OKPKey, OKPKey]:
    data = json.loads(path.read_text())
    return OKPKey.import_key(data["sig"]), OKPKey.import_key(data["enc"])


def header_of(compact: str) -> dict:
    part = compact.split(".")[0]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def open_package(received: bytes, enc_key: OKPKey) -> dict:
    """The document of a package file. Decrypts a JWE addressed to us, then verifies the JWS with
    the key it carries and checks that key's thumbprint is the sender's pseudonym."""
    compact = "".join(received.decode("ascii").split())
    if compact.count(".") == 4:
        compact = jwe.decrypt_compact(compact, enc_key, algorithms=JWE_ALGS).plaintext.decode("ascii")
    header = header_of(compact)
    sender_key = OKPKey.import_key(header["jwk"])
    if sender_key.thumbprint() != header["kid"]:
        raise SystemExit("refused: the key in the header is not the one its kid names")
    document = json.loads(jws.deserialize_compact(compact, sender_key, algorithms=SIG_ALGS).payload)
    if document["sender"]["pseudonym"] != header["kid"]:
        raise SystemExit("refused: signed by a key other than the sender's pseudonym")
    if datetime.fromisoformat(document["expires"].replace("Z", "+00:00")) <= datetime.now(UTC):
        raise SystemExit(f"refused: the package expired on {document['expires']}")
    return document


def answer(document: dict, kind: str, body: dict, name: str, sig: OKPKey, enc: OKPKey, days: int) -> str:
    now = datetime.now(UTC)
    reply = {
        "format": "myvendors-vendor-document",
        "version": 1,
        "schema": "urn:myvendors:schema:vendor-document:v1",
        "id": f"urn:uuid:{uuid.uuid4()}",
        "kind": kind,
        "issued": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "expires": (now + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "inReplyTo": document["id"],
        "sender": {"name": name, "enc": enc.as_dict(private=False)},
        "recipient": {"pseudonym": document["sender"]["pseudonym"]},
        kind: body,
    }
    header = {"alg": "Ed25519", "kid": sig.thumbprint(), "jwk": sig.as_dict(private=False)}
    signed = jws.serialize_compact(header, json.dumps(reply).encode(), sig, algorithms=SIG_ALGS)
    theirs = document["sender"]["enc"]
    sealed_header = {"alg": "ECDH-ES+A256KW", "enc": "A256GCM", "cty": "JOSE", "kid": theirs["kid"]}
    return jwe.encrypt_compact(sealed_header, signed.encode("ascii"), OKPKey.import_key(theirs), algorithms=JWE_ALGS)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("keygen", "public-key", "read", "offer", "ack"):
        p = sub.add_parser(name)
        p.add_argument("--keys", type=Path, required=True)
        if name in ("read", "offer", "ack"):
            p.add_argument("package", type=Path)
        if name in ("offer", "ack"):
            p.add_argument("--name", required=True)
            p.add_argument("--out", type=Path, required=True)
        if name == "offer":
            p.add_argument("--price", required=True)
            p.add_argument("--currency", required=True)
            p.add_argument("--description", default="")
            p.add_argument("--valid-days", type=int, default=14)
        if name == "ack":
            p.add_argument("--reject", action="store_true")
    args = parser.parse_args(argv)

    if args.command == "keygen":
        keys = {"sig": OKPKey.generate_key("Ed25519").as_dict(private=True),
                "enc": OKPKey.generate_key("X25519").as_dict(private=True)}
        args.keys.write_text(json.dumps(keys, indent=2))
        args.keys.chmod(0o600)
        return 0
    sig, enc = load_keys(args.keys)
    if args.command == "public-key":
        print(json.dumps(enc.as_dict(private=False)))
        return 0
    received = args.package.read_bytes()  # an acknowledgement countersigns the file exactly as received
    document = open_package(received, enc)
    if args.command == "read":
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return 0
    if args.command == "offer":
        valid = (datetime.now(UTC).date() + timedelta(days=args.valid_days)).isoformat()
        body = {"@context": "https://schema.org", "@type": "Offer", "price": args.price,
                "priceCurrency": args.currency, "description": args.description, "validThrough": valid}
        args.out.write_text(answer(document, "offer", body, args.name, sig, enc, args.valid_days))
        return 0
    body = {"packageSha256": hashlib.sha256(received).hexdigest(),
            "terms": [{"id": t["id"], "version": t["version"]} for t in document["terms"]],
            "accepted": not args.reject}
    args.out.write_text(answer(document, "acknowledgement", body, args.name, sig, enc, 365))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
