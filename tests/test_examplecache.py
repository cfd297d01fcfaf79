"""Rule examples that held are not run again for the same packs and code; anything
else is checked, and a broken pack is reported on every load."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

import factcheck.check as check_module
from factcheck.check import load_rules
from factcheck.claims.selftest import ExampleFailure, check_examples
from factcheck.errors import RuleError
from factcheck.rulepacks import examplecache
from factcheck.rulepacks.ruleset import RuleSet

RULE = """\
type: gadget
pattern: '(?P<name>widgets?)\\s+(?:are|is)\\s+{rphrase:what}'
examples:
  match:
    - text: Widgets are back in fashion.
      fields: {name: Widgets}
"""


@pytest.fixture(autouse=True)
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "factcheck" / "examples"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "gadgets"
    (folder / "gadget").mkdir(parents=True)
    (folder / "pack.yaml").write_text("name: gadgets\nversion: 1\n", encoding="utf-8")
    (folder / "gadget" / "widget.yaml").write_text(RULE, encoding="utf-8")
    return folder


def _examples_must_not_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> list[object]:
        raise AssertionError("the examples ran again")

    monkeypatch.setattr(check_module, "check_examples", refuse)


def test_packs_that_passed_are_not_checked_again(
    pack: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_rules([pack])
    assert len(list(cache_home.iterdir())) == 1
    _examples_must_not_run(monkeypatch)
    again = load_rules([pack])
    assert [r.id for r in again.rules] == [r.id for r in first.rules]


def test_an_edited_pack_is_checked_again_and_its_failure_reported(pack: Path) -> None:
    load_rules([pack])
    rule = pack / "gadget" / "widget.yaml"
    rule.write_text(RULE.replace("fields: {name: Widgets}", "fields: {name: Gizmos}"), "utf-8")
    for _ in range(2):  # a failure is never recorded: reported on every load
        with pytest.raises(RuleError) as error:
            load_rules([pack])
        assert "wrong fields" in str(error.value)
        assert error.value.path is not None and error.value.path.endswith("widget.yaml")


def test_the_key_covers_every_pack_file_and_factcheck_module(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ruleset = load_rules([pack])
    key = examplecache.examples_key(ruleset)
    (pack / "pack.yaml").write_text("name: gadgets\nversion: 2\n", encoding="utf-8")
    assert examplecache.examples_key(ruleset) != key

    code = tmp_path / "code"
    code.mkdir()
    (code / "__init__.py").write_text("x = 1\n", encoding="utf-8")
    monkeypatch.setattr(examplecache, "factcheck", SimpleNamespace(__file__=str(code / "x.py")))
    before = examplecache.examples_key(ruleset)
    (code / "__init__.py").write_text("x = 2\n", encoding="utf-8")
    assert examplecache.examples_key(ruleset) != before


def test_without_a_writable_cache_the_examples_run_every_time(
    pack: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    runs: list[RuleSet] = []

    def counted(ruleset: RuleSet) -> list[ExampleFailure]:
        runs.append(ruleset)
        return check_examples(ruleset)

    monkeypatch.setattr(check_module, "check_examples", counted)
    load_rules([pack])
    load_rules([pack])
    assert len(runs) == 2
