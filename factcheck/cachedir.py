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
import stat
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
