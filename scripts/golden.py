"""The outputs that must not change while the house is rebuilt (issue 24: "results.jsonl
byte-identical on the shared examples and a generated province"): a digest of each, written
from one checkout and compared in another (tests/test_golden.py).

    python scripts/golden.py            # print the digests of this checkout
    python scripts/golden.py --write    # write them to tests/fixtures/golden.json

What is digested, all as of 2026-11-27 against the current edition:
- per example dossier and language: `check --format json` (the full result), its compact line,
  the text, short and HTML renderings;
- `readiness batch --no-pdf` of the example dossiers with the registration form's CSV, and of a
  generated province (benchmarks/gen_province.py, 60 dossiers): results.jsonl and summary.csv,
  in Indonesian and English.

A change that is meant to change an output regenerates the file on main's code first (check
out main, `--write`) and says so in its commit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "fixtures" / "golden.json"
AS_OF = "2026-11-27"
PROVINCE = 60


def _sha(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def checks() -> dict[str, str]:
    """Digests of every rendering of each example dossier, in both languages."""
    sys.path.insert(0, str(ROOT))
    from readiness.api import check_path, load_standard
    from readiness.render.documents import render_html
    from readiness.render.short import render_short
    from readiness.render.text import render_text

    rs = load_standard(None)
    out = {}
    for path in sorted((ROOT / "examples" / "dossiers").glob("*.yaml")):
        for lang in ("id", "en"):
            res = check_path(path, rs, as_of=dt.date.fromisoformat(AS_OF), lang=lang)
            key = f"{path.stem}.{lang}"
            out[f"{key}.json"] = _sha(res.to_json())
            out[f"{key}.line"] = _sha(res.to_json(indent=None))
            d = res.to_dict()
            out[f"{key}.text"] = _sha(render_text(d))
            out[f"{key}.short"] = _sha(render_short(d))
            out[f"{key}.html"] = _sha(render_html(d))
    return out


def _province(folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("gen_province", ROOT / "benchmarks" / "gen_province.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.generate(folder, n=PROVINCE)
    return folder


def batches() -> dict[str, str]:
    """Digests of results.jsonl and summary.csv of two batches, in both languages."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        runs = {"examples": [str(ROOT / "examples" / "dossiers"),
                             str(ROOT / "examples" / "registrations-form-export.csv")],
                "province": [str(_province(tmp / "province"))]}
        env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp / "data"),
                   XDG_CONFIG_HOME=str(tmp / "config"), READINESS_DATABASE_URL="")
        env.pop("READINESS_DATABASE_URL")
        for name, inputs in runs.items():
            for lang in ("id", "en"):
                dest = tmp / f"{name}-{lang}"
                subprocess.run([sys.executable, "-m", "readiness", "batch", *inputs, "-o", str(dest),
                                "--no-pdf", "--jobs", "1", "--lang", lang, "--as-of", AS_OF],
                               cwd=tmp, env=env, capture_output=True, check=False)
                for f in ("results.jsonl", "summary.csv"):
                    p = dest / f
                    out[f"batch.{name}.{lang}.{f}"] = _sha(p.read_bytes()) if p.exists() else "absent"
    return out


def digests() -> dict[str, str]:
    return {**checks(), **batches()}


def main() -> None:
    got = digests()
    if "--write" in sys.argv[1:]:
        GOLDEN.write_text(json.dumps(got, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(got)} digests to {GOLDEN.relative_to(ROOT)}")
    else:
        print(json.dumps(got, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
