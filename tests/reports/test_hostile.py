"""A source page full of markup, ``javascript:`` links, control characters and CI
commands cannot inject anything into the HTML, Markdown or GitHub reports.

The page (tests/reports/hostile/jobs.html) is served on 127.0.0.1 and checked end to
end, so its text reaches the reports the way real evidence does; a report whose every
field is hostile covers what a page cannot reach (URLs, paths, rationales, waivers)."""

from __future__ import annotations

import dataclasses
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import LOOPBACK, serve_directory
from markdown_it import MarkdownIt

from factcheck.check import CheckOptions, check_articles
from factcheck.model import VERDICT_LABELS, Evidence, PriorCheck, Report, Waiver
from factcheck.reading import parse_article
from factcheck.reports.formats import render
from factcheck.reports.gate import Gate
from factcheck.reports.options import RenderOptions
from factcheck.rulepacks.ruleset import RuleSet
from factcheck.sources.fetch import FetchOptions

HOSTILE = Path(__file__).parent / "hostile"
ARTICLE = (
    "Acme Corp is seeking a “Senior Data Engineer” with a salary of $120,000 a year, "
    "according to its job posting ({server}/jobs.html).\n"
)
EVIL = (
    '<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript:alert(3)) '
    "\x1b[31mred\x1b[0m\r\n::error file=x.md::pwned @octocat #12 | `tick` $x$ %0A"
)


@pytest.fixture(scope="module")
def hostile_report(ruleset: RuleSet) -> Report:
    with serve_directory(HOSTILE) as base:
        article = parse_article(ARTICLE.replace("{server}", base), "drafts/acme.md", "markdown")
        fetch = FetchOptions(allow_private=True, host_delay=0, use_cache=False, obey_robots=False)
        return check_articles([article], CheckOptions(fetch=fetch), ruleset=ruleset)


def _everything_hostile(report: Report) -> Report:
    """Every untrusted field of the report replaced by hostile text."""
    prior = PriorCheck(EVIL, EVIL, "javascript:alert(6)", EVIL, EVIL)
    articles = []
    for a in report.articles:
        claims = tuple(
            dataclasses.replace(
                c,
                claim=dataclasses.replace(c.claim, text=EVIL, type="salary"),
                verdict=dataclasses.replace(
                    c.verdict,
                    rationale=EVIL,
                    evidence=(
                        Evidence("javascript:alert(7)", EVIL, 50.0, "contradicts", EVIL),
                        Evidence(
                            "data:text/html,<script>alert(8)</script>", EVIL, 40.0, "supports"
                        ),
                        Evidence(" https://ok.example/\x00x", EVIL, 30.0, "neutral"),
                    ),
                ),
                waiver=Waiver(EVIL, EVIL, EVIL),
                prior_checks=(prior,),
            )
            for c in a.claims
        )
        articles.append(dataclasses.replace(a, path=EVIL, claims=claims, text=a.text + EVIL))
    return dataclasses.replace(report, articles=tuple(articles))


def test_the_page_text_reaches_the_evidence(hostile_report: Report) -> None:
    quotes = " ".join(e.quote for c in hostile_report.checked_claims() for e in c.verdict.evidence)
    assert "<script>alert(1)</script>" in quotes
    assert "javascript:alert(3)" in quotes
    assert "::error file=x.md::pwned" in quotes


pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _assert_inert_html(html: str, allowed_tags: set[str], *, report: bool = True) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag in allowed_tags, tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action", "formaction"):
                assert value is not None
                assert re.match(r"https?://|#", value), (tag, name, value)
        if report and tag == "a" and (attrs.get("href") or "").startswith("http"):
            assert attrs.get("rel") == "noopener noreferrer nofollow"
            assert attrs.get("referrerpolicy") == "no-referrer"


HTML_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p", "ul", "ol",
    "li", "b", "section", "div", "article", "span", "mark", "a", "q", "table", "thead",
    "tbody", "tr", "th", "td", "br",
}  # fmt: skip


@pytest.mark.parametrize("everything", [False, True], ids=["page", "every-field"])
def test_html_report_is_inert(hostile_report: Report, everything: bool) -> None:
    report = _everything_hostile(hostile_report) if everything else hostile_report
    html = render(report, "html")
    _assert_inert_html(html, HTML_TAGS)
    assert "<script" not in html.lower()
    assert "javascript:" not in " ".join(re.findall(r'href="([^"]*)"', html))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "\x1b" not in html and "\x00" not in html
    # The policy comes first in <head>, before anything the page could inject into.
    head = html[html.index("<head>") + len("<head>") :].lstrip()
    assert head.startswith('<meta http-equiv="Content-Security-Policy" content="default-src')
    found = re.search(r'content="([^"]*)"', head)
    assert found is not None
    policy = unescape(found.group(1))
    assert "script-src" not in policy and "'unsafe-inline'" not in policy
    assert "default-src 'none'" in policy


def _markdown_html(text: str) -> str:
    # html=True as on GitHub, which passes a subset of raw HTML through: escaping must
    # keep every hostile tag as text.
    md = MarkdownIt("gfm-like", {"html": True, "linkify": True})
    # GitHub links bare addresses only with a scheme or "www.", not every "name.tld".
    assert md.linkify is not None
    md.linkify.set({"fuzzy_link": False})
    html: str = md.render(text)
    return html


@pytest.mark.parametrize("everything", [False, True], ids=["page", "every-field"])
def test_markdown_report_is_inert(hostile_report: Report, everything: bool) -> None:
    report = _everything_hostile(hostile_report) if everything else hostile_report
    text = render(report, "markdown")
    html = _markdown_html(text)
    _assert_markdown_links(html)
    _assert_inert_html(
        html,
        {"h1", "h2", "h3", "p", "strong", "em", "table", "thead", "tbody", "tr", "th", "td",
         "ul", "li", "blockquote", "a"},
        report=False,
    )  # fmt: skip
    assert "@\u200boctocat" in text and "@octocat" not in text
    assert "\x1b" not in text and "\r" not in text
    # The hostile text is still there to read, as text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _assert_markdown_links(html: str) -> None:
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        if tag == "a":
            href = attrs.get("href")
            assert href is None or re.match(r"https?://|#claim-", href), href
            if href is None:
                assert set(attrs) == {"id"}


@pytest.mark.parametrize("everything", [False, True], ids=["page", "every-field"])
def test_github_commands_cannot_be_injected(hostile_report: Report, everything: bool) -> None:
    report = _everything_hostile(hostile_report) if everything else hostile_report
    # Every claim annotated, so that the page's text is in the messages.
    text = render(report, "github", RenderOptions(gate=Gate(fail_on=VERDICT_LABELS)))
    lines = text.split("\n")
    assert lines[-1] == ""
    command = re.compile(r"::(error|warning|notice) (file=[^,:]*,line=\d+,col=\d+,title=[^,:]*)::")
    annotations = [line for line in lines[:-1] if line.startswith("::")]
    assert annotations
    for line in lines[:-1]:
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", line), line
        if line.startswith("::"):
            assert command.match(line), line
        else:
            assert line.startswith("factcheck: ")
    # Escaped as the runner expects: "%0A" in the page becomes "%250A", not a newline.
    joined = "\n".join(annotations)
    assert "::error file=x.md::pwned" in joined  # as text after the command's own "::"
    if everything:
        assert "%250A" in joined  # "%0A" in the text stays text, not a newline
        assert (
            'file=<script>alert(1)</script> <img src=x onerror="alert(2)"> [x](javascript%3A'
            in joined
        )
