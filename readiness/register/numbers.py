"""Certificate numbers: short, readable over the phone, with a check character.

    MM27-000123-K
    ^^^^ prefix: the initials of the standard's id (mandalika-motogp -> MM) and the last two
         digits of the edition's year (2027.1 -> 27)
         ^^^^^^ the register's sequence for that prefix (six digits, more when needed)
                ^ check character

The check character is the value of the body (prefix and sequence, dashes left out) read as
a base-36 number (0-9 = 0-9, A-Z = 10-35), modulo 31, written with the 31 symbols of
CHECK_ALPHABET: digits and capitals without 0, 1, I, L and O, which are easy to mistake for
one another. Because 31 is prime and does not divide 36 - 1 = 35 or 36**2 - 1 = 1295, every
single mistyped digit, every swap of two neighbouring characters and every swap around a middle
character is caught (for the letters of the prefix: unless the two letters are 31 apart in
base 36, such as 0 and V, which nobody confuses). This is the scheme of the Spanish DNI letter
(a number modulo the prime 23, written with letters that exclude I, O and U), over base 36.

`parse_number` is forgiving in what it reads (lower case, spaces, missing dashes, the letter O
for a zero and I or L for a one in the sequence) and strict in what it accepts: the check
character must match.
"""

from __future__ import annotations

import re

CHECK_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
assert len(CHECK_ALPHABET) == 31
SEQ_DIGITS = 6
_PREFIX_LETTERS = 4

_NUMBER = re.compile(r"^([A-Z]{1,4})([0-9]{2})-?([0-9OIL]{6,10})-?([0-9A-Z])$")


def check_char(body: str) -> str:
    """The check character of `body` (letters and digits only, upper case)."""
    v = 0
    for c in body:
        v = (v * 36 + int(c, 36)) % 31
    return CHECK_ALPHABET[v]


def prefix_for(standard_id: str, version: str) -> str:
    """'mandalika-motogp', '2027.1' -> 'MM27'. The initials of the id's words (at most four),
    then the last two digits of the first number in the version ('00' when it has none)."""
    words = [w for w in re.split(r"[^A-Za-z0-9]+", standard_id or "") if w]
    letters = "".join(w[0] for w in words if w[0].isalpha()).upper()[:_PREFIX_LETTERS] or "X"
    m = re.search(r"\d+", version or "")
    year = (m.group(0)[-2:] if m else "00").rjust(2, "0")
    return letters + year


def format_number(prefix: str, seq: int) -> str:
    body_seq = str(int(seq)).rjust(SEQ_DIGITS, "0")
    return f"{prefix}-{body_seq}-{check_char(prefix + body_seq)}"


def parse_number(text: str) -> str | None:
    """The canonical form of a number as a person may type it, or None when it is not a
    well-formed number with the right check character."""
    if not isinstance(text, str) or len(text) > 40:
        return None
    t = re.sub(r"[\s_.]", "", text.upper())
    m = _NUMBER.match(t)
    if not m:
        return None
    letters, year, seq, check = m.groups()
    seq = seq.replace("O", "0").replace("I", "1").replace("L", "1")
    prefix = letters + year
    if check_char(prefix + seq) != check:
        return None
    return f"{prefix}-{seq}-{check}"


def looks_like_number(text: str) -> bool:
    """True when `text` has the shape of a number (the check character may still be wrong):
    to tell "mistyped" from "not a number at all"."""
    if not isinstance(text, str) or len(text) > 40:
        return False
    return bool(_NUMBER.match(re.sub(r"[\s_.]", "", text.upper())))
