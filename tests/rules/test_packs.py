"""Rule packs as users write them.

Every pack under ``broken/`` is wrong in one way and must fail with exactly the
``path:line:col: message`` in its ``expected.txt``: through the library, through
``factcheck rules validate`` (exit 2, one line on stderr) and, for the packs whose
examples do not hold, through ``factcheck rules test`` (exit 1, every failure listed).
``packs/newsroom`` is a well-formed user pack: it loads next to the built-in one, its
rule ids come from its paths, and its knowledge extends the built-in rules.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from factcheck.check import load_rules
from factcheck.claims.extract import extract_claims
from factcheck.claims.selftest import check_examples
from factcheck.cli import main
from factcheck.errors import RuleError
from factcheck.reading import parse_article
from factcheck.rulepacks.loader import load_rules as load_without_examples

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BROKEN = sorted(p for p in (HERE / "broken").iterdir() if p.is_dir())
FAILING_EXAMPLES = [p for p in BROKEN if p.name.startswith("failing-example-")]
# ``rules test`` loads packs as ``validate`` does; a few kinds of problem show it.
INVALID = [p for p in BROKEN if p.name in ("unknown-key", "bad-regex", "unknown-member")]
NEWSROOM = HERE / "packs" / "newsroom"


@pytest.fixture(autouse=True)
def _at_project_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages name files relative to the working folder, as a user sees them."""
    monkeypatch.chdir(ROOT)


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _expected(case: Path) -> str:
    return (case / "expected.txt").read_text(encoding="utf-8").strip()


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr)."""
    with pytest.raises(SystemExit) as exited:
        main(list(args))
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.mark.parametrize("case", BROKEN, ids=lambda p: p.name)
def test_library_reports_the_exact_place_and_problem(case: Path) -> None:
    with pytest.raises(RuleError) as raised:
        load_rules([Path(_rel(case))])
    assert str(raised.value) == _expected(case)
    assert raised.value.line is not None and raised.value.column is not None


@pytest.mark.parametrize("case", BROKEN, ids=lambda p: p.name)
def test_validate_exits_2_with_one_line(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "rules", "validate", "--rules", _rel(case))
    assert (code, out, err) == (2, "", f"factcheck: error: {_expected(case)}\n")


@pytest.mark.parametrize("case", INVALID, ids=lambda p: p.name)
def test_rules_test_refuses_an_invalid_pack(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "rules", "test", "--rules", _rel(case))
    assert (code, out, err) == (2, "", f"factcheck: error: {_expected(case)}\n")


@pytest.mark.parametrize("case", FAILING_EXAMPLES, ids=lambda p: p.name)
def test_rules_test_lists_failing_examples(case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "rules", "test", "--rules", _rel(case))
    ruleset = load_without_examples([case])
    total = sum(len(r.examples) for r in ruleset.rules)
    assert code == 1
    assert err == f"{_expected(case)}\n"
    assert out == f"{total - 1}/{total} examples pass in {len(ruleset.rules)} rules\n"


def test_check_and_claims_refuse_a_broken_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "draft.txt"
    article.write_text("The bakery pays $15 an hour.\n", encoding="utf-8")
    case = HERE / "broken" / "unknown-macro"
    for command in ("check", "claims"):
        code, out, err = _cli(capsys, command, str(article), "--rules", _rel(case))
        assert (code, out, err) == (2, "", f"factcheck: error: {_expected(case)}\n")


def test_a_real_process_prints_no_traceback() -> None:
    case = HERE / "broken" / "duplicate-key"
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "rules", "validate", "--rules", _rel(case)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == f"factcheck: error: {_expected(case)}\n"


def test_builtin_packs_pass_their_own_examples(capsys: pytest.CaptureFixture[str]) -> None:
    ruleset = load_without_examples()
    assert check_examples(ruleset) == []
    assert all(any(ex.should_match for ex in r.examples) for r in ruleset.rules)
    code, out, err = _cli(capsys, "rules", "test")
    total = sum(len(r.examples) for r in ruleset.rules)
    assert (code, err) == (0, "")
    assert out == f"{total}/{total} examples pass in {len(ruleset.rules)} rules\n"


def test_user_pack_is_listed_tested_and_validated(capsys: pytest.CaptureFixture[str]) -> None:
    pack = _rel(NEWSROOM)
    code, out, _ = _cli(capsys, "rules", "list", "--rules", pack)
    assert code == 0
    assert f"newsroom 3 ({pack}): 1 rules\n" in out
    assert "  newsroom.ballot.vote_share " in out
    code, out, err = _cli(capsys, "rules", "test", "--rules", pack)
    assert (code, err) == (0, "")
    passed, total = out.split()[0].split("/")
    assert passed == total
    code, out, _ = _cli(capsys, "rules", "validate", "--rules", pack)
    assert code == 0 and out.endswith("rules in 2 packs\n")


def test_rule_ids_and_paths_come_from_the_files() -> None:
    ruleset = load_rules([NEWSROOM])
    own = [r for r in ruleset.rules if r.id.startswith("newsroom.")]
    assert [(r.id, r.type) for r in own] == [("newsroom.ballot.vote_share", "ballot")]
    assert Path(own[0].path).resolve() == NEWSROOM / "ballot" / "vote_share.yaml"
    assert {r.id.split(".")[0] for r in ruleset.rules} == {"core", "newsroom"}


def test_a_pack_named_twice_loads_once() -> None:
    once = load_rules([NEWSROOM])
    twice = load_rules([NEWSROOM, Path(_rel(NEWSROOM))])
    assert [p.name for p in twice.packs] == ["core", "newsroom"]
    assert [r.id for r in twice.rules] == [r.id for r in once.rules]


def _claims(text: str, dirs: list[Path]) -> list[tuple[str, dict[str, Any]]]:
    article = parse_article(text, "draft.txt", "text")
    return [(c.type, dict(c.fields)) for c in extract_claims(article, load_rules(dirs))]


def test_user_knowledge_extends_the_builtin_rules() -> None:
    """A currency and a union added as YAML are seen by the built-in salary and strike
    rules, and by the user's own rule."""
    text = (
        "Hovis offers bakers a salary of ISK 9,600,000 a year.\n\n"
        "Members of the bakers' union went on strike against Hovis in May.\n\n"
        "In the ballot, 87% of BFAWU members voted in favour of strike action.\n"
    )
    found = _claims(text, [NEWSROOM])
    salaries = [f for t, f in found if t == "salary"]
    assert [(s["min"], s["currency"], s["period"]) for s in salaries] == [(9600000, "ISK", "year")]
    strikes = [f for t, f in found if t == "strike"]
    assert [(s["strikers"], s["against"]) for s in strikes] == [(["BFAWU"], ["Hovis"])]
    ballots = [f for t, f in found if t == "ballot"]
    assert ballots == [{"share": 87, "union": ["BFAWU"], "side": "in favour"}]

    without = _claims(text, [])
    assert not any(f.get("currency") == "ISK" for t, f in without if t == "salary")
    assert not any("BFAWU" in f.get("strikers", []) for t, f in without if t == "strike")
    assert not any(t == "ballot" for t, _ in without)


