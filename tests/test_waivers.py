"""Waiver files: reading them (errors at file:line), expiry, and applying them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from factcheck.claimfields import SalaryFields
from factcheck.errors import ConfigError
from factcheck.model import (
    ArticleResult,
    CheckedClaim,
    Claim,
    Report,
    Sentence,
    Verdict,
    Waiver,
)
from factcheck.reading import parse_article
from factcheck.reports.gate import Gate
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.waivers import apply_waivers, inline_waiver, load_waivers, split_expired

GOOD = """# Accepted after review.
[[waiver]]
fingerprint = "0123456789abcdef"
by = "Dana Reyes"
reason = "Confirmed with the union's press office"
claim = "six-figure salary"

[[waiver]]
fingerprint = "fedcba9876543210"
by = "Sam Ortiz"
reason = "The posting was edited"
expires = 2024-06-30
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "waivers.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_and_expiry(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    entries = load_waivers(path)
    assert [(e.fingerprint, e.line, e.expires) for e in entries] == [
        ("0123456789abcdef", 2, None),
        ("fedcba9876543210", 8, dt.date(2024, 6, 30)),
    ]
    assert entries[0].waiver == Waiver(
        "Dana Reyes", "Confirmed with the union's press office", str(path)
    )
    active, expired = split_expired(entries, dt.date(2024, 6, 30))
    assert set(active) == {"0123456789abcdef", "fedcba9876543210"} and not expired
    active, expired = split_expired(entries, dt.date(2024, 7, 1))
    assert set(active) == {"0123456789abcdef"}
    assert [e.fingerprint for e in expired] == ["fedcba9876543210"]


W = '[[waiver]]\nfingerprint = "0123456789abcdef"\n'
ABOUT = 'by = "a"\nreason = "r"\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (W + 'reason = "r"\n', ":1: waiver needs 'by'"),
        (W + 'by = ""\nreason = "r"\n', ":3: waiver needs 'by'"),
        (W.replace("0123456789abcdef", "c3") + ABOUT, ":2: fingerprint 'c3' is not a claim"),
        (W + ABOUT + 'expires = "soon"\n', ":5: 'expires' must be a date"),
        (W + ABOUT + 'who = "x"\n', ":5: unknown waiver key 'who'"),
        (W + ABOUT + W.upper().replace("WAIVER", "waiver").replace("FINGERPRINT", "fingerprint")
         + ABOUT, ":6: fingerprint 0123456789abcdef is already waived on line 2"),
        ("waivers = []\n", ":1: unknown key 'waivers'"),
        ('waiver = "x"\n', ":1: 'waiver' must be an array of tables"),
        ("[[waiver]\n", ":1:"),
    ],
)  # fmt: skip
def test_errors_name_file_and_line(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError) as caught:
        load_waivers(path)
    assert str(caught.value).startswith(f"{path}:")
    assert expected in str(caught.value), str(caught.value)


def test_missing_waiver_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such file"):
        load_waivers(tmp_path / "absent.toml")


_PAY = SalaryFields(min=5, max=5, currency="USD", period="hour", kind="range")


def _report(*fingerprints: str) -> Report:
    sentence = Sentence(0, "Pay is $5.", 0, 10, 1, 1, 0)
    claims = tuple(
        CheckedClaim(
            Claim(f"c{i}", "salary", "$5", sentence, 7, 9, 1, 8, _PAY, "r"),
            Verdict("contradicted", 0.9, "No."),
            fingerprint=f,
        )
        for i, f in enumerate(fingerprints, start=1)
    )
    return Report("0", (ArticleResult("a.md", "0" * 64, claims),), ())


def test_apply_waivers_marks_only_matching_claims_and_they_stop_failing() -> None:
    report = _report("0123456789abcdef", "1111111111111111")
    waiver = Waiver("Dana", "ok", "w.toml")
    applied = apply_waivers(report, {"0123456789abcdef": waiver})
    assert [c.waiver for c in applied.checked_claims()] == [waiver, None]
    assert [c.claim.id for c in Gate().failures(applied)] == ["c2"]
    assert apply_waivers(report, {}) is report


def test_an_inline_waiver_is_kept_over_a_file_waiver() -> None:
    report = _report("0123456789abcdef")
    inline = inline_waiver(1)
    marked = dataclasses.replace(
        report,
        articles=(
            dataclasses.replace(
                report.articles[0],
                claims=(dataclasses.replace(report.articles[0].claims[0], waiver=inline),),
            ),
        ),
    )
    applied = apply_waivers(marked, {"0123456789abcdef": Waiver("Dana", "ok", "w.toml")})
    assert applied.checked_claims()[0].waiver == inline
    assert inline.source == "inline"


def test_check_marks_claims_on_an_inline_marker_line(ruleset: RuleSet) -> None:
    from factcheck.check import CheckOptions, check_articles
    from factcheck.sources.fetch import FetchOptions

    text = (
        "Netflix is offering a salary of up to $900,000 a year. <!-- factcheck: ignore -->\n\n"
        "Disney is offering a salary of up to $180,000 a year.\n"
    )
    article = parse_article(text, "draft.md", "markdown")
    assert article.ignored_lines == frozenset({1})
    report = check_articles(
        [article], CheckOptions(fetch=FetchOptions(offline=True, use_cache=False)), ruleset=ruleset
    )
    by_line = {c.claim.line: c.waiver for c in report.checked_claims()}
    assert by_line[1] is not None and by_line[1].source == "inline"
    assert by_line[3] is None
