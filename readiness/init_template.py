"""The dossier template `readiness init` writes: only the fields the standard needs for the
chosen product categories and sales channels, each commented in plain words (what it is and
where to find it), Indonesian by default.

Which fields: a rule is relevant to a product when its `applies` condition can hold for the
product's category and channels (a condition on a dossier field the owner has not filled yet
counts as "can hold"); its fields are the dossier paths its check and its condition refer to.
Identity fields (names, NIB, address, contact) are always there.

Values left empty are YAML nulls and lists are commented examples, so a template checked as it
is loads and gives `missing` findings, never a schema error.
"""

from __future__ import annotations

import json
from typing import Any

from readiness.model import FORMAT
from readiness.standards.fields import accepted_values, needed_fields
from readiness.vocab import Category, Channel, values
from readiness.words import label, t

CATEGORIES = values(Category)
CHANNELS = values(Channel)
# categories whose products may declare `halal_status` (halal certification or a "not halal"
# statement)
HALAL_CATEGORIES = ("packaged_food", "ready_to_eat", "cosmetic")

# (key, kind, example for lists/mappings or None); the comment is the field's hint in the
# catalogue (readiness.words, section `field_hint`, keyed like here)
# kind: scalar | flag | list (of text) | mapping (a small fixed mapping) | records (list of mappings)
_B = "business."
_P = "product."
FIELDS: list[tuple[str, str, dict, Any]] = [
    # --- business -------------------------------------------------------------------------
    (_B + "name", "scalar", None),
    (_B + "owner.name", "scalar", None),
    (_B + "nib", "scalar", None),
    (_B + "nib_risk_based", "flag", None),
    (_B + "npwp", "scalar", None),
    (_B + "scale", "scalar", None),
    (_B + "kbli", "list", None),
    (_B + "address.street", "scalar", None),
    (_B + "address.village", "scalar", None),
    (_B + "address.district", "scalar", None),
    (_B + "address.regency", "scalar", None),
    (_B + "address.province", "scalar", None),
    (_B + "contact.phone", "scalar", None),
    (_B + "trademark.name", "scalar", None),
    (_B + "trademark.status", "scalar", None),
    (_B + "payments.qris_nmid", "scalar", None),
    (_B + "curation", "records",
     [{"by": "Dinas Koperasi dan UKM Provinsi NTB", "kind": "government", "date": "2026-08-14", "result": "passed"},
      {"by": "Mandalika Grand Prix Association (MGPA)", "kind": "organizer", "date": "2026-11-05", "result": "passed"}]),
    (_B + "documents", "records",
     "documents"),
    (_B + "declarations.no_hazardous_additives", "flag", None),
    (_B + "declarations.no_subsidised_lpg", "flag", None),
    (_B + "declarations.non_halal_signage", "flag", None),
    (_B + "declarations.separate_pork_facility", "flag", None),
    # --- product --------------------------------------------------------------------------
    (_P + "name", "scalar", None),
    (_P + "category", "scalar", None),
    (_P + "channels", "list", None),
    (_P + "kbli", "scalar", None),
    (_P + "food_type", "scalar", None),
    (_P + "item_type", "scalar", None),
    (_P + "net_content", "mapping",
     {"amount": 250, "unit": "g"}),
    (_P + "shelf_life_days", "scalar", None),
    (_P + "packed_in_front_of_buyer", "flag", None),
    (_P + "minimal_processing", "flag", None),
    (_P + "halal_status", "scalar", None),
    (_P + "pork_derived", "flag", None),
    (_P + "jamu_kind", "scalar", None),
    (_P + "cooked_at_booth", "flag", None),
    (_P + "sold_by_weight", "flag", None),
    (_P + "storage", "scalar", None),
    (_P + "ingredients", "list", None),
    (_P + "allergens", "list", None),
    (_P + "price_idr", "scalar", None),
    (_P + "capacity_per_month", "scalar", None),
    (_P + "packaging.materials", "list", None),
    (_P + "packaging.sealed", "flag", None),
    (_P + "packaging.single_use_plastic", "flag", None),
    (_P + "label.language", "scalar", None),
    (_P + "label.elements", "list", None),
    (_P + "label.halal_logo", "scalar", None),
    (_P + "label.best_before_text", "scalar", None),
    (_P + "label.smallest_text_mm", "scalar", None),
    (_P + "label.area_cm2", "scalar", None),
    (_P + "label.permanent", "flag", None),
    (_P + "permits", "records",
     "permits"),
    (_P + "documents", "records",
     "documents"),
    (_P + "materials", "list", None),
    (_P + "food_contact", "flag", None),
    (_P + "animal_derived", "flag", None),
    (_P + "marks", "list", None),
    (_P + "licences", "records",
     [{"mark": "MotoGP", "holder": "Dorna Sports", "number": "...", "expires": "2027-12-31"}]),
    (_P + "gi_claim", "scalar", None),
    (_P + "gi_member", "flag", None),
    (_P + "technique", "scalar", None),
    (_P + "origin.village", "scalar", None),
    (_P + "fibres", "records",
     [{"material": "katun", "percent": 80}, {"material": "sutra", "percent": 20}]),
]
IDENTITY = {_B + "name", _B + "owner.name", _B + "nib", _B + "address.street", _B + "address.village",
            _B + "address.district", _B + "address.regency", _B + "address.province",
            _B + "contact.phone", _P + "name", _P + "category", _P + "channels"}
