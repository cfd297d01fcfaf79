"""Salary claims: pay intervals compared with the pay the sources give for the same job."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import NamedTuple

from factcheck.claims.amounts import EXACT_TOLERANCE, Amount, currencies_meet, is_money
from factcheck.claims.extract import Found
from factcheck.claims.fields import fields_amount
from factcheck.claims.pieces import piece_after, same_piece
from factcheck.evidence.base import ArticleView, with_cited
from factcheck.evidence.common import (
    Assessment,
    Findings,
    Tally,
    another_whole,
    clause,
    contains_word,
    focus,
    marked_apart,
    phases_clash,
    window,
)
from factcheck.evidence.dollars import bare_dollar, dollars
from factcheck.evidence.hours import needs_hours, payments_a_year, per_year, weekly_hours
from factcheck.evidence.index import STOPWORDS, Candidate, EvidenceIndex, keywords
from factcheck.evidence.pay_cells import definite_cells
from factcheck.evidence.pay_listed import listed_openings
from factcheck.evidence.pay_named_rates import named_rates
from factcheck.evidence.pay_parts import pay_part, with_extras
from factcheck.evidence.pay_scope import pay_scope, set_against
from factcheck.evidence.pay_second import second_figure, with_second
from factcheck.evidence.pay_sides import Side, pay_side, sides_apart
from factcheck.evidence.pay_times import (
    When,
    clause_before,
    raise_after,
    told_ahead,
    when,
    year_after,
)
from factcheck.evidence.restated import restates
from factcheck.evidence.schedules import readings as schedule_readings
from factcheck.evidence.tables import (
    cell_where,
    cells_by_text,
    column_of_years,
    is_cell,
    named_cells,
    row_cells,
    scale_of,
    table_cells,
    table_entries,
    words_of,
    years_named,
)
from factcheck.evidence.titles import (
    english_gloss,
    in_other_language,
    names_a_role,
    normalise_title,
    posting_title,
    postings,
    same_job,
    subject_postings,
    titles_in,
)
from factcheck.letters import LOWER, UPPER
from factcheck.model import Claim, PageFact, Stance, VerdictLabel
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.sources.facts import parse_pay, written_period

TOLERANCE = 0.02
# "About $150,000" allows 10% either way, as "about" does for any amount.
ABOUT_TOLERANCE = 0.1
# A page's sum this many times the claim's pay, or this fraction of it, is another
# payment (see Amount.far_from).
FAR_PAY = 10.0
# Pay on the employer's one posting among the sources, when the article has the title
# wrong: likely the job's, not surely (the title check reports the mismatch).
ONLY_POSTING_SAMENESS = 0.6
# How surely a source sentence is about the pay in question (about_same_job), by what
# ties it to the claim's job. 1 is certain, 0 not about it at all.
TITLE_IN_SENTENCE = 1.0  # the sentence names the job (or one of its roles)
TITLE_NEARBY = 0.8  # the three sentences before it, or the page's title, name it
LISTED_SCORE = 100.0  # a similar opening's line on the cited posting, read as a fact
EMPLOYER_ONLY = 0.4  # no title near it, but the page names the employer
# No job named in the claim: the subject words the sentence shares with the claim's.
MIN_SHARED_WORDS = 2  # fewer is chance
PER_SHARED_WORD = 0.1
EMPLOYER_NAMED_BONUS = 0.2  # the page names the employer too
SHARED_WORDS_CAP = 0.8  # never surer than a title nearby


def salary_subject(
    claim: Claim, view: ArticleView, index: EvidenceIndex | None = None
) -> tuple[list[str], str | None]:
    """The title (normalised words) and employer of the job a salary claim is about.

    A job posting the claim cites in its own paragraph is the job, unless the claim's
    sentence names another role; else the claim's own sentence is read first and,
    failing that, the nearest job-title claim before it says which job the pay is for."""
    cited = cited_posting(claim, view, index) if index is not None else None
    if cited is not None:
        return cited
    subject = _pay_subject(claim, view)
    if subject:
        # "Care aides earn a median $16.40 an hour": the job is the one the pay
        # verb's subject names, whatever other jobs the sentence mentions.
        orgs = view.orgs(claim.sentence.text) or view.nearby_orgs(claim)
        named = claim.fields.get("employer")
        return subject, str(named) if named else (orgs[0] if orgs else None)
    pointed = _said_job(claim, view)
    if pointed:
        # "The university's post pays ...": the job the claim's own words point back to.
        named = claim.fields.get("employer")
        orgs = view.orgs(claim.sentence.text) or view.nearby_orgs(claim)
        return pointed, str(named) if named else (orgs[0] if orgs else None)
    title_claim = view.previous(claim, "job_title")
    if _a_group_not_the_person(claim, title_claim, view):
        # "Junior hands earn ...", after "..., who chairs the local union": not the chair.
        title_claim = None
    # Who pays, as the claim's own sentence names it ("are offered $40 by Orla Freight"),
    # before the employer of an earlier job; one "the company" points back to is not
    # named there.
    named_here = (
        None if "employer" in claim.fields.get("resolved", ()) else claim.fields.get("employer")
    )
    employer = named_here or (title_claim.fields.get("employer") if title_claim else None)
    # Only the jobs the figure's own clause names: "..., a sum few archivists earn" speaks
    # of other people.
    scope = _scope(claim)
    named = claim.fields.get("employer")
    if named:
        # The words of the payer's name are no job ("by Tarn Roof Builders").
        scope = scope.replace(str(named), " ")
    roles = view.roles(scope)
    said = view.occupations(scope)
    title: list[str] = []
    if title_claim is not None and (
        not said or said & view.occupations(str(title_claim.fields.get("title", "")))
    ):
        title = normalise_title(str(title_claim.fields.get("title", "")), view)
    elif roles:
        title = normalise_title(" ".join(sorted(roles)), view)

    orgs = view.orgs(claim.sentence.text) or view.nearby_orgs(claim)
    return title, employer or (orgs[0] if orgs else None)


# A verb of earning right before the figure, perhaps with the statistic it is:
# "make a median", "earned an average of", "are paid about", "took home", "start on".
# The subject may carry a place or employer after it ("fitters at the yard earn") and an
# aside between commas ("A porter in Leeds, by contrast, starts on").
_PAY_VERB = (
    r"(?:make|makes|made|earn|earns|earned"
    # "are paid", and with a word of how often between ("are often paid", "were
    # usually paid"): the same verb.
    r"|(?:are|were|is|was|get|gets|got)\s+(?:(?:often|usually|typically|generally"
    r"|normally|commonly|still|only|now)\s+)?paid"
    r"|(?:take|takes|took|bring|brings|brought)\s+home|receive|receives|received"
    r"|(?:start|starts|started)(?:\s+(?:at|on|from))?)"
)
_STATISTIC_BEFORE = (
    r"(?:(?:a|an|the)\s+)?(?:(?:median|average|mean|typical|starting|base|basic)\s+){0,2}"
    r"(?:of\s+)?(?:(?:about|around|roughly|nearly|some|just)\s+)?"
)
_PAY_VERB_BEFORE = re.compile(
    r"(?P<subject>(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)"
    r"(?:\s+(?:at|in|on|for|with)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r"(?:,\s*[^,]{2,30},)?\s+"
    r"(?:(?:can|could|will|would|may|might|typically|usually|often|now|still)\s+)?"
    rf"{_PAY_VERB}\s+{_STATISTIC_BEFORE}$",
    re.IGNORECASE,
)
# The same verb where the claim's own text begins with it ("make around 7,000 zł").
_PAY_VERB_OPENS = re.compile(rf"{_PAY_VERB}\s+{_STATISTIC_BEFORE}", re.IGNORECASE)
# A participle the claim's text opens with, its auxiliary before it ("are | paid $9"), and
# the pay verb said through a pronoun ("the porters say they are paid", "stewards told us
# they earn"): the subject is the reporting verb's.
_PARTICIPLE_OPENS = re.compile(r"paid\s+", re.IGNORECASE)
_REPORTED = re.compile(
    r"\s+(?:say|says|said|claim|claims|claimed|complain|complains|complained|insist|insists"
    r"|insisted|report|reports|reported|told\s+\w+)\s+(?:that\s+)?(?:they|he|she|we)(?=\s+\S)",
    re.IGNORECASE,
)


def _scope(claim: Claim) -> str:
    """The words of the claim's sentence that say whose pay it is (evidence/pay_scope.py)."""
    at = claim.start - claim.sentence.start
    return pay_scope(claim.sentence.text, at, at + len(claim.text))


def _verb_subject(claim: Claim) -> list[str]:
    """The words of the pay verb's subject ("Junior hands" of "Junior hands earn around
    ..."), up to a word "of" ("staff of commercial employers": "staff"); [] when no pay
    verb is written before the figure."""
    at = claim.start - claim.sentence.start
    if opens := _PAY_VERB_OPENS.match(claim.text) or _PARTICIPLE_OPENS.match(claim.text):
        at += opens.end()
    m = _PAY_VERB_BEFORE.search(_REPORTED.sub("", claim.sentence.text[:at]))
    if m is None:
        return []
    words = m.group("subject").split()
    lowered = [w.lower() for w in words]
    return words[: lowered.index("of")] if "of" in lowered else words


# The people beside someone, whose pay is theirs: "her colleagues earn ...".
_BESIDE_SOMEONE = frozenset({"colleagues", "peers", "counterparts", "coworkers", "co-workers"})


def _a_group_not_the_person(claim: Claim, title_claim: Claim | None, view: ArticleView) -> bool:
    """True when the pay verb's subject is a group written in the plural ("junior hands
    earn", "the night crews are paid") and the nearest job-title claim is one named
    person's post ("..., who chairs the local union"): the pay is the group's, not that
    person's job's, whatever word the tables lack for the group's job."""
    if title_claim is None or not title_claim.fields.get("person"):
        return False
    words = _verb_subject(claim)
    if not words:
        return False
    head = words[-1]
    if not (head[0].islower() or words[0] == head) or not head.lower().endswith("s"):
        return False  # a name ("Mensah earns"), or no plural
    if head.lower() in _BESIDE_SOMEONE or head.lower() in STOPWORDS:
        return False
    held = set(normalise_title(str(title_claim.fields.get("title", "")), view))
    return not held & set(normalise_title(" ".join(words), view))


def _pay_subject(claim: Claim, view: ArticleView) -> list[str]:
    """The job the subject of the pay verb names, as normalised title words, when it
    ends in a word naming an occupation: "care aides" of "care aides earn a median
    $16.40"; [] otherwise."""
    words = _verb_subject(claim)
    if not words or not _other_jobs(words[-1], view):
        return []  # no job, or the workforce at large ("workers", "staff")
    # From the occupation back to the first word that is no part of its name.
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in STOPWORDS or not word[0].isalpha():
            break
        kept.insert(0, word)
    return normalise_title(" ".join(kept), view)


def posting_pages(claim: Claim, view: ArticleView, index: EvidenceIndex) -> set[int]:
    """The job postings a pay claim is about: cited in its paragraph, or from the employer
    its paragraph names (for the job the paragraph's title claim names)."""
    title_claim = view.previous(claim, "job_title")
    title: list[str] = []
    if title_claim is not None and title_claim.sentence.block == claim.sentence.block:
        title = normalise_title(str(title_claim.fields.get("title", "")), view)
    said = _said_job(claim, view)
    found = subject_postings(claim, index, view, said or title)
    if (
        not found
        and title_claim is not None
        and title_claim.sentence.block == claim.sentence.block - 1
        and not _other_jobs(_scope(claim), view)
        and _only_its_employer(claim.sentence.text, title_claim, view)
        and _POINTS_AT_POSTING.search(claim.sentence.text)
        and not _STATISTIC.search(claim.sentence.text)
    ):
        # "Tessel Bank is hiring a Risk Analyst [1]." then, in the next paragraph, "The
        # posted range runs from ...": pay naming no other job or employer, right after
        # the paragraph that names the job, is that job's, from the postings it names.
        named = normalise_title(str(title_claim.fields.get("title", "")), view)
        found = subject_postings(title_claim, index, view, named)
    if not (said or title):
        # A posting the claim neither cites nor names the job of, taken as the one its
        # employer posted, is not the pay of other people the sentence names.
        cited = set(view.primary.get(claim.id, set()))
        found = {
            p
            for p in found
            if p in cited
            or not _others_than_posted(_scope(claim), posting_title(index, p, view), view)
            or _posting_glossed(claim, [], posting_title(index, p, view) or "", view)
        }
    if said and len(found) > 1:
        # Postings for several jobs cited together: the one for the job the claim names.
        meant = {
            p
            for p in found
            if (t := posting_title(index, p, view))
            and same_job(said, normalise_title(t, view), view)
        }
        return meant or found
    return found


def _other_jobs(sentence: str, view: ArticleView) -> set[str]:
    """The jobs a pay sentence names, the workforce at large ("workers", "staff") left
    out: "overtime for all quarry workers" names no other job."""
    workforce = {w.rstrip("s") for w in view.knowledge.words("headcount")}
    return {w for w in view.occupations(sentence) if w.rstrip("s") not in workforce}


def _only_its_employer(sentence: str, title_claim: Claim, view: ArticleView) -> bool:
    """True when the organisations a pay sentence names are none, or only the employer
    of the job named just before ("Westmoor is offering ..." after "Westmoor Aggregates
    needs a Blaster"): it names no other employer."""
    employer = str(title_claim.fields.get("employer") or "")
    theirs = set(re.findall(r"[a-z0-9]{3,}", employer.lower()))
    return all(
        set(re.findall(r"[a-z0-9]{3,}", org.lower())) & theirs for org in view.orgs(sentence)
    )


