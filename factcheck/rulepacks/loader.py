"""Load rule packs from folders, validating everything with ``path:line:col`` errors.

A pack is a folder holding ``pack.yaml`` (name, version, description), knowledge tables
under ``knowledge/`` and one YAML file per rule anywhere else in the folder. A rule's id
is its path inside the pack, e.g. ``core/salary/range.yaml`` is ``core.salary.range``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.errors import RuleError
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import CAPTURE_KINDS, MACRO, Macros
from factcheck.rulepacks.regexes import compile_pattern
from factcheck.rulepacks.ruleset import Example, Pack, Rule, RuleSet
from factcheck.rulepacks.yamlnodes import Node, check_keys, load_yaml, suggest

RULE_KEYS = {
    "type",
    "description",
    "pattern",
    "set",
    "context",
    "scope",
    "priority",
    "examples",
    "yield_to",
}
TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_RAW_GROUP = re.compile(r"\(\?P<([A-Za-z_]\w*)>")
_ID_PART = re.compile(r"[A-Za-z0-9_-]+")
# Python's regex parser recurses once per nested group and runs out of stack at a few
# hundred; the built-in packs nest about a dozen deep.
MAX_GROUP_DEPTH = 100


def builtin_rules_dir() -> Path:
    """The folder of the built-in packs: inside the installed package, or the source tree."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError("built-in rule packs are missing from this installation", str(here))


def find_packs(root: Path) -> list[Path]:
    """Pack folders at or below ``root`` (a folder holding ``pack.yaml`` is a pack)."""
    if not root.exists():
        raise RuleError("no such rules folder", str(root))
    if (root / "pack.yaml").is_file():
        return [root]
    packs = sorted(p.parent for p in root.glob("*/pack.yaml"))
    if not packs:
        raise RuleError("no rule pack here (a pack is a folder with a pack.yaml)", str(root))
    return packs


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _load_pack_meta(folder: Path) -> tuple[str, str, str]:
    node = load_yaml(folder / "pack.yaml", _display(folder / "pack.yaml"))
    meta = check_keys(node, {"name", "version", "description"}, frozenset({"name"}))
    name = meta["name"].text()
    if not re.fullmatch(r"[a-z][a-z0-9_-]*", name):
        raise meta["name"].error("pack names are lowercase letters, digits, '-' and '_'")
    version = str(meta["version"].value) if "version" in meta else "0"
    description = meta["description"].text() if "description" in meta else ""
    return name, version, description


def _expand(pattern_node: Node, macros: Macros) -> tuple[str, dict[str, str], list[_Span]]:
    """Replace macros in a pattern by their regex, returning it, its capture kinds and
    where each macro went (to map a compile error back to the pattern as written)."""
    pattern = pattern_node.text("a regular expression")
    captures: dict[str, str] = {}
    spans: list[_Span] = []

    def replace(m: re.Match[str]) -> str:
        out = _replacement(m)
        shift = spans[-1].shift if spans else 0
        spans.append(_Span(m.start(), m.end(), m.start() + shift, m.start() + shift + len(out)))
        return out

    def _replacement(m: re.Match[str]) -> str:
        kind, arg, name, number = m.group(1), m.group(2), m.group(3), m.group(4)
        fragment = macros.fragment(kind, arg)
        if fragment is None:
            if kind == "words" and arg:
                lists = macros.knowledge.lexicon
                raise pattern_node.error_at(
                    m.group(0), f"no lexicon list named '{arg}' ({suggest(arg, lists, 'lists')})"
                )
            what = f"{kind}({arg})" if arg else kind
            hint = suggest(kind, CAPTURE_KINDS, "macros")
            raise pattern_node.error_at(m.group(0), f"unknown macro '{{{what}}}' ({hint})")
        if name is None:
            return f"(?:{fragment})"
        if kind not in CAPTURE_KINDS:
            raise pattern_node.error_at(m.group(0), f"macro '{{{kind}}}' cannot capture")
        group = f"{name}__{number}" if number else name
        if group in captures:
            raise pattern_node.error_at(
                m.group(0),
                f"capture '{name}' used twice; write '{name}#2' for another",
                nth=pattern.count(m.group(0), 0, m.start()),
            )
        captures[group] = kind
        return f"(?P<{group}>{fragment})"

    expanded = MACRO.sub(replace, pattern)
    for raw in _RAW_GROUP.findall(pattern):
        captures.setdefault(raw, "text")
    return expanded, captures, spans


