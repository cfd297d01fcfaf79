"""Every format of the seed's report against its golden file; and a saved JSON report
re-rendered by ``factcheck report`` gives the same output as the run itself."""

from __future__ import annotations

import contextlib

import pytest

from factcheck.model import Report
from factcheck.reports.formats import FORMATS, SUFFIXES, render
from factcheck.reports.jsonreport import dumps, loads, with_article_texts
from factcheck.reports.options import RenderOptions

from .conftest import ROOT, Golden


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_golden(
    fmt: str, seed_report: Report, render_options: RenderOptions, golden: Golden
) -> None:
    golden(f"seed{SUFFIXES[fmt]}", render(seed_report, fmt, render_options))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_json_round_trip_renders_the_same(
    fmt: str, seed_report: Report, render_options: RenderOptions
) -> None:
    """What `factcheck report` re-renders from the JSON equals the original rendering: the
    JSON keeps everything every format shows (the article text is read back from disk)."""
    from factcheck.cli import _article_text

    with contextlib.chdir(ROOT):
        loaded = with_article_texts(loads(dumps(seed_report), "seed.json"), _article_text)
    assert render(loaded, fmt, render_options) == render(seed_report, fmt, render_options)


def test_every_format_has_a_golden_file() -> None:
    assert set(SUFFIXES) == set(FORMATS)
    assert len(set(SUFFIXES.values())) == len(SUFFIXES)
