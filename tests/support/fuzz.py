"""Dossiers an adversary could send: the examples mutated at random paths (hypothesis
strategies), and the budget of examples the property tests draw (`make fuzz` raises it)."""

import copy
import os
from pathlib import Path

import yaml
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {p.stem: yaml.safe_load(p.read_text()) for p in sorted((ROOT / "examples/dossiers").glob("*.yaml"))}
BUDGET = int(os.environ.get("READINESS_FUZZ_EXAMPLES", "60"))

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30), st.sampled_from(["2026-02-30", "2027-10-03", "", "ID52110000123450324", "pirt",
                                           "halal", "event", "hotel", "micro", "packaged_food", "craft",
                                           "P-IRT No. 3105203010123-29", "<script>", "../../etc/passwd"]),
)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                      max_leaves=12)


def _paths(v, prefix=()):
    yield prefix
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _paths(x, prefix + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from _paths(x, prefix + (i,))


@st.composite
def mutated(draw):
    data = copy.deepcopy(EXAMPLES[draw(st.sampled_from(sorted(EXAMPLES)))])
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:           # earlier mutations left nothing to change
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for k in path[:-1]:
            parent = parent[k]
        action = draw(st.sampled_from(["set", "delete", "dup"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "dup" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            parent[path[-1]] = draw(values)
    return data
