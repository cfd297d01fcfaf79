"""Job-title claims: the title compared word by word with the titles the sources give."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from factcheck.evidence.base import ArticleView, with_cited
from factcheck.evidence.common import Assessment, Findings, Tally, contains_word
from factcheck.evidence.index import Candidate, EvidenceIndex, SourceSentence, keywords
from factcheck.evidence.strikes import named_as_place, same_party
from factcheck.evidence.title_parts import (
    field_after,
    level_free_name,
    parts_conflict,
    ranked_under,
    same_parts,
    specialisms_conflict,
    split_title,
    without_rank_under,
)
from factcheck.letters import LOWER, UPPER, unaccented
from factcheck.model import Claim, Stance, VerdictLabel
from factcheck.rulepacks.foreign_titles import foreign_head
from factcheck.rulepacks.gender_marks import carries_gender_mark, without_gender_mark

_BRACKET_FIRST = re.compile(r"\s*\([^()]*\)")
# What brackets after a title hold when they qualify no job: a note number or a year
# ("(2)", "(2024)"), a short form of a name in capitals ("(CTA)"), a pointer ("(see
# below)"), a link's address. A source's name ("(Reuters)") meets no qualifier of a
# posting's.
_NOT_QUALIFIER = re.compile(
    r"\(\s*(?:\d+|[A-Z]{2,}|see\b.*|via\b.*|\S+://\S+|www\.\S+)\s*\)", re.DOTALL
)
_QUOTED = re.compile(r"[“\"‘]([^“”\"‘’]{3,120})[”\"’]")
# Letters of any script: "Crédito" is one word, not "Cr" and "dito".
_WORD = re.compile(r"(?:[^\W_]|[&+])+")


@dataclass(frozen=True)
class TitleMatch:
    """How a title found in a source relates to the claimed one."""

    title: str
    relation: str  # exact, same_words, paraphrase, same_role, related, different


_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
# "3rd Officer" is the third officer: an ordinal in figures compares as its word.
_ORDINALS = {
    f"{n}{'th' if 10 < n < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}": word
    for n, word in enumerate(_ORDINAL_WORDS, start=1)
}
# Words that join a title's parts and name nothing ("Head of X", "drivers with ...").
_JOINERS = frozenset({"a", "an", "the", "of", "with", "for", "and", "&", "on", "in", "at"})


# One word spelled two ways in job titles, compared in one form (after singularising,
# so a plural needs no entry of its own).
_SPELLINGS = {
    "adviser": "advisor",
    "labourer": "laborer",
    "organiser": "organizer",
    # One post, whoever holds it: "chairman", "chairwoman", "chair".
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
}


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]  # "coaches", "dispatches"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def normalise_title(title: str, view: ArticleView) -> list[str]:
    """Lower-case singular words of a title with abbreviations spelled out ("ML" ->
    machine learning) and ordinals as words ("2nd" -> second); joining words dropped."""
    abbreviations = view.knowledge.abbreviations
    out: list[str] = []
    # "(m/w/d)", "H/F" say the job is open to all; they name no part of it.
    for word in _WORD.findall(without_gender_mark(title).replace("-", " ")):
        # "Sr" as written, or any capitalised abbreviation ("ML"); never a word like "ml".
        full = abbreviations.get(word) or (word.isupper() and abbreviations.get(word.upper()))
        if full:
            out.extend(full.lower().split())
        else:
            lowered = word.lower()
            one = _ORDINALS.get(lowered) or _singular(lowered)
            out.append(_SPELLINGS.get(one, one))
    return [w for w in out if w not in _JOINERS]


# A source named after a cue word: "according to its careers site", "listed on the
# Harbour Group jobs board"; the cue's next few words are where the site is named (a
# look-ahead, so a cue inside another cue's words is still tried).
_ATTRIBUTION = re.compile(
    r"\b(?:according to|on|from|via|per|through|at)\s+(?=((?:[\w'’.&-]+\s+){0,3}[\w'’.&-]+))",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(r"\s[–—-]\s|,|\(|\s(?:with|for|on|in|at|to)\s", re.IGNORECASE)


def head_word(title: str, view: ArticleView) -> str | None:
    """The word that names the job: the last word of the title's main part, before a
    dash, comma, bracket or "for/with/on..." ("Machinist (Marine)" -> machinist,
    "Product Manager, Reels" -> manager); "head" in "Head of X"."""
    main = _QUALIFIER.split(title, maxsplit=1)[0]
    # A level ending the name ranks the job; the word before it names it ("Technical
    # Director III" -> director).
    main = level_free_name(main)
    if re.match(r"\s*head\s+of\b", main, re.IGNORECASE):
        return "head"
    if (role := foreign_head(without_rank_under(main))) is not None:
        # "Jefe de Turno": the role comes first, its field after "de"; so in "Sous Jefe
        # de Turno", under a word that ranks the post below it.
        main = role
    words = normalise_title(main, view)
    if len(words) > 1 and words[-1] == "general":
        # A rank after the role ("secretary-general", "Director General"): the role is
        # the word before it.
        return words[-2]
    return words[-1] if words else None


# Where a posting's title ends and its suffix begins: a bracket or a dash or bar between
# spaces, or a colon ("Data Analyst (Fixed-term)", "Welder (m/w/d) – Kiel", "Buyer |
# Remote", "Baker: Dunedin").
_SUFFIX = re.compile(r"\s*\(|\s[–—|-]\s|\s\||:\s")


def core_title(title: str, view: ArticleView) -> str | None:
    """A posting title without its suffixes (contract type, gender marker, team, place):
    "Firmware Engineer (m/w/d) – Kassel" -> "Firmware Engineer". None when it has no
    suffix, or when a suffix ranks the job ("Platform Engineer (Senior)"): a level is
    part of the title."""
    parts = _SUFFIX.split(title, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip():
        return None
    if set(normalise_title(parts[1], view)) & view.knowledge.seniority:
        return None
    return parts[0].strip()


def relate_titles(claimed: str, found: str, view: ArticleView) -> str:
    """The relation between two titles as written. The word naming each job (its head)
    decides: another head is another job ("machinist supervisor" is no machinist);
    with the same head and level, a title within the other is a paraphrase and one
    sharing another word the same role, unless each also names a kind the other lacks
    (related: not surely one job, nor surely two). Without heads, :func:`relate` on the words.
    A found title's suffixes (see :func:`core_title`) are not part of it: the claim's
    title equal to the rest is the exact title."""
    a, b = normalise_title(claimed, view), normalise_title(found, view)
    if a == b:
        return "exact"
    if parts_conflict(claimed, found):
        return "different"
    ours, theirs = split_title(claimed), split_title(found)
    if ranked_under(normalise_title(ours.name, view), normalise_title(theirs.name, view)):
        # "Assistant Principal Viola" for "Principal Viola": the post under it.
        return "different"
    ranked = {w for q in theirs.qualifiers for w in q} & view.knowledge.seniority
    if (
        not ranked
        and normalise_title(ours.name, view) == normalise_title(theirs.name, view)
        and same_parts(claimed, found)
    ):
        # The same job at the same level, the claim's qualifiers among the posting's; a
        # qualifier that ranks the job ("(Senior)") is a level the claim leaves out.
        return "exact"
    core = core_title(found, view)
    if core is not None and normalise_title(core, view) == a:
        return "exact"
    if any(normalise_title(half, view) == a for half in language_halves(found, view)):
        # Only a match, never a gloss to refute by: the two halves of a title in Latin
        # letters may be two jobs of one posting.
        return "exact"
    if any(normalise_title(role, view) == a for role in joined_roles(found, view)):
        # "Forklift Driver/Operator", "Porter and Cleaner": one post under two names.
        return "paraphrase"
    if set(a) == set(b):
        return "same_words"
    if _heads_the_field(claimed, b, view) or _heads_the_field(found, a, view):
        return "paraphrase"
    heads = head_word(claimed, view), head_word(found, view)
    if heads[0] is None or heads[1] is None:
        return relate(a, b, view)
    if levels(set(a), view) != levels(set(b), view):
        return "different"
    if _graded_otherwise(claimed, found, view):
        return "different"
    if heads[0] == heads[1] and b == [heads[1]] and len(set(a)) > 1:
        # The occupation's word alone ("Nurses" in a caption) names no job of it: it
        # neither is the claim's "Registered Nurse III" nor another one.
        return "related"
    if heads[0] != heads[1]:
        # The claim's words all in a title that ends on no occupation ("Tunnel Inspector
        # Night Shift") are that title with a qualifier; another role at its end
        # ("Crane Operator Supervisor") is another job. Either way round: "cabin crew
        # member" is the "Cabin Crew" job.
        if set(a) < set(b) and not view.knowledge.is_role(heads[1]):
            return "paraphrase"
        if set(b) < set(a) and not view.knowledge.is_role(heads[0]):
            return "paraphrase"
        return "different"
    if (set(a) <= set(b) or set(b) <= set(a)) and len(set(a) & set(b)) >= 2:
        return "paraphrase"
    others = (set(a) & set(b)) - {heads[0]} - view.knowledge.seniority
    if others:
        mine = set(normalise_title(ours.name, view)) - view.knowledge.seniority
        yours = set(normalise_title(theirs.name, view)) - view.knowledge.seniority
        if mine - yours and yours - mine:
            # Each names a kind the other lacks ("Dump Truck Operator", "Haul Truck
            # Operator"): maybe two jobs, maybe two words for one; neither is sure.
            return "related"
        return "same_role"
    ours_rest = set(a) - {heads[0]} - view.knowledge.seniority
    theirs_rest = set(b) - {heads[1]} - view.knowledge.seniority
    if ours_rest and theirs_rest:
        # Both titles say what kind of job it is, and share no word for it: the kinds
        # decide ("Audio Director" is no "Voice Director"). The whole titles look alike
        # only by their head when they are short.
        alike = (" ".join(sorted(ours_rest)), " ".join(sorted(theirs_rest)))
    else:
        alike = (" ".join(a), " ".join(b))
    if fuzz.token_set_ratio(*alike) >= SAME_JOB_SIMILARITY:
        return "same_role"
    return "different"


_HEAD_OF = re.compile(r"\s*head\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
# The posts that lead a field, named after it: "human resources director".
_LEADING = frozenset({"head", "director", "chief", "manager", "lead", "leader"})


def _heads_the_field(title: str, other: list[str], view: ArticleView) -> bool:
    """True when ``title`` is "head of" a field and ``other`` (normalised) is that field
    with a post that leads it after: "head of human resources" is the "human resources
    director", "head of operations" the "operations manager"."""
    m = _HEAD_OF.match(title)
    if m is None or len(other) < 2 or other[-1] not in _LEADING:
        return False
    return normalise_title(m.group(1), view) == other[:-1]


