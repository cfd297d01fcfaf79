"""The typed fields of each claim type: one frozen dataclass a type.

Code reads a claim's fields by attribute (``claim.fields.employer``). Each class is also
a read-only mapping whose items are the fields as the JSON report writes them (lists for
tuples, objects for nested amounts), so ``dict(claim.fields)`` is the report's
``fields`` object and readers written against plain mappings keep working.

What the mapping shows follows one rule: a field declared without a default is always
shown (``"employer": null`` says no employer was found); a field with a default is shown
only when it differs from it (a salary that is not approximate has no ``approximate``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import MISSING, dataclass
from dataclasses import fields as dataclass_fields
from functools import cache
from typing import Any, ClassVar, cast

Number = int | float


def _plain(value: Any) -> Any:
    """A field value as JSON writes it."""
    if isinstance(value, Fields):
        return {k: _plain(v) for k, v in value.shown()}
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


_ABSENT = object()


@cache
def _layout(cls: type[Fields]) -> tuple[tuple[str, Any], ...]:
    """Each field's name and the default that hides it (``_ABSENT``: always shown)."""
    out = []
    for f in dataclass_fields(cast(Any, cls)):
        if f.default is not MISSING:
            out.append((f.name, f.default))
        elif f.default_factory is not MISSING:
            out.append((f.name, f.default_factory()))
        else:
            out.append((f.name, _ABSENT))
    return tuple(out)


class Fields(Mapping[str, Any]):
    """The base of every claim type's fields (see the module's docstring)."""

    __slots__ = ()
    # Fields a builder may take from an earlier sentence (see ``resolved``).
    nested: ClassVar[Mapping[str, type[Fields]]] = {}

    def shown(self) -> Iterator[tuple[str, Any]]:
        """The fields the report shows, in order, with their typed values."""
        for name, default in _layout(type(self)):
            value = getattr(self, name)
            if default is _ABSENT or value != default:
                yield name, value

    def __getitem__(self, key: str) -> Any:
        for name, value in self.shown():
            if name == key:
                return _plain(value)
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self.shown())

    def __len__(self) -> int:
        return sum(1 for _ in self.shown())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self)!r})"

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Fields | None:
        """The fields a report wrote as ``data``, or None when ``data`` is not exactly
        what this class writes (a key it does not know, a shown field missing)."""
        layout = dict(_layout(cls))
        derived = set(cls.derived_keys())
        if any(k not in layout and k not in derived for k in data):
            return None
        if any(default is _ABSENT and name not in data for name, default in layout.items()):
            return None
        values = {}
        for name in layout:
            if name not in data:
                continue
            value = data[name]
            inner = cls.nested.get(name)
            if inner is not None and isinstance(value, Mapping):
                value = inner.from_json(value)
                if value is None:
                    return None
            elif isinstance(value, list):
                value = tuple(value)
            values[name] = value
        made = cls(**values)
        return made if dict(made) == dict(data) else None

    @classmethod
    def derived_keys(cls) -> tuple[str, ...]:
        """Keys the mapping shows that are computed from other fields."""
        return ()


@dataclass(frozen=True, eq=False, kw_only=True)
class AmountFields(Fields):
    """An amount of money or pay: bounds, currency and period (each may be unknown)."""

    min: Number | None
    max: Number | None
    currency: str | None
    period: str | None


@dataclass(frozen=True, eq=False, kw_only=True)
class SalaryFields(Fields):
    """Pay: its bounds, currency and period; ``kind`` says how the bounds were written
    ("range", "about", "within"; "at_most" / "at_least" for a bound such as "less than",
    "up_to" / "from" for an end of the scale such as "tops out at", "starting at");
    ``job`` and ``employer`` name whose pay it is when the sentence or a reference to an
    earlier job says so."""

    min: Number | None
    max: Number | None
    currency: str | None
    period: str | None
    kind: str
    approximate: bool = False
    level: str | None = None
    job: str | None = None
    employer: str | None = None
    # Fields taken from an earlier sentence by a reference ("the role", "the company").
    resolved: tuple[str, ...] = ()
    # The thing a piece rate is paid per ("parcel" for "£1.30 a parcel"): it has no period.
    per: str | None = None


@dataclass(frozen=True, eq=False, kw_only=True)
class JobTitleFields(Fields):
    """A job: its title, employer, the person holding it and its level or grade."""

    title: str
    employer: str | None
    person: str | None = None
    level: str | None = None
    quoted: bool
    resolved: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False, kw_only=True)
