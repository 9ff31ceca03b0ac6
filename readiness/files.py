"""Files: read only what is a regular file, write all or nothing, name files safely.

- `open_regular(path)`: bytes of a regular file, refusing FIFOs, sockets and devices (checked
  on the open descriptor, so the file cannot be swapped between check and use).
- `atomic_writer(path, mode)` / `atomic_write(path, data)`: a temporary file beside the target,
  flushed, fsynced and renamed over it; on any error the target is untouched.
- `safe_relative_path(base, ref)`: a file a dossier names, kept inside its folder;
  `safe_filename(text)`, `unique_filename(name, taken)`: portable output names.

Bad input is an `InputError` naming the file. (Split from readiness/io.py; reading YAML/JSON
under limits is readiness.load.)
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path
from typing import IO
from collections.abc import Iterator

from readiness.errors import InputError
from readiness.words import Msg

__all__ = ["open_regular", "atomic_write", "atomic_writer", "safe_relative_path", "safe_filename",
           "unique_filename"]


# --------------------------------------------------------------------------------------------
# reading: regular files only
# --------------------------------------------------------------------------------------------

_KINDS = ((stat.S_ISFIFO, "file_fifo"), (stat.S_ISSOCK, "file_socket"),
          (stat.S_ISCHR, "file_chardev"), (stat.S_ISBLK, "file_blockdev"))


def _not_regular(mode: int, file: str) -> InputError:
    kind = next((what for test, what in _KINDS if test(mode)), "file_other")
    return InputError("not_regular", kind=Msg(kind), file=file)


def open_regular(path: str | os.PathLike, file: str | None = None) -> IO[bytes]:
    """Open `path` for reading bytes, refusing anything but a regular file: a FIFO would block
    the reader until someone writes to it, a device never ends. The file is opened without
    blocking and checked with fstat, so it cannot be swapped for a FIFO between check and use."""
    file = file or os.fspath(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("file_not_found", file=file) from None
    except OSError as e:
        raise InputError("cannot_read", reason=e.strerror or str(e), file=file) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError("is_directory", file=file)
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(st.st_mode, file)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as e:
        raise InputError("cannot_read", reason=e.strerror or str(e), file=file) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(st.st_mode, file)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


# --------------------------------------------------------------------------------------------
# atomic writes
# --------------------------------------------------------------------------------------------

def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _umask()


def _fsync_dir(directory: str) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "wb",
                  encoding: str = "utf-8") -> Iterator[IO]:
    """Yield a file object writing to a temporary file next to `path`; on success it is
    flushed, fsynced and renamed over `path`; on any exception it is removed and `path` is
    untouched. Modes: "wb" or "w" (text, UTF-8, "\\n" line ends)."""
    if mode not in ("wb", "w"):
        raise ValueError(f"mode must be 'wb' or 'w', not {mode!r}")
    target = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(target))
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix="." + os.path.basename(target) + ".",
                                   suffix=".tmp")
    except FileNotFoundError:
        # a typo in a folder name should not make folders: say so (exit 2)
        raise InputError("output_folder_missing", folder=directory, file=target) from None
    except NotADirectoryError:
        raise InputError("output_folder_missing", folder=directory, file=target) from None
    try:
        f = os.fdopen(fd, mode) if mode == "wb" else os.fdopen(
            fd, mode, encoding=encoding, newline="\n")
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    try:
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
            os.fchmod(f.fileno(), 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(directory)


def private_dir(path: str | os.PathLike) -> Path:
    """The folder `path`, made (with its parents) readable by its owner only (0700); an
    existing one of this user's is narrowed to 0700. For the server's own data: the register,
    uploads, results."""
    p = Path(path)
    p.mkdir(mode=0o700, parents=True, exist_ok=True)
    st = p.stat()
    if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077:
        os.chmod(p, stat.S_IMODE(st.st_mode) & 0o700)
    return p


def private_file(path: str | os.PathLike) -> Path:
    """An empty new file readable by its owner only (0600; kept as it is when it exists), in
    a folder made 0700 when it is made here."""
    p = Path(path)
    if not p.parent.exists():
        private_dir(p.parent)
    try:
        os.close(os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    return p


def atomic_write(path: str | os.PathLike, data: bytes | str) -> None:
    """Write all of `data` to `path` or nothing (str is written as UTF-8)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_writer(path, "wb") as f:
        f.write(data)


# --------------------------------------------------------------------------------------------
# paths named by a dossier, output file names
# --------------------------------------------------------------------------------------------

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def safe_relative_path(base_dir: str | os.PathLike, ref: str, *,
                       file: str | None = None, path: str | None = None) -> Path:
    """The file `ref` (as written in a dossier) names inside `base_dir`, resolved.

    Refused with InputError: empty, URLs and anything with a scheme (`http://`, `file:`,
    `data:`, drive letters `C:`), absolute paths, `~`, any `..` component, control characters,
    and paths that leave `base_dir` through a symlink. Backslashes count as separators.
    """
    def refuse(why: str) -> InputError:
        return InputError("file_ref_refused", ref=ref, why=Msg(why), file=file, path=path)

    if not isinstance(ref, str) or not ref.strip():
        raise InputError("file_ref_empty", file=file, path=path)
    if any(ord(c) < 32 or ord(c) == 127 for c in ref):
        raise refuse("ref_control_chars")
    if _SCHEME.match(ref):
        raise refuse("ref_url")
    norm = ref.replace("\\", "/")
    if norm.startswith(("/", "~")):
        raise refuse("ref_absolute")
    parts = norm.split("/")
    if ".." in parts:
        raise refuse("ref_parent")
    base = Path(base_dir).resolve()
    resolved = (base / Path(*[p for p in parts if p not in ("", ".")] or ["."])).resolve()
    if resolved != base and base not in resolved.parents:
        raise refuse("ref_symlink")
    return resolved


_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
             "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"}
_UNSAFE_CHARS = re.compile(r"[^A-Za-z0-9._-]+")


def safe_filename(text: str, *, max_len: int = 80) -> str:
    """A portable file name from free text (a business name): ASCII letters, digits, `.`,
    `_` and `-`; no separators, `..`, control characters, leading dots or Windows reserved
    names; at most `max_len` characters; never empty ("unnamed")."""
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    s = _UNSAFE_CHARS.sub("-", folded)
    s = re.sub(r"\.{2,}", ".", s)
    s = re.sub(r"-{2,}", "-", s)
    s = s.strip(".-_ ")
    if max_len < 8:
        max_len = 8
    if len(s) > max_len:
        s = s[:max_len].rstrip(".-_ ")
    if not s:
        s = "unnamed"
    if s.split(".")[0].upper() in _RESERVED:
        s = "_" + s
    return s


def unique_filename(name: str, taken: set[str]) -> str:
    """`name`, or `stem-2.ext`, `stem-3.ext`, ... whichever is not in `taken`; adds it.

    `taken` holds case-folded names so "Kopi.pdf" and "kopi.pdf" (one file on Windows and
    macOS) cannot both be handed out; pass the same set for every name of one output folder.
    """
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, ext = name, ""
    else:
        ext = "." + ext
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}-{n}{ext}"
    taken.add(candidate.casefold())
    return candidate
