"""How many of our modules the two main data paths cross (issue 24's closing figure):

1. `readiness check DOSSIER --format pdf` (a certified dossier: checked, numbered in the
   register, rendered, signed), in a fresh process, from the command line to the signed file;
2. a `/periksa` post to its answer page: the owner's last step posted, the draft checked and
   the answer page (her plan) served, measured from the POST to the page, in-process through
   FastAPI's TestClient (the steps before it are filled first, untraced).

A module is *crossed* when one of its functions runs on the path (module bodies run at import
do not count); *loaded* counts every module of ours imported by the end. Each path runs in its
own process so nothing is warm from the other.

    python scripts/data_paths.py [--root CHECKOUT] [--list]

`--root` measures another checkout (e.g. `git worktree add /tmp/before <commit>`), so the
figures before and after a change come from the same script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import house

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dossiers"
STANDARD = "mandalika-motogp@2027.3"
AS_OF = "2026-11-27"


def _tracer(root: Path):
    """(start, stop, crossed) for a profile hook that notes which of our modules run."""
    import threading

    pkg = str(root / "readiness") + os.sep
    crossed: set[str] = set()
    on = [False]

    def hook(frame, event, arg):
        if on[0] and event == "call":
            code = frame.f_code
            if (code.co_name != "<module>" and code.co_filename.startswith(pkg)
                    and code.co_filename.endswith(".py")):
                crossed.add(code.co_filename)

    sys.setprofile(hook)
    threading.setprofile(hook)

    def start():
        on[0] = True

    def stop():
        on[0] = False
        sys.setprofile(None)
        threading.setprofile(None)

    return start, stop, crossed


def _names(root: Path, files) -> list[str]:
    out = []
    for f in files:
        rel = Path(f).relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out.append(".".join(parts))
    return sorted(out)


def _loaded(root: Path) -> list[str]:
    pkg = root / "readiness"
    return sorted(name for name, m in list(sys.modules.items())
                  if name.split(".")[0] == "readiness" and getattr(m, "__file__", None)
                  and Path(m.__file__).resolve().is_relative_to(pkg.resolve()))


def child_check(root: Path, work: Path) -> dict:
    """Path 1, inside the child process."""
    from readiness.cli import main

    dossier = root / "examples" / "dossiers" / "tenun-sukarara.yaml"
    if not dossier.exists():
        dossier = EXAMPLES / "tenun-sukarara.yaml"
    start, stop, crossed = _tracer(root)
    start()
    try:
        main(["check", str(dossier), "--standard", STANDARD, "--as-of", AS_OF, "--format", "pdf",
              "-o", str(work / "tenun.pdf")])
    except SystemExit as e:
        assert e.code in (0, 1), e.code
    finally:
        stop()
    assert (work / "tenun.pdf").stat().st_size > 10_000
    return {"crossed": _names(root, crossed), "loaded": _loaded(root)}


def child_periksa(root: Path, work: Path) -> dict:
    """Path 2, inside the child process."""
    import re

    start, stop, crossed = _tracer(root)     # before the TestClient's thread exists
    from fastapi.testclient import TestClient

    from readiness.web.app import create_app
    from readiness.web.settings import Settings

    def hidden(html, name):
        return re.search(rf'name="{name}" value="([^"]*)"', html)[1]

    def post(c, step, page, data):
        form = {"csrf": hidden(page, "csrf"), "draft": hidden(page, "draft"), "go": "next", **data}
        return c.post(f"/periksa/{step}", data=form)

    app = create_app(Settings(database_url=f"sqlite:///{work}/register.sqlite3", data_dir=work / "data"))
    with TestClient(app) as c:
        r = c.get("/periksa")
        r = post(c, "usaha", r.text, {"business.name": "UD Sari", "business.nib": "9120301234567",
                                      "business.address.regency": "Lombok Tengah",
                                      "business.owner.name": "Sari"})
        r = post(c, "produk", r.text, {"n": "1", "p0.product.name": "Keripik", "p0.product.category":
                                       "packaged_food", "p0.product.channels": ["event", "hotel"]})
        r = post(c, "rincian", r.text, {"business.scale": "micro"})
        start()
        try:
            r = post(c, "p0", r.text, {"product.price_idr": "Rp 15.000"})
        finally:
            stop()
        assert r.status_code == 200 and "kirim" in r.text, r.status_code
    return {"crossed": _names(root, crossed), "loaded": _loaded(root)}


def run(path: str, root: Path) -> dict:
    """One path in a fresh process on the checkout at ROOT."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONPATH=str(root), XDG_CONFIG_HOME=f"{tmp}/config",
                   XDG_DATA_HOME=f"{tmp}/data", READINESS_DATABASE_URL=f"sqlite:///{tmp}/register.sqlite3",
                   READINESS_LANG="id")
        if path == "check":
            subprocess.run([sys.executable, "-m", "readiness", "keys", "init", "--office", "Dinas Uji",
                            "--signatory", "Uji", "--nip", "197503122000032004", "--position", "Uji",
                            "--place", "Mataram", "--base-url", "http://127.0.0.1:8000"],
                           env=env, cwd=root, check=True, capture_output=True)
        out = subprocess.run([sys.executable, __file__, "--child", path, "--root", str(root),
                              "--work", tmp], env=env, cwd=root, capture_output=True, text=True)
        if out.returncode:
            sys.exit(f"{path}: the child failed:\n{out.stderr}")
        return json.loads(out.stdout.splitlines()[-1])


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--list", action="store_true", help="name the modules crossed")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    root = args.root.resolve()
    if args.root.resolve() != ROOT:
        house.MODULES.update({m: (f, "") for m, f in house.BEFORE.items()})
    if args.child:
        got = (child_check if args.child == "check" else child_periksa)(root, args.work)
        print(json.dumps(got))
        return
    for path, title in (("check", "check --format pdf"), ("periksa", "/periksa post -> answer page")):
        got = run(path, root)
        rooms = {".".join(n.split(".")[:2]) for n in got["crossed"]}
        floors = Counter(house.floor_of(n) for n in got["crossed"])
        print(f"{title}: crosses {len(got['crossed'])} modules in {len(rooms)} rooms "
              f"(top-level modules and packages); loaded {len(got['loaded'])}")
        print("  by floor: " + ", ".join(f"{f} {floors[f]}" for f in house.FLOORS if floors[f])
              + (f", on no floor {floors[None]}" if floors[None] else ""))
        if args.list:
            print("  " + " ".join(n.removeprefix("readiness.") for n in got["crossed"]))


if __name__ == "__main__":
    main(sys.argv[1:])
