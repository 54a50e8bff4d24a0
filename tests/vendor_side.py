"""A vendor, as written by someone who never saw MyVendors' code: joserfc only (the app uses
jwcrypto), reading packages and writing offers and acknowledgements as docs/SHARING.md says."""

from __future__ import annotations

import hashlib
import json
import uuid
import warnings
from datetime import UTC, datetime, timedelta
from typing import Any

from joserfc import jwe, jws
from joserfc.errors import SecurityWarning
from joserfc.jwk import OKPKey

JWE_ALGS = ["ECDH-ES+A256KW", "A256GCM"]


class VendorSide:
    def __init__(self, name: str) -> None:
        self.name = name
        self.sig = OKPKey.generate_key("Ed25519")
        self.enc = OKPKey.generate_key("X25519")

    @property
    def enc_public(self) -> dict[str, Any]:
        return dict(self.enc.as_dict(private=False))

    def read(self, compact: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """(header, document) of a package (the text of its file): decrypted when it is a JWE, always verified."""
        compact = compact.strip()
        if compact.count(".") == 4:
            compact = jwe.decrypt_compact(compact, self.enc, algorithms=JWE_ALGS).plaintext.decode("ascii")
        header = json.loads(_b64(compact.split(".")[0]))
        key = OKPKey.import_key(header["jwk"])
        assert key.thumbprint() == header["kid"]  # the kid is the RFC 7638 thumbprint of the key that signed
        with warnings.catch_warnings():  # joserfc warns that "EdDSA" is deprecated (RFC 9864): it still verifies
            warnings.simplefilter("ignore", SecurityWarning)
            verified = jws.deserialize_compact(compact, key, algorithms=[header["alg"]])
        document = json.loads(verified.payload)
        assert document["sender"]["pseudonym"] == header["kid"]
        return verified.headers(), document

    def _sign(self, document: dict[str, Any], *, key: OKPKey | None = None, carry_key: bool = True) -> str:
        key = key or self.sig
        header: dict[str, Any] = {"alg": "Ed25519", "kid": key.thumbprint()}
        if carry_key:
            header["jwk"] = key.as_dict(private=False)
        return jws.serialize_compact(header, json.dumps(document).encode(), key, algorithms=["Ed25519"])

    def _envelope(self, package: dict[str, Any], kind: str, body: dict[str, Any], days: int) -> dict[str, Any]:
        now = datetime.now(UTC)
        return {
            "format": "myvendors-vendor-document",
            "version": 1,
            "schema": "urn:myvendors:schema:vendor-document:v1",
            "id": f"urn:uuid:{uuid.uuid4()}",
            "kind": kind,
            "issued": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "expires": (now + timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "inReplyTo": package["id"],
            "sender": {"name": self.name, "website": f"https://{self.name.lower().replace(' ', '')}.example",
                       "enc": self.enc_public},
            "recipient": {"pseudonym": package["sender"]["pseudonym"]},
            kind: body,
        }

    def offer_document(self, package: dict[str, Any], price: str, currency: str = "EUR", *, days: int = 14,
                       description: str = "Delivered within a week") -> dict[str, Any]:
        body = {"@context": "https://schema.org", "@type": "Offer", "price": price, "priceCurrency": currency,
                "description": description,
                "validThrough": (datetime.now(UTC).date() + timedelta(days=days)).isoformat()}
        return self._envelope(package, "offer", body, days)

    def acknowledgement_document(self, package: dict[str, Any], received: bytes | str, *, accepted: bool = True,
                                 note: str = "") -> dict[str, Any]:
        """`received`: the package file's bytes exactly as received, or the text as pasted (trimmed)."""
        raw = received if isinstance(received, bytes) else received.strip().encode("ascii")
        body: dict[str, Any] = {"packageSha256": hashlib.sha256(raw).hexdigest(),
                "terms": [{"id": t["id"], "version": t["version"]} for t in package["terms"]], "accepted": accepted}
        if note:
            body["note"] = note
        return self._envelope(package, "acknowledgement", body, 365)

    def send(self, document: dict[str, Any], package: dict[str, Any] | None = None, *, encrypt: bool = True,
             key: OKPKey | None = None, carry_key: bool = True) -> str:
        """Sign; encrypt to the pseudonym's X25519 key when asked (the package carries it)."""
        signed = self._sign(document, key=key, carry_key=carry_key)
        if not encrypt or package is None:
            return signed
        theirs = OKPKey.import_key(package["sender"]["enc"])
        header = {"alg": "ECDH-ES+A256KW", "enc": "A256GCM", "cty": "JOSE", "kid": package["sender"]["enc"]["kid"]}
        return jwe.encrypt_compact(header, signed.encode("ascii"), theirs, algorithms=JWE_ALGS)


def _b64(part: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
