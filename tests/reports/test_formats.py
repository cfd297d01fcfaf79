"""Format by format: the JSON contract, SARIF against the OASIS schema, JUnit through an
independent reader, ClaimReview's required fields; prior fact-checks, waivers and the
baseline as every format shows them."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from conftest import shared_file
from junitparser import Failure, JUnitXml, Skipped

from factcheck.errors import UsageError
from factcheck.model import (
    ORIGINS,
    STANCES,
    VERDICT_LABELS,
    CheckedClaim,
    PriorCheck,
    Report,
    Waiver,
)
from factcheck.reports import claimreview, sarif
from factcheck.reports.formats import FORMATS, render
from factcheck.reports.gate import Gate
from factcheck.reports.jsonreport import to_dict
from factcheck.reports.options import RenderOptions

from .conftest import PUBLISHER, ROOT, SEED


def _edit_claims(report: Report, edit: Callable[[CheckedClaim], CheckedClaim]) -> Report:
    articles = tuple(
        dataclasses.replace(a, claims=tuple(edit(c) for c in a.claims)) for a in report.articles
    )
    return dataclasses.replace(report, articles=articles)


def _claim(report: Report, label: str) -> CheckedClaim:
    return next(c for c in report.checked_claims() if c.verdict.label == label)


# --- JSON: the contract's structure -------------------------------------------------


def test_json_report_keeps_the_contract(seed_report: Report) -> None:
    data = json.loads(render(seed_report, "json"))
    assert list(data) == ["schema", "tool", "articles", "sources", "summary"]
    assert data["schema"] == "factcheck-report/1"
    assert data["tool"] == {"name": "factcheck", "version": seed_report.version}
    [article] = data["articles"]
    assert set(article) == {"path", "sha256", "claims"}
    assert article["path"] == SEED
    assert re.fullmatch(r"[0-9a-f]{64}", article["sha256"])
    required = {
        "id": str,
        "type": str,
        "text": str,
        "sentence": str,
        "line": int,
        "column": int,
        "fields": dict,
        "verdict": str,
        "confidence": float,
        "rationale": str,
        "evidence": list,
    }
    assert article["claims"]
    for claim in article["claims"]:
        for key, kind in required.items():
            assert isinstance(claim[key], kind), key
        assert claim["verdict"] in VERDICT_LABELS
        assert 0 <= claim["confidence"] <= 1
        assert claim["line"] >= 1 and claim["column"] >= 1
        assert re.fullmatch(r"[a-z][a-z_]*", claim["type"])
        for e in claim["evidence"]:
            assert {"url", "quote", "score", "stance"} <= set(e)
            assert e["stance"] in STANCES
            assert isinstance(e["score"], (int, float))
    source_keys = {"url", "final_url", "status", "fetched_at", "sha256", "origin", "error"}
    for s in data["sources"]:
        assert source_keys <= set(s)
        assert s["origin"] in ORIGINS
        assert s["error"] is None or isinstance(s["error"], str)
        if s["fetched_at"]:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s["fetched_at"])
    summary = data["summary"]
    assert list(summary) == [
        "claims",
        "supported",
        "contradicted",
        "mixed",
        "unverified",
        "sources_ok",
        "sources_failed",
    ]
    assert summary["claims"] == len(article["claims"])
    assert sum(summary[label] for label in VERDICT_LABELS) == summary["claims"]
    assert summary["sources_ok"] + summary["sources_failed"] == len(data["sources"])
    assert summary["sources_failed"] == sum(1 for s in data["sources"] if s["error"])


def test_seed_verdict_lines_match_the_article(seed_report: Report) -> None:
    lines = (ROOT / SEED).read_text(encoding="utf-8").splitlines()
    for c in seed_report.checked_claims():
        line = lines[c.claim.line - 1]
        assert line[c.claim.column - 1 :].startswith(c.claim.text.split()[0])


# --- SARIF ------------------------------------------------------------------------------


def test_sarif_validates_against_the_oasis_schema(
    seed_report: Report, render_options: RenderOptions
) -> None:
    schema = json.loads(shared_file("schemas", "sarif-schema-2.1.0.json").read_text("utf-8"))
    log = json.loads(render(seed_report, "sarif", render_options))
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    [run] = log["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted(
        {f"{c.claim.type}/{c.verdict.label}" for c in seed_report.checked_claims()}
    )
    results = run["results"]
    assert len(results) == len(seed_report.checked_claims())
    for result, c in zip(results, seed_report.checked_claims(), strict=True):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"]) == (c.claim.line, c.claim.column)
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == SEED
        assert c.verdict.rationale in result["message"]["text"]
        for e in c.verdict.evidence[:3]:
            assert e.url in result["message"]["text"]
    levels = {
        c.claim.id: r["level"] for c, r in zip(seed_report.checked_claims(), results, strict=True)
    }
    assert levels[_claim(seed_report, "contradicted").claim.id] == "error"
    assert levels[_claim(seed_report, "supported").claim.id] == "none"


def test_sarif_waivers_are_suppressions_and_baseline_states(seed_report: Report) -> None:
    bad = _claim(seed_report, "contradicted")
    waived = _edit_claims(
        seed_report,
        lambda c: (
            dataclasses.replace(c, waiver=Waiver("Dana", "checked by phone", "w.toml"))
            if c is bad
            else c
        ),
    )
    options = RenderOptions(gate=Gate(baseline=frozenset({bad.fingerprint})))
    log = sarif.to_dict(waived, options)
    schema = json.loads(shared_file("schemas", "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    by_id = {r["properties"]["claimId"]: r for r in results}
    assert by_id[bad.claim.id]["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "Dana: checked by phone"}
    ]
    assert by_id[bad.claim.id]["level"] == "warning"
    assert by_id[bad.claim.id]["baselineState"] == "unchanged"
    assert {r["baselineState"] for r in results if r is not by_id[bad.claim.id]} == {"new"}


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("drafts/a b.md", {"uri": "drafts/a%20b.md", "uriBaseId": "%SRCROOT%"}),
        ("./x.md", {"uri": "x.md", "uriBaseId": "%SRCROOT%"}),
        ("/srv/x.md", {"uri": "file:///srv/x.md"}),
        ("https://news.example/a", {"uri": "https://news.example/a"}),
    ],
)
def test_sarif_artifact_locations(path: str, uri: dict[str, str]) -> None:
    assert sarif.artifact_location(path) == uri


# --- JUnit ------------------------------------------------------------------------------


def test_junit_parses_with_one_case_per_claim(
    seed_report: Report, render_options: RenderOptions, tmp_path: Path
) -> None:
    path = tmp_path / "junit.xml"
    path.write_text(render(seed_report, "junit", render_options), encoding="utf-8")
    xml = JUnitXml.fromfile(str(path))
    suites = list(xml)
    assert [s.name for s in suites] == [a.path for a in seed_report.articles]
    cases = [case for suite in suites for case in suite]
    claims = seed_report.checked_claims()
    assert len(cases) == len(claims) == xml.tests
    for case, c in zip(cases, claims, strict=True):
        assert case.name.startswith(f"{c.claim.id} {c.claim.type}: ")
        kinds = {type(r) for r in case.result}
        assert (Failure in kinds) == (c.verdict.label == "contradicted")
        assert (Skipped in kinds) == (c.verdict.label == "unverified")
    failures = [case for case in cases if any(isinstance(r, Failure) for r in case.result)]
    assert xml.failures == len(failures) == seed_report.summary()["contradicted"]
    assert failures[0].result[0].type == "contradicted"


def test_junit_waived_claim_is_skipped(seed_report: Report) -> None:
    bad = _claim(seed_report, "contradicted")
    waived = _edit_claims(
        seed_report,
        lambda c: (
            dataclasses.replace(c, waiver=Waiver("Dana", "ok <really>", "inline"))
            if c is bad
            else c
        ),
    )
    text = render(waived, "junit")
    assert 'failures="0"' in text
    assert "waived by Dana (inline marker): ok &lt;really&gt;" in text


# --- ClaimReview ------------------------------------------------------------------------


def test_claimreview_has_the_required_fields(
    seed_report: Report, render_options: RenderOptions
) -> None:
    reviews = json.loads(render(seed_report, "claimreview", render_options))
    claims = seed_report.checked_claims()
    assert len(reviews) == len(claims)
    for review, c in zip(reviews, claims, strict=True):
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == c.claim.text
        assert review["url"].startswith(f"{PUBLISHER.page_url}#claim-")
        assert review["author"] == {
            "@type": "Organization",
            "name": PUBLISHER.author,
            "url": PUBLISHER.author_url,
        }
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] == claimreview.RATINGS[c.verdict.label][1]
        if c.verdict.label != "unverified":
            assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert review["itemReviewed"]["@type"] == "Claim"
    by_label = {c.verdict.label: r for c, r in zip(claims, reviews, strict=True)}
    assert by_label["contradicted"]["reviewRating"]["ratingValue"] == 1
    assert by_label["supported"]["reviewRating"]["ratingValue"] == 5


def test_claimreview_needs_an_author(seed_report: Report) -> None:
    with pytest.raises(UsageError, match=r"\[claimreview\] author"):
        render(seed_report, "claimreview", RenderOptions())


def test_claimreview_is_safe_inside_a_script_element(
    seed_report: Report, render_options: RenderOptions
) -> None:
    evil = _edit_claims(
        seed_report,
        lambda c: dataclasses.replace(
            c, claim=dataclasses.replace(c.claim, text="</script><script>alert(1)</script>")
        ),
    )
    text = render(evil, "claimreview", render_options)
    assert "<" not in text and ">" not in text
    assert json.loads(text)[0]["claimReviewed"] == "</script><script>alert(1)</script>"


# --- What every format shows ------------------------------------------------------------


PRIOR = PriorCheck(
    publisher="PolitiFact",
    rating="Mostly False",
    url="https://www.politifact.com/factchecks/2023/jul/28/example/",
    claim="Netflix pays its AI product manager $900,000",
    date="2023-07-28",
)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_prior_fact_checks_show_in_every_format(
    fmt: str, seed_report: Report, render_options: RenderOptions
) -> None:
    target = _claim(seed_report, "contradicted")
    report = _edit_claims(
        seed_report,
        lambda c: dataclasses.replace(c, prior_checks=(PRIOR,)) if c is target else c,
    )
    text = render(report, fmt, render_options)
    if fmt in ("json", "jsonl"):
        first = json.loads(text) if fmt == "json" else {"articles": [json.loads(text)]}
        assert (
            first["articles"][0]["claims"][seed_report.checked_claims().index(target)][
                "prior_checks"
            ][0]["publisher"]
            == "PolitiFact"
        )
        return
    if fmt == "claimreview":
        review = json.loads(text)[seed_report.checked_claims().index(target)]
        [prior] = review["associatedClaimReview"]
        assert prior["author"]["name"] == "PolitiFact"
        assert prior["reviewRating"]["alternateName"] == "Mostly False"
        assert prior["url"] == PRIOR.url
        return
    if fmt == "markdown":
        text = text.replace("\\", "")
    assert "previously fact-checked by PolitiFact (2023-07-28): Mostly False" in text
    assert "politifact.com" in text


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "github", "junit", "sarif"])
def test_waived_claims_show_as_waived_and_do_not_fail(fmt: str, seed_report: Report) -> None:
    waiver = Waiver("Dana Reyes", "confirmed with the studio", ".factcheck-waivers.toml")
    report = _edit_claims(
        seed_report,
        lambda c: dataclasses.replace(c, waiver=waiver) if c.verdict.label == "contradicted" else c,
    )
    options = RenderOptions()
    assert not options.gate.failures(report)
    text = render(report, fmt, options)
    assert "Dana Reyes" in text
    assert "confirmed with the studio" in text
    if fmt in ("text", "markdown", "html"):
        assert "No claim fails the check" in text


def test_json_report_round_trips_waivers_and_prior_checks(seed_report: Report) -> None:
    from factcheck.reports.jsonreport import dumps, loads

    waiver = Waiver("Dana", "ok", "inline")
    report = _edit_claims(
        seed_report, lambda c: dataclasses.replace(c, waiver=waiver, prior_checks=(PRIOR,))
    )
    again = loads(dumps(report), "x.json")
    assert to_dict(again) == to_dict(report)


def test_html_without_the_article_text_shows_the_claims_sentences(seed_report: Report) -> None:
    from factcheck.reports.jsonreport import dumps, loads

    report = loads(dumps(seed_report), "saved.json")  # no article text: the draft is gone
    html = render(report, "html")
    assert "The article&#39;s text is not available" in html
    for n, c in enumerate(report.checked_claims(), start=1):
        assert f'id="ref-a1-c{n}"' in html
        assert f'data-verdict="{c.verdict.label}"' in html
    marked = re.findall(
        r'<mark class="claim[^"]*"[^>]*><a href="#a1-c\d+">([^<]*)</a></mark>', html
    )
    assert marked
    assert all(m for m in marked)