# Where a title written in two languages turns from one to the other: a slash or bar
# between spaces ("<title in Hangul> / Line Engineer").
_LANGUAGE_HALVES = re.compile(r"\s+[/|]\s+")


def latin_halves(title: str) -> list[str]:
    """The halves in Latin letters of a title written in two scripts, one half each
    (a title in kana, Hangul or Cyrillic, a slash, then its English name): each is the
    whole title in that language, brackets and all. None for a title in one script,
    where a slash may part two roles ("Welder / Fabricator")."""
    halves = [h.strip() for h in _LANGUAGE_HALVES.split(title)]
    if len(halves) < 2 or not any(_OTHER_SCRIPT.search(h) for h in halves):
        return []
    return [h for h in halves if h and not _OTHER_SCRIPT.search(h)]


# Where a title joins two names of its job: a slash, "&" or "and" ("Driver/Operator",
# "Porter & Cleaner", "Welder and Fabricator").
_JOINED = re.compile(r"\s*/\s*|\s+(?:&|and)\s+", re.IGNORECASE)


def joined_roles(title: str, view: ArticleView) -> list[str]:
    """The names of a job a posting's title gives joined ("Forklift Driver/Operator" ->
    "Forklift Driver", "Forklift Operator"; "Porter & Cleaner" -> both): one post under
    either name. Only when each side names an occupation: "Health and Safety Advisor"
    joins two fields of one role, and "Sales & Marketing Manager" is no salesman."""
    main = core_title(title, view) or title
    sides = [s.strip() for s in _JOINED.split(main)]
    if len(sides) != 2 or not all(sides):
        return []
    heads = [head_word(s, view) for s in sides]
    if not all(h is not None and view.knowledge.is_role(h) for h in heads):
        return []
    out = list(sides)
    left = sides[0].split()
    if len(sides[1].split()) == 1 and len(left) > 1:
        # "Forklift Driver/Operator": the second name takes the first one's field.
        out.append(" ".join([*left[:-1], sides[1]]))
    return out


def _graded_otherwise(claimed: str, found: str, view: ArticleView) -> bool:
    """True when the claim grades its job ("Signal Fitter III") and the found title,
    which grades it nowhere, names it with a word the claim lacks in its own name
    ("Fitter, Signal Systems"): a graded title is a post's exact name, so another name
    without the grade is another post, not the claim's in other words. A suffix the found
    title adds (a contract, a place: "(Fixed-term)", "– Leeds") is no part of its name,
    and a found title whose words are all the claim's ("Signal Fitter") may be the
    same post left ungraded."""
    if not split_title(claimed).levels or split_title(found).levels:
        return False
    theirs = set(normalise_title(core_title(found, view) or found, view))
    return bool(theirs - set(normalise_title(claimed, view)) - view.knowledge.seniority)


def names_a_role(title: str, view: ArticleView) -> bool:
    """True when the word naming a title's job is one the tables read as an occupation:
    only such a title can name another job than the claim's. The head of a title in
    another language ("Analista de Crédito") names nothing to compare, though its role
    word has an English ending ("Controlador de Existencias")."""
    if foreign_head(title) is not None:
        return False
    head = head_word(title, view)
    return head is not None and (head == "head" or view.knowledge.is_role(head))


def same_language_form(claimed: str, found: str) -> bool:
    """True when both titles are written in a Romance language's form, a role and its
    field after "de" ("Jefe de Turno", "Encargado de Turno"): the claim is in the
    posting's own language, so another role there is another job, not a translation.
    So are two titles that both carry a gender mark ("Lagerleiter (m/w/d)", "Chef
    d'équipe (H/F)"): the claim copies the posting's own way of writing titles."""
    if carries_gender_mark(claimed) and carries_gender_mark(found):
        return True
    return foreign_head(claimed) is not None and foreign_head(found) is not None


def written_in_its_language(claimed: str, found: str, view: ArticleView) -> bool:
    """True when the claimed title is written in the posting's own language: it opens
    on the posting title's first word and has letters English writes without ("Técnico
    Electricista" for "Técnico Mecánico (m/f)", "Technicienne Éolien" for "Technicienne
    Hydraulique (H/F)"). Another title so written is another job, not a translation."""
    ours, theirs = normalise_title(claimed, view), normalise_title(found, view)
    return (
        bool(ours and theirs)
        and ours[0] == theirs[0]
        and any(not ch.isascii() and ch.isalpha() for ch in claimed)
    )


def writes_its_words(claimed: list[str], found: str, view: ArticleView) -> bool:
    """True when the claimed title (normalised words) holds every word of the posting's
    title and more: "Senior Kranführer" for "Kranführer (m/w/d)" is written in the
    posting's own language, so the words it adds make another job, not a translation."""
    theirs = set(normalise_title(found, view))
    return bool(theirs) and theirs < set(claimed)


def same_name_other_parts(claimed: str, found: str, view: ArticleView) -> bool:
    """True when the claimed title (as the draft writes it, brackets and level with it)
    names the job by the posting's own words ("Operaio Saldatore, Livello 3" for
    "Operaio Saldatore (Livello 5)") and its parts make it another variant of that job
    (:func:`parts_conflict`): in the posting's own words, it is no translation."""
    mine, theirs = split_title(claimed), split_title(found)
    return (
        bool(mine.name)
        and normalise_title(mine.name, view) == normalise_title(theirs.name, view)
        and parts_conflict(claimed, found)
    )


# The language tags of English ("en", "en-GB", "en_US").
_ENGLISH = re.compile(r"en(?:[-_]|$)", re.IGNORECASE)


def names_a_role_in_english(title: str, index: EvidenceIndex, page: int, view: ArticleView) -> bool:
    """True when a title names an occupation (see :func:`names_a_role`), or when the
    posting says it is in English and an occupation stands inside the title's main part
    with a field after it ("Senior Scientist Downstream Processing")."""
    if carries_gender_mark(title) and head_word(title, view) not in view.knowledge.roles:
        # "Lehrer*in", "Softwareentwickler (m/w/d)": a gender mark is how German and
        # French ads write a title; a word under it that English lists by no name (read
        # as a job by its ending alone) is that language's name, a translation at best.
        return False
    if names_a_role(title, view):
        return True
    if foreign_head(title) is None and head_word(title, view) in view.knowledge.hired_roles:
        # "Courier – Same Day": a word that names a firm in most copy names the job a
        # posting's own title heads, as it does after a hiring verb.
        return True
    languages = index.pages[page].facts.of("language")
    if not languages or not all(_ENGLISH.match(f.text) for f in languages):
        return False
    main = level_free_name(_QUALIFIER.split(title, maxsplit=1)[0])
    return any(view.knowledge.is_role(w) for w in normalise_title(main, view))


# A title's part in brackets: "Kierownik Sklepu (Store Manager)", "Plant Welder
# (Soldador/a de Planta)".
_BRACKETED = re.compile(r"\(([^()]{3,60})\)")
# A letter of a script other than Latin (kana, kanji, Hangul, Cyrillic, Devanagari...).
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
# Words in Latin letters one after another: "Route Bus Driver".
_LATIN_RUN = re.compile(r"[A-Za-z][\w&'.-]*(?:[ \t]+[A-Za-z&][\w&'.-]*)*", re.ASCII)


def english_gloss(title: str, view: ArticleView) -> str | None:
    """The English name of a job that a posting in another language writes in both
    languages: in brackets after its own ("Kierownik Sklepu (Store Manager)"), or before
    its own in brackets ("Plant Welder (Soldador/a de Planta) - Antofagasta"), or in Latin
    letters beside a title of another script. The job in words comparable with an
    English claim's. None when the brackets name no role the
    English tables list (a place, a contract, "(m/w/d)") and hold no title of another
    language's form."""
    if _OTHER_SCRIPT.search(outside := _BRACKETED.sub(" ", title)):
        # Written in another script with its English name among it ("路線バス運転士
        # Route Bus Driver"): the run of Latin words naming a role is that name.
        return next(
            (r.strip() for r in _LATIN_RUN.findall(outside) if names_a_role(r.strip(), view)),
            None,
        )
    m = _BRACKETED.search(title)
    if m is None:
        return None
    inside, before = m.group(1).strip(), title[: m.start()].strip()
    if not before:
        return None
    if not title[m.end() :].strip() and not view.roles(before) and view.roles(inside):
        return inside
    if foreign_head(inside) is not None and names_a_role(before, view):
        return before
    return None


