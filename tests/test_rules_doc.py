"""docs/rules.md's table of forms holds: each sentence yields a claim of its type with
the fields the table gives."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from factcheck.claims.extract import extract_claims
from factcheck.reading import parse_article

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def table_rows() -> list[tuple[str, str, dict[str, Any]]]:
    """(sentence, type, fields) for each row between the forms-table markers."""
    text = DOC.read_text(encoding="utf-8")
    body = text.split("<!-- forms-table -->", 1)[1].split("<!-- /forms-table -->", 1)[0]
    rows = []
    for line in body.splitlines():
        m = re.match(r"\| (.+?) \| (\w+) \| `(\{.*\})` \|$", line)
        if m:
            rows.append((m.group(1), m.group(2), json.loads(m.group(3))))
    return rows


def test_the_table_is_read() -> None:
    assert len(table_rows()) >= 20


@pytest.mark.parametrize(("sentence", "claim_type", "expected"), table_rows())
def test_documented_form(
    sentence: str, claim_type: str, expected: dict[str, Any], ruleset: Any
) -> None:
    claims = extract_claims(parse_article(sentence, "doc.txt"), ruleset)
    found = [dict(c.fields) for c in claims if c.type == claim_type]
    assert found, f"no {claim_type} in {sentence!r}: {[(c.type, c.text) for c in claims]}"
    for key, value in expected.items():
        assert found[0].get(key) == value, (key, found[0])
