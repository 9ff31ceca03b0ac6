"""The rendering machinery: one `Renderer` per process holding what is costly to build and must
be shared (WeasyPrint measured here: a FontConfiguration per render leaks ~21 MiB per 100
documents and renders ~25% slower):

- one `FontConfiguration` (the packaged DejaVu fonts are loaded through `@font-face`),
- the print stylesheets parsed once per document kind and language,
- one Jinja2 `Environment(autoescape=True)` with the templates compiled once,
- one `AssetFetcher` that serves packaged assets only.

`Renderer.get()` returns the process-wide instance (create it lazily, reuse it for batches).
WeasyPrint's own warnings are logged through the `readiness.render` logger (WeasyPrint's logger
has only a NullHandler, so its warnings, e.g. the fontTools fallback, would be invisible).
"""

from __future__ import annotations


import datetime as _dt
import logging
import re
import threading
from pathlib import Path

from readiness.render import format as fmt
from readiness.words import capfirst, label, t
from readiness.render.fetcher import ASSETS_DIR, assets_base_url, make_fetcher

TEMPLATES_DIR = Path(__file__).parent / "templates"
_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}\s*")
LOG = logging.getLogger("readiness.render")

DOCS = {
    "certificate": ("certificate.html.j2", "certificate.css"),
    "gap-report": ("gap_report.html.j2", "gap_report.css"),
}
PDF_VARIANT = "pdf/a-3b"

_lock = threading.Lock()
_instance: Renderer | None = None


