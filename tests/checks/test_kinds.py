"""Each check kind on its own: pass, fail and missing, parameters validated (can every kind fail?)."""

import datetime as dt

import pytest
from pydantic import ValidationError

from readiness.checks import KINDS
from readiness.checks.base import Context, resolve
from readiness.conditions import ConditionError, compile_condition

ROOT = {
    "business": {"nib": "9120301234567", "kbli": ["10761"], "scale": "micro",
                 "address": {"regency": "Lombok Timur"},
                 "curation": [{"kind": "government", "date": "2026-08-14", "result": "passed"},
                              {"kind": "organizer", "date": "2024-01-01", "result": "passed"}],
                 "documents": [{"type": "slhs", "issued": "2024-05-20"}]},
    "products": [{"name": "Kopi", "category": "packaged_food", "channels": ["event", "hotel"], "kbli": "10761",
                  "price_idr": 85000, "label": {"elements": ["product_name", "ingredients"]},
                  "fibres": [{"percent": 60}, {"percent": 30}],
                  "materials": ["clay", "Black coral beads"], "marks": ["MotoGP"],
                  "licences": [{"mark": "motogp", "expires": "2027-12-31"}],
                  "permits": [{"type": "pirt", "number": "P-IRT No. 3105203010123-29", "issued": "2024-03-01"},
                              {"type": "halal", "number": "ID52110000123450324"}]}],
}
CTX = Context(root=ROOT, product=0, event_start=dt.date(2027, 10, 1), event_end=dt.date(2027, 10, 3),
              as_of=dt.date(2026, 11, 27))


def run(kind, ctx=CTX, **params):
    k = KINDS[kind]
    return k.check(k.params(**params), ctx)


CASES = [
    ("present", {"fields": ["business.nib"]}, "pass"),
    ("present", {"fields": ["business.npwp", "business.nib"]}, "missing"),
    ("pattern", {"field": "business.nib", "pattern": r"^\d{13}$"}, "pass"),
    ("pattern", {"field": "business.nib", "pattern": r"^\d{15}$"}, "fail"),
    ("pattern", {"field": "business.npwp", "pattern": "x"}, "missing"),
    ("pattern", {"field": "product.permits[type=halal].number", "pattern": r"^ID\d{17}$"}, "pass"),
    ("one_of", {"field": "business.scale", "values": ["Micro", "small"]}, "pass"),
    ("one_of", {"field": "business.scale", "values": ["medium"]}, "fail"),
    ("none_of", {"field": "product.materials", "values": ["black coral"]}, "fail"),
    ("none_of", {"field": "product.materials", "values": ["turtle shell"]}, "pass"),
    ("none_of", {"field": "product.item_type", "values": ["keris"]}, "missing"),
    ("equals", {"field": "business.scale", "value": "micro"}, "pass"),
    ("equals", {"field": "product.category", "value": "craft"}, "fail"),
    ("at_least", {"field": "product.price_idr", "min": 0, "exclusive": True}, "pass"),
    ("at_least", {"field": "product.price_idr", "min": 100000}, "fail"),
    ("at_least", {"field": "product.capacity_per_month", "min": 1}, "missing"),
    ("includes", {"field": "product.label.elements", "required": ["product_name"]}, "pass"),
    ("includes", {"field": "product.label.elements", "required": ["product_name", "best_before"]}, "fail"),
    ("includes", {"field": "business.kbli", "required_from": "products[].kbli"}, "pass"),
    ("sum_equals", {"field": "product.fibres[].percent", "total": 100}, "fail"),
    ("document", {"list": "product.permits", "types": ["pirt", "bpom_md"]}, "pass"),
    ("document", {"list": "product.permits", "types": ["bpom_md"]}, "fail"),
    ("document", {"list": "product.documents", "types": ["lab_test"]}, "missing"),
    ("document", {"list": "business.documents", "types": ["slhs"], "valid_through_event": True,
                  "validity_years": {"slhs": 3}}, "fail"),
    ("document", {"list": "business.documents", "types": ["slhs"], "valid_through_event": True,
                  "validity_years": {"slhs": 4}}, "pass"),
    ("document", {"list": "business.documents", "types": ["slhs"], "valid_through_event": True}, "missing"),
    ("recent_entries", {"list": "business.curation", "where": {"result": "passed"}}, "pass"),
    ("recent_entries", {"list": "business.curation", "where": {"result": "passed"},
                        "require_kinds": ["government", "organizer"]}, "fail"),
    ("licensed_marks", {"marks": "product.marks", "licences": "product.licences"}, "pass"),
    ("pirt_number", {"list": "product.permits[type=pirt]", "regency_codes": {"Lombok Timur": "5203"}}, "pass"),
    ("pirt_number", {"list": "product.permits[type=pirt]", "regency_codes": {"Lombok Timur": "5201"}}, "fail"),
    ("pirt_expiry", {"list": "product.permits[type=pirt]"}, "pass"),
    ("pirt_expiry", {"list": "product.permits[type=bpom]"}, "missing"),
    ("manual", {"instructions": {"id": "periksa", "en": "inspect"}}, "manual"),
    # C24: a product named after a geographical indication
    ("gi_name", {"names": [{"name": "Madu Sumbawa", "confirmed": True}]}, "pass"),
    ("gi_name", {"names": [{"name": "Madu", "aliases": ["kopi"], "confirmed": True}]}, "fail"),
    ("gi_name", {"names": [{"name": "Kopi", "confirmed": False}]}, "manual"),
    # C21: a permit issued to another business, or in a name an officer must match
    ("document", {"list": "product.permits", "types": ["pirt"], "holder": "business"}, "pass"),
]


