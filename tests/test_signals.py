"""Ctrl-C and closed pipes, in real processes: an interrupted run says so in one line and
exits 130 whenever the signal lands (while Python loads the libraries, while rules load,
while a source stalls); a reader that goes away (``| head -1``) gets no complaint."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from clirun import ROOT, start
from faultserver import LOOPBACK, FaultServer

import factcheck

pytestmark = pytest.mark.block_network(allowed_hosts=LOOPBACK)

PACKAGE = Path(factcheck.__file__).resolve().parent
SEED = ROOT / "seeds" / "netflix-ai-hiring.txt"
CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"
ENV = {"FACTCHECK_FETCH_HOST_DELAY": "0", "FACTCHECK_FETCH_OBEY_ROBOTS": "false"}


def _warm_folders() -> dict[str, str]:
    """This test's cache and key folders, which the ``warm_rules`` fixture filled, for a
    run that is to reach what comes after loading the rules without a cold load."""
    return {name: os.environ[name] for name in ("XDG_CACHE_HOME", "XDG_RUNTIME_DIR")}


@pytest.fixture
def stalled_draft(tmp_path: Path) -> Iterator[tuple[Path, FaultServer]]:
    """A draft citing a page whose server sends headers and then nothing."""
    with FaultServer() as server:
        draft = tmp_path / "draft.md"
        draft.write_text(
            "The lighthouse keepers' guild counted 212 members in 2019, "
            f"[its newsletter]({server.url('/stall')}) says.\n",
            encoding="utf-8",
        )
        yield draft, server


def interrupted(process: subprocess.Popen[bytes]) -> tuple[int, str]:
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=20)
    return process.returncode, err.decode("utf-8", "replace")


def assert_one_line(code: int, err: str) -> None:
    # The console script is named factcheck too, so a frame counts as factcheck's by the
    # package's directory, not by its name.
    ours = [Path(f) for f in re.findall(r'File "([^"]+)"', err) if Path(f).is_relative_to(PACKAGE)]
    started = any(f != PACKAGE / "__init__.py" for f in ours)
    if code == -signal.SIGINT:
        # Ended by the signal's default action, which a shell also reports as 130: Python
        # had not yet installed a handler, so nothing of factcheck ran (Python may still
        # report the import it was in when the signal landed very early).
        assert not started, err
        return
    if not started and ("Traceback" in err or err.strip().endswith("KeyboardInterrupt")):
        # Python's own start-up (site, runpy, the console script's own imports), or the
        # first import of factcheck/__init__.py before its handler exists (some 30 ms):
        # nothing factcheck can catch. Very early, Python reports the bare exception name.
        pytest.skip("the signal landed before factcheck's handler was installed")
    assert "Traceback" not in err, err
    assert code == 130, err
    assert err.strip().splitlines() == ["factcheck: interrupted"], err


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3, 0.6, 1.0, 1.6])
def test_ctrl_c_at_any_moment_is_one_line_and_130(
    stalled_draft: tuple[Path, FaultServer], tmp_path: Path, delay: float
) -> None:
    draft, _ = stalled_draft
    args = ("check", str(draft), "--allow-private", "--no-search", "-q")
    process = start(*args, env={**ENV, "HOME": str(tmp_path)}, cwd=tmp_path)
    time.sleep(delay)
    assert_one_line(*interrupted(process))


@pytest.mark.usefixtures("warm_rules")
def test_ctrl_c_while_a_source_stalls(
    stalled_draft: tuple[Path, FaultServer], tmp_path: Path
) -> None:
    draft, server = stalled_draft
    args = ("check", str(draft), "--allow-private", "--no-search", "-q")
    process = start(*args, env={**ENV, **_warm_folders(), "HOME": str(tmp_path)}, cwd=tmp_path)
    deadline = time.monotonic() + 30
    while not server.seen and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.seen, "the run never reached the stalled source"
    started = time.monotonic()
    code, err = interrupted(process)
    assert (code, err.strip()) == (130, "factcheck: interrupted")
    assert time.monotonic() - started < 5


def after_a_dropped_ctrl_c(
    tmp_path: Path, args: list[str], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``factcheck ARGS`` run in a process where a Ctrl-C was raised inside a __del__
    just before, and so dropped by Python."""
    script = tmp_path / "drop.py"
    script.write_text(
        "import os, signal\n"
        "from factcheck.cli import interrupts, main\n"
        "interrupts.install()\n"
        "class Dropped:\n"
        "    def __del__(self):\n"
        "        os.kill(os.getpid(), signal.SIGINT)\n"
        "Dropped()\n"
        f"main({args!r})\n",
        encoding="utf-8",
    )
    return subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )


def test_ctrl_c_that_python_drops_still_ends_the_run(tmp_path: Path) -> None:
    # A KeyboardInterrupt raised inside a __del__ (or a weakref callback, as an import
    # lock's clean-up is) never reaches the command line: Python prints "Exception
    # ignored" and goes on. The run must still end as an interrupted one.
    done = after_a_dropped_ctrl_c(tmp_path, ["rules", "list"])
    assert (done.returncode, done.stderr) == (130, "factcheck: interrupted\n")


def test_ctrl_c_dropped_before_a_stalled_source_ends_the_run_at_once(
    stalled_draft: tuple[Path, FaultServer], tmp_path: Path
) -> None:
    # As when the signal lands in an import's clean-up while the pipeline loads: the run
    # must not go on to the stalled source and wait there for its time-out.
    draft, server = stalled_draft
    started = time.monotonic()
    done = after_a_dropped_ctrl_c(
        tmp_path,
        ["check", str(draft), "--allow-private", "--no-search", "-q"],
        env={**os.environ, **ENV, "HOME": str(tmp_path)},
    )
    assert (done.returncode, done.stderr.strip()) == (130, "factcheck: interrupted")
    assert not server.seen, "the run went on to the stalled source"
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    "args",
    [
        ("claims", str(SEED), "--format", "json"),
        ("check", str(SEED), "--replay", str(CASSETTE), "--no-search", "--format", "json"),
    ],
    ids=["claims", "check"],
)
@pytest.mark.usefixtures("warm_rules")
def test_a_reader_that_goes_away_gets_no_complaint(args: tuple[str, ...], tmp_path: Path) -> None:
    process = start(*args, env={**_warm_folders(), "HOME": str(tmp_path)}, cwd=ROOT)
    assert process.stdout is not None
    process.stdout.readline()  # like head -1
    process.stdout.close()
    _, err = process.communicate(timeout=60)
    assert err == b""
    assert process.returncode in (0, 1)
