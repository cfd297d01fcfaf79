"""The report formats' names and file suffixes, without their renderers: the command line
lists them in its options at start-up, before any report is made."""

from __future__ import annotations

# In the order ``--format`` lists them.
SUFFIXES: dict[str, str] = {
    "text": ".txt",
    "json": ".json",
    "jsonl": ".jsonl",
    "markdown": ".md",
    "html": ".html",
    "sarif": ".sarif",
    "junit": ".xml",
    "github": ".log",
    "claimreview": ".jsonld",
}
FORMAT_NAMES: tuple[str, ...] = tuple(SUFFIXES)