# Words by which pay points at the posting just named ("the posted range", "the ad
# offers", "the role pays", "the company is advertising", "is offering"), every
# inflection; and words of a statistic, which is no posting's pay.
_POINTS_AT_POSTING = re.compile(
    r"\b(?:post(?:ed|ing|ings)?|advert(?:s|is(?:ed|es|ing|ements?))?|ads?|listings?|listed"
    r"|vacanc(?:y|ies)|openings?|offer(?:s|ed|ing)?|on\s+offer"
    r"|(?:the|this|that|its)\s+(?:role|job|position|post|company|firm|employer))\b",
    re.IGNORECASE,
)
# "National" alone is no statistic: "once the national pay award is settled".
_STATISTIC = re.compile(
    r"\b(?:median|average|mean|typical(?:ly)?|nationally|percentile"
    r"|national\s+(?:figures?|rates?|levels?|data|statistics|estimates?))\b",
    re.IGNORECASE,
)


# An aside that sets a sentence beside what came before: "A porter, by comparison, ...".
_BESIDE = re.compile(r"\b(?:by|in|for)\s+(?:comparison|contrast)\b", re.IGNORECASE)


def _set_beside(claim: Claim, title: list[str], view: ArticleView) -> bool:
    """True when a pay claim's sentence sets itself beside what came before ("by
    comparison", "in contrast") and neither points at a posting nor names the job
    ``title``: its pay is someone else's, not the posting's just cited."""
    text = claim.sentence.text
    if not _BESIDE.search(text) or _POINTS_AT_POSTING.search(text):
        return False
    named = set(normalise_title(text, view))
    return not (_job_words(title, view) & named)


# A job's employer told as one of a kind, not by name: "a sub-editor at a regional
# daily", "nurses for an agency", "a porter at one of the big hotels". The word before
# the preposition must name an occupation: "paid at a rate of" names no employer.
_ROLE_AT_ONE = re.compile(
    r"([\w-]+)\s+(?:at|for|with)\s+(?:a|an|one\s+of\s+the|some)\s+", re.IGNORECASE
)


def _unnamed_employer(claim: Claim, view: ArticleView) -> bool:
    """True when the words saying whose pay a claim gives name its job's employer only
    as one of a kind ("a sub-editor at a regional daily can expect ..."): pay said of
    any such job, which one named employer's posting neither is nor refutes."""
    scope = _scope(claim)
    if _POINTS_AT_POSTING.search(scope):
        return False
    return any(view.knowledge.is_role(m.group(1)) for m in _ROLE_AT_ONE.finditer(scope))


def _named_job(claim: Claim, view: ArticleView) -> list[str]:
    """The job a pay claim names itself, as normalised title words: written with the pay,
    the pay verb's subject, or failing both the occupations of the figure's clause; []
    when it names none."""
    named = _said_job(claim, view) or _pay_subject(claim, view)
    if named:
        return named
    roles = _other_jobs(_scope(claim), view)
    return normalise_title(" ".join(sorted(roles)), view) if roles else []


def _said_job(claim: Claim, view: ArticleView) -> list[str]:
    """The job a pay claim's fields name (a title written with the pay, or the job "the
    post" points back to), as normalised title words; [] when they name none."""
    job = claim.fields.get("job")
    return normalise_title(job, view) if isinstance(job, str) and job.strip() else []


def cited_posting(
    claim: Claim, view: ArticleView, index: EvidenceIndex
) -> tuple[list[str], str | None] | None:
    """The title and employer of the one job posting the claim cites, when its sentence
    names no other role."""
    found = []
    for page in sorted(posting_pages(claim, view, index)):
        title = posting_title(index, page, view)
        if title:
            found.append((page, title))
    if len(found) != 1:
        return None
    page, title = found[0]
    words = normalise_title(title, view)
    # The workforce at large ("staff", "workers") names no other job than the posting's.
    workforce = {w.rstrip("s") for w in view.knowledge.words("headcount")}
    roles = {r for r in view.occupations(_scope(claim)) if r.rstrip("s") not in workforce}
    said = _said_job(claim, view)
    subject = said or _pay_subject(claim, view)
    if subject and not same_job(subject, words, view):
        # The claim names its job, and the posting is for another: "hiring night
        # packers at ..." after a sentence citing a posting for a forklift driver, or
        # "its third engineers start on ..." where the page lists a Third Engineer
        # opening of its own.
        if _told_apart(claim, words, page, view):
            return None
        if _listed_apart(claim, subject, title, index, page, view):
            return None
        if (
            not said  # the subject is the pay verb's own
            and _level_apart(subject, words, view)
            and page not in view.in_sentence.get(claim.id, set())
        ):
            # Another level of the posting's job, in a sentence that does not cite it:
            # see _own_subject_apart.
            return None
    if roles and not roles & set(words):
        # A title in another language is the claim's job only where the claim's own
        # sentence cites it: a sentence after it may speak of the job elsewhere.
        in_sentence = page in view.in_sentence.get(claim.id, set())
        if not (in_sentence and _untold_apart(title, index, page, view)):
            return None
    employers = index.pages[page].facts.of("employer")
    orgs = view.orgs(claim.sentence.text) or view.nearby_orgs(claim)
    employer = orgs[0] if orgs else (employers[0].text if employers else None)
    return words, employer


def _untold_apart(title: str, index: EvidenceIndex, page: int, view: ArticleView) -> bool:
    """True when a posting's title cannot be told apart from the job an English claim
    names: it is written in another language ("Brandman, heltid", "Conducteur de bus
    (h/f)") and gives no English name beside it. The one posting the claim's sentence
    cites is then its job, as the title check takes such a title for no other job."""
    if english_gloss(title, view) is not None:
        return False
    return in_other_language(index, page) or not names_a_role(title, view)


class PayRead(NamedTuple):
    """A pay figure read from a source entry: the amount, the words around it, the
    clause it stands in, when it holds (its year; whether it is a change), the part
    of pay it names ("allowance", "bonus"; None for pay itself), and the side of a
    bargain it is told of ("demand", "offer"; None for pay as it is), whether the
    source gives it as a rough figure ("about $61,000"), and the words that say whose
    pay it is (evidence/pay_scope.py; "" for a page's structured pay)."""

    amount: Amount
    near: str
    part: str
    when: When
    component: str | None = None
    side: Side | None = None
    rough: bool = False
    scope: str = ""


def raise_told(text: str, start: int, end: int) -> bool:
    """True when the pay figure at ``text[start:end]`` is told as the size of a raise
    or a cut, by the words before it ("rose by $1.10", "a raise of €75", "pay was cut by
    £30") or after it ("$1.10 an hour in raises"), not pay on top of pay (a night
    differential) nor the pay a change came to."""
    if text[start:end].lower().startswith("from "):
        return False
    return bool(_CHANGE_BEFORE.search(text[:start])) or bool(_RAISE_AFTER.match(text[end:]))


# Words after a figure that make it the size of a raise: "$1.10 an hour in raises", "€40
# a month more".
_RAISE_AFTER = re.compile(
    r"^\s*(?:(?:an?|per)\s+(?:hour|week|month|year)\s+)?(?:in\s+)?"
    r"(?:raises?|increases?|hikes?|uplifts?|increments?|more\b)",
    re.IGNORECASE,
)


def raise_facts(index: EvidenceIndex, i: int) -> list[PayRead]:
    """The raises (or cuts) in pay source sentence ``i`` gives as sums ("Base pay raised
    by ₩126,400 a month", "a rise of 40p an hour"): the figures :func:`pay_facts` leaves
    out as no pay of a job, read for a claim that gives a raise's size."""
    entry = index.sentences[i]
    if entry.fact is not None:
        return []
    text = entry.text
    out = []
    for f in sorted(index.facts(i), key=lambda f: (f.start, f.end)):
        if f.rule.type != "salary" or f.fields.get("level"):
            continue
        if not raise_told(text, f.start, f.end):
            continue
        out.append(
            PayRead(
                fields_amount(f.fields),
                window(text, f.start, f.end),
                clause(text, f.start, f.end),
                When(year_after(text, f.end), False),
            )
        )
    return out


def pay_facts(index: EvidenceIndex, i: int, back: bool = True) -> list[PayRead]:
    """The pay amounts the rules read from source sentence ``i``, each with the words
    around it, the clause it stands in and when it holds; with ``back``, also a sum the
    sentence sets pay pointed back to at ("wants it raised to $610")."""
    entry = index.sentences[i]
    if entry.fact is not None and entry.fact.kind == "pay":
        where = f"{entry.fact.where}: {entry.text}"
        # A pay block paid by the thing done ("CA$96 – CA$118 per flight hour", "$0.68 –
        # $0.74 per mile") is the rate for that thing, as the same words are in a
        # sentence: read only against a claim of the same piece rate.
        piece = _block_piece(entry.text, index.extractor.ruleset.knowledge)
        # A block giving the pay in two measures (full time and the post's own hours, a
        # scale and its starting point) gives two figures of one job: a claim that meets
        # either is read as backed, and the other is set beside it (see _assess).
        also = entry.fact.data.get("also")
        amounts = [fields_amount(entry.fact.data)]
        amounts += [fields_amount(also)] if isinstance(also, dict) else []
        if piece is not None:
            amounts = [replace(a, period=None) for a in amounts]
        return [PayRead(a, where, where, When(None, False), piece) for a in amounts]
    if entry.fact is not None and entry.fact.kind != "cell":
        return []
    text = entry.text
    # "Rival X starts its workers at $14. Its founder took home $6.1 million":
    # a sentence opening on a pronoun carries on the one before.
    before = ""
    if _CARRIES_ON.match(text):
        before = " ".join(n.text for n in index.nearby(i, before=1, after=0)) + " "
    # An item of a list says whose pay it is by the line it hangs from: "Our demands:"
    # above "- €12 an hour" makes the €12 a demand.
    lead = index.lead_in(i)
    lead = f"{lead} " if lead else ""
    label = _label_above(index, i)
    out = []
    change_end = None  # where the last change in pay read ends
    facts = sorted(index.facts(i), key=lambda f: (f.start, f.end))
    taken: list[tuple[int, int]] = []
    k = index.extractor.ruleset.knowledge
    for f in facts:
        if f.rule.type != "salary" or f.fields.get("level"):
            continue
        taken.append((f.start, f.end))
        component = pay_part(label + text, len(label) + f.start, len(label) + f.end, k)
        if component is None and (
            a_change(text, f.start, f.end)
            or (
                # "increases of $1.10 now and $3.40 by 2027": both are raises.
                change_end is not None and _ALSO.fullmatch(text[change_end : f.start])
            )
        ):
            change_end = f.end
            continue
        # A part of pay on top of it ("a shift allowance of €300") is read as that part,
        # set only against a claim naming the same part.
        out.append(
            PayRead(
                fields_amount(f.fields),
                window(text, f.start, f.end),
                before + clause(text, f.start, f.end),
                when(text, f.start, f.end),
                component,
                pay_side(lead + text, len(lead) + f.start, len(lead) + f.end, k),
                f.fields.get("approximate") is True,
                pay_scope(text, f.start, f.end),
            )
        )
    out += _moved_to(text, facts, taken, out)
    if not taken and entry.fact is None:
        # No pay the rules read: money given as the figure of a rate the clause names
        # before it ("raises the hourly rate for porters from €16.10 to €16.90").
        for amount, start, end in named_rates(text, facts, k):
            if a_change(text, start, end):
                continue  # the size of a raise ("boosted the hourly rate by $2")
            out.append(
                PayRead(
                    amount,
                    window(text, start, end),
                    before + clause(text, start, end),
                    when(text, start, end),
                    None,
                    pay_side(lead + text, len(lead) + start, len(lead) + end, k),
                    False,
                    pay_scope(text, start, end),
                )
            )
    if out:
        dated = _dated_points(text, facts, taken, out[0].amount, k, lead)
        # Only a series of years: one dated sum beside undated pay is where the pay came
        # from ("raised to $16 an hour last year, from $14 in 2021"), not pay of its own.
        if len(dated) + sum(r.when.year is not None for r in out) >= 2:
            out += dated
    elif entry.fact is not None:
        out = _headed_cell(entry.fact, k)
    elif back:
        out = _pointed_back(index, i, facts, lead)
    return out


# The last figure of a pay block's text, after which its unit is written.
_LAST_FIGURE = re.compile(r"\d[\d,.]*(?:\s?[kKmM]\b)?(?:\s?[A-Z]{3}\b)?(?!.*\d)", re.DOTALL)


# A pay label that calls its figure an estimate.
_ESTIMATE = re.compile(
    r"\b(?:estimated|expected|projected|typical|potential|average|ote|on[- ]target)\b",
    re.IGNORECASE,
)
# Where a sum added to the pay starts in a pay block's text.
_ADDED_ON = re.compile(r"\+|\b(?:plus|with|incl(?:uding|\.)?)(?!\w)", re.IGNORECASE)


def _block_piece(text: str, k: Knowledge) -> str | None:
    """The thing a pay block's figures are paid per ("per flight hour" -> "per flight"),
    as :func:`pay_part` names a piece rate; None for pay by time."""
    text = _ADDED_ON.split(text, maxsplit=1)[0]  # "... per mile plus $22/hour for delays"
    m = _LAST_FIGURE.search(text)
    if m is None:
        return None
    piece = piece_after(text[m.end() : m.end() + 60], k)
    return f"per {piece}" if piece is not None else None


def same_part(ours: str | None, theirs: str | None, k: Knowledge) -> bool:
    """True when two sums name the same part of pay: both pay itself, the same part, or
    piece rates for one thing ("per game" and "per match")."""
    if ours == theirs:
        return True
    if ours is None or theirs is None:
        return False
    if ours.startswith("per ") and theirs.startswith("per "):
        return same_piece(ours[4:], theirs[4:], k)
    return False