def language_halves(title: str, view: ArticleView) -> list[str]:
    """The halves of a title written in two languages that may name its job in English
    words: those in Latin letters beside another script (:func:`latin_halves`), else the
    English half of a title in two Latin-lettered languages; none for another title."""
    if halves := latin_halves(title):
        return halves
    english = _english_half(title, view)
    return [english] if english is not None else []


def _english_half(title: str, view: ArticleView) -> str | None:
    """The English half of a title written in Latin letters in two languages, a slash
    or a bar between ("Operator wózka widłowego / Forklift Operator"): the one half
    naming a role in plain English letters, the other not an English job name (its own
    language's, with letters English lacks or a role word English lists by no name).
    Two English roles ("Welder / Fabricator") are two names of a job: no half of one."""
    halves = [h.strip() for h in _LANGUAGE_HALVES.split(_BRACKETED.sub(" ", title))]
    if len(halves) != 2 or not all(halves):
        return None
    english = [h for h in halves if h.isascii() and names_a_role(h, view)]
    if len(english) != 1:
        return None
    other = halves[1 - halves.index(english[0])]
    return english[0] if not other.isascii() or not names_a_role(other, view) else None


def in_the_claims_words(claimed: str, found: str, view: ArticleView) -> bool:
    """True when a posting's title is written in English as the claim's is, though the
    page says it is in another language: plain Latin letters, no role-first form of a
    Romance language, a job word the English tables list by name (not one read by its
    ending alone, as "Entwickler" is, unless the claim's job word is the same), and a
    word shared with the claim beyond its level.
    Such a title is the posting's own English name, so another role in it is another
    job, as on an English page."""
    # Plain Latin letters: a dash, a curly apostrophe or a middle dot between the
    # words ("Data Engineer – Payments") is punctuation, not another language's letters.
    if not all(c.isascii() for c in found if c.isalpha()) or foreign_head(found) is not None:
        return False
    head = head_word(found, view)
    return (
        head is not None
        # A job word read by its ending alone is English where the claim ends in it
        # too ("Pipe Welder" against "Hull Welder"): the posting names its job in the
        # claim's words.
        and (head in view.knowledge.roles or head == head_word(claimed, view))
        and shares_a_role_word(claimed, found, view)
    )


def in_other_language(index: EvidenceIndex, page: int) -> bool:
    """True when a posting says it is written in a language other than English: its
    title there is a translation at best, never another job."""
    return any(not _ENGLISH.match(f.text) for f in index.pages[page].facts.of("language"))


# Where a line of a header joins two forms of a title ("Lagerarbeiter - Warehouse
# Operative", "Warehouse Operative | Hafen Logistik").
_HEADER_PARTS = re.compile(r"\s*[()]\s*|\s[–—|/-]\s|\s\|")


def states_title(claimed: str, line: str, view: ArticleView, *, quoted: bool) -> bool:
    """True when a line of a posting's header or metadata gives the claimed title, whole
    or as one of its parts: the same title in other words counts unless quoted."""
    for part in [line, *_HEADER_PARTS.split(line)]:
        if not part.strip():
            continue
        relation = relate_titles(claimed, part, view)
        if relation in ("exact", "same_words", "paraphrase") or (
            relation == "same_role" and not quoted
        ):
            return True
    return False


# Two titles with the same role whose words match this well (rapidfuzz token-set
# ratio, 0-100) name the same job: word order and a joining word aside.
SAME_JOB_SIMILARITY = 70

# How much a title found in a source counts, by how it relates to the claim's:
EXACT_TITLE_WEIGHT = 1.0  # the very title: nothing surer
REWORDED_TITLE_WEIGHT = 0.8  # the same words reordered or paraphrased
QUOTED_REWORDED_WEIGHT = 0.6  # the job is right but the quoted wording is not: both ways
SAME_ROLE_WEIGHT = 0.4  # the same role in other words: maybe another job of the kind


def shares_a_word(claimed: str, found: str, view: ArticleView) -> bool:
    """True when two titles share a word beyond level words: two variants of one kind
    of job ("principal product designer", "Sr. Product Designer"), which a posting's
    title can contradict; a "driver helper" and a "package handler" share none."""
    a = {keywords(w) for w in normalise_title(claimed, view)}
    b = {keywords(w) for w in normalise_title(found, view)}
    return bool((a & b) - {keywords(w) for w in view.knowledge.seniority} - {""})


def shares_a_role_word(claimed: str, found: str, view: ArticleView) -> bool:
    """:func:`shares_a_word` on the titles' main parts, before the field or team a
    comma, dash or "for" adds: "Shift Supervisor, Formation" and "Production Associate
    - Formation" are two jobs in one department, not two variants of one job."""
    return shares_a_word(
        _QUALIFIER.split(claimed, maxsplit=1)[0], _QUALIFIER.split(found, maxsplit=1)[0], view
    )


def other_kinds(claimed: str, found: str, view: ArticleView) -> bool:
    """True when two titles' main parts end in two different occupations and share no
    occupation word: what else they share may name a unit both work in ("Picture Desk
    Coordinator" and "Sports Desk Reporter"). A title ending in a rank ("QA Lead") may
    still be a variant of one ending in its job ("QA Tester")."""
    k = view.knowledge
    a = normalise_title(_QUALIFIER.split(claimed, maxsplit=1)[0], view)
    b = normalise_title(_QUALIFIER.split(found, maxsplit=1)[0], view)
    if not a or not b or a[-1] == b[-1]:
        return False
    if not all(k.is_role(w) and w not in k.seniority for w in (a[-1], b[-1])):
        return False
    return not any(k.is_role(w) for w in set(a) & set(b))


def sourced_to_a_job_site(sentence: str, view: ArticleView) -> bool:
    """True when a sentence gives an employer's list of openings as its source ("wants a
    Planner, according to its careers site") and names no one advert: the site may list
    the job beside the one posting a link goes to, so that posting, for another kind of
    job, says nothing of it. "Its advert on the jobs board" names the advert. The site
    must be given as the source ("according to", "on", "via" it, a few words before):
    a site only mentioned ("anyone reading the job boards") or a link's own words
    ("(careers page)") are no attribution."""
    k = view.knowledge
    if contains_word(sentence, k.words("job_ads")):
        return False
    sites = k.words("job_sites")
    return any(contains_word(m.group(1), sites) for m in _ATTRIBUTION.finditer(sentence))


def same_job(claimed: list[str], found: list[str], view: ArticleView) -> bool:
    """True when two normalised titles can name the same job: the same role, the same
    level (senior, lead, none), and some other word or most of the words shared."""
    k = view.knowledge
    a, b = set(claimed), set(found)
    if a == b:
        return True  # the same words, whether or not the roles list knows the job's name
    if a < b and not any(k.is_role(w) for w in a) and levels(a, view) == levels(b, view):
        # A title in another language, no word of which the tables read as a job
        # ("butikschef"), within the posting's longer heading ("Butikschef till X").
        return True
    if not a & b & k.roles:
        return False
    if levels(a, view) != levels(b, view):
        return False  # "senior engineer" and "engineer" are two jobs with two pay ranges
    others = (a & b) - k.roles - k.seniority
    return (
        bool(others)
        or fuzz.token_set_ratio(" ".join(claimed), " ".join(found)) >= SAME_JOB_SIMILARITY
    )


def levels(words: set[str], view: ArticleView) -> set[str]:
    """The seniority words of a title that rank the job ("lead", "group", "senior"), not
    the word that names it ("Marketing Lead" names a lead)."""
    k = view.knowledge
    found = words & k.seniority
    named = words & k.roles
    return {w for w in found if w not in k.roles or named - {w} - k.seniority}


def relate(claimed: list[str], found: list[str], view: ArticleView) -> str:
    """The relation between two normalised titles; another level ("lead" for "senior",
    "group product manager" for "product manager") is another job."""
    if claimed == found:
        return "exact"
    a, b = set(claimed), set(found)
    if a == b:
        return "same_words"
    if levels(a, view) != levels(b, view):
        return "different"
    roles = view.knowledge.roles
    role_a, role_b = a & roles, b & roles
    if (a <= b or b <= a) and role_a & role_b and len(a & b) >= 2:
        return "paraphrase"
    if same_job(claimed, found, view):
        return "same_role"
    return "different"


@lru_cache(maxsize=8)
def _title_regex(roles: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(r) for r in roles), key=len, reverse=True))
    # A capitalised word, or an ordinal in figures ("3rd Officer").
    cap = rf"(?:[{UPPER}][\w&/+.-]*|\d{{1,2}}(?:st|nd|rd|th)(?![\w]))"
    return re.compile(
        rf"(?:(?:{cap}|of|and|&)\s+){{0,5}}(?-i:(?=[{UPPER}]))(?i:(?:{alternatives})s?)(?![\w])"
        rf"(?:\s*[-–—,:]\s*{cap}(?:\s+(?:{cap}|of|and|for|&)){{0,5}})?"
    )


