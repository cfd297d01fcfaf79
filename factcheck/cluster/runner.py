"""The client side of a batch on Dask: plan the tasks, stream the results.

For each article, in the order named, a task reads it and extracts its claims; a small
task tells the client its sha256 and source URLs. An article already done (``--resume``)
stops there. Otherwise each source URL gets one fetch task for the whole batch, keyed
by the URL: articles that cite a page share its task while it is in flight and for a
while after (the most recently used pages stay in the cluster's memory), and the shared
store answers any later one. A judge task takes the article and its fetched sources.
Results are handed to ``emit`` as they complete, in completion order.

At most ``window`` articles are in flight and at most ``4 * window`` idle pages are kept,
so the client holds a bounded number of futures however long the batch: its memory does
not grow with the batch.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from hashlib import sha256
from typing import Any

from factcheck.check import CheckOptions
from factcheck.cluster import tasks
from factcheck.model import ArticleResult, SourceRecord
from factcheck.sources.gather import SourceRequest

Emit = Callable[[ArticleResult, list[SourceRecord]], None]
Progress = Callable[[int, int], None]


@dataclass
class _Article:
    path: str
    extracted: Any  # the Future of tasks.read_extract
    urls: tuple[str, ...] = ()


@dataclass
class _Fetch:
    future: Any
    users: int = 0


def default_window(client: Any) -> int:
    """Articles in flight: enough to keep every worker thread busy while sources load."""
    threads: int = sum(client.nthreads().values())
    return max(32, 8 * threads)


def run_batch(
    client: Any,
    paths: Iterable[str],
    options: CheckOptions,
    *,
    emit: Emit,
    store: str | None = None,
    done: frozenset[str] = frozenset(),
    progress: Progress | None = None,
    window: int | None = None,
) -> tuple[int, int]:
    """Check every article of ``paths`` on the cluster of ``client``; return (checked,
    skipped). ``done`` holds the sha256 of articles to skip; ``store`` is the evidence
    store the workers share (a folder or an fsspec URL; None: the options' cache folder).
    """
    # Imported here: the dask extra is optional, and the client process is the only one
    # that plans.
    from distributed import as_completed

    token = uuid.uuid4().hex[:12]
    [shared] = client.scatter([options], broadcast=True, hash=False)
    limit = window or default_window(client)
    queue = enumerate(paths)
    articles: dict[str, _Article] = {}  # by the key of its describe or judge task
    fetches: dict[str, _Fetch] = {}
    idle: OrderedDict[str, None] = OrderedDict()  # fetched pages no article waits for
    # Results come with their completion: no round trip to fetch each one.
    pending = as_completed(with_results=True)
    checked = skipped = 0

    def start_next() -> bool:
        item = next(queue, None)
        if item is None:
            return False
        i, path = item
        extracted = client.submit(
            tasks.read_extract, path, shared, key=f"factcheck-read-{token}-{i}"
        )
        described = client.submit(tasks.describe, extracted, key=f"factcheck-plan-{token}-{i}")
        articles[described.key] = _Article(path, extracted)
        pending.add(described)
        return True

    def fetch(request: SourceRequest) -> Any:
        entry = fetches.get(request.url)
        if entry is None:
            digest = sha256(request.url.encode()).hexdigest()[:32]
            future = client.submit(
                tasks.fetch_source,
                request,
                options.fetch,
                store,
                key=f"factcheck-fetch-{token}-{digest}",
            )
            entry = fetches[request.url] = _Fetch(future)
        entry.users += 1
        idle.pop(request.url, None)
        return entry.future

    def release(urls: Iterable[str]) -> None:
        for url in urls:
            entry = fetches[url]
            entry.users -= 1
            if entry.users == 0:
                idle[url] = None
        while len(idle) > 4 * limit:
            # Later citers of a forgotten page find it in the shared store, not online.
            oldest, _ = idle.popitem(last=False)
            del fetches[oldest]

    for _ in range(limit):
        if not start_next():
            break
    for future, outcome in pending:
        article = articles.pop(future.key)
        if future.key.startswith("factcheck-plan-"):
            sha, requests = outcome
            if sha in done:
                skipped += 1
                start_next()
            else:
                sources = [fetch(r) for r in requests]
                article.urls = tuple(r.url for r in requests)
                judged = client.submit(
                    tasks.judge,
                    article.extracted,
                    shared,
                    *sources,
                    key=future.key.replace("factcheck-plan-", "factcheck-judge-", 1),
                )
                articles[judged.key] = article
                pending.add(judged)
        else:
            result, records = outcome
            release(article.urls)
            emit(result, records)
            checked += 1
            start_next()
        future.release()
        if progress is not None:
            progress(checked, skipped)
    return checked, skipped
