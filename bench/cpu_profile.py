"""Where a warm claim extraction spends its CPU time, by sampling on the CPU clock.

On the shared machine the usual profilers mislead: cProfile's own cost per call swells
the many small calls (a 2.3 s extraction takes 6.8 s under it), and py-spy samples wall
time, so its samples land where the process waits for a core, not where it works. This
asks the kernel for a signal after every millisecond of the process's own CPU time
(``ITIMER_PROF``) and, at each, notes the Python stack: the shares are shares of CPU
time whatever the load, at the cost of one signal a millisecond. Native code (the regex
engine, the Aho-Corasick scans) is charged to the Python line that called it.

The rules are loaded from a cache folder of the run's own (as the command line loads
them), the article is extracted once to warm up, the collector's objects are frozen,
and then ``--runs`` warm extractions are sampled.

    python bench/cpu_profile.py                       # 300 KB of news copy, 3 runs
    python bench/cpu_profile.py --size 1000000 --top 40
    python bench/cpu_profile.py --under build_strike  # only the samples inside it
"""

from __future__ import annotations

import argparse
import gc
import signal
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newscopy import news_article

from factcheck.check import load_rules
from factcheck.claims.extract import Extractor, extract_claims
from factcheck.reading import parse_article

Place = tuple[str, str]  # a function: its file's name and its own


class Sampler:
    """The Python stacks seen at each millisecond of CPU time, counted by function
    (inclusive: anywhere on the stack; exclusive: at its top) and by line."""

    def __init__(self, under: str | None = None) -> None:
        self.under = under  # count only samples inside a function of this name
        self.samples = 0  # every sample taken, counted or not
        self.inclusive: Counter[Place] = Counter()
        self.exclusive: Counter[Place] = Counter()
        self.lines: Counter[tuple[str, int]] = Counter()

    def take(self, _signal: int, frame: FrameType | None) -> None:
        """Note the stack ``frame`` is the top of (a signal handler)."""
        self.samples += 1
        stack: list[FrameType] = []
        while frame is not None:
            stack.append(frame)
            if frame.f_code.co_name == self.under:
                break
            frame = frame.f_back
        if not stack or (self.under is not None and frame is None):
            return
        top = stack[0].f_code
        self.exclusive[(Path(top.co_filename).name, top.co_name)] += 1
        self.lines[(Path(top.co_filename).name, stack[0].f_lineno or 0)] += 1
        for place in {(Path(f.f_code.co_filename).name, f.f_code.co_name) for f in stack}:
            self.inclusive[place] += 1

    def report(self, top: int) -> str:
        """The largest shares, as text."""
        total = max(1, self.samples)
        out = [f"{self.samples} samples (one per ms of CPU)"]
        for title, counts in (
            ("inclusive", self.inclusive),
            ("exclusive", self.exclusive),
            ("lines", self.lines),
        ):
            out.append(f"--- {title}")
            for (where, what), n in counts.most_common(top):
                out.append(f"{100 * n / total:5.1f}%  {where}:{what}")
        return "\n".join(out)


def main() -> None:
    """Sample warm extractions of news copy and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=300_000, help="characters of news copy")
    parser.add_argument("--runs", type=int, default=3, help="warm extractions sampled")
    parser.add_argument("--top", type=int, default=30, help="rows per table")
    parser.add_argument("--under", help="count only samples inside this function")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fc-cpu-profile-") as cache:
        ruleset = load_rules(cache_dir=Path(cache))
    extractor = Extractor(ruleset)
    article = parse_article(news_article(args.size), "news.txt", "text")
    extract_claims(article, ruleset, extractor=extractor)  # warm-up
    gc.collect()
    gc.freeze()
    sampler = Sampler(args.under)
    signal.signal(signal.SIGPROF, sampler.take)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    try:
        for _ in range(max(1, args.runs)):
            extract_claims(article, ruleset, extractor=extractor)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(sampler.report(args.top))


if __name__ == "__main__":
    main()