@dataclass(frozen=True)
class _Span:
    """A macro's place in the pattern as written and in the expanded regex."""

    start: int
    end: int
    expanded_start: int
    expanded_end: int

    @property
    def shift(self) -> int:
        """How much longer the regex is than the pattern, up to this macro's end."""
        return self.expanded_end - self.end


# What the depth check reads of a pattern: an escape, a character class (where
# parentheses are literals; a ']' first in it is one too), or a parenthesis. Matching
# them with one regex instead of a loop over every character took the check from some
# 40 ms to a few for the built-in packs.
_DEPTH_TOKEN = re.compile(r"\\.?|\[\^?\]?(?:\\.?|[^\]\\])*\]?|[()]", re.DOTALL)


def _check_depth(pattern: str) -> None:
    """Raise ``re.error`` at the group that opens nesting level :data:`MAX_GROUP_DEPTH`
    + 1, before the parser is given a pattern that would exhaust its stack."""
    depth = 0
    for token in _DEPTH_TOKEN.finditer(pattern):
        if token[0] == "(":
            depth += 1
            if depth > MAX_GROUP_DEPTH:
                raise re.error(
                    f"groups nested more than {MAX_GROUP_DEPTH} deep", pattern, token.start()
                )
        elif token[0] == ")":
            depth = max(0, depth - 1)


def _compile_error(node: Node, exc: re.error, spans: list[_Span]) -> RuleError:
    """A compile error located at the character of the pattern it concerns."""
    message = f"regular expression does not compile: {exc.msg}"
    if exc.pos is None:
        return node.error(message)
    offset = exc.pos
    for span in spans:
        if span.expanded_start <= exc.pos < span.expanded_end:
            offset = span.start
            break
        if span.expanded_end <= exc.pos:
            offset = exc.pos - span.shift
    return node.error_at_offset(offset, message)


def _load_examples(node: Node) -> tuple[Example, ...]:
    spec = check_keys(node, {"match", "no_match"}, frozenset({"match"}))
    out: list[Example] = []
    if not spec["match"].sequence("a list of examples"):
        raise spec["match"].error("a rule needs at least one sentence it must match")
    for item in spec["match"].sequence("a list of examples"):
        if isinstance(item.value, str):
            out.append(Example(item.value, True, {}, item.path, item.line, item.column))
            continue
        ex = check_keys(item, {"text", "fields"}, frozenset({"text"}))
        fields = (
            ex["fields"].mapping("a mapping of field names to values") if "fields" in ex else {}
        )
        out.append(
            Example(
                ex["text"].text(),
                True,
                {k: v.plain() for k, v in fields.items()},
                item.path,
                item.line,
                item.column,
            )
        )
    for item in spec["no_match"].sequence("a list of sentences") if "no_match" in spec else ():
        out.append(Example(item.text(), False, {}, item.path, item.line, item.column))
    return tuple(out)


def _whole(node: Node, what: str, minimum: int | None = None) -> int:
    value = node.number(what)
    if value != int(value) or (minimum is not None and value < minimum):
        at_least = f" of at least {minimum}" if minimum is not None else ""
        raise node.error(f"expected a whole number{at_least}")
    return int(value)


