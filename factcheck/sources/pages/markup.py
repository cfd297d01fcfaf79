"""What an element is, from its tag and attributes alone: never content, hidden, a block,
page furniture of some kind, or one of the story's own non-body parts.

Class, id and aria-label values are matched camelCase-split and lower-cased. Each pattern's
left guard keeps "ad" from matching inside "header"; its right guard keeps "comment" from
matching "commentary".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

__all__ = [
    "BLOCK_TAGS",
    "LINK_LIST_TAGS",
    "ROOT_TAGS",
    "SKIP_TAGS",
    "furniture_role",
    "haystack",
    "headed_boxes",
    "heading_role",
    "is_hidden",
    "own_role",
]

Attrs = Mapping[str, str | None]

# Never content, so never walked into: no text of theirs is read (JSON-LD scripts, <meta>
# and <title> are read as data before they are skipped).
SKIP_TAGS = frozenset(
    "applet audio base button canvas datalist dialog embed frame frameset iframe input label"
    " link map meta noscript object optgroup option param picture script select source style"
    " svg template textarea title track video".split()
)

# Elements that start and end a block of text; everything else is inline.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dir div dl dt fieldset"
    " figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main"
    " menu nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)

# Containers that the text-density fallback may pick as the content root; a single
# paragraph or list item never is, however long.
ROOT_TAGS = frozenset({"article", "body", "center", "div", "main", "section", "td"})

# Containers dropped when they are mostly links: menus, tag clouds, "read more" lists.
LINK_LIST_TAGS = frozenset({"div", "dl", "menu", "ol", "section", "table", "ul"})

_DROP_TAGS = frozenset({"form", "nav"})
_ROLE_ATTR = {
    "alertdialog": "drop",
    "banner": "drop",
    "complementary": "sidebar",
    "contentinfo": "footer",
    "dialog": "drop",
    "menu": "drop",
    "menubar": "drop",
    "navigation": "drop",
    "search": "drop",
    "toolbar": "drop",
}

# Furniture by the role it plays; "drop" is furniture nobody reads (menus, ads, banners),
# "weak" is a box that hides the story behind a prompt or holds the story itself (a paywall
# whose full text is in the HTML), told apart by how much text it holds.
_FURNITURE_PATTERNS = (
    ("comments", r"comments?|comment[-_]\w+|commentlist|disqus\w*|respond|replies"),
    (
        "similar-jobs",
        r"(?:similar|related|recommended|suggested)[-_ ]?(?:jobs?|vacanc\w*|roles?|positions?"
        r"|openings?|listings?)\w*|job[-_]?recs?|jobs?[-_]?(?:you[-_]?may[-_]?like|like[-_]?this)",
    ),
    (
        "openings",
        r"(?:more|other|open|current|all)[-_ ]?(?:jobs?|vacanc\w*|roles?|positions?|openings?)\w*",
    ),
    (
        "teaser",
        r"related\w*|more[-_ ]?(?:stories|from|news|on|coverage|articles|headlines|like[-_ ]this)"
        r"|read[-_ ]?(?:next|more|also)|up[-_ ]?next|recommend\w*|trending\w*|popular\w*"
        r"|most[-_ ]?(?:read|popular|viewed|shared)|outbrain\w*|taboola\w*|promo|promos"
        r"|promo[-_]\w+|teasers?|teaser[-_]\w+|also[-_]?(?:read|like)|you[-_]?may[-_]?like"
        r"|further[-_]?reading|in[-_]?case[-_]?you[-_]?missed\w*|more[-_]?in\w*|next[-_]?up",
    ),
    ("sidebar", r"sidebar\w*|side[-_]?bar|rail|right[-_]?(?:rail|col\w*)|widgets?"),
    ("footer", r"footer\w*|site[-_]?footer\w*|colophon"),
    ("weak", r"paywall\w*|premium\w*|subscriber[-_]?only|locked|meter\w*|piano\w*"),
    (
        "drop",
        r"ads?|advert\w*|adslot\w*|adunit\w*|adsbygoogle|dfp\w*|sponsor\w*"
        r"|breadcrumbs?\w*"
        r"|cookies?\w*|consent\w*|gdpr\w*|onetrust\w*"
        r"|newsletters?\w*|subscribe\w*|subscription\w*|sign[-_]?up|signup\w*|donate\w*"
        r"|share|shares|sharing|share[-_]?(?:bar|buttons?|links?|tools?|this|article)\w*"
        r"|social\w*"
        r"|nav|navbar|navigation|menus?|menu[-_]\w+"
        r"|site[-_]?(?:header|nav)\w*|masthead"
        r"|modal|popup|pagination|pager|skip[-_]?(?:link|to)\w*|jump[-_]?link\w*|addthis\w*"
        r"|print[-_]?only|toolbar|tools|utility[-_]?bar|audio[-_]?player\w*"
        # MediaWiki: "[edit]" links, citation markers and lists, navigation boxes, categories.
        r"|editsection\w*|references?|reflist|navbox\w*|catlinks|noprint",
    ),
)
_FURNITURE_RE = re.compile(
    "|".join(
        f"(?P<{name.replace('-', '_')}>(?<![a-z0-9])(?:{pattern})(?![a-z]))"
        for name, pattern in _FURNITURE_PATTERNS
    )
)

# The story's own parts that are not its body: read, but known for what they are.
_OWN_PATTERNS = (
    (
        "caption",
        r"(?:wp-)?caption\w*|figcaption|credits?|photo[-_]?credit\w*|image[-_]?(?:credit|caption)"
        r"\w*|media[-_]?(?:credit|caption)\w*|gallery\w*|slideshow\w*|carousel\w*|lightbox\w*",
    ),
    (
        "byline",
        r"byline\w*|by[-_]?line|author\w*|dateline\w*|date|dates|pubdate|timestamp\w*"
        r"|publish\w*|posted[-_]?(?:on|at|by)?|post[-_]?(?:meta|date|info)|article[-_]?"
        r"(?:meta|info|date|details)|entry[-_]?(?:meta|date)|meta[-_]?(?:data|info|line)"
        r"|contributors?|reporter\w*|writer\w*|updated\w*",
    ),
    (
        "label",
        r"kicker\w*|eyebrow\w*|overline|flag|tags?|tag[-_]?list|tag[-_]?links|topics?"
        r"|categor(?:y|ies)|section[-_]?(?:name|label|title)|labels?",
    ),
)
_OWN_RE = re.compile(
    "|".join(f"(?P<{name}>(?<![a-z0-9])(?:{pattern})(?![a-z]))" for name, pattern in _OWN_PATTERNS)
)
# Headings that open a box of other pages' teasers or other jobs, read whole (a count or a
# colon after them aside): "Similar vacancies", "Jobs you may like", "Most read", "Trending
# now", "You might also like", "More from Business". A heading is the surest mark such a box
# has: its class names are the site's own ("vac-list", "rail-module") and may say nothing.
_JOBS = r"(?:jobs?|vacanc(?:y|ies)|roles?|positions?|openings?|opportunit(?:y|ies)|postings?)"
_LIKE = (
    r"(?:you|we think you) (?:may|might|could|would) (?:also )?(?:like|enjoy|be interested in)"
    r"|for you|near you|like this(?: one)?|similar to this(?: one)?|nearby"
)
_HEADING_PATTERNS = (
    (
        "similar-jobs",
        rf"(?:(?:similar|related|recommended|suggested)(?: open| current| live)? {_JOBS}"
        rf"(?: (?:{_LIKE}|in [\w .'-]+))?"
        rf"|{_JOBS} (?:{_LIKE})"
        r"|(?:people|candidates|job ?seekers|applicants|others)(?: who viewed this \w+)? also"
        r" (?:viewed|applied(?: for| to)?|searched(?: for)?|looked at|saw|liked))",
    ),
    (
        "openings",
        rf"(?:(?:other|more|featured|latest|new|all)(?: open| current| live)? {_JOBS}"
        rf"(?: (?:at|with|in) [\w .&'-]+)?|(?:current |open )?{_JOBS} at [\w .&'-]+)",
    ),
    (
        "teaser",
        r"(?:trending(?: now| today| this week| stories| news| articles| topics)?"
        r"|most (?:read|popular|viewed|shared|emailed|commented|watched|recent)"
        r"(?: stories| articles| news| today| this week| now)?"
        r"|popular(?: now| today| stories| articles| news| this week)?"
        r"|related(?: stories| articles| news| coverage| content| reading| links| topics| posts)?"
        rf"|(?:you )?(?:may|might) also (?:like|enjoy|be interested in)|{_LIKE}"
        r"|recommended(?: for you| reading| stories| articles| content)?"
        r"|(?:read|see|watch) (?:more|next|also|this next)|what to read next|up next"
        r"|further reading|more (?:stories|news|headlines|articles|coverage|to read)"
        r"|more (?:from|on|in|about) [\w .&'-]+|also (?:in|on) [\w .&'-]+|in other news"
        r"|top (?:stories|news|headlines)|latest (?:news|stories|headlines)"
        r"|editors?'?s? picks?|don'?t miss|in case you missed it|you missed)",
    ),
)
_HEADING_RE = re.compile(
    "|".join(f"(?P<{name.replace('-', '_')}>{pattern})" for name, pattern in _HEADING_PATTERNS)
)
# A heading longer than this is a headline, not the name of a box.
_HEADING_MAX = 60
# An element with more text than this is no heading (the count leaves room for a number
# of entries or an arrow beside the words).
_HEADING_TEXT = 80
_ENTRY_TAGS = frozenset({"a", "li", "dd", "td"})
_CAMEL_RE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Class names that hide an element on every screen (not "hidden-xs" and the like, which
# hide it on some).
_HIDDEN_CLASSES = frozenset(
    "hidden hide is-hidden d-none invisible sr-only visually-hidden visuallyhidden"
    " screen-reader-text screenreader-only element-invisible u-hidden".split()
)
_OWN_TAGS = {"figcaption": "caption", "figure": "caption", "address": "byline", "h1": "title"}


def haystack(attrs: Attrs) -> str:
    """The class, id and aria-label of an element, camelCase split and lower-cased."""
    words = " ".join(value for key in ("class", "id", "aria-label") if (value := attrs.get(key)))
    return _CAMEL_RE.sub("-", words).lower() if words else ""


def is_hidden(attrs: Attrs) -> bool:
    """True when the element is not shown: ``hidden``, ``aria-hidden``, an inline style or
    a class whose only use is hiding."""
    if "hidden" in attrs:
        return True
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE_RE.search(style):
        return True
    classes = attrs.get("class")
    return classes is not None and not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())


def furniture_role(tag: str, attrs: Attrs, words: str, in_article: bool) -> str:
    """The furniture an element is ("comments", "teaser", "sidebar", "footer", "similar-jobs",
    "openings", "weak", "drop"), or "" for none."""
    if tag in _DROP_TAGS:
        return "drop"
    if tag == "aside":
        # An aside whose names say it lists jobs like this one, or the employer's other
        # openings ("similar-jobs"), is that box: read as such, not as a sidebar.
        match = _FURNITURE_RE.search(words) if words else None
        jobs = (match.lastgroup or "").replace("_", "-") if match else ""
        return jobs if jobs in ("similar-jobs", "openings") else "sidebar"
    if tag == "footer":
        return "footer"
    if tag == "header" and not in_article:
        return "drop"
    if tag in ("html", "body"):
        return ""
    role = attrs.get("role")
    if role and (kind := _ROLE_ATTR.get(role.strip().lower())):
        return kind
    if words and (match := _FURNITURE_RE.search(words)):
        return (match.lastgroup or "drop").replace("_", "-")
    return ""


def own_role(tag: str, attrs: Attrs, words: str) -> str:
    """The story's own non-body part an element is ("title", "byline", "caption", "label"),
    or "" for none."""
    if role := _OWN_TAGS.get(tag):
        return role
    if tag == "time":
        return "byline"
    prop = attrs.get("itemprop")
    if prop in ("author", "datePublished", "dateModified", "dateCreated"):
        return "byline"
    if prop in ("caption", "description") and tag != "div":
        return "caption"
    if attrs.get("rel") == "author":
        return "byline"
    if words and (match := _OWN_RE.search(words)):
        return match.lastgroup or ""
    return ""


def heading_role(text: str) -> str:
    """The box a heading opens when it names other pages' teasers ("teaser"), jobs like
    this one ("similar-jobs") or the employer's other openings ("openings"), or "" for a
    heading of the page's own."""
    text = re.sub(r"[\s:.\u2026\u203a\u00bb>|-]+$|\s*\(\d+\)$|\s+\d+$", "", text.strip())
    text = " ".join(text.lower().replace("\u2019", "'").split())
    if not text or len(text) > _HEADING_MAX:
        return ""
    match = _HEADING_RE.fullmatch(text)
    return (match.lastgroup or "").replace("_", "-") if match else ""


