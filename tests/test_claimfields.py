"""Typed claim fields: attributes for code, the report's JSON object as a mapping."""

from __future__ import annotations

import json

from factcheck.claimfields import (
    AmountFields,
    ComparisonFields,
    GenericFields,
    JobTitleFields,
    SalaryFields,
    StrikeFields,
    fields_from_json,
)


def test_fields_without_default_always_show_and_defaults_hide() -> None:
    job = JobTitleFields(title="Harbour Pilot", employer=None, quoted=False)
    assert dict(job) == {"title": "Harbour Pilot", "employer": None, "quoted": False}
    graded = JobTitleFields(title="Analyst", employer="Brindle Ltd", level="Band 6", quoted=True)
    assert list(graded) == ["title", "employer", "level", "quoted"]
    assert graded["level"] == "Band 6" and graded.level == "Band 6"
    assert "person" not in graded and graded.get("person") is None


def test_the_mapping_is_the_json_view() -> None:
    strike = StrikeFields(strikers=("Kiln Workers Guild",), against=("Ostrava Glass",), year=2031)
    assert strike.strikers == ("Kiln Workers Guild",)
    assert strike["strikers"] == ["Kiln Workers Guild"]
    assert json.loads(json.dumps(dict(strike))) == {
        "strikers": ["Kiln Workers Guild"],
        "against": ["Ostrava Glass"],
        "year": 2031,
    }
    assert strike == {
        "strikers": ["Kiln Workers Guild"],
        "against": ["Ostrava Glass"],
        "year": 2031,
    }


def test_comparison_writes_factor_after_ratio_and_nested_amounts_as_objects() -> None:
    pay = AmountFields(min=90, max=90, currency="EUR", period=None)
    cmp = ComparisonFields(left="the pilot's pay", relation="ratio_about", right="x", ratio=3)
    assert list(cmp) == ["left", "relation", "right", "ratio", "factor"]
    assert cmp["factor"] == 3
    with_amount = ComparisonFields(left="a", relation="greater", right="b", right_amount=pay)
    assert with_amount["right_amount"] == {
        "min": 90,
        "max": 90,
        "currency": "EUR",
        "period": None,
    }
    assert with_amount.right_amount is pay


def test_a_report_reads_back_typed_and_unchanged() -> None:
    pay = SalaryFields(
        min=41000, max=52000, currency="GBP", period="year", kind="range", approximate=True
    )
    cmp = ComparisonFields(
        left="a",
        relation="ratio_at_least",
        right="b",
        ratio=2.5,
        left_amount=AmountFields(min=1, max=2, currency="USD", period="hour"),
    )
    for claim_type, fields in (("salary", pay), ("comparison", cmp)):
        written = json.loads(json.dumps(dict(fields)))
        back = fields_from_json(claim_type, written)
        assert type(back) is type(fields)
        assert dict(back) == written
    back_cmp = fields_from_json("comparison", json.loads(json.dumps(dict(cmp))))
    assert isinstance(back_cmp, ComparisonFields)
    assert back_cmp.left_amount == cmp.left_amount


def test_fields_a_type_does_not_write_are_kept_as_written() -> None:
    odd = {"min": 1, "max": 2, "currency": "USD", "period": "year", "kind": "range", "x": 1}
    for claim_type, data in (("salary", odd), ("salary", {"min": 1}), ("custom_type", odd)):
        back = fields_from_json(claim_type, data)
        assert isinstance(back, GenericFields)
        assert dict(back) == data