def titles_in(text: str, view: ArticleView) -> list[str]:
    """Job titles written in a source sentence: quoted, or in capitals."""
    found = [m.group(1).strip(" ,.;:") for m in _QUOTED.finditer(text) if view.roles(m.group(1))]
    regex = _title_regex(frozenset(view.knowledge.roles))
    # A joining word before the capitals ("the posts of Senior Welder") is no part of it.
    found += [_LEADING_JOINERS.sub("", m.group(0).strip()) for m in regex.finditer(text)]
    return list(dict.fromkeys(t for t in found if t))


_LEADING_JOINERS = re.compile(r"^(?:(?:of|and|&)\s+)+")


def denied(text: str, title: str, view: ArticleView) -> bool:
    """True when a source sentence names ``title`` in a clause that denies it ("the
    notice does not cover the posts of Senior Welder", "is no longer hiring a Welder"):
    a negation among the eight words before it, within its clause."""
    at = text.find(title)
    if at < 0:
        return False
    clause = re.split(r"[,;:()]", text[:at])[-1].split()[-8:]
    return contains_word(" ".join(clause), view.knowledge.words("negation"))


def _denies(text: str, relation_to: Callable[[str], str], view: ArticleView) -> bool:
    """True when a source sentence names the claim's title (``relation_to`` relates a
    title to it) in a clause that denies it (see :func:`denied`)."""
    return any(
        denied(text, found, view) and relation_to(found) in ("exact", "same_words")
        for found in titles_in(text, view)
    )


# How much of a posting's text opens it as its header: the title, where, the team.
_HEADER_CHARS = 240


def places(index: EvidenceIndex, page: int) -> frozenset[str]:
    """The words, in small letters, of where a posting says its job is: its JSON-LD
    ``jobLocation`` and the short line under its heading (a town, "Remote")."""
    facts = index.pages[page].facts
    said = [str(p) for f in facts.of("title") for p in f.data.get("places") or ()]
    said += [f.text for f in facts.of("header_title") if f.where == "line under the heading"]
    return frozenset(w.lower() for text in said for w in re.findall(r"[^\W_]+", text))


def posting_title(index: EvidenceIndex, page: int, view: ArticleView) -> str | None:
    """The job a posting is for: the title its structure gives (a details row naming the
    post, JSON-LD, the top heading), else a job title opening the page's title: the whole
    top heading when the page's title opens with it ("Lecturer in Hydrology" in "Lecturer
    in Hydrology - Tarn University"), not only the words read as a title."""
    p = index.pages[page]
    fact = p.facts.title
    if p.facts.kind == "job_posting":
        # A details row naming the post says which job a notice's heading is about.
        row = next((f for f in p.facts.of("header_title") if f.where.startswith("row: ")), None)
        if row is not None:
            return row.text
        if fact is not None:
            return fact.text
    heading = p.title or ""
    found = titles_in(heading, view)
    if not found or not heading.startswith(found[0]):
        return None
    if not _names_only(_SEPARATOR.split(heading, maxsplit=1)[0]):
        # A headline that opens on a job word ("Drivers at Pellow walk out over pay |
        # The Courier") is a story about those workers, not a posting for the job.
        return None
    if fact is not None and heading.startswith(fact.text) and fact.text.startswith(found[0]):
        return fact.text
    return found[0]


# Where a page's title turns from the job to the site: "Welder - Acme Careers".
_SEPARATOR = re.compile(r"\s+[-–—|·:]\s+|\s*[|·]\s*")
# Lower-case words a title may hold ("Head of Sales", "Lecturer in Hydrology").
_TITLE_JOINERS = frozenset("of in and for at to the on with &".split())


def _names_only(text: str) -> bool:
    """True when ``text`` reads as a title, not a sentence: every word capitalised, a
    figure or a joining word; a headline's verb ("walk out", "strike") is lower case."""
    words = re.findall(r"[^\s,()]+", text)
    return all(not w[0].isalpha() or w[0].isupper() or w in _TITLE_JOINERS for w in words)


def postings(
    candidates: list[Candidate],
    index: EvidenceIndex,
    employer: str | None,
    primary: set[int],
    view: ArticleView,
) -> dict[int, str]:
    """Job postings among the candidates' pages and the claim's own cited pages, by page,
    with their titles: of the claim's employer or cited by the claim."""
    out: dict[int, str] = {}
    for page in sorted({index.sentences[c.index].page for c in candidates} | primary):
        if employer and page not in primary and not index.mentions(page, employer):
            continue
        title = posting_title(index, page, view)
        if title:
            out[page] = title
    return out


# Words in names and addresses that tell no employer from another.
_GENERIC = frozenset(
    "the and inc corp corporation company co ltd llc limited group plc careers career jobs job "
    "www com org net html htm http https global en us usa".split()
)


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{3,}", text.lower()) if w not in _GENERIC}


def _kind_words(view: ArticleView) -> set[str]:
    """Nouns that say what kind of organisation one is ("university", "studio",
    "council"): many share them, so they tell no employer from another."""
    return {
        w.lower() for key in ("refer_employer", "institutions") for w in view.knowledge.words(key)
    }


def employer_words(index: EvidenceIndex, page: int) -> set[str]:
    """Distinctive words of who a posting is from: its hiring organisation, else its
    title and address (a careers site on the employer's own domain or path)."""
    p = index.pages[page]
    employers = p.facts.of("employer")
    if employers:
        return set().union(*(_name_words(e.text) for e in employers))
    return _name_words(f"{p.title or ''} {p.url}")


# Words that end a title written before a name, reading back from the name: "told",
# "the union's", "and" are no part of "national president Jo Park".
_BEFORE_TITLE_STOPS = frozenset(
    "a an the its their his her our and or but to by with from at in on of for as said says "
    "told asked wrote added after before when while that which who whom".split()
)


# A post before "and" and the post right before a name: "chairman and managing director".
_TWO_POSTS = r"(?<![\w-])([A-Za-z][\w-]*)\s+(?:and|&)\s+"

# Words of courtesy or rank written before a name, which no title ends on and which a
# page may write or leave out ("the guild's treasurer, Mr Jo Park"; "Capt. Jo Park" for
# the draft's "Captain Jo Park").
_COURTESY = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Capt|Captain|Comrade|Cde|Atty|Engr"
    r"|Hon|Rev|Fr|Sra|Sr|Mme|Mlle|Herr|Frau|Dona|Doña|Don)\.?"
)
_COURTESY_BEFORE = re.compile(rf"(?:^|(?<=\s))(?-i:{_COURTESY})$")
_COURTESY_FIRST = re.compile(rf"^(?:(?-i:{_COURTESY})\s+)+(?=\S+\s+\S)")


def bare_person(person: str) -> str:
    """``person`` without the courtesy words or rank before the name ("Captain Jo Park"
    -> "Jo Park"): a page names the person with its own, or none."""
    return _COURTESY_FIRST.sub("", person.strip())


# A name, then its title in capitals with no comma between, ending the line or followed
# only by the organisation: a signature or caption whose line break the text lost
# ("Jo Park<br>National Treasurer, Guild of Riveters").
_SIGNED = r"\s+((?:[A-Z][\w’'&-]*\s+){0,4}[A-Z][\w’'&-]*)\s*(?:,[^,.;:]{2,60})?[.]?\s*$"


