"""Which dossier fields a rule set reads, computed from the rules themselves.

Two users: `readiness init` writes a dossier template with only the fields the applicable rules
need (`needed_fields`), and `batch` tells which rules a spreadsheet's columns cannot feed
(`unfed_rules`), so that a gap caused by the form is not charged to the business without saying
so.

Paths are the rule notation (`product.permits[type=pirt]`, `products[].kbli`,
`product.fibres[].percent`). A rule *can be fed* by a set of fields when its check could pass
on them: `all` needs every part, `any` one part, a check kind the paths in its parameters plus
the entry fields it reads inside a list (`ENTRY_FIELDS`), `{if, then, else}` either branch;
`manual` rules are an officer's and never need a field.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Any
from collections.abc import Callable, Iterable

# ------------------------------------------------------------------ applicability, three-valued


def may_apply(cond: Any, category: str | None, channels: Iterable[str], all_products: list[dict]) -> bool | None:
    """Three-valued applicability on what is known of a product (its category and channels):
    True, False, or None when it depends on a dossier field not known yet."""
    if not isinstance(cond, dict):
        return None
    vals: list[bool | None] = []
    for k, v in cond.items():
        if k == "category":
            vals.append(category is not None and category in (v if isinstance(v, list) else [v]))
        elif k == "channel":
            vs = v if isinstance(v, list) else [v]
            vals.append(category is not None and any(c in vs for c in channels))
        elif k == "any_product":
            sub = [may_apply(v, p["category"], p["channels"], all_products) for p in all_products]
            vals.append(True if True in sub else (None if None in sub else False))
        elif k == "all":
            sub = [may_apply(c, category, channels, all_products) for c in v]
            vals.append(False if False in sub else (None if None in sub else True))
        elif k == "any":
            sub = [may_apply(c, category, channels, all_products) for c in v]
            vals.append(True if True in sub else (None if None in sub else False))
        elif k == "not":
            s = may_apply(v, category, channels, all_products)
            vals.append(None if s is None else not s)
        elif k == "field":
            vals.append(_field_may(cond, category))
        elif k == "scale":
            vals.append(None)
        # the field operators (equals, in, ...) belong to `field`
    return False if False in vals else (None if None in vals else True)


@lru_cache(maxsize=4096)
def describes(path: str, category: str | None) -> bool:
    """Whether a product field (rule or mapping notation) describes products of `category`
    (readiness.model.FIELD_CATEGORIES): `product.item_type` does not describe a food."""
    from readiness.model import FIELD_CATEGORIES

    cats = FIELD_CATEGORIES.get(plain_path(path))
    return cats is None or category is None or category in cats


def _field_may(cond: dict, category: str | None) -> bool | None:
    """A field condition on what is known: unknown (None), unless the field does not describe
    the product's category: then it stays absent, so only `present: false` can hold."""
    path = str(cond.get("field") or "")
    if category is None or not path.startswith(("product.", "products[].")) \
            or describes(path, category):
        return None
    return cond.get("present") is False


# ------------------------------------------------------------------ paths named in a spec

_PATH_KEYS = ("field", "list", "marks", "licences", "required_from", "regency_field")


def paths_in(spec: Any) -> list[str]:
    """Every dossier path a check or condition spec (raw YAML) names."""
    out: list[str] = []
    if isinstance(spec, dict):
        for k, v in spec.items():
            if k in _PATH_KEYS and isinstance(v, str):
                out.append(v)
            elif k == "fields" and isinstance(v, list):
                out.extend(x for x in v if isinstance(x, str))
            elif k not in ("values", "value", "required", "instructions", "expected", "pattern"):
                out.extend(paths_in(v))
    elif isinstance(spec, list):
        for x in spec:
            out.extend(paths_in(x))
    return out


def plain_path(path: str) -> str:
    """`products[].permits[type=pirt].number` -> `product.permits.number` (selectors dropped,
    `products.` read as `product.`)."""
    p = re.sub(r"\[[^\]]*\]", "", path)
    if p.startswith("products."):
        p = "product." + p[len("products."):]
    return p


