"""The articles of a batch: the paths of a run expanded into files, globs and URLs.

expand_paths(["drafts/", "posts/*.md", "-"]) -> ["drafts/a.md", "drafts/b.txt", ...]
"""

from __future__ import annotations

import glob
import re
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import InputError

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html")
_GLOB = re.compile(r"[*?\[]")
_URL = re.compile(r"(?i)https?://")


def expand_paths(specs: Sequence[str]) -> list[str]:
    """Every article a run names: files as given, folders searched recursively for
    Markdown, text and HTML files (hidden folders skipped), globs expanded; ``-`` and
    URLs pass through. Each article once, in the order named."""
    out: list[str] = []
    for spec in specs:
        if spec == "-" or _URL.match(spec):
            out.append(spec)
        elif Path(spec).is_dir():
            found = _articles_in(Path(spec))
            if not found:
                raise InputError(f"{spec}: no .md, .markdown, .txt or .html files in this folder")
            out += found
        elif _GLOB.search(spec) and not Path(spec).exists():
            matches = sorted(p for p in glob.glob(spec, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"{spec}: no file matches this pattern")
            out += matches
        else:
            out.append(spec)
    return list(dict.fromkeys(out))


def _articles_in(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in ARTICLE_SUFFIXES:
            # A sidecar list of sources belongs to its article, not a draft of its own.
            if path.name.endswith(".sources.txt"):
                continue
            found.append(str(path))
    return found
