"""Run ``python -m factcheck`` in a new process, as a user does, for the tests that need
a real process: signals, closed pipes and stdin, file permissions, HOME and caches.

When the tests run as root (a container), the command runs without root's power to
read and search any file (the ``dac_override`` and ``dac_read_search`` capabilities are
dropped with setpriv), so that a folder made unreadable with chmod is unreadable to it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_SETPRIV = shutil.which("setpriv")


def _command(args: tuple[str, ...]) -> list[str]:
    prefix: list[str] = []
    if os.geteuid() == 0 and _SETPRIV:
        prefix = [_SETPRIV, "--bounding-set", "-dac_override,-dac_read_search"]
    return [*prefix, sys.executable, "-m", "factcheck", *args]


def modes_bind() -> bool:
    """Whether chmod can make a file unreadable to the commands run here."""
    return os.geteuid() != 0 or _SETPRIV is not None


def _env(env: Mapping[str, str]) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "NO_COLOR": "1", **env}


def factcheck(
    *args: str,
    env: Mapping[str, str],
    cwd: Path,
    timeout: float = 60,
    stdin: int | None = subprocess.DEVNULL,
) -> subprocess.CompletedProcess[str]:
    """Run the command line to the end; ``env`` is the whole environment (plus PATH)."""
    return subprocess.run(
        _command(args),
        env=_env(env),
        cwd=cwd,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def start(
    *args: str, env: Mapping[str, str], cwd: Path, stdout: int | None = subprocess.PIPE
) -> subprocess.Popen[bytes]:
    """Start the command line and return at once (for signals and pipes)."""
    return subprocess.Popen(
        _command(args),
        env=_env(env),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
    )
