"""`readiness doctor`: what the rendering path has and lacks, with a hint for each missing
piece (WeasyPrint, Pango, HarfBuzz subsetting, the YAML C loader, fonts, the signing key)."""

from __future__ import annotations

from readiness.render.fetcher import ASSETS_DIR
from readiness.office import config_dir, key_files


def harfbuzz_subset_available() -> bool:
    """True when libharfbuzz-subset (used by WeasyPrint 70 to subset fonts fast) loads."""
    import ctypes
    import ctypes.util

    names = ["libharfbuzz-subset.so.0", "libharfbuzz-subset.0.dylib", "libharfbuzz-subset-0.dll"]
    found = ctypes.util.find_library("harfbuzz-subset")
    if found:
        names.insert(0, found)
    for n in names:
        try:
            lib = ctypes.CDLL(n)
            _ = lib.hb_subset_or_fail  # the symbol is there (AttributeError if not)
            return True
        except (OSError, AttributeError):
            continue
    return False


def diagnose() -> list[tuple[bool, str, str, str]]:
    """(ok, what, value, hint) for each piece of the rendering path."""
    rows = []
    try:
        import weasyprint

        rows.append((weasyprint.__version__.split(".")[0] == "70", "WeasyPrint",
                     weasyprint.__version__, "readiness is tested with WeasyPrint 70: "
                     "pip install 'weasyprint>=70,<71'"))
    except Exception as e:  # noqa: BLE001
        rows.append((False, "WeasyPrint", f"cannot import ({e})",
                     "pip install 'weasyprint>=70,<71' and the Pango library (apt-get install "
                     "libpango-1.0-0 libpangoft2-1.0-0)"))
        weasyprint = None
    if weasyprint is not None:
        try:
            from weasyprint.text.ffi import pango

            n = int(pango.pango_version())
            v = f"{n // 10000}.{n // 100 % 100}.{n % 100}"
            rows.append((n >= 14400, "Pango", v, "WeasyPrint needs Pango >= 1.44"))
        except Exception as e:  # noqa: BLE001
            rows.append((False, "Pango", f"unknown ({e})", "apt-get install libpango-1.0-0"))
    hb = harfbuzz_subset_available()
    rows.append((hb, "HarfBuzz font subsetting", "available" if hb else
                 "missing (WeasyPrint falls back to fontTools: ~3x slower PDFs)",
                 "apt-get install libharfbuzz-subset0 (Debian/Ubuntu) or your system's "
                 "harfbuzz package with libharfbuzz-subset"))
    try:
        import yaml

        c = hasattr(yaml, "CSafeLoader")
        rows.append((c, "YAML C loader (CSafeLoader)", "available" if c else "missing (pure "
                     "Python loader: ~8x slower dossier parsing)",
                     "pip install --force-reinstall pyyaml (the PyPI wheels include libyaml)"))
    except ImportError:
        rows.append((False, "PyYAML", "not installed", "pip install pyyaml"))
    fonts = sorted(p.name for p in (ASSETS_DIR / "fonts").glob("*.ttf"))
    rows.append((bool(fonts), "Fonts (packaged, used for every document)",
                 ", ".join(fonts) or "none", "reinstall readiness: the package fonts are missing"))
    for mod, hint in (("segno", "pip install segno (QR codes)"),
                      ("cryptography", "pip install cryptography (signatures)"),
                      ("pypdf", "pip install pypdf (readiness verify)"),
                      ("babel", "pip install babel (dates and money)")):
        try:
            m = __import__(mod)
            rows.append((True, mod, getattr(m, "__version__", "installed"), ""))
        except ImportError:
            rows.append((False, mod, "not installed", hint))
    kf = key_files()
    rows.append((kf is not None, "Office signing key (PAdES)", str(kf.cert) if kf else
                 f"none in {config_dir()} (certificates cannot be issued, only drafts)",
                 "readiness keys init (a trial key) or readiness keys import OFFICE.p12"))
    return rows
