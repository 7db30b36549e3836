"""Ed25519 for TUF metadata through PyNaCl (libsodium): a signer for publishing, and the key
type TUF checks signatures with.

python-tuf signs and checks through securesystemslib, which wants ``cryptography`` for
Ed25519 and otherwise falls back to a pure-Python check (about 5 ms a signature). Registering
``NaclKey`` for ("ed25519", "ed25519") lets every signature TUF checks go through libsodium
(70 µs) without a second crypto library; the metadata format is TUF's own, unchanged.
Loaded only when something is signed or checked, never to show the window.
"""

from __future__ import annotations

import hashlib

from securesystemslib.exceptions import UnverifiedSignatureError
from securesystemslib.formats import encode_canonical
from securesystemslib.signer import KEY_FOR_TYPE_AND_SCHEME, Signature, Signer, SSlibKey

ED25519 = "ed25519"


class NaclKey(SSlibKey):
    """An Ed25519 public key in TUF metadata, checked by libsodium."""

    def verify_signature(self, signature: Signature, data: bytes) -> None:
        if self.keytype != ED25519 or self.scheme != ED25519:
            super().verify_signature(signature, data)
            return
        from nacl.exceptions import BadSignatureError
        from nacl.exceptions import ValueError as NaclValueError
        from nacl.signing import VerifyKey

        try:
            if signature.keyid != self.keyid:
                raise ValueError("the signature is by another key")
            VerifyKey(bytes.fromhex(self.keyval["public"])).verify(
                data, bytes.fromhex(signature.signature))
        except (BadSignatureError, NaclValueError, ValueError, TypeError, KeyError) as exc:
            raise UnverifiedSignatureError(f"signature by {self.keyid[:16]} does not match"
                                           ) from exc


KEY_FOR_TYPE_AND_SCHEME[(ED25519, ED25519)] = NaclKey


def tuf_key(raw: bytes) -> NaclKey:
    """The TUF key of a 32-byte Ed25519 public key; its id is the SHA-256 of its canonical
    JSON, as TUF's own tools make it."""
    value = {"keytype": ED25519, "scheme": ED25519, "keyval": {"public": raw.hex()}}
    canonical = encode_canonical(value)
    assert canonical is not None
    keyid = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return NaclKey(keyid, ED25519, ED25519, {"public": raw.hex()})


class NaclSigner(Signer):
    """Signs metadata with a private key file's 32-byte seed."""

    def __init__(self, seed: bytes):
        from nacl.signing import SigningKey

        self._key = SigningKey(seed)
        self._public = tuf_key(bytes(self._key.verify_key))

    @property
    def public_key(self) -> NaclKey:
        return self._public

    def sign(self, payload: bytes) -> Signature:
        return Signature(self._public.keyid, self._key.sign(payload).signature.hex())

    @classmethod
    def from_priv_key_uri(cls, priv_key_uri, public_key, secrets_handler=None):  # noqa: ARG003
        raise ValueError("mtviewer signers are made from key files")


def new_seed() -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey.generate())


def public_of(seed: bytes) -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey(seed).verify_key)