def record_types(spec: Any, lists: dict[str, set]) -> None:
    """Add to `lists` the entry types a spec looks for in each record list
    (`product.permits` -> {pirt, halal})."""
    if isinstance(spec, dict):
        lst = spec.get("list")
        if isinstance(lst, str):
            key = plain_path(lst)
            m = re.search(r"\[type=([a-z_]+)\]", lst)
            ts = lists.setdefault(key, set())
            if m:
                ts.add(m.group(1))
            for t in spec.get("types") or []:
                if isinstance(t, str):
                    ts.add(t)
        if spec.get("field", "").endswith("permits[].type") and isinstance(spec.get("contains"), str):
            lists.setdefault("product.permits", set()).add(spec["contains"])
        for v in spec.values():
            record_types(v, lists)
    elif isinstance(spec, list):
        for x in spec:
            record_types(x, lists)


def needed_fields(rs, products: list[dict]) -> tuple[set[str], list[set[str]], list[dict[str, set]], list]:
    """For a dossier template: (business field keys, per-product field keys, per subject
    (business first, then each product) the document types worth showing in each record
    list's example, rules). A rule is relevant to a product when its `applies` can hold for
    the product's category and channels (a condition on a field not filled yet counts as "can
    hold"); its fields are the paths its check and its condition name."""
    biz: set[str] = set()
    per: list[set[str]] = [set() for _ in products]
    types: list[dict[str, set]] = [{} for _ in range(len(products) + 1)]
    used_rules = []
    subjects: list[tuple[int | None, str | None, list]] = [(None, None, [])] + [
        (i, p["category"], p["channels"]) for i, p in enumerate(products)]
    for rule in rs.rules:
        for idx, cat, chans in subjects:
            if (rule.subject == "business") != (idx is None):
                continue
            applies = rule.raw.get("applies")
            ok = True if applies is None else may_apply(applies, cat, chans, products)
            if ok is False:
                continue
            used_rules.append(rule)
            paths = paths_in(rule.raw.get("check"))
            # a definite rule depends on its condition's fields; an uncertain one is decided by them
            paths += paths_in(applies) if applies else []
            for v in rule.raw.get("check", {}).get("variants", []) if isinstance(rule.raw.get("check"), dict) else []:
                paths += paths_in(v.get("if"))
            for e in rule.raw.get("exempt", []):  # the fields an exemption is decided by
                paths += paths_in(e.get("if"))
            found: dict[str, set] = {}
            record_types(rule.raw.get("check"), found)
            record_types(applies, found)
            for lst, ts in found.items():  # business lists show for the business block
                slot = types[0] if lst.startswith("business.") or idx is None else types[idx + 1]
                slot.setdefault(lst, set()).update(ts)
            for p in paths:
                key = plain_path(p)
                if key.startswith("business."):
                    biz.add(key)
                elif key.startswith("product."):
                    if idx is None:  # products[].x from a business rule: every product
                        for j, s in enumerate(per):
                            if describes(key, products[j]["category"]):
                                s.add(key)
                    elif describes(key, cat):      # no craft fields for a food
                        per[idx].add(key)
    return biz, per, types, used_rules


# ------------------------------------------------------------------ can a rule be fed?

Seg = tuple[str, "tuple[str, str] | None"]      # (name, (key, value) selector or None)


def segments(path: str) -> tuple[Seg, ...]:
    """`products[].permits[type=pirt].number` -> (("product", None), ("permits", ("type",
    "pirt")), ("number", None)); `business.` and `product.` roots are kept as the first name."""
    out: list[Seg] = []
    for i, part in enumerate(path.split(".")):
        m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(?:([A-Za-z_][A-Za-z0-9_]*)=([^\]]*))?\])?", part)
        if not m:
            return ()
        name = "product" if i == 0 and m[1] == "products" else m[1]
        out.append((name, (m[2], m[3]) if m[2] else None))
    return tuple(out)


def _covers(fed: tuple[Seg, ...], need: tuple[Seg, ...]) -> bool:
    """A fed path feeds a needed one when the needed path is (a prefix of) it: same names, and a
    selector in the need equal in the fed path (a need without a selector takes any)."""
    # fed may be longer than need: zip stops at the need's end
    return len(fed) >= len(need) and all(fn == nn and (ns is None or fs == ns)
                                         for (fn, fs), (nn, ns) in zip(fed, need, strict=False))


@dataclass(frozen=True)
class Need:
    op: str                                  # all | any | path
    parts: tuple = ()
    path: tuple[Seg, ...] = ()
    text: str = ""                           # the path as a rule writes it (for messages)

    def fed(self, fields: list[tuple[Seg, ...]]) -> bool:
        if self.op == "path":
            return any(_covers(f, self.path) for f in fields)
        results = (p.fed(fields) for p in self.parts)
        return all(results) if self.op == "all" else any(results)

    def missing(self, fields: list[tuple[Seg, ...]]) -> list[str]:
        """The needed paths no field feeds (of the first unfed alternative for `any`)."""
        if self.op == "path":
            return [] if self.fed(fields) else [self.text]
        if self.op == "all":
            return [m for p in self.parts for m in p.missing(fields)]
        if self.fed(fields) or not self.parts:
            return []
        return self.parts[0].missing(fields)