_FIELD_KEYS = [f[0] for f in FIELDS]

_EXAMPLE_RECORDS = {
    "pirt": {"type": "pirt", "number": "P-IRT No. 3105203010123-29", "issued": "2024-03-01"},
    "bpom_md": {"type": "bpom_md", "number": "BPOM RI MD 123456789012", "issued": "2024-01-10", "expires": "2029-01-10"},
    "bpom_na": {"type": "bpom_na", "number": "NA18230100123", "issued": "2024-01-10", "expires": "2027-01-10"},
    "halal": {"type": "halal", "number": "ID52110000123450324", "scheme": "self_declare", "issued": "2024-03-15", "recipe_unchanged": True},
    "pkp": {"type": "pkp", "number": "PKP/5203/2024/0117", "holder": "Nama pemilik", "issued": "2024-02-20"},
    "slhs": {"type": "slhs", "number": "SLHS/5202/DINKES/2024/031", "issued": "2024-05-20", "expires": "2027-05-20"},
    "label_hsp": {"type": "label_hsp", "number": "...", "issued": "2025-01-15"},
    "food_handler_training": {"type": "food_handler_training", "holder": "Nama pemilik", "issued": "2023-11-10"},
    "lab_test": {"type": "lab_test", "by": "Balai Standardisasi dan Pelayanan Jasa Industri", "number": "...", "issued": "2025-06-01"},
    "lead_free_declaration": {"type": "lead_free_declaration", "issued": "2025-06-01"},
    "legal_origin": {"type": "legal_origin", "by": "Pedagang kayu bersertifikat SVLK", "number": "...", "issued": "2025-06-01"},
    "sni": {"type": "sni", "by": "LSPro", "number": "...", "issued": "2025-01-10", "expires": "2029-01-10"},
    # the .3 editions (issue 20)
    "bpom_tr": {"type": "bpom_tr", "number": "POM TR123456789", "issued": "2024-01-10", "expires": "2029-01-10"},
    "psah": {"type": "psah", "number": "...", "issued": "2025-03-01"},
    "skpl_minol": {"type": "skpl_minol", "number": "...", "issued": "2026-06-01", "expires": "2027-12-31"},
    "food_handler_health": {"type": "food_handler_health", "holder": "Nama penjamah", "issued": "2026-08-01"},
    "scale_verification": {"type": "scale_verification", "by": "UPTD Metrologi Legal", "issued": "2026-08-01"},
    "sertifikat_standar": {"type": "sertifikat_standar", "number": "...", "issued": "2025-01-10"},
}


# --- which fields matter: readiness.standards.fields.needed_fields -------------------------


def _selected(paths: set[str], prefix: str) -> list[str]:
    keys = []
    for key in _FIELD_KEYS:
        if not key.startswith(prefix):
            continue
        if key in IDENTITY or any(p == key or p.startswith(key + ".") or key.startswith(p + ".")
                                  for p in paths):
            keys.append(key)
    return keys


# --- writing YAML with comments -------------------------------------------------------------


