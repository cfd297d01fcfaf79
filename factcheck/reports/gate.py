"""Which claims make a run fail: the ``--fail-on`` verdicts, less waived claims, less
claims a baseline report already had.

    Gate(fail_on=("contradicted",), baseline=load_baseline(Path("main.json"))).fails(c)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import UsageError
from factcheck.model import VERDICT_LABELS, CheckedClaim, Report
from factcheck.reports.jsonreport import loads


def parse_labels(labels: str | Iterable[str], where: str = "--fail-on") -> tuple[str, ...]:
    """Verdict labels from a comma list (or a list); raises :class:`UsageError` for an
    unknown one. An empty list is allowed: nothing fails."""
    items = labels.split(",") if isinstance(labels, str) else list(labels)
    out = tuple(dict.fromkeys(str(i).strip() for i in items if str(i).strip()))
    for label in out:
        if label not in VERDICT_LABELS:
            raise UsageError(
                f"{where}: unknown verdict {label!r} (choose from {', '.join(VERDICT_LABELS)})"
            )
    return out


@dataclass(frozen=True)
class Gate:
    """The policy a run is judged by."""

    fail_on: tuple[str, ...] = ("contradicted",)
    # Fingerprints of the claims in a baseline report; None when there is no baseline.
    baseline: frozenset[str] | None = None

    def is_new(self, checked: CheckedClaim) -> bool:
        """True when there is no baseline or the baseline does not have this claim."""
        return self.baseline is None or checked.fingerprint not in self.baseline

    def fails(self, checked: CheckedClaim) -> bool:
        """True when this claim makes the run fail."""
        return (
            checked.verdict.label in self.fail_on
            and checked.waiver is None
            and self.is_new(checked)
        )

    def failures(self, report: Report) -> list[CheckedClaim]:
        """The claims that make the run fail, in report order."""
        return [c for c in report.checked_claims() if self.fails(c)]


def failing(report: Report, labels: Sequence[str]) -> bool:
    """True when a claim that is not waived has one of the ``labels``."""
    return bool(Gate(tuple(labels)).failures(report))


def load_baseline(path: Path) -> frozenset[str]:
    """The claim fingerprints of a saved JSON report, for ``--baseline``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read the baseline: {exc}") from None
    report = loads(text, str(path))
    missing = [c.claim.id for c in report.checked_claims() if not c.fingerprint]
    if missing:
        raise UsageError(f"{path}: baseline claim {missing[0]} has no fingerprint")
    return frozenset(c.fingerprint for c in report.checked_claims())