def _path(text: str) -> Need:
    return Need("path", path=segments(text), text=text)


def _all(parts: Iterable[Need]) -> Need:
    return Need("all", tuple(parts))


def _any(parts: Iterable[Need]) -> Need:
    return Need("any", tuple(parts))


def _entries(list_path: str, types: Iterable[str], fields: Callable[[str], Need]) -> Need:
    """An entry of the list of one of `types` (any), with what `fields(entry_path)` needs."""
    if "[" in list_path.rsplit(".", 1)[-1]:
        return _all([_path(list_path), fields(list_path)])
    types = list(types) or [None]
    return _any(_all([_path(f"{list_path}[type={t}]" if t else list_path),
                      fields(f"{list_path}[type={t}]" if t else list_path)]) for t in types)


def _document(p: Any) -> Need:
    def fields(entry: str) -> Need:
        need = [_path(f"{entry}.{k}") for k in (p.where or {})]
        if p.number_pattern:
            need.append(_path(f"{entry}.number"))
        if p.valid_through_event:
            need.append(_any([_path(f"{entry}.expires"), _path(f"{entry}.issued")]))
        return _all(need)

    return _entries(p.list, p.types, fields)


def _recent_entries(p: Any) -> Need:
    where = [_path(f"{p.list}.{k}") for k in (p.where or {})]
    if p.require_kinds:
        return _all([*where, *(_path(f"{p.list}[{p.kind_field}={k}].{p.date_field}")
                               for k in p.require_kinds)])
    return _all([*where, _path(f"{p.list}.{p.date_field}")])


def _licensed_marks(p: Any) -> Need:
    return _all([_path(p.marks), _path(f"{p.licences}.mark"), _path(f"{p.licences}.expires")])


def _pirt_number(p: Any) -> Need:
    return _all([_path(f"{p.list}.number"), _path(p.regency_field)])


def _pirt_expiry(p: Any) -> Need:
    return _path(f"{p.list}.number")


# What a kind reads beyond the plain paths of its parameters (entries of a list and their
# fields); a kind not listed reads exactly the paths its parameters name.
ENTRY_FIELDS: dict[str, Callable[[Any], Need]] = {
    "document": _document,
    "recent_entries": _recent_entries,
    "licensed_marks": _licensed_marks,
    "pirt_number": _pirt_number,
    "pirt_expiry": _pirt_expiry,
}


def check_needs(check: Any) -> Need:
    """The fields a compiled check (Leaf or Combo of a Rule) needs to be able to pass."""
    parts = getattr(check, "parts", None)
    if parts is not None:
        return (_all if check.op == "all" else _any)(check_needs(c) for c in parts)
    if hasattr(check, "then"):         # {if:, then:, else:}: either branch may be the one run;
        other = check.otherwise        # without `else` the subject passes
        return _any([check_needs(check.then), check_needs(other) if other is not None else _all([])])
    if check.kind == "manual":
        return _all([])
    special = ENTRY_FIELDS.get(check.kind)
    if special is not None:
        return special(check.params)
    data = check.params.model_dump()
    return _all(_path(x) for x in paths_in(data))


def rule_needs(rule) -> Need:
    return check_needs(rule.check)


def field_paths(paths: Iterable[str]) -> list[tuple[Seg, ...]]:
    """Fed field paths (mapping notation) as segments; an entry created with a selector feeds
    its key too (`documents[type=pkp]` feeds `documents.type`)."""
    out = []
    for p in paths:
        segs = segments(p)
        if not segs:
            continue
        out.append(segs)
        for i, (_name, sel) in enumerate(segs):
            if sel is not None:
                out.append(segs[:i + 1] + ((sel[0], None),))
    return out


def feeds(fed: Iterable[str], path: str) -> bool:
    """Whether the fields `fed` (mapping notation) fill the rule path `path`."""
    need = segments(path)
    return any(_covers(f, need) for f in field_paths(fed))