def _title_before(person: str, text: str, view: ArticleView) -> str | None:
    """The words written right before ``person`` as their title ("national president
    Jo Park", "the guild's treasurer, Jo Park"): up to five words back to a joining word,
    a possessive or punctuation, the last of them an occupation ("drivers backed Jo
    Park" gives none)."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(person)}(?![\w-])", text):
        words = text[: m.start()].rstrip()
        while (courtesy := _COURTESY_BEFORE.search(words)) is not None:
            # "the guild's treasurer, Mr Jo Park": the title is before the courtesy.
            words = words[: courtesy.start()].rstrip()
        comma = words.endswith(",")
        taken: list[str] = []
        for word in reversed(words.rstrip(",").split()[-5:]):
            bare = word.strip('“”"')
            if (
                not re.fullmatch(r"[A-Za-z][\w-]*", bare)
                or bare.lower() in _BEFORE_TITLE_STOPS
                or bare != word
            ):
                break
            taken.insert(0, bare)
        last = taken[-1].rsplit("-", 1)[-1] if taken else ""
        if last and view.knowledge.is_role(last) and (not comma or len(taken) < 5):
            held = r"\s+".join(map(re.escape, taken))
            both = None if comma else re.search(_TWO_POSTS + held + "$", words)
            if both is not None and view.knowledge.is_role(both.group(1)):
                # "chairman and managing director Jo Park": two posts held at once.
                return f"{both.group(1)} and {' '.join(taken)}"
            return " ".join(taken)
    return None


def _titles_of(
    person: str, text: str, view: ArticleView, *, by_form: bool = False
) -> tuple[set[str], str] | None:
    """The role words a sentence gives ``person``, with the words themselves: in an
    apposition ("Jo Park, the guild's chief negotiator"), in brackets after the name (an
    infobox's "Jo Park (national president)"), or right before it ("national president
    Jo Park", "the guild's treasurer, Jo Park"); None when it gives none. With
    ``by_form``, a role word no table lists counts by its form ("chairman")."""
    named = re.escape(person)
    speech = view.knowledge.words("speech_verbs")
    forms = [
        m.group(1)
        for m in (
            # Not a clause after the name ("Jo Park, said the report, ...").
            next(
                (
                    apposed
                    for apposed in re.finditer(rf"{named},\s+([^,.;()]{{3,80}})", text)
                    if apposed.group(1).split()[0].lower() not in speech
                ),
                None,
            ),
            re.search(rf"{named}\s*\(([^()]{{3,60}})\)", text),
            re.search(rf"{named}{_SIGNED}", text),
        )
        if m is not None
    ]
    if (before := _title_before(person, text, view)) is not None:
        forms.append(before)
    for said in forms:
        roles = view.occupations(said) if by_form else view.roles(said)
        if roles:
            return roles, said.strip()
        if not by_form and (spelled := spelled_out(said, view)) is not None:
            # "Jo Park (CEO)": a post written as its short form in capitals.
            return view.roles(spelled), said.strip()
        if not by_form and (english := in_english(said, view)) is not None:
            # "Jo Park, secretaria general del Sindicato X": the post in English words.
            return view.roles(english), english
    return None


# Role words of posts as pages in Spanish, Portuguese, French, Italian or Filipino write
# them (unaccented, small letters), in English: read only where a source names a person
# with no English role word.
_ROLE_WORDS_IN_ENGLISH = {
    **dict.fromkeys(
        "secretario secretaria secretaire segretario segretaria kalihim".split(),
        "secretary",
    ),
    **dict.fromkeys("presidente presidenta president presidente pangulo".split(), "president"),
    **dict.fromkeys("vicepresidente vicepresidenta vice-presidente".split(), "vice president"),
    **dict.fromkeys(
        "director directora directeur directrice diretor diretora direttore direttrice".split(),
        "director",
    ),
    **dict.fromkeys("gerente".split(), "manager"),
    **dict.fromkeys(
        "tesorero tesorera tresorier tresoriere tesoureiro tesoureira".split(), "treasurer"
    ),
    **dict.fromkeys("portavoz vocero vocera porta-voz".split(), "spokesperson"),
    **dict.fromkeys("coordinador coordinadora coordenador coordenadora".split(), "coordinator"),
    **dict.fromkeys("delegado delegada delegue deleguee".split(), "delegate"),
}
# Words that qualify such a post, in English.
_QUALIFIERS_IN_ENGLISH = {
    **dict.fromkeys("general generale geral".split(), "general"),
    **dict.fromkeys(
        "ejecutivo ejecutiva executif executive executivo executiva esecutivo".split(),
        "executive",
    ),
    **dict.fromkeys("adjunto adjunta adjoint adjointe".split(), "deputy"),
    **dict.fromkeys("nacional national nazionale".split(), "national"),
    **dict.fromkeys("regional regionale".split(), "regional"),
}
# Where the post ends and what it is of begins: "secretario general | de la Unión ...".
_OF_THE = re.compile(
    r"\s(?:de|del|de\s+la|de\s+los|de\s+las|des|du|di|della|da|do|dos|das|ng|sa)\s.*$"
)


def in_english(said: str, view: ArticleView) -> str | None:
    """A post written in another language ("secretaria general del Sindicato de Estibadores",
    "Le Directeur Général") in English words ("secretary general"), what it is of left
    out; None when ``said`` names a role in English already, or no post these tables
    know, or has words they do not know."""
    if view.roles(said):
        return None
    post = _OF_THE.sub("", said.strip())
    words = [unaccented(w).lower() for w in re.findall(r"[\w-]+", post)]
    if words[:1] in (["le"], ["la"], ["el"], ["o"], ["a"], ["il"], ["su"], ["sa"], ["ang"]):
        words = words[1:]
    if not any(w in _ROLE_WORDS_IN_ENGLISH for w in words):
        return None
    english = [_ROLE_WORDS_IN_ENGLISH.get(w) or _QUALIFIERS_IN_ENGLISH.get(w) for w in words]
    if any(e is None for e in english) or len(words) > 4:
        return None
    return " ".join(e for e in english if e)


_CAPITALS = re.compile(r"[A-Z]{2,6}")


def spelled_out(said: str, view: ArticleView) -> str | None:
    """``said`` with its short forms in capitals spelled out, when it is only short forms
    and joining words and one of them is a post ("CEO", "MD & CEO"); None otherwise."""
    words = re.findall(r"[\w&]+", said)
    full = [view.knowledge.abbreviations.get(w) if _CAPITALS.fullmatch(w) else None for w in words]
    pairs = list(zip(words, full, strict=True))
    if not words or any(f is None and w.lower() not in _JOINERS for w, f in pairs):
        return None
    spelled = " ".join(f or w for w, f in pairs)
    return spelled if view.roles(spelled) else None


def held_by_another(person: str, title: str, text: str, view: ArticleView) -> bool:
    """Whether ``text`` gives the claim's post to someone else in brackets after their
    name, as a list of people does ("Jo Park (Chair); Ann Lee (CEO)")."""
    for m in re.finditer(r"([A-Z][\w’'-]+)\s*\(([^()]{3,60})\)", text):
        before = text[: m.end(1)]
        if before.endswith(person) or person.split()[-1] == m.group(1):
            continue
        if relate_titles(title, m.group(2), view) in ("exact", "same_words"):
            return True
    return False


def _titles_given(
    person: str, index: EvidenceIndex, sentence: int, view: ArticleView
) -> tuple[set[str], str] | None:
    """The role words a source sentence's own title claims give ``person`` in any form
    the rule packs read ("X has appointed Jo Park as its treasurer", "Jo Park became
    head of sales at X"), with the title; None when none names them."""
    for found in index.facts(sentence):
        title = found.fields.get("title")
        if found.rule.type != "job_title" or not title or found.fields.get("person") != person:
            continue
        roles = view.roles(str(title))
        if roles:
            return roles, str(title)
    return None


def _row_title(
    person: str, sentence: SourceSentence, view: ArticleView
) -> tuple[set[str], str] | None:
    """The title an infobox row gives ``person`` by its label, the person its value
    ("Managing editor: Jo Park", "Head coach: Jo Park (2019–2023)"): the row names the
    post and who holds it. None for a row of another kind ("Key people") or another
    person."""
    fact = sentence.fact
    if fact is None or fact.kind != "infobox":
        return None
    named = re.compile(rf"{re.escape(person)}(?![\w-])")
    if not any(named.match(str(item)) for item in fact.data.get("items") or ()):
        return None
    label = str(fact.data.get("label") or "")
    roles = view.roles(label)
    return (roles, label) if roles else None


# Whose post a title names, before it: "the guild's", "its", "the".
_OWNER = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}?[\w-]+(?:'s|’s|s'|s’)\s+|(?:the|a|an|its|their|his|her)\s+)+",
    re.IGNORECASE,
)


_SHORT_OWNER = re.compile(r"^(?:[A-Z][A-Z&]{1,9}\s+)+(?=[A-Za-z])")


_AND_POST = re.compile(r"\s+(?:and|&)\s+(?=(?:the\s+|an?\s+)?\w)")


def _same_post(claimed: str, said: str, view: ArticleView) -> bool | None:
    """Whether the title a source gives a person is the claim's: True for the same post
    in other words ("chief negotiator", "the guild's chief negotiator"), False for
    another ("managing editor", "executive editor"; "president", "vice president"), None
    when neither is sure (two kinds of one role) or the source gives a post the person
    held before ("previously the paper's metro editor"), which says nothing of the one
    they hold now."""
    if contains_word(said, view.knowledge.words("phase_past")):
        return None
    # Two posts joined by "and" ("a porter at the depot and treasurer of the branch"):
    # the person holds each, so either may be the claim's.
    posts = [part for part in _AND_POST.split(said) if view.roles(part)]
    if len(posts) > 1 and any(_same_post(claimed, post, view) for post in posts):
        return True
    # An organisation's short form in capitals before the title is whose post it is,
    # as a possessive is ("ODU National Chairman").
    said = _SHORT_OWNER.sub("", _OWNER.sub("", said.strip()))
    relation = relate_titles(claimed, said, view)
    if relation == "related":
        return None
    return relation != "different"


def other_employer(
    claim: Claim,
    index: EvidenceIndex,
    page: int,
    employer: str,
    view: ArticleView,
    *,
    slips: bool = True,
) -> str | None:
    """The organisation a posting names as hiring (in its structure), when it is not
    ``employer`` by any of its names (no distinctive word shared, nor one the short name
    of the other) and the posting is not on ``employer``'s own site (its title and
    address name it: a subsidiary's job on the parent's careers site). With ``slips``,
    an organisation the claim's paragraph or the article is about is taken for the
    employer the claim meant."""
    p = index.pages[page]
    hiring = p.facts.of("employer")
    if not hiring:
        return None
    org = view.knowledge.organisations.get(employer)
    names = [employer, *(org.aliases + org.context_aliases if org else ())]
    kinds = _kind_words(view)
    ours = set().union(*(_name_words(n) for n in names)) - kinds
    site = _name_words(f"{p.title or ''} {p.url}")
    theirs = set().union(*(_name_words(f.text) for f in hiring)) - kinds
    if not ours or not theirs or ours & (theirs | site):
        return None
    if any(same_party(n, f.text) for n in names for f in hiring):
        return None
    if theirs & view.knowledge.words("staffing_agencies"):
        # A recruitment agency posts for clients it often leaves unnamed: its own name
        # in the hiring field says nothing of whose job it is.
        return None
    if in_other_language(index, page) and _translated_name(names, [f.text for f in hiring], kinds):
        return None
    # An article about the hiring organisation itself (named in the claim's paragraph
    # or again and again) means it: the employer read from the claim is the slip.
    told = _name_words(" ".join([view.paragraph(claim), *view.topic_names]))
    if slips and theirs & told:
        return None
    return hiring[0].text


