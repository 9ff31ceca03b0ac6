"""The self-assessment's questions, generated from the standard and the dossier model (never
written per rule), and the dossier built from the answers. The web form (`/periksa`) shows
them; nothing here knows HTML.

Steps: the business (who she is: names, NIB, address, phone), the products (name, category,
channels), then what the rules that can apply need of the business, then of each product.
Which fields: the paths that the applicable rules read (readiness.standards.fields: the same
applicability `init` uses, plus the entries and entry fields each check kind reads); a field's
kind (text, date, Ya/Tidak, a choice...) is its type in readiness.model. A document or permit
the rules look for is one question "do you have it?" with the entry fields the rules read.

    steps = form_steps(rs, draft)          # [Step("usaha"...), Step("produk"...), ...]
    values, errors = read_step(step, answers)
    data = build_dossier(rs, draft)         # a dict that readiness.model.parse_dossier takes
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from readiness.answers import (ENTRY_OPTIONS, AnswerError, Kind, field_kind, model_field,
                               parse_answer, parse_entry, three_valued)
from readiness.init_template import FIELDS, IDENTITY
from readiness.model import FORMAT
from readiness.standards.fields import (accepted_values, describes, may_apply, paths_in, record_types,
                                        rule_needs)

MAX_PRODUCTS = 5
# who she is: asked first, whatever the standard says (init's identity fields)
BUSINESS_FIRST = [k for k, *_ in FIELDS if k in IDENTITY and k.startswith("business.")]
PRODUCT_FIRST = ["product.name", "product.category", "product.channels"]
_ORDER = {k: i for i, (k, *_) in enumerate(FIELDS)}
_SEL = re.compile(r"\[([a-z_]+)=([^\]]*)\]")


@dataclass(frozen=True)
class Question:
    """One question: `path` in rule notation (`product.permits[type=pirt].number`), its kind;
    for a document or permit the rules look for, `path` is the entry and `parts` its fields."""

    path: str
    kind: Kind
    parts: tuple[Question, ...] = ()
    required: bool = False
    # the answers that show a question's follow-ups (its parts that are not an entry's fields):
    # () any answer; an entry's fields show after "Sudah punya" ("ya")
    when: tuple[str, ...] = ()

    def walk(self):
        """This question and every question under it (an entry's fields, follow-ups)."""
        yield self
        for p in self.parts:
            yield from p.walk()

    @property
    def entry(self) -> bool:
        return self.kind.name == "entry"


@dataclass
class Step:
    key: str                       # usaha | produk | rincian | p0, p1, ...
    subject: str                   # business | product
    questions: list[Question] = field(default_factory=list)
    product: int | None = None


# ------------------------------------------------------------------ which paths the rules read

def _need_paths(need, out: set[str]) -> None:
    if need.op == "path":
        out.add(need.text)
    for p in need.parts:
        _need_paths(p, out)


_RULE_PATHS: dict[tuple[str, str], frozenset] = {}


def rule_paths(rs, rule) -> frozenset:
    """Every dossier path a rule of a rule set reads (see `_rule_paths`), cached by the rule
    set's content and the rule's id."""
    key = (rs.digest, rule.id)
    hit = _RULE_PATHS.get(key)
    if hit is None:
        if len(_RULE_PATHS) > 4096:
            _RULE_PATHS.clear()
        hit = _RULE_PATHS[key] = frozenset(_rule_paths(rule))
    return hit


def _rule_paths(rule) -> set[str]:
    """Every dossier path a rule reads (rule notation, selectors kept): its check's and its
    condition's paths, the variants' and exemptions' conditions, and the entries and entry
    fields its check kind reads."""
    raw = rule.raw
    check = raw.get("check")
    out = set(paths_in(check))
    if raw.get("applies"):
        out |= set(paths_in(raw["applies"]))
    for v in check.get("variants", []) if isinstance(check, dict) else []:
        out |= set(paths_in(v.get("if")))
    for e in raw.get("exempt", []) or []:
        out |= set(paths_in(e.get("if")))
    _need_paths(rule_needs(rule), out)
    types: dict[str, set] = {}
    record_types(check, types)
    record_types(raw.get("applies"), types)
    for lst, ts in types.items():
        out |= {f"{lst}[type={t}]" for t in ts}
    out = {("product." + p[len("products[]."):]) if p.startswith("products[].") else p
           for p in out}
    # a field of "any entry" (permits[].scheme) in a rule that looks for certain entries
    # (permits[type=halal]) belongs to those entries
    chosen: dict[str, set[str]] = {}
    for p in out:
        m = re.match(r"^(.*?)(\[[a-z_]+=[^\]]*\])", p)
        if m:
            chosen.setdefault(m[1], set()).add(m[2])
    for p in list(out):
        m = re.match(r"^(.*?)\[\]\.(.+)$", p)
        if m and m[1] in chosen:
            out.discard(p)
            out |= {f"{m[1]}{sel}.{m[2]}" for sel in chosen[m[1]]}
    return out


_APPLICABLE: dict[tuple, list] = {}


def applicable_rules(rs, products: list[dict]) -> list[tuple[Any, int | None]]:
    """(rule, product index or None for the business) for every rule that can apply
    (remembered per rule set and products' categories and channels: the form's steps read it
    three times)."""
    key = (rs.digest, tuple((p["category"], tuple(p["channels"])) for p in products))
    hit = _APPLICABLE.get(key)
    if hit is None:
        if len(_APPLICABLE) > 256:
            _APPLICABLE.clear()
        hit = _APPLICABLE[key] = _applicable_rules(rs, products)
    return hit


def _applicable_rules(rs, products: list[dict]) -> list[tuple[Any, int | None]]:
    out = []
    for rule in rs.rules:
        applies = rule.raw.get("applies")
        if rule.subject == "business":
            if applies is None or may_apply(applies, None, [], products) is not False:
                out.append((rule, None))
            continue
        for i, p in enumerate(products):
            if applies is None or may_apply(applies, p["category"], p["channels"],
                                            products) is not False:
                out.append((rule, i))
    return out


def read_paths(rs, products: list[dict]) -> tuple[set[str], list[set[str]]]:
    """(business paths, per product paths) the applicable rules read, rule notation."""
    biz: set[str] = set()
    per: list[set[str]] = [set() for _ in products]
    for rule, i in applicable_rules(rs, products):
        for p in rule_paths(rs, rule):
            if p.startswith("business."):
                biz.add(p)
            elif p.startswith("product."):
                for j in (range(len(products)) if i is None else [i]):
                    if describes(p, products[j]["category"]):   # no craft questions for a food
                        per[j].add(p)
    return biz, per


# ------------------------------------------------------------------ paths -> questions

def _plain(path: str) -> str:
    return _SEL.sub("", path.replace("[]", ""))


def _split_entry(path: str) -> tuple[str, str | None, str | None] | None:
    """`product.permits[type=pirt].number` -> ("product.permits", "type=pirt", "number");
    None when no prefix of the path is a list of records."""
    parts = path.replace("[]", "").split(".")
    for i in range(2, len(parts) + 1):
        head = ".".join(parts[:i])
        kind = field_kind(_plain(head))
        if kind is not None and kind.name == "record":
            m = _SEL.search(parts[i - 1])
            rest = ".".join(parts[i:]) or None
            return _plain(head), (f"{m[1]}={m[2]}" if m else None), rest
    return None


def _leaves(path: str) -> list[str]:
    """A field to ask: a group (address, label) is its fields; a part of a quantity
    (net_content.unit) is the quantity."""
    kind = field_kind(path)
    if kind is None:
        parent = path.rsplit(".", 1)[0]
        pk = field_kind(parent) if "." in parent else None
        return [parent] if pk is not None and pk.name == "quantity" else []
    if kind.name == "group":
        return [x for name in kind.model.model_fields for x in _leaves(f"{path}.{name}")]
    parent = path.rsplit(".", 1)[0]
    pk = field_kind(parent) if parent.count(".") >= 1 else None
    if pk is not None and pk.name == "quantity":
        return [parent]
    return [path]


def questions_for(paths: set[str], prefix: str, skip: set[str]) -> list[Question]:
    """The questions that feed `paths` (rule notation) of one subject."""
    plain: set[str] = set()
    entries: dict[str, dict[str | None, set[str]]] = {}
    for p in paths:
        if not p.startswith(prefix + "."):
            continue
        split = _split_entry(p)
        if split is not None:
            lst, sel, rest = split
            fields = entries.setdefault(lst, {}).setdefault(sel, set())
            if rest:
                fields.add(rest)
            continue
        plain.update(_leaves(_plain(p)))
    out = [Question(p, field_kind(p)) for p in plain - skip]
    for lst, by_sel in entries.items():
        common = by_sel.get(None, set())
        sels = [s for s in by_sel if s is not None] or [None]
        for sel in sels:
            key = sel.split("=")[0] if sel else None
            fields = sorted((by_sel.get(sel, set()) | common) - {key} if sel else common)
            entry = f"{lst}[{sel}]" if sel else f"{lst}[]"
            # what the model needs of an entry comes too (a fibre's material with its percent)
            model = field_kind(lst).model
            fields += [f for f, info in model.model_fields.items()
                       if info.is_required() and f != key and f not in fields]
            parts = tuple(Question(f"{entry}.{f}", field_kind(f"{lst}.{f}"))
                          for f in fields if field_kind(f"{lst}.{f}") is not None)
            # a permit or document takes three answers (held, in process, none)
            out.append(Question(entry, Kind("entry", ENTRY_OPTIONS if three_valued(lst) else ()),
                                parts))
    return sorted(out, key=lambda q: (_ORDER.get(_plain(q.path), len(_ORDER)), q.path))


def _product_keys(draft: dict) -> list[dict]:
    return [{"category": p.get("category"), "channels": list(p.get("channels") or [])}
            for p in draft.get("products") or [] if p.get("category")]


_STEPS: dict[tuple, tuple] = {}


def form_steps(rs, draft: dict) -> list[Step]:
    """The steps of the form for what the draft says so far (the products' categories and
    channels decide the later steps). Cached by the rule set's content (`RuleSet.digest`, not
    the object's id, which a later rule set can reuse) and the products' choices: treat the
    steps as read-only."""
    products = _product_keys(draft)
    key = (rs.digest, tuple((p["category"], tuple(p["channels"])) for p in products))
    hit = _STEPS.get(key)
    if hit is None:
        if len(_STEPS) > 512:
            _STEPS.clear()
        hit = _STEPS[key] = tuple(_form_steps(rs, products))
    return list(hit)


def _form_steps(rs, products: list[dict]) -> list[Step]:
    steps = [Step("usaha", "business", [Question(k, field_kind(k), required=k == "business.name")
                                        for k in BUSINESS_FIRST]),
             Step("produk", "product")]
    if not products:
        return steps
    biz, per = read_paths(rs, products)
    more = questions_for(biz, "business", set(BUSINESS_FIRST))
    if more:
        steps.append(Step("rincian", "business", more))
    named = label_elements(rs, products)
    follow = follow_ups(rs, products)
    for i, paths in enumerate(per):
        qs = _with_follow_ups(paths, follow[i])
        if named[i]:     # the label checklist: the elements the rules that apply name
            qs = [Question(q.path, Kind("choices", named[i]), q.parts, q.required)
                  if q.path == LABEL_ELEMENTS else q for q in qs]
        langs = accepted_values(rs, LABEL_LANGUAGE, [products[i]["category"]])
        if langs:        # the label's language: what the edition accepts (issue 20)
            qs = [Question(q.path, Kind("open_choice", tuple(langs)), q.parts, q.required)
                  if q.path == LABEL_LANGUAGE else q for q in qs]
        steps.append(Step(f"p{i}", "product", qs, product=i))
    return steps


# ------------------------------------------------------------------ follow-up questions

Gate = tuple[str, tuple[str, ...]]      # (the question, the answers that show its follow-ups)


def _must_hold(cond: Any, product: dict, products: list[dict]) -> list[dict]:
    """The field conditions that must hold for `cond` to hold: at its top level, in an `all`,
    or in the only branch of an `any` that can hold for the product."""
    if not isinstance(cond, dict):
        return []
    out = [cond] if "field" in cond else []
    for c in cond.get("all") if isinstance(cond.get("all"), list) else []:
        out += _must_hold(c, product, products)
    if isinstance(cond.get("any"), list):
        live = [c for c in cond["any"]
                if may_apply(c, product["category"], product["channels"], products) is not False]
        if len(live) == 1:
            out += _must_hold(live[0], product, products)
    return out


def _as_gate(rs, c: dict) -> Gate | None:
    """A product's question and the answers a field condition waits on, when it is one."""
    path = str(c.get("field") or "")
    m = re.fullmatch(r"(product\.[a-z_]+)\[\]\.type", path)
    if m and isinstance(c.get("contains"), str):          # she holds that permit
        return f"{m[1]}[type={c['contains']}]", ("ya",)
    if not path.startswith("product.") or "[" in path or field_kind(path) is None:
        return None
    want = c.get("equals", c.get("in"))
    if isinstance(want, dict) and "param" in want:
        want = (rs.parameters or {}).get(want["param"])
    if c.get("present") is True:
        return path, ()
    if want is True:
        return path, ("ya",)
    if isinstance(want, str):
        return path, (want,)
    if isinstance(want, list) and all(isinstance(x, str) for x in want):
        return path, tuple(want)
    return None


def follow_ups(rs, products: list[dict]) -> list[dict[str, Gate]]:
    """Per product, the paths read only by rules that wait on one answer (a geographical
    indication claimed, Ya to food contact, a halal certificate held, a food type under a
    mandatory SNI): asked after that answer, never before."""
    readers: list[dict[str, set]] = [{} for _ in products]
    waited: set[str] = set()           # questions some rule waits on: always asked
    for rule, i in applicable_rules(rs, products):
        if rule.subject != "product" or i is None:
            continue
        gate = None
        for c in _must_hold(rule.raw.get("applies"), products[i], products):
            gate = _as_gate(rs, c)
            if gate is not None:
                waited.add(gate[0])
                break
        for p in rule_paths(rs, rule):
            if not p.startswith("product.") or not describes(p, products[i]["category"]) \
                    or _SELECTOR_KEY.search(p):
                continue
            if gate is not None and (p == gate[0] or p.startswith(gate[0] + ".")):
                continue               # the question waited on, and its own entry fields
            readers[i].setdefault(p, set()).add(gate)
    return [{p: next(iter(gs)) for p, gs in r.items()
             if len(gs) == 1 and None not in gs and p not in waited} for r in readers]


# an entry's selector field read as a path (`permits[type=pirt].type`): the entry itself
_SELECTOR_KEY = re.compile(r"\[([a-z_]+)=[^\]]*\]\.\1$")


def _with_follow_ups(paths: set[str], follow: dict[str, Gate]) -> list[Question]:
    """A product's questions, each follow-up under the question it waits on."""
    gates: dict[Gate, set[str]] = {}
    for p, g in follow.items():
        gates.setdefault(g, set()).add(p)
    asked = {_plain(q) for q in paths}
    # a gate that is not asked cannot show anything: its follow-ups are asked plainly
    gates = {g: ps for g, ps in gates.items() if g[0] in paths or _plain(g[0]) in asked}
    later = set().union(*gates.values()) if gates else set()
    main = questions_for(paths - later - _bare_lists(paths - later, later), "product",
                         set(PRODUCT_FIRST))
    out = []
    for q in main:
        for (path, when), ps in gates.items():
            if q.path == path:
                subs = questions_for(ps, "product", set(PRODUCT_FIRST))
                q = Question(q.path, q.kind, q.parts + tuple(subs), q.required,
                             when or q.when)
        out.append(q)
    return out


def _bare_lists(paths: set[str], later: set[str]) -> set[str]:
    """A list read whole (`product.permits`) whose typed entries are all follow-ups: not a
    question of its own."""
    out = set()
    for p in paths:
        split = _split_entry(p)
        if split is not None and split[1] is None and split[2] is None \
                and not any(q.startswith(p + "[") for q in paths) \
                and any(q.startswith(p + "[") for q in later):
            out.add(p)
    return out


LABEL_ELEMENTS = "product.label.elements"
LABEL_LANGUAGE = "product.label.language"


def label_elements(rs, products: list[dict]) -> list[tuple[str, ...]]:
    """Per product, the label elements the rules that can apply to it name (in the model's
    order); () when none names any (then every element is offered)."""
    from readiness.checks.includes import P as Includes
    from readiness.standards.model import Choice, Combo, Leaf

    def leaves(check):
        if isinstance(check, Leaf):
            yield check.params
            yield from (p for _, p in check.variants)
        elif isinstance(check, Combo):
            for part in check.parts:
                yield from leaves(part)
        elif isinstance(check, Choice):
            for part in (check.then, check.otherwise):
                if part is not None:
                    yield from leaves(part)

    found: list[set[str]] = [set() for _ in products]
    for rule, i in applicable_rules(rs, products):
        for params in leaves(rule.check):
            if isinstance(params, Includes) and params.field == LABEL_ELEMENTS and params.required:
                for j in (range(len(products)) if i is None else [i]):
                    found[j].update(str(x) for x in params.required)
    order = field_kind(LABEL_ELEMENTS).options
    return [tuple(o for o in order if o in f) for f in found]


def progress(rs, steps: list[Step], key: str) -> tuple[int, int, tuple[int, int] | None]:
    """(step number, number of steps, (product, of products) on a product's step): the same
    number of steps from the first page to the answer, whatever products she adds (each
    product's questions are one step, page by page)."""
    details = any(r.subject == "business" for r in rs.rules)
    order = ["usaha", "produk"] + (["rincian"] if details else []) + ["p"]
    total = len(order) + 1              # and the answer
    if key.startswith("p") and key != "produk" and key[1:].isdigit():
        n = sum(1 for s in steps if s.product is not None)
        return order.index("p") + 1, total, (int(key[1:]) + 1, max(n, 1))
    return (order.index(key) + 1 if key in order else 1), total, None


def product_questions() -> list[Question]:
    return [Question(k, field_kind(k), required=True) for k in PRODUCT_FIRST]


def asked_paths(steps: list[Step]) -> set[str]:
    """Every path the form asks, rule notation (entries and their fields), plain of
    product indexes: what the tests compare with what the rules read."""
    out = set()
    for s in steps:
        for q in s.questions:
            for sub in q.walk():
                out.add(sub.path)
                if sub.kind.name == "quantity":      # "250 g" answers its amount and its unit
                    out.update({sub.path + ".amount", sub.path + ".unit"})
    return out


# ------------------------------------------------------------------ reading answers

def read_answers(questions: list[Question], get) -> tuple[dict, dict]:
    """(raw answers to keep, errors {path: AnswerError}) for the questions; `get(name)` gives
    an input's value (a list for several choices)."""
    raw: dict[str, Any] = {}
    errors: dict[str, AnswerError] = {}
    for q in questions:
        for sub in q.walk():
            v = get(sub.path, sub.kind.name in ("choices",))
            if isinstance(v, list):
                v = [x for x in v if x]
            if v in (None, "", []):
                if sub.required:
                    errors[sub.path] = AnswerError("required")
                continue
            raw[sub.path] = v
            try:
                if sub.entry:
                    entry_answer(sub.path, v, strict=True)
                else:
                    parse_answer(_plain(sub.path), v, sub.kind)
            except AnswerError as e:
                errors[sub.path] = e
        for e in q.walk():
            if e.entry and raw.get(e.path) is not None and e.path not in errors \
                    and entry_answer(e.path, raw[e.path]) == "issued":
                for sub in e.parts:    # what the model needs of an entry she says she has
                    info = model_field(_plain(sub.path))
                    if info is not None and info.is_required() and sub.path not in raw \
                            and sub.path.startswith(e.path + "."):
                        errors[sub.path] = AnswerError("required")
    return raw, errors


# ------------------------------------------------------------------ the dossier

def _set(root: dict, path: str, value: Any) -> None:
    """Put a value at a rule-notation path under root; `list[key=v]` finds or makes the entry."""
    node: Any = root
    parts = path.split(".")
    for i, part in enumerate(parts):
        m = re.fullmatch(r"([a-z_]+)(?:\[(?:([a-z_]+)=([^\]]*))?\])?", part)
        if not m:
            return
        name = m[1]
        last = i == len(parts) - 1
        if part.endswith("[]"):                  # a list of records asked as one entry
            lst = node.setdefault(name, [])
            if not lst:
                lst.append({})
            node = lst[0]
        elif m[2]:
            lst = node.setdefault(name, [])
            entry = next((e for e in lst if e.get(m[2]) == m[3]), None)
            if entry is None:
                entry = {m[2]: m[3]}
                lst.append(entry)
            node = entry
        elif last:
            node[name] = value
        else:
            node = node.setdefault(name, {})
            if not isinstance(node, dict):
                return


def _fill(root: dict, prefix: str, answers: dict) -> None:
    entries = {p for p, v in answers.items() if field_kind_is_entry(p)}
    for path in sorted(answers, key=len):
        if not path.startswith(prefix + "."):
            continue
        rel = path[len(prefix) + 1:]
        if path in entries:
            status = entry_answer(path, answers[path])
            if status is not None and three_valued(_plain(path)):
                _set(root, rel + ".status", status)    # "Belum punya" is an answer too
            elif status == "issued":
                _set(root, rel, None)
            continue
        if "]." in path:                 # an entry's field counts only after "Ya" to it
            entry = path[:path.rindex("].") + 1]
            if entry_answer(entry, answers.get(entry)) != "issued":
                continue
        kind = field_kind(_plain(path))
        if kind is None:
            continue
        try:
            value = parse_answer(_plain(path), answers[path], kind)
        except AnswerError:
            continue
        if value is not None:
            _set(root, rel, value.isoformat() if hasattr(value, "isoformat") else value)
    _drop_empty(root)


def _drop_empty(node: Any) -> None:
    if isinstance(node, dict):
        for k in list(node):
            if node[k] is None:
                del node[k]
            else:
                _drop_empty(node[k])
    elif isinstance(node, list):
        for x in node:
            _drop_empty(x)


def entry_answer(path: str, value: Any, strict: bool = False) -> str | None:
    """The answer to "do you have it?" for the entry question `path`: `issued`, `pending`,
    `rejected` or `none` for a permit or document, `issued` or `none` (Ya/Tidak) for other
    records; None when not answered (or not readable, unless `strict`)."""
    try:
        if three_valued(_plain(path)):
            return parse_entry(value)
        have = parse_answer("", value, Kind("bool"))
    except AnswerError:
        if strict:
            raise
        return None
    return None if have is None else ("issued" if have else "none")


def field_kind_is_entry(path: str) -> bool:
    """An entry question's path ends in a selector (`...permits[type=pirt]`) or is a list of
    records itself (`product.fibres`)."""
    if path.endswith("]"):
        return True
    k = field_kind(_plain(path))
    return k is not None and k.name == "record"


def build_dossier(draft: dict) -> dict:
    """The dossier data the draft's answers make (only what the form asked)."""
    biz: dict = {}
    _fill(biz, "business", draft.get("business") or {})
    biz.setdefault("name", "-")
    products = []
    for i, p in enumerate(draft.get("products") or []):
        prod: dict = {"name": p.get("name") or f"#{i + 1}", "category": p.get("category"),
                      "channels": list(p.get("channels") or [])}
        _fill(prod, "product", p.get("answers") or {})
        products.append(prod)
    return {"format": FORMAT, "business": biz, "products": products}
