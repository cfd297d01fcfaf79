"""Rule examples and knowledge are written fresh, not copied from what they are tested on.

A rule example or a knowledge entry that shares a run of seven words with the seed, the
test articles, the cassettes or the independent corpora (../shared/corpus, read in place
when it is there) is a sentence lifted from a fixture: rules written around it pass their
own tests and say nothing about copy nobody here wrote. Names are exempt (every word
capitalised, or a joining word such as "of"): an organisation's official name is a fact,
the same wherever it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
RUN = 7
_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_TAG = re.compile(r"<[^>]{0,2000}>")
_JOINING = frozenset("of and for the de & in on at to".split())
_FIXTURE_SUFFIXES = (".md", ".txt", ".html", ".htm", ".yaml", ".yml", ".json")


def words(text: str) -> list[str]:
    """Lower-cased words, one apostrophe form, markup dropped."""
    return _WORDS.findall(_TAG.sub(" ", text).lower().replace("’", "'"))


def runs(text: str) -> set[tuple[str, ...]]:
    """Every run of RUN consecutive words of ``text``."""
    w = words(text)
    return {tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1)}


def fixture_files() -> list[Path]:
    """The fixtures rule examples must not be copied from, where they exist."""
    roots = [
        ROOT / "seeds",
        ROOT / "tests" / "articles",
        ROOT / "cassettes",
        ROOT.parent / "shared" / "corpus",
    ]
    return sorted(
        p
        for root in roots
        if root.is_dir()
        for p in root.rglob("*")
        if p.is_file() and p.suffix in _FIXTURE_SUFFIXES
    )


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def is_name(text: str) -> bool:
    """True for a proper name: every word capitalised or a joining word."""
    parts = re.findall(r"[\w’'&.-]+", text)
    return bool(parts) and all(p[:1].isupper() or p.lower() in _JOINING for p in parts)


def _comments(text: str) -> Iterator[str]:
    """Each block of consecutive comment lines, as one text: a sentence quoted in a
    comment is as much a copy as one in an example."""
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        stripped = line.strip()
        if stripped.startswith("#"):
            block.append(stripped.lstrip("#"))
        elif block:
            yield " ".join(block)
            block = []


def rule_texts() -> list[tuple[str, str]]:
    """(file, text) for every rule example, description, comment and knowledge string of
    the built-in packs."""
    out = []
    for path in sorted((ROOT / "rules").rglob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
        where = str(path.relative_to(ROOT))
        if data.get("kind"):
            out += [(where, s) for s in _strings(data) if not is_name(s)]
        else:
            out += [(where, s) for s in _strings(data.get("examples", {}))]
            out += [(where, s) for s in _strings(data.get("description", ""))]
        out += [(where, c) for c in _comments(text)]
    return out


def test_runs_of_seven_words_are_found() -> None:
    shared = runs("a b c d e f g h") & runs("x b c d e f g h y")
    assert shared == {("b", "c", "d", "e", "f", "g", "h")}
    assert not runs("only six words are in here")
    assert is_name("Alliance of Motion Picture and Television Producers")
    assert not is_name("members of the union walked out")


def test_rule_examples_share_no_seven_word_run_with_fixtures() -> None:
    files = fixture_files()
    if not files:
        pytest.skip("no fixtures to compare with")
    seen: set[tuple[str, ...]] = set()
    for path in files:
        seen |= runs(path.read_text(encoding="utf-8", errors="replace"))
    copied = [f"{where}: {text!r}" for where, text in rule_texts() if runs(text) & seen]
    assert not copied, "rule text copied from fixtures:\n" + "\n".join(copied)
