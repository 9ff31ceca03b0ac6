"""Cost of safe loading against bare PyYAML.

Compares `readiness.load.load_data` (C composer + our checking constructor) with
`yaml.load(text, Loader=yaml.CSafeLoader)` on the example dossiers and on a ~9 KiB dossier made
by repeating the products of kopi-sembalun.yaml; prints both times and the ratio measured in
this run (target: <= 1.3x on the 9 KiB dossier). Also times the refusal of an alias bomb.

    .venv/bin/python benchmarks/bench_io.py [--repeat N]
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
import time

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from readiness import load as loader  # noqa: E402

BARE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def nine_kib_dossier() -> bytes:
    """kopi-sembalun.yaml with its product list repeated until the file is ~9 KiB."""
    with open(os.path.join(ROOT, "examples/dossiers/kopi-sembalun.yaml"), encoding="utf-8") as f:
        text = f.read()
    head, sep, products = text.partition("\nproducts:\n")
    assert sep, "kopi-sembalun.yaml has no products list"
    body = products
    while len((head + sep + body).encode()) < 9 * 1024:
        body += products
    return (head + sep + body).encode("utf-8")


def best_of(fn, repeat: int, number: int) -> float:
    """Best per-call time in seconds over `repeat` rounds of `number` calls."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - t0) / number)
    return best


def compare(label: str, raw: bytes, repeat: int) -> float:
    text = raw.decode("utf-8")
    number = max(20, int(200_000 / max(len(raw), 1)))
    bare = best_of(lambda: yaml.load(text, Loader=BARE), repeat, number)
    ours = best_of(lambda: loader.load_data(raw, name="bench.yaml"), repeat, number)
    ratio = ours / bare
    print(f"{label:34s} {len(raw):6d} B  bare {bare * 1e3:7.3f} ms  ours {ours * 1e3:7.3f} ms"
          f"  ratio {ratio:5.2f}x")
    return ratio


def alias_bomb() -> bytes:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def wide_bomb() -> bytes:
    """Few aliases (2 per level, 24 levels = 48 < max_aliases) but 2**24 expanded values."""
    lines = ["l0: &l0 [x, x]"] + [f"l{i}: &l{i} [*l{i - 1}, *l{i - 1}]" for i in range(1, 25)]
    return ("\n".join(lines) + "\n").encode()


def time_refusal(label: str, raw: bytes) -> None:
    t0 = time.perf_counter()
    try:
        loader.load_data(raw, name=f"{label}.yaml")
    except loader.InputError as e:
        dt = time.perf_counter() - t0
        print(f"{label:34s} refused in {dt * 1e3:.2f} ms: {e.one_line()}")
    else:
        raise SystemExit(f"{label} was not refused")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    print(f"libyaml C loader: {loader.C_LOADER}")
    for path in sorted(glob.glob(os.path.join(ROOT, "examples/dossiers/*.yaml"))):
        with open(path, "rb") as f:
            compare(os.path.basename(path), f.read(), args.repeat)
    ratio = compare("kopi-sembalun x N (~9 KiB)", nine_kib_dossier(), args.repeat)
    print(f"ratio on the ~9 KiB dossier: {ratio:.2f}x (target <= 1.30x)")
    time_refusal("billion-laughs", alias_bomb())
    time_refusal("wide-bomb-48-aliases", wide_bomb())


if __name__ == "__main__":
    main()
