"""Whatever the bytes, load_data answers with data or an InputError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness.errors import InputError
from readiness.load import Limits, load_data, locate

SMALL = Limits(max_bytes=4096, max_depth=8, max_aliases=4, max_nodes=300)

YAML_BITS = st.sampled_from([
    "a", ": ", "- ", "\n", "  ", "[", "]", "{", "}", ",", "&x ", "*x", "&y ", "*y", "!!str ",
    "!!python/object ", "!x ", "<<: ", "? ", "'", '"', "#", "|", ">", "---\n", "...\n",
    "2026-07-02", "0x1F", "1:30", "yes", "~", "\t", "\r\n", "é", "\\", "%YAML 1.1\n", "@",
    "nib", "0x_", "9" * 30, ".inf", "=", "\x85", "\ufeff",
])


def check(raw: bytes, name: str) -> None:
    try:
        data = load_data(raw, name=name, limits=SMALL)
    except InputError as e:
        line = e.one_line()
        assert line.startswith(name)
        assert "\n" not in line
        return
    assert data is None or isinstance(data, (dict, list, str, int, float, bool))
    locate(raw.decode("utf-8", "replace"), ["a", 0, "b"])  # must not raise either


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from(["f.yaml", "f.json", "f"]))
def test_arbitrary_bytes(raw, name):
    check(raw, name)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAML_BITS, max_size=40).map("".join), st.sampled_from(["f.yaml", "f.json", "f"]))
def test_yaml_like_text(text, name):
    check(text.encode("utf-8"), name)


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=3), c,
                                                                        max_size=3),
                    max_leaves=20))
def test_json_round_trip(value):
    import json
    raw = json.dumps({"v": value}).encode()
    try:
        assert load_data(raw, name="f.json", limits=SMALL) == {"v": value}
    except InputError as e:
        assert "too deep" in e.message or "too many" in e.message
