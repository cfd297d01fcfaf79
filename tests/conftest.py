"""Shared fixtures: a local web server for source pages, and the cassette folder."""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from socketserver import BaseRequestHandler
from typing import Any

import pytest
from hypothesis import settings

# Property tests draw the same examples on every run and every machine, so a suite that
# passed here cannot fail in CI on an unlucky draw, and no example database is written.
settings.register_profile("factcheck", derandomize=True)
settings.load_profile("factcheck")

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = ["127.0.0.1", "localhost", "::1"]


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep test output clean."""


@contextmanager
def serve_directory(directory: Path) -> Iterator[str]:
    """Serve ``directory`` over HTTP on 127.0.0.1; yields the base URL."""
    with serve(functools.partial(_QuietHandler, directory=str(directory))) as url:
        yield url


@contextmanager
def serve(handler: Callable[..., BaseRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` over HTTP on 127.0.0.1 in a thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the golden report files (tests/golden) instead of
    comparing against them."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden files")


def shared_file(*parts: str) -> Path:
    """A file of the workplace's shared folder (evaluation data, schemas), read in place
    and never copied into the project: ``$FACTCHECK_SHARED`` or a ``shared`` folder
    beside the project or beside any folder above it. Skips the test when absent."""
    candidates = [Path(p) for p in [os.environ.get("FACTCHECK_SHARED", "")] if p]
    candidates += [parent / "shared" for parent in ROOT.parents]
    for folder in candidates:
        path = folder.joinpath(*parts)
        if path.is_file():
            return path
    pytest.skip(f"shared/{'/'.join(parts)} is not beside this checkout (set FACTCHECK_SHARED)")


# The files whose tests take longest (each a minute or more of one core on a quiet
# two-core machine: mypy from cold, the benchmarks, the cluster, cold loads of the rules,
# new processes), slowest first. They run first, so that no long test starts when the
# rest of the suite is nearly done and leaves the other core idle until it ends; the
# work-stealing scheduler (``--dist worksteal`` in pyproject.toml) then evens out the rest.
SLOW_FIRST = (
    "test_typing.py",
    "test_bench_smoke.py",
    "test_rules_cache.py",
    "test_prefilter.py",
    "test_cluster.py",
    "test_needs.py",
    "test_cli_caches.py",
    "test_signals.py",
    "test_fast_paths.py",
    "test_accuracy_smoke.py",
    "test_ranking_order.py",
    "rules/test_packs.py",
    "test_regexes.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests of ``SLOW_FIRST`` before the others (each group in its own order)."""

    def rank(item: pytest.Item) -> int:
        path = item.path.relative_to(ROOT / "tests").as_posix()
        return SLOW_FIRST.index(path) if path in SLOW_FIRST else len(SLOW_FIRST)

    items.sort(key=rank)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets a HOME and a cache folder of its own, so that no test reads or
    writes the developer's ~/.cache (or finds what an earlier test left there); the
    settings of the developer's shell do not leak in either."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    # The key that signs derived rule data (factcheck.cachedir.signing_key) too.
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path_factory.mktemp("run")))
    for name in [n for n in os.environ if n.startswith("FACTCHECK_")]:
        monkeypatch.delenv(name)
    return home


# Where the first run below keeps its cache and key folders; workers find it in their
# environment (a name that conftest's FACTCHECK_ clean-up leaves alone).
_DERIVED_ENV = "PYTEST_FACTCHECK_DERIVED"


