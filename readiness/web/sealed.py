"""Small data the browser keeps for us, sealed: encrypted and authenticated (AES-256-GCM), with
its age inside, so that the browser (or anyone who copies the cookie off a shared phone)
cannot read it, change it, or use it after `max_age`.

    token = seal(secret_key, "periksa", {"business": {...}})
    data = unseal(secret_key, "periksa", token, max_age=7 * 86400)    # None: not ours, too old

The key is derived from the site's secret key and the purpose (HKDF-SHA256), so a token made
for one purpose does not open for another. The JSON is compressed before it is encrypted, and
is never inflated past `max_size` bytes when opened.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import time
import zlib
from functools import lru_cache

PREFIX = "s1."
_NONCE = 12
_WHEN = struct.Struct(">Q")


@lru_cache(maxsize=16)
def _aead(secret: str, purpose: str):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"readiness.sealed",
               info=purpose.encode("utf-8")).derive(secret.encode("utf-8"))
    return AESGCM(key)


def seal(secret: str, purpose: str, data, *, now: float | None = None) -> str:
    when = int(time.time() if now is None else now)
    plain = _WHEN.pack(when) + zlib.compress(
        json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 9)
    nonce = os.urandom(_NONCE)
    box = nonce + _aead(secret, purpose).encrypt(nonce, plain, purpose.encode("utf-8"))
    return PREFIX + base64.urlsafe_b64encode(box).decode("ascii").rstrip("=")


def unseal(secret: str, purpose: str, token: str | None, *, max_age: float,
           max_size: int = 256 * 1024, now: float | None = None):
    """The data sealed in `token`, or None when it is not one of ours, was changed, or is
    older than `max_age` seconds."""
    from cryptography.exceptions import InvalidTag

    if not token or not token.startswith(PREFIX) or len(token) > max_size:
        return None
    body = token[len(PREFIX):]
    try:
        box = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        plain = _aead(secret, purpose).decrypt(box[:_NONCE], box[_NONCE:],
                                               purpose.encode("utf-8"))
    except (ValueError, InvalidTag):
        return None
    (when,) = _WHEN.unpack(plain[:_WHEN.size])
    age = (time.time() if now is None else now) - when
    if age > max_age or age < -300:
        return None
    inflate = zlib.decompressobj()
    try:
        raw = inflate.decompress(plain[_WHEN.size:], max_size)
        if inflate.unconsumed_tail:
            return None                        # larger than max_size inflated
        return json.loads(raw)
    except (ValueError, zlib.error):
        return None
