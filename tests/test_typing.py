"""factcheck/ and the tests type-check cleanly under the strictness pyproject.toml states
([tool.mypy]: strict).

mypy runs in-process with its incremental cache in the repository's .mypy_cache, so a
second run only re-checks the modules that changed (about a second; some six from cold).
"""

from __future__ import annotations

from pathlib import Path

from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_reports_no_errors() -> None:
    stdout, stderr, status = mypy_api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
            "--no-error-summary",
            "--no-pretty",
            str(ROOT / "factcheck"),
            str(ROOT / "tests"),
        ]
    )
    assert status == 0, f"mypy found errors:\n{stdout}{stderr}"
