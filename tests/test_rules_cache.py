"""What loading derives from the rule patterns, kept in the cache folder between runs:
read back, it gives the very patterns and needs a fresh load gives; what this user's key
did not sign is never used; it follows --cache-dir and --no-cache."""

from __future__ import annotations

import marshal
import os
import re
import stat
from pathlib import Path

import pytest

from factcheck import cachedir
from factcheck.check import load_rules
from factcheck.claims.extract import Extractor
from factcheck.claims.needs import needs, quick_search
from factcheck.rulepacks import derived, regexes
from factcheck.rulepacks.ruleset import RuleSet

# A cold load (about 14 s of CPU on a quiet machine) can take minutes on a shared one.
pytestmark = pytest.mark.timeout(600)


def _rules_file(cache: Path) -> Path:
    [path] = (cache / "rules").glob("*.bin")
    return path


def _count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns the regex parser is asked for from here on (none in this process's
    own memory of earlier parses)."""
    asked: list[str] = []
    real = regexes._parse

    def parse(pattern: str, flags: int) -> object:
        asked.append(pattern)
        return real.__wrapped__(pattern, flags)

    monkeypatch.setattr(regexes, "_parse", parse)
    return asked


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The patterns parsed during the test (see _count_parses)."""
    return _count_parses(monkeypatch)


def _fresh_process_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # A new process remembers nothing: the lru caches above the kept values are emptied.
    from factcheck.claims import needs as needs_module

    for cached in (
        needs_module._needs,
        needs_module._quick,
        regexes.compile_after_group,
        regexes.compile_pattern,
    ):
        cached.cache_clear()


def _derived(ruleset: RuleSet) -> list[object]:
    out: list[object] = []
    for rule in ruleset.rules:
        quick = quick_search(rule.regex)
        out += [rule.regex, needs(rule.regex), quick]
    return out


def _forged(path: Path, key: bytes) -> bytes:
    """Derived rule data as another hand would write it: the rules file ``path`` (signed
    with ``key``) with every compiled program made to match nothing, signed with another
    key."""
    forged = derived._read(path, key)
    assert forged
    nothing = regexes._pack(regexes._program(0, regexes.parse("(?!)", 0)))
    for name, value in forged.items():
        if isinstance(value, tuple) and len(value) == 5:
            forged[name] = nothing
    payload = marshal.dumps(forged)
    return derived._MAGIC + derived._sign(b"k" * 32, payload) + payload


@pytest.fixture(scope="module")
def first_load(
    tmp_path_factory: pytest.TempPathFactory, _derived_rules: tuple[Path, Path] | None
) -> dict[str, object]:
    """A first load, under a key folder of the module's own, into a cache folder that
    holds only what this user's key did not sign: the data the session's first run
    derived (see conftest), every compiled program in it made to match nothing, signed
    with another key. None of it may be used, so the load derives everything, as a load
    into an empty cache folder does (a cold load is about 14 s of CPU: the tests below
    share this one). The rules file it wrote, the key that signed it, what it derived,
    the rules, and whether it parsed."""
    run = tmp_path_factory.mktemp("first-run")
    cache = tmp_path_factory.mktemp("first-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_RUNTIME_DIR", str(run))
        if _derived_rules is not None:
            theirs, their_key = _derived_rules[0], _derived_rules[1].read_bytes()
        else:  # the first run left nothing: another load, in another key folder, makes it
            mp.setenv("XDG_RUNTIME_DIR", str(tmp_path_factory.mktemp("their-run")))
            _fresh_process_memory(mp)
            their_cache = tmp_path_factory.mktemp("their-cache")
            load_rules(cache_dir=their_cache)
            theirs, key = _rules_file(their_cache), cachedir.signing_key()
            assert key is not None
            their_key = key
            mp.setenv("XDG_RUNTIME_DIR", str(run))
        forged = _forged(theirs, their_key)
        path = cache / "rules" / f"{derived._build()}.bin"
        path.parent.mkdir(parents=True)
        path.write_bytes(forged)
        asked = _count_parses(mp)
        _fresh_process_memory(mp)
        first = load_rules(cache_dir=cache)  # the examples would fail on rules matching nothing
        expected = _derived(first)
        Extractor(first)  # gates and quick forms asked while they are remembered
        key = cachedir.signing_key()
    return {
        "run": run,
        "data": _rules_file(cache).read_bytes(),
        "key": key,
        "expected": expected,
        "parsed": bool(asked),
        "forged": forged,
        "rules": first,
    }


