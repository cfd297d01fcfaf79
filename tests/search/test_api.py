"""What factcheck.sources.search makes public is a decision: each name exists and says what."""

from __future__ import annotations

import factcheck.sources.search as search


def test_all_names_exist_and_are_documented() -> None:
    for name in search.__all__:
        value = getattr(search, name)
        if callable(value):
            assert value.__doc__, name


def test_nothing_public_is_left_out_of_all() -> None:
    public = {n for n in vars(search) if not n.startswith("_") and n.isidentifier()}
    modules = {"base", "factchecktools", "options", "priorchecks", "queries", "ranking", "run"}
    modules |= {"searxng", "urls", "wikipedia"}
    assert public - modules == set(search.__all__)
