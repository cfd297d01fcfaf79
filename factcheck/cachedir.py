"""Where factcheck keeps its cache on disk, and how it reads from it without trusting it.

A cache folder is restored from CI caches, shared between runners and written by other
users' runs: what is in it is not trusted. A folder that cannot be used (not a folder,
unreadable) means running without a cache, said once on stderr (through the
``factcheck`` logger); an entry that is not a regular file (a FIFO would block the
reader for ever) or cannot be read is a miss.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger("factcheck.cache")

# Folders already found unusable in this process: their warning is given once.
_refused: set[Path] = set()


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/factcheck``, or ``~/.cache/factcheck``."""
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "factcheck"


def usable_cache_dir(folder: Path) -> bool:
    """True when ``folder`` is (or could be made) a folder this process can read and
    search; otherwise warn once and return False, and the caller runs without a cache.
    Nothing is created: a run that writes nothing leaves no folder behind."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return _creatable(folder)
    except OSError as exc:
        return _refuse(folder, exc.strerror or str(exc))
    if not stat.S_ISDIR(info.st_mode):
        return _refuse(folder, "not a folder")
    if not os.access(folder, os.R_OK | os.X_OK):
        return _refuse(folder, "permission denied")
    return True


def _creatable(folder: Path) -> bool:
    # The nearest existing ancestor decides whether the folder could be made.
    for parent in folder.parents:
        try:
            info = os.stat(parent)
        except FileNotFoundError:
            continue
        except OSError as exc:
            return _refuse(folder, exc.strerror or str(exc))
        if not stat.S_ISDIR(info.st_mode):
            return _refuse(folder, f"{parent} is not a folder")
        if not os.access(parent, os.W_OK | os.X_OK):
            return _refuse(folder, f"cannot create it in {parent}")
        return True
    return _refuse(folder, "no such folder")


def _refuse(folder: Path, reason: str) -> bool:
    if folder not in _refused:
        _refused.add(folder)
        log.warning("cache folder %s cannot be used (%s); running without a cache", folder, reason)
    return False


def read_entry(path: Path, limit: int) -> bytes | None:
    """The bytes of the cache entry at ``path`` (at most ``limit`` + 1 of them, so that a
    caller can tell an oversized file), or None when there is none. An entry that is not
    a regular file, or cannot be read, is also None, with a warning: it is never opened
    in a way that could block (a FIFO) or follow a link out of the cache."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            log.warning("cache entry %s is a link, not a file; ignored", path)
        else:
            log.warning("cache entry %s cannot be read (%s); ignored", path, exc.strerror)
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            log.warning("cache entry %s is not a regular file; ignored", path)
            return None
        chunks = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        log.warning("cache entry %s cannot be read (%s); ignored", path, exc.strerror)
        return None
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)


# The signing key's length in bytes (HMAC-SHA256's own block of output).
KEY_BYTES = 32


def key_folder() -> Path | None:
    """Where this user's signing key is kept: ``$XDG_RUNTIME_DIR/factcheck-UID``, or
    the same name in the temporary folder; None on a system without user ids."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:
        return None
    base = os.environ.get("XDG_RUNTIME_DIR")
    root = Path(base) if base and Path(base).is_absolute() else Path(tempfile.gettempdir())
    return root / f"factcheck-{getuid()}"


def signing_key() -> bytes | None:
    """A secret of this user's that signs what factcheck derives and keeps in a cache
    folder, so that what another hand put there is never taken for it; None when no key
    can be kept safely (then nothing derived is kept).

    The key is kept outside every cache folder, which CI caches restore and other users
    may write: in a folder of its own that only this user can enter, the runtime folder
    (or the temporary one, cleared at start-up). A folder or key that is not this
    user's alone (another user made it first, a link) is not used. A new machine or a
    cleared temporary folder means a new key: what was kept is derived again."""
    folder = key_folder()
    if folder is None:
        return None
    with contextlib.suppress(FileExistsError, OSError):
        os.mkdir(folder, 0o700)
    if not _own_private(folder, stat.S_ISDIR):
        return None
    path = folder / "cache-key"
    key = _read_key(path)
    if key is not None:
        return key
    return _new_key(path)


def _own_private(path: Path, kind: Callable[[int], bool]) -> bool:
    # lstat: a link is not the folder or file itself, whatever it points to.
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return kind(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _read_key(path: Path) -> bytes | None:
    if not _own_private(path, stat.S_ISREG):
        return None
    key = read_entry(path, KEY_BYTES)
    return key if key is not None and len(key) == KEY_BYTES else None


def _new_key(path: Path) -> bytes | None:
    # Written whole under a name of its own, then linked into place: a process that
    # reads the key never sees half of one, and of two processes making one at once,
    # the first to link wins and the other uses its key.
    draft = path.with_name(f"{path.name}.{os.getpid()}.new")
    key = secrets.token_bytes(KEY_BYTES)
    try:
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        try:
            os.write(fd, key)
        finally:
            os.close(fd)
        try:
            os.link(draft, path)
        except FileExistsError:
            return _read_key(path)
        return key
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(draft)
