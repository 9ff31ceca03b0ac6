"""Certificate numbers: the format, forgiving parsing, and the check character catching the
typing mistakes people make."""

import itertools
import string

import pytest

from readiness.register.numbers import (CHECK_ALPHABET, check_char, format_number,
                                        looks_like_number, parse_number, prefix_for)


def test_format_and_prefix():
    assert prefix_for("mandalika-motogp", "2027.1") == "MM27"
    assert prefix_for("ikm-baseline", "2026.2") == "IB26"
    assert prefix_for("lombok-timur-bazaar-ramadan-x", "v3") == "LTBR03"
    assert prefix_for("", "") == "X00"
    n = format_number("MM27", 123)
    assert n.startswith("MM27-000123-") and len(n) == 13
    assert format_number("MM27", 1234567).startswith("MM27-1234567-")


def test_check_alphabet_has_no_lookalikes():
    assert not set("01ILO") & set(CHECK_ALPHABET)
    assert len(set(CHECK_ALPHABET)) == 31


@pytest.mark.parametrize("typed", ["mm27-000123-{c}", "MM27 000123 {c}", "MM27000123{c}",
                                   " mm27-OOO123-{c} ", "MM27-000I23-{c}".replace("I", "l")])
def test_parse_is_forgiving_in_what_it_reads(typed):
    n = format_number("MM27", 123)
    assert parse_number(typed.format(c=n[-1].lower())) == n


def test_parse_refuses_a_wrong_check_character_and_junk():
    n = format_number("MM27", 123)
    wrong = next(c for c in CHECK_ALPHABET if c != n[-1])
    assert parse_number(n[:-1] + wrong) is None
    assert looks_like_number(n[:-1] + wrong)
    for junk in ["", "MM27", "x" * 100, "MM27-12-K", "../etc/passwd", "MM27-000123-K-1", None]:
        assert parse_number(junk) is None


def test_every_single_substitution_and_neighbour_swap_is_caught():
    """Exhaustive over the sequence digits of a few numbers: one digit mistyped, two
    neighbours swapped, or two characters around a middle one swapped."""
    for seq in (1, 123, 987654, 500500):
        n = format_number("MM27", seq)
        body = n.replace("-", "")[:-1]
        check = n[-1]
        positions = range(4, len(body))  # the sequence digits
        for i in positions:
            for d in string.digits:
                if d != body[i]:
                    assert check_char(body[:i] + d + body[i + 1:]) != check
        for i, j in itertools.chain(((i, i + 1) for i in range(len(body) - 1)),
                                    ((i, i + 2) for i in range(len(body) - 2))):
            if body[i] != body[j]:
                s = list(body)
                s[i], s[j] = s[j], s[i]
                assert check_char("".join(s)) != check, (n, i, j)
