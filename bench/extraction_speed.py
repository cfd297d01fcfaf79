"""Claim extraction speed in KB/s on one core, against sentence splitting in the same run.

A long article of varied news copy (bench/newscopy.py: dated strikes, pay figures and
ranges, job adverts, comparisons, quotes) is read into sentences, then its claims are
extracted with the built-in rule packs. Both are timed by CPU time, best of a few runs;
the baseline is reading and splitting the same text into sentences (syntok), the step
extraction starts from, so the ratio says how many times that cheap step extraction
costs, whatever the machine's speed.

The main figure is extraction with the extractor's context already built for the text
(as it is once the first call has read it), kept so that figures stay comparable with
earlier runs. A caller extracting from an article it has not seen also pays for what the
context learns of the whole text (the names it shows capitalised, the short forms it
defines); ``extract_new_text`` times that too.

    python bench/extraction_speed.py                 # 300 KB, best of 3
    python bench/extraction_speed.py --size 1000000 --repeats 5
    python bench/extraction_speed.py --json          # the figures as JSON

It prints a digest of the claims found (``claims_sha256``: the repr of every claim), so
that runs of two trees, or of a tree before and after a change meant only to be
faster, show at once whether they found the same claims.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newscopy import news_article

from factcheck.check import load_rules
from factcheck.claims.extract import Extractor, extract_claims
from factcheck.model import Article
from factcheck.reading import parse_article


def _cpu_best(repeats: int, work: Callable[[], object]) -> float:
    """The least CPU time of ``repeats`` runs of ``work`` (noise only ever adds)."""
    best = float("inf")
    for _ in range(max(1, repeats)):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def _as_new(article: Article) -> Article:
    """The same article with its text a new string: the extractor keeps the context of
    the text it saw last (by identity), so this one is read as a text it has not seen."""
    text = article.text
    return replace(article, text=text[:1] + text[1:])


def measure(size: int = 300_000, repeats: int = 3) -> dict[str, Any]:
    """Extraction and sentence-splitting speed on ``size`` characters of news copy."""
    ruleset = load_rules()
    extractor = Extractor(ruleset)
    text = news_article(size)
    kb = len(text.encode("utf-8")) / 1000
    article = parse_article(text, "news.txt", "text")
    claims = extract_claims(article, ruleset, extractor=extractor)  # warm-up
    split_s = _cpu_best(repeats, lambda: parse_article(text, "news.txt", "text"))
    extract_s = _cpu_best(repeats, lambda: extract_claims(article, ruleset, extractor=extractor))
    copies = iter([_as_new(article) for _ in range(max(1, repeats))])
    new_text_s = _cpu_best(
        repeats, lambda: extract_claims(next(copies), ruleset, extractor=extractor)
    )
    return {
        "article_kb": round(kb, 1),
        "paragraphs": text.count("\n\n"),
        "sentences": len(article.sentences),
        "claims": len(claims),
        "claim_types": dict(sorted(Counter(c.type for c in claims).items())),
        "claims_sha256": hashlib.sha256("\n".join(map(repr, claims)).encode()).hexdigest(),
        "extract_cpu_s": round(extract_s, 3),
        "split_cpu_s": round(split_s, 3),
        "extract_kb_per_s": round(kb / extract_s, 1),
        "split_kb_per_s": round(kb / split_s, 1),
        "extract_cost_vs_split": round(extract_s / split_s, 2),
        "extract_new_text_cpu_s": round(new_text_s, 3),
        "extract_new_text_kb_per_s": round(kb / new_text_s, 1),
    }


def main() -> None:
    """Print the figures (a table, or JSON with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300_000, help="characters of news copy")
    parser.add_argument("--repeats", type=int, default=3, help="timings; the best is kept")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    numbers = measure(args.size, args.repeats)
    if args.json:
        print(json.dumps(numbers, indent=2))
        return
    print(
        f"{numbers['article_kb']} KB, {numbers['sentences']} sentences, {numbers['claims']} claims"
    )
    labels = (("extract_claims", "extract"), ("  of a new text", "extract_new_text"))
    for label, key in (*labels, ("sentence split", "split")):
        speed, cpu = numbers[f"{key}_kb_per_s"], numbers[f"{key}_cpu_s"]
        print(f"{label:16} {speed:>9} KB/s  ({cpu} s CPU)")
    print(f"extraction costs {numbers['extract_cost_vs_split']}x sentence splitting")
    print(f"claims sha256 {numbers['claims_sha256']}")


if __name__ == "__main__":
    main()
