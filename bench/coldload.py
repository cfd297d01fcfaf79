"""The first load of the rule packs on a machine (no derived rule data kept yet), in
CPU seconds, against baselines measured in the same run.

A first ``factcheck check`` parses and compiles every rule pattern, reads from each what
its matches need and where they can start, and keeps those values, signed, for the
runs after it (factcheck.rulepacks.derived). Each figure here is taken in a new
process with an empty cache folder and a key folder of its own, in turns:

- ``cold``: ``load_rules(cache_dir=<empty folder>)``, the first run's load;
- ``warm``: the same load from the folder a cold load filled, as every later run;
- ``re.compile``: the standard library compiling every rule pattern's text in a new
  process, which is the least any first load can cost;
- with ``--base TREE`` (another checkout, such as ``git worktree add /tmp/base main``),
  that tree's cold load too, round by round: the ratio of the two is the change.

A busy spell slows every side of a round alike; the ratios move less than the seconds.
Before timing, it checks that the cold and warm loads (and the base's) give the same
compiled patterns.

    python bench/coldload.py                        # 3 rounds
    python bench/coldload.py --base /tmp/base --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Run in a new process with the tree first on sys.path: prints a JSON line.
_LOAD = """
import hashlib, json, pathlib, sys, time
sys.path.insert(0, sys.argv[1])
import factcheck
from factcheck.check import load_rules
where = pathlib.Path(factcheck.__file__).resolve()
assert where.is_relative_to(pathlib.Path(sys.argv[1]).resolve()), where
start = time.process_time()
ruleset = load_rules(cache_dir=pathlib.Path(sys.argv[2]))
cpu = time.process_time() - start
digest = hashlib.sha256()
for rule in ruleset.rules:
    digest.update(repr((rule.id, rule.regex.pattern, rule.regex.flags)).encode())
print(json.dumps({"cpu": cpu, "rules": digest.hexdigest(), "patterns": [
    [rule.regex.pattern, int(rule.regex.flags)] for rule in ruleset.rules]}))
"""

_COMPILE = """
import json, re, sys, time
patterns = json.load(open(sys.argv[1]))
start = time.process_time()
for pattern, flags in patterns:
    re.compile(pattern, flags)
print(json.dumps({"cpu": time.process_time() - start}))
"""


def _run(code: str, *args: str, runtime: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTCHECK_")}
    # A key folder of this run's own: the user's key and cache are never touched.
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["XDG_CACHE_HOME"] = str(runtime / "cache-home")
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=runtime,
    )
    got: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return got


def _cold(tree: Path, scratch: Path) -> tuple[dict[str, object], Path]:
    cache = Path(tempfile.mkdtemp(dir=scratch, prefix="cache-"))
    return _run(_LOAD, str(tree), str(cache), runtime=scratch), cache


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--base", type=Path, help="another tree, whose cold load is timed too")
    parser.add_argument("-o", "--output", type=Path, help="write the figures as JSON")
    args = parser.parse_args(argv)
    rows: dict[str, list[float]] = {"cold": [], "warm": [], "re.compile": []}
    if args.base is not None:
        rows["base cold"] = []
    with tempfile.TemporaryDirectory(prefix="factcheck-coldload-") as folder:
        scratch = Path(folder)
        os.chmod(scratch, 0o700)
        patterns = scratch / "patterns.json"
        for round_ in range(args.rounds):
            cold, cache = _cold(ROOT, scratch)
            warm = _run(_LOAD, str(ROOT), str(cache), runtime=scratch)
            if cold["rules"] != warm["rules"]:
                raise SystemExit("a warm load gave other patterns than the cold load")
            patterns.write_text(json.dumps(cold["patterns"]))
            stdlib = _run(_COMPILE, str(patterns), runtime=scratch)
            rows["cold"].append(float(str(cold["cpu"])))
            rows["warm"].append(float(str(warm["cpu"])))
            rows["re.compile"].append(float(str(stdlib["cpu"])))
            line = f"round {round_ + 1}: cold {cold['cpu']:.2f} s, warm {warm['cpu']:.2f} s"
            line += f", re.compile of the patterns {stdlib['cpu']:.2f} s"
            if args.base is not None:
                base, _ = _cold(args.base.resolve(), scratch)
                if base["rules"] != cold["rules"]:
                    raise SystemExit(f"{args.base} loads other rule patterns than this tree")
                rows["base cold"].append(float(str(base["cpu"])))
                line += f", base cold {base['cpu']:.2f} s"
                line += (
                    f" (this tree / base {float(str(cold['cpu'])) / float(str(base['cpu'])):.2f})"
                )
            print(line, flush=True)
    medians = {name: statistics.median(values) for name, values in rows.items()}
    print("\nmedian CPU seconds of a new process, and against the cold load:")
    for name, value in medians.items():
        print(f"  {name:12s} {value:7.2f} s   cold / {name}: {medians['cold'] / value:5.2f}")
    if args.base is not None:
        ratios = [c / b for c, b in zip(rows["cold"], rows["base cold"], strict=True)]
        print(
            f"  this tree's cold load / the base's, round by round: "
            f"{', '.join(f'{r:.2f}' for r in ratios)} (median {statistics.median(ratios):.2f})"
        )
    if args.output is not None:
        args.output.write_text(json.dumps({"rounds": rows, "medians": medians}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