class StrikeFields(Fields):
    """A strike: who struck, against whom, whom the sentence says it spared
    (``excluded``), where (places named in its parties) and when (year, month) when
    written; ``denied`` when the sentence says the strikers kept out of it ("porters did
    not take part in the walkout"); ``called`` when it says the strikers called or led
    it ("the strike called by the guild"); ``lockout`` when the employer stopped the work
    ("the owners locked out 300 loaders": strikers are those locked out); ``planned`` when
    it tells a strike only planned or threatened ("the crews are planning a walkout")."""

    strikers: tuple[str, ...]
    against: tuple[str, ...]
    denied: bool = False
    called: bool = False
    lockout: bool = False
    planned: bool = False
    excluded: tuple[str, ...] = ()
    where: tuple[str, ...] = ()
    year: int | None = None
    month: int | None = None
    resolved: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False, kw_only=True)
class ComparisonFields(Fields):
    """Two sides and their relation; ``ratio`` of left to right when one is stated,
    ``difference`` between them when a sum is ("$8,000 more than"), and each side's
    amount when it states one."""

    nested: ClassVar[Mapping[str, type[Fields]]] = {
        "left_amount": AmountFields,
        "right_amount": AmountFields,
        "difference": AmountFields,
    }

    left: str
    relation: str
    right: str
    ratio: Number | None = None
    left_amount: AmountFields | None = None
    right_amount: AmountFields | None = None
    # How far apart the sides are, when the sentence says so: "$8,000 more than".
    difference: AmountFields | None = None
    # What is compared when it is not the sides' levels: "change" for how fast or how far
    # they rose or fell ("exports fell less steeply than imports").
    measure: str | None = None
    # The place a ranked side holds counted from the top, or from the bottom for a
    # lowest: 2 for "the second-highest in the region".
    rank: int | None = None

    def shown(self) -> Iterator[tuple[str, Any]]:
        """As the base's, with ``factor`` after ``ratio``: the ratio's older name, kept
        for readers of earlier reports."""
        for name, value in super().shown():
            yield name, value
            if name == "ratio":
                yield "factor", value

    @classmethod
    def derived_keys(cls) -> tuple[str, ...]:
        """``factor``, written from ``ratio``."""
        return ("factor",)


@dataclass(frozen=True, eq=False, kw_only=True)
class QuantityFields(Fields):
    """A count or amount with its unit, its bounds, and what it counts (``of``)."""

    value: Number
    min: Number | None
    max: Number | None
    unit: str
    of: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, eq=False, kw_only=True)
class DateFields(Fields):
    """An event and when it happened (ISO ``date``) or how long it lasted (``days``)."""

    event: str | None
    date: str | None = None
    days: Number | None = None
    subject: str | None = None


@dataclass(frozen=True, eq=False, kw_only=True)
class SuperlativeFields(Fields):
    """A superlative ("largest"), its scope ("world"), what it describes and of whom."""

    superlative: str
    scope: str | None
    subject: str
    entity: str | None


@dataclass(frozen=True, eq=False, kw_only=True)
class QuoteFields(Fields):
    """Quoted words and who said them."""

    quote: str
    speaker: str | None


@dataclass(frozen=True, eq=False, kw_only=True)
class StatementFields(Fields):
    """A plain statement: the organisations and numbers it names."""

    orgs: tuple[str, ...]
    numbers: tuple[str, ...]


class GenericFields(Fields):
    """The fields of a claim type the built-in packs do not define (a user's rule pack),
    or of a report written by another version: its values as they are."""

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]):
        self._values = dict(values)

    def shown(self) -> Iterator[tuple[str, Any]]:
        """Every value, in its own order."""
        return iter(self._values.items())

    def __getitem__(self, key: str) -> Any:
        return _plain(self._values[key])


FIELDS_OF: Mapping[str, type[Fields]] = {
    "salary": SalaryFields,
    "job_title": JobTitleFields,
    "strike": StrikeFields,
    "comparison": ComparisonFields,
    "quantity": QuantityFields,
    "date": DateFields,
    "superlative": SuperlativeFields,
    "quote": QuoteFields,
    "statement": StatementFields,
}


def fields_from_json(claim_type: str, data: Mapping[str, Any]) -> Fields:
    """A claim's fields read back from a report: typed when they are exactly what its
    type writes, else kept as written."""
    cls = FIELDS_OF.get(claim_type)
    typed = cls.from_json(data) if cls is not None else None
    return typed if typed is not None else GenericFields(data)