def test_document_holder():
    def permits(**pirt):
        entry = {"type": "pirt", "number": "P-IRT No. 3105203010123-29", **pirt}
        root = {**ROOT, "business": {**ROOT["business"], "name": "UD Kopi Sembalun Lestari",
                                     "owner": {"name": "Baiq Nurul Aini"}},
                "products": [{**ROOT["products"][0], "permits": [entry]}]}
        return run("document", Context(root, 0, CTX.event_start, CTX.event_end, CTX.as_of),
                   list="product.permits", types=["pirt"], holder="business")
    assert permits(nib="9120 3012 34567").status == "pass"             # the same NIB, spaced
    assert permits(nib="9120309999999").status == "fail"
    assert permits(holder="Hj. Baiq Nurul Aini, S.E.").status == "pass"  # titles are not names
    assert permits(holder="CV. Kopi Sembalun Lestari").status == "pass"  # nor legal forms
    out = permits(holder="Lalu Ahmad")
    assert out.status == "manual" and "Lalu Ahmad" in out.messages[0].args["instructions"]["id"]


@pytest.mark.parametrize("kind,params,status", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_kind(kind, params, status):
    out = run(kind, **params)
    assert out.status == status, out
    if status != "pass":
        assert out.messages and out.path


def test_every_kind_can_fail_or_is_manual():
    covered = {(k, s) for k, _, s in CASES}
    # covered below: test_licence_expired_fails, test_pirt_expiry_fails_after_year_digits
    not_passing = {"present": "missing", "licensed_marks": None, "pirt_expiry": None}
    for kind in KINDS:
        want = not_passing.get(kind, "fail")
        assert want is None or (kind, want) in covered or (kind, "manual") in covered, kind


def test_licence_expired_fails():
    root = {**ROOT, "products": [{**ROOT["products"][0], "licences": [{"mark": "MotoGP", "expires": "2026-12-31"}]}]}
    out = run("licensed_marks", Context(root, 0, CTX.event_start, CTX.event_end, CTX.as_of),
              marks="product.marks", licences="product.licences")
    assert out.status == "fail"


@pytest.mark.parametrize("kind,params", [
    ("pattern", {"field": "business.nib", "pattern": "(("}),
    ("pattern", {"field": "nib", "pattern": "x"}),
    ("one_of", {"field": "business.scale"}),
    ("includes", {"field": "business.kbli"}),
    ("at_least", {"field": "product.price_idr", "min": 1, "maximum": 3}),
])
def test_bad_params_rejected(kind, params):
    with pytest.raises(ValidationError):
        KINDS[kind].params(**params)


def test_paths_and_selectors():
    assert [p for p, _ in resolve(CTX, "product.permits[type=halal].number")] == ["products[0].permits[1].number"]
    assert [v for _, v in resolve(CTX, "products[].kbli")] == ["10761"]
    assert resolve(CTX, "product.nothing.here") == []


@pytest.mark.parametrize("spec,expected", [
    ({"category": ["packaged_food"]}, True),
    ({"channel": ["souvenir"]}, False),
    ({"scale": ["micro", "small"], "channel": ["hotel"]}, True),
    ({"field": "product.permits[].type", "contains": "pirt"}, True),
    ({"not": {"field": "product.permits[].type", "contains": "bpom_md"}}, True),
    ({"any": [{"channel": ["souvenir"]}, {"field": "product.price_idr", "at_least": 80000}]}, True),
    ({"field": "product.price_idr", "at_most": 1000}, False),
    ({"field": "product.name", "matches": "^kop"}, True),
    ({"field": "product.gi_claim", "present": True}, False),
    ({"field": "product.price_idr", "below": 85000}, False),
    ({"field": "product.price_idr", "below": 85001}, True),
    ({"field": "product.materials", "mentions": ["black coral"]}, True),
    ({"field": "product.materials", "mentions": ["coral", "sandalwood"]}, True),
    ({"field": "product.materials", "mentions": ["black"]}, True),
    ({"field": "product.materials", "mentions": ["cendana", "lack coral"]}, False),
    ({"field": "product.item_type", "mentions": ["toy"]}, False),
])
def test_conditions(spec, expected):
    assert compile_condition(spec)(CTX) is expected


def test_any_product_for_business():
    c = compile_condition({"any_product": {"channel": ["hotel"]}})
    assert c(Context(ROOT, None, CTX.event_start, CTX.event_end, CTX.as_of)) is True


@pytest.mark.parametrize("spec", [{"chanel": ["x"]}, {}, {"field": "product.x"}, {"field": "x.y", "equals": 1},
                                  {"field": "product.x", "at_least": "a"}, {"all": []}])
def test_bad_conditions(spec):
    with pytest.raises(ConditionError):
        compile_condition(spec)


def test_pirt_expiry_fails_after_year_digits():
    late = Context(ROOT, 0, dt.date(2030, 3, 1), dt.date(2030, 3, 3), CTX.as_of)
    out = run("pirt_expiry", late, list="product.permits[type=pirt]")
    assert out.status == "fail" and out.path == "products[0].permits[0].issued"
    # without issued or expires, only the year digits are known: 1 January 2029
    root = {**ROOT, "products": [{**ROOT["products"][0], "permits": [{"type": "pirt", "number": "3105203010123-29"}]}]}
    out = run("pirt_expiry", Context(root, 0, dt.date(2029, 3, 1), dt.date(2029, 3, 3), CTX.as_of),
              list="product.permits[type=pirt]")
    assert out.status == "fail" and out.messages[0].args["expires"] == "2029-01-01"


def _with_permits(permits, end=dt.date(2027, 10, 3)):
    root = {**ROOT, "products": [{**ROOT["products"][0], "permits": permits}]}
    return Context(root, 0, end - dt.timedelta(days=2), end, CTX.as_of)


@pytest.mark.parametrize("digits,status", [("26", "fail"), ("27", "missing"), ("28", "pass")])
def test_pirt_expiry_whole_year(digits, status):
    """`year_only: whole_year`: the year digits give only the year; the event's own year
    needs the date (never a guessed 1 January)."""
    ctx = _with_permits([{"type": "pirt", "number": f"3105203010123-{digits}"}])
    out = run("pirt_expiry", ctx, list="product.permits[type=pirt]", year_only="whole_year")
    assert out.status == status
    if status == "missing":
        assert out.messages[0].code == "pirt_expiry_date_needed" and out.path.endswith(".expires")
    if status == "fail":
        assert out.messages[0].code == "pirt_year_before_event"
    # the .1 reading of the same number: 1 January 2027 is before the event
    jan1 = run("pirt_expiry", ctx, list="product.permits[type=pirt]")
    assert jan1.status == ("pass" if digits == "28" else "fail")


def test_pirt_expiry_whole_year_prefers_the_dates():
    ctx = _with_permits([{"type": "pirt", "number": "3105203010123-27", "expires": "2027-12-01"}])
    assert run("pirt_expiry", ctx, list="product.permits[type=pirt]", year_only="whole_year").status == "pass"
    with pytest.raises(ValidationError):
        KINDS["pirt_expiry"].params(list="product.permits", year_only="guess")


def test_document_required_fields():
    params = {"list": "product.permits", "types": ["halal"], "where": {"by": "mui"}, "required_fields": ["expires"]}
    out = run("document", _with_permits([{"type": "halal", "number": "LPPOM-123", "by": "MUI"}]), **params)
    assert out.status == "missing" and out.path == "products[0].permits[0].expires"
    out = run("document", _with_permits([{"type": "halal", "by": "MUI", "expires": "2022-06-01"}]), **params)
    assert out.status == "pass"
