"""A job posting as a page states it to machines: the schema.org ``JobPosting`` in a
``<script type="application/ld+json">`` block, which the tests that build postings put
in their pages' HTML (factcheck.sources.facts reads it)."""

from __future__ import annotations

import json
from typing import Any


def job_posting_ld(
    title: str | None = None,
    employer: str | None = None,
    *,
    currency: str | None = None,
    low: float | None = None,
    high: float | None = None,
    value: float | None = None,
    unit: str | None = None,
    **more: Any,
) -> str:
    """The ``<script type="application/ld+json">`` block of a schema.org JobPosting.

    ``title`` and ``employer`` (the hiringOrganization) are left out when None. A
    ``currency`` or a figure makes a baseSalary: ``low`` and ``high`` as its minValue
    and maxValue, or one ``value``, with ``unit`` as its unitText ("HOUR", "YEAR").
    Any other keyword (``validThrough``, ``datePosted``) is a property as given.
    """
    data: dict[str, Any] = {"@context": "https://schema.org", "@type": "JobPosting"}
    if title is not None:
        data["title"] = title
    if employer is not None:
        data["hiringOrganization"] = {"@type": "Organization", "name": employer}
    figures = {"minValue": low, "maxValue": high, "value": value, "unitText": unit}
    amount = {k: v for k, v in figures.items() if v is not None}
    if currency is not None or amount:
        salary: dict[str, Any] = {"@type": "MonetaryAmount"}
        if currency is not None:
            salary["currency"] = currency
        salary["value"] = {"@type": "QuantitativeValue", **amount}
        data["baseSalary"] = salary
    data.update(more)
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'
