"""Strikes that did not happen: a page that says a strike was averted or called off
before it began ("a tentative agreement was reached hours before the deadline", "no
strike took place", "the union lifted its strike notice"), or that the dispute was a
lockout ("the company locked out 600 loaders; the union says its members never walked
off the job"), goes against a claim that the strike happened."""

from __future__ import annotations

import re

_STRIKE = r"(?:strikes?|walkouts?|walk-outs?|stoppages?|industrial\s+action)"
_WAS = r"(?:was|were|had\s+been|has\s+been|have\s+been)"
# The words of one sentence, an abbreviation's points among them ("at 9 a.m. on Friday").
_WORDS = r"(?:[^.;]|\.(?=[\w,]|\s+[a-z0-9]))"
# Kept from happening. "Called off" and "suspended" also end a strike under way, so they
# count only for one that was still to come ("planned", "threatened", "before it began").
_PREVENTED = (
    r"(?:averted|avoided|headed\s+off|staved\s+off|called\s+off|cancell?ed|shelved|abandoned"
    r"|postponed|suspended|put\s+on\s+hold)"
)
_TO_COME = (
    r"(?:planned|threatened|proposed|scheduled|looming|possible|impending|announced|expected)"
)
# Words after "strike" that make it a step toward one, not the stoppage: "not a strike
# ballot".
_NOT_ACTION = r"(?:ballots?|votes?|notices?|funds?|pay|mandates?|threats?)\b"
_NOT_HAPPENED = re.compile(
    # "the strike was averted", "a walkout by the drivers had been called off"
    rf"\b{_STRIKE}\b[^.;]{{0,100}}?\b{_WAS}\s+(?:\w+\s+)?{_PREVENTED}\b"
    # "called off its planned strike", "averting a walkout"
    rf"|\b(?:averted|averting|avoided|avoiding|headed\s+off|staved\s+off|called\s+off|calling\s+off"
    rf"|cancell?ed|shelved|postponed|abandoned|suspended)\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_STRIKE}\b"
    # "lifted its own strike notice", "withdrew the walkout call": a notice or a call is
    # of a strike still to come.
    rf"|\b(?:lift(?:ed|ing|s)?|withdr(?:ew|awn|awing|aws)|rescind\w*|revok\w*|retract\w*)\s+"
    rf"(?:(?:a|an|the|its|their|this|that)\s+)?(?:own\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?:strike|walkout|stoppage)\s+(?:notices?|calls?|threats?)\b"
    # "the strike, set for noon on Friday, was not carried out"
    rf"|\b{_STRIKE}\b{_WORDS}{{0,100}}?\b{_WAS}\s+(?:not|never)\s+(?:carried\s+out|held|staged)\b"
    # "no strike took place", "the walkout never went ahead", "no strike was called"
    rf"|\bno\s+{_STRIKE}\s+(?:\w+\s+)?(?:took\s+place|happened|occurred|went\s+ahead|began|started)"
    rf"|\bno\s+{_STRIKE}\s+{_WAS}\s+(?:ever\s+)?(?:called|held|staged|declared)\b"
    rf"|\b{_STRIKE}\s+(?:did\s+not|didn['’]t|never|would\s+not|will\s+not)\s+"
    r"(?:take\s+place|happen|go\s+ahead|materiali[sz]e|begin|start|went\s+ahead|took\s+place)"
    # "a tentative agreement was reached hours before the strike deadline"
    rf"|\b(?:agreement|deal|settlement|accord)\b[^.;]{{0,80}}?\bbefore\s+(?:the\s+|a\s+|its\s+)?"
    rf"(?:{_TO_COME}\s+)?(?:strike\s+|walkout\s+)?(?:deadline|{_STRIKE}\s+(?:was\s+)?(?:due|set|"
    r"scheduled|could\s+begin))"
    # "this is a vigil, not a strike", "the action was a rally and not a walkout", "it
    # is not a strike": the action told is another kind than a stoppage of work.
    rf"|\b(?:is|was|are|were|will\s+be|would\s+be)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"[\w-]+,?\s+(?:and\s+)?not\s+(?:a\s+|an\s+)?{_STRIKE}\b(?!\s+{_NOT_ACTION})"
    rf"|\b(?:is|was|are|were|will\s+be)\s+(?:not|no)\s+(?:a\s+|an\s+)?{_STRIKE}\b(?!\s+{_NOT_ACTION})"
    # "its members never walked off the job": the whole membership, not some of it.
    r"|\b(?:its|their|the\s+union['’]s|our)\s+members\s+(?:never|did\s+not|didn['’]t)\s+"
    r"(?:walk(?:ed)?\s+(?:off\s+the\s+job|out)|go\s+on\s+strike|went\s+on\s+strike|strike|struck)",
    re.IGNORECASE,
)
# "Called off" and "suspended" say the strike was yet to come only with these words.
_YET_TO_COME = re.compile(rf"\b{_TO_COME}\b", re.IGNORECASE)
# A strike told, right after it is named, as one still to come: "..., which was due to
# begin at dawn", "..., set to begin at noon".
_DUE = re.compile(
    r"[^.;]{0,60}?\b(?:due|set|scheduled|planned|meant)\s+to\s+(?:start|begin|run|take\s+place)\b",
    re.IGNORECASE,
)
_ENDING_VERB = re.compile(r"call\w*\s+off|suspend\w*|cancel\w*", re.IGNORECASE)
_LOCKED_OUT = re.compile(r"\block(?:ed|s|ing)?\s+out\b|\block-?outs?\b", re.IGNORECASE)


