"""Instructions of one warm claim extraction, counted by callgrind: a figure the machine's
load does not move.

On the shared machine, a round of `bench/extraction_compare.py` moves by 5 to 10% either
way, more than most changes to extraction are worth. Valgrind's callgrind counts the
instructions the process runs; the same code on the same text gives the same count to
about 0.05% (with ``PYTHONHASHSEED=0``). This starts the tree's factcheck under
callgrind with instrumentation off, loads the rules (from a cache folder of its own,
filled by a first run), extracts the claims of news copy once to warm up, freezes the
collector's objects (so that a full collection cannot land in one run and not another),
and switches instrumentation on (``callgrind_control -i on``) only around a second
extraction of the same article. It prints the count, the number of claims and a digest
of them (as `bench/extraction_speed.py` does), so that two trees' counts are known to be
for the same claims.

    python bench/extraction_instructions.py                  # this tree, 100 KB
    python bench/extraction_instructions.py --tree /tmp/base --size 300000

About four minutes for 100 KB on the shared machine (valgrind runs Python about fifty
times slower while it counts, and several times slower while it does not).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _worker(tree: str, size: int, cache: str, warm_only: bool) -> None:
    """Run in the process callgrind watches: switch counting on around one extraction
    (with ``warm_only``, only load the rules, filling the cache folder)."""
    from extraction_compare import tree_rules

    ruleset = tree_rules(tree, cache)
    if warm_only:
        return
    from newscopy import news_article

    from factcheck.claims.extract import Extractor, extract_claims
    from factcheck.reading import parse_article

    extractor = Extractor(ruleset)
    article = parse_article(news_article(size), "news.txt", "text")
    extract_claims(article, ruleset, extractor=extractor)  # warm-up
    gc.collect()
    gc.freeze()
    pid = str(os.getpid())
    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    claims = extract_claims(article, ruleset, extractor=extractor)
    subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)
    digest = hashlib.sha256("\n".join(map(repr, claims)).encode()).hexdigest()
    print(f"claims {len(claims)} sha256 {digest}", flush=True)


def main() -> None:
    """Count the instructions of one warm extraction in ``--tree`` and print them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", type=Path, default=HERE.parent, help="the source tree")
    parser.add_argument("--size", type=int, default=100_000, help="characters of news copy")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    tree = str(args.tree.resolve())
    if args.worker:
        _worker(tree, args.size, args.cache, args.warm)
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind (with callgrind_control) is needed")
    with tempfile.TemporaryDirectory(prefix="fc-instructions-") as scratch:
        command = [sys.executable, __file__, "--worker", "--tree", tree]
        command += ["--size", str(args.size), "--cache", str(Path(scratch) / "cache")]
        # A first run outside valgrind derives the rules into the cache folder.
        subprocess.run([*command, "--warm"], check=True, capture_output=True, text=True)
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={Path(scratch) / 'callgrind.out'}",
                *command,
            ],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
    counted = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if counted is None:
        raise SystemExit(done.stderr[-2000:])
    print(f"{tree}: {int(counted.group(1)):,} instructions, {done.stdout.strip()}")


if __name__ == "__main__":
    main()