def _headed_cell(fact: PageFact, k: Knowledge) -> list[PayRead]:
    """The pay a table cell gives when its caption, row or column names pay ("Mean
    gross earnings per employee, 2024") however far from its figure a long caption puts
    that word, as read with its sentence: a sum in a currency with the period its
    headers give ("61,200 euros a year"). None for a sum with no period written, whose
    period only its size would guess, nor in a table that names no pay."""
    headers = " ".join(str(fact.data.get(h, "")) for h in ("caption", "row", "column"))
    if not contains_word(headers, k.words("salary")):
        return []
    value = str(fact.data.get("value", ""))
    pay = parse_pay(value)
    if pay is None or not pay["currency"] or written_period(value) is None:
        return []
    # A column of a part of pay ("Shift allowance") gives that part, as a sentence would.
    said = f"{headers}: {value}"
    component = pay_part(said, len(said) - len(value), len(said), k)
    where = f"{fact.where}: {fact.text}"
    amount = Amount(float(pay["min"]), float(pay["max"]), str(pay["currency"]), pay["period"])
    return [PayRead(amount, where, where, When(None, False), component)]


# A line that is a value and nothing else: a sum first, a few words after it at most
# ("€215 per month", "$40 a day, meals included").
_VALUE_LINE = re.compile(r"^\W{0,2}(?:[A-Z]{1,3}\s?)?[$£€¥₹]?\s?\d[^.!?]{0,60}$")
# The longest label a value line stands under.
_LABEL_MOST = 60


def _label_above(index: EvidenceIndex, i: int) -> str:
    """The label source sentence ``i`` stands under when it is a value alone in its block
    and the block before it is a short label with no sentence end (a definition list's
    term, a table row's heading cell): "Night supplement" above "€215 per month". Read
    with the value as "Night supplement: €215 per month"; "" for any other sentence."""
    entry = index.sentences[i]
    if entry.fact is not None or not _VALUE_LINE.match(entry.text):
        return ""
    before = index.nearby(i, before=1, after=0)
    if not before:
        return ""
    above = before[-1]
    text = above.text.strip()
    if (
        above.sentence.block == entry.sentence.block
        or not text
        or len(text) > _LABEL_MOST
        or text.endswith((".", "!", "?", ":", ";"))
    ):
        return ""
    return f"{text}: "


