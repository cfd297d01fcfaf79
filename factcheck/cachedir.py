"""Where factcheck keeps its caches on disk, shared by the evidence cache and the rule caches."""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/factcheck``, or ``~/.cache/factcheck``."""
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".cache"
    return root / "factcheck"
