"""Knowledge tables of a rule pack: organisations, currencies, numbers, periods,
qualifiers, job-title words and word lists. Loaded from YAML and validated."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from factcheck.rulepacks.worldmoney import (
    NOT_CODES,
    last_words,
    lettered_symbol,
    symbol_owners,
    world_currencies,
)
from factcheck.rulepacks.yamlnodes import Node, check_keys, suggest

KINDS = (
    "organisations",
    "currencies",
    "numbers",
    "periods",
    "qualifiers",
    "job_titles",
    "lexicon",
)
QUALIFIER_EFFECTS = ("approx", "near_below", "near_above", "upper", "lower", "ceiling", "floor")


@dataclass(frozen=True)
class Organisation:
    """An organisation and the names it goes by."""

    name: str
    category: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...] = ()
    context_words: tuple[str, ...] = ()
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class Currency:
    """A currency and the symbols and words that mark it."""

    code: str
    symbols: tuple[str, ...]
    words: tuple[str, ...]
    # Words that are money only just after a figure, being common words elsewhere: "4.2
    # million won" is money, "the union won" is not.
    after_figure: tuple[str, ...] = ()
    # Symbols with letters that are money only just before a figure, and only as written:
    # "Ft 480 000" is forints, "40 ft" a length; "S/ 1,400" is soles, "and/or" none.
    before_figure: tuple[str, ...] = ()


@dataclass
class Knowledge:
    """Everything the rule packs know, merged across packs."""

    organisations: dict[str, Organisation] = field(default_factory=dict)
    currencies: dict[str, Currency] = field(default_factory=dict)
    default_currency: str | None = None
    magnitudes: dict[str, float] = field(default_factory=dict)
    number_words: dict[str, float] = field(default_factory=dict)
    fractions: dict[str, float] = field(default_factory=dict)
    figures: dict[str, int] = field(default_factory=dict)
    periods: dict[str, float] = field(default_factory=dict)  # name -> per year
    period_phrases: dict[str, str] = field(default_factory=dict)  # phrase -> name
    implied_periods: dict[str, str] = field(default_factory=dict)  # word -> name
    periods_by_size: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)  # phrase -> effect
    tolerance: float = 0.1
    roles: set[str] = field(default_factory=set)
    # Endings that make a word an occupation ("-ist", "-wright"), for titles no list has.
    role_endings: set[str] = field(default_factory=set)
    not_roles: set[str] = field(default_factory=set)
    hired_roles: set[str] = field(default_factory=set)
    seniority: set[str] = field(default_factory=set)
    abbreviations: dict[str, str] = field(default_factory=dict)
    posting_words: set[str] = field(default_factory=set)
    lexicon: dict[str, set[str]] = field(default_factory=dict)
    antonyms: dict[str, set[str]] = field(default_factory=dict)
    superlatives: set[str] = field(default_factory=set)
    # Words that say the same thing when statements are compared ("film", "movie").
    synonyms: dict[str, set[str]] = field(default_factory=dict)
    # Trades a wider one takes in: "journalists" are reporters, editors and the
    # newsroom; the first word of each group is the wider trade.
    trades: dict[str, set[str]] = field(default_factory=dict)
    # Lexicon lists whose words exclude one another ("French" is not "American").
    exclusive: list[str] = field(default_factory=list)
    # Pairs of lexicon lists that exclude each other ("at first" / "at its peak").
    opposed: list[tuple[str, str]] = field(default_factory=list)
    # Lexicon lists that mark a figure as being about another time or place: a marked
    # figure does not speak to an unmarked claim ("the previous rate was $39.80").
    marked: list[str] = field(default_factory=list)
    pay_levels: dict[str, float] = field(default_factory=dict)
    # Whether a currencies table asked for every currency CLDR knows (``world: true``).
    world: bool = False
    # From CLDR: the last words of currencies' names, read after a figure and after the
    # capitalised words of a name ("540,000 Kazakhstani tenge"), and the whole names in
    # small letters to their code, which decide a word several write ("Namibian dollars").
    currency_words: frozenset[str] = frozenset()
    currency_names: dict[str, str] = field(default_factory=dict)
    # Where each organisation's member list was written, to point at unknown members.
    _member_nodes: dict[str, Node] = field(default_factory=dict, repr=False)

    def check_members(self) -> None:
        """Raise a located error if a group lists a member no table defines."""
        for name, node in self._member_nodes.items():
            for item in node.sequence():
                if item.value not in self.organisations:
                    raise item.error(f"'{name}' lists unknown member '{item.value}'")

    def words(self, name: str) -> set[str]:
        """A lexicon list by name (empty when no pack defines it)."""
        return self.lexicon.get(name, set())

    def takes_in(self, wider: str, trade: str) -> bool:
        """True when the trade ``wider`` takes in ``trade`` ("journalists" take in
        "reporters" and "the newsroom"), both in small letters."""
        return trade in self.trades.get(wider, set())

    def members_of(self, name: str) -> tuple[str, ...]:
        """The member organisations of a group, by canonical name."""
        org = self.organisations.get(name)
        return org.members if org else ()

    def related(self, names: Iterable[str]) -> set[str]:
        """Names plus the groups they belong to and the members they stand for: a strike
        against the Detroit Three is one against Ford, and the other way round."""
        out: set[str] = set()
        for name in names:
            out.add(name)
            out.update(self.groups_of(name))
            out.update(self.members_of(name))
        return out

    def groups_of(self, name: str) -> list[str]:
        """The groups an organisation belongs to."""
        return [o.name for o in self.organisations.values() if name in o.members]

    def load(self, node: Node) -> None:
        """Add the table in ``node`` (a whole knowledge file) to what is known."""
        top = node.mapping()
        kind_node = top.get("kind")
        if kind_node is None:
            raise node.error("missing required key 'kind'")
        kind = kind_node.text()
        if kind not in KINDS:
            raise kind_node.error(
                f"unknown knowledge kind '{kind}' ({suggest(kind, KINDS, 'known')})"
            )
        getattr(self, f"_load_{kind}")(node)

    def _load_organisations(self, node: Node) -> None:
        top = check_keys(node, {"kind", "entries"}, frozenset({"entries"}))
        for entry in top["entries"].sequence("a list of organisations"):
            e = check_keys(
                entry,
                {"name", "category", "aliases", "context_aliases", "members"},
                frozenset({"name", "aliases"}),
            )
            ctx_aliases: list[str] = []
            ctx_words: list[str] = []
            if "context_aliases" in e:
                c = check_keys(
                    e["context_aliases"], {"aliases", "when"}, frozenset({"aliases", "when"})
                )
                ctx_aliases = c["aliases"].strings()
                ctx_words = c["when"].strings()
            name = e["name"].text()
            self.organisations[name] = Organisation(
                name=name,
                category=e["category"].text() if "category" in e else "organisation",
                aliases=tuple(dict.fromkeys([name, *e["aliases"].strings()])),
                context_aliases=tuple(ctx_aliases),
                context_words=tuple(ctx_words),
                members=tuple(e["members"].strings()) if "members" in e else (),
            )
            if "members" in e:
                self._member_nodes[name] = e["members"]

    def _load_currencies(self, node: Node) -> None:
        top = check_keys(
            node,
            {"kind", "entries", "shared_words", "shared_symbols", "world"},
            frozenset({"entries"}),
        )
        if "world" in top:
            if not isinstance(top["world"].value, bool):
                raise top["world"].error("expected true or false")
            self.world = self.world or top["world"].value
        # A word or symbol several currencies write ("pesos", "kr") names any of them: its
        # code is theirs joined by "|" (claims/amounts.currencies_meet reads it).
        for key in ("shared_words", "shared_symbols"):
            if key not in top:
                continue
            for mark, codes_node in top[key].mapping().items():
                codes = tuple(codes_node.strings())
                for code in codes:
                    if not re.fullmatch(r"[A-Z]{3}", code):
                        raise codes_node.error(
                            f"expected three-letter currency codes, got {code!r}"
                        )
                if len(codes) < 2:
                    raise codes_node.error("a shared mark names two currencies or more")
                family = "|".join(codes)
                known = self.currencies.get(family) or Currency(family, (), ())
                if key == "shared_words":
                    known = Currency(family, known.symbols, (*known.words, mark))
                else:
                    known = Currency(family, (*known.symbols, mark), known.words)
                self.currencies[family] = known
        for entry in top["entries"].sequence("a list of currencies"):
            e = check_keys(
                entry, {"code", "symbols", "words", "after_figure", "default"}, frozenset({"code"})
            )
            code = e["code"].text()
            self.currencies[code] = Currency(
                code=code,
                symbols=tuple(e["symbols"].strings()) if "symbols" in e else (),
                words=tuple(e["words"].strings()) if "words" in e else (),
                after_figure=tuple(e["after_figure"].strings()) if "after_figure" in e else (),
            )
            if "default" in e:
                if not isinstance(e["default"].value, bool):
                    raise e["default"].error("expected true or false")
                if e["default"].value:
                    self.default_currency = code

    def add_world_currencies(self) -> None:
        """Add every currency in use that CLDR knows (see rulepacks/worldmoney), when a
        currencies table asked for them: its code beside a figure, its symbols, its
        English names (:attr:`currency_names`), and the last word of those names after a
        figure ("38 million dong"). What the tables say of a mark wins; a symbol or last
        word several of the new currencies write names them all (as the tables' shared
        words do), and a symbol several write is left out."""
        if not self.world:
            return
        taken = {
            s.lower() for c in self.currencies.values() for s in (*c.symbols, *c.before_figure)
        }
        said = {w.lower() for c in self.currencies.values() for w in (*c.words, *c.after_figure)}
        owners = symbol_owners()
        for world in world_currencies():
            code = world.code
            for name in world.names:
                if name.lower() not in said:
                    self.currency_names.setdefault(name.lower(), code)
            known = self.currencies.get(code) or Currency(code, (), ())
            own = [
                s
                for s in world.symbols
                if s.lower() not in taken and owners.get(s) == frozenset({code})
            ]
            plain = [s for s in own if not lettered_symbol(s)]
            lettered = [s for s in own if lettered_symbol(s)]
            if code not in NOT_CODES and code.lower() not in taken:
                plain.insert(0, code)
            self.currencies[code] = Currency(
                code,
                (*known.symbols, *plain),
                known.words,
                known.after_figure,
                (*known.before_figure, *lettered),
            )
        self.currency_words = frozenset(last_words())
        for word, codes in sorted(last_words().items()):
            if word in said:
                continue
            family = "|".join(sorted(codes))
            known = self.currencies.get(family) or Currency(family, (), ())
            self.currencies[family] = Currency(
                family, known.symbols, known.words, (*known.after_figure, word), known.before_figure
            )

    def _load_numbers(self, node: Node) -> None:
        top = check_keys(
            node, {"kind", "magnitudes", "words", "fractions", "figures", "pay_levels"}
        )
        if "pay_levels" in top:
            for level, value in top["pay_levels"].mapping().items():
                self.pay_levels[level] = value.number("a yearly amount")
        for key, target in (
            ("magnitudes", self.magnitudes),
            ("words", self.number_words),
            ("fractions", self.fractions),
        ):
            if key in top:
                for word, value in top[key].mapping().items():
                    target[word] = value.number()
        if "figures" in top:
            for word, value in top["figures"].mapping().items():
                digits = value.number("a number of digits")
                if digits != int(digits) or not 1 <= digits <= 15:
                    raise value.error("expected a whole number of digits from 1 to 15")
                self.figures[word] = int(digits)

    def _load_periods(self, node: Node) -> None:
        top = check_keys(node, {"kind", "entries", "implied", "by_size"}, frozenset({"entries"}))
        for entry in top["entries"].sequence("a list of periods"):
            e = check_keys(entry, {"name", "per_year", "phrases"}, frozenset({"name", "per_year"}))
            name = e["name"].text()
            per_year = e["per_year"].number()
            if per_year <= 0:
                raise e["per_year"].error("expected a positive number")
            self.periods[name] = per_year
            for phrase in e["phrases"].strings() if "phrases" in e else ():
                self.period_phrases[phrase.lower()] = name
        if "implied" in top:
            for name, words in top["implied"].mapping().items():
                if name not in self.periods:
                    raise words.error(f"unknown period '{name}'")
                for word in words.strings():
                    self.implied_periods[word.lower()] = name
        if "by_size" in top:
            for name, bounds in top["by_size"].mapping().items():
                if name not in self.periods:
                    raise bounds.error(f"unknown period '{name}'")
                pair = bounds.sequence("a pair [low, high]")
                if len(pair) != 2 or any(
                    b.value is not None and not isinstance(b.value, (int, float)) for b in pair
                ):
                    raise bounds.error("expected a pair [low, high] of numbers or null")
                self.periods_by_size[name] = (pair[0].value, pair[1].value)

    def _load_qualifiers(self, node: Node) -> None:
        top = check_keys(node, {"kind", "entries", "tolerance"}, frozenset({"entries"}))
        if "tolerance" in top:
            tol = top["tolerance"].number()
            if not 0 < tol < 1:
                raise top["tolerance"].error("expected a fraction between 0 and 1")
            self.tolerance = tol
        for entry in top["entries"].sequence("a list of qualifiers"):
            e = check_keys(entry, {"effect", "phrases"}, frozenset({"effect", "phrases"}))
            effect = e["effect"].text()
            if effect not in QUALIFIER_EFFECTS:
                raise e["effect"].error(
                    f"unknown effect '{effect}' (known: {', '.join(QUALIFIER_EFFECTS)})"
                )
            for phrase in e["phrases"].strings():
                self.qualifiers[phrase.lower()] = effect

    def _load_job_titles(self, node: Node) -> None:
        top = check_keys(
            node,
            {
                "kind",
                "roles",
                "role_endings",
                "not_roles",
                "hired_roles",
                "seniority",
                "abbreviations",
                "posting_words",
            },
        )
        if "roles" in top:
            self.roles.update(w.lower() for w in top["roles"].strings())
        if "role_endings" in top:
            self.role_endings.update(w.lower() for w in top["role_endings"].strings())
        if "not_roles" in top:
            self.not_roles.update(w.lower() for w in top["not_roles"].strings())
        if "hired_roles" in top:
            self.hired_roles.update(w.lower() for w in top["hired_roles"].strings())
        if "seniority" in top:
            self.seniority.update(w.lower() for w in top["seniority"].strings())
        if "posting_words" in top:
            self.posting_words.update(w.lower() for w in top["posting_words"].strings())
        if "abbreviations" in top:
            for short, full in top["abbreviations"].mapping().items():
                self.abbreviations[short] = full.text()

    def role_abbreviations(self) -> list[str]:
        """The short forms that stand for a whole role ("CEO", "PM", "SWE"): those whose
        full form ends in an occupation. "ML" or "Sr" only qualify one."""
        return sorted(
            short
            for short, full in self.abbreviations.items()
            if short.isupper() and self.is_role(full.split()[-1])
        )

    def is_role(self, word: str) -> bool:
        """True when ``word`` names an occupation: a listed role, a short form of one
        in capitals ("CFO", "PMs"), or a word of three letters or more before an
        occupation's ending, singular or plural."""
        short = word.strip(".")
        short = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
        full = self.abbreviations.get(short) if short.isupper() else None
        if full is not None:
            return self.is_role(full.split()[-1])
        w = word.lower().strip(".")
        stem = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        # "offers" is no more a job than "offer" is.
        if w in self.not_roles or stem in self.not_roles:
            return False
        if w in self.roles or (w.endswith("s") and w[:-1] in self.roles):
            return True
        return any(
            stem.endswith(e) and len(stem) - len(e) >= 3 and stem.isalpha()
            for e in self.role_endings
        )

    def _load_lexicon(self, node: Node) -> None:
        keys = {
            "kind",
            "lists",
            "antonyms",
            "superlatives",
            "opposed",
            "marked",
            "synonyms",
            "trades",
        }
        top = check_keys(node, keys | {"exclusive"})
        if "lists" in top:
            for name, listed in top["lists"].mapping().items():
                self.lexicon.setdefault(name, set()).update(w.lower() for w in listed.strings())
        if "antonyms" in top:
            for pair in top["antonyms"].sequence("a list of word pairs"):
                words = pair.strings("a pair of words")
                if len(words) != 2:
                    raise pair.error("expected a pair of two words")
                a, b = (w.lower() for w in words)
                self.antonyms.setdefault(a, set()).add(b)
                self.antonyms.setdefault(b, set()).add(a)
        if "superlatives" in top:
            self.superlatives.update(w.lower() for w in top["superlatives"].strings())
        if "synonyms" in top:
            for group in top["synonyms"].sequence("a list of groups of words"):
                members = {w.lower() for w in group.strings("a group of words")}
                if len(members) < 2:
                    raise group.error("expected a group of at least two words")
                for word in members:
                    self.synonyms.setdefault(word, set()).update(members - {word})
        if "trades" in top:
            for group in top["trades"].sequence("a list of groups of trades"):
                words = [w.lower() for w in group.strings("a group of trades")]
                if len(words) < 2:
                    raise group.error("expected a wider trade and at least one it takes in")
                self.trades.setdefault(words[0], set()).update(words[1:])
        if "exclusive" in top:
            for name_node in top["exclusive"].sequence("a list of list names"):
                name = name_node.text("a list name")
                if name not in self.lexicon:
                    raise name_node.error(f"no lexicon list named '{name}'")
                self.exclusive.append(name)
        if "opposed" in top:
            for pair in top["opposed"].sequence("a list of pairs of list names"):
                names = pair.strings("a pair of list names")
                if len(names) != 2 or any(n not in self.lexicon for n in names):
                    raise pair.error("expected a pair of names of lists defined above")
                self.opposed.append((names[0], names[1]))
        if "marked" in top:
            for name in top["marked"].strings("a list of list names"):
                if name not in self.lexicon:
                    raise top["marked"].error(f"no lexicon list named '{name}'")
                self.marked.append(name)