def load_rule(path: Path, rule_id: str, macros: Macros) -> Rule:
    """Load and compile one rule file."""
    node = load_yaml(path, _display(path))
    spec = check_keys(node, RULE_KEYS, frozenset({"type", "pattern", "examples"}))
    claim_type = spec["type"].text()
    if not TYPE_NAME.match(claim_type):
        raise spec["type"].error("claim types are lowercase names such as 'salary'")
    expanded, captures, spans = _expand(spec["pattern"], macros)
    try:
        _check_depth(expanded)
        regex = compile_pattern(expanded, re.IGNORECASE)
    except re.error as exc:
        raise _compile_error(spec["pattern"], exc, spans) from None
    except RecursionError:
        raise spec["pattern"].error("regular expression is nested too deeply") from None
    context_words, within, after = None, 12, None
    if "context" in spec:
        ctx = check_keys(spec["context"], {"words", "within", "after"}, frozenset({"words"}))
        context_words = ctx["words"].text()
        lists = macros.knowledge.lexicon
        if context_words not in lists:
            hint = suggest(context_words, lists, "lists")
            raise ctx["words"].error(f"no lexicon list named '{context_words}' ({hint})")
        if "within" in ctx:
            within = _whole(ctx["within"], "a number of words", minimum=1)
        if "after" in ctx:
            after = _whole(ctx["after"], "a number of words", minimum=0)
    scope = spec["scope"].text() if "scope" in spec else "match"
    if scope not in ("match", "sentence"):
        raise spec["scope"].error("scope is 'match' or 'sentence'")
    priority = _whole(spec["priority"], "a whole number") if "priority" in spec else 0
    constants = {k: v.plain() for k, v in spec["set"].mapping().items()} if "set" in spec else {}
    yield_to = (
        tuple(spec["yield_to"].strings("a list of claim types")) if "yield_to" in spec else ()
    )
    for bad in (t for t in yield_to if not TYPE_NAME.match(t)):
        raise spec["yield_to"].error_at(bad, f"'{bad}' is not a claim type name")
    examples = _load_examples(spec["examples"])
    return Rule(
        id=rule_id,
        type=claim_type,
        description=spec["description"].text() if "description" in spec else "",
        pattern=spec["pattern"].value,
        regex=regex,
        captures=captures,
        constants=constants,
        context_words=context_words,
        context_within=within,
        context_after=within if after is None else after,
        scope=scope,
        priority=priority,
        yield_to=yield_to,
        examples=examples,
        path=node.path,
        line=node.line,
    )


def load_rules(dirs: Iterable[Path] = (), *, builtin: bool = True) -> RuleSet:
    """Load the built-in packs (unless ``builtin`` is False) and the packs under ``dirs``.

    Knowledge from every pack is merged first, so a user pack that adds a union or a
    currency extends the built-in rules too. Raises :class:`RuleError` on any problem.
    """
    roots = ([builtin_rules_dir()] if builtin else []) + [Path(d) for d in dirs]
    # A pack named twice (``--rules`` and the config, say) is loaded once.
    folders = list(dict.fromkeys(pack.resolve() for root in roots for pack in find_packs(root)))
    knowledge = Knowledge()
    metas: list[tuple[Path, str, str, str]] = []
    seen: dict[str, Path] = {}
    for folder in folders:
        _check_file_names(folder)
        name, version, description = _load_pack_meta(folder)
        if name in seen:
            raise RuleError(
                f"pack name '{name}' is also used by {_display(seen[name])}",
                _display(folder / "pack.yaml"),
                1,
                1,
            )
        seen[name] = folder
        metas.append((folder, name, version, description))
        for table in sorted((folder / "knowledge").rglob("*.yaml")):
            knowledge.load(load_yaml(table, _display(table)))
    knowledge.check_members()
    knowledge.add_world_currencies()
    macros = Macros(knowledge)
    ruleset = RuleSet(knowledge=knowledge, macros=macros)
    for folder, name, version, description in metas:
        count = 0
        for path in sorted(folder.rglob("*.yaml")):
            rel = path.relative_to(folder)
            if rel.parts[0] == "knowledge" or rel.name == "pack.yaml":
                continue
            rule_id = ".".join((name, *rel.with_suffix("").parts))
            ruleset.rules.append(load_rule(path, rule_id, macros))
            count += 1
        ruleset.packs.append(Pack(name, version, description, _display(folder), count))
    return ruleset


def _check_file_names(folder: Path) -> None:
    """Rule ids come from paths: a name with a dot or a space would make an id that
    another file could also make, and a ``.yml`` file would be silently skipped."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if path.is_file() and path.suffix == ".yml":
            raise RuleError(
                "rule and knowledge files end in '.yaml', not '.yml'", _display(path), 1, 1
            )
        if path.is_file() and path.suffix != ".yaml":
            continue
        stem = rel.parts[-1].removesuffix(".yaml")
        if not _ID_PART.fullmatch(stem):
            raise RuleError(
                "file and folder names in a pack are letters, digits, '-' and '_' "
                "(a rule's id is its path)",
                _display(path),
                1 if path.is_file() else None,
                1 if path.is_file() else None,
            )