class _ForwardWarnings(logging.Handler):
    """Forwards WeasyPrint's warnings and errors to our logger and remembers the last few."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.recent: list[str] = []

    def emit(self, record):
        msg = record.getMessage()
        self.recent.append(msg)
        del self.recent[:-50]
        LOG.warning("weasyprint: %s", msg)


_forwarder: _ForwardWarnings | None = None


def install_weasyprint_logging() -> _ForwardWarnings:
    global _forwarder
    if _forwarder is None:
        _forwarder = _ForwardWarnings()
        wl = logging.getLogger("weasyprint")
        wl.addHandler(_forwarder)
        wl.propagate = False  # forwarded once, through readiness.render
        if wl.level == logging.NOTSET or wl.level > logging.WARNING:
            wl.setLevel(logging.WARNING)
    return _forwarder


def page_css(kind: str, lang: str) -> str:
    """The language-dependent bits of the page (the page counter wording)."""
    L = fmt.labels(lang)
    if kind == "gap-report":
        return ('@page { @bottom-right { content: "%s " counter(page) " %s " counter(pages); } }'
                % (L["page"], L["of"]))
    return ""


# A standalone page read on a screen (a phone, a browser) has no @page margins: give the
# text room at the edges and a readable line length; print keeps the page's own margins.
_SCREEN_CSS = """
@media screen {
  html { font-size: 15px; }
  body { max-width: 52rem; margin: 0 auto; padding: 12px 14px 32px; box-sizing: border-box; }
}
"""


class Renderer:
    """Process-wide rendering state; use `Renderer.get()`. Render one document at a time per
    process (WeasyPrint is not known to be thread-safe with a shared FontConfiguration); for
    parallelism use processes, each with its own Renderer and its own TMPDIR."""

    def __init__(self):
        import jinja2

        self.base_url = assets_base_url()
        self._logo: tuple | None = None
        self._weasy: tuple | None = None     # (fetcher, FontConfiguration, stylesheets), on first PDF
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
            autoescape=True,  # select_autoescape() would not escape *.html.j2
            undefined=jinja2.StrictUndefined,
            trim_blocks=True, lstrip_blocks=True,
        )
        self.env.filters.update({
            "date": fmt.fmt_date, "score": fmt.fmt_score, "money": fmt.fmt_money,
            "gain": fmt.fmt_gain, "capfirst": capfirst,
        })
        # the one catalogue, for templates: {{ t("doc.cert_title", lang) }},
        # {{ label("verdict", v, lang) }}
        self.env.globals.update({"t": t, "label": label})
        self.templates = {k: self.env.get_template(t) for k, (t, _) in DOCS.items()}
        self.css_text = {k: (TEMPLATES_DIR / c).read_text(encoding="utf-8")
                         for k, (_, c) in DOCS.items()}
        self.base_css = (TEMPLATES_DIR / "base.css").read_text(encoding="utf-8")

    def weasyprint(self) -> tuple:
        """WeasyPrint's part (its import alone is ~1 s): the fetcher, the FontConfiguration and
        the stylesheets parsed once per document kind and language, made on the first PDF, so
        that a process writing only HTML pages never imports it."""
        if self._weasy is None:
            from weasyprint import CSS
            from weasyprint.text.fonts import FontConfiguration

            install_weasyprint_logging()
            fetcher = make_fetcher(ASSETS_DIR)
            font_config = FontConfiguration()
            stylesheets = {}
            for kind in DOCS:
                for lang in fmt.LANGS:
                    texts = [self.base_css, self.css_text[kind], page_css(kind, lang)]
                    stylesheets[(kind, lang)] = [
                        CSS(string=s, base_url=self.base_url, url_fetcher=fetcher,
                            font_config=font_config) for s in texts if s]
            self._weasy = (fetcher, font_config, stylesheets)
        return self._weasy

    @property
    def fetcher(self):
        return self.weasyprint()[0]

    @property
    def font_config(self):
        return self.weasyprint()[1]

    @property
    def stylesheets(self) -> dict:
        return self.weasyprint()[2]

    @classmethod
    def get(cls) -> Renderer:
        global _instance
        if _instance is None:
            with _lock:
                if _instance is None:
                    _instance = cls()
                    _register_cleanup(_instance)
        return _instance

    def close(self) -> None:
        """Remove the temporary folder where WeasyPrint copies @font-face fonts (it is removed
        only when the FontConfiguration is destroyed, which may never happen at exit)."""
        import shutil

        if self._weasy is None:          # WeasyPrint never loaded: no folder to remove
            return
        folder = getattr(self.font_config, "_folder", None)
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
            # done here, so WeasyPrint's __del__ has nothing left to do at interpreter exit
            # (when it runs after `shutil` is torn down it prints an ignored TypeError)
            self.font_config._folder = None

    def office_logo(self, data: bytes | None) -> str | None:
        """Serve the office's logo (PNG or JPEG bytes) to the documents; returns the relative
        URL a template uses, or None without a logo."""
        if not data:
            return None
        name = "office/logo." + ("png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "jpg")
        if self._logo != (name, len(data), hash(data)):
            self.fetcher.add_asset(name, data)
            self._logo = (name, len(data), hash(data))
        return name

    # -- HTML ---------------------------------------------------------------------------------

    def html(self, kind: str, context: dict, *, standalone: bool = False) -> str:
        """The document's HTML. `standalone` inlines the stylesheets (for --format html); for
        PDF the pre-parsed stylesheets are passed to WeasyPrint instead."""
        css = ""
        if standalone:   # a page on its own fetches nothing: the fonts are the reader's
            css = (_FONT_FACE.sub("", self.base_css) + "\n" + self.css_text[kind] + "\n"
                   + page_css(kind, context["lang"]) + _SCREEN_CSS)
        return self.templates[kind].render(**context, inline_css=css, standalone=standalone)

    # -- PDF ----------------------------------------------------------------------------------

    def pdf(self, kind: str, context: dict, *, attachments: list[tuple[str, bytes, str]] = (),
            when: _dt.datetime | None = None, one_page: bool = False) -> bytes:
        """Render to PDF/A-3b bytes. `attachments`: (name, bytes, description). With `one_page`,
        the layout is tightened (context["density"] 1, 2) until it fits one page."""
        from weasyprint import HTML, Attachment

        when = when or _dt.datetime.now()
        atts = [Attachment(string=data, name=name, description=desc, created=when,
                           modified=when, relationship="Data" if name.endswith(".json")
                           else "Supplement", url_fetcher=self.fetcher)
                for name, data, desc in attachments]
        options = dict(pdf_variant=PDF_VARIANT, attachments=atts, custom_metadata=True,
                       stylesheets=self.stylesheets[(kind, context["lang"])])
        densities = (0, 1, 2, 3) if one_page else (0,)
        if one_page:  # start near the density the amount of content needs (saves re-layouts)
            densities = densities[min(int(context.get("density_hint", 0)), 3):]
        doc = None
        for density in densities:
            context = {**context, "density": density}
            html = HTML(string=self.html(kind, context), base_url=self.base_url,
                        url_fetcher=self.fetcher)
            doc = html.render(font_config=self.font_config, **options)
            if len(doc.pages) <= 1:
                break
        if one_page and len(doc.pages) > 1:
            LOG.warning("the %s takes %d pages even in the densest layout", kind, len(doc.pages))
        out = {k: v for k, v in options.items() if k != "stylesheets"}
        return doc.write_pdf(**out)

    def bare_pdf(self, html: str) -> bytes:
        """A bare WeasyPrint render of finished HTML (benchmark baseline: WeasyPrint defaults, a
        FontConfiguration per render, stylesheets parsed from the HTML)."""
        from weasyprint import HTML

        return HTML(string=html, base_url=self.base_url, url_fetcher=self.fetcher).write_pdf()


def bare_pdf(html: str) -> bytes:
    """`Renderer.get().bare_pdf(html)` as a module-level function (readiness.render.service
    sends it to the rendering process by name)."""
    return Renderer.get().bare_pdf(html)


def _register_cleanup(renderer: Renderer) -> None:
    import atexit

    atexit.register(renderer.close)
    try:  # multiprocessing workers skip atexit but run these finalizers when they exit normally
        from multiprocessing import util

        util.Finalize(renderer, renderer.close, exitpriority=10)
    except Exception:  # noqa: BLE001
        pass
