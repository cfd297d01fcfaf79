"""Progress of a batch on stderr: articles done out of the total, and the rate."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class RateProgress:
    """Writes ``factcheck: 120/1000 articles (35.2/s)`` lines at most every ``every``
    seconds, and a last line at :meth:`finish`; it does not touch the report."""

    def __init__(self, total: int, *, every: float = 2.0, stream: TextIO | None = None):
        self.total = total
        self.every = every
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self._last = self.started
        self.checked = self.skipped = 0

    def __call__(self, checked: int, skipped: int) -> None:
        self.checked, self.skipped = checked, skipped
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._write(now)

    def finish(self) -> None:
        """The last count, rate and time."""
        self._write(time.monotonic(), final=True)

    def _write(self, now: float, final: bool = False) -> None:
        elapsed = max(now - self.started, 1e-9)
        done = self.checked + self.skipped
        line = f"factcheck: {done}/{self.total} articles ({self.checked / elapsed:.1f}/s"
        line += f", {self.skipped} already done)" if self.skipped else ")"
        if final:
            line += f" in {elapsed:.1f} s"
        print(line, file=self.stream, flush=True)
