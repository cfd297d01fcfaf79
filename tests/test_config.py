"""Settings: the file (.factcheck.toml or [tool.factcheck]), FACTCHECK_* variables and
defaults, their precedence, and errors at file:line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from factcheck.config import SCHEMA, Settings, check_options, find_config, load_settings
from factcheck.errors import ConfigError, UsageError
from factcheck.tomlfile import KeyLines

ROOT = Path(__file__).resolve().parents[1]


def settings_from(
    tmp_path: Path, text: str, env: dict[str, str] | None = None, name: str = ".factcheck.toml"
) -> Settings:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_settings(cwd=tmp_path, environ=env or {})


def error_of(tmp_path: Path, text: str, name: str = ".factcheck.toml") -> str:
    with pytest.raises(ConfigError) as caught:
        settings_from(tmp_path, text, name=name)
    return str(caught.value)


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(cwd=tmp_path, environ={})
    assert settings.file is None
    assert settings["fail_on"] == ("contradicted",)
    assert settings["fetch.concurrency"] == 8
    assert all(settings[name] == s.default for name, s in SCHEMA.items())


def test_a_full_file(tmp_path: Path) -> None:
    (tmp_path / "packs").mkdir()
    settings = settings_from(
        tmp_path,
        """
rules = ["packs"]
fail_on = ["contradicted", "mixed"]
min_checkworthiness = 0.7

[sources]
allow_domains = ["example.org"]
deny_domains = ["spam.example"]

[fetch]
concurrency = 4
per_host = 2
host_delay = 0.5
connect_timeout = 3
read_timeout = 6.5
url_deadline = 30
deadline = 120
max_bytes = 2_000_000
cache_dir = "cache"
obey_robots = false
recheck_local = false

[search]
backends = ["wikipedia"]
searxng_url = "https://searx.example/"
max_queries = 4