# A noun for the opening and the town it is in, right after a title: '"Night Porter"
# vacancy in Kelso', 'a Welder post based in Tarn'.
_OPENING_IN = re.compile(
    rf"\s*(?:(?-i:[a-z])[\w-]*)\s+(?:based\s+)?in\s+((?-i:[{UPPER}])[\w'’-]+"
    rf"(?:\s+(?-i:[{UPPER}])[\w'’-]+){{0,2}})"
)


def _place_of_opening(after: str, view: ArticleView) -> str | None:
    """The town a draft puts an opening in, written after its title with a noun for
    the opening ("vacancy in Kelso", "post based in Tarn"; ``after`` starts right after
    the title), or None. A field after the title alone ("Registrar in Renal Medicine")
    is read otherwise (:func:`field_after`)."""
    m = _OPENING_IN.match(after)
    if m is None:
        return None
    noun = after[: m.start(1)].split()[0].lower()
    nouns = view.knowledge.words("job_nouns") | view.knowledge.words("refer_job")
    return m.group(1) if noun in nouns else None


# Another name for the job right after its title: in brackets ("a stoker (fyrbøter)")
# or between dashes, with its article ("a nattreporter – a night reporter –").
_OTHER_NAME = re.compile(
    r"\s*(?:\(\s*([^\W\d_][^()\d]{1,40}?)\s*\)|[–—]\s+(?:an?\s+)?([^\W\d_][^–—,;.()\d]{1,40}?)\s+[–—])"
)


def _other_name(after: str) -> str | None:
    """The other name a draft gives the job right after its title (``after`` starts
    right after it): words in brackets, or between dashes, with no figure in them."""
    m = _OTHER_NAME.match(after)
    return None if m is None else (m.group(1) or m.group(2)).strip()


# A word in another language just before the title, which then glosses it: "for a
# maskinist (engine officer)", "hiring a nattreporter – a night reporter –".
_NAME_BEFORE = re.compile(r"(?<![\w’'-])an?\s+([^\W\d_][\w’'-]*)\s*(?:\(|[–—]\s+an?)\s*$")


def _name_before(before: str) -> str | None:
    """The job's name in another language that a title glosses, written right before
    it (``before`` ends where the title starts), or None."""
    m = _NAME_BEFORE.search(before)
    return m.group(1) if m else None


def _for_whom(name: str, found: str) -> bool:
    """True when a posting's title is ``name`` and then for whom or where the job is,
    after a small word of its language and a capital ("Nattvakt till Norra Sjukhuset",
    "Koch für Hafen Kiel")."""
    return (
        re.match(rf"{re.escape(name)}\s+(?-i:[{LOWER}]+)\s+(?-i:[{UPPER}])", found, re.IGNORECASE)
        is not None
    )


def _qualifies(bracket: str) -> bool:
    """True when words in brackets may qualify a job: not a note, a year, a short form
    in capitals or a pointer."""
    return _NOT_QUALIFIER.fullmatch(bracket.strip()) is None


def _cognate(a: str, b: str) -> bool:
    """True when two words of names read as one word in two languages: they open with
    the same five letters ("Social", "Sociale"; "Defence", "Defensa"), or with the same
    four when only the last letter of the shorter is left ("Labor", "Labour")."""
    n = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return n >= 5 or (n >= 4 and n >= min(len(a), len(b)) - 1)


def _translated_name(ours: list[str], theirs: list[str], kinds: set[str]) -> bool:
    """True when an employer named in the article's language and one a posting in
    another language names may be one organisation told in two languages: a
    distinctive word of one and a word of the other read as one word (see
    :func:`_cognate`), accents aside. A posting in Dutch names its ministry in Dutch
    while the draft gives it in English; no shared word then tells another employer."""
    mine = set().union(*(_name_words(unaccented(n)) for n in ours)) - kinds
    other = set().union(*(_name_words(unaccented(n)) for n in theirs)) - kinds
    return any(_cognate(a, b) for a in mine for b in other)


def taken_postings(claim: Claim, index: EvidenceIndex, view: ArticleView) -> set[int]:
    """The pages a title claim rests on not by its own sentence, where another title
    claim cites them for another job: in its own paragraph, when the claim points back
    to it ("The yard is also looking for a rigger"); in its own sentence, for a posting
    bearing that other job's title or posted by the other claim's employer, when the two
    share a paragraph ("hiring a welder (posting). It also wants a rigger"). That posting
    is the other job's, and the claim names a second opening it says nothing of."""
    title = str(claim.fields.get("title") or "")
    if claim.type != "job_title" or not title:
        return set()  # a pay claim's job is read otherwise (evidence/salary.py)
    carried = set(view.carried.get(claim.id, set()))
    # Pages the paragraph cites, but not where the claim itself stands.
    beside = set(view.primary.get(claim.id, set())) - carried
    beside -= set(view.in_sentence.get(claim.id, set()))
    taken: set[int] = set()
    for other in view.claims:
        theirs = str(other.fields.get("title") or "")
        if (
            other.type != "job_title"
            or other.id == claim.id
            or not theirs
            or relate_titles(title, theirs, view) != "different"
        ):
            continue
        if other.sentence.block != claim.sentence.block:
            own = set(view.primary.get(other.id, set())) - set(view.carried.get(other.id, set()))
            taken |= carried & own
            taken |= _cited_again_for_another(claim, other, index, view)
            continue
        taken |= {
            p
            for p in beside & set(view.in_sentence.get(other.id, set()))
            if (posted := posting_title(index, p, view)) is not None
            and (
                relate_titles(theirs, posted, view) != "different"
                or _posted_by_the_other(claim, other, index, p, view)
                # Cited where another job is named, for a job sharing no word with the
                # claim's: that sentence's source, however it words that job, and no
                # word on a second opening the claim's sentence names.
                or not shares_a_word(title, posted, view)
            )
        }
        taken |= _cited_after_another(claim, other, index, view)
    return taken | _named_where_cited(claim, title, index, view)


def _cited_after_another(
    claim: Claim, other: Claim, index: EvidenceIndex, view: ArticleView
) -> set[int]:
    """Postings cited at the end of a sentence naming two jobs, for the later one: "the
    board also lists a Crane Driver opening, beside the planner roles (link)", the link
    going to a planner's posting. That posting is the later job's; of the first, a job
    sharing no word with its title, it says nothing. Not when a link stands between the
    two jobs, nearer the first."""
    if other.sentence.start != claim.sentence.start or other.start < claim.end:
        return set()
    between = claim.sentence.text[
        claim.end - claim.sentence.start : other.start - other.sentence.start
    ]
    if "://" in between:
        return set()
    return _cited_again_for_another(claim, other, index, view)


def _cited_again_for_another(
    claim: Claim, other: Claim, index: EvidenceIndex, view: ArticleView
) -> set[int]:
    """Postings ``other`` (another title claim) cites in its own sentence
    for the job the posting's title names, which ``claim``'s sentence cites again for a
    job sharing no word with that title ("hiring a Night Porter (link)"; later, "the hotel
    also wants a Sous Chef (same link)"): the posting is the other job's, and of an
    unrelated second opening it says nothing. A variant of the posting's job ("a Senior
    Night Porter" cited so) is still the posting's to refute."""
    title = str(claim.fields.get("title") or "")
    theirs = str(other.fields.get("title") or "")
    both = set(view.in_sentence.get(claim.id, set())) & set(view.in_sentence.get(other.id, set()))
    return {
        p
        for p in both
        if (posted := posting_title(index, p, view)) is not None
        and relate_titles(theirs, posted, view) != "different"
        and not shares_a_word(title, posted, view)
    }


# A link's address in a paragraph's text: its words ("/jobs/night-porter-leeds") are
# the site's, not the writer's.
_ADDRESS = re.compile(r"\S+://\S+")


def _named_where_cited(
    claim: Claim, title: str, index: EvidenceIndex, view: ArticleView
) -> set[int]:
    """Postings another paragraph cites and names the job of in its own words ("the
    hotel's night porters start on £24,000, says its advert (link)"), a job other than
    the claim's ``title``: the article cites that posting for that job, so a claim
    elsewhere giving the employer another title ("it is also after a Concierge") names
    a second opening the posting says nothing of. Not a posting the claim's own
    paragraph cites."""
    own = set(view.primary.get(claim.id, set())) - set(view.carried.get(claim.id, set()))
    out: set[int] = set()
    seen: set[int] = set()
    for other in view.claims:
        block = other.sentence.block
        if block == claim.sentence.block or block in seen:
            continue
        seen.add(block)
        cited = set(view.primary.get(other.id, set())) - set(view.carried.get(other.id, set()))
        words: set[str] | None = None
        for page in sorted(cited - own - out):
            if index.pages[page].facts.kind != "job_posting":
                continue
            posted = posting_title(index, page, view)
            if posted is None or relate_titles(title, posted, view) != "different":
                continue
            if words is None:
                words = set(normalise_title(_ADDRESS.sub(" ", view.paragraph(other)), view))
            job = set(normalise_title(core_title(posted, view) or posted, view))
            if job and job <= words:
                out.add(page)
    return out


def _posted_by_the_other(
    claim: Claim, other: Claim, index: EvidenceIndex, page: int, view: ArticleView
) -> bool:
    """True when ``other`` names an employer that ``claim`` does not, and the posting is
    that employer's: cited for the other employer's job, it is theirs, whatever title
    the other claim gives it."""
    kinds = _kind_words(view)
    ours = _name_words(str(claim.fields.get("employer") or "")) - kinds
    theirs = _name_words(str(other.fields.get("employer") or "")) - kinds
    return bool(ours and theirs and not ours & theirs and theirs & employer_words(index, page))