def pytest_configure(config: pytest.Config) -> None:
    """Start, once per test run and beside the tests, the first run whose derived rule
    data ``warm_rules`` hands out (a cold load: about 14 s of CPU)."""
    if hasattr(config, "workerinput") or _DERIVED_ENV in os.environ:
        return
    folder = Path(tempfile.mkdtemp(prefix="factcheck-tests-derived-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    env.update(XDG_CACHE_HOME=str(folder / "cache"), XDG_RUNTIME_DIR=str(folder))
    # Loading the rules with a cache folder keeps what they derive; "done" says it ended.
    script = (
        "import pathlib, sys\n"
        "from factcheck.cachedir import default_cache_dir\n"
        "from factcheck.check import load_rules\n"
        "try:\n"
        "    load_rules(cache_dir=default_cache_dir())\n"
        "finally:\n"
        "    pathlib.Path(sys.argv[1]).touch()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(folder / "done")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=ROOT,
    )
    os.environ[_DERIVED_ENV] = str(folder)
    config.stash[_first_run] = (process, folder)


_first_run = pytest.StashKey[tuple[subprocess.Popen[bytes], Path]]()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop the first run if it is still going, and remove its folders."""
    if _first_run in config.stash:
        process, folder = config.stash[_first_run]
        process.kill()
        process.wait()
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(_DERIVED_ENV, None)


def _wait_for_first_run() -> Path:
    """The first run's folder, once that run has ended or ten minutes after the first
    call here."""
    global _first_run_deadline
    folder = Path(os.environ[_DERIVED_ENV])
    if _first_run_deadline is None:
        _first_run_deadline = time.monotonic() + 600
    while not (folder / "done").exists() and time.monotonic() < _first_run_deadline:
        time.sleep(0.2)
    return folder


_first_run_deadline: float | None = None


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item) -> Iterator[None]:
    """A test that needs the first run's rules waits for it here, before its time limit
    starts (pytest-timeout's wrapper runs inside this one): on a busy machine a cold
    load can take longer than a test may, and every test of the worker would fail."""
    if "_derived_rules" in getattr(item, "fixturenames", ()):
        _wait_for_first_run()
    yield


@pytest.fixture(scope="session")
def _derived_rules() -> tuple[Path, Path] | None:
    """The rules file the first run left in its cache folder and the key that signed
    it, once that run has ended; None if it wrote none (no key can be kept) or did not
    end within ten minutes: tests then load the rules cold."""
    folder = _wait_for_first_run()
    found = list((folder / "cache" / "factcheck" / "rules").glob("*.bin"))
    keys = list(folder.glob("factcheck-*/cache-key"))
    return (found[0], keys[0]) if found and keys and (folder / "done").exists() else None


@pytest.fixture
def warm_rules(
    private_home: Path, _derived_rules: tuple[Path, Path] | None
) -> Callable[[Path], None]:
    """This test's cache folder already holds what loading the built-in rules derives,
    signed with this test's key, as after a user's first run: each new ``factcheck``
    process of the test then loads the rules in about 3 s of CPU instead of 14 s. The
    fixture's value does the same for another cache folder (``--cache-dir``). Copies, not
    links, so that a test that spoils its cache spoils no other test's."""
    from factcheck.cachedir import key_folder

    if _derived_rules is None:
        return lambda cache_dir: None
    data, key = _derived_rules
    folder = key_folder()
    assert folder is not None
    folder.mkdir(mode=0o700, exist_ok=True)
    shutil.copyfile(key, folder / "cache-key")
    os.chmod(folder / "cache-key", 0o600)

    def warm(cache_dir: Path) -> None:
        (cache_dir / "rules").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data, cache_dir / "rules" / data.name)

    warm(Path(os.environ["XDG_CACHE_HOME"]) / "factcheck")
    return warm


@pytest.fixture(scope="session")
def vcr_cassette_dir() -> str:
    """Cassettes live at the project's root, shared by the tests and ``--replay``."""
    return str(ROOT / "cassettes")


@pytest.fixture(scope="session")
def ruleset(
    _derived_rules: tuple[Path, Path] | None, tmp_path_factory: pytest.TempPathFactory
) -> Any:
    """The built-in rules, loaded once in each test process: from what the first run
    derived (as a user's second run loads them: about 1 s of CPU where a cold load in
    every worker took some 14 s, beside the first run's own), or cold if it left
    nothing."""
    from factcheck.check import load_rules

    if _derived_rules is None:
        return load_rules()
    data, key = _derived_rules
    run = tmp_path_factory.mktemp("ruleset-run")
    cache = tmp_path_factory.mktemp("ruleset-cache")
    (run / key.parent.name).mkdir(mode=0o700)
    shutil.copyfile(key, run / key.parent.name / "cache-key")
    os.chmod(run / key.parent.name / "cache-key", 0o600)
    (cache / "rules").mkdir()
    shutil.copyfile(data, cache / "rules" / data.name)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_RUNTIME_DIR", str(run))
        return load_rules(cache_dir=cache)


@pytest.fixture(scope="session")
def extractor(ruleset: Any) -> Any:
    """One extractor over the built-in rules: building one plans every rule (about half
    a second), too slow to repeat for each example a property test draws."""
    from factcheck.claims.extract import Extractor

    return Extractor(ruleset)


@pytest.fixture(scope="session")
def rule_texts(ruleset: Any) -> list[str]:
    """Every rule example, and every sentence of the seed and the fixture articles."""
    from factcheck.reading import read_article

    texts = [ex.text for rule in ruleset.rules for ex in rule.examples]
    paths = [ROOT / "seeds" / "netflix-ai-hiring.txt"]
    paths += sorted((ROOT / "tests" / "articles").glob("*/article.*"))
    for path in paths:
        article = read_article(str(path))
        texts += [article.text[s.start : s.end] for s in article.sentences]
    return texts


@pytest.fixture(scope="session")
def rule_matches(ruleset: Any, rule_texts: list[str]) -> dict[str, list[str]]:
    """For each built-in rule (by id), the texts of ``rule_texts`` its own regex matches:
    every rule searched over every text once in a test process, for the tests that check
    a shortcut (needed words, gates) against the plain search."""
    return {
        rule.id: [text for text in rule_texts if rule.regex.search(text) is not None]
        for rule in ruleset.rules
    }


@pytest.fixture
def rules_loaded_once(monkeypatch: pytest.MonkeyPatch, ruleset: Any) -> None:
    """The pipeline's ``load_rules`` answers with the session's built-in rules, so that a
    test running many commands does not load and self-test the packs each time; extra
    rule folders are still loaded for real."""
    import factcheck.check

    original = factcheck.check.load_rules

    def cached(dirs: Sequence[Path] = (), *, cache_dir: Path | None = None) -> Any:
        return ruleset if not dirs else original(dirs, cache_dir=cache_dir)

    monkeypatch.setattr(factcheck.check, "load_rules", cached)


def check_json(args: list[str], cache: Path) -> tuple[int, dict[str, Any]]:
    """``factcheck check ARGS --no-search --format json -q`` in-process, with its cache in
    ``cache`` and no delay between requests to one host: the exit code and the report."""
    from click.testing import CliRunner

    from factcheck.cli import cli

    runner = CliRunner(env={"FACTCHECK_FETCH_HOST_DELAY": "0"})
    result = runner.invoke(
        cli,
        ["check", *args, "--no-search", "--format", "json", "-q", "--cache-dir", str(cache)],
    )
    assert result.exit_code in (0, 1), result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return result.exit_code, report
