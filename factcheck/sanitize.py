"""Make untrusted text (from drafts and fetched pages) safe to print in a terminal or a
CI log: no control characters, no escape sequences."""

from __future__ import annotations

import re

# ESC-started sequences (CSI, OSC...), then any other C0/C1 control but newline and tab.
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str, *, one_line: bool = False) -> str:
    """``text`` without escape sequences or control characters (and on one line, if asked)."""
    text = _CONTROLS.sub("", _ESCAPES.sub("", text))
    if one_line:
        text = " ".join(text.split())
    return text
