"""A rule pack's files are read only if they are regular files of a sane size: a FIFO
would block the loader for ever and a device would never end."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from factcheck.errors import RuleError
from factcheck.rulepacks import yamlnodes
from factcheck.rulepacks.loader import load_rules


def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    (folder / "gadget").mkdir(parents=True)
    (folder / "pack.yaml").write_text("name: hostile\n", encoding="utf-8")
    return folder


def refused(folder: Path) -> str:
    """The loader's message, or a failure (not a hang) when it blocks."""
    outcome: list[BaseException | None] = []

    def load() -> None:
        try:
            load_rules([folder], builtin=False)
            outcome.append(None)
        except BaseException as exc:  # reported below, whatever it is
            outcome.append(exc)

    thread = threading.Thread(target=load, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the loader blocked"
    assert isinstance(outcome[0], RuleError), outcome[0]
    return str(outcome[0])


def test_a_fifo_named_like_a_rule(tmp_path: Path) -> None:
    folder = pack(tmp_path)
    os.mkfifo(folder / "gadget" / "widget.yaml")
    assert refused(folder).endswith("gadget/widget.yaml: not a regular file")


def test_a_link_to_a_device(tmp_path: Path) -> None:
    folder = pack(tmp_path)
    (folder / "gadget" / "widget.yaml").symlink_to("/dev/zero")
    assert refused(folder).endswith("gadget/widget.yaml: not a regular file")


def test_a_file_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlnodes, "MAX_FILE_BYTES", 1024)
    folder = pack(tmp_path)
    (folder / "gadget" / "widget.yaml").write_text("# " + "x" * 2000 + "\n", encoding="utf-8")
    assert refused(folder).endswith("gadget/widget.yaml: larger than 1,024 bytes")
