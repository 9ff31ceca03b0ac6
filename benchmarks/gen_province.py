"""A synthetic province: N realistic dossiers (seeded, reproducible).

    python benchmarks/gen_province.py OUTDIR [-n 20000] [--seed 2027]

The mix follows NTB's IKM: mostly micro and small food businesses on Lombok, weavers in
Lombok Tengah, potters in Lombok Barat, a few cosmetics and hotel suppliers; one to four
products each; and the gaps officers actually see (halal missing or self-declared for
catering, P-IRT expired or mis-numbered, no curation, legacy NPWP, unlicensed event marks,
missing label elements). It also holds the cases the .2 editions judge differently: cakes that
keep two days, coffee poured at the booth, dried seaweed, iodised salt from Bima (mandatory
SNI), non-halal food and dishes, self-declared dishes at stalls, cosmetics without halal,
sandalwood carvings, wooden toys, labels without a production date. The first n dossiers of a
larger run are the same files, so 1,000 and 20,000 are the same province at two sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

import yaml

REGENCIES = [  # (name, P-IRT regency code, weight)
    ("Lombok Barat", "5201", 12), ("Lombok Tengah", "5202", 16), ("Lombok Timur", "5203", 20),
    ("Sumbawa", "5204", 8), ("Dompu", "5205", 4), ("Bima", "5206", 6),
    ("Sumbawa Barat", "5207", 3), ("Lombok Utara", "5208", 6), ("Kota Mataram", "5271", 20),
    ("Kota Bima", "5272", 5),
]
CATEGORY_WEIGHTS = [("packaged_food", 45), ("ready_to_eat", 20), ("textile", 14), ("craft", 14),
                    ("cosmetic", 7)]
# (name, food type, KBLI, what sets it apart: None, or the case the .2 editions judge)
FOOD = [("Kopi Bubuk", "coffee_tea", "10761", None),
        ("Madu Hutan", "sugar_confectionery_honey", "10299", None),
        ("Dodol Rumput Laut", "sugar_confectionery_honey", "10796", None),
        ("Keripik Pisang", "fruit_products", "10794", None), ("Abon Ikan", "dried_fish", "10211", None),
        ("Bumbu Ayam Taliwang", "seasonings", "10772", None), ("Kerupuk Kulit", "dried_meat", "10794", None),
        ("Minyak Kelapa", "coconut_products", "10430", None), ("Susu Kuda Liar", "dairy", "10500", None),
        ("Kue Cerorot", "flour_products", "10792", "fresh"),          # keeps two days
        ("Kopi Seduh", "coffee_tea", "10761", "front"),                # poured at the booth
        ("Rumput Laut Kering", "vegetable_products", "10298", "minimal"),
        ("Garam Beriodium", "iodised_salt", "10773", "sni"),           # Bima's salt ponds
        ("Dendeng Babi", "dried_meat", "10130", "non_halal")]
RTE = ["Ayam Taliwang", "Plecing Kangkung", "Sate Rembiga", "Nasi Balap Puyung", "Bebalung",
       "Sate Bulayak", "Babi Guling"]
TEXTILE = ["Kain Tenun Songket", "Selendang Tenun Ikat", "Sarung Tenun", "Kemeja Motif Sasak"]
CRAFT = [("Gerabah Kendi", "water_jug", ["clay"], True), ("Tas Ketak", "bag", ["ketak"], False),
         ("Kalung Mutiara", "jewellery", ["pearl", "silver"], False),
         ("Kotak Cukli", "box", ["wood", "mother of pearl"], False),
         ("Miniatur Motor Balap", "miniature", ["clay", "acrylic paint"], False),
         ("Sisir Penyu", "comb", ["turtle shell"], False), ("Keris Hias", "keris", ["iron", "wood"], False),
         ("Ukiran Cendana", "carving", ["kayu cendana"], False), ("Mainan Kayu", "toy", ["wood", "paint"], False)]
COSMETIC = ["Lulur Rempah", "Sabun Kopi", "Minyak Urut Sasak", "Sabun Susu Kuda"]
FIRST = ["Baiq", "Lalu", "Inaq", "Amaq", "Siti", "Muhammad", "Ni Made", "Hj.", "H.", "Nurul",
         "Sri", "Ahmad", "Dewi", "Putu", "Wayan"]
LAST = ["Aini", "Rahmah", "Hakim", "Yusuf", "Wulandari", "Mawardi", "Hidayat", "Lestari",
        "Zainudin", "Hadi", "Aminah", "Sari", "Saputra", "Fitriani"]
PREFIX = ["UD", "CV", "Kelompok", "Koperasi", "Sanggar", "Dapur", "Rumah", "PT"]
ELEMENTS = ["product_name", "ingredients", "net_content", "producer_address", "production_code",
            "production_date", "best_before", "permit_number", "halal_logo"]


def _w(rng, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[-1] for p in pairs])[0]


def _date(rng, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(days))


def _years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:                            # 29 February
        return d.replace(year=d.year + n, day=28)


def _channels(rng, category):
    opts = {"packaged_food": ["event", "hotel", "souvenir"], "ready_to_eat": ["event", "hotel"],
            "textile": ["event", "souvenir"], "craft": ["event", "souvenir", "hotel"],
            "cosmetic": ["hotel", "souvenir"]}[category]
    return sorted(rng.sample(opts, rng.randint(1, len(opts))), key=opts.index)


def _permits_food(rng, regency_code, scale, case=None):
    permits = []
    issued = _date(rng, dt.date(2019, 1, 1), 2200)
    if case in ("fresh", "front", "minimal") and rng.random() < 0.7:
        pass                                      # exempt, and most of them know it
    elif case == "sni" and rng.random() < 0.5:    # salt needs MD, and an SPPT-SNI
        permits.append({"type": "bpom_md", "number": f"BPOM RI MD {rng.randint(10**11, 10**12 - 1)}",
                        "issued": issued, "expires": _years(issued, 5)})
    elif rng.random() < 0.9:
        yy = (issued.year + 5) % 100
        code = regency_code if rng.random() > 0.05 else "5299"
        number = f"P-IRT No. {rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{code}" \
                 f"{rng.randint(0, 99999):05d}{rng.randint(1, 9)}-{yy:02d}"
        permits.append({"type": "pirt", "number": number, "issued": issued})
    else:
        permits.append({"type": "bpom_md", "number": f"BPOM RI MD {rng.randint(10**11, 10**12 - 1)}",
                        "issued": issued, "expires": _years(issued, 5)})
    if case == "sni" and rng.random() < 0.5:
        permits.append({"type": "sni", "number": f"SPPT-SNI 3556/{issued.year}/{rng.randint(1, 999):03d}",
                        "issued": issued, "expires": _years(issued, 4)})
    if case != "non_halal" and rng.random() < 0.75:
        permits.append({"type": "halal", "number": f"ID52{rng.randint(10**14, 10**15 - 1)}",
                        "scheme": "self_declare" if scale in ("micro", "small") and rng.random() < .7
                        else "regular",
                        "issued": _date(rng, dt.date(2021, 1, 1), 1800),
                        "recipe_unchanged": rng.random() < 0.9})
    return permits


def _product(rng, category, regency, code, scale, i):
    price = rng.choice([15000, 20000, 25000, 35000, 50000, 85000, 150000, 250000, 750000, 1750000])
    p: dict = {"category": category, "channels": _channels(rng, category),
               "price_idr": price if rng.random() > 0.05 else 0,
               "capacity_per_month": rng.choice([20, 50, 80, 120, 250, 400, 900, 2000]),
               "packaging": {"materials": rng.sample(["kraft paper", "aluminium foil", "glass jar",
                                                      "paper box", "banana leaf", "plastic pouch"], 2),
                             "sealed": rng.random() < 0.85,
                             "single_use_plastic": rng.random() < 0.2}}
    if category == "packaged_food":
        name, food_type, kbli, case = rng.choice(FOOD)
        amount = rng.choice([100, 200, 250, 500])
        p.update(name=f"{name} {regency} {amount} g", food_type=food_type, kbli=kbli,
                 net_content={"amount": amount, "unit": "g" if rng.random() > .03 else "oz"},
                 shelf_life_days=rng.choice([5, 30, 90, 180, 365, 730]) if case != "fresh" else rng.choice([1, 2, 3]),
                 storage="ambient" if rng.random() > 0.08 else "chilled",
                 ingredients=rng.sample(["gula aren", "kelapa", "pisang kepok", "garam", "cabai",
                                         "bawang putih", "rumput laut", "biji kopi", "madu"], 3),
                 allergens=[] if rng.random() > 0.2 else ["kacang tanah"])
        if case == "front":
            p["packed_in_front_of_buyer"] = True
        elif case == "minimal":
            p["minimal_processing"] = True
        elif case == "non_halal":
            p["halal_status"] = "non_halal"
        elements = [e for e in ELEMENTS if rng.random() > (0.15 if e == "production_date" else 0.06)]
        if case == "non_halal" and rng.random() < 0.6:
            elements.append("non_halal_statement")
        p["label"] = {"language": "id" if rng.random() > 0.04 else "en", "elements": elements,
                      "halal_logo": "national" if rng.random() > 0.15 else "mui_legacy",
                      "best_before_text": f"Baik digunakan sebelum {rng.randint(1, 12):02d} 2028"
                      if rng.random() > 0.1 else f"Exp {rng.randint(1, 12):02d}/2028",
                      "smallest_text_mm": rng.choice([0.7, 0.9, 1.0, 1.2, 1.5]),
                      "area_cm2": rng.choice([8, 30, 60, 96, 120])}
        p["permits"] = _permits_food(rng, code, scale, case)
        if rng.random() < 0.05:
            p["gi_claim"] = "Kopi Arabika Sembalun"
            p["gi_member"] = rng.random() < 0.5
    elif category == "ready_to_eat":
        p.update(name=rng.choice(RTE), kbli="56290",
                 ingredients=["ayam kampung", "cabai", "bawang putih", "terasi"], allergens=[])
        if p["name"] == "Babi Guling":        # not halal: no certificate, a notice at the booth
            p["halal_status"] = "non_halal"
            p["permits"] = []
        elif rng.random() < 0.3:
            p["permits"] = []
        else:
            p["permits"] = [
            {"type": "halal", "number": f"ID52{rng.randint(10**14, 10**15 - 1)}",
             "scheme": "regular" if rng.random() < 0.5 else "self_declare",
             "issued": _date(rng, dt.date(2021, 1, 1), 1800), "recipe_unchanged": True}]
    elif category == "textile":
        name = rng.choice(TEXTILE)
        cotton = rng.choice([60, 85, 100])
        p.update(name=f"{name} {regency}", kbli=rng.choice(["13121", "13122", "14111"]),
                 technique="handwoven" if rng.random() < 0.7 else "machine_woven",
                 origin={"village": rng.choice(["Sukarara", "Pringgasela", "Sade"]), "regency": regency},
                 fibres=[{"material": "cotton", "percent": cotton}] + (
                     [{"material": "polyester", "percent": 100 - cotton}] if cotton < 100 else []),
                 dimensions_cm=[200, 60], animal_derived=rng.random() < 0.05,
                 label={"language": "id", "elements": ["product_name", "producer_address",
                                                       "fibre_content", "care"],
                        "permanent": rng.random() < 0.8},
                 permits=[])
    elif category == "craft":
        name, item, materials, food_contact = rng.choice(CRAFT)
        p.update(name=f"{name} {i + 1}", kbli="32903", item_type=item, materials=materials,
                 food_contact=food_contact, animal_derived=False,
                 label={"language": "id", "elements": ["product_name", "producer_address"]},
                 permits=[])
        if food_contact and rng.random() < 0.6:
            p["documents"] = [{"type": "lead_free_declaration", "issued": dt.date(2026, 4, 2),
                               "by": "Balai Industri Mataram"}]
        if "kayu cendana" in materials and rng.random() < 0.5:
            p["documents"] = [{"type": "legal_origin", "by": "UD Kayu Legal Sumbawa",
                               "number": f"SVLK-{rng.randint(1, 9999):04d}"}]
        if item == "miniature" and rng.random() < 0.6:
            p["marks"] = ["MotoGP"]
            p["licences"] = [] if rng.random() < 0.5 else [{"mark": "MotoGP", "expires": dt.date(2027, 12, 31)}]
    else:
        p.update(name=f"{rng.choice(COSMETIC)} {rng.choice([50, 100, 250])} g", kbli="20232",
                 net_content={"amount": 50, "unit": "g"},
                 label={"language": "id", "elements": ["product_name", "ingredients", "net_content",
                                                       "producer_address", "permit_number"]},
                 permits=[] if rng.random() < 0.2 else [
                     {"type": "bpom_na", "number": f"NA18{rng.randint(10**8, 10**9 - 1)}",
                      "issued": dt.date(2025, 2, 10),
                      "expires": dt.date(2027, 2, 10) if rng.random() < 0.2 else dt.date(2030, 2, 10)}])
        if rng.random() < 0.3:                    # halal for cosmetics from 17 Oct 2026
            p["permits"].append({"type": "halal", "number": f"ID52{rng.randint(10**14, 10**15 - 1)}",
                                 "scheme": "regular", "issued": _date(rng, dt.date(2025, 1, 1), 600),
                                 "recipe_unchanged": True})
            p["label"]["halal_logo"] = "national"
    return p


def dossier(rng: random.Random, i: int) -> dict:
    regency, code, _ = rng.choices(REGENCIES, weights=[r[2] for r in REGENCIES])[0]
    scale = rng.choices(["micro", "small", "medium", "large"], weights=[60, 30, 8, 2])[0]
    main = _w(rng, CATEGORY_WEIGHTS)
    owner = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    products = []
    for j in range(rng.choices([1, 2, 3, 4], weights=[35, 35, 20, 10])[0]):
        cat = main if rng.random() < 0.8 else _w(rng, CATEGORY_WEIGHTS)
        products.append(_product(rng, cat, regency, code, scale, j))
    kbli = sorted({p["kbli"] for p in products if rng.random() > 0.05} or {products[0]["kbli"]})
    nib = f"{rng.randint(0, 9)}{rng.randint(10**11, 10**12 - 1)}" if rng.random() > 0.03 else "12AB-778"
    npwp = (f"{rng.randint(10**15, 10**16 - 1)}" if rng.random() > 0.25 else
            f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}."
            f"{rng.randint(0, 9)}-{rng.randint(100, 999)}.000")
    b: dict = {
        "name": f"{rng.choice(PREFIX)} {owner.split()[-1]} {regency} {i:05d}",
        "owner": {"name": owner}, "nib": nib, "nib_risk_based": rng.random() > 0.1,
        "scale": scale, "kbli": kbli,
        "address": {"street": f"Jl. Raya {regency} No. {rng.randint(1, 200)}",
                    "village": rng.choice(["Sembalun Lawang", "Sukarara", "Banyumulek", "Kuta",
                                           "Pringgasela", "Leneng", "Karang Pule"]),
                    "district": rng.choice(["Sembalun", "Jonggat", "Kediri", "Pujut", "Praya"]),
                    "regency": regency,
                    "province": "Nusa Tenggara Barat" if rng.random() > 0.02 else "Bali"},
        "contact": {"phone": rng.choice([f"+62 8{rng.randint(11, 59)} {rng.randint(1000, 9999)} "
                                         f"{rng.randint(1000, 9999)}",
                                         f"08{rng.randint(1000000000, 9999999999)}", "0812"])},
        "trademark": {"status": rng.choices(["registered", "filed", "none"], weights=[25, 25, 50])[0]},
    }
    if rng.random() > 0.1:
        b["npwp"] = npwp
    if rng.random() > 0.15:
        b["payments"] = {"qris_nmid": f"ID{rng.randint(10**12, 10**13 - 1)}", "cash": True}
    cur = []
    if rng.random() < 0.8:
        cur.append({"by": f"Dinas Koperasi dan UKM {regency}", "kind": "government",
                    "date": _date(rng, dt.date(2024, 6, 1), 900), "result": "passed"})
    if rng.random() < 0.6:
        cur.append({"by": "Mandalika Grand Prix Association (MGPA)", "kind": "organizer",
                    "date": _date(rng, dt.date(2026, 1, 1), 330), "result": "passed"})
    if cur:
        b["curation"] = cur
    docs = []
    if rng.random() < 0.7:
        docs.append({"type": "pkp", "holder": owner, "issued": _date(rng, dt.date(2019, 1, 1), 2000)})
    if any(p["category"] == "ready_to_eat" for p in products) and rng.random() < 0.7:
        issued = _date(rng, dt.date(2023, 1, 1), 1000)
        docs.append({"type": "slhs", "number": f"SLHS/{code}/DINKES/{issued.year}/{rng.randint(1, 999):03d}",
                     "issued": issued, "expires": _years(issued, 3)})
    if docs:
        b["documents"] = docs
    b["declarations"] = {"no_hazardous_additives": rng.random() > 0.1,
                         "no_subsidised_lpg": rng.random() > 0.3}
    if any(p.get("halal_status") == "non_halal" and p["category"] == "ready_to_eat" for p in products):
        b["declarations"]["non_halal_signage"] = rng.random() < 0.6
    return {"format": "readiness-dossier/1", "business": b, "products": products}


def generate(outdir: str | Path, n: int = 20000, seed: int = 2027) -> list[Path]:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        rng = random.Random(f"{seed}:{i}")       # per-file seed: the first n are the same files
        d = dossier(rng, i)
        p = out / f"{i // 1000:02d}" / f"ikm-{i:05d}.yaml"
        p.parent.mkdir(exist_ok=True)
        if not p.exists():
            p.write_text(yaml.dump(d, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False),
                         encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=2027)
    a = ap.parse_args()
    paths = generate(a.outdir, a.n, a.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} dossiers, {size / len(paths) / 1024:.1f} KiB each on average -> {a.outdir}")


if __name__ == "__main__":
    main()
