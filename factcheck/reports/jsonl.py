"""JSON Lines reports (``--format jsonl``): one article's report per line, for large batches.

Each line is one JSON object, self-contained: an article of the JSON report (``path``,
``sha256``, ``claims``) plus ``sources``, the records of that article's own sources. A
writer never holds more than one line, so a run of any size streams; a reader takes the
lines in any order. :func:`done_articles` reads back the articles a previous run wrote,
for ``--resume``; a last line cut short by a killed run is not one of them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.model import ArticleResult, Report, SourceRecord
from factcheck.reports.jsonreport import article_dict, source_dict
from factcheck.reports.options import RenderOptions


def article_line(article: ArticleResult, sources: Iterable[SourceRecord]) -> str:
    """One line (with its newline): the article and the records of its own sources."""
    data = article_dict(article) | {"sources": [source_dict(s) for s in sources]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def render(report: Report, options: RenderOptions | None = None) -> str:
    """A whole report as JSON Lines, its articles in report order. A report read back from
    JSON does not say which sources were whose: each of its lines carries them all."""
    lines = []
    for article in report.articles:
        own = set(article.sources)
        sources = [s for s in report.sources if not own or s.url in own]
        lines.append(article_line(article, sources))
    return "".join(lines)


def done_articles(path: Path) -> set[str]:
    """The sha256 of every article with a complete line in the JSON Lines report ``path``."""
    done = set()
    try:
        with path.open("rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # the last line of a run that was killed while writing it
                try:
                    sha = json.loads(raw).get("sha256")
                except (ValueError, AttributeError):
                    continue
                if isinstance(sha, str):
                    done.add(sha)
    except FileNotFoundError:
        return done
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the report to resume: {exc.strerror}") from None
    return done


def trim_partial_line(path: Path) -> None:
    """Cut a last line without its newline off ``path``, so that lines appended after it
    stay one per line."""
    try:
        with path.open("r+b") as handle:
            size = handle.seek(0, 2)
            keep = size
            while keep > 0:
                step = min(65536, keep)
                handle.seek(keep - step)
                chunk = handle.read(step)
                newline = chunk.rfind(b"\n")
                if newline >= 0:
                    keep = keep - step + newline + 1
                    break
                keep -= step
            if keep != size:
                handle.truncate(keep)
    except FileNotFoundError:
        return
