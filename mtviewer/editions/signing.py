"""Ed25519 signatures through PyNaCl (libsodium), loaded only when something is signed or
checked: publishing, installing, keygen."""

from __future__ import annotations

from .errors import EditionError

PREFIX = b"mtviewer-edition-v1\n"
"""Signed before the edition's description, so a signature made for anything else never
passes as an edition's."""


def new_seed() -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey.generate())


def public_of(seed: bytes) -> bytes:
    from nacl.signing import SigningKey

    return bytes(SigningKey(seed).verify_key)


def sign(seed: bytes, message: bytes) -> bytes:
    from nacl.signing import SigningKey

    return SigningKey(seed).sign(PREFIX + message).signature


def check(public: bytes, message: bytes, signature: bytes) -> None:
    """Raise EditionError("bad-signature") unless ``signature`` is the key's over ``message``."""
    from nacl.exceptions import BadSignatureError
    from nacl.exceptions import ValueError as NaclValueError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(public).verify(PREFIX + message, signature)
    except (BadSignatureError, NaclValueError, TypeError) as exc:
        raise EditionError("bad-signature", "the signature does not match the edition's "
                           "description: it was changed after it was signed") from exc