def headed_boxes(
    names: Sequence[str],
    parents: Sequence[int],
    ends: Sequence[int],
    total: Sequence[int],
    first: Sequence[int],
    text_of: Callable[[int], str],
    body: int,
) -> dict[int, str]:
    """The boxes that a heading names as other pages' teasers or other jobs, by element,
    with the role (:func:`heading_role`), over a page flattened in document order.

    ``names[i]`` is an element's tag ("" for text), ``parents[i]`` its parent, and its
    subtree runs to ``ends[i]``; ``total[i]`` is the length of its text and ``first[i]``
    the first text item with words in it (-1 for none). A heading is a ``<h2>``..``<h6>``
    or a short element that opens its parent (not a link or a list entry). Its box is the
    smallest element it opens that holds more than it; a ``<h2>``..``<h6>`` in the flow of
    its parent names itself and its next siblings up to the next heading of its level or
    above. Only candidates are read as text: elements of a line or less that a page's
    text starts a box with.
    """
    out: dict[int, str] = {}
    for i in range(body + 1, len(names)):
        if not names[i] or not 0 < total[i] <= _HEADING_TEXT:
            continue
        level = _heading_level(names[i])
        parent = parents[i]
        # A link or a list entry is an entry of a box, not its heading.
        if not (level or (first[parent] == first[i] and names[i] not in _ENTRY_TAGS)):
            continue
        role = heading_role(text_of(i))
        if not role:
            continue
        box = parent
        while box != body and first[box] == first[i] and total[box] == total[i]:
            box = parents[box]
        if box != body and first[box] == first[i]:
            out.setdefault(box, role)
        elif level:
            out.setdefault(i, role)
            j = ends[i]
            while j < ends[parent]:
                if names[j]:
                    if 0 < _heading_level(names[j]) <= level:
                        break
                    out.setdefault(j, role)
                j = ends[j]
    return out


def _heading_level(name: str) -> int:
    """2 to 6 for the headings that name a part of a page (``<h2>``..``<h6>``), else 0."""
    return int(name[1]) if len(name) == 2 and name[0] == "h" and name[1] in "23456" else 0