def _scalar(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def _flow(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return _scalar(v)


def _wrap(text: str, indent: str, width: int = 96) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(indent) + 2 + len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return [f"{indent}# {line}" for line in lines]


def _emit(keys: list[str], prefix: str, values: dict, indent: str, lang: str, types: dict,
          extra: dict | None = None) -> list[str]:
    """Lines for the fields under prefix; nested mappings grouped under their parent; `extra`:
    what the standard adds to a field's hint (`_standard_hints`)."""
    extra = extra or {}
    spec = {f[0]: f for f in FIELDS}
    out: list[str] = []
    open_parents: list[str] = []
    for key in keys:
        rel = key[len(prefix):]
        parts = rel.split(".")
        # open the parent mappings (address:, label:, ...) once
        for depth, part in enumerate(parts[:-1]):
            parent = ".".join(parts[: depth + 1])
            if parent not in open_parents:
                open_parents.append(parent)
                out.append(f"{indent}{'  ' * depth}{part}:")
        ind = indent + "  " * (len(parts) - 1)
        _, kind, example = spec[key]
        name = parts[-1]
        val = values.get(key)
        out.extend(_wrap(_with(t("field_hint." + key, lang), extra.get(key, "")), ind))
        if kind == "records" and isinstance(example, str):   # permits and documents
            out.extend(_wrap(t("init.status_hint", lang), ind))
        if kind == "records":
            out.append(f"{ind}{name}:")
            for rec in val or []:           # her answers (held, in process, none)
                out.append(f"{ind}  - {_flow(rec)}")
            answered = {r.get("type") for r in val or [] if isinstance(r, dict)}
            recs = [] if val and not isinstance(example, str) else example
            if isinstance(example, str):  # types chosen by the rules that apply, not answered
                wanted = sorted(types.get(key, set()) - answered)
                recs = [_EXAMPLE_RECORDS[t] for t in wanted if t in _EXAMPLE_RECORDS] or \
                    ([] if val else [{"type": wanted[0] if wanted else "other", "number": "..."}])
            for rec in recs:
                out.append(f"{ind}#  - {_flow(rec)}")
        elif kind == "mapping" or kind == "list":
            out.append(f"{ind}{name}:" + (f" {_flow(val)}" if val else ""))
        else:
            out.append(f"{ind}{name}:" + (f" {_scalar(val)}" if val is not None else ""))
    return out


def _with(hint: str, more: str) -> str:
    """A hint with what the standard adds, before its commented example's note."""
    if not more:
        return hint
    for note in ("Contoh, hapus tanda #", "Example, remove the #"):
        if note in hint:
            head, tail = hint.split(note, 1)
            return f"{head.rstrip()}{more} {note}{tail}"
    return hint + more


def _standard_hints(rs, paths: set[str], category: str | None, lang: str) -> dict[str, str]:
    """What this standard adds to the hints (issue 20): the values it accepts where a rule
    restricts a field (no `bilingual` where the edition rejects it), and `by: MUI` only where
    a rule reads a permit's `by`."""
    out = {}
    langs = accepted_values(rs, _P + "label.language", [category] if category else None)
    if langs:
        out[_P + "label.language"] = " " + t("init.accepted", lang, choices=", ".join(
            f"{v} ({label('language', v, lang)})" if label("language", v, lang) != v else v
            for v in langs))
    if _P + "permits.by" in paths:
        out[_P + "permits"] = " " + t("init.permits_by_mui", lang)
    return out


def render_template(rs, products: list[dict], business: dict | None = None, *, lang: str = "id") -> str:
    """The YAML text of a commented dossier template.

    products: [{"name": ..., "category": ..., "channels": [...]}, ...]; business: values for
    business fields keyed like "business.nib" (optional; interactive init fills them)."""
    business = dict(business or {})
    biz_paths, per_paths, types, _ = needed_fields(rs, products)
    ev = rs.event or {}
    title = (rs.title or {}).get(lang) or (rs.title or {}).get("id") or rs.id
    lines: list[str] = []
    for h in ("head_title", "head_fill", "head_check"):
        lines.extend(_wrap(t("init." + h, lang, ref=rs.ref, title=title), ""))
    if ev.get("start"):
        lines.append(f"# {t('init.event', lang)}: {ev.get('start')} - {ev.get('end')}")
    lines.append(f"format: {FORMAT}")
    lines.append("business:")
    business.setdefault("business.name", t("init.business_name", lang))
    lines.extend(_emit(_selected(biz_paths, _B), _B, business, "  ", lang, types[0]))
    lines.append("products:")
    for i, p in enumerate(products):
        vals = {k if k.startswith(_P) else _P + k: v for k, v in (p.get("values") or {}).items()}
        vals[_P + "name"] = p.get("name") or t("init.product_n", lang, n=i + 1)
        vals[_P + "category"] = p["category"]
        vals[_P + "channels"] = list(p["channels"])
        cat = label("category_hint", p["category"], lang)
        chans = ", ".join(label("channel_hint", c, lang) for c in p["channels"])
        lines.append(f"  # --- {t('init.product_n', lang, n=i + 1)}: {cat}; {chans}")
        body = _emit(_selected(per_paths[i], _P), _P, vals, "    ", lang, types[i + 1],
                     _standard_hints(rs, per_paths[i], p["category"], lang))
        # the first key of a list item carries the dash
        first = next(j for j, line in enumerate(body) if not line.lstrip().startswith("#"))
        body[first] = "  - " + body[first][4:]
        lines.extend(body)
    return "\n".join(lines) + "\n"