def _name_rule(folder: Path, pattern: str) -> Any:
    """The compiled regex of a pack's one rule, whose pattern is ``pattern``; the pack
    loads alone, without the built-in ones."""
    folder.mkdir()
    (folder / "pack.yaml").write_text("name: visits\n", encoding="utf-8")
    rule = (
        f"type: visit\npattern: '{pattern}'\nexamples:\n  match:\n"
        "    - text: The auditors toured Grimsby.\n"
    )
    (folder / "toured.yaml").write_text(rule, encoding="utf-8")
    return load_without_examples([folder], builtin=False).rules[0].regex


def test_upper_and_lower_macros_read_capitals_of_latin_extended_a(tmp_path: Path) -> None:
    """``{upper}{lower}`` reads a name opening with Ł, Ş, İ or Ž as one opening with G,
    in the case it is written; ``[A-Z]`` stops at those capitals, and neither macro
    captures."""
    towns = ["Łowicz", "Şile", "İnegöl", "Žatec", "ęby"]
    sentences = [f"The auditors toured {town}." for town in towns]
    macro = _name_rule(tmp_path / "macro", r"toured\s+(?P<place>(?-i:{upper}{lower}+))")
    found = [m["place"] for m in map(macro.search, sentences) if m]
    assert found == ["Łowicz", "Şile", "İnegöl", "Žatec"]
    ascii_only = _name_rule(tmp_path / "ascii", r"toured\s+(?P<place>(?-i:[A-Z][a-z]+))")
    assert [m for m in map(ascii_only.search, sentences) if m] == []
    with pytest.raises(RuleError, match="cannot capture"):
        _name_rule(tmp_path / "capturing", r"toured\s+{upper:place}")


def test_every_key_macro_and_table_is_documented() -> None:
    """docs/rules.md names every rule key, macro and knowledge kind the loader accepts:
    adding one without documenting it fails here."""
    from factcheck.rulepacks.knowledge import KINDS
    from factcheck.rulepacks.loader import RULE_KEYS
    from factcheck.rulepacks.macros import CAPTURE_KINDS

    doc = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [f"`{k}`" for k in sorted(RULE_KEYS) if f"| `{k}` |" not in doc]
    missing += [f"{{{k}}}" for k in sorted(CAPTURE_KINDS) if f"`{{{k}" not in doc]
    missing += [f"kind {k}" for k in KINDS if f"### `{k}`" not in doc]
    assert missing == []
