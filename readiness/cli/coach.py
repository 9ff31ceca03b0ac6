"""Self-assessment and coaching: `readiness init`, `readiness explain`, `readiness compare`.

`init` writes a commented dossier template (interactive in a terminal), `explain` tells what a
requirement means with the same texts the gap report uses, `compare` shows an IKM's progress
between two results.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import click

from readiness.cli.common import lang_option, note_superseded, standard_option
from readiness.errors import InputError

# --- init -----------------------------------------------------------------------------------

_Q = {
    "id": {
        "intro": "Menyiapkan dosir produk untuk {std}. Tekan Enter untuk melewati pertanyaan yang belum bisa dijawab.",
        "name": "Nama usaha (seperti pada NIB)",
        "owner": "Nama pemilik",
        "nib": "NIB, 13 digit (dokumen NIB dari OSS)",
        "nib_bad": "NIB terdiri dari 13 digit angka; coba lagi atau tekan Enter untuk mengisi nanti.",
        "phone": "Nomor telepon/WhatsApp usaha",
        "regency": "Kabupaten/kota",
        "province": "Provinsi",
        "scale": "Skala usaha (micro, small, medium, large)",
        "scale_bad": "Pilih micro, small, medium atau large, atau tekan Enter.",
        "count": "Berapa produk yang ingin diperiksa?",
        "p_name": "Produk {i}: nama produk",
        "p_cat": "Produk {i}: kategori ({choices})",
        "p_chan": "Produk {i}: saluran penjualan, pisahkan dengan koma (event, hotel, souvenir)",
        "p_non_halal": "Produk {i}: mengandung bahan tidak halal (babi, alkohol, ...)?",
        "written": "Dosir ditulis ke {path}. Lengkapi kolom yang kosong, lalu jalankan: readiness check {path}",
        "exists": "file sudah ada; pakai --force untuk menimpanya",
    },
    "en": {
        "intro": "Preparing a product dossier for {std}. Press Enter to skip a question you cannot answer yet.",
        "name": "Business name (as on the NIB)",
        "owner": "Owner's name",
        "nib": "NIB, 13 digits (the NIB document from OSS)",
        "nib_bad": "A NIB has 13 digits; try again or press Enter to fill it in later.",
        "phone": "Business phone/WhatsApp number",
        "regency": "Regency/city",
        "province": "Province",
        "scale": "Business scale (micro, small, medium, large)",
        "scale_bad": "Choose micro, small, medium or large, or press Enter.",
        "count": "How many products do you want to check?",
        "p_name": "Product {i}: name",
        "p_cat": "Product {i}: category ({choices})",
        "p_chan": "Product {i}: sales channels, separated by commas (event, hotel, souvenir)",
        "p_non_halal": "Product {i}: does it contain non-halal material (pork, alcohol, ...)?",
        "written": "Dossier written to {path}. Fill in the empty fields, then run: readiness check {path}",
        "exists": "the file already exists; use --force to overwrite it",
    },
}


def _optional(text: str, check=None, bad: str = ""):
    def proc(value: str):
        value = (value or "").strip()
        if not value:
            return None
        if check is not None and not check(value):
            raise click.BadParameter(bad)
        return value

    return proc


def _prompt(*args, **kw):
    # questions go to stderr so `-o -` can still print a clean dossier on stdout
    return click.prompt(*args, err=True, **kw)


def _ask(q: dict, categories: list[str], channels: list[str]) -> tuple[dict, list[dict]]:
    from readiness.init_template import CATEGORIES, HALAL_CATEGORIES, SCALES, parse_channels

    biz: dict = {}
    biz["business.name"] = _prompt(q["name"], value_proc=lambda v: v.strip() or (_ for _ in ()).throw(
        click.BadParameter(q["name"])))
    biz["business.owner.name"] = _prompt(q["owner"], default="", show_default=False,
                                              value_proc=_optional(""))
    biz["business.nib"] = _prompt(
        q["nib"], default="", show_default=False,
        value_proc=_optional("", lambda v: re.fullmatch(r"\d{13}", re.sub(r"[\s.-]", "", v)) is not None,
                             q["nib_bad"]))
    if biz["business.nib"]:
        biz["business.nib"] = re.sub(r"[\s.-]", "", biz["business.nib"])
    biz["business.contact.phone"] = _prompt(q["phone"], default="", show_default=False,
                                                 value_proc=_optional(""))
    biz["business.address.regency"] = _prompt(q["regency"], default="", show_default=False,
                                                   value_proc=_optional(""))
    biz["business.address.province"] = _prompt(q["province"], default="Nusa Tenggara Barat",
                                                    value_proc=_optional(""))
    biz["business.scale"] = _prompt(q["scale"], default="", show_default=False,
                                         value_proc=_optional("", lambda v: v in SCALES, q["scale_bad"]))
    n = _prompt(q["count"], type=click.IntRange(1, 50), default=max(1, len(categories)))
    products = []
    for i in range(1, n + 1):
        name = _prompt(q["p_name"].format(i=i), value_proc=lambda v: v.strip() or (_ for _ in ()).throw(
            click.BadParameter("?")))
        default_cat = categories[i - 1] if i - 1 < len(categories) else (categories[-1] if categories else None)
        cat = _prompt(q["p_cat"].format(i=i, choices=", ".join(CATEGORIES)),
                           type=click.Choice(CATEGORIES), default=default_cat, show_choices=False)

        def chans(v):
            try:
                return parse_channels(v)
            except ValueError as e:
                raise click.BadParameter(str(e)) from None

        ch = _prompt(q["p_chan"].format(i=i), default=", ".join(channels) if channels else "event",
                          value_proc=chans)
        product = {"name": name, "category": cat, "channels": ch}
        if cat in HALAL_CATEGORIES and click.confirm(q["p_non_halal"].format(i=i), default=False, err=True):
            product["values"] = {"halal_status": "non_halal"}  # exempt from halal, needs a statement
        products.append(product)
    return {k: v for k, v in biz.items() if v is not None}, products


@click.command()
@click.option("--category", "categories", multiple=True,
              type=click.Choice(["packaged_food", "ready_to_eat", "textile", "craft", "cosmetic"]),
              help="Product category; repeat for several products (one product per category). "
                   "Default: packaged_food.")
@click.option("--channel", "channels", multiple=True, type=click.Choice(["event", "hotel", "souvenir"]),
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
    from readiness.init_template import render_template
    from readiness.io import atomic_write, load_data
    from readiness.model import parse_dossier
    from readiness.standards import load_standard

    q = _Q[lang]
    rs = load_standard(standard)
    note_superseded(rs, lang)
    to_stdout = output == "-"
    path = None if to_stdout else Path(output)
    if path is not None and path.exists() and not force:
        raise InputError(q["exists"], file=str(path))
    cats = list(categories) or ["packaged_food"]
    chans = list(channels) or ["event"]
    if interactive is None:
        interactive = sys.stdin.isatty() and not to_stdout
    business: dict = {}
    if interactive:
        click.echo(q["intro"].format(std=rs.ref), err=True)
        business, products = _ask(q, list(categories), list(channels))
    else:
        products = [{"name": None, "category": c, "channels": chans} for c in cats]
    text = render_template(rs, products, business, lang=lang)
    # what we write must load as a dossier: never hand an owner a file that is a schema error
    parse_dossier(load_data(text.encode("utf-8"), name="template.yaml", kind="yaml"), file="template.yaml")
    if to_stdout:
        click.echo(text, nl=False)
        return 0
    if path.exists() and not force:  # asked questions meanwhile: check again
        raise InputError(q["exists"], file=str(path))
    atomic_write(path, text.encode("utf-8"))
    click.echo(q["written"].format(path=path), err=True)
    return 0


# --- explain --------------------------------------------------------------------------------

_E = {
    "id": {"group": "Kelompok", "subject": "Berlaku untuk", "business": "usaha", "product": "setiap produk",
           "severity": "Tingkat", "applies": "Berlaku bila", "always": "selalu",
           "otherwise": "bila tidak berlaku", "evidence": "Yang dibutuhkan", "why": "Mengapa",
           "reference": "Dasar", "fix": "Cara memenuhi", "agency": "Hubungi", "manual": "Dinilai oleh petugas",
           "weight": "bobot", "default": "biasanya", "when": "bila", "and": " dan ", "or": " atau ",
           "not": "bukan", "any_product": "ada produk yang", "category": "kategori produk",
           "channel": "saluran penjualan", "scale": "skala usaha", "present": "terisi", "absent": "kosong",
           "equals": "=", "in": "salah satu dari", "contains": "memuat", "matches": "cocok dengan",
           "at_least": ">=", "at_most": "<=", "below": "<", "mentions": "menyebut salah satu dari",
           "exempt": "Dikecualikan bila", "std": "Standar"},
    "en": {"group": "Group", "subject": "Applies to", "business": "the business", "product": "each product",
           "severity": "Severity", "applies": "Applies when", "always": "always",
           "otherwise": "when it does not apply", "evidence": "What is needed", "why": "Why",
           "reference": "Reference", "fix": "How to fix it", "agency": "Go to", "manual": "Judged by an officer",
           "weight": "weight", "default": "normally", "when": "when", "and": " and ", "or": " or ",
           "not": "not", "any_product": "some product has", "category": "product category",
           "channel": "sales channel", "scale": "business scale", "present": "given", "absent": "empty",
           "equals": "=", "in": "one of", "contains": "contains", "matches": "matches",
           "at_least": ">=", "at_most": "<=", "below": "<", "mentions": "names one of",
           "exempt": "Exempt when", "std": "Standard"},
}


def describe_condition(cond, lang: str, params: dict | None = None) -> str:
    """A condition in words: {category: [packaged_food]} -> 'kategori produk: packaged_food'.
    `{param: NAME}` values read from `params` (the rule set's parameters)."""
    from readiness.i18n import field_label, term

    t = _E[lang]
    if not isinstance(cond, dict):
        return str(cond)
    if params is not None:
        cond = _with_params(cond, params)
    parts = []
    for k, v in cond.items():
        if k in ("category", "channel", "scale"):
            vs = v if isinstance(v, list) else [v]
            parts.append(f"{t[k]}: {', '.join(term(x, lang) for x in vs)}")
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
            for op in ("equals", "in", "contains", "matches", "at_least", "at_most", "below", "mentions"):
                if op in cond:
                    val = cond[op]
                    val = ", ".join(map(str, val)) if isinstance(val, list) else term(val, lang)
                    parts.append(f"{label} {t[op]} {val}")
            if "present" in cond:
                parts.append(f"{label} {t['present'] if cond['present'] else t['absent']}")
    text = t["and"].join(parts)
    return text[1:-1] if text.startswith("(") and text.endswith(")") and text.count("(") == 1 else text


def _with_params(v, params: dict):
    if isinstance(v, dict):
        if set(v) == {"param"} and v["param"] in params:
            return params[v["param"]]
        return {k: _with_params(x, params) for k, x in v.items()}
    if isinstance(v, list):
        return [_with_params(x, params) for x in v]
    return v


def explain_text(rule, rs, lang: str) -> str:
    import textwrap

    from readiness.i18n import SEVERITY, pick

    t = _E[lang]
    raw = rule.raw
    out = [f"{rule.id}: {rule.text('title', lang)}",
           f"{t['std']}: {rs.ref}  -  {t['group']}: {rule.group}  -  {t['subject']}: {t[rule.subject]}"]
    sev = raw.get("severity")
    weight = rule.weight if rule.weight is not None else rs.weights[rule.severity]
    line = f"{t['severity']}: {pick(SEVERITY[rule.severity], lang)} ({t['weight']} {weight:g})"
    if isinstance(sev, dict) and sev.get("when"):
        line = f"{t['severity']}: {t['default']} {pick(SEVERITY[rule.severity], lang)}"
        for w in sev["when"]:
            line += (f"; {pick(SEVERITY[w['then']], lang)} {t['when']} "
                     f"{describe_condition(w['if'], lang, rs.parameters)}")
    out.append(line)
    if raw.get("applies"):
        out.append(f"{t['applies']}: {describe_condition(raw['applies'], lang, rs.parameters)}")
        if rule.not_applicable:
            out.append(f"  ({t['otherwise']}: {rule.text('not_applicable', lang)})")
    else:
        out.append(f"{t['applies']}: {t['always']}")
    for e in raw.get("exempt", []):
        out.append(f"{t['exempt']} {describe_condition(e['if'], lang, rs.parameters)}:")
        out.extend(textwrap.wrap(pick(e["reason"], lang), 92, initial_indent="  ", subsequent_indent="  ",
                                 break_on_hyphens=False))
    out.append("")
    blocks = [("evidence", rule.text("evidence", lang)), ("why", rule.text("rationale", lang)),
              ("reference", rule.reference), ("fix", rule.text("remediation", lang)),
              ("agency", rule.text("agency", lang))]
    if "manual" in rule.kinds:
        instr = _manual_instructions(raw.get("check"), lang)
        if instr:
            blocks.insert(1, ("manual", instr))

    for key, text in blocks:
        if text:
            out.append(f"{t[key]}:")
            out.extend(textwrap.wrap(" ".join(str(text).split()), 92, initial_indent="  ",
                                     subsequent_indent="  ", break_on_hyphens=False))
    return "\n".join(out) + "\n"


def _manual_instructions(check, lang):
    from readiness.i18n import pick

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
        raise click.UsageError(f"unknown requirement '{rule_id}' in {rs.ref}"
                               + (f" (did you mean '{hint[0]}'?)" if hint else "")
                               + "; list them with: readiness standards show")
    return rule


@click.command()
@click.argument("rule_id", metavar="RULE")
@standard_option
@lang_option
def explain(rule_id, standard, lang):
    """Explain requirement RULE: what it requires, why, how to fix it and who to go to."""
    from readiness.standards import load_standard

    rs = load_standard(standard)
    click.echo(explain_text(find_rule(rs, rule_id), rs, lang), nl=False)
    return 0


# --- compare --------------------------------------------------------------------------------

_GAP = ("fail", "missing", "manual")
_OK = ("pass", "waived")
_EXPIRY_CODES = ("expires_before_event", "entry_too_old", "waiver_expired")
_C = {
    "id": {"title": "Perbandingan {name}: {old} -> {new}", "improved": "Membaik", "regressed": "Memburuk",
           "expired": "Kedaluwarsa sejak hasil lama", "subjects": "Kesiapan dan skor", "business": "Usaha",
           "none": "(tidak ada)", "cert": "Sertifikat", "yes": "ya", "no": "tidak",
           "std_changed": "Catatan: standar berbeda ({old} -> {new}); sebagian perubahan berasal dari standar.",
           "changed": "Berubah lainnya"},
    "en": {"title": "Comparison of {name}: {old} -> {new}", "improved": "Improved", "regressed": "Regressed",
           "expired": "Expired since the old result", "subjects": "Readiness and score", "business": "Business",
           "none": "(none)", "cert": "Certificate", "yes": "yes", "no": "no",
           "std_changed": "Note: the standards differ ({old} -> {new}); some changes come from the standard.",
           "changed": "Other changes"},
}


def _expiry_patterns() -> list[re.Pattern]:
    from readiness.i18n import MESSAGES

    pats = []
    for code in _EXPIRY_CODES:
        for text in MESSAGES[code].values():
            fixed = [re.escape(part) for part in re.split(r"\{[a-z_]+\}", text)]
            fixed = [f for f in fixed if f.strip()]
            if fixed:
                pats.append(re.compile(".*?".join(fixed[:2]), re.IGNORECASE | re.DOTALL))
    return pats


def _load_result(path: Path) -> dict:
    from readiness.io import load_source

    src = load_source(path, name=str(path), kind="json")
    data = src.data
    if not isinstance(data, dict) or data.get("format") != "readiness-result/1":
        raise InputError("not a readiness result; expected the JSON of `readiness check --format json` "
                         "(format: readiness-result/1)", file=str(path))
    for key in ("business", "products", "findings"):
        if key not in data:
            raise InputError(f"the result lacks '{key}'", file=str(path))
    return data


def _subject_name(result: dict, product) -> str | None:
    if product is None:
        return None
    for p in result.get("products", []):
        if p.get("index") == product:
            return p.get("name")
    return f"#{product}"


def compare_results(old: dict, new: dict) -> dict:
    """What changed between two results of the same business (a dict; the JSON of compare)."""
    ob, nb = old["business"], new["business"]
    same = (ob.get("nib") and nb.get("nib") and str(ob["nib"]) == str(nb["nib"])) or (
        not (ob.get("nib") and nb.get("nib"))
        and " ".join(str(ob.get("name", "")).casefold().split()) == " ".join(str(nb.get("name", "")).casefold().split()))
    if not same:
        raise InputError(f"the two results are of different businesses: {ob.get('name')} "
                         f"(NIB {ob.get('nib')}) and {nb.get('name')} (NIB {nb.get('nib')})")
    pats = _expiry_patterns()

    def index(result):
        return {(f["rule"], _subject_name(result, f.get("product"))): f for f in result["findings"]}

    oi, ni = index(old), index(new)
    improved, regressed, expired, changed = [], [], [], []
    for key in list(oi) + [k for k in ni if k not in oi]:
        of, nf = oi.get(key), ni.get(key)
        os_ = of["status"] if of else None
        ns = nf["status"] if nf else None
        if os_ == ns:
            continue
        entry = {"rule": key[0], "product": key[1], "old": os_, "new": ns,
                 "severity": (nf or of)["severity"], "message": (nf or {}).get("message")}
        msg = (nf or {}).get("message") or ""
        if os_ in _GAP and ns in _OK:
            improved.append(entry)
        elif os_ in _OK and ns in _GAP and any(p.search(msg) for p in pats):
            expired.append(entry)
        elif os_ in _OK and ns in _GAP:
            regressed.append(entry)
        else:
            changed.append(entry)
    subjects = []
    for name, o, n in [(None, ob, nb)] + [
            (p.get("name"), p, next((q for q in new["products"] if q.get("name") == p.get("name")), None))
            for p in old["products"]] + [
            (q.get("name"), None, q) for q in new["products"]
            if not any(p.get("name") == q.get("name") for p in old["products"])]:
        subjects.append({"product": name,
                         "old": None if o is None else {"verdict": o.get("verdict"), "score": o.get("score")},
                         "new": None if n is None else {"verdict": n.get("verdict"), "score": n.get("score")}})
    return {
        "format": "readiness-comparison/1",
        "business": {"name": nb.get("name"), "nib": nb.get("nib")},
        "old": {"as_of": old.get("as_of"), "standard": _std(old), "certified": old.get("certified")},
        "new": {"as_of": new.get("as_of"), "standard": _std(new), "certified": new.get("certified")},
        "improved": improved, "regressed": regressed, "expired": expired, "changed": changed,
        "subjects": subjects,
    }


def _std(result: dict) -> str | None:
    s = result.get("standard") or {}
    return f"{s.get('id')}@{s.get('version')}" if s.get("id") else None


def compare_text(c: dict, lang: str, rules: dict | None = None) -> str:
    from readiness.i18n import STATUS, VERDICT, pick

    t = _C[lang]
    rules = rules or {}
    out = [t["title"].format(name=c["business"]["name"], old=c["old"]["as_of"], new=c["new"]["as_of"])]
    if c["old"]["standard"] != c["new"]["standard"]:
        out.append(t["std_changed"].format(old=c["old"]["standard"], new=c["new"]["standard"]))
    yn = lambda b: t["yes"] if b else t["no"]  # noqa: E731
    out.append(f"{t['cert']}: {yn(c['old']['certified'])} -> {yn(c['new']['certified'])}")

    def st(s):
        return pick(STATUS[s], lang) if s in STATUS else "-"

    for key in ("improved", "regressed", "expired", "changed"):
        out.append("")
        out.append(f"{t[key]} ({len(c[key])}):")
        for e in c[key]:
            who = t["business"] if e["product"] is None else e["product"]
            title = (rules.get(e["rule"]) or {}).get("title") or ""
            out.append(f"  {e['rule']} {title} ({who}): {st(e['old'])} -> {st(e['new'])}")
            if key in ("regressed", "expired") and e.get("message"):
                out.append(f"      {e['message']}")
        if not c[key]:
            out.append(f"  {t['none']}")
    out.append("")
    out.append(f"{t['subjects']}:")
    for s in c["subjects"]:
        who = t["business"] if s["product"] is None else s["product"]

        def v(x):
            return "-" if x is None else f"{pick(VERDICT[x['verdict']], lang)} {x['score']:.1f}"

        delta = ""
        if s["old"] and s["new"]:
            d = s["new"]["score"] - s["old"]["score"]
            delta = f" ({d:+.1f})"
        out.append(f"  {who}: {v(s['old'])} -> {v(s['new'])}{delta}")
    return "\n".join(out) + "\n"


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
            raise InputError("file not found", file=str(p))
    o, n = _load_result(old), _load_result(new)
    c = compare_results(o, n)
    if fmt == "json":
        click.echo(json.dumps(c, ensure_ascii=False, indent=2))
    else:
        lang = lang or (n.get("lang") if n.get("lang") in _C else "id")
        click.echo(compare_text(c, lang, n.get("rules")), nl=False)
    return 0
