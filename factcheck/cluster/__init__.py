"""Batches on a dask.distributed cluster (``factcheck check --scheduler ADDRESS``).

- ``connect``: reach a scheduler, or start a LocalCluster for ``local:N``.
- ``tasks``: the units of work as the workers run them (read and extract, fetch, judge).
- ``runner``: the client's plan, with results streamed in completion order.
- ``progress``: the count and rate on stderr.

Needs the optional ``dask`` extra: ``pip install 'factcheck[dask]'``. See docs/scale.md.
"""
