"""A second pay figure the claim's sentence gives right after the claim's own: the same pay
in another period ("£540 a week, or roughly £28,000 a year") or another job's pay in a
clause without its verb ("Fitters earn $1,210 a week, and welders $1,380"), or a part of
pay on top of it ("€1,900 a month, plus a €600 relocation allowance"). A rule reads
the first figure; the second is part of what the sentence asserts, so a sentence whose
first figure holds and whose second does not is mixed, not supported.

The second figure only ever turns a supported claim mixed: it never makes a claim
contradicted on its own, nor backs one its first figure does not."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.claimfields import SalaryFields
from factcheck.evidence.base import ArticleView
from factcheck.evidence.common import Assessment, Findings, Tally
from factcheck.evidence.index import EvidenceIndex
from factcheck.evidence.pay_parts import pay_part
from factcheck.evidence.pay_times import year_after
from factcheck.model import Claim, VerdictLabel
from factcheck.sources.facts import parse_pay, written_period

# Words that hedge a figure: the second figure is then read as roughly so.
_HEDGE = (
    r"(?:roughly|about|around|some|nearly|almost|approximately|close\s+to|just\s+over"
    r"|just\s+under)"
)
# A figure's start: a currency sign or letters before digits, or the digits themselves.
_FIGURE_START = r"(?=(?:[$£€¥₹]|[A-Z]{1,3}\$|[A-Z]{3}\s?)?\d)"
# What may follow the claim: ", or [roughly] FIGURE" (the same pay restated), or ", and
# SUBJECT FIGURE" (another subject's pay, the verb left out). The subject is one to
# three lower-case words: "story editors", "the senior grades".
# Or ", and to FIGURE" (the same pay at a later time: "to $23 an hour now and to $26.40
# by 2027", "$23, rising to $26.40 in 2027").
# Or ", plus a FIGURE PART" (a part of pay on top of it: "plus a ₩500,000 settlement
# allowance", "with a $2,000 signing bonus"), read against that part only.
_SECOND = re.compile(
    r"^\s*,?\s*(?P<extra>plus|with|and)\s+(?:an?\s+(?:further\s+|extra\s+)?)(?=\S*\d)"
    r"|^\s*,?\s*(?:(?P<restate>or)"
    r"|(?P<later>(?:(?:now|today|immediately|initially|this\s+year),?\s+)?(?:(?:and|then)\s+)?(?:to|rising\s+to|climbing\s+to|reaching)(?=\s))"
    r"|(?:and|while|whereas|but)\s+"
    r"(?P<who>(?:(?:the|its|their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))"
    rf"\s+(?P<hedge>{_HEDGE}\s+)?{_FIGURE_START}"
)
# When the later figure holds: "by 2027", "in 2026", "from next year", "in the final year".
_LATER_WHEN = re.compile(
    r"\b(?:by|in|from|until|for)\s+(?:(?:the\s+)?(?:final|last|third|second|next)\s+year"
    r"|next\s+year|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A written figure alone ("NOK 500", "₩500,000", "$1.2 million").
_FIGURE = re.compile(
    r"(?:[A-Z]{2,3}\s?)?[^\s\d]{0,3}\d[\d,.]*\d?(?:\s?(?:million|m|k)\b)?", re.IGNORECASE
)
# The figure and its period, up to where its clause ends.
_PIECE = re.compile(r"(?:[^,;:!?()]|,(?=\d{3}))+?(?=,(?!\d{3})|[;:!?()]|\.(?:\s|$)|$)")
# Words in the subject that make it no job's name: a gapped clause names who is paid.
_NOT_SUBJECT = frozenset(
    "a an of per to from for by with at in on up down is are was were be been that which"
    " more less than over under".split()
)


def second_figure(claim: Claim, view: ArticleView) -> tuple[Claim, bool] | None:
    """The claim of the second figure right after ``claim`` in its sentence (see the
    module's doc), with the claim's own currency, period and job where the figure does
    not give its own, and whether it restates the claim's pay in another period (else it
    is another job's); None when the sentence gives none."""
    text = claim.sentence.text
    after = claim.end - claim.sentence.start
    m = _SECOND.match(text[after:])
    if m is None:
        return None
    start = after + m.end()
    piece = _PIECE.match(text, start)
    if piece is None:
        return None
    written = piece.group(0).rstrip()
    if len(written) > 40:
        return None
    pay = parse_pay(written)
    if pay is None:
        return None
    fields = claim.fields
    if not isinstance(fields, SalaryFields):
        return None
    period = written_period(written)
    who = m.group("who")
    if m.group("extra"):
        # Only a sum the sentence names as a part of pay ("allowance", "bonus") is read
        # so: against the source's sum for that part (the claim's comparator reads the
        # part from the words after the figure).
        k = view.knowledge
        at = start + (len(written) - len(written.lstrip()))
        figure = _FIGURE.match(text, at)
        if figure is None:
            return None
        if pay_part(text, at, figure.end(), k) is None:
            return None
        written = figure.group(0)
        period = None
        job = fields.job
    elif m.group("restate"):
        if period is None or period == fields.period:
            return None  # "$20 or $25 an hour": another figure, not the same pay restated
        job = fields.job
    elif m.group("later"):
        at_time = _LATER_WHEN.search(written)
        if at_time is None:
            return None  # "rising to $26": a range's top, not pay at a later time
        # The figure alone: its time is read after it, as a claim's is.
        written = written[: at_time.start()].rstrip(" ,")
        period = period or fields.period
        job = fields.job
    else:
        assert who is not None
        words = who.lower().split()
        if set(words) & _NOT_SUBJECT or not view.occupations(words[-1]):
            return None  # "and up to $3,040", "and the bonus $500": no job's pay
        period = period or fields.period
        job = who
    hedged = m.group("hedge") is not None
    low, high, kind = pay["min"], pay["max"], "about" if hedged else "range"
    if m.group("restate") and hedged and low is not None and low == high:
        # "£540 a week, or roughly £28,000 a year": the writer's own conversion, rounded
        # as written; its hedge says it is rounded, not a tenth off either way.
        # (Imported here: salary.py imports this module.)
        from factcheck.evidence.salary import written_slack

        slack = written_slack(float(low))
        low, high, kind = low - slack, high + slack, "within"
    new_fields = replace(
        fields,
        min=low,
        max=high,
        currency=pay["currency"] or fields.currency,
        period=period,
        kind=kind,
        approximate=hedged,
        job=job,
        resolved=(),
    )
    begin = start - len(m.group("hedge") or "")
    other = replace(
        claim,
        text=text[begin : start + len(written)],
        start=claim.sentence.start + begin,
        end=claim.sentence.start + start + len(written),
        fields=new_fields,
    )
    return other, bool(m.group("restate"))


def _place(a: Assessment, index: EvidenceIndex) -> tuple[int, str]:
    """Where a figure was read: its page, and the row of the table cell it is."""
    entry = index.sentences[a.index]
    row = str(entry.fact.data.get("row", "")) if entry.fact is not None else ""
    return entry.page, row


def with_second(
    first: Findings,
    second: Findings,
    claim: Claim,
    other: Claim,
    index: EvidenceIndex,
    *,
    restated: bool,
) -> Findings:
    """The findings of a claim whose sentence also gives ``other``: mixed when the
    sources bear out the first figure and contradict the second (each weighed as
    surely), else the first figure's findings unchanged. A figure ``restated`` in another
    period is read only where the first was borne out."""
    backs = [a for a in first.assessments if a.stance == "supports"]
    against = [a for a in first.assessments if a.stance == "contradicts"]
    if not backs or against:
        return first
    read = list(second.assessments)
    # The second figure is another sum than the first: the very figure that bore out
    # the first says nothing against it (the posting's range is no allowance).
    own = {(a.index, a.found) for a in backs}
    read = [a for a in read if (a.index, a.found) not in own]
    if restated:
        # The same pay in another period: read where the first figure was borne out (its
        # page, and its table row), not in a row of another job that shares a word.
        places = {_place(a, index) for a in backs}
        read = [a for a in read if _place(a, index) in places]
    year = year_after(other.sentence.text, other.end - other.sentence.start)
    if year is not None:
        # A figure tied to a year ("and to $26.40 by 2027"): only a source giving that
        # year speaks to it; its undated figures are pay at other times.
        read = [a for a in read if str(year) in index.sentences[a.index].text]
    refutes = [a for a in read if a.stance == "contradicts"]
    if not refutes or any(a.stance == "supports" for a in read):
        return first  # the sources disagree on the second figure: it decides nothing
    weight = max(a.weight for a in backs)
    # One part of the sentence does not hold: it weighs as one, however many sources
    # refute it, against the part that does.
    strongest = max(refutes, key=lambda a: (a.weight, a.score))
    added = [replace(strongest, weight=weight)]

    def explain(label: VerdictLabel, t: Tally) -> str:
        if label == "contradicted" and t.contradicts and t.contradicts[0] in added:
            # The second figure decided: say so, not as if the first were wrong.
            return (
                f"The sources give {t.contradicts[0].found}, against “{other.text}” (the "
                f"second figure of the sentence; “{claim.text}” is borne out)."
            )
        if label != "mixed" or not t.supports or not t.contradicts:
            return first.explain(label, t)
        return (
            f"One part holds and one does not: the sources give {t.supports[0].found}, "
            f"matching “{claim.text}”, but {t.contradicts[0].found}, against “{other.text}”."
        )

    return Findings([*first.assessments, *added], explain)
