"""Load rule packs from folders, validating everything with ``path:line:col`` errors.

A pack is a folder holding ``pack.yaml`` (name, version, description), knowledge tables
under ``knowledge/`` and one YAML file per rule anywhere else in the folder. A rule's id
is its path inside the pack, e.g. ``core/salary/range.yaml`` is ``core.salary.range``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import RuleError
from factcheck.rulepacks.knowledge import Knowledge
from factcheck.rulepacks.macros import CAPTURE_KINDS, MACRO, Macros
from factcheck.rulepacks.ruleset import Example, Pack, Rule, RuleSet
from factcheck.rulepacks.yamlnodes import Node, check_keys, load_yaml

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


def _expand(pattern_node: Node, macros: Macros) -> tuple[str, dict[str, str]]:
    """Replace macros in a pattern by their regex, returning it and its capture kinds."""
    pattern = pattern_node.text("a regular expression")
    captures: dict[str, str] = {}

    def replace(m: re.Match[str]) -> str:
        kind, arg, name, number = m.group(1), m.group(2), m.group(3), m.group(4)
        fragment = macros.fragment(kind, arg)
        if fragment is None:
            what = f"{kind}({arg})" if arg else kind
            raise pattern_node.error(f"unknown macro '{{{what}}}'")
        if name is None:
            return f"(?:{fragment})"
        if kind not in CAPTURE_KINDS:
            raise pattern_node.error(f"macro '{{{kind}}}' cannot capture")
        group = f"{name}__{number}" if number else name
        if group in captures:
            raise pattern_node.error(f"capture '{name}' used twice; write '{name}#2' for another")
        captures[group] = kind
        return f"(?P<{group}>{fragment})"

    expanded = MACRO.sub(replace, pattern)
    for raw in _RAW_GROUP.findall(pattern):
        captures.setdefault(raw, "text")
    return expanded, captures


def _load_examples(node: Node) -> tuple[Example, ...]:
    spec = check_keys(node, {"match", "no_match"}, frozenset({"match"}))
    out: list[Example] = []
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


def load_rule(path: Path, rule_id: str, macros: Macros) -> Rule:
    """Load and compile one rule file."""
    node = load_yaml(path, _display(path))
    spec = check_keys(node, RULE_KEYS, frozenset({"type", "pattern", "examples"}))
    claim_type = spec["type"].text()
    if not TYPE_NAME.match(claim_type):
        raise spec["type"].error("claim types are lowercase names such as 'salary'")
    expanded, captures = _expand(spec["pattern"], macros)
    try:
        regex = re.compile(expanded, re.IGNORECASE)
    except re.error as exc:
        raise spec["pattern"].error(f"regular expression does not compile: {exc.msg}") from None
    context_words, within = None, 12
    if "context" in spec:
        ctx = check_keys(spec["context"], {"words", "within"}, frozenset({"words"}))
        context_words = ctx["words"].text()
        if context_words not in macros.knowledge.lexicon:
            raise ctx["words"].error(f"no lexicon list named '{context_words}'")
        if "within" in ctx:
            within = int(ctx["within"].number("a number of words"))
    scope = spec["scope"].text() if "scope" in spec else "match"
    if scope not in ("match", "sentence"):
        raise spec["scope"].error("scope is 'match' or 'sentence'")
    priority = int(spec["priority"].number()) if "priority" in spec else 0
    constants = {k: v.plain() for k, v in spec["set"].mapping().items()} if "set" in spec else {}
    yield_to = (
        tuple(spec["yield_to"].strings("a list of claim types")) if "yield_to" in spec else ()
    )
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
    folders = [pack for root in roots for pack in find_packs(root)]
    knowledge = Knowledge()
    metas: list[tuple[Path, str, str, str]] = []
    seen: dict[str, Path] = {}
    for folder in folders:
        name, version, description = _load_pack_meta(folder)
        if name in seen and seen[name] != folder:
            raise RuleError(
                f"pack name '{name}' is also used by {seen[name]}",
                _display(folder / "pack.yaml"),
                1,
                1,
            )
        seen[name] = folder
        metas.append((folder, name, version, description))
        for table in sorted((folder / "knowledge").glob("*.yaml")):
            knowledge.load(load_yaml(table, _display(table)))
    knowledge.check_members()
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
