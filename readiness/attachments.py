"""What a readiness document carries: the names of its attachments and the canonical JSON of
the result (issue 24: below the documents that write them, render/documents.py, and those that
read them, verification, issuing, pades and the earlier scheme's signing).

- `canonical_json(result)`: the bytes attached to every document (and signed): JSON with sorted
  keys, no insignificant whitespace, UTF-8 (no ASCII escaping). Parsing them and
  canonicalising again gives the same bytes, so a verifier can also refuse an attachment that
  was re-serialised.
- The names of the attachments (`RESULT_ATTACHMENT`, `NUMBER_ATTACHMENT`, and the earlier
  scheme's `SIGNATURE_ATTACHMENT`, `PUBKEY_ATTACHMENT`): documents write them, verification
  reads them.
"""

from __future__ import annotations

import json

# the names of what a document carries (render/documents.py attaches them, `verify` reads them)
RESULT_ATTACHMENT = "readiness-result.json"
SIGNATURE_ATTACHMENT = "readiness-result.sig"
PUBKEY_ATTACHMENT = "readiness-issuer.pub.pem"
# The printed certificate number, stored apart from the result so that `verify` can compare
# the number inside the signed result with the one the PDF shows.
NUMBER_ATTACHMENT = "readiness-certificate-number.txt"


def canonical_json(result: dict) -> bytes:
    return json.dumps(result, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")
