"""Synthetic loads for the benchmarks, grown from the seed article and its cassette.

A long article is the seed article written out again and again, each copy about
another employer; a hundred source pages are the sixteen pages of the seed's cassette
in copies about other employers, with their paragraphs in another order and their
figures changed. So a long article has many different claims and the pages are all
different pages, of the size and shape real ones have (navigation, footers, scripts).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "seeds" / "netflix-ai-hiring.txt"
SEED_CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"

# Employers the built-in knowledge tables know, so that copies still yield typed claims.
EMPLOYERS = (
    "Netflix",
    "Amazon",
    "Apple",
    "Paramount",
    "Sony Pictures",
    "NBCUniversal",
    "Warner Bros. Discovery",
    "Hulu",
    "Google",
    "Microsoft",
)
_FIGURE = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d{2,})(?![\d,])")
_PARAGRAPH = re.compile(r"<p>.*?</p>", re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class SourcePage:
    """A page to serve: its path on the benchmark's hosts, content type and body."""

    path: str
    content_type: str
    body: bytes

    @property
    def title(self) -> str:
        """The page's title, as a search result shows it."""
        m = _TITLE.search(self.body.decode("utf-8"))
        return html.unescape(m.group(1)).strip() if m else ""

    @property
    def opening(self) -> str:
        """The text of its first paragraph, as a search snippet."""
        m = _PARAGRAPH.search(self.body.decode("utf-8"))
        return html.unescape(_TAG.sub("", m.group(0))).strip() if m else ""


def _about(text: str, copy: int) -> str:
    """``text`` about the copy's employer, with its figures changed for copies after
    the first (years and the like stay: only numbers of three digits or more change)."""
    if copy == 0:
        return text
    text = text.replace("Netflix", EMPLOYERS[copy % len(EMPLOYERS)])
    factor = 1 + (copy % 9 + 1) / 20

    def scaled(m: re.Match[str]) -> str:
        digits = m.group(1).replace(",", "")
        if len(digits) < 3 or 1900 <= int(digits) <= 2100:
            return m.group(1)
        value = round(int(digits) * factor)
        return f"{value:,}" if "," in m.group(1) else str(value)

    return _FIGURE.sub(scaled, text)


def long_article(copies: int) -> str:
    """The seed article ``copies`` times, each copy about another employer."""
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    parts = [_about(seed, k).strip() for k in range(copies)]
    return "\n\n".join(parts) + "\n"


def seed_pages() -> list[tuple[str, str, str]]:
    """The cassette's source pages: URL, content type and body (search answers left out)."""
    data = yaml.safe_load(SEED_CASSETTE.read_text(encoding="utf-8"))
    out = []
    for interaction in data["interactions"]:
        url = interaction["request"]["uri"]
        response = interaction["response"]
        if "/w/api.php" in url or response["status"]["code"] != 200:
            continue
        headers = {k.lower(): v for k, v in response["headers"].items()}
        content_type = headers.get("content-type", ["text/html"])[0]
        out.append((url, content_type, response["body"]["string"]))
    return out


def source_pages(count: int) -> list[SourcePage]:
    """``count`` different pages: copy k of seed page j has its paragraphs rotated by k
    and is about employer k."""
    seeds = seed_pages()
    pages = []
    for n in range(count):
        copy, (url, content_type, body) = divmod(n, len(seeds))[0], seeds[n % len(seeds)]
        paragraphs = _PARAGRAPH.findall(body)
        if copy and len(paragraphs) > 1:
            shift = copy % len(paragraphs)
            rotated = iter(paragraphs[shift:] + paragraphs[:shift])
            body = _PARAGRAPH.sub(lambda _m, it=rotated: next(it), body)
        slug = urlsplit(url).path.strip("/").replace("/", "-") or "index"
        path = f"/{n}/{slug}"
        pages.append(SourcePage(path, content_type, _about(body, copy).encode("utf-8")))
    return pages
