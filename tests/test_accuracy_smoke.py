"""bench/accuracy.py runs as a user runs it: on small sets written here (so the scores
are known), on a slice of the public sets when they are present, and refuses a
missing file with one line and exit code 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "bench" / "accuracy.py"
DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="module")
def rules_cache(
    tmp_path_factory: pytest.TempPathFactory, _derived_rules: tuple[Path, Path] | None
) -> dict[str, str]:
    """One cache folder (and signing key) for this file's runs, holding what the test
    run's first load of the rules derived (see conftest), as after a user's first run: the
    runs read it back instead of paying the cold load (about 14 s of CPU each, too close to
    the timeout on a busy machine). Without it, the first run here keeps what it derives."""
    cache = tmp_path_factory.mktemp("accuracy-cache")
    run = tmp_path_factory.mktemp("accuracy-run")
    if _derived_rules is not None:
        data, key = _derived_rules
        (run / key.parent.name).mkdir(mode=0o700)
        shutil.copyfile(key, run / key.parent.name / "cache-key")
        os.chmod(run / key.parent.name / "cache-key", 0o600)
        (cache / "factcheck" / "rules").mkdir(parents=True)
        shutil.copyfile(data, cache / "factcheck" / "rules" / data.name)
    return {"XDG_CACHE_HOME": str(cache), "XDG_RUNTIME_DIR": str(run)}


@pytest.fixture
def run(rules_cache: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """bench/accuracy.py with ARGS, as a user runs it, sharing the file's rules cache."""

    def _run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(SCRIPT), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, **rules_cache},
            timeout=120,
        )

    return _run


@pytest.fixture
def small_sets(tmp_path: Path) -> list[str]:
    claimbuster = tmp_path / "claimbuster.json"
    claimbuster.write_text(
        json.dumps(
            [
                {"sentence_id": 1, "label": 1, "text": "Netflix cut 450 jobs in 2022."},
                {"sentence_id": 2, "label": 0, "text": "Thank you all for coming tonight."},
                {"sentence_id": 3, "label": 0, "text": "I think we can do better than that."},
            ]
        ),
        encoding="utf-8",
    )
    vitaminc = tmp_path / "vitaminc.jsonl"
    rows = [
        ("SUPPORTS", "The Ashford bridge opened in 1998.", "The Ashford bridge opened in 1998."),
        ("REFUTES", "The Ashford bridge opened in 1998.", "The Ashford bridge opened in 2001."),
        ("NOT ENOUGH INFO", "The Ashford bridge opened in 1998.", "The river is wide here."),
    ]
    vitaminc.write_text(
        "".join(
            json.dumps({"unique_id": f"v{i}", "label": label, "claim": c, "evidence": e}) + "\n"
            for i, (label, c, e) in enumerate(rows)
        ),
        encoding="utf-8",
    )
    fever = tmp_path / "fever.jsonl"
    fever.write_text(
        json.dumps(
            {
                "id": "1",
                "label": "SUPPORTS",
                "claim": "Halden is a British retailer.",
                "evidence": "Halden is a British retailer founded in Leeds.",
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "2",
                "label": "REFUTES",
                "claim": "Halden is a German retailer.",
                "evidence": "Halden is a British retailer founded in Leeds.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return ["--claimbuster", str(claimbuster), "--vitaminc", str(vitaminc), "--fever", str(fever)]


def test_scores_on_sets_whose_answers_are_known(
    small_sets: list[str], run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    done = run(*small_sets, "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    cb = results["claimbuster"]
    assert (cb["precision"], cb["recall"], cb["f1"], cb["accuracy"]) == (1.0, 1.0, 1.0, 1.0)
    assert cb["majority_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    vc = results["vitaminc_numeric"]
    assert (vc["accuracy"], vc["macro_f1"]) == (1.0, 1.0)
    assert vc["majority_accuracy"] == pytest.approx(1 / 3, abs=1e-4)
    fe = results["fever_symmetric"]
    assert (fe["accuracy"], fe["majority_accuracy"]) == (1.0, 0.5)
    for result in (vc, fe):
        assert set(result["per_label"]) >= {"SUPPORTS", "REFUTES"}
        # One item of each set is refuted, and factcheck contradicts it and nothing else.
        said = result["contradicted"]
        assert (said["said"], said["right"], said["precision"]) == (1, 1, 1.0)


def test_the_table_names_the_baseline_and_the_ratio(
    small_sets: list[str], run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    done = run(*small_sets)
    assert done.returncode == 0, done.stderr
    assert "Claim detection, ClaimBuster" in done.stdout
    assert "Verdicts, VitaminC numeric (3 items; majority label:" in done.stdout
    assert "  accuracy                         1.000     0.500   x2.00" in done.stdout


def test_a_slice_of_the_public_sets(run: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    if not all(
        (DATA / p).is_file()
        for p in (
            "claimbuster/train.json",
            "vitaminc-numeric/dev.jsonl",
            "fever-symmetric/dev.jsonl",
        )
    ):
        pytest.skip("the public evaluation sets are not next to the project")
    done = run("--limit", "40", "--json")
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    for name in ("claimbuster", "vitaminc_numeric", "fever_symmetric"):
        assert results[name]["items"] == 40
        assert 0.0 <= results[name]["accuracy"] <= 1.0
        assert 0.0 < results[name]["majority_accuracy"] <= 1.0
        # The held-out fifth and the four fifths tuned on split the items between them.
        parts = results[name].get("held_out", {}), results[name].get("tuning", {})
        assert sum(p.get("items", 0) for p in parts) in (0, 40)
    for name in ("vitaminc_numeric", "fever_symmetric"):
        said = results[name]["contradicted"]
        assert said["held_out"]["said"] + said["tuning"]["said"] == said["said"]


def test_a_missing_file_is_one_line_and_exit_2(
    tmp_path: Path, run: Callable[..., subprocess.CompletedProcess[str]]
) -> None:
    done = run("--claimbuster", str(tmp_path / "nope.json"))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("accuracy: cannot read claimbuster data at ")
    assert done.stderr.count("\n") == 1
