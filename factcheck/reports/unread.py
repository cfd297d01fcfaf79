"""Articles that could not be checked: they have candidate sources and none was read.

Every claim of such an article is ``unverified`` only because nothing could be fetched
(every source timed out, robots.txt could not be reached, a cassette or the offline
cache answered none of them), and a gate on ``contradicted`` would pass it unchecked.
The command line refuses that outcome (exit 2) unless asked to accept it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from factcheck.model import ArticleResult, Report, SourceRecord

ALLOW_FLAG = "--allow-unreadable-sources"


def unread(article: ArticleResult, records: Mapping[str, SourceRecord]) -> bool:
    """True when ``article`` has candidate sources and not one of them was read."""
    mine = [records[url] for url in article.sources if url in records]
    return bool(mine) and all(r.error is not None for r in mine)


def unread_articles(report: Report) -> list[ArticleResult]:
    """The articles of ``report`` that could not be checked, in report order."""
    records = {r.url: r for r in report.sources}
    return [a for a in report.articles if unread(a, records)]


def message(articles: Sequence[ArticleResult], records: Sequence[SourceRecord]) -> str:
    """One line saying which articles could not be checked, and why."""
    urls = {url for a in articles for url in a.sources}
    errors = Counter(r.error for r in records if r.url in urls and r.error)
    why = ", ".join(f"{code} x{n}" if n > 1 else code for code, n in sorted(errors.items()))
    if len(articles) == 1:
        what = f"no source of {articles[0].path} could be read"
    else:
        shown = ", ".join(a.path for a in articles[:3])
        more = f" and {len(articles) - 3} more" if len(articles) > 3 else ""
        what = f"no source could be read for {len(articles)} articles ({shown}{more})"
    return f"{what} ({why}): nothing was checked; {ALLOW_FLAG} accepts that"
