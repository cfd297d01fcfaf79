"""The model or class a job title names the job's vehicle, machine or licence by:
"Delivery Driver (7.5t)", "First Officer – Boeing 737", "Engineer (B1)". Shared by the
title fields (:mod:`factcheck.claims.fields`), which keep such a qualifier with the title,
and the title comparator (:mod:`factcheck.evidence.title_parts`), for which another model
is another job."""

from __future__ import annotations

import re

from factcheck.letters import LOWER, UPPER
from factcheck.rulepacks.levels import LEVEL

__all__ = ["models"]

_LEVEL = re.compile(LEVEL)

# A model or class a qualifier names the job's vehicle, machine or licence by: a code of
# letters and figures ("A320", "E175", "C1"), a figure with its unit glued on ("7.5t",
# "18m"; not an ordinal "2nd" nor a dimension "3D"), or a number of three figures after
# a name ("Boeing 737").
_MODEL = re.compile(
    r"(?<![\w.-])(?:[A-Za-z]+\d[A-Za-z\d]*|\d{1,3}(?:[.,]\d+)?(?!st|nd|rd|th)[a-z]{1,2}"
    rf"|(?<=[{LOWER}] )\d{{3}})(?![\w-])"
)
_NAMED_MODEL = re.compile(rf"(?<![\w-])[{UPPER}][{LOWER}]+\s\d{{3}}(?![\w.,-])")
# Words that say a figure numbers the posting, not a kind of job ("Req 4471", "Job 120").
_NUMBERING = re.compile(
    r"\b(?:req|ref|id|no|job|vacancy|posting|reference|requisition)\b\.?\s*#?\s*$",
    re.IGNORECASE,
)


def models(part: str) -> set[str]:
    """The models a title's part names (see :data:`_MODEL`), in small letters; none
    that only number the posting."""
    return {
        m.group(0).lower().replace(",", ".")
        for m in _MODEL.finditer(part)
        if not _NUMBERING.search(part[: m.start()])
        and (not m.group(0).isdigit() or _NAMED_MODEL.search(part, 0, m.end()))
        # A level's code ("ST3", "L5") ranks the job; levels are compared as levels.
        and not _LEVEL.fullmatch(m.group(0))
    }
