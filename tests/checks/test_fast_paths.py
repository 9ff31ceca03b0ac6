"""The engine's shortcuts answer as the general code does: compiled field paths, category
and channel gates, remembered wordings and normalised texts."""

import copy
import datetime as dt

import pytest
import yaml

from readiness.api import load_standard
from readiness.checks import base
from readiness.checks.base import Context, norm, resolve
from readiness.conditions import compile_condition, product_gates
from readiness.words import render
from readiness.standards.loader import catalogue

AS_OF = dt.date(2026, 11, 27)


def _dossiers(examples):
    out = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(examples.glob("*.yaml"))]
    # a few shapes the examples lack: fields null, wrong types, lists where text is expected
    odd = copy.deepcopy(out[0])
    odd["business"]["nib"] = None
    odd["business"]["address"] = "Jl. Raya"          # text where a mapping is expected
    odd["products"][0]["permits"] = {"type": "pirt"}  # a mapping where a list is expected
    odd["products"][0]["label"] = ["x"]
    out.append(odd)
    return out


def _paths(node, out):
    """Every field path named in a rule set's raw rules."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("field", "list") and isinstance(v, str):
                out.add(v)
            elif k == "fields" and isinstance(v, list):
                out.update(x for x in v if isinstance(x, str))
            _paths(v, out)
    elif isinstance(node, list):
        for x in node:
            _paths(x, out)
    return out


@pytest.fixture(scope="module")
def rule_sets():
    return [load_standard(f"{i}@{v}") for i, v in catalogue()]


def test_compiled_paths_equal_the_general_walk(rule_sets, examples):
    paths = set()
    for rs in rule_sets:
        for r in rs.rules:
            _paths(r.raw, paths)
    paths |= {"product", "business", "product.name", "products[].category", "business.address.regency"}
    simple = [p for p in paths if "[" not in p]
    assert len(simple) > 20                    # the fast walk is what most rules use
    for d in _dossiers(examples):
        for subj in [None] + list(range(len(d.get("products") or []))):
            ctx = Context(d, subj, AS_OF, AS_OF, AS_OF)
            for p in sorted(paths):
                assert resolve(ctx, p) == base._resolve_general(ctx, p), (p, subj)


def test_gates_never_contradict_the_condition(rule_sets, examples):
    gated = 0
    for rs in rule_sets:
        for r in rs.rules:
            if r.subject != "product" or r.applies is None:
                continue
            cats, chans = product_gates(r.raw.get("applies"))
            gated += cats is not None or chans is not None
            for d in _dossiers(examples)[:-1]:
                for i, p in enumerate(d["products"]):
                    ctx = Context(d, i, AS_OF, AS_OF, AS_OF)
                    closed = (cats is not None and p.get("category") not in cats) or (
                        chans is not None and chans.isdisjoint(p.get("channels") or ()))
                    if closed:
                        assert not r.applies(ctx), (rs.ref, r.id, i)
    assert gated >= 10


@pytest.mark.parametrize("spec, want", [
    ({"category": ["Packaged_Food"]}, (frozenset({"packaged_food"}), None)),
    ({"all": [{"category": ["a", "b"]}, {"channel": ["event"]}, {"category": ["b"]}]},
     (frozenset({"b"}), frozenset({"event"}))),
    ({"any": [{"category": ["a"]}, {"category": ["b"]}]}, (None, None)),   # either: no gate
    ({"not": {"category": ["a"]}}, (None, None)),
    ({"field": "product.marks", "present": True}, (None, None)),
])
def test_product_gates(spec, want):
    compile_condition(spec)
    assert product_gates(spec) == want


def test_remembered_wordings_keep_argument_types():
    a = render("bad_format", {"field": "nib", "value": True, "expected": {}}, "en")
    b = render("bad_format", {"field": "nib", "value": 1, "expected": {}}, "en")
    assert a != b and "1" in b
    assert render("bad_format", {"field": "nib", "value": True, "expected": {}}, "en") == a
    assert render("absent", {"fields": ["nib"]}, "id") != render("absent", {"fields": ["nib"]}, "en")


def test_norm_of_long_and_short_text():
    long = "Kain  Tenun-Songket_" * 10
    assert norm(long) == " ".join(long.casefold().replace("_", " ").replace("-", " ").split())
    assert norm("Booth-Event") == "booth event" and norm(12) == "12"


def test_shortcuts_agree_on_mutated_dossiers(rule_sets):
    """Property: on dossiers mutated at random (any value anywhere, fields deleted, list items
    duplicated), compiled paths give what the general walk gives, and no gate closes a rule
    whose condition holds."""
    from hypothesis import HealthCheck, given, settings

    from tests.support.fuzz import BUDGET, mutated

    paths = set()
    for rs in rule_sets:
        for r in rs.rules:
            _paths(r.raw, paths)
    gated = []
    for rs in rule_sets:
        for r in rs.rules:
            if r.subject == "product" and r.applies is not None:
                cats, chans = product_gates(r.raw.get("applies"))
                if cats is not None or chans is not None:
                    gated.append((r, cats, chans))

    @settings(max_examples=BUDGET, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutated())
    def prop(d):
        prods = d.get("products") if isinstance(d, dict) else None
        n = len(prods) if isinstance(prods, list) else 0
        for subj in [None] + list(range(n)):
            ctx = Context(d, subj, AS_OF, AS_OF, AS_OF)
            for p in sorted(paths):
                try:
                    want = base._resolve_general(ctx, p)
                except Exception as e:  # noqa: BLE001 - then the fast path must fail alike
                    with pytest.raises(type(e)):
                        resolve(ctx, p)
                    continue
                assert resolve(ctx, p) == want, (p, subj)
            if subj is None or not isinstance(prods[subj], dict):
                continue
            prod = prods[subj]
            for r, cats, chans in gated:
                try:
                    holds = r.applies(ctx)
                except Exception:  # noqa: BLE001 - malformed shapes the model refuses first
                    continue
                ch = prod.get("channels") or ()
                try:
                    closed = (cats is not None and prod.get("category") not in cats) or (
                        chans is not None and chans.isdisjoint(ch))
                except TypeError:  # unhashable category or channels: the model refuses these
                    continue
                assert not (closed and holds), (r.id, subj)

    prop()