def _cited_for_another_job(claim: Claim, index: EvidenceIndex, view: ArticleView) -> set[int]:
    """The postings another title claim cites in its own paragraph for another job, the
    job the posting's own title names ("hiring a Picker Packer [1]"): a title claim
    elsewhere that cites none of them ("has also been recruiting 'Shift Mentors'") names
    a second opening at that employer, which the other job's posting says nothing of."""
    title = str(claim.fields.get("title") or "")
    if claim.type != "job_title" or not title:
        return set()  # a pay claim's job is read otherwise (evidence/salary.py)
    out: set[int] = set()
    for other in view.claims:
        theirs = str(other.fields.get("title") or "")
        if (
            other.type != "job_title"
            or other.sentence.block == claim.sentence.block
            or not theirs
            or relate_titles(title, theirs, view) != "different"
        ):
            continue
        own = set(view.primary.get(other.id, set())) - set(view.carried.get(other.id, set()))
        out |= {
            p
            for p in own
            if (posted := posting_title(index, p, view)) is not None
            and relate_titles(theirs, posted, view) != "different"
        }
    return out


def subject_postings(
    claim: Claim,
    index: EvidenceIndex,
    view: ArticleView,
    title: list[str],
    taken: set[int] | None = None,
) -> set[int]:
    """The job postings a claim is about: those it cites in its own paragraph; else the
    one posting from an employer its paragraph names (by a distinctive word), or, when
    that employer has several, those for the same job as ``title``. ``taken`` is
    :func:`taken_postings` when the caller has it already."""
    postings = {p for p, page in enumerate(index.pages) if page.facts.kind == "job_posting"}
    postings -= taken_postings(claim, index, view) if taken is None else taken
    cited = postings & set(view.primary.get(claim.id, set()))
    if cited:
        return cited
    postings -= _cited_for_another_job(claim, index, view)
    paragraph = view.paragraph(claim)
    employer = str(claim.fields.get("employer") or "")
    names = [employer, *view.orgs(paragraph)]
    names += [n for n, _, _ in view.extractor.parsers.proper_names(paragraph, view.ctx)]
    words = set().union(*(_name_words(n) for n in names if n)) - _kind_words(view)
    found = {p for p in postings if words & employer_words(index, p)}
    if len(found) <= 1:
        return found
    # The employer has several postings here: only those for the same job are this one.
    return {
        p
        for p in found
        if title
        and (t := posting_title(index, p, view))
        and relate(title, normalise_title(t, view), view) != "different"
        and same_job(title, normalise_title(t, view), view)
    }


