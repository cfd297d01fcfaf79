"""What is public is a decision: every name in ``factcheck.__all__`` resolves, and the
library runs end to end through it without Click."""

from __future__ import annotations

import factcheck


def test_every_public_name_resolves() -> None:
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name


def test_unknown_names_are_attribute_errors() -> None:
    try:
        factcheck.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_library_checks_an_article_against_pages_without_the_cli() -> None:
    article = factcheck.parse_article(
        "The WGA went on strike against the AMPTP in 2023.", "draft.txt", "text"
    )
    page = factcheck.page_from_text(
        "https://example.org/wga", "<p>In 2023 the WGA went on strike against the AMPTP.</p>"
    )
    result = factcheck.check_against(article, [page], factcheck.load_rules())
    [checked] = [c for c in result.claims if c.claim.type == "strike"]
    assert checked.verdict.label == "supported"
    assert checked.verdict.evidence[0].url == "https://example.org/wga"