# A sum that pay the sentence before gave is to be set at: "The union wants that lifted
# to $610", "Managers have offered to raise it to $575". The pronoun stands for the pay.
_BACK_TO = r"(?:that|it|this|the\s+(?:rate|figure|minimum|floor|amount))"
_MOVED = (
    r"(?:lift|rais|increas|cut|reduc|lower|bump|push|mov|put|ris|rose|go|went|fall|fell|climb"
    r"|jump|drop|hik|boost)[a-z]*"
    r"(?:\s+(?:up|down))?"
)
_POINTING = (
    rf"\b(?:{_BACK_TO}\s+(?:(?:to\s+)?be\s+|to\s+)?{_MOVED}|{_MOVED}\s+{_BACK_TO}(?:\s+(?:up|down))?)"
    r"\s+to\s+"
)
_POINTS_BACK = re.compile(
    rf"{_POINTING}(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)
_POINTS_BACK_ANYWHERE = re.compile(_POINTING, re.IGNORECASE)


# Where a sum starts within the words a rule took with it: its sign or its first digit.
_FIGURE_AT = re.compile(r"\b[A-Z]{1,3}[$£€¥₹]|[$£€¥₹]|\d")
# How far pay pointed back to may move ("that lifted to ..."): a sum further from it, a
# third or three times it, is some other sum.
_MOVED_AS_FAR = 3.0


def _pointed_back(index: EvidenceIndex, i: int, facts: Sequence[Found], lead: str) -> list[PayRead]:
    """Sums of money source sentence ``i`` sets pay at by pointing back to the pay of the
    sentence before ("porters get $560 a day. Their union wants it raised to $610"): in
    that pay's currency and period, of the side this sentence tells. None when the
    sentence before gives no pay, or one the sum is in no currency of."""
    text = index.sentences[i].text
    k = index.extractor.ruleset.knowledge
    out: list[PayRead] = []
    prior: list[PayRead] | None = None
    for f in facts:
        unit, value = f.fields.get("unit"), f.fields.get("value")
        if f.rule.type != "quantity" or not isinstance(unit, str) or not is_money(unit):
            continue
        figure = _FIGURE_AT.search(text, f.start, f.end)
        # The words before the figure, a qualifier the rule took in among them ("up to").
        said = text[: figure.start() if figure else f.start]
        if not isinstance(value, (int, float)) or not _POINTS_BACK.search(said):
            continue
        if prior is None:
            before = index.nearby(i, before=1, after=0)
            j = i - 1
            prior = pay_facts(index, j, back=False) if before else []
        pay = next((r.amount for r in prior if currencies_meet(unit, r.amount.currency)), None)
        ends = [] if pay is None else [e for e in (pay.low, pay.high) if e]
        if pay is None or not any(e / _MOVED_AS_FAR <= value <= e * _MOVED_AS_FAR for e in ends):
            continue  # no pay before, or a sum too far from it to be that pay moved
        out.append(
            PayRead(
                Amount(float(value), float(value), pay.currency, pay.period),
                window(text, f.start, f.end),
                clause(text, f.start, f.end),
                When(year_after(text, f.end), False),
                None,
                pay_side(lead + text, len(lead) + f.start, len(lead) + f.end, k),
            )
        )
    return out


# Words that point back to a date the sentence before gave: "from the same date", "on
# that day", "since then".
_SAME_DATE = re.compile(
    r"\b(?:the\s+same\s+(?:date|day|time|month)|that\s+(?:date|day|month)"
    r"|(?:from|since)\s+then)\b",
    re.IGNORECASE,
)


def claim_years(claim: Claim, view: ArticleView) -> set[int]:
    """The years a pay claim is of: those its sentence names, else, where it points back
    to a date ("from the same date"), those of the nearest of the two sentences before
    it that names one."""
    years = years_named(claim.sentence.text)
    if years or not _SAME_DATE.search(claim.sentence.text):
        return years
    before = view.sentences[max(0, claim.sentence.index - 2) : claim.sentence.index]
    return next((y for s in reversed(before) if (y := years_named(s.text))), set())


# Words that put a claim's pay in the past ("was £39,800", "earned", "last year"): a
# figure of an earlier year then is no outdated one.
_PAST = re.compile(
    r"\b(?:was|were|had|used\s+to|earned|made|took|stood|last\s+year|previously|formerly"
    r"|in\s+the\s+past|until|back\s+then|at\s+the\s+time)\b",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+)?(?:[a-z]+\s+of\s+)?$", re.IGNORECASE)


def _dated_points(
    text: str,
    facts: Sequence[Found],
    taken: list[tuple[int, int]],
    pay: Amount,
    k: Knowledge,
    lead: str = "",
) -> list[PayRead]:
    """More sums of money in a sentence of pay, each tied to its year: "from $51,000 in
    2020 to $57,500 by 2022, rising to $63,000 by 2025" gives the pay of each year,
    though the rules read only the first as pay. In the first pay's currency and
    period, each of the side of a bargain its words tell (with ``lead``, the line the
    sentence hangs from as an item of a list, before them)."""
    out = []
    for f in facts:
        if f.rule.type != "quantity" or any(f.start < e and s < f.end for s, e in taken):
            continue
        unit, value = f.fields.get("unit"), f.fields.get("value")
        year = year_after(text, f.end)
        if year is None or not isinstance(value, (int, float)) or not isinstance(unit, str):
            continue
        if _FROM_BEFORE.search(text[max(0, f.start - 30) : f.start]):
            continue  # "from $14 in 2021": where pay started, said of no job's pay now
        if not is_money(unit) or not currencies_meet(unit, pay.currency):
            continue
        point = Amount(float(value), float(value), unit, pay.period)
        part = clause(text, f.start, f.end)
        side = pay_side(lead + text, len(lead) + f.start, len(lead) + f.end, k)
        out.append(
            PayRead(point, window(text, f.start, f.end), part, When(year, False), None, side)
        )
    return out


# "from $44.20 an hour to $53.30", "from €2,310 a month up to €2,480": the sum the pay
# moves to, its period and currency written once, at the sum it moves from.
_MOVED_FROM = re.compile(r"\bfrom\s+", re.IGNORECASE)
_MOVED_TO = re.compile(r"^[\s,]*(?:to|up\s+to|and\s+then|then)\s+$", re.IGNORECASE)
_UP_TO = re.compile(r"(?:up\s+to\s+)?", re.IGNORECASE)


def _moved_to(
    text: str, facts: Sequence[Found], taken: list[tuple[int, int]], read: list[PayRead]
) -> list[PayRead]:
    """The sum the pay moves to in "from X a <period> to Y", read as pay in X's period
    and currency where the rules read Y as a bare figure."""
    out = []
    for f in facts:
        if f.rule.type != "salary" or not _MOVED_FROM.match(text, f.start):
            continue
        pay = fields_amount(f.fields)
        if pay.period is None or not pay.currency or f.fields.get("level"):
            continue
        start = next((r for r in read if r.near == window(text, f.start, f.end)), None)
        for g in facts:
            if g.rule.type != "quantity" or any(g.start < e and s < g.end for s, e in taken):
                continue
            unit, value = g.fields.get("unit"), g.fields.get("value")
            if not isinstance(value, (int, float)) or not isinstance(unit, str):
                continue
            # The rules may read "up to" with the sum ("up to $48.90"): the words between
            # and the sum's own opening words together say where the pay moves to.
            up = _UP_TO.match(text, g.start)
            between = text[f.end : g.start] + (up.group(0) if up else "")
            if not _MOVED_TO.match(between) or not currencies_meet(unit, pay.currency):
                continue
            amount = Amount(float(value), float(value), pay.currency, pay.period)
            when_read = when(text, g.start, g.end)
            out.append(
                PayRead(
                    amount,
                    window(text, g.start, g.end),
                    clause(text, g.start, g.end),
                    when_read,
                    None,
                    start.side if start else None,
                    False,
                    pay_scope(text, f.start, g.end),
                )
            )
    return out


_ALSO = re.compile(r"[^;:.]{0,60}\band\s+", re.IGNORECASE)


# A change in pay is not pay: "raises of $1.10 an hour", "$1.10 per hour in raises", "a
# rise of 40p"; "climbs to $19.60 an hour" is the pay it comes to.
# A verb of change with "by" gives the change in any tense: "rises by €75", "was
# raised by $2", "went up by 5%", "fell by £30 a week".
_CHANGE_BY = (
    r"(?:(?:rais|ris|rose|increas|hik|bump|boost|cut|lift|grow|grew|climb|jump|gain|go|went"
    r"|gone|goes|going|fall|fell|drop|decreas|reduc|trimm?|slash|edg|inch)"
    r"[a-z]*(?:\s+(?:up|down))?\s+by"
    # A verb that takes the pay as its object, with the pay named between it and "by":
    # "raises wages and benefits by $9", "lifted the base rate for juniors by €40",
    # "cut drivers' pay by £30 a week".
    r"|(?:rais|increas|hik|bump|boost|cut|lift|reduc|trimm?|slash|top)[a-z]*"
    r"(?:\s+(?!by\b)[a-z'’-]+){1,6}?\s+by)"
)
_CHANGE_BEFORE = re.compile(
    rf"\b(?:(?:raises?|rises?|increases?|increments?|uplifts?|hikes?|bumps?|boosts?|cuts?)"
    rf"\s+(?:of\s+)?|{_CHANGE_BY}\s+)"
    r"(?:(?:up\s+to|about|around|nearly|roughly|some|an\s+extra|another|a\s+further)\s+)?$"
    # A sum said to come on top, whatever follows it: "an additional $2 an hour", "an
    # extra €40 a week", "a further £1,000".
    r"|\b(?:an?\s+)?(?:additional|extra|further)\s+$",
    re.IGNORECASE,
)
# The word before the name of pay on top ("$1.50 night differential", "€300 shift
# allowance") says which extra the sum is; a word that sets the sum apart from the extras
# ("£2,100 a month before supplements", "$900 a week plus premiums", "excluding
# allowances") leaves the sum the pay itself.
_APART_FROM_EXTRAS = (
    r"(?:before|after|excluding|including|without|with|plus|besides|except|and|or|but|not"
    r"|than)"
)
_CHANGE_AFTER = re.compile(
    r"^\s*(?:(?:an?|per)\s+(?:hour|week|month|year)\s+)?(?:in\s+)?"
    r"(?:raises?|increases?|hikes?|adjustments?|uplifts?|increments?|more\b|extra\b"
    rf"|(?:(?!{_APART_FROM_EXTRAS}\b)[a-z-]+\s+)?"
    r"(?:differential|premium|supplement|allowance|stipend|weighting|top-up)s?\b)",
    re.IGNORECASE,
)
# Pay on top of pay is not the pay: "the night differential was $1.50 an hour", "a shift
# premium of $2", "Special education stipend: $3,000", "London weighting = £4,200". A
# bonus is pay of its own that claims name ("a $10,000 ratification bonus"), not listed.
_ON_TOP_BEFORE = re.compile(
    r"\b(?:differential|premium|supplement|allowance|stipend|weighting|top-up)s?\b[^.;:$£€]{0,30}?"
    r"(?:\b(?:is|was|are|were|of|at|averaged|averages)\s+|\s*[:=]\s*)"
    r"(?:(?:about|around|roughly|some)\s+)?$",
    re.IGNORECASE,
)


def a_change(text: str, start: int, end: int) -> bool:
    """True when the pay figure at ``text[start:end]`` is a change in pay (a raise or a
    cut) or pay on top of it (a night differential), not what the job pays."""
    # "will rise from $61,000 to $66,000": the figure read with its "from" gives the pay
    # before and after, not the size of a change.
    levels = text[start:end].lower().startswith("from ")
    return bool(
        (not levels and _CHANGE_BEFORE.search(text[:start]))
        or _CHANGE_AFTER.match(text[end:])
        or _ON_TOP_BEFORE.search(text[max(0, start - 80) : start])
    )


_CARRIES_ON = re.compile(
    r"^(?:it|its|their|they|his|her|he|she|this|that|these|those|the\s+(?:company|firm|chain|"
    r"group|union|employer))\b",
    re.IGNORECASE,
)


def about_same_job(
    index: EvidenceIndex,
    i: int,
    claim: Claim,
    title: list[str],
    employer: str | None,
    view: ArticleView,
    own: Collection[int] = (),
) -> float:
    """How surely source sentence ``i`` is about the pay in question: 0 when the titles
    written in it (or just before it, or atop its page) are all of other jobs, or it
    speaks of another employer; otherwise by title, then by shared words. ``own`` are
    the postings the claim is about: their structured pay is the job's."""
    s = index.sentences[i]
    page = index.pages[s.page]
    names = [employer] if employer else view.nearby_names(claim)
    if s.fact is not None and s.fact.kind == "pay":
        return _fact_sameness(index, s.page, claim, title, names, view, own)
    if s.fact is not None and s.fact.kind == "cell":
        # A table row names its occupation: the cell is about the job when its row does.
        row = normalise_title(str(s.fact.data.get("row", "")), view)
        return 1.0 if title and set(title) & set(row) & _job_words(title, view) else 0.0
    if employer and employer in view.knowledge.organisations:
        orgs = set(view.extractor.parsers.org_names(s.text, index.context(s.page)))
        companies = {o for o in orgs if view.knowledge.organisations[o].category == "company"}
        related = {
            employer,
            *view.knowledge.groups_of(employer),
            *view.knowledge.members_of(employer),
        }
        if companies and not companies & related:
            return 0.0  # the figure is another company's: "... at Acme, one paying $1m"
    written = titles_in(s.text, view) if page.facts.kind == "job_posting" else []
    # A posting the claim cites is its job's even under a title put another way (the title
    # check says so); one it does not cite must be of the same kind of the job.
    meets = same_job if _cites(claim, s.page, own, view) else _same_paid_job
    if title and written and not any(meets(title, normalise_title(t, view), view) for t in written):
        # On a posting, another title names another job: "Welder – Leeds – £31,000".
        return 0.0
    here = view.roles(s.text)
    if title and (here & set(title) or view.occupations(s.text) & set(title)):
        # "a product manager on the ... team lists a range of ...", or an occupation the
        # tables know by its form only ("millwrights earned ...").
        return TITLE_IN_SENTENCE
    if title and _whole_workforce(s.text, here, view.knowledge):
        # "for all production staff", "every employee on the site": pay set for everyone,
        # the claim's job among them.
        return TITLE_NEARBY
    if title and here & view.knowledge.roles - set(title) and set(title) & view.knowledge.roles:
        return 0.0  # the sentence is about another job: "a technical director ... $650,000"
    posted = posting_title(index, s.page, view) if page.facts.kind == "job_posting" else None
    layers = (
        (TITLE_IN_SENTENCE, titles_in(s.text, view)),
        (
            TITLE_NEARBY,
            [t for n in index.nearby(i, before=3, after=0) for t in titles_in(n.text, view)]
            + titles_in(page.title or "", view)
            # A posting's sentences speak of its own job, named in its heading or JSON-LD
            # though not in the words read as a title: "Hourly rate: $21" under "Courier".
            + ([posted] if posted else []),
        ),
    )
    for weight, titles in layers:
        if not titles:
            continue
        if not title:
            break
        if any(meets(title, normalise_title(t, view), view) for t in titles):
            return weight
        return 0.0
    if title:
        # Only an employer vouches for a figure with no job beside it: a place or another
        # name the draft gives ("haul drivers in the Goldfields") is no employer.
        employers = [employer] if employer else view.nearby_orgs(claim)
        return EMPLOYER_ONLY if any(n and index.mentions(s.page, n) for n in employers) else 0.0
    # No job named: the same subject words ("store workers start at ...") must recur.
    pay = view.knowledge.words("salary") | view.knowledge.words("pay")
    # The sentence before often names who "her" or "the job" is.
    i_claim = claim.sentence.index
    prior = view.sentences[i_claim - 1].text if 0 < i_claim <= len(view.sentences) else ""
    subject = {w for w in keywords(f"{prior} {claim.sentence.text}").split() if not w[0].isdigit()}
    subject -= {keywords(w) for w in pay}
    around = " ".join(n.text for n in index.nearby(i, before=2, after=0))
    shared = subject & set(keywords(f"{s.text} {around}").split())
    if len(shared) < MIN_SHARED_WORDS:
        return 0.0
    # More shared words, surer; the employer named on the page helps too.
    named = any(n and index.mentions(s.page, n) for n in names)
    bonus = EMPLOYER_NAMED_BONUS if named else 0.0
    return min(SHARED_WORDS_CAP, PER_SHARED_WORD * len(shared) + bonus)


# "all staff", "all production staff", "every hourly worker", "all of its employees": a
# workforce word after "all" or "every", with at most two words between.
_EVERYONE = re.compile(
    r"\b(?:all|every)\s+(?:(?:of\s+)?(?:the|its|their|our)\s+)?(?P<who>(?:[\w-]+\s+){0,2}\w+)\b",
    re.IGNORECASE,
)


def _cites(claim: Claim, page: int, own: Collection[int], view: ArticleView) -> bool:
    """True when the claim cites ``page``, or its paragraph does (``own``)."""
    return page in own or page in view.primary.get(claim.id, set())


def _same_paid_job(claimed: list[str], found: list[str], view: ArticleView) -> bool:
    """:func:`same_job`, unless the two titles put two different words before one shared
    occupation and share no other ("gang supervisor" and "warehouse supervisor", "ward
    clerk" and "court clerk"): two kinds of the job, each with its own pay, however alike
    the short titles look as strings."""
    if not same_job(claimed, found, view):
        return False
    k = view.knowledge
    a, b = set(claimed), set(found)
    plain = k.roles | k.seniority
    if (a & b) - plain:
        return True  # a word of the job's kind is shared: "night care aide", "care aide"
    return not ((a - b) - plain and (b - a) - plain)


def _whole_workforce(text: str, roles: set[str], k: Knowledge) -> bool:
    """True when the only roles a sentence names are workforce words ("staff",
    "employees") and one follows "all" or "every": pay set for everyone there."""
    workforce = k.words("headcount")
    if not roles or not roles <= workforce:
        return False
    return any(workforce & set(m.group("who").lower().split()) for m in _EVERYONE.finditer(text))


def _names_other_job(claim: Claim, posting_title: str, page: int, view: ArticleView) -> bool:
    """True when the claim's own sentence names a job (an occupation by its form, as the
    claim rules read it) that the posting's title does not: "its pilots earn ..." is not
    about a posting for cabin crew, so that posting's pay says nothing of it."""
    said = view.occupations(_scope(claim))
    posted = normalise_title(posting_title, view)
    return (bool(said) and not said & set(posted)) or _told_apart(claim, posted, page, view)


def _told_apart(claim: Claim, posted: list[str], page: int, view: ArticleView) -> bool:
    """True when the claim writes the title of its job with the pay ("hiring night
    packers at £26,000"), one that is not the posting's (``posted``, normalised) at any
    level, and its sentence does not cite the posting: the pay of another of the
    employer's jobs. A sentence citing the posting may have the title wrong, which the
    title check says; its pay is still the posting's."""
    # A job "the role" or "the job" points back to is not written with the pay.
    said = [] if "job" in claim.fields.get("resolved", ()) else _said_job(claim, view)
    return (
        bool(said)
        # Only a job named in the figure's own clause: "..., and the firm will hire two
        # drivers" names other people than those the pay is for.
        and bool(view.occupations(_scope(claim)) & set(said))
        and page not in view.in_sentence.get(claim.id, set())
        and not same_job(said, posted, view)
        and not _level_apart(said, posted, view)
    )


def _job_words(title: list[str], view: ArticleView) -> set[str]:
    """A title's words that name a job, not its level or joining words."""
    return set(title) - view.knowledge.seniority


def _fact_sameness(
    index: EvidenceIndex,
    page: int,
    claim: Claim,
    title: list[str],
    names: Sequence[str | None],
    view: ArticleView,
    own: Collection[int],
) -> float:
    """How surely a pay fact of a page's structure is the pay in question: it is the
    posting's own pay, so it is about the job when the posting is (by its title), and the
    claim cites it or names its employer."""
    posting = posting_title(index, page, view)
    cited = _cites(claim, page, own, view)
    meets = same_job if cited else _same_paid_job  # as in about_same_job
    if (
        title
        and posting
        and not meets(title, normalise_title(posting, view), view)
        and not (cited and _posting_glossed(claim, title, posting, view))
    ):
        # The posting the claim cites, for the job at another level ("Senior Ramp Agent"
        # for a "Ramp Agent" posting, "Designer II" for "Designer III"): the title is
        # wrong (the title check says so), and the pay is still that posting's, unless
        # the page lists the claim's job as an opening of its own.
        if (
            cited
            and _level_apart(title, normalise_title(posting, view), view)
            and not _listed_apart(claim, title, posting, index, page, view)
            and not _own_subject_apart(claim, page, view)
        ):
            return ONLY_POSTING_SAMENESS
        return 0.0
    if cited:
        return TITLE_IN_SENTENCE  # the claim cites the posting, or the posting is its own
    return TITLE_NEARBY if any(n and index.mentions(page, n) for n in names) else 0.0


# A job named and then put in another language at once, in brackets: "a harvester
# (abatteuse multifonctionnelle)", "the night porters (Nachtportiers)".
_ASIDE = re.compile(r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*\(\s*([^()]{3,80}?)\s*\)")


def _posting_glossed(claim: Claim, title: list[str], posting: str, view: ArticleView) -> bool:
    """True when the draft, near the claim, names a job of the claim's title (or of the
    people its sentence pays) and glosses it in brackets with the cited posting's own
    title ("a forklift driver (cariste)"): the posting, in its own language, is of the
    claim's job."""
    posted = [w for w in normalise_title(posting, view) if len(w) > 2]
    if not posted:
        return False
    # The claim's job: its title, else the people its sentence pays ("harvester operators").
    people = view.roles(claim.sentence.text) | view.occupations(claim.sentence.text)
    own = (_job_words(title, view) or set(title)) | set(normalise_title(" ".join(people), view))
    at = claim.sentence.index
    near = view.sentences[max(0, at - 1) : at + 3]
    for sentence in near:
        for m in _ASIDE.finditer(sentence.text):
            named = set(normalise_title(m.group(1), view))
            glossed = set(normalise_title(m.group(2), view))
            if named & own and len(glossed & set(posted)) >= min(2, len(set(posted))):
                return True
    return False


def _own_subject_apart(claim: Claim, page: int, view: ArticleView) -> bool:
    """True when the pay verb's own subject names the job ("Assistant engineers, by
    contrast, start on ...") and the claim's sentence does not cite the posting: the
    sentence tells of workers at another level than the posting's, after a sentence that
    cited it, and their pay is theirs."""
    return bool(_pay_subject(claim, view)) and page not in view.in_sentence.get(claim.id, set())


def _listed_apart(
    claim: Claim,
    title: list[str],
    posting: str,
    index: EvidenceIndex,
    page: int,
    view: ArticleView,
) -> bool:
    """True when a posting's page names the job ``title`` (normalised words) as another
    opening than its own ("More jobs: Deck Officer, Night Shift" beside a posting for a
    Senior Deck Officer): the posting's pay is not that job's. Not for a job "that job"
    points back to: the earlier sentence may have the title wrong, which the title
    check says, and the pay the claim cites is still the posting's."""
    if "job" in claim.fields.get("resolved", ()):
        return False
    own = normalise_title(posting, view)
    # The matcher takes titles sharing only a role word for one job ("Facility
    # Technician", "Process Technician"), so a listed title counts only when it is the
    # claim's own or shares more of its words than the posting's title does.
    near = len(set(title) & set(own))
    for i in index.page_entries(page):
        for written in titles_in(index.sentences[i].text, view):
            words = normalise_title(written, view)
            if (
                words != own
                and same_job(title, words, view)
                and (words == title or len(set(title) & set(words)) > near)
            ):
                return True
    return False


def _others_than_posted(sentence: str, posting: str | None, view: ArticleView) -> bool:
    """True when the sentence names whom it pays by words of people ("production
    workers", "line staff", "porters") none of which the posting's title holds: the pay
    of those people, not of the one job the employer's posting is for."""
    if not posting:
        return False
    workforce = view.knowledge.words("headcount")
    people = (
        view.roles(sentence)
        | view.occupations(sentence)
        | {w for w in re.findall(r"[a-z]+", sentence.lower()) if w in workforce}
    )
    if not people:
        return False
    said = {w for w in keywords(sentence).split() if not w[0].isdigit()} - STOPWORDS
    named = set(keywords(" ".join(normalise_title(posting, view))).split()) - STOPWORDS
    return not said & named


# A level written as a code after the role: "II", "III", "L5", "3".
_LEVEL_CODE = re.compile(r"^(?:[ivx]+|[a-z]?\d{1,2})$")


def _level_apart(claimed: list[str], found: list[str], view: ArticleView) -> bool:
    """True when two titles name one job but for its level: the same job once the
    seniority words and level codes of both are set aside."""
    k = view.knowledge
    bare = [
        [w for w in t if w not in k.seniority and not _LEVEL_CODE.match(w)]
        for t in (claimed, found)
    ]
    return bool(bare[0] and bare[1]) and same_job(bare[0], bare[1], view)


_NAME_WORD = re.compile(rf"\b[{UPPER}][{LOWER}]+\b")


def _names(text: str) -> set[str]:
    """Capitalised words of a text, function words ("In", "The") left out."""
    return {w for w in _NAME_WORD.findall(text) if w.lower() not in STOPWORDS}


def scoped_to_place(
    claim: Claim, index: EvidenceIndex, indices: list[int], view: ArticleView
) -> set[int]:
    """The pay entries of one page to keep when the page gives pay per place (zones,
    offices) and the claim names one by its figure: those whose label or clause names a
    place named next to the claimed figure; all of them when none does."""
    at = claim.start - claim.sentence.start
    # The word opening the sentence is capitalised as any opening is ("Pay for the
    # role ..."): only a name within it names a place.
    opening = set(claim.sentence.text.split()[:1])
    # Nor is the payer named next to the figure ("$40 an hour by Orla Freight") a place.
    payer = _names(str(claim.fields.get("employer") or ""))
    claim_names = _names(window(claim.sentence.text, at, at + len(claim.text))) - opening - payer
    shared: dict[int, set[str]] = {}
    for i in indices:
        entry = index.sentences[i]
        # A pay block names a place by its label or its line ("Level 7, ₹44,900 ..."), as
        # the same line read again as a sentence does.
        label = (
            f"{entry.fact.data.get('label', '')} {entry.text}"
            if entry.fact is not None
            else entry.text
        )
        if entry.fact is None and _POINTS_BACK_ANYWHERE.search(entry.text):
            # "Their union wants it raised to $610": pay of the place the sentence
            # before names.
            label = " ".join(n.text for n in index.nearby(i, before=1, after=0)) + " " + label
        posting = posting_title(index, entry.page, view) or ""
        shared[i] = (_names(str(label)) & claim_names) - _names(posting)
    if not any(shared.values()):
        return set(indices)
    return {i for i, names in shared.items() if names}


# Which statistic a figure is: a median is no mean, and neither is a percentile.
_STATISTICS = {"median": ("median",), "mean": ("mean", "average"), "average": ("mean", "average")}
# A table cell is read for a claim by its headers, not ranked by likeness.
TABLE_CELL_SCORE = 60.0
# A schedule's step the claim names is the job's pay at that step: surer than a cell
# that only shares the job's row.
SCHEDULE_WEIGHT = 0.9


def statistic_cells(claim: Claim, index: EvidenceIndex, have: set[int]) -> list[Candidate]:
    """Table cells giving the statistic a claim names ("the median developer earned"),
    from every page: a cell under a "Median" header, none for a claim naming none."""
    said = {w for w in re.findall(r"[a-z]+", claim.sentence.text.lower()) if w in _STATISTICS}
    if not said:
        return []
    words = {w for s in said for w in _STATISTICS[s]}
    out = []
    for page in range(len(index.pages)):
        for i in index.fact_entries(page, "cell"):
            headers = index.sentences[i].text.lower()
            if i not in have and any(re.search(rf"\b{w}\b", headers) for w in words):
                out.append(Candidate(i, TABLE_CELL_SCORE))
    return out


# A grade's code as pay tables name their rows: capitals and a number, with a space, a
# hyphen or nothing between ("E 13", "E13", "GS-11", "A 9"), not part of a longer word
# or figure.
_GRADE_CODE = re.compile(r"(?<![\w$€£¥₹.,])([A-Z]{1,3})[ \u00a0-]?(\d{1,2}[a-z]?)(?![\w]|[.,]\d)")


def _grade_key(m: re.Match[str]) -> str:
    return f"{m.group(1).lower()}{m.group(2).lower()}"


def coded_rows(sentence: str, index: EvidenceIndex, have: set[int]) -> list[Candidate]:
    """The cells of table rows named by a grade's code alone ("E 13") that the sentence
    gives however it spaces it ("E13 starts at ..."), not among ``have``."""
    codes = {_grade_key(m) for m in _GRADE_CODE.finditer(sentence)}
    if not codes:
        return []
    out = []
    for page in range(len(index.pages)):
        for entries in table_entries(index, page):
            for i in entries:
                fact = index.sentences[i].fact
                if fact is None or i in have:
                    continue
                row = _GRADE_CODE.fullmatch(str(fact.data.get("row", "")).strip())
                if row is not None and _grade_key(row) in codes:
                    out.append(Candidate(i, TABLE_CELL_SCORE))
    return out


def _glossed(sentence: str, row: str, title: list[str]) -> bool:
    """True when the sentence names the row's job and glosses it at once with the
    claim's title, in an aside ("an escribano, a court clerk grade,", "the Sachbearbeiter
    (case officer)", "a sous-chef, or deputy cook,"): a job named in the page's language
    and put in the article's."""
    if not row.strip() or not title:
        return False
    named = re.search(rf"(?<!\w){re.escape(row.strip())}(?!\w)", sentence, re.IGNORECASE)
    if named is None:
        return False
    aside = _GLOSS.match(sentence, named.end())
    if aside is None:
        return False
    words = set(re.findall(r"[a-z]+", aside.group(1).lower()))
    return bool(words & {w.lower() for w in title})


# An aside right after a name: ", a junior clerk grade," or " (case officer)".
_GLOSS = re.compile(r"\s*(?:,\s*(?:or\s+)?|\(\s*)((?:an?|the)?\s*[^,;()]{1,50})(?:,|\))")


def _rest_of_tables(index: EvidenceIndex, definite: set[int], sentence: str) -> set[int]:
    """The cells of the tables holding the ``definite`` cells that stand in other rows
    than theirs, and in other columns of their row where the ``sentence`` names the
    definite cell's column by the words that tell it from them ("pilots" beside
    "stewards"). Another group's column of the row the sentence does not name ("Men"
    beside "Everyone") is still that row's figure, of some of its people."""
    said = words_of(sentence)
    out: set[int] = set()
    for i in definite:
        row = _row(index, i)
        out |= {j for j in table_cells(index, i) if _row(index, j) != row}
        mine = words_of(_column_of(index, i))
        for j in row_cells(index, i):
            telling = mine - words_of(_column_of(index, j))
            if j != i and telling and telling <= said:
                out.add(j)
    return out - definite


def _column_of(index: EvidenceIndex, i: int) -> str:
    fact = index.sentences[i].fact
    return str(fact.data.get("column", "")) if fact is not None else ""


def _row(index: EvidenceIndex, i: int) -> str:
    fact = index.sentences[i].fact
    return str(fact.data.get("row", "")) if fact is not None else ""


def _scale_for(
    index: EvidenceIndex, i: int, rows: set[int], kind: str, stated: Amount
) -> tuple[Amount, str] | None:
    """The pay scale of the schedule row cell ``i`` stands in, when the claim's sentence
    names the row (``rows``) and the claim gives bounds (a range, "up to", "from"), not
    one figure that may be any step."""
    if i not in rows:
        return None
    if kind not in ("at_most", "at_least", "within") and stated.low == stated.high:
        return None
    return scale_of(index, i)


# Pay figures below this are written to the unit, whatever their last digit.
EXACT_BELOW = 100
# How far a figure written to the cent may be from the truth: half a cent (and a hair
# more, for the float's own error).
CENT_SLACK = 0.0051


def written_slack(value: float) -> float:
    """How far the truth may be from a pay figure as it is written: half a unit of its
    last written digit ("$150,000" may be $145,000 to $155,000; "€880" is €875 to €885),
    and never less than the rounding any figure allows (:data:`EXACT_TOLERANCE`)."""
    floor = EXACT_TOLERANCE * abs(value)
    if value <= 0 or value % 1 or value < EXACT_BELOW:
        # "€30 an hour" is thirty euros, not a figure rounded to the ten: pay written in
        # two digits is written to the unit.
        return floor
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    return max(floor, min(ABOUT_TOLERANCE * value, 10.0**zeros / 2))


def to_the_cent(value: float | None) -> bool:
    """True when a figure is written to the cent ("£11.44", "$52,310.50"), not to a
    whole unit."""
    return value is not None and value > 0 and round(value % 1, 6) != 0


def _cents_apart(claimed: float | None, found: float | None) -> bool:
    """True when two figures both written to the cent are not the same sum of cents:
    each allows half a cent, not a share of itself ("£11.44" is not "£11.45"). A figure
    written to the unit ("$31") may still be a sum of cents rounded ("$31.02")."""
    if not (to_the_cent(claimed) and to_the_cent(found)):
        return False
    assert claimed is not None and found is not None
    return abs(claimed - found) > CENT_SLACK


def _near(claimed: float, found: float, exact: bool, strict: bool = False) -> bool:
    """True when a claimed end and a found end are one figure: within the rounding of
    either as written (``exact``), else within :data:`TOLERANCE` of the claimed. With
    ``strict``, a figure exactly half a unit of the claimed figure off is another
    figure: "up to 90,000" names a top, and a top of 85,000 would be written so."""
    if exact and _cents_apart(claimed, found):
        return False
    if exact:
        off, own = abs(claimed - found), written_slack(claimed)
        return off <= written_slack(found) or (off < own if strict else off <= own)
    return abs(claimed - found) <= TOLERANCE * claimed


def _widened(amount: Amount, kind: str, exact: bool) -> Amount:
    """An amount with the slack its writing allows at each end."""
    if kind == "about" or not exact:
        return amount.widened(ABOUT_TOLERANCE if kind == "about" else TOLERANCE)
    return Amount(
        None if amount.low is None else amount.low - written_slack(amount.low),
        None if amount.high is None else amount.high + written_slack(amount.high),
        amount.currency,
        amount.period,
    )


def _posted_range_ends(
    claim_amount: Amount, kind: str, found: Amount, whole: bool, exact: bool
) -> bool:
    """True when a claimed range (two ends, as written, in the page's period) is read
    against a posting's own range of two ends: the ends are then compared one by one."""
    return (
        whole
        and exact
        and kind == "range"
        and not claim_amount.is_point
        and not found.is_point
        and None not in (claim_amount.low, claim_amount.high, found.low, found.high)
    )


def _own_rounding(claim_amount: Amount, found: Amount) -> bool:
    """True when each end of a posting's range lies within the rounding of the claimed
    end as written (:func:`written_slack`)."""
    pairs = ((claim_amount.low, found.low), (claim_amount.high, found.high))
    return all(
        c is not None
        and f is not None
        and abs(c - f) <= written_slack(c)
        and not _cents_apart(c, f)
        for c, f in pairs
    )


def _near_middle(span: Amount, found: Amount) -> bool:
    """True when ``found`` lies within half a span's slack of its middle (the figure
    written)."""
    if span.low is None or span.high is None or found.low is None:
        return False
    middle = (span.low + span.high) / 2
    return abs(found.low - middle) <= (span.high - span.low) / 4


def compare_pay(
    claim_amount: Amount,
    kind: str,
    found: Amount,
    whole: bool = False,
    exact: bool = False,
    rough: bool = False,
    at_end: bool = False,
) -> Stance:
    """ "supports", "contradicts" or "neutral" for one pay figure against a claim.

    ``whole`` marks a posting's own pay range (from its structure): a claimed range is
    that range and "up to" / "starting at" name its ends, so an end off by more than the
    tolerance is a conflict; a bound ("less than", "more than") is met by any range on
    its side of it. ``exact`` marks figures compared as written, in one period: each
    end then allows only its own rounding ("€880" is not "€870"), where a figure
    converted from another period allows :data:`TOLERANCE`. A ``rough`` figure ("about
    $61,000", read as the span it rounds) backs any claimed figure within that span and
    refutes only one outside it. ``at_end`` marks a claim whose words name an end of a
    job's scale ("the job rate", "tops out at", "the start rate"): one figure at either
    end of a posting's range is then that end, no conflict."""
    if not currencies_meet(claim_amount.currency, found.currency):
        return "neutral"
    if kind == "within":
        widened = claim_amount.widened(TOLERANCE)
        if widened.contains(found):
            return "supports"
        return "contradicts" if not widened.overlaps(found) else "neutral"
    if kind in ("at_most", "up_to"):
        if found.high is None:
            return "neutral"
        assert claim_amount.high is not None
        top = claim_amount.high
        if _near(top, found.high, exact, strict=kind == "up_to"):
            return "supports"
        lower = claim_amount.low
        if kind == "up_to" and whole and lower is not None and lower <= found.high <= top:
            # "Just under £40,000 at the top of the scale": the top within the span the
            # rough figure allows.
            return "supports"
        if whole and found.high < top:
            # A posting's whole range under "less than X" agrees with it; under "up to X"
            # its top is another top.
            return "supports" if kind == "at_most" else "contradicts"
        return "contradicts" if whole or found.high > top * (1 + TOLERANCE) else "neutral"
    if kind in ("at_least", "from"):
        if found.low is None:
            return "neutral"
        assert claim_amount.low is not None
        bottom = claim_amount.low
        if kind == "from" and whole:
            # "Starting at £40,000" names the bottom end of the posting's range; "start
            # on just under £40,000" puts it within the span its words allow.
            upper = claim_amount.high
            within = upper is not None and bottom <= found.low <= upper * (1 + TOLERANCE)
            return "supports" if within or _near(bottom, found.low, exact) else "contradicts"
        if found.low >= bottom * (1 - TOLERANCE):
            return "supports"
        below = (found.high or found.low) < bottom
        return "contradicts" if whole or below else "neutral"
    # A range or a single figure: both ends must agree.
    widened = _widened(claim_amount, kind, exact)
    if kind == "about" and found.is_point and _near_middle(claim_amount, found):
        # "About £48,000" is the span its words allow: one figure in the nearer half of
        # it is the pay it names ("£46,900"); one at its edge ("£52,500") is another
        # figure, as "roughly £44,000" is not £46,400.
        return "supports"
    if rough and kind == "range" and claim_amount.is_point and found.low is not None:
        # "About $61,000" on the page says the pay is near $61,000: "$61,000" and
        # "$60,500" fall within it, "$48,000" does not.
        assert found.high is not None
        if found.widened(TOLERANCE).contains(claim_amount):
            return "supports"
        return "neutral" if widened.overlaps(found) else "contradicts"
    if found.low is None or found.high is None:
        # "Starts at $45" or "can reach $52": a figure at that end is the one named.
        end = found.low if found.low is not None else found.high
        at_end = claim_amount.is_point and end is not None and widened.contains(Amount(end, end))
        return "supports" if at_end or (widened.overlaps(found) and kind == "about") else "neutral"
    if (
        exact
        and kind == "range"
        and claim_amount.is_point == found.is_point
        and (
            _cents_apart(claim_amount.low, found.low) or _cents_apart(claim_amount.high, found.high)
        )
    ):
        # "£11.44" against "£11.45" (or a range against a range so written): each end
        # written to the cent, another sum of cents.
        return "contradicts"
    if _posted_range_ends(claim_amount, kind, found, whole, exact) and not _own_rounding(
        claim_amount, found
    ):
        # A posting's own range is written as it is paid, not rounded: "£31,000 –
        # £34,000" on the page allows no claimed top of £34,500, though a figure
        # written "£34,000" in prose might stand for it. Each end keeps only the
        # claim's own rounding (and the page's must still allow the claim, below).
        return "contradicts"
    if widened.contains(found) and _widened(Amount(found.low, found.high), kind, exact).contains(
        claim_amount
    ):
        return "supports"
    if (
        whole
        and at_end
        and claim_amount.is_point
        and (
            widened.contains(Amount(found.low, found.low))
            or widened.contains(Amount(found.high, found.high))
        )
    ):
        # "Reaches a top rate of $36 an hour" of a posting's "$29 to $36": the pay where
        # the range tops out (or starts), no other figure for the job.
        return "neutral"
    return "contradicts" if whole or not widened.contains(found) else "neutral"


# The statistic a figure is: a median, or a mean (an average).
_MEASURES = re.compile(r"\b(?:(?P<median>medians?)|(?P<mean>means?|averages?))\b", re.IGNORECASE)


def _measure(text: str) -> str | None:
    """The statistic the last word of one in ``text`` names ("median", "mean"), or None."""
    found = None
    for m in _MEASURES.finditer(text):
        found = m.lastgroup
    return found


def _measure_apart(claim_measure: str, index: EvidenceIndex, j: int) -> bool:
    """True when table cell ``j`` stands in a column of another statistic than the
    claim's: "Mean annual wage" for a median."""
    fact = index.sentences[j].fact
    if fact is None:
        return False
    theirs = _measure(str(fact.data.get("column", "")))
    return theirs is not None and theirs != claim_measure


# Words that say a pay figure is before tax, or after it ("brutto", "líquido", "in hand").
_GROSS = re.compile(
    r"\b(?:gross|before\s+tax(?:es)?|pre-tax|brut(?:to|o|a|e)?|hrub\w+)\b", re.IGNORECASE
)
_NET = re.compile(
    r"\b(?:net|nett|netto|neto|nette|after\s+tax(?:es)?|take-home|in[\s-]hand|l[ií]quid[oa]"
    r"|čist\w+)\b",
    re.IGNORECASE,
)


def _basis(text: str) -> str | None:
    """Whether the words of ``text`` give pay before tax ("gross") or after it ("net");
    None when they say neither, or both."""
    gross, net = bool(_GROSS.search(text)), bool(_NET.search(text))
    return None if gross == net else "gross" if gross else "net"


def _close_words(text: str, start: int, end: int) -> str:
    """A figure with the three words before and after it: where its own "gross" or
    "net" is written ("a gross ₹24,960", "29,000 złoty gross")."""
    return " ".join([*text[:start].split()[-3:], text[start:end], *text[end:].split()[:3]])


def _statistic_cell(index: EvidenceIndex, j: int) -> bool:
    """True when table cell ``j`` is a statistic over many (its caption, column or row
    names a mean or a median): "Mean weekly earnings of full-time staff, by trade"."""
    fact = index.sentences[j].fact
    if fact is None:
        return False
    headers = " ".join(str(fact.data.get(h, "")) for h in ("caption", "column", "row"))
    return _measure(headers) is not None


def _end_parts(
    claimed: Amount, found: Amount, exact: bool, weight: float, cand: Candidate
) -> list[Assessment]:
    """A range's end that agrees with a source's range, and the end that does not, as
    two assessments of one sentence (the claim is then mixed)."""
    assert claimed.low is not None and found.low is not None and found.high is not None
    low_met = _near(claimed.low, found.low, exact)
    held = Amount(found.low, found.low, found.currency, found.period)
    off = Amount(found.high, found.high, found.currency, found.period)
    if not low_met:
        held, off = off, held
    which = ("bottom", "top") if low_met else ("top", "bottom")
    return [
        Assessment(
            cand.index, "supports", weight, cand.score, f"{held.describe()} at the {which[0]}"
        ),
        Assessment(
            cand.index, "contradicts", weight, cand.score, f"{off.describe()} at the {which[1]}"
        ),
    ]


def _one_end_off(claimed: Amount, found: Amount, exact: bool) -> bool:
    """True when two ranges (neither a single figure) agree at one end and not at the
    other."""
    ends = (claimed.low, claimed.high, found.low, found.high)
    if any(e is None for e in ends) or claimed.is_point or found.is_point:
        return False
    c_low, c_high, f_low, f_high = (float(e) for e in ends if e is not None)
    low_met, high_met = _near(c_low, f_low, exact), _near(c_high, f_high, exact)
    return low_met != high_met


# Words that name a figure the least pay is: "a minimum of", "the floor", "starting pay".
_MINIMUM = re.compile(
    r"\b(?:minimum|minimums|floor|starting|starts?\s+(?:on|at|from))\b", re.IGNORECASE
)


# A clause whose subject is the least pay, however far before its figure: "Starting pay
# for porters at the new depot will be €15.40", "The minimum hourly rate for cleaners
# across the region is ...".
_MINIMUM_SUBJECT = re.compile(
    r"\s*(?:the\s+|its\s+|their\s+)?(?:minimum|starting|entry[- ]level)\s+"
    r"(?:(?:hourly|monthly|weekly|annual|basic|base|gross)\s+)?"
    r"(?:pay|wages?|rates?|salar(?:y|ies))\b",
    re.IGNORECASE,
)


def _other_minimum(
    claim_near: str, near: str, part: str, kind: str, claimed: Amount, found: Amount, exact: bool
) -> bool:
    """True when a claim and a source each name the least pay is ("earned a minimum of
    R5,000", "the minimum is R6,000", a clause about "starting pay" whose figure is far
    from those words) and the two differ: a minimum is one figure, not a bound that any
    higher pay meets."""
    if kind != "from" or claimed.low is None or found.low is None:
        return False
    named = _MINIMUM.search(near) or _MINIMUM_SUBJECT.match(part)
    if not (_MINIMUM.search(claim_near) and named):
        return False
    return not _near(claimed.low, found.low, exact)


def _subject_words(text: str, view: ArticleView) -> set[str]:
    """The words of ``text`` that may say whose pay it is: no figure, no word of pay."""
    pay = {keywords(w) for w in view.knowledge.words("salary") | view.knowledge.words("pay")}
    return {w for w in keywords(text).split() if not any(c.isdigit() for c in w)} - pay


def _apart_words(own: str, other: str) -> tuple[str, str]:
    """The words a claim gives only of its own side and only of the side it sets
    against it: words of both say nothing of which side a figure is told of."""
    mine, theirs = set(keywords(own).split()), set(keywords(other).split())
    return " ".join(sorted(mine - theirs)), " ".join(sorted(theirs - mine))


def _of_the_other(scope: str, against: tuple[str, str], view: ArticleView) -> bool:
    """True when the words saying whose pay a source figure is (``scope``) name the
    side the claim's sentence sets against its own (``against``: the words of its own
    side, then the other's) more than its own: "colleagues hired directly by the grower
    are paid €14.50" is not the pay of the agency staff the claim speaks of."""
    said = _subject_words(scope, view)
    own, other = (set(w.split()) for w in against)
    shared_other, shared_own = said & other, said & own
    return len(shared_other) >= MIN_SHARED_WORDS and len(shared_other) > len(shared_own)


def _change_parts(claimed: Amount, found: Amount, exact: bool) -> list[tuple[Stance, str]]:
    """A change the claim states ("rose from X to Y") against one the source states:
    each figure with its own. Both agreeing support it, both differing contradict it,
    and one of each is a supported and a contradicted part."""
    parts = []
    for end, label in (("low", "at first"), ("high", "after the change")):
        mine, theirs = getattr(claimed, end), getattr(found, end)
        if mine is None or theirs is None:
            return []
        stance: Stance = "supports" if _near(mine, theirs, exact) else "contradicts"
        figure = Amount(theirs, theirs, found.currency, found.period)
        parts.append((stance, f"{figure.describe()} {label}"))
    if len({stance for stance, _ in parts}) == 1:
        return [(parts[0][0], found.describe())]
    return parts


def _other_end_beside(claim: Claim, claimed: Amount, found: Amount, view: ArticleView) -> bool:
    """True when ``claimed`` is one figure at one end of ``found`` (a source's range) and
    another pay claim of the same sentence gives its other end ("$24, rising to $29"):
    two claims read from one range the sentence writes, each a part of it."""
    if not claimed.is_point or found.low is None or found.high is None or found.is_point:
        return False
    ends = (found.low, found.high)
    mine = next((i for i, end in enumerate(ends) if _near(claimed.low or 0.0, end, True)), None)
    if mine is None:
        return False
    other_end = ends[1 - mine]
    for other in view.claims:
        if other.id == claim.id or other.type != "salary":
            continue
        if other.sentence.start != claim.sentence.start:
            continue
        theirs = fields_amount(other.fields)
        if currencies_meet(theirs.currency, claimed.currency) and any(
            figure is not None and _near(figure, other_end, True)
            for figure in (theirs.low, theirs.high)
        ):
            return True
    return False


def _period_guessed(claim: Claim, k: Knowledge) -> bool:
    """True when a pay claim's period is read from its size alone: no period is written
    with the sum, and no word of its sentence implies one ("salary" a year)."""
    said = f" {claim.text.lower()} "
    if any(f" {w} " in said or f"/{w} " in said for w in k.period_phrases):
        return False
    # Not the address of a page it cites ("/salary/scales-2026.html").
    sentence = re.sub(r"\S+/\S+", " ", claim.sentence.text.lower())
    return not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in k.implied_periods)


def _block_sized(fact: PageFact | None) -> bool:
    """True when ``fact`` is a pay block that writes no period: the one it was read in
    is guessed from its figure's size (see factcheck.sources.facts)."""
    return fact is not None and fact.kind == "pay" and fact.data.get("sized") is True


# The periods a bare sum of pay (no period written) is most often paid in.
_BARE_PERIODS = ("month", "year")


def _met_otherwise(claimed: Amount, found: Amount, k: Knowledge) -> bool:
    """True when ``found``, read in a usual period other than the claim's, may be the
    claim's pay: the two overlap, within the tolerance, once both are put per year."""
    wide = claimed.per_year(k).widened(TOLERANCE)
    return any(
        wide.overlaps(replace(found, period=p).per_year(k))
        for p in _BARE_PERIODS
        if p != claimed.period
    )


def _figures_met(claimed: Amount, found: Amount) -> bool:
    """True when each figure the claim gives (one end of "up to $X", both of a range)
    is one the source gives (within the tolerance), whatever their periods."""
    theirs = [v for v in (found.low, found.high) if v is not None]
    ours = [v for v in (claimed.low, claimed.high) if v is not None]
    return bool(ours) and all(
        any(abs(v - f) <= TOLERANCE * max(v, f) for f in theirs) for v in ours
    )


def _same_figure(a: Amount, b: Amount) -> bool:
    """True when two amounts give the same figures (within the tolerance), whatever
    their periods."""
    return all(
        x is not None and y is not None and abs(x - y) <= TOLERANCE * max(x, y)
        for x, y in ((a.low, b.low), (a.high, b.high))
    )


# What a job is without names no row: "assistants without formal training" are not the
# row "Assistants (with training)".
_WITHOUT = re.compile(
    r"\b(?:without|lacking|with\s+no)\s+(?:(?:a|an|any|the)\s+)?(?:[\w-]+\s+)?[\w-]+",
    re.IGNORECASE,
)


# Pay said to be where a job starts, right before its figure: "start on", "starting at".
_STARTS_ON = re.compile(r"\b(?:start|starts|started|starting)\s+(?:out\s+)?(?:on|at)\s*$")
# Words right after the pay that put it at an end of the job's grade or scale ("pays
# £21,000 a year at the bottom of the scale", "£48,000, at the top of band 7").
_SCALE_END = (
    r"(?:at|on)\s+the\s+"
    r"(?:very\s+)?(?:(?P<bottom>bottom|foot|lowest\s+point|first\s+point)"
    r"|(?P<top>top|highest\s+point|last\s+point))\s+of\s+(?:[\w'’-]+\s+){0,2}?"
    # what it is the end of: a grade or scale, not a company or a career
    r"(?:grades?|scales?|bands?|ranges?|spines?|ladders?|brackets?|pay|salary|salaries)\b"
)
_AT_SCALE_END = re.compile(
    rf"^[\s,]*(?:(?:a|an|per)\s+(?:year|annum|month|week|hour)[\s,]+)?{_SCALE_END}",
    re.IGNORECASE,
)
# The same end told just before the figure, a verb of pay or a few words of the clause
# between ("a fitter at the top of the grade is paid £41,000", "at the bottom of band
# 3, porters get £24,100"): no stop, and no other figure, between.
_SCALE_END_BEFORE = re.compile(
    rf"{_SCALE_END}(?:\s+[A-Za-z]?\d{{1,2}}[a-z]?)?,?(?:\s+[A-Za-z'’-]+){{0,3}}\s*$",
    re.IGNORECASE,
)


def _scale_end_kind(claim: Claim, kind: str) -> str:
    """The claim's kind read with the end of the scale its words put its one figure at:
    a bottom is where the pay starts ("from"), a top how high it goes ("up_to"); else
    ``kind``."""
    fields = claim.fields
    one_figure = fields.get("approximate") is True or fields.get("min") == fields.get("max")
    if kind not in ("range", "about") or not one_figure:
        return kind  # a range of two figures is no one end
    text = claim.sentence.text
    m = _AT_SCALE_END.match(text[claim.end - claim.sentence.start :])
    if m is None:
        m = _SCALE_END_BEFORE.search(text[: claim.start - claim.sentence.start])
    if m is None:
        return kind
    return "from" if m.group("bottom") else "up_to"


# A page naming the US dollar: its bare "$" may be that one.
_US_DOLLAR = re.compile(r"\bUS\$|\bUSD\b|\bU\.S\. dollars?\b|\bUS dollars?\b")


class SalaryComparator:
    """Pay claims: ranges, single amounts, N-figure words and pay levels."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The job and its pay."""
        title, employer = salary_subject(claim, view, None)
        return [f"{' '.join(title)} {employer or ''} salary pay range year", claim.sentence.text]

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Compare the claimed pay with every pay figure for the same job, and a second
        figure the sentence gives right after it (evidence/pay_second.py) with its own."""
        findings = self._assess_one(claim, candidates, index, view)
        second = second_figure(claim, view)
        if second is None:
            return findings
        other, restated = second
        return with_second(
            findings,
            self._assess_one(other, candidates, index, view),
            claim,
            other,
            index,
            restated=restated,
        )

    def _assess_one(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Compare the claimed pay with every pay figure for the same job."""
        title, employer = salary_subject(claim, view, index)
        stated = fields_amount(claim.fields)
        kind = str(claim.fields.get("kind", "range"))
        if kind in ("range", "about") and _STARTS_ON.search(
            claim.sentence.text[: claim.start - claim.sentence.start]
        ):
            # "Fitters start on just under £2,400": where the pay starts, the bottom of a
            # range, however roughly the figure is put.
            kind = "from"
        kind = _scale_end_kind(claim, kind)
        own = posting_pages(claim, view, index)
        primary = set(view.primary.get(claim.id, set())) | own
        candidates = with_cited(candidates, index, primary, "pay", sentences=True)
        candidates += statistic_cells(claim, index, {c.index for c in candidates})
        # A table row naming the job: its cells (a pay schedule's steps, a statistic).
        naming = _WITHOUT.sub(" ", claim.sentence.text)
        in_rows = named_cells(naming, index, set(), columns=False)
        in_rows += named_cells(naming, index, {c.index for c in in_rows}, totals=True)
        in_rows += coded_rows(claim.sentence.text, index, {c.index for c in in_rows})
        rows = {c.index for c in in_rows}
        candidates += [c for c in in_rows if c.index not in {d.index for d in candidates}]
        sameness_of = {
            c.index: about_same_job(index, c.index, claim, title, employer, view, own)
            for c in candidates
        }
        beside = _set_beside(claim, title, view) or _unnamed_employer(claim, view)
        statistic = bool(_STATISTIC.search(_scope(claim)))
        for i in sameness_of:
            if index.pages[index.sentences[i].page].facts.kind != "job_posting":
                continue
            if beside or (statistic and not _STATISTIC.search(index.sentences[i].text)):
                # "A commis, by comparison, starts on ...": pay set beside the posting's,
                # of someone else. "The average porter earns ...": a statistic of many
                # people's pay, which one posting's offer neither is nor refutes.
                sameness_of[i] = 0.0
        # "Staff" or "workers" name no job: the whole workforce of a row of totals.
        workforce = {w.rstrip("s") for w in view.knowledge.words("headcount")}
        anyone = not {w.rstrip("s") for w in title} - workforce
        for i in rows:
            # A row the claim's sentence names is its job's, unless the job the claim is
            # about (its title) is none of the row's.
            if (
                anyone
                or set(title) & set(normalise_title(_row(index, i), view))
                or _glossed(claim.sentence.text, _row(index, i), title)
            ):
                sameness_of[i] = max(sameness_of.get(i, 0.0), TITLE_IN_SENTENCE)
        # A pay schedule's step the claim names ("starts on", "the top of", "at step 4"),
        # in the scale of its job, of the range a table maps the job to, or of the page
        # it cites: a definite figure, which a figure off it contradicts.
        at = claim.start - claim.sentence.start
        part = pay_part(claim.sentence.text, at, at + len(claim.text), view.knowledge)
        side = pay_side(claim.sentence.text, at, at + len(claim.text), view.knowledge)
        if part is None and side is None:
            on_schedule = self._schedules(claim, title, index, view, stated, kind, primary)
        else:
            # "a €300 shift allowance" is no step of a pay scale, nor is what one side
            # of a bargain asks for or offers.
            on_schedule = []
        if on_schedule:
            rows = set()  # the row's whole scale is read there, by its step
        assessments = self._assess(
            claim, candidates, index, view, sameness_of, stated, kind, rows, part
        )
        assessments += on_schedule
        # The job the claim names, when a cited posting is for another and lists the
        # claim's job among its similar openings: that opening's pay, not the posting's.
        listed, apart = listed_openings(
            claim, _named_job(claim, view), primary, index, view, stated.period
        )
        # (Not a part of pay, nor what one side of a bargain asks for: see above.)
        if apart and part is None and side is None:
            assessments = [a for a in assessments if index.sentences[a.index].page not in apart]
            for opening in listed:
                stance = compare_pay(stated, kind, opening.pay, whole=True, exact=True)
                # A list's short line can back a claim but refutes none: it may leave out
                # what sets its job apart (a shift, a site, a grade) from the claim's.
                if stance == "supports":
                    said = f"{opening.pay.describe()} (similar jobs: {opening.title})"
                    assessments.append(
                        Assessment(opening.entry, stance, TITLE_IN_SENTENCE, LISTED_SCORE, said)
                    )
        if part is None and with_extras(
            claim.sentence.text, at, at + len(claim.text), view.knowledge
        ):
            # "About $150,000 including on-call": a total of which the job's own pay is a
            # part, so a posting's base pay below it is no conflict with it.
            assessments = [a for a in assessments if a.stance != "contradicts"]
        if not assessments and not apart and title and employer and not beside and not statistic:
            # The article may have the title wrong (the title check says so); the pay on
            # the employer's one posting among the sources is still the job's pay.
            found = postings(candidates, index, employer, set(view.primary.get(claim.id, ())), view)
            page, posting_title = next(iter(found.items()), (-1, ""))
            if len(found) == 1 and not _names_other_job(claim, posting_title, page, view):
                on_posting = {
                    c.index: ONLY_POSTING_SAMENESS
                    for c in candidates
                    if index.sentences[c.index].page == page
                    # not a sidebar naming another of the employer's jobs
                    and all(
                        t == posting_title for t in titles_in(index.sentences[c.index].text, view)
                    )
                }
                assessments = self._assess(
                    claim, candidates, index, view, on_posting, stated, kind, rows, part
                )

        def explain(label: VerdictLabel, t: Tally) -> str:
            said = claim.text
            if label == "supported":
                found = t.supports[0].found
                if kind == "within":
                    return (
                        f"The sources give {found}, which is within what “{said}” means "
                        f"({stated.describe()})."
                    )
                return f"The sources give {found}, matching “{said}”."
            if label == "contradicted":
                found = t.contradicts[0].found
                floor = "starting at" if kind == "from" else "at least"
                claimed = stated.describe(floor)
                return f"The sources give {found}, not {claimed} as “{said}” says."
            if t.supports[0].index == t.contradicts[0].index:
                # Two parts of the claim read against one sentence: one holds, one not.
                return (
                    f"One part holds and one does not: the source gives "
                    f"{t.supports[0].found}, but {t.contradicts[0].found}, against “{said}”."
                )
            return (
                f"Sources disagree: one gives {t.supports[0].found}, another "
                f"{t.contradicts[0].found}, against the claimed {stated.describe()}."
            )

        return Findings(focus(assessments), explain)

    @staticmethod
    def _schedules(
        claim: Claim,
        title: list[str],
        index: EvidenceIndex,
        view: ArticleView,
        stated: Amount,
        kind: str,
        cited: set[int],
    ) -> list[Assessment]:
        """The claim's pay set against the step of a pay schedule its words name (not
        one of a page listing the jobs it prices, ``title`` not among them)."""

        def other_job(row: str) -> bool:
            named = view.occupations(row)
            return bool(title and named) and not named & set(title)

        out: list[tuple[tuple[int, str, str], Assessment]] = []
        sentence = claim.sentence.text
        sized = _period_guessed(claim, view.knowledge)
        found_readings = schedule_readings(sentence, kind, stated, index, cited, other_job)
        # A sentence naming two jobs ("a tutor tops out at ..., well below a registrar")
        # names two rows: the claim's job's is the one meant.
        own = [r for r in found_readings if not other_job(r.row[2])]
        for reading in own or found_readings:
            found = reading.pay
            claimed = stated
            hours = None
            if found.period != stated.period and sized and _figures_met(stated, found):
                # "Tops out at ₦390,000", a month's pay by the scale: the figure is the
                # scale's, in the period its size only seemed to say.
                claimed = replace(stated, period=found.period)
            elif found.period != stated.period:
                hours = weekly_hours(index.pages[index.sentences[reading.entry].page].text)
                found = per_year(found, view.knowledge, hours)
                claimed = per_year(stated, view.knowledge, hours)
            exact = reading.pay.period == stated.period
            stance = compare_pay(claimed, kind, found, whole=True, exact=exact)
            if (
                stance == "contradicts"
                and hours is None
                and needs_hours(reading.pay.period, stated.period)
            ):
                continue  # converted by hours the page never states
            if stance != "neutral":
                said = f"{reading.pay.describe()} ({reading.where})"
                assessment = Assessment(
                    reading.entry, stance, SCHEDULE_WEIGHT, TABLE_CELL_SCORE, said
                )
                out.append((reading.row, assessment))
        # A row priced in variants (inner and outer zone columns): one variant agreeing is
        # the row's pay; the others are another place's pay, no conflict with it.
        agreed = {row for row, a in out if a.stance == "supports"}
        return [a for row, a in out if a.stance == "supports" or row not in agreed]

    @staticmethod
    def _assess(
        claim: Claim,
        candidates: list[Candidate],
        index: EvidenceIndex,
        view: ArticleView,
        sameness_of: dict[int, float],
        stated: Amount,
        kind: str,
        rows: set[int],
        claim_part: str | None,
    ) -> list[Assessment]:
        """One assessment per pay figure in a sentence about the same job (a pay
        schedule's row the claim's sentence names, one of ``rows``: one for the row),
        of the part of pay the claim names (``claim_part``; None for pay itself)."""
        k = view.knowledge
        at = claim.start - claim.sentence.start
        claim_near = window(claim.sentence.text, at, at + len(claim.text))
        out: list[Assessment] = []
        claim_when = when(claim.sentence.text, at, at + len(claim.text))
        # Pay a source tells as still to come ("would increase pay to £11.44 when it takes
        # effect") says nothing against or for a claim that says it tells pay now
        # ("currently pays", "now earns"), unless the claim is itself tied to a year, a
        # change, or told as to come.
        claim_now = (
            not claim_when.ahead
            and claim_when.year is None
            and not claim_when.change
            and not told_ahead(claim.sentence.text, at)
            and contains_word(clause_before(claim.sentence.text, at), k.words("phase_now"))
        )
        claim_raise = raise_after(claim.sentence.text, at + len(claim.text))
        # Words naming an end of the job's scale ("the job rate", "a start rate").
        at_end = contains_word(claim_near, k.words("pay_top") | k.words("pay_entry"))
        # What one side asks for or offers is read only against that side's figure.
        claim_side = pay_side(claim.sentence.text, at, at + len(claim.text), k)
        # Whom the claim's sentence sets against those it gives the pay of ("..., while
        # colleagues hired directly are paid more"): their own words and the others'.
        set_off = set_against(claim.sentence.text, at, at + len(claim.text))
        against = _apart_words(_scope(claim), set_off) if set_off else None

        # A claim giving the size of a raise ("base pay rose by ₩150,000 a month") is
        # read against the raises the sources give, never against pay itself.
        # (An offer or a demand of a raise is read against that side's figures, as
        # before: pay_side.)
        claim_raise_size = (
            claim_part is None
            and claim_side is None
            and raise_told(claim.sentence.text, at, at + len(claim.text))
        )

        def reads_of(j: int) -> list[PayRead]:
            if claim_raise_size:
                return raise_facts(index, j)
            # Only sums of the part of pay the claim names ("a €300 shift allowance"), or
            # of pay itself: another part is another figure.
            return [r for r in pay_facts(index, j) if same_part(claim_part, r.component, k)]

        dated = claim_years(claim, view)
        claim_basis = _basis(_close_words(claim.sentence.text, at, at + len(claim.text)))
        claim_measure = _measure(claim.sentence.text[: at + len(claim.text)])
        definite = definite_cells(
            claim,
            index,
            rows,
            stated,
            lambda j: [r.amount for r in reads_of(j)],
            dated,
            cited=set(view.primary.get(claim.id, set())),
        )
        for i in definite:
            # The cell whose row the sentence names and whose column is the one measure
            # it can mean is the claim's own figure, whatever the title read of it.
            sameness_of[i] = max(sameness_of.get(i, 0.0), TITLE_IN_SENTENCE)
        # The rest of that table is other occupations, places, groups or measures: a
        # figure there that happens to equal the claim's backs nothing.
        apart = _rest_of_tables(index, definite, claim.sentence.text)
        # A definite cell is read wherever the ranking left it (a cited table's row of the
        # claim's year, see year_rows).
        listed = {c.index for c in candidates}
        candidates = candidates + [
            Candidate(i, TABLE_CELL_SCORE) for i in sorted(definite) if i not in listed
        ]
        with_pay = [c.index for c in candidates if sameness_of.get(c.index) and reads_of(c.index)]
        keep: set[int] = set()
        for page in sorted({index.sentences[i].page for i in with_pay}):
            on_page = [i for i in with_pay if index.sentences[i].page == page]
            keep |= scoped_to_place(claim, index, on_page, view)
        # Pay each page gives in the claim's own period: the same pay restated in another
        # period on that page ("Annualized") is not a second figure.
        scales_read: set[str] = set()
        in_period: dict[int, list[Amount]] = {}
        for i in sorted(keep):
            for found, *_ in reads_of(i):
                if stated.period and found.period == stated.period:
                    in_period.setdefault(index.sentences[i].page, []).append(found)
        hours_of: dict[int, float | None] = {}
        payments_of: dict[tuple[int, bool], int | None] = {}
        sized = _period_guessed(claim, k)
        # A bare "$" meets another dollar a page's own pay block or JSON-LD gives its pay
        # in, where none gives it in the claim's own (see evidence/dollars.py). Its
        # sentences read "$" as the claim does, which says nothing of which dollar.
        any_dollar = dollars(k) if bare_dollar(claim.text) else frozenset()
        # The other way round: a claim naming its dollar or peso ("ARS 1,245,300",
        # "NZ$64,000") meets a page that writes a bare "$" and never a US dollar, as a
        # country's own pages write their own currency.
        named_dollar = not any_dollar and claim.fields.get("currency") in dollars(k) - {
            k.default_currency
        }
        page_currencies: dict[int, set[str]] = {}
        blocks: set[tuple[int, str]] = set()  # each pay block's page and text
        cells_of = cells_by_text(index, {index.sentences[c.index].page for c in candidates})
        for page in sorted({index.sentences[c.index].page for c in candidates}):
            for i in index.fact_entries(page, "pay"):
                fact = index.sentences[i].fact
                assert fact is not None
                page_currencies.setdefault(page, set()).add(str(fact.data.get("currency") or ""))
                blocks.add((page, " ".join(fact.text.split())))
        for cand in candidates:
            sameness = sameness_of.get(cand.index, 0.0)
            if sameness == 0 or cand.index not in keep:
                continue
            page = index.sentences[cand.index].page
            entry = index.sentences[cand.index]
            if entry.fact is None and (page, entry.text) in blocks:
                continue  # a pay block's line read again as a sentence: the block decides
            # A table's cell read again as a sentence is that cell (or one of the cells
            # written alike): it stands in its column, and refutes only as a cell would.
            as_cells = (
                cells_of.get((page, " ".join(entry.text.split())), [])
                if entry.fact is None
                else [cand.index]
                if is_cell(entry.fact)
                else []
            )
            if as_cells and not any(column_of_years(index, j, dated) for j in as_cells):
                continue  # another date's column: "from 1 July 2025" for pay in 2024
            if as_cells and all(j in apart for j in as_cells):
                continue  # another cell of the table whose cell the claim names
            if (
                claim_measure
                and as_cells
                and all(_measure_apart(claim_measure, index, j) for j in as_cells)
            ):
                continue  # a mean's column for a median the claim gives, or the reverse
            if (
                not claim_measure
                and kind in ("from", "up_to")
                and as_cells
                and all(_statistic_cell(index, j) for j in as_cells)
            ):
                continue  # an average over many employers is no start or top of a scale
            page_pay = in_period.get(page, [])
            scale = (
                None
                if claim_part or claim_side
                else _scale_for(index, cand.index, rows, kind, stated)
            )
            if scale is not None:
                # A pay schedule's row for the job: "as much as", "from" and a range are
                # read against the whole scale, once a row.
                found, where = scale
                if where not in scales_read:
                    scales_read.add(where)
                    hours = weekly_hours(index.pages[page].text)
                    other = found.period != stated.period
                    stance = compare_pay(
                        per_year(stated, k, hours) if other else stated,
                        kind,
                        per_year(found, k, hours) if other else found,
                        whole=True,
                        exact=not other,
                    )
                    if (
                        stance == "contradicts"
                        and hours is None
                        and needs_hours(found.period, stated.period)
                    ):
                        continue  # converted by hours the page never states
                    if stance != "neutral":
                        said = f"{found.describe()} ({where})"
                        weight = sameness * cand.score / 100
                        out.append(Assessment(cand.index, stance, weight, cand.score, said))
                continue
            reads = reads_of(cand.index)
            years = {r.when.year for r in reads if r.when.year is not None}
            series = claim_when.year is None and len(years) > 1
            held: list[tuple[int, Assessment]] = []  # a series' conflicts, by year
            others: list[Assessment] = []  # figures of the sentence that differ
            supported_here = False
            supported_years: list[int] = []  # the years of a series that back the claim
            for found, near, part, at_time, _, side, rough, scope in reads:
                if against and _of_the_other(scope, against, view):
                    continue  # the pay of those the claim sets its own against
                if claim_basis and _basis(near) not in (None, claim_basis):
                    continue  # pay after tax for a claim of pay before it, or the reverse
                if at_time.change and (found.low is None or found.high is None):
                    continue  # "to $Y from $X": $X alone is where pay came from
                if at_time.ahead and claim_now:
                    continue  # pay to come, against a claim of pay now
                if sides_apart(claim_side, side):
                    continue  # an offer is no pay now, nor a demand an offer
                if claim_side is not None and found.high is None and found.low is not None:
                    # "demanding a minimum of $35": the least a side will take is the
                    # figure it asks for, not a bound that any larger demand meets.
                    found = replace(found, high=found.low)
                same_year = at_time.year is not None and at_time.year in dated
                if phases_clash(claim_near, near, k, dated=same_year) or marked_apart(
                    claim.sentence.text, part, k
                ):
                    continue
                if claim_when.year is not None and (
                    at_time.year not in (None, claim_when.year) or (not at_time.year and years)
                ):
                    continue  # another year's pay, or an undated one beside dated ones
                if (
                    claim_when.year is not None
                    and at_time.year == claim_when.year
                    and found.low is None
                    and found.high is not None
                ):
                    # "reaching $25.40 in 2031", "rises to $25.40 by 2031": the pay that
                    # year, which the claim's year names, not a ceiling over it.
                    found = replace(found, low=found.high)
                if claim_when.change and kind == "range":
                    # Two figures at two times: the source's change, or the pay it came to.
                    if not at_time.change:
                        if not found.is_point:
                            continue
                        found = replace(found, low=found.high)
                        compare_to_change = replace(stated, low=stated.high)
                    else:
                        compare_to_change = stated
                elif at_time.change and found.low is not None and found.high is not None:
                    # The pay a change came to is the pay now; where it came from is not.
                    if (
                        stated.is_point
                        and stated.low is not None
                        and (_near(stated.low, found.low, True))
                    ):
                        continue
                    found = replace(found, low=found.high)
                    compare_to_change = stated
                else:
                    compare_to_change = stated
                if any(restates(found, base, k) for base in page_pay):
                    continue
                found = Amount(
                    found.low, found.high, found.currency or stated.currency, found.period
                )
                converted = bool(found.period and stated.period and found.period != stated.period)
                if stated.period and not sized and _block_sized(entry.fact):
                    # A pay block's bare "4 300 €" may be paid in any period: the claim's
                    # own figures are read in the claim's period, and others that meet
                    # the claim in another usual period are no conflict.
                    if converted and page_pay:
                        continue  # the page's pay in the claim's own period decides
                    if _figures_met(compare_to_change, found):
                        found = replace(found, period=compare_to_change.period)
                        converted = False
                    elif _met_otherwise(compare_to_change, found, k):
                        continue
                if converted and sized and _figures_met(compare_to_change, found):
                    # "an allowance of ₦40,000" against the page's "₦40,000 per month":
                    # the figure is the page's, in the period its size only seemed to say.
                    compare_to_change = replace(compare_to_change, period=found.period)
                    converted = False
                if converted and page_pay:
                    # The page gives the pay for the claim's own period: that figure
                    # decides, not this one converted from another period.
                    continue
                assumed = False
                compare_to = compare_to_change
                if (
                    found.currency in any_dollar
                    and stated.currency in any_dollar
                    and stated.currency not in page_currencies.get(page, set())
                ):
                    compare_to = replace(stated, currency=found.currency)
                elif (
                    named_dollar
                    and found.currency == k.default_currency
                    and bare_dollar(entry.text)
                    and not _US_DOLLAR.search(index.pages[page].text)
                ):
                    found = replace(found, currency=stated.currency)
                as_given, hours, payments = found, None, None
                if converted:
                    if page not in hours_of:
                        hours_of[page] = weekly_hours(index.pages[page].text)
                    hours = hours_of[page]
                    # The page's payments a year are the job's; else the claim's own. A
                    # year's figure leaves out an extra month said to be outside it.
                    yearly = found.period == "year"
                    if (page, yearly) not in payments_of:
                        payments_of[page, yearly] = payments_a_year(index.pages[page].text, yearly)
                    payments = payments_of[page, yearly] or payments_a_year(
                        claim.sentence.text, yearly
                    )
                    assumed = hours is None and needs_hours(found.period, stated.period)
                    found = per_year(found, k, hours, payments)
                    compare_to = per_year(compare_to, k, hours, payments)
                fact = index.sentences[cand.index].fact
                # A posting's own pay is its range; a figure its label calls an estimate
                # ("Estimated annual earnings", "Typical OTE") is no range of pay.
                whole = (
                    fact is not None
                    and fact.kind == "pay"
                    and not _ESTIMATE.search(str(fact.data.get("label", "")))
                )
                weight = sameness * cand.score / 100
                if claim_when.change and at_time.change and kind == "range":
                    parts = _change_parts(compare_to, found, not converted)
                    out += [Assessment(cand.index, st, weight, cand.score, w) for st, w in parts]
                    continue
                if kind == "range" and not whole and _one_end_off(compare_to, found, not converted):
                    # Two ranges for the job that share one end and part at the other
                    # ("between $41,200 and $52,900" in a sentence giving "between
                    # $41,200 and $49,900"): one end holds, the other does not.
                    out += _end_parts(compare_to, found, not converted, weight, cand)
                    supported_here = True
                    continue
                stance = compare_pay(
                    compare_to, kind, found, whole, exact=not converted, rough=rough, at_end=at_end
                )
                if stance == "supports" and _other_minimum(
                    claim_near, near, part, kind, compare_to, found, not converted
                ):
                    stance = "contradicts"
                if stance == "neutral" or (stance == "contradicts" and assumed):
                    # Hours the page never states are an assumption: no definite conflict.
                    continue
                if (
                    stance == "contradicts"
                    and another_whole(
                        compare_to,
                        found,
                        FAR_PAY,
                        fact,
                        claim.sentence.text,
                        index.sentences[cand.index].text,
                    )
                    and not _same_figure(as_given, stated)
                    # Cells read together may stand in thousands their header names.
                    and not as_cells
                    # A posting's pay block is the job's own pay, whatever its size.
                    and not (fact is not None and fact.kind == "pay")
                ):
                    # "Took home €480,000 last year" against a bonus of €350: a sum ten
                    # times the claim's, or a tenth of it, is another payment or another
                    # job's pay; a figure right but for the wrong period is still wrong.
                    continue
                if (
                    stance == "contradicts"
                    and not converted
                    and _other_end_beside(claim, compare_to, found, view)
                ):
                    # One end of the source's range, its other end a figure of the same
                    # sentence ("from $9 up to $12", read as two figures): the sentence
                    # gives the range, no other pay.
                    continue
                if (
                    # A table's row may be another occupation than the one the claim
                    # means; a figure that agrees backs it, one that differs says nothing,
                    # unless its row and column are surely the claim's (pay_cells.py).
                    stance == "contradicts"
                    and ((fact is not None and fact.kind == "cell") or as_cells)
                    and not {cand.index, *as_cells} & definite
                ):
                    continue
                where = "" if fact is None else cell_where(fact) if is_cell(fact) else fact.where
                said = found.describe() + (f" ({where})" if where else "")
                if rough and not converted and found.low is not None and found.high is not None:
                    # Said as the page says it: "about $61,000", not the span it rounds.
                    mid = (found.low + found.high) / 2
                    said = "about " + replace(found, low=mid, high=mid).describe()
                    said += f" ({where})" if where else ""
                if hours is not None and as_given.period == "hour":
                    said = (
                        f"{as_given.describe()}" + (f" ({where})" if where else "") + ", "
                        f"{found.describe()} at the {hours:g} hours a week the page states"
                    )
                elif converted and stance == "contradicts" and _same_figure(as_given, stated):
                    # "NOK 585 000 a month" against the page's "NOK 585 000 per år": the
                    # figure is right, its period wrong; say so.
                    said = (
                        f"{as_given.describe()}" + (f" ({where})" if where else "") + " "
                        f"(the same figure, but for a {as_given.period})"
                    )
                elif payments is not None and "month" in (as_given.period, stated.period):
                    said = f"{as_given.describe()}" + (f" ({where})" if where else "")
                    said += (
                        f", {found.describe()} in {payments} monthly payments"
                        if as_given.period == "month"
                        else f", paid in {payments} monthly payments"
                    )
                if at_time.year is not None and not where:
                    said += f" (for {at_time.year})"
                assessment = Assessment(cand.index, stance, weight, cand.score, said)
                if stance == "supports" and claim_raise is not None and fact is None:
                    # "$X, followed by 4% raises": the raise is a second part, checked
                    # against the raise the same source sentence gives with the pay.
                    theirs = raise_after(index.sentences[cand.index].text, 0)
                    if theirs is not None and abs(theirs - claim_raise) > 1e-9:
                        said_raise = f"raises of {theirs:g}%, not {claim_raise:g}%"
                        out.append(
                            Assessment(cand.index, "contradicts", weight, cand.score, said_raise)
                        )
                supported_here = supported_here or stance == "supports"
                if series and stance == "supports":
                    supported_years.append(at_time.year or 0)
                if series and stance == "contradicts":
                    held.append((at_time.year or 0, assessment))
                    continue
                if stance == "contradicts" and not claim_when.change:
                    others.append(assessment)
                    continue
                out.append(assessment)
            if not supported_here:
                # A sentence giving the claim's figure among others ("pay $4.10 an hour in
                # cash, so long as tips make up the $11.50 minimum"): the others are other
                # sums it sets beside it, no conflict with the claim.
                out += others
            latest = max(held, key=lambda h: (h[0], -h[1].index)) if held else None
            if latest is not None and not supported_here:
                # A series of yearly figures none of which is the claim's: its latest says
                # what the pay is, the earlier ones what it was.
                out.append(latest[1])
            elif (
                latest is not None
                and latest[0] > max(supported_years, default=latest[0])
                and not _PAST.search(claim_near)
            ):
                # The claim's figure is an earlier year's ("£39,800 in 2025, £41,200 in
                # 2026"), said of the pay now: right once, not now. Both stand.
                out.append(latest[1])
        return out