def _kept_in(cache: Path, first: dict[str, object], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The first load's rules file, in a cache folder of this test's, read under its key."""
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(first["run"]))
    path = cache / "rules" / f"{derived._build()}.bin"
    path.parent.mkdir(parents=True)
    data = first["data"]
    assert isinstance(data, bytes)
    path.write_bytes(data)
    return path


def test_a_second_load_reads_what_the_first_derived_and_gets_the_same_rules(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parses: list[str],
    first_load: dict[str, object],
) -> None:
    assert first_load["parsed"], "the first load derives"
    cache = tmp_path / "cache"
    path = _kept_in(cache, first_load, monkeypatch)
    _fresh_process_memory(monkeypatch)
    second = load_rules(cache_dir=cache)
    got = _derived(second)
    assert parses == [], "nothing is parsed again"
    # Patterns compare equal when their text, flags and compiled code are the same.
    assert got == first_load["expected"]
    for rule in second.rules:
        assert rule.regex == re.compile(rule.regex.pattern, rule.regex.flags)
    assert path.read_bytes() == first_load["data"], "a run that found everything writes nothing"


def test_what_this_users_key_did_not_sign_is_never_used(first_load: dict[str, object]) -> None:
    # The first load found another hand's data, signed with another key, in its cache
    # folder: every rule made to match nothing (see first_load).
    assert first_load["forged"] != first_load["data"]
    assert first_load["parsed"], "derived again"
    ruleset = first_load["rules"]
    assert isinstance(ruleset, RuleSet)
    for rule in ruleset.rules:
        assert rule.regex == re.compile(rule.regex.pattern, rule.regex.flags)
    # ... and written again under this user's key.
    key, data = first_load["key"], first_load["data"]
    assert isinstance(key, bytes) and isinstance(data, bytes)
    mac = data[len(derived._MAGIC) : len(derived._MAGIC) + 32]
    assert mac == derived._sign(key, data[len(derived._MAGIC) + 32 :])


def test_a_changed_byte_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, first_load: dict[str, object]
) -> None:
    cache = tmp_path / "cache"
    path = _kept_in(cache, first_load, monkeypatch)
    store = derived.open_store(cache)
    assert store is not None and store._kept, "read whole"
    data = bytearray(path.read_bytes())
    data[-100] ^= 1
    path.write_bytes(bytes(data))
    store = derived.open_store(cache)
    assert store is not None and store._kept == {}, "nothing of a changed file is used"


def test_the_key_is_this_users_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    key = cachedir.signing_key()
    folder = cachedir.key_folder()
    assert key is not None and len(key) == 32 and folder is not None
    assert cachedir.signing_key() == key, "kept"
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(folder / "cache-key").st_mode) == 0o600
    # A folder others may enter (another user made it first, say) is not used.
    os.chmod(folder, 0o755)
    assert cachedir.signing_key() is None
    os.chmod(folder, 0o700)
    # Nor a key behind a link.
    (folder / "cache-key").rename(folder / "elsewhere")
    (folder / "cache-key").symlink_to(folder / "elsewhere")
    assert cachedir.signing_key() is None
    # And without a key nothing is kept.
    monkeypatch.setattr(derived, "signing_key", lambda: None)
    assert derived.open_store(tmp_path / "cache") is None


def test_no_key_folder_means_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(blocker))
    assert cachedir.signing_key() is None
    ruleset = load_rules(cache_dir=tmp_path / "cache")
    assert ruleset.rules
    assert not (tmp_path / "cache").exists()


def test_values_this_run_did_not_ask_for_are_kept_newest_first_up_to_a_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rules" / "x.bin"
    key = b"k" * 32
    earlier = {b"old%d" % i: i for i in range(5)}
    store = derived.DerivedStore(path, key, earlier)
    assert store[b"old1"] == 1  # used by this run
    store[b"new"] = "added"
    monkeypatch.setattr(derived, "_MOST", 4)
    store.save()
    kept = derived._read(path, key)
    # This run's values first, then the earlier ones in their order, four in all.
    assert list(kept) == [b"old1", b"new", b"old0", b"old2"]
    assert derived._read(path, b"j" * 32) == {}, "another key reads nothing"
