"""What loading the rules derives from their patterns, kept in the cache folder between
runs and signed so that it can never steer one.

Parsing and compiling the rule packs' patterns, and reading from their trees what every
match needs, is pure Python and was about 0.3 s of a one-second check, each time the same.
The values (compiled programs, the needs, first characters; see
factcheck.rulepacks.regexes.remembered) are kept in one file per Python build,
``rules/<build>.bin`` in the cache folder, and read back by the next run.

Whoever can write the cache folder (a CI cache restored from another branch, another
user) must not be able to make a rule match otherwise: the file carries an HMAC-SHA256
of its contents under this user's key, which is kept outside the cache folder
(factcheck.cachedir.signing_key), and is read only when that checks. Every value is
keyed by its pattern, flags, regex engine and the source of the code that derived it,
so a rule or code edit is a miss, never a stale value. A file that does not check is
ignored and written anew. The rules' own examples still run on every load.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import marshal
import os
import sys
from pathlib import Path
from typing import Any

from factcheck.cachedir import read_entry, signing_key, usable_cache_dir

log = logging.getLogger("factcheck.cache")

_MAGIC = b"factcheck derived rule data 1\n"
# Far above what the built-in packs make (about 3 MB); a bigger file is not read.
_LIMIT = 64 * 1024 * 1024
# Values kept at most: the built-in packs derive about 220; those of earlier runs (other
# rule folders, rules since edited) are kept after this run's, up to this many.
_MOST = 2000


class DerivedStore(dict[bytes, Any]):
    """The values derived in earlier runs, as a mapping for
    :func:`factcheck.rulepacks.regexes.remembering`; :meth:`save` writes them back with
    what this run added, when it added any."""

    def __init__(self, path: Path, key: bytes, kept: dict[bytes, Any]) -> None:
        super().__init__()
        self.path = path
        self._key = key
        self._kept = kept
        self._added = False

    def __missing__(self, key: bytes) -> Any:
        # A value kept by an earlier run moves into this run's own when it is used.
        if key not in self._kept:
            raise KeyError(key)
        value = self[key] = self._kept[key]
        return value

    def __setitem__(self, key: bytes, value: Any) -> None:
        if key not in self._kept:
            self._added = True
        super().__setitem__(key, value)

    def save(self) -> None:
        """Write what this run used and added, then what earlier runs kept, newest first
        and at most ``_MOST`` values, if this run added anything (a run that found
        everything writes nothing). A failure to write costs the next run time only."""
        if not self._added:
            return
        # A process that loads the rules again finds most values in its own memory and
        # asks for few here: what it did not ask for is kept all the same.
        values = dict(self)
        for key, value in self._kept.items():
            if len(values) >= _MOST:
                break
            values.setdefault(key, value)
        draft = self.path.with_name(f"{self.path.name}.{os.getpid()}.new")
        try:
            payload = marshal.dumps(values)
            data = _MAGIC + _sign(self._key, payload) + payload
            self.path.parent.mkdir(parents=True, exist_ok=True)
            draft.write_bytes(data)
            os.replace(draft, self.path)
        except (OSError, ValueError) as exc:  # ValueError: a value marshal cannot write
            log.debug("derived rule data not kept: %s", exc)
            with contextlib.suppress(OSError):
                draft.unlink()
            return
        self._kept = values
        self._added = False


def _sign(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).digest()


def _build() -> str:
    # Programs and marshal's format are the running Python's; a file per build.
    tag = f"{sys.version}\0{sys.implementation.cache_tag}"
    return f"{sys.implementation.cache_tag}-{hashlib.sha256(tag.encode()).hexdigest()[:16]}"


def open_store(cache_dir: Path) -> DerivedStore | None:
    """The derived values kept under ``cache_dir``, checked against this user's key
    (an empty store when there are none or they do not check); None when no key can be
    kept or the folder cannot be used: the rules are then derived as without a cache."""
    if not usable_cache_dir(cache_dir):
        return None
    key = signing_key()
    if key is None:
        return None
    path = cache_dir / "rules" / f"{_build()}.bin"
    return DerivedStore(path, key, _read(path, key))


def _read(path: Path, key: bytes) -> dict[bytes, Any]:
    data = read_entry(path, _LIMIT)
    if data is None or len(data) > _LIMIT or not data.startswith(_MAGIC):
        return {}
    mac = data[len(_MAGIC) : len(_MAGIC) + 32]
    payload = data[len(_MAGIC) + 32 :]
    # Only what this user's key signed is unmarshalled: marshal trusts its input.
    if not hmac.compare_digest(mac, _sign(key, payload)):
        log.debug("derived rule data in %s not signed by this user's key; ignored", path)
        return {}
    try:
        kept = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return kept if isinstance(kept, dict) else {}