[claimreview]
author = "Example Desk"
author_url = "https://news.example/"
""",
    )
    assert settings.file == tmp_path / ".factcheck.toml"
    options = check_options(settings)
    assert options.rules == (tmp_path / "packs",)  # relative to the settings file
    assert options.min_checkworthiness == 0.7
    fetch = options.fetch
    assert (fetch.concurrency, fetch.per_host, fetch.host_delay) == (4, 2, 0.5)
    assert (fetch.connect_timeout, fetch.read_timeout, fetch.url_deadline) == (3.0, 6.5, 30.0)
    assert fetch.deadline == 120.0 and fetch.obey_robots is False
    assert fetch.recheck_local is False
    assert fetch.max_decoded_bytes == 2_000_000 and fetch.max_wire_bytes == 2_000_000
    assert fetch.cache_dir == tmp_path / "cache"
    assert fetch.allow_domains == ("example.org",) and fetch.deny_domains == ("spam.example",)
    assert options.search is not None
    assert options.search.backends == ("wikipedia",)
    assert options.search.searxng_url == "https://searx.example/"
    assert options.search.max_queries == 4
    assert settings.section("claimreview") == {
        "author": "Example Desk",
        "author_url": "https://news.example/",
        "page_url": None,
    }


def test_precedence_environment_over_file_over_defaults(tmp_path: Path) -> None:
    text = "[fetch]\nconcurrency = 4\nper_host = 3\n"
    env = {"FACTCHECK_FETCH_CONCURRENCY": "2", "FACTCHECK_FAIL_ON": "mixed, unverified"}
    settings = settings_from(tmp_path, text, env)
    assert settings["fetch.concurrency"] == 2  # environment
    assert settings["fetch.per_host"] == 3  # file
    assert settings["fetch.host_delay"] == 1.0  # default
    assert settings["fail_on"] == ("mixed", "unverified")


def test_pyproject_tool_table_and_the_nearest_file_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.factcheck]\nfail_on = []\n'
    )
    deeper = tmp_path / "a" / "b"
    deeper.mkdir(parents=True)
    assert find_config(deeper) == (tmp_path / "pyproject.toml", ("tool", "factcheck"))
    assert load_settings(cwd=deeper, environ={})["fail_on"] == ()
    (tmp_path / "a" / ".factcheck.toml").write_text('fail_on = ["mixed"]\n')
    assert load_settings(cwd=deeper, environ={})["fail_on"] == ("mixed",)


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text('fail_on = ["mixed"]\n')
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert load_settings(cwd=inner, environ={})["fail_on"] == ("mixed",)


def test_named_file_and_factcheck_config_variable(tmp_path: Path) -> None:
    (tmp_path / "other.toml").write_text("[fetch]\nretries = 0\n")
    assert load_settings(tmp_path / "other.toml", cwd=tmp_path, environ={})["fetch.retries"] == 0
    env = {"FACTCHECK_CONFIG": "other.toml"}
    assert load_settings(cwd=tmp_path, environ=env)["fetch.retries"] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fail_on = []\nfial_on = []\n", ":2: unknown setting 'fial_on' (did you mean 'fail_on'?)"),
        ("[fetch]\n\nconcurrency = 'four'\n", ":3: fetch.concurrency: expected a number"),
        ("[fetch]\nconcurrency = 0\n", ":2: fetch.concurrency: must be at least 1, got 0"),
        ("[fetch]\nretries = 1.5\n", ":2: fetch.retries: expected an integer, got a number"),
        ("[fetch]\nobey_robots = 'no'\n", ":2: fetch.obey_robots: expected true or false"),
        ("min_checkworthiness = 1.5\n", ":1: min_checkworthiness: must be at most 1, got 1.5"),
        ("fail_on = [\n  'contradicted',\n  'wrong',\n]\n", ":1: fail_on: unknown verdict"),
        ("rules = ['nowhere']\n", ":1: rules: no such folder"),
        ("[sources]\nallow_domains = 'a.org'\n", ":2: sources.allow_domains: expected a list"),
        ("[claimreview]\nauthor_url = 'javascript:x'\n", ":2: claimreview.author_url: expected"),
        ("[fetch.extra]\nx = 1\n", ":1: unknown setting 'fetch.extra'"),
        ("[nothing]\nx = 1\n", ":1: unknown setting 'nothing'"),
        ("fail_on = [\n", ":1: invalid TOML"),
        ("a = 1\na = 2\n", ":2:"),
    ],
)  # fmt: skip
def test_errors_name_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    message = error_of(tmp_path, text)
    assert message.startswith(str(tmp_path / ".factcheck.toml") + ":")
    assert expected in message, message
    assert "\n" not in message


def test_error_lines_in_pyproject_count_from_the_file_top(tmp_path: Path) -> None:
    text = '[project]\nname = "x"\n\n[tool.factcheck.fetch]\nper_host = -1\n'
    message = error_of(tmp_path, text, name="pyproject.toml")
    assert message == (
        f"{tmp_path / 'pyproject.toml'}:5: fetch.per_host: must be at least 1, got -1"
    )


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("FACTCHECK_FETCH_CONCURRENCY", "many", "CONCURRENCY: expected an integer, got 'many'"),
        ("FACTCHECK_FETCH_OBEY_ROBOTS", "perhaps", "ROBOTS: expected true or false"),
        ("FACTCHECK_FAIL_ON", "contradicted,nope", "FACTCHECK_FAIL_ON: unknown verdict 'nope'"),
        ("FACTCHECK_FETCH_HOST_DELAY", "-1", "FACTCHECK_FETCH_HOST_DELAY: must be at least 0"),
    ],
)  # fmt: skip
def test_environment_errors(tmp_path: Path, variable: str, value: str, expected: str) -> None:
    with pytest.raises(UsageError, match=re.escape(expected)):
        load_settings(cwd=tmp_path, environ={variable: value})


def test_unrelated_variables_are_ignored(tmp_path: Path) -> None:
    env = {"FACTCHECK_DEBUG": "1", "FACTCHECK_GOOGLE_API_KEY": "secret"}
    assert (
        load_settings(cwd=tmp_path, environ=env).values
        == load_settings(cwd=tmp_path, environ={}).values
    )


def test_the_readme_example_is_valid_and_names_every_setting(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n# \.factcheck\.toml\n(.*?)```", readme, re.S)
    assert example, "README.md has no .factcheck.toml example"
    (tmp_path / "factcheck-rules").mkdir()
    settings_from(tmp_path, example.group(1))  # every key valid, in its right table
    text = "\n" + example.group(1)
    missing = [name for name in SCHEMA if f"\n{name.rpartition('.')[2]} =" not in text]
    assert not missing


def test_key_lines_follow_tables_arrays_and_multiline_values() -> None:
    lines = KeyLines(
        'rules = [\n  "a",\n  "b = c",\n]\n[fetch]\n"quoted" = 1\nx.y = 2\n'
        '[[waiver]]\nby = """\nfake = 1\n"""\n[[waiver]]\nby = "z"\n'
    )
    assert lines.line(("rules",)) == 1
    assert lines.line(("fetch", "quoted")) == 6
    assert lines.line(("fetch", "x", "y")) == 7
    assert lines.line(("waiver", 0, "by")) == 9
    assert lines.line(("waiver", 0, "fake")) == 8  # inside a string: the table's line
    assert lines.line(("waiver", 1, "by")) == 13
    assert lines.line(("nowhere",)) is None