class TitleComparator:
    """Titles: exact wording matters when the article quotes it."""

    def queries(self, claim: Claim, view: ArticleView) -> list[str]:
        """The title, its employer and words about job postings; the person holding
        it, when the claim names one."""
        employer = claim.fields.get("employer") or ""
        queries = [f"{claim.fields.get('title', '')} {employer} job title posting role"]
        person = claim.fields.get("person")
        return [*queries, f"{person} {claim.fields.get('title', '')}"] if person else queries

    def assess(
        self, claim: Claim, candidates: list[Candidate], index: EvidenceIndex, view: ArticleView
    ) -> Findings:
        """Supported by the same title; mixed when a quoted title is not the exact one;
        contradicted by a different title in the claim's own cited posting."""
        title = str(claim.fields.get("title", ""))
        employer = claim.fields.get("employer")
        quoted = bool(claim.fields.get("quoted"))
        claimed = normalise_title(title, view)
        # The field the draft writes after the title ("a Registrar in Renal Medicine"),
        # which extraction leaves out (it may be a place): a posting's field of the same
        # kind that differs makes it another job.
        after = claim.sentence.text[claim.end - claim.sentence.start :]
        widened = title
        upto = claim.sentence.text[: claim.end - claim.sentence.start]
        at = upto.rfind(title) if title else -1
        aside = _other_name(after) or (_name_before(upto[:at]) if at > 0 else None)
        if (kept := _BRACKET_FIRST.match(after)) is not None:
            if not title.endswith(kept.group(0).strip()) and _qualifies(kept.group(0)):
                # Brackets right after the title that extraction left out ("a Welder
                # (Night Shift) at the yard"): a qualifier of the job, which meets the
                # posting's of the same kind ("(Day Shift)").
                widened = title + kept.group(0)
            # Brackets the title took in ("a Welder (Trainee) in the Marine Division").
            after = after[kept.end() :]
        widened += field_after(after)
        placed = _place_of_opening(after, view)
        level = str(claim.fields.get("level") or "")
        if level and level not in title:
            # A level the draft writes apart from the title ("a Glazier, Grade 4", "a
            # Milker at Band 3"), which extraction keeps in its own field, ranks the job
            # all the same: another level on the posting is another job.
            widened += f", {level}"

        def relation_to(found: str, page: int | None = None) -> str:
            if widened != title and parts_conflict(widened, found):
                return "different"
            if page is not None and specialisms_conflict(widened, found, places(index, page)):
                # A posting's own title naming the job's specialism otherwise.
                return "different"
            relation = relate_titles(title, found, view)
            # "a cook (kokk)": the draft names the job in the posting's words
            # too; the posting under either name is the claim's job.
            if (
                relation in ("different", "related")
                and aside is not None
                and (
                    relate_titles(aside, found, view) in ("exact", "same_words")
                    or _for_whom(aside, found)
                )
            ):
                return "paraphrase"
            return relation

        # A draft citing the employer's careers site, not an advert, for the job: a
        # posting the link goes to contradicts only another variant of the job.
        from_a_site = sourced_to_a_job_site(claim.sentence.text, view)
        taken = taken_postings(claim, index, view)
        cited_here = set(view.primary.get(claim.id, set()))
        cited_in_sentence = set(view.in_sentence.get(claim.id, set())) - taken
        cited = cited_here - taken
        primary = set(cited)
        # Postings from the employer the paragraph names count as cited: an article's
        # "Sources:" list cites them for every paragraph alike.
        primary |= subject_postings(claim, index, view, claimed, taken)
        assessments: list[Assessment] = []
        exact_titles: list[str] = []
        denials: set[int] = set()  # sentences saying the page does not cover the post
        # A posting the paragraph cites for another job is that job's, even where the
        # employer's name finds it again: it says nothing of a second opening there.
        found_postings = {
            p: t
            for p, t in postings(candidates, index, employer, primary, view).items()
            if p not in taken
        }
        candidates = with_cited(candidates, index, set(found_postings) & primary, "title")
        if claim.fields.get("person"):
            # An infobox row names people with their titles ("Jo Park (president)").
            candidates = with_cited(candidates, index, cited, "infobox")
        candidates = with_cited(candidates, index, set(found_postings), "header_title")
        matched = {
            p
            for p, t in found_postings.items()
            if (relation := relation_to(t, p)) in ("exact", "same_words", "paraphrase")
            or (not quoted and relation == "same_role")
        }
        # A posting whose header or tags give the claim's title (a translation under a
        # heading in another language) is for the claim's job, whatever its heading says.
        matched |= {
            p
            for p in found_postings
            if any(
                states_title(title, index.sentences[i].text, view, quoted=quoted)
                for i in index.fact_entries(p, "header_title")
            )
        }
        person = bare_person(str(claim.fields.get("person") or ""))
        # A post the claim says the person held before ("was previously deputy editor").
        claim_before = bool(person) and contains_word(
            claim.sentence.text, view.knowledge.words("phase_past")
        )
        # A posting from another employer says nothing for this one's job: the same
        # title there tells that the claim has the wrong employer. Not an employer the
        # claim's words leave unnamed ("the council wants to hire ..."), taken from a name
        # nearby: that is a guess of the reading, no employer the article states.
        # Nor a town the sentence puts the opening in ("In Tarnby, a family bakery wants
        # a ..."), read as the employer: a place is no party to post a job.
        guessed = "employer" in (claim.fields.get("resolved") or ()) or (
            bool(employer) and named_as_place(str(employer), claim.sentence.text)
        )
        # A posting the claim's own sentence cites, whose header names the claim's
        # employer as where the job is (a hospital of a health system, a brand of a
        # group), is the claim's: its hiring organisation by another name is the
        # employer's owner. A name further down ("you will work with X") is not so.
        own = {
            page
            for page in set(view.in_sentence.get(claim.id, set())) & set(found_postings)
            if employer and str(employer).lower() in index.pages[page].text[:_HEADER_CHARS].lower()
        }
        posted_by = {
            page: who
            for page in found_postings
            if employer
            and not guessed
            and page not in own
            and (who := other_employer(claim, index, page, str(employer), view))
        }
        # Postings another employer put up, though the paragraph names that employer
        # too: for another job they say nothing of the claim's, which the claim gives to
        # an employer it names ("X is hiring a welder [1]. Y, for its part, wants a
        # planner": Y's planner is not refuted by X's welder posting).
        elsewhere = {
            page
            for page in found_postings
            if employer
            and not guessed
            and page not in own
            and other_employer(claim, index, page, str(employer), view, slips=False)
        }
        for cand in candidates:
            s = index.sentences[cand.index]
            if (
                employer
                and s.page not in primary
                and not index.mentions(s.page, employer)
                # A person's employer read from a reference ("the union's") is the
                # reading's guess; the person's own name says whose title a page gives.
                and not (person and guessed)
            ):
                continue
            if person:
                # A person's title is told where the person is named: another name's
                # title ("Jo Park, President") or a posting says nothing of theirs.
                told = (
                    _titles_of(person, s.text, view)
                    or _titles_given(person, index, cand.index, view)
                    or _row_title(person, s, view)
                )
                # A role only its form tells ("boatman", but also "commuter") may only
                # agree: a word of that form need not name a post at all.
                formed = (
                    None if told is not None else _titles_of(person, s.text, view, by_form=True)
                )
                if formed is not None and _same_post(title, formed[1], view):
                    assessments.append(
                        Assessment(cand.index, "supports", SAME_ROLE_WEIGHT, cand.score, formed[1])
                    )
                    continue
                if told is not None:
                    same = _same_post(title, told[1], view)
                    if same is None or (not same and claim_before):
                        # A post held before, on either side, is no other post now.
                        continue
                    if (
                        not same
                        and spelled_out(told[1], view) is not None
                        and not any(
                            held_by_another(person, title, near.text, view)
                            for near in (s, *index.nearby(cand.index, before=1, after=1))
                        )
                    ):
                        # A short form may leave out a second post the person holds
                        # ("CEO" of a chairman and CEO): it tells another post only where
                        # the claim's is someone else's beside it.
                        continue
                    stance: Stance = "supports" if same else "contradicts"
                    assessments.append(
                        Assessment(cand.index, stance, SAME_ROLE_WEIGHT, cand.score, told[1])
                    )
                continue
            if s.page in posted_by:
                if s.fact is not None and s.fact.kind == "title":
                    relation = relation_to(s.text)
                    if relation != "different" and (relation != "same_role" or not quoted):
                        assessments.append(
                            Assessment(
                                cand.index, "contradicts", EXACT_TITLE_WEIGHT, cand.score, s.text
                            )
                        )
                continue
            # On a job posting, only the posting's own title names the job; other titles
            # there ("the role reports to the Head of Testing") are other people's.
            on_posting = s.page in found_postings
            if s.fact is None and s.page in cited_here and _denies(s.text, relation_to, view):
                # A page the claim's paragraph cites that says it does not cover the
                # claim's post ("this notice does not cover the posts of Senior Welder"),
                # though it is cited for another job, says the claim is wrong.
                assessments.append(
                    Assessment(cand.index, "contradicts", EXACT_TITLE_WEIGHT, cand.score, s.text)
                )
                denials.add(cand.index)
                continue
            if not on_posting and s.fact is None and s.page in taken:
                # So on a posting cited for another job: its own job is not the claim's,
                # and the titles in its text are other people's.
                continue
            if s.fact is not None and s.fact.kind == "header_title":
                if on_posting and states_title(title, s.text, view, quoted=quoted):
                    assessments.append(
                        Assessment(cand.index, "supports", EXACT_TITLE_WEIGHT, cand.score, s.text)
                    )
                continue
            if s.fact is not None and s.fact.kind != "title":
                continue
            written = [s.text] if s.fact is not None else titles_in(s.text, view)
            for found_title in written:
                if s.fact is None and denied(s.text, found_title, view):
                    continue  # a post the source says it is not about
                if on_posting and normalise_title(found_title, view) != normalise_title(
                    found_postings[s.page], view
                ):
                    continue
                # A posting in another language that names its job in English too is
                # read by that English name.
                gloss = (
                    english_gloss(found_title, view)
                    if on_posting and in_other_language(index, s.page)
                    else None
                )
                relation = relation_to(found_title, s.page if on_posting else None)
                if gloss is not None and relation != "exact":
                    relation = relation_to(gloss)
                if relation == "exact":
                    assessments.append(
                        Assessment(
                            cand.index, "supports", EXACT_TITLE_WEIGHT, cand.score, found_title
                        )
                    )
                elif relation in ("same_words", "paraphrase"):
                    exact_titles.append(found_title)
                    if quoted:
                        # The words are right, the quoted wording is not: both stances.
                        assessments.append(
                            Assessment(
                                cand.index,
                                "supports",
                                QUOTED_REWORDED_WEIGHT,
                                cand.score,
                                found_title,
                            )
                        )
                        assessments.append(
                            Assessment(
                                cand.index,
                                "contradicts",
                                QUOTED_REWORDED_WEIGHT,
                                cand.score,
                                found_title,
                            )
                        )
                    else:
                        assessments.append(
                            Assessment(
                                cand.index,
                                "supports",
                                REWORDED_TITLE_WEIGHT,
                                cand.score,
                                found_title,
                            )
                        )
                elif relation == "same_role" and not quoted:
                    assessments.append(
                        Assessment(
                            cand.index, "supports", SAME_ROLE_WEIGHT, cand.score, found_title
                        )
                    )
                elif (
                    on_posting
                    and (relation != "different" or s.page not in elsewhere)
                    # Titles of related kinds: only a quoted title, which names the ad's
                    # exact words, or one the claim's own sentence cites this posting
                    # for (the posting is the job it names), is refuted by the other.
                    and (relation != "related" or quoted or s.page in cited_in_sentence)
                    and not matched
                    # "a Welder vacancy in Kelso": a posting that never names the
                    # opening's town is another opening, of which it says nothing.
                    and (placed is None or placed.lower() in index.pages[s.page].text.lower())
                    and (
                        (s.page in cited and not from_a_site)
                        or (
                            shares_a_role_word(title, found_title, view)
                            # Sourced to a site of openings, two occupations that share
                            # only a unit are two of them.
                            and not (from_a_site and other_kinds(title, found_title, view))
                        )
                    )
                    and (
                        (
                            names_a_role_in_english(found_title, index, s.page, view)
                            and (
                                not in_other_language(index, s.page)
                                # A page in another language may head its job in
                                # English, the words the claim uses.
                                or in_the_claims_words(title, found_title, view)
                            )
                        )
                        or same_language_form(title, found_title)
                        or written_in_its_language(title, found_title, view)
                        or writes_its_words(claimed, found_title, view)
                        # The claim writes the posting's own name for the job, in its
                        # language, with another level or pattern of work.
                        or same_name_other_parts(widened, found_title, view)
                        # The posting's own English name for its job is another job.
                        or gloss is not None
                    )
                ):
                    # The posting the claim cites is for another job; one found by its
                    # employer alone contradicts only another variant of the same job
                    # (another level): of an unrelated job it says nothing, even when
                    # the claim puts its title in quotes (naming a role, not a posting).
                    # Only another role contradicts: a title in another language is no
                    # other job.
                    assessments.append(
                        Assessment(
                            cand.index, "contradicts", EXACT_TITLE_WEIGHT, cand.score, found_title
                        )
                    )
        if any(a.stance == "supports" and a.weight == EXACT_TITLE_WEIGHT for a in assessments):
            # The exact title is in a source: other wordings of it contradict nothing.
            assessments = [a for a in assessments if a.stance == "supports"]

        def where(a: Assessment) -> str:
            fact = index.sentences[a.index].fact
            return f" ({fact.where})" if fact is not None else ""

        def explain(label: VerdictLabel, t: Tally) -> str:
            found = (t.supports or t.contradicts)[0].found
            if person and label in ("supported", "contradicted"):
                verb = "as the article does" if label == "supported" else f"not “{title}”"
                return f"A source gives {person} as “{found}”, {verb}."
            if label == "supported":
                given = index.sentences[t.supports[0].index]
                if given.fact is not None and given.fact.kind == "header_title":
                    return (
                        f"The posting headed “{found_postings[given.page]}” gives the title "
                        f"as “{found}” ({given.fact.where}): “{title}” names that job."
                    )
                if normalise_title(str(found), view) == claimed:
                    return (
                        f"The sources give the title as “{found}”{where(t.supports[0])}, "
                        "as the article does."
                    )
                if any(
                    normalise_title(h, view) == claimed for h in language_halves(str(found), view)
                ):
                    return (
                        f"The posting's title is “{found}”{where(t.supports[0])}, written in "
                        f"two languages: its English half is “{title}”, as the article says."
                    )
                core = core_title(str(found), view)
                if core is not None and normalise_title(core, view) == claimed:
                    return (
                        f"The posting's title is “{found}”{where(t.supports[0])}: “{core}”, "
                        "as the article says, with a suffix that is no part of the title."
                    )
                return (
                    f"The posting's title is “{found}”{where(t.supports[0])}; “{title}” "
                    "describes the same job."
                )
            if label == "mixed" and exact_titles:
                return (
                    f"The posting's exact title is “{exact_titles[0]}”; the article's “{title}” "
                    "has the right words but not the exact title."
                )
            if label == "contradicted":
                said = t.contradicts[0]
                page = index.sentences[said.index].page
                if said.index in denials:
                    return f"The cited page says it does not cover “{title}”: “{said.found}”"
                if page in posted_by:
                    return (
                        f"The posting for “{said.found}”{where(said)} is from "
                        f"{posted_by[page]}, not {employer}."
                    )
                # The claim's title as the draft writes it, with its brackets or field.
                written = (
                    widened.strip() if relation_to(str(said.found), page) == "different" else title
                )
                return f"The cited posting's title is “{said.found}”{where(said)}, not “{written}”."
            first, second = t.supports[0].found, t.contradicts[0].found
            return f"Sources disagree on the title: “{first}” and “{second}”."

        return Findings(assessments, explain)
