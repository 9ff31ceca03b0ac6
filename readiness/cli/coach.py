"""Self-assessment and coaching: `readiness init`, `readiness explain`, `readiness compare`.

`init` writes a commented dossier template (interactive in a terminal), `explain` tells what a
requirement means with the same texts the gap report uses, `compare` shows an IKM's progress
between two results.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from pathlib import Path

import click

from readiness.cli.common import lang_option, note_superseded, standard_option
from readiness.compare import compare_results, compare_text, load_result
from readiness.errors import InputError
from readiness.answers import Kind
from readiness.init_template import CATEGORIES, CHANNELS, HALAL_CATEGORIES, render_template
from readiness.files import atomic_write
from readiness.load import load_data
from readiness.model import parse_dossier
from readiness.standards import load_standard
from readiness.checks.base import FIELD_PLACEHOLDER
from readiness.plan import field_words
from readiness.standards.offices import fill_offices
from readiness.words import LANGS, Msg, Section, field_label, label, pick, value_label

# --- init -----------------------------------------------------------------------------------


def _answer(path: str, lang: str, required: bool = False, kind=None):
    """A click value_proc that reads an answer as the self-assessment form does
    (readiness.answers: `Mikro`, `Kerajinan`, `Ya`, `27/11/2026`, ...), with its message."""
    from readiness.answers import AnswerError, parse_answer

    def proc(value):
        try:
            v = parse_answer(path, value, kind)
        except AnswerError as e:
            raise click.BadParameter(e.text(lang)) from None
        if v is None and required:
            raise click.BadParameter(AnswerError("required").text(lang))
        return v

    return proc


def _prompt(*args, **kw):
    # questions go to stderr so `-o -` can still print a clean dossier on stdout
    return click.prompt(*args, err=True, **kw)


def _ask(q: Section, categories: list[str], channels: list[str]) -> tuple[dict, list[dict]]:
    lang = q.lang
    biz: dict = {}
    biz["business.name"] = _prompt(q["name"], value_proc=_answer("business.name", lang, True))
    for key, word in (("business.owner.name", "owner"), ("business.nib", "nib"),
                      ("business.contact.phone", "phone"), ("business.address.regency", "regency")):
        biz[key] = _prompt(q[word], default="", show_default=False, value_proc=_answer(key, lang))
    biz["business.address.province"] = _prompt(q["province"], default="Nusa Tenggara Barat",
                                               value_proc=_answer("business.address.province", lang))
    biz["business.scale"] = _prompt(q["scale"], default="", show_default=False,
                                    value_proc=_answer("business.scale", lang))
    n = _prompt(q["count"], type=click.IntRange(1, 50), default=max(1, len(categories)))
    products = []
    for i in range(1, n + 1):
        name = _prompt(q["p_name"].format(i=i), value_proc=_answer("product.name", lang, True))
        default_cat = categories[i - 1] if i - 1 < len(categories) else (categories[-1] if categories else None)
        cat = _prompt(q["p_cat"].format(i=i, choices=", ".join(label("category", c, lang)
                                                               for c in CATEGORIES)),
                      default=label("category", default_cat, lang) if default_cat else None,
                      value_proc=_answer("product.category", lang, True))
        ch = _prompt(q["p_chan"].format(i=i), default=", ".join(
                         label("channel", c, lang) for c in (channels or ["event"])),
                     value_proc=_answer("product.channels", lang, True))
        product = {"name": name, "category": cat, "channels": ch}
        if cat in HALAL_CATEGORIES and _prompt(q["p_non_halal"].format(i=i), default="Tidak",
                                               value_proc=_answer("", lang, kind=Kind("bool"))):
            product["values"] = {"halal_status": "non_halal"}  # exempt from halal, needs a statement
        products.append(product)
    return {k: v for k, v in biz.items() if v is not None}, products


def _ask_entries(q: Section, rs, biz: dict, products: list[dict]) -> None:
    """"Sudah punya ...?" for each permit and document the applicable rules look for, with the
    three answers of the form (Sudah punya / Sedang diurus / Belum punya; Enter skips it: not
    answered). A held one is asked its number and date of issue."""
    from readiness.standards.fields import needed_fields

    _, _, types, _ = needed_fields(rs, [{"category": p["category"], "channels": p["channels"]}
                                        for p in products])
    for i, p in enumerate(products, 1):
        for lst in ("permits", "documents"):
            wanted = sorted(types[i].get(f"product.{lst}", set()) - {"other"})
            if lst == "permits" and (p.get("values") or {}).get("halal_status") == "non_halal":
                wanted = [w for w in wanted if w != "halal"]   # exempt: not asked
            got = [e for w in wanted
                   if (e := _ask_entry(q, q["p_who"].format(i=i), w)) is not None]
            if got:
                p.setdefault("values", {})[lst] = got
    wanted = sorted(types[0].get("business.documents", set()) - {"other"})
    got = [e for w in wanted if (e := _ask_entry(q, q["b_who"], w)) is not None]
    if got:
        biz["business.documents"] = got


def _ask_entry(q: Section, who: str, kind: str) -> dict | None:
    from readiness.answers import AnswerError, parse_entry

    lang = q.lang
    what = value_label(kind, lang)

    def status(value):
        try:
            return parse_entry(value)
        except AnswerError as e:
            raise click.BadParameter(e.text(lang)) from None

    got = _prompt(q["have"].format(who=who, what=what), default="", show_default=False,
                  value_proc=status)
    if got is None:
        return None
    entry = {"type": kind, "status": got}
    if got == "issued":
        number = _prompt(q["e_number"].format(what=what), default="", show_default=False)
        if number.strip():
            entry["number"] = number.strip()
        issued = _prompt(q["e_issued"].format(what=what), default="", show_default=False,
                         value_proc=_answer("product.permits.issued", lang))
        if issued is not None:
            entry["issued"] = issued.isoformat()
    return entry


@click.command()
@click.option("--category", "categories", multiple=True,
              type=click.Choice(CATEGORIES),
              help="Product category; repeat for several products (one product per category). "
                   "Default: packaged_food.")
@click.option("--channel", "channels", multiple=True, type=click.Choice(CHANNELS),
              help="Sales channel of the products; repeat for several. Default: event.")
@standard_option
@click.option("-o", "--output", default="dossier.yaml", show_default=True, metavar="FILE",
              help="Where to write the dossier; '-' prints it.")
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@click.option("--interactive/--no-input", "interactive", default=None,
              help="Ask the questions one by one (default: when run in a terminal).")
@lang_option
def init(categories, channels, standard, output, force, interactive, lang):
    """Write a dossier template to fill in, with only the fields the standard needs for the
    chosen categories and channels, every field explained (Indonesian by default).

    In a terminal it asks for the business and its products and writes the filled dossier.
    """
    q = Section("init", lang)
    rs = load_standard(standard)
    note_superseded(rs, lang)
    to_stdout = output == "-"
    path = None if to_stdout else Path(output)
    if path is not None and path.exists() and not force:
        raise InputError("file_exists", file=str(path))
    cats = list(categories) or ["packaged_food"]
    chans = list(channels) or ["event"]
    if interactive is None:
        interactive = sys.stdin.isatty() and not to_stdout
    business: dict = {}
    if interactive:
        click.echo(q["intro"].format(std=rs.ref), err=True)
        business, products = _ask(q, list(categories), list(channels))
        _ask_entries(q, rs, business, products)
    else:
        products = [{"name": None, "category": c, "channels": chans} for c in cats]
    text = render_template(rs, products, business, lang=lang)
    # what we write must load as a dossier: never hand an owner a file that is a schema error
    parse_dossier(load_data(text.encode("utf-8"), name="template.yaml", kind="yaml"), file="template.yaml")
    if to_stdout:
        click.echo(text, nl=False)
        return 0
    if path.exists() and not force:  # asked questions meanwhile: check again
        raise InputError("file_exists", file=str(path))
    atomic_write(path, text.encode("utf-8"))
    click.echo(q["written"].format(path=path), err=True)
    return 0


# --- explain --------------------------------------------------------------------------------

def describe_condition(cond, lang: str, params: dict | None = None) -> str:
    """A condition in words: {category: [packaged_food]} -> 'kategori produk: packaged_food'.
    `{param: NAME}` values read from `params` (the rule set's parameters)."""
    t = Section("explain", lang)
    if not isinstance(cond, dict):
        return str(cond)
    if params is not None:
        cond = _with_params(cond, params)
    parts = []
    for k, v in cond.items():
        if k in ("category", "channel", "scale"):
            vs = v if isinstance(v, list) else [v]
            parts.append(f"{t[k]}: {', '.join(value_label(x, lang) for x in vs)}")
        elif k == "any_product":
            parts.append(f"{t['any_product']} {describe_condition(v, lang)}")
        elif k in ("all", "any"):
            parts.append("(" + (t["and"] if k == "all" else t["or"]).join(
                describe_condition(c, lang) for c in v) + ")")
        elif k == "not":
            parts.append(f"{t['not']} ({describe_condition(v, lang)})")
        elif k == "field":
            name = re.sub(r"^(product|business)\.", "", str(v))
            label = field_label(str(v), lang) if field_label(str(v), lang) != str(v) else field_label(name, lang)
            for op in ("equals", "in", "contains", "matches", "at_least", "at_most", "below", "mentions",
                       "every_mentions", "every_in", "before"):
                if op in cond:
                    val = cond[op]
                    val = ", ".join(_words_of(val)) if isinstance(val, list) else value_label(val, lang)
                    parts.append(f"{label} {t[op]} {val}")
            if "present" in cond:
                parts.append(f"{label} {t['present'] if cond['present'] else t['absent']}")
        elif k == "value":       # a setting of the rule set
            opts = cond.get("in", [cond.get("equals")])
            parts.append(f"{t['setting']} {v} {t['in']} {', '.join(map(str, opts))}")
    text = t["and"].join(parts)
    return text[1:-1] if text.startswith("(") and text.endswith(")") and text.count("(") == 1 else text


def _words_of(v) -> list[str]:
    """The items of a condition's list as words: nested lists flattened, named entries by name."""
    out: list[str] = []
    for x in v:
        if isinstance(x, list):
            out += _words_of(x)
        elif isinstance(x, dict):
            out.append(str(x.get("name", x)))
        else:
            out.append(str(x))
    return out


def _with_params(v, params: dict):
    if isinstance(v, dict):
        if set(v) == {"param"} and v["param"] in params:
            return params[v["param"]]
        return {k: _with_params(x, params) for k, x in v.items()}
    if isinstance(v, list):
        return [_with_params(x, params) for x in v]
    return v


def explain_text(rule, rs, lang: str) -> str:
    t = Section("explain", lang)
    raw = rule.raw

    def say(text):   # offices named by placeholder: their generic names; a dossier value
        if not text:  # in a question: the field in words (issue 20)
            return text
        text = FIELD_PLACEHOLDER.sub(lambda m: f"[{field_words(m.group(1), lang)}]", text)
        return fill_offices(text, rule.office, rs.offices, None, lang)

    out = [f"{rule.id}: {say(rule.text('title', lang))}",
           f"{t['std']}: {rs.ref}  -  {t['group']}: {rule.group}  -  {t['subject']}: {t[rule.subject]}"]
    sev = raw.get("severity")
    weight = rule.weight if rule.weight is not None else rs.weights[rule.severity]
    line = f"{t['severity']}: {label('severity', rule.severity, lang)} ({t['weight']} {weight:g})"
    if isinstance(sev, dict) and sev.get("when"):
        line = f"{t['severity']}: {t['default']} {label('severity', rule.severity, lang)}"
        for w in sev["when"]:
            line += (f"; {label('severity', w['then'], lang)} {t['when']} "
                     f"{describe_condition(w['if'], lang, rs.parameters)}")
    out.append(line)
    if raw.get("applies"):
        out.append(f"{t['applies']}: {describe_condition(raw['applies'], lang, rs.parameters)}")
        if rule.not_applicable:
            out.append(f"  ({t['otherwise']}: {say(rule.text('not_applicable', lang))})")
    else:
        out.append(f"{t['applies']}: {t['always']}")
    for e in raw.get("exempt", []):
        out.append(f"{t['exempt']} {describe_condition(e['if'], lang, rs.parameters)}:")
        out.extend(textwrap.wrap(say(pick(e["reason"], lang)), 92, initial_indent="  ", subsequent_indent="  ",
                                 break_on_hyphens=False))
    out.append("")
    blocks = [("evidence", rule.text("evidence", lang)), ("why", rule.text("rationale", lang)),
              ("reference", rule.reference), ("fix", rule.text("remediation", lang)),
              ("agency", rule.text("agency", lang))]
    instr = _manual_instructions(raw.get("check"), lang) if "manual" in rule.kinds else None
    instr = instr or (pick(rule.question, lang) if rule.question else None)
    if instr:
        blocks.insert(1, ("manual", instr))
    if rule.sources or _manual_sources(raw.get("check")):
        blocks.insert(2 if instr else 1, ("sources", "; ".join(
            pick(x, lang) if isinstance(x, dict) else str(x)
            for x in list(_manual_sources(raw.get("check"))) + list(rule.sources))))
    for key, text in blocks:
        text = say(text) if key != "reference" else text
        if text:
            out.append(f"{t[key]}:")
            out.extend(textwrap.wrap(" ".join(str(text).split()), 92, initial_indent="  ",
                                     subsequent_indent="  ", break_on_hyphens=False))
    return "\n".join(out) + "\n"


def _manual_sources(check) -> list:
    """The `sources` of the rule's `manual` checks."""
    if isinstance(check, dict):
        if check.get("kind") == "manual":
            return list(check.get("sources") or [])
        return [x for part in check.get("all", []) + check.get("any", []) +
                [check.get("then"), check.get("else")] for x in _manual_sources(part)]
    return []


def _manual_instructions(check, lang):
    if isinstance(check, dict):
        if check.get("kind") == "manual":
            return pick(check.get("instructions"), lang)
        for part in check.get("all", []) + check.get("any", []):
            found = _manual_instructions(part, lang)
            if found:
                return found
    return None


def find_rule(rs, rule_id: str):
    import difflib

    rule = rs.rule(rule_id) or rs.rule(rule_id.strip().upper())
    if rule is None:
        ids = [r.id for r in rs.rules]
        hint = difflib.get_close_matches(rule_id.strip().upper(), ids, 1, 0.5)
        raise InputError("unknown_requirement", rule=rule_id, standard=rs.ref,
                         hint=Msg("did_you_mean", {"word": hint[0]}) if hint else None)
    return rule


@click.command()
@click.argument("rule_id", metavar="RULE")
@standard_option
@lang_option
def explain(rule_id, standard, lang):
    """Explain requirement RULE: what it requires, why, how to fix it and who to go to."""
    rs = load_standard(standard)
    click.echo(explain_text(find_rule(rs, rule_id), rs, lang), nl=False)
    return 0


# --- compare --------------------------------------------------------------------------------


@click.command()
@click.argument("old", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="Language of the text (default: the new result's).")
def compare(old, new, fmt, lang):
    """Compare two results (JSON from `check --format json`) of the same business: what
    improved, what regressed, what expired since, and each verdict and score."""
    for p in (old, new):
        if not p.exists():
            raise InputError("file_not_found", file=str(p))
    o, n = load_result(old), load_result(new)
    c = compare_results(o, n)
    if fmt == "json":
        click.echo(json.dumps(c, ensure_ascii=False, indent=2))
    else:
        lang = lang or (n.lang if n.lang in LANGS else "id")
        click.echo(compare_text(c, lang, n.rules), nl=False)
    return 0