def _offered_rules(rs, categories: Iterable[str] | None, channels: Iterable[str] | None):
    """The rules of `rs` that can apply to products of `categories` sold through `channels`
    (None: any)."""
    cats = list(categories) if categories is not None else [None]
    chans = list(channels) if channels is not None else []
    products = [{"category": c, "channels": chans} for c in cats if c is not None]
    for rule in rs.rules:
        applies = rule.raw.get("applies")
        if applies is not None and categories is not None:
            if rule.subject == "product":
                if all(may_apply(applies, c, chans, products) is False for c in cats):
                    continue
            elif may_apply(applies, None, [], products) is False:
                continue
        yield rule


def required_values(check: Any) -> list[tuple[str, list]]:
    """(field, values) for each `includes` check that must hold for the rule to pass (under
    `all`, not inside `any` or `if`), with the values required whatever variant applies."""
    parts = getattr(check, "parts", None)
    if parts is not None:
        return [x for c in parts for x in required_values(c)] if check.op == "all" else []
    if getattr(check, "kind", None) != "includes" or hasattr(check, "then"):
        return []
    p = check.params
    need = list(p.required or [])
    for _, variant in getattr(check, "variants", ()) or ():
        need = [v for v in need if v in (getattr(variant, "required", None) or [])]
    return [(p.field, need)] if need else []


def unoffered_choices(rs, gaps: Callable[[str, list], list[tuple[str, list[str]]]],
                      categories: Iterable[str] | None = None,
                      channels: Iterable[str] | None = None) -> list[tuple[Any, str, list[str]]]:
    """(rule, column, labels): rules that need a value a form's fixed choices do not offer
    (LBL-01 needs `production_date` among the label elements; the form's "Unsur Label" has no
    "Tanggal Produksi"). `gaps(field in mapping notation, values)` says which column lacks
    which (`Mapping.choice_gaps`)."""
    out = []
    for rule in _offered_rules(rs, categories, channels):
        for path, values in required_values(rule.check):
            mapped = "products[]." + path[len("product."):] if path.startswith("product.") else path
            for column, labels in gaps(mapped, values):
                out.append((rule, column, labels))
    return out


def unfed_rules(rs, fed: Iterable[str], categories: Iterable[str] | None = None,
                channels: Iterable[str] | None = None) -> list[tuple[Any, list[str]]]:
    """The rules of `rs` that the fields `fed` (paths in mapping notation) cannot feed, with the
    paths they lack, for products of `categories` sold through `channels` (None: any). A rule
    that can apply to none of those products is left out."""
    fields = field_paths(fed)
    out = []
    for rule in _offered_rules(rs, categories, channels):
        need = rule_needs(rule)
        if not need.fed(fields):
            out.append((rule, need.missing(fields)))
    return out


def _need_paths(need: Need) -> Iterable[tuple[Seg, ...]]:
    if need.op == "path":
        yield need.path
    for p in need.parts:
        yield from _need_paths(p)


def rules_reading(rs, paths: Iterable[str]) -> list[str]:
    """Ids of the rules of `rs` that read one of the fields `paths` (mapping notation, e.g.
    `products[].permits[type=pirt].expires`): a cell of that field that cannot be read leaves
    these requirements without their data (`missing`), not failed."""
    lost = [s for s in (segments(p) for p in paths) if s]
    out = []
    for rule in rs.rules:
        if any(len(n) == len(f) and _covers(f, n) for n in _need_paths(rule_needs(rule))
               for f in lost):
            out.append(rule.id)
    return out


def accepted_values(rs, path: str, categories: Iterable[str] | None = None) -> list[str] | None:
    """The values of `path` (rule notation, `product.label.language`) that every `one_of`
    check on it in the rules of `rs` that can apply to products of `categories` accepts, in
    the first rule's order; None when no rule restricts the field. `readiness init` offers
    only these (an edition that rejects `bilingual` never suggests it)."""
    out: list[str] | None = None
    for rule in _offered_rules(rs, categories, None):
        for values in _one_of_values(rule.check, path):
            keep = {str(v).casefold() for v in values}
            out = [str(v) for v in values] if out is None else [v for v in out if v.casefold() in keep]
    return out


def _one_of_values(check: Any, path: str) -> Iterable[list]:
    params = getattr(check, "params", None)
    if getattr(check, "kind", None) == "one_of" and getattr(params, "field", None) == path:
        yield list(params.values)
    for part in getattr(check, "parts", ()) or ():
        yield from _one_of_values(part, path)
    for part in (getattr(check, "then", None), getattr(check, "otherwise", None)):
        if part is not None:
            yield from _one_of_values(part, path)
