"""Batches: the articles of a run, and the machinery that spreads their work.

- ``paths``: expand folders, globs and URLs into articles.
- ``local``: ``parallel_map`` over one machine's forked worker processes (``-j``).
- ``store``: the evidence store shared by a cluster's workers (a folder or an fsspec URL).

The Dask runner itself sits above the pipeline, in :mod:`factcheck.cluster`.
"""

from factcheck.batch.local import parallel_map
from factcheck.batch.paths import ARTICLE_SUFFIXES, expand_paths

__all__ = ["ARTICLE_SUFFIXES", "expand_paths", "parallel_map"]