# Words before a verb of averting that make it an aim or a hope, not an outcome ("talks
# to avert a strike", "aimed at averting", "failed to head off").
_AIM = re.compile(
    r"\b(?:to|at|would|could|might|may|can|will|bid|effort|hopes?|hoping|aim\w*|try\w*|seek\w*"
    r"|attempts?|order|help\w*|meant|designed|intended|failed)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def not_happened(text: str) -> str | None:
    """The words of ``text`` saying a strike did not take place, if it says so."""
    for m in _NOT_HAPPENED.finditer(text):
        words = m.group(0)
        if _AIM.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        # "called off the strike after six weeks": it ended, so it happened; "suspended
        # the stoppage, which was due to begin at dawn" had not begun.
        due = _DUE.match(text, m.end())
        if _ENDING_VERB.search(words) and not _YET_TO_COME.search(words) and due is None:
            continue
        return words
    return None


# A lockout only threatened or announced, which may never begin: "gave notice of a
# lockout", "threatened to lock out", "a lockout notice", "the lockout was to begin".
_LOCKOUT_TO_COME_BEFORE = re.compile(
    r"\b(?:notice\s+of|threat\s+of|threaten\w*(?:\s+to)?|warn\w*(?:\s+of)?|announc\w*|"
    r"plann\w*|possible|looming|would|could|might|may|will)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_LOCKOUT_TO_COME_AFTER = re.compile(
    r"\s*(?:notices?|threats?|warnings?)\b|\s+(?:was|were|is|are)\s+(?:due\s+|set\s+|about\s+)?to\s+"
    r"(?:begin|start|take\s+effect)\b",
    re.IGNORECASE,
)


def lockout(text: str) -> bool:
    """True when ``text`` tells of a lockout: the employer shut the workers out. One only
    threatened or announced ("gave notice of a lockout") tells none."""
    for m in _LOCKED_OUT.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _LOCKOUT_TO_COME_BEFORE.search(before) or _LOCKOUT_TO_COME_AFTER.match(text, m.end()):
            continue
        return True
    return False


# A page's word that there was no lockout: "the owners never attempted a lockout",
# "management never locked the crews out", "there was no lockout", "a strike, not a
# lockout". "Did not rule out a lockout" is none.
_NO_LOCKOUT = re.compile(
    r"\b(?:did\s+not|didn['’]t|never|chose\s+not\s+to|declined\s+to)\s+"
    r"(?:(?:attempt|impose|declare|order|use|call|resort)(?:ed|d|s)?\s+(?:to\s+)?)?(?:a\s+|any\s+)?lock-?outs?\b"
    r"|\b(?:did\s+not|didn['’]t|never)\s+lock(?:ed)?\s+(?:(?:the|its|their|any|them)\s+)?(?:[\w-]+\s+){0,2}?out\b"
    r"(?!\s+of\b)"
    r"|\b(?:there\s+(?:was|has\s+been|had\s+been)\s+)?no\s+lock-?out\s+(?:was|has\s+been|had\s+been|"
    r"took\s+place|happened|occurred|followed)\b|\bthere\s+(?:was|has\s+been|had\s+been)\s+no\s+lock-?out\b"
    r"|,\s+not\s+a\s+lock-?out\b",
    re.IGNORECASE,
)


def no_lockout(text: str) -> str | None:
    """The words of ``text`` saying there was no lockout, if it says so."""
    m = _NO_LOCKOUT.search(text)
    return m.group(0) if m else None


def may_tell(text: str) -> bool:
    """A cheap test that ``text`` may say either (most sentences say neither)."""
    low = text.lower()
    return any(w in low for w in _CUES)


_CUES = (
    "avert",
    "avoid",
    " off",
    "cancel",
    "shelv",
    "postpon",
    "abandon",
    "suspend",
    "on hold",
    "no strike",
    "not a",
    "not an",
    "not strike",
    "not walk",
    "not stop",
    "not indus",
    "carried out",
    "not held",
    "never held",
    "no walkout",
    "no stoppage",
    "not take place",
    "never",
    "did not",
    "didn",
    "would not",
    "will not",
    "before",
    "lock",
    "lift",
    "withdr",
    "rescind",
    "revok",
    "retract",
)
