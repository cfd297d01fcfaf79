"""Pay of another job a cited posting lists beside its own ("Similar jobs", "Offres
similaires"): read only for a claim that names that job, and then in place of the
posting's own pay, which is another job's.

A posting's page often lists other openings with their pay. A claim about the posting's
own job is never read against them (their figures are other jobs'). A claim that names
another job ("Night supervisors there are advertised at ...") and cites the page is about
the listed opening for that job, when exactly one listed opening names it and the places
and employers the claim names are all in that opening's line.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import NamedTuple

from factcheck.claims.amounts import Amount
from factcheck.claims.fields import fields_amount
from factcheck.evidence.base import ArticleView
from factcheck.evidence.index import STOPWORDS, EvidenceIndex
from factcheck.evidence.titles import normalise_title, posting_title, same_job
from factcheck.letters import LOWER, UPPER, unaccented
from factcheck.model import Claim

# Letters two job words of two languages share from their start to be one word written
# in each ("supervisor" and "superviseur", "technician" and "técnico" is too few).
COGNATE_PREFIX = 6

_NAME = re.compile(rf"\b[{UPPER}][{LOWER}]+")


def _plain(word: str) -> str:
    """A word without its accents, lower case: "Opérateur" -> "operateur"."""
    return unaccented(word.lower())


def _cognate(a: str, b: str) -> bool:
    """True when two job words are one word in two languages: they share their first
    :data:`COGNATE_PREFIX` letters, accents aside ("supervisor", "Superviseur")."""
    a, b = _plain(a)[:COGNATE_PREFIX], _plain(b)[:COGNATE_PREFIX]
    return len(a) == COGNATE_PREFIX and a == b


def names_job(job: list[str], title: str, view: ArticleView) -> bool:
    """True when a listed title names the job of ``job`` (normalised words): the same
    job, or, for a title in another language, its job word written alike."""
    words = normalise_title(title, view)
    if same_job(job, words, view):
        return True
    # Written alike only: a role word the title shares as it is ("Technician" of "Lab
    # Technician" and "process technicians") is English for English, another job.
    roles = [w for w in job if view.knowledge.is_role(w)]
    return (
        bool(roles)
        and not set(roles) & set(words)
        and all(any(_cognate(r, w) for w in words) for r in roles)
    )


class Listed(NamedTuple):
    """A listed opening a claim is about: its index entry, its pay and its title."""

    entry: int
    pay: Amount
    title: str


def listed_openings(
    claim: Claim,
    job: list[str],
    pages: Collection[int],
    index: EvidenceIndex,
    view: ArticleView,
    period: str | None,
) -> tuple[list[Listed], set[int]]:
    """The one opening each cited posting lists for the job the claim names (``job``,
    normalised words), where that job is not the posting's own and every place and
    employer the claim's sentence names is in that opening's line (or is the posting's
    employer); and those postings, whose own pay is therefore no figure of the claim's
    job. A listed pay with no written period is taken in the claim's ``period``."""
    if not job or "job" in claim.fields.get("resolved", ()):
        return [], set()
    # The places and employers the claim's sentence names, its job's own words aside.
    job_plain = {_plain(w) for w in job}
    names = {
        _plain(n)
        for n in _NAME.findall(claim.sentence.text)
        if n.lower() not in STOPWORDS
        and _plain(n) not in job_plain
        and not view.knowledge.is_role(n)
    }
    out: list[Listed] = []
    apart: set[int] = set()
    for page in sorted(pages):
        posted = posting_title(index, page, view)
        if posted is None or names_job(job, posted, view):
            continue  # the claim is about the posting's own job
        employers = [f.text for f in index.pages[page].facts.of("employer")]
        found = []
        for i in index.fact_entries(page, "opening"):
            fact = index.sentences[i].fact
            assert fact is not None
            title = str(fact.data.get("title", ""))
            # A box on an employer's own page may leave its name out of each line.
            line = _plain(" ".join([fact.text, *employers]))
            if names_job(job, title, view) and all(n in line for n in names):
                found.append((i, fact, title))
        if len(found) != 1:
            continue  # none, or several the claim's words do not tell apart
        i, fact, title = found[0]
        pay = fields_amount(fact.data)
        apart.add(page)
        if pay.period != period:
            if not fact.data.get("sized") or period is None:
                continue
            pay = replace(pay, period=period)  # its period was only guessed from its size
        out.append(Listed(i, pay, title))
    return out, apart
