"""Compiled rule regexes from the disk cache are the regexes ``re.compile`` makes."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.rulepacks import regexcache
from factcheck.rulepacks.regexcache import compile_pattern


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "factcheck" / "regex"


def _no_compiling(*args: Any) -> None:
    raise AssertionError("compiled again instead of read from the cache")


def test_every_rule_regex_comes_back_equal_to_re_compile(
    ruleset: Any, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = [(r.regex.pattern, re.IGNORECASE) for r in ruleset.rules]
    first = [compile_pattern(p, f) for p, f in patterns]
    assert len(list(cache_home.glob("*.sre"))) == len(set(patterns))
    monkeypatch.setattr(regexcache, "_compile", _no_compiling)
    again = [compile_pattern(p, f) for p, f in patterns]
    for (pattern, flags), one, two in zip(patterns, first, again, strict=True):
        # Pattern equality compares the engine code itself, not only the source.
        assert one == two == re.compile(pattern, flags)
        assert two.groupindex == re.compile(pattern, flags).groupindex


def test_matches_are_the_same(ruleset: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    rule = next(r for r in ruleset.rules if r.id == "core.salary.range")
    compile_pattern(rule.regex.pattern, re.IGNORECASE)
    monkeypatch.setattr(regexcache, "_compile", _no_compiling)
    cached = compile_pattern(rule.regex.pattern, re.IGNORECASE)
    text = "The posting lists a range of $300,000 to $900,000 a year for the role."
    found, expected = cached.search(text), rule.regex.search(text)
    assert found is not None and expected is not None
    assert found.groupdict() == expected.groupdict()


def test_a_corrupt_file_is_compiled_again_and_rewritten(cache_home: Path) -> None:
    pattern = r"(?P<word>\w+)\s+(?P=word)"
    compile_pattern(pattern)
    (entry,) = cache_home.glob("*.sre")
    data = entry.read_bytes()
    for broken in (b"", data[:-3], data.replace(b'"groups"', b'"gruops"'), b"junk\n" + data):
        entry.write_bytes(broken)
        regex = compile_pattern(pattern)
        assert regex == re.compile(pattern)
        found = regex.search("it is is so")
        assert found is not None and found.group("word") == "is"
        assert entry.read_bytes() == data


def test_code_the_engine_refuses_is_not_used(cache_home: Path) -> None:
    pattern = r"a+b"
    compile_pattern(pattern)
    (entry,) = cache_home.glob("*.sre")
    magic, line, code = entry.read_bytes().split(b"\n", 2)
    header = json.loads(line)
    zeros = bytes(len(code))
    header["code"] = hashlib.sha256(zeros).hexdigest()  # checks out, but is no program
    entry.write_bytes(magic + b"\n" + json.dumps(header).encode() + b"\n" + zeros)
    assert compile_pattern(pattern) == re.compile(pattern)
    assert entry.read_bytes().endswith(code)


def test_another_pattern_or_flags_get_their_own_entry(cache_home: Path) -> None:
    assert compile_pattern("netflix").search("Netflix") is None
    assert compile_pattern("netflix", re.IGNORECASE).search("Netflix") is not None
    assert len(list(cache_home.glob("*.sre"))) == 2


def test_the_oldest_entries_go_beyond_the_limit(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)
    for n in range(5):
        compile_pattern(f"first{n}")
        for entry in cache_home.glob("*.sre"):
            # Older entries are older by a minute, whatever the clock's resolution.
            stamp = entry.stat().st_mtime - 60
            os.utime(entry, (stamp, stamp))
    kept = list(cache_home.glob("*.sre"))
    assert len(kept) == 3
    monkeypatch.setattr(regexcache, "_compile", _no_compiling)
    for n in (2, 3, 4):
        compile_pattern(f"first{n}")


def test_errors_are_the_errors_re_raises() -> None:
    with pytest.raises(re.error) as ours:
        compile_pattern(r"(?P<left>a)(b")
    with pytest.raises(re.error) as theirs:
        re.compile(r"(?P<left>a)(b")
    assert (ours.value.msg, ours.value.pos) == (theirs.value.msg, theirs.value.pos)


def test_a_cache_that_cannot_be_written_only_costs_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert compile_pattern(r"\d+").fullmatch("42")
    assert compile_pattern(r"\d+").fullmatch("42")
