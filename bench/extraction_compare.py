"""Claim extraction speed of this tree against another, in turns, claims checked alike.

On a machine shared with other work, KB/s measured minutes apart differ by more than
most changes do. This runs two worker processes, one importing factcheck from this
tree and one from ``--base`` (another checkout, such as ``git worktree add /tmp/base
main``), asks them in turn to extract the claims of the same news copy (as
bench/extraction_speed.py does: CPU time, the extractor's context built, and again for
a text it has not seen), and prints the ratio of their times round by round: a busy
spell slows both sides of a round alike. Before timing, it checks that both trees find
the same claims, byte for byte, and stops if they do not.

    python bench/extraction_compare.py --base /tmp/base              # 300 KB, 5 rounds
    python bench/extraction_compare.py --base /tmp/base --size 1000000 --rounds 7
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

HERE = Path(__file__).resolve().parent


def tree_rules(tree: str, cache: str) -> Any:
    """The rules of the factcheck in ``tree``, loaded as the command line loads them,
    from the cache folder ``cache``; stops when factcheck is imported from elsewhere
    (an installed copy would time the wrong tree)."""
    sys.path.insert(0, tree)
    sys.path.insert(1, str(HERE))
    import factcheck
    from factcheck.check import load_rules

    where = Path(factcheck.__file__).resolve()
    if not where.is_relative_to(Path(tree).resolve()):
        raise SystemExit(f"factcheck imported from {where}, not from {tree}")
    return load_rules(cache_dir=Path(cache))


def _worker(tree: str, size: int, cache: str, warm_only: bool) -> None:
    """Serve timings of the factcheck in ``tree``: one JSON line per request on stdin.
    The rules are loaded as the command line loads them, from the cache folder
    ``cache`` (filled by a first process, ``warm_only``): a load that derives them
    keeps their parse trees, some million objects the garbage collector then walks
    again and again, which a check run from a filled cache never has."""
    from dataclasses import replace

    ruleset = tree_rules(tree, cache)
    if warm_only:
        return
    from newscopy import news_article

    from factcheck.claims.extract import Extractor, extract_claims
    from factcheck.reading import parse_article

    extractor = Extractor(ruleset)
    text = news_article(size)
    article = parse_article(text, "news.txt", "text")
    claims = extract_claims(article, ruleset, extractor=extractor)
    listing = "\n".join(repr(c) for c in claims)
    digest = hashlib.sha256(listing.encode()).hexdigest()
    kb = len(text.encode("utf-8")) / 1000
    print(json.dumps({"claims": len(claims), "digest": digest, "kb": kb}), flush=True)
    for line in sys.stdin:
        if line.strip() == "warm":
            started = time.process_time()
            extract_claims(article, ruleset, extractor=extractor)
        else:
            # The same text as a new string: the extractor learns its context again.
            fresh = replace(article, text=article.text[:1] + article.text[1:])
            started = time.process_time()
            extract_claims(fresh, ruleset, extractor=extractor)
        print(json.dumps(time.process_time() - started), flush=True)


def _start(tree: Path, size: int, cache: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    command = [sys.executable, __file__, "--worker", str(tree), "--size", str(size)]
    subprocess.run([*command, "--cache", cache, "--warm"], env=env, check=True)
    proc = subprocess.Popen(
        [*command, "--cache", cache],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    return proc, json.loads(_read(proc.stdout))


def _read(stream: IO[str] | None) -> str:
    assert stream is not None
    line = stream.readline()
    if not line:
        raise SystemExit("a worker stopped")
    return line


def _ask(proc: subprocess.Popen[str], what: str) -> float:
    assert proc.stdin is not None
    proc.stdin.write(what + "\n")
    proc.stdin.flush()
    seconds: float = json.loads(_read(proc.stdout))
    return seconds


def main() -> None:
    """Time both trees in turns and print the ratios (base time / this tree's time)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, help="the other source tree")
    parser.add_argument("--size", type=int, default=300_000, help="characters of news copy")
    parser.add_argument("--rounds", type=int, default=5, help="timings of each side")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    parser.add_argument("--warm", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker, args.size, args.cache, args.warm)
        return
    if args.base is None:
        parser.error("--base is required")
    with tempfile.TemporaryDirectory() as cache:
        _compare(args.base, args.size, args.rounds, cache)


def _compare(base_tree: Path, size: int, rounds: int, cache: str) -> None:
    base, base_info = _start(base_tree, size, cache)
    this, this_info = _start(HERE.parent, size, cache)
    if base_info["digest"] != this_info["digest"]:
        raise SystemExit(
            f"the claims differ: base {base_info['claims']}, this {this_info['claims']}"
        )
    kb = this_info["kb"]
    print(f"{kb:.1f} KB, {this_info['claims']} claims, the same in both trees")
    results = {}
    for what in ("warm", "new"):
        ratios: list[float] = []
        times: dict[str, list[float]] = {"base": [], "this": []}
        for n in range(rounds):
            # Who goes first alternates: a spell that slows the later one evens out.
            order = [("base", base), ("this", this)]
            if n % 2:
                order.reverse()
            took = {name: _ask(proc, what) for name, proc in order}
            for name in took:
                times[name].append(took[name])
            ratios.append(took["base"] / took["this"])
        results[what] = {
            "ratio_median": round(statistics.median(ratios), 3),
            "ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
            "base_kb_per_s_best": round(kb / min(times["base"]), 1),
            "this_kb_per_s_best": round(kb / min(times["this"]), 1),
            "base_kb_per_s_median": round(kb / statistics.median(times["base"]), 1),
            "this_kb_per_s_median": round(kb / statistics.median(times["this"]), 1),
        }
        r = results[what]
        print(
            f"{what:5} ratio {r['ratio_median']} ({r['ratio_range'][0]} to "
            f"{r['ratio_range'][1]}); KB/s best {r['base_kb_per_s_best']} -> "
            f"{r['this_kb_per_s_best']}, median {r['base_kb_per_s_median']} -> "
            f"{r['this_kb_per_s_median']}"
        )
    for proc in (base, this):
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
