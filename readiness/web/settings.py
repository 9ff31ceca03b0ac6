"""Settings of the web application (readiness serve): from options, the environment and the
office's configuration."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

SECRET_FILE = "web-secret"


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None      # None: READINESS_DATABASE_URL, else the SQLite file
    base_url: str = ""                   # the public address; "" = the office's base_url
    data_dir: Path | None = None         # None: $XDG_DATA_HOME/readiness
    lang: str = "id"                     # the pages' language unless ?lang=en
    secret_key: str = field(default="", repr=False)   # signs sessions and CSRF tokens (later)
    config_dir: Path | None = None       # the office's settings (name, logo, base URL)
    limits: object = None                # readiness.web.limits.Limits; None: the defaults

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        """READINESS_DATABASE_URL, READINESS_BASE_URL, READINESS_LANG, READINESS_SECRET_KEY,
        then the given overrides (None values are ignored)."""
        env = {
            "database_url": os.environ.get("READINESS_DATABASE_URL") or None,
            "base_url": os.environ.get("READINESS_BASE_URL", ""),
            "lang": "en" if os.environ.get("READINESS_LANG") == "en" else "id",
            "secret_key": os.environ.get("READINESS_SECRET_KEY", ""),
        }
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)

    def resolved(self) -> Settings:
        """Defaults filled in: the data folder, the office's base URL, a secret key kept in the
        data folder (made once, mode 0600)."""
        from readiness.office import Office
        from readiness.register.store import data_dir

        from readiness.files import private_dir

        d = private_dir(Path(self.data_dir) if self.data_dir else data_dir())  # uploads, results
        base = self.base_url or Office.load(self.config_dir).base_url
        key = self.secret_key or _secret(d)
        lang = self.lang if self.lang in ("id", "en") else "id"
        return replace(self, data_dir=d, base_url=base.rstrip("/"), secret_key=key, lang=lang)


def _secret(folder: Path) -> str:
    path = folder / SECRET_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    folder.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    tmp = folder / f".{SECRET_FILE}.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(key)
    try:
        os.link(tmp, path)           # the first of several starting workers wins
    except FileExistsError:
        key = path.read_text(encoding="ascii").strip()
    finally:
        tmp.unlink(missing_ok=True)
    return key
