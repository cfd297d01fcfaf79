"""Rule packs whose examples all held, remembered so that loading them again does not
run the examples again.

Loading the rules runs every rule's examples (some hundreds of sentences through the
extractor) so that a broken pack stops a run at once. Given the same pack files, the
same factcheck code and the same Python, the answer cannot change, so a pass is
recorded under the cache folder (``$XDG_CACHE_HOME/factcheck/examples``) keyed by the
bytes of every pack file and of every factcheck module. A change to any of them, an
unreadable file or a missing record means checking again. Failures are never recorded:
a broken pack is checked, and reported, on every load.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from pathlib import Path

import factcheck
from factcheck.cachedir import default_cache_dir
from factcheck.rulepacks.ruleset import RuleSet

# Every edit of a pack or of the code makes a new record; older ones are dropped.
MAX_RECORDS = 100


def examples_key(ruleset: RuleSet) -> str | None:
    """What the examples' outcome depends on, hashed; None if a file cannot be read."""
    digest = hashlib.sha256(sys.version.encode())
    code = Path(factcheck.__file__).resolve().parent
    files = sorted(code.rglob("*.py"))
    for pack in ruleset.packs:
        files += sorted(Path(pack.path).resolve().rglob("*.yaml"))
    try:
        for path in files:
            digest.update(f"\0{path}\0".encode())
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def passed_before(key: str | None) -> bool:
    """True when the examples were checked, and all held, for exactly this key."""
    return key is not None and (default_cache_dir() / "examples" / key).is_file()


def remember_passed(key: str | None) -> None:
    """Record that every example held, keeping the newest :data:`MAX_RECORDS`; a cache
    that cannot be written is no error."""
    if key is None:
        return
    with contextlib.suppress(OSError):
        folder = default_cache_dir() / "examples"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / key).touch()
        records = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in records[MAX_RECORDS:]:
            stale.unlink()
