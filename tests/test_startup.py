"""``factcheck --version`` and ``--help`` load no part of the pipeline: the network
client, the matcher, YAML, the HTML parser and the rule packs wait for a command that
uses them (bench/startup.py times the start-up)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("httpx", "numpy", "rapidfuzz", "yaml", "bs4", "vcr", "jinja2", "factcheck.check")

_RUN = """
import runpy, sys
sys.argv = ["factcheck", *sys.argv[1:]]
try:
    runpy.run_module("factcheck", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    assert exc.code in (None, 0), exc.code
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_load_nothing_heavy(flag: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, flag], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "factcheck" in done.stdout.lower()
    loaded = set(done.stderr.split())
    assert "factcheck.cli" in loaded  # the command line itself did load
    assert sorted(m for m in HEAVY if m in loaded) == []


def test_check_help_names_the_default_waiver_file() -> None:
    # The help is written before the waivers module is loaded, so it spells the name out.
    from click.testing import CliRunner

    from factcheck.cli import cli
    from factcheck.waivers import WAIVER_FILE

    result = CliRunner().invoke(cli, ["check", "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert WAIVER_FILE in result.stdout


def test_check_help_states_the_default_claim_limit() -> None:
    # Written out in the help, which is built before factcheck.check is loaded.
    from click.testing import CliRunner

    from factcheck.check import DEFAULT_MAX_CLAIMS
    from factcheck.cli import cli

    result = CliRunner().invoke(cli, ["check", "--help"], terminal_width=200)
    assert f"[default: {DEFAULT_MAX_CLAIMS}]" in result.stdout
