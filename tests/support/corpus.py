"""The adversary's corpus of bad files (for dossiers and rule sets) and what a clean failure
is: exit 2, one message naming the file, no traceback."""

from tests.support.paths import ROOT

GOOD_DOSSIER = (ROOT / "examples/dossiers/kopi-sembalun.yaml").read_text()
GOOD_STANDARD = 'format: readiness-standard/1\nid: my-std\nversion: "2027.1"\nextends: mandalika-motogp@2027.1\n'

BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
    f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n" for i in range(8))


def corpus(good: str) -> dict[str, tuple[bytes, list[str]]]:
    lines = good.splitlines(keepends=True)
    return {
        "syntax": ((good + "  : [\n").encode(), ["syntax"]),
        "empty": (b"", ["empty"]),
        "not_mapping": (b"- a\n- b\n", ["mapping"]),
        "duplicate_key": (("".join(lines[:4]) + lines[3] + "".join(lines[4:])).encode(), ["duplicate"]),
        "alias_bomb": (BOMB.encode(), ["alias"]),
        "oversized": (good.encode() + b"#" * (5 * 1024 * 1024), ["too large"]),
        "deep": (("format: x\nk: " + "[" * 200 + "]" * 200 + "\n").encode(), ["deep"]),
        "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ["UTF-8"]),
        "latin1": ((good + "# catatan: Sémbalun\n").encode("latin-1", "replace"), ["UTF-8"]),
        "utf16": (good.encode("utf-16-le"), ["UTF-8"]),
        "python_tag": (b"format: !!python/object:os.system {}\n", ["tag"]),
    }


def assert_clean_failure(p, name: str, needles: list[str]):
    assert p.code == 2, (p.code, p.err[-500:])
    assert "Traceback" not in p.err
    err = p.err.strip()
    assert name in err, err
    assert len(err.splitlines()) <= 5
    assert any(n.lower() in err.lower() for n in needles), err
