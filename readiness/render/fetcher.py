"""A URL fetcher for WeasyPrint that serves the packaged assets and nothing else.

WeasyPrint's default fetcher reads any local file and follows any URL: a
`<link rel=attachment href=file:///etc/passwd>` attaches the file to the PDF, `<img src=http://..>`
makes a network request. `URLFetcher(allowed_protocols={'file'})` is not a sandbox either.

`AssetFetcher` preloads every file under `readiness/render/assets/` into memory once and answers
only for `file://` URLs that resolve (symlinks and `..` resolved) to one of those files. Anything
else (other paths, http, https, ftp, data:, unknown schemes) raises `ValueError`, which
WeasyPrint turns into a logged warning and a missing resource: nothing is read, nothing is
fetched. Every refusal is also remembered in `refused` (bounded) for tests and `doctor`.

`add_asset(name, data)` adds a file held in memory under the assets folder (the office's logo,
read once from the config directory, served as `office/logo.png`): the document refers to it
like any packaged asset; nothing is read from the disk when the document is rendered.

In WeasyPrint 70 a fetcher must subclass `URLFetcher` and return a `URLFetcherResponse`.
"""

from __future__ import annotations

import mimetypes
import threading
from collections import deque
from pathlib import Path
from urllib.parse import unquote, urlsplit

ASSETS_DIR = (Path(__file__).parent / "assets").resolve()

_TYPES = {
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
    ".css": "text/css",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".jpg": "image/jpeg",
}


def assets_base_url() -> str:
    """The base URL documents are rendered against (a trailing slash so relative URLs join)."""
    return ASSETS_DIR.as_uri() + "/"


def _load_assets(root: Path) -> dict[Path, bytes]:
    files: dict[Path, bytes] = {}
    for p in root.rglob("*"):
        if p.is_file() and not p.name.startswith("."):
            rp = p.resolve()
            if rp.is_relative_to(root):  # a symlink pointing outside is not an asset
                files[rp] = rp.read_bytes()
    return files


def _make_fetcher_class():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AssetFetcher(URLFetcher):
        """Serves packaged assets from memory; refuses every other URL."""

        def __init__(self, root: Path = ASSETS_DIR):
            # No handlers at all: even if something called the opener, nothing could be opened.
            super().__init__(timeout=1, allowed_protocols={"file"}, allow_redirects=False)
            self.handlers = []
            self.handle_open = {}
            self.root = Path(root).resolve()
            self._files = _load_assets(self.root)
            self._lock = threading.Lock()
            self.refused: deque[str] = deque(maxlen=100)

        def add_asset(self, name: str, data: bytes) -> str:
            """Serve `data` as ASSETS/name (a plain relative name); returns that name."""
            path = (self.root / name).resolve()
            if not path.is_relative_to(self.root) or ".." in Path(name).parts:
                raise ValueError(f"not an asset name: {name!r}")
            with self._lock:
                self._files[path] = bytes(data)
            return name

        def _refuse(self, url: str, why: str):
            with self._lock:
                self.refused.append(url[:200])
            raise ValueError(f"readiness: refused to fetch {url[:120]!r}: {why}")

        def fetch(self, url, headers=None):
            if not isinstance(url, str):
                self._refuse(repr(url), "not a string")
            parts = urlsplit(url)
            if parts.scheme.lower() != "file":
                self._refuse(url, "only packaged assets are served")
            if parts.netloc not in ("", "localhost"):
                self._refuse(url, "remote file URL")
            try:
                path = Path(unquote(parts.path)).resolve()
            except (OSError, ValueError):
                self._refuse(url, "bad path")
            body = self._files.get(path)
            if body is None:
                self._refuse(url, "outside the packaged assets")
            ctype = _TYPES.get(path.suffix.lower()) or (
                mimetypes.guess_type(path.name)[0] or "application/octet-stream")
            return URLFetcherResponse(path.as_uri(), body, {"Content-Type": ctype}, 200)

        def open(self, url, data=None, timeout=None):  # never used as a urllib opener
            return self.fetch(getattr(url, "full_url", url))

        def __call__(self, url):
            return self.fetch(url)

    return AssetFetcher


_CLASS = None


def make_fetcher(root: Path = ASSETS_DIR):
    """A new `AssetFetcher` (the class is built lazily so importing this module is cheap)."""
    global _CLASS
    if _CLASS is None:
        _CLASS = _make_fetcher_class()
    return _CLASS(root)
