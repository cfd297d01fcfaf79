"""Compiled rule regexes kept on disk between runs, as Python keeps compiled modules.

The rule packs' patterns spell out every organisation, currency and number word the
knowledge tables hold, and Python's ``re`` compiles them in pure Python: a quarter of a
second, in every process, before the first sentence is read. What it compiles them to
(the engine's code, a list of integers, and the group names) depends on nothing but the
pattern, the flags and the Python build, so it is written under the cache folder
(``$XDG_CACHE_HOME/factcheck/regex``) keyed by exactly those, and handed back to the
engine on the next run, which validates code before it uses it.

This leans on ``re``'s internals (``re._parser``, ``re._compiler``, ``_sre``), which
change between Python versions: the key holds the full Python version and the engine's
magic number, and anything unexpected (another layout, a missing, short or corrupt
file, a folder that cannot be written) falls back on plain ``re.compile``. Errors in a
pattern are raised as ``re.compile`` raises them. There is no pickle: a file holds a
line of JSON and the code as raw integers.
"""

from __future__ import annotations

import array
import contextlib
import hashlib
import importlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from factcheck.cachedir import default_cache_dir

# The engine's private modules have no stubs: typed as Any, which is what they are to us.
_sre: Any
_compiler: Any
_parser: Any
_ENGINE: str | None
try:
    _sre = importlib.import_module("_sre")
    _compiler = importlib.import_module("re._compiler")
    _parser = importlib.import_module("re._parser")

    _ENGINE = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"
    _TYPECODE = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # another Python's layout
    _ENGINE = None

_MAGIC = b"factcheck-regex 1\n"
# Entries kept: every edit of a rule pack writes new ones, and nothing else removes the
# old. About fifty make up the built-in packs.
MAX_ENTRIES = 1000


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the disk cache when this Python compiled the
    same pattern with the same flags before."""
    if _ENGINE is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = hashlib.sha256(f"{_ENGINE}|{flags}|{pattern}".encode()).hexdigest()
    path = default_cache_dir() / "regex" / f"{key}.sre"
    cached = _load(path, pattern, flags)
    if cached is not None:
        return cached
    try:
        header, code = _compile(pattern, flags)
        regex = _build(pattern, header, code)
    except re.error:
        raise
    except Exception:  # the internals are not what this module expects
        return re.compile(pattern, flags)
    _store(path, header, code)
    return regex


def _compile(pattern: str, flags: int) -> tuple[dict[str, Any], list[int]]:
    """What ``re._compiler.compile`` computes before it hands over to the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    header = {
        "pattern": hashlib.sha256(pattern.encode()).hexdigest(),
        "flags": flags | parsed.state.flags,
        "groups": parsed.state.groups - 1,
        "groupindex": groupindex,
        "indexgroup": indexgroup,
    }
    return header, code


def _build(pattern: str, header: dict[str, Any], code: list[int]) -> re.Pattern[str]:
    regex: re.Pattern[str] = _sre.compile(
        pattern,
        header["flags"],
        code,
        header["groups"],
        header["groupindex"],
        tuple(header["indexgroup"]),
    )
    return regex


def _load(path: Path, pattern: str, flags: int) -> re.Pattern[str] | None:
    try:
        with path.open("rb") as f:
            if f.readline() != _MAGIC:
                return None
            header = json.loads(f.readline())
            raw = f.read()
        if header["pattern"] != hashlib.sha256(pattern.encode()).hexdigest():
            return None
        if header["flags"] & flags != flags or header["code"] != hashlib.sha256(raw).hexdigest():
            return None
        code = array.array(_TYPECODE)
        code.frombytes(raw)
        return _build(pattern, header, code.tolist())
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        # Missing, short, corrupt or from elsewhere (and the engine refuses invalid code
        # with RuntimeError): compile afresh and write it again.
        return None


def _store(path: Path, header: dict[str, Any], code: list[int]) -> None:
    """Write atomically (temporary file, then rename); a cache that cannot be written
    only means compiling again next time."""
    with contextlib.suppress(OSError, OverflowError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            raw = array.array(_TYPECODE, code).tobytes()
            header = {**header, "code": hashlib.sha256(raw).hexdigest()}
            with os.fdopen(fd, "wb") as f:
                f.write(_MAGIC)
                f.write(json.dumps(header).encode() + b"\n")
                f.write(raw)
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
        _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove the oldest entries beyond :data:`MAX_ENTRIES` (only after a write, which
    is rare: a run that finds everything in the cache writes nothing)."""
    entries = []
    for entry in os.scandir(folder):
        if entry.name.endswith(".sre"):
            with contextlib.suppress(OSError):
                entries.append((entry.stat().st_mtime, entry.path))
    entries.sort(reverse=True)
    for _, stale in entries[MAX_ENTRIES:]:
        with contextlib.suppress(OSError):
            os.unlink(stale)
