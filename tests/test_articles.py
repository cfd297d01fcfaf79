"""End to end on articles nobody tuned the rules on (tests/articles): each fixture's
pages are served on 127.0.0.1 and the verdicts a careful fact-checker would reach are
asserted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import LOOPBACK, serve_directory

from factcheck.check import CheckOptions, check_articles
from factcheck.claims.values import Parsers
from factcheck.model import CheckedClaim, Report
from factcheck.reading import Format, parse_article
from factcheck.reports.gate import failing
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions

FIXTURES = Path(__file__).parent / "articles"
CASES = sorted(p.name for p in FIXTURES.iterdir() if (p / "expected.yaml").is_file())


def _article_file(folder: Path) -> Path:
    return next(p for p in sorted(folder.iterdir()) if p.stem == "article")


def _matches(claim: CheckedClaim, want: dict[str, Any]) -> bool:
    return claim.claim.type == want["type"] and want["sentence"] in claim.claim.sentence.text


def _canonical(name: str, ruleset: RuleSet) -> str:
    """The name the alias tables give an organisation ("United Auto Workers" is UAW), or
    the known acronym a full name's initials spell."""
    lowered = name.lower()
    for org in ruleset.knowledge.organisations.values():
        if lowered in (a.lower() for a in org.aliases):
            return org.name.lower()
    return Parsers(ruleset.macros).spelled_out(name).lower()


def _fields_ok(fields: dict[str, Any], want: dict[str, Any], ruleset: Any) -> bool:
    for key, value in want.items():
        got = fields.get(key)
        if isinstance(value, list):
            got_names = [_canonical(str(g), ruleset) for g in got or []]
            wanted = [_canonical(str(v), ruleset) for v in value]
            if not all(any(v in g or g in v for g in got_names) for v in wanted):
                return False
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            if not isinstance(got, (int, float)) or abs(got - value) > 1e-6 * max(1, abs(value)):
                return False
        elif isinstance(value, str) and isinstance(got, str):
            if _canonical(value, ruleset) != _canonical(got, ruleset):
                return False
        elif got != value:
            return False
    return True


def run_fixture(name: str, ruleset: RuleSet, tmp_path: Path) -> Report:
    folder = FIXTURES / name
    source = _article_file(folder)
    with serve_directory(folder / "pages") as base:
        text = source.read_text(encoding="utf-8").replace("{server}", base)
        formats: dict[str, Format] = {".md": "markdown", ".html": "html"}
        fmt = formats.get(source.suffix, "text")
        article = parse_article(text, str(source.relative_to(FIXTURES.parent.parent)), fmt)
        fetch = FetchOptions(allow_private=True, host_delay=0, use_cache=False, obey_robots=False)
        return check_articles([article], CheckOptions(fetch=fetch), ruleset=ruleset)


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
@pytest.mark.parametrize("name", CASES)
def test_fixture_verdicts(name: str, ruleset: Any, tmp_path: Path) -> None:
    expected = yaml.safe_load((FIXTURES / name / "expected.yaml").read_text(encoding="utf-8"))
    report = run_fixture(name, ruleset, tmp_path)
    claims = report.checked_claims()
    problems = []
    for want in expected["claims"]:
        allowed = want["verdict"] if isinstance(want["verdict"], list) else [want["verdict"]]
        found = [c for c in claims if _matches(c, want)]
        if not found:
            problems.append(f"no {want['type']} claim in sentence with {want['sentence']!r}")
            continue
        best = next((c for c in found if c.verdict.label in allowed), found[0])
        if best.verdict.label not in allowed:
            problems.append(
                f"{want['type']} {best.claim.text!r}: {best.verdict.label}, expected {allowed}"
                f" ({best.verdict.rationale})"
            )
        if want.get("fields") and not any(
            _fields_ok(dict(c.claim.fields), want["fields"], ruleset) for c in found
        ):
            got = dict(found[0].claim.fields)
            problems.append(
                f"{want['type']} {found[0].claim.text!r}: fields {got} != {want['fields']}"
            )
        if best.verdict.label != "unverified" and not best.verdict.evidence:
            problems.append(f"{best.claim.text!r}: {best.verdict.label} without evidence")
    assert not problems, "\n".join(problems)
    assert (1 if failing(report, ["contradicted"]) else 0) == expected["exit_code"]
