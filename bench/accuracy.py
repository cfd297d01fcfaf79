"""How well factcheck detects and verifies claims, on public data no one here wrote.

Each measurement runs next to the majority-class baseline (always answer the commonest
label of the same items), measured in the same run:

- claim detection on ClaimBuster's debate sentences: a sentence counts as check-worthy
  when factcheck finds a claim in it at the check-worthiness threshold, as
  ``factcheck claims`` would; the raw check-worthiness score against the same threshold
  is reported beside it;
- verdicts on VitaminC's numeric claims (three labels) and on FEVER-Symmetric (two):
  each item's claim becomes a one-sentence article and its evidence a one-page source,
  judged through the library with no network. supported -> SUPPORTS,
  contradicted -> REFUTES; unverified and mixed -> NOT ENOUGH INFO on VitaminC and
  -> REFUTES on FEVER-Symmetric, whose gold evidence always bears on the claim, so
  evidence that does not back a claim counts against it. The precision of factcheck's
  own ``contradicted`` is reported apart for each set (on FEVER-Symmetric the REFUTES
  row also counts the undecided items).

A fixed fifth of every set (by a checksum of each item's id) was never looked at while
tuning; its scores are reported apart as ``held_out``, and those of the other four
fifths, the tuning part, as ``tuning``.

    python bench/accuracy.py [--claimbuster PATH] [--vitaminc PATH] [--fever PATH]
                             [--min-checkworthiness SCORE] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from factcheck.cachedir import default_cache_dir
from factcheck.check import CheckOptions, load_rules
from factcheck.claimfields import StatementFields
from factcheck.claims.extract import Extractor, extract_claims
from factcheck.evidence.base import ArticleView
from factcheck.evidence.index import EvidenceIndex
from factcheck.model import Article, Claim, Verdict
from factcheck.reading import parse_article
from factcheck.sources.gather import page_from_text
from factcheck.verdicts.judge import judge_claims

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SUPPORTS, REFUTES, NEI = "SUPPORTS", "REFUTES", "NOT ENOUGH INFO"
WORTHY, NOT_WORTHY = "check-worthy", "not check-worthy"


@dataclass(frozen=True)
class Item:
    """One labelled example: a sentence (a claim) and, for verdicts, its evidence."""

    key: str
    text: str
    label: str
    evidence: str = ""
    title: str | None = None


def held_out(item: Item) -> bool:
    """True for the fixed fifth of a set that tuning never looked at. Items that share a
    key (VitaminC's contrastive pairs) fall on the same side."""
    return zlib.crc32(item.key.encode("utf-8")) % 5 == 0


def read_claimbuster(path: Path) -> list[Item]:
    """ClaimBuster: a JSON array of {sentence_id, label (1 = check-worthy), text}."""
    rows = json.loads(path.read_text(encoding="utf-8"))
    return [
        Item(str(r["sentence_id"]), r["text"], WORTHY if int(r["label"]) == 1 else NOT_WORTHY)
        for r in rows
    ]


def read_vitaminc(path: Path) -> list[Item]:
    """VitaminC: JSON lines of {unique_id, case_id, label, claim, evidence, page}."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            key = str(r.get("case_id") or r["unique_id"])
            items.append(Item(key, r["claim"], r["label"], r["evidence"], r.get("page")))
    return items


def read_fever(path: Path) -> list[Item]:
    """FEVER-Symmetric: JSON lines of {id, claim, evidence, label}."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            items.append(Item(str(r["id"]), r["claim"], r["label"], r["evidence"]))
    return items


# --- scores


def scores(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Accuracy, macro-F1 and per-label precision, recall and F1."""
    per_label: dict[str, dict[str, float]] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        said = sum(1 for p in predicted if p == label)
        real = sum(1 for g in gold if g == label)
        precision = tp / said if said else 0.0
        recall = tp / real if real else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": real,
        }
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return {
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(labels), 4),
        "per_label": per_label,
    }


def majority(gold: Sequence[str]) -> tuple[str, float]:
    """The commonest label of these items, and the accuracy of always answering it."""
    label, count = Counter(gold).most_common(1)[0]
    return label, round(count / len(gold), 4)


def evaluate(
    items: Sequence[Item], predicted: Sequence[str], labels: Sequence[str]
) -> dict[str, Any]:
    """Scores of factcheck and of the majority baseline on all items and on the held-out
    fifth."""

    def part(chosen: list[int]) -> dict[str, Any]:
        gold = [items[i].label for i in chosen]
        said = [predicted[i] for i in chosen]
        label, accuracy = majority(gold)
        baseline = scores(gold, [label] * len(gold), labels)
        return {
            "items": len(chosen),
            **scores(gold, said, labels),
            "majority_label": label,
            "majority_accuracy": accuracy,
            "majority_macro_f1": baseline["macro_f1"],
        }

    everything = part(list(range(len(items))))
    kept = [i for i, item in enumerate(items) if held_out(item)]
    if kept:
        everything["held_out"] = part(kept)
    tuned = [i for i, item in enumerate(items) if not held_out(item)]
    if kept and tuned:
        everything["tuning"] = part(tuned)
    return everything


# --- factcheck through the library


class Detector:
    """Is a sentence a check-worthy claim? As ``factcheck claims`` decides it."""

    def __init__(self, extractor: Extractor, threshold: float):
        self.extractor = extractor
        self.threshold = threshold

    def finds_claim(self, text: str) -> bool:
        """True when the extractor keeps a claim in ``text`` at the threshold."""
        article = parse_article(text, "sentence.txt", "text")
        ruleset = self.extractor.ruleset
        return bool(
            extract_claims(
                article, ruleset, min_checkworthiness=self.threshold, extractor=self.extractor
            )
        )

    def scores_high(self, text: str) -> bool:
        """True when the sentence's check-worthiness score alone reaches the threshold."""
        return self.extractor.scorer.score(text).value >= self.threshold


class Verifier:
    """A claim judged against one evidence passage, with no network."""

    def __init__(self, extractor: Extractor):
        self.extractor = extractor

    def verdicts(self, item: Item) -> tuple[list[Verdict], Verdict]:
        """The verdicts of the typed claims factcheck reads in the item's claim sentence,
        and the verdict of the whole sentence read as a plain statement."""
        article = parse_article(item.text, "claim.txt", "text")
        ruleset = self.extractor.ruleset
        # The set says the sentence is a claim: no check-worthiness threshold.
        found = extract_claims(article, ruleset, min_checkworthiness=0.0, extractor=self.extractor)
        typed = [c for c in found if c.type != "statement"]
        claims = [*typed, self._whole_sentence(article, f"c{len(typed) + 1}")]
        page = page_from_text("https://evidence.invalid/", item.evidence, content_type="text/plain")
        index = EvidenceIndex([replace(page, title=item.title)], self.extractor)
        view = ArticleView(
            claims=claims,
            extractor=self.extractor,
            ctx=self.extractor.context(article.text),
            # The evidence is what the claim cites: a source in its own sentence.
            primary={c.id: {0} for c in claims},
            sentences=article.sentences,
        )
        verdicts = judge_claims(claims, index, view)
        return verdicts[:-1], verdicts[-1]

    def _whole_sentence(self, article: Article, claim_id: str) -> Claim:
        text = " ".join(s.text for s in article.sentences)
        first = article.sentences[0]
        line, column = article.position(first.start)
        sentence = replace(first, text=text, end=article.sentences[-1].end)
        return Claim(
            id=claim_id,
            type="statement",
            text=text,
            sentence=sentence,
            start=sentence.start,
            end=sentence.end,
            line=line,
            column=column,
            fields=StatementFields(
                orgs=tuple(self.extractor.sentence_orgs(text, self.extractor.context(text))),
                numbers=(),
            ),
            rule="bench.whole-sentence",
            checkworthiness=1.0,
        )


def sentence_label(verdicts: Sequence[Verdict], undecided: str) -> str:
    """One label for a sentence from the verdicts of its claims: any contradiction
    refutes it; otherwise any support supports it; otherwise ``undecided``."""
    labels = {v.label for v in verdicts}
    if "contradicted" in labels:
        return REFUTES
    if "supported" in labels:
        return SUPPORTS
    return undecided


# --- runs


def run_claimbuster(items: Sequence[Item], detector: Detector) -> dict[str, Any]:
    """Detection scores: by claims found (the headline) and by the score alone."""
    labels = (WORTHY, NOT_WORTHY)
    found = [WORTHY if detector.finds_claim(i.text) else NOT_WORTHY for i in items]
    scored = [WORTHY if detector.scores_high(i.text) else NOT_WORTHY for i in items]
    result = evaluate(items, found, labels)
    worthy = result["per_label"][WORTHY]
    return {
        "precision": worthy["precision"],
        "recall": worthy["recall"],
        "f1": worthy["f1"],
        **result,
        "threshold": detector.threshold,
        "by_score_alone": evaluate(items, scored, labels),
    }


def run_verdicts(
    items: Sequence[Item], verifier: Verifier, labels: Sequence[str], undecided: str
) -> dict[str, Any]:
    """Verdict scores for the sentence judged through its typed claims and as a whole
    (the headline), and through its typed claims alone (the whole sentence only when
    factcheck finds no typed claim in it); and how often factcheck reached a verdict
    (supported or contradicted) at all, with its accuracy on those items."""
    both, typed_only, decided, contradicted = [], [], [], []
    for i, item in enumerate(items):
        typed, whole = verifier.verdicts(item)
        both.append(sentence_label([*typed, whole], undecided))
        typed_only.append(sentence_label(typed or [whole], undecided))
        said = sentence_label([*typed, whole], "")
        if said in (SUPPORTS, REFUTES):
            decided.append(i)
        if said == REFUTES:
            contradicted.append(i)
    result = evaluate(items, both, labels)
    alone = evaluate(items, typed_only, labels)
    result["typed_claims_only"] = {k: alone[k] for k in ("accuracy", "macro_f1")}
    result["contradicted"] = contradiction_precision(items, contradicted)
    correct = sum(1 for i in decided if both[i] == items[i].label)
    result["decided"] = {
        "items": len(decided),
        "share": round(len(decided) / len(items), 4),
        "accuracy": round(correct / len(decided), 4) if decided else 0.0,
    }
    return result


def contradiction_precision(items: Sequence[Item], said: Sequence[int]) -> dict[str, Any]:
    """How often a ``contradicted`` verdict (REFUTES said by factcheck itself, not the
    undecided label a set may map to REFUTES) was right, on all items and the held-out
    fifth: the costliest error is a wrong contradiction."""

    def part(chosen: list[int]) -> dict[str, Any]:
        right = sum(1 for i in chosen if items[i].label == REFUTES)
        return {
            "said": len(chosen),
            "right": right,
            "precision": round(right / len(chosen), 4) if chosen else 0.0,
        }

    out = part(list(said))
    out["held_out"] = part([i for i in said if held_out(items[i])])
    out["tuning"] = part([i for i in said if not held_out(items[i])])
    return out


# --- output


def _ratio(value: float, base: float) -> str:
    return f"x{value / base:.2f}" if base else "   -"


def table(name: str, result: dict[str, Any], labels: Sequence[str]) -> str:
    """A plain-text table: factcheck against the majority baseline, then per label."""
    lines = [f"{name} ({result['items']} items; majority label: {result['majority_label']})"]
    lines.append(f"  {'':28}{'factcheck':>10}{'majority':>10}{'ratio':>8}")
    for key, base in (("accuracy", "majority_accuracy"), ("macro_f1", "majority_macro_f1")):
        ours, theirs = result[key], result[base]
        lines.append(f"  {key:28}{ours:>10.3f}{theirs:>10.3f}{_ratio(ours, theirs):>8}")
    if "held_out" in result:
        h = result["held_out"]
        lines.append(
            f"  {'held-out accuracy':28}{h['accuracy']:>10.3f}{h['majority_accuracy']:>10.3f}"
            f"{_ratio(h['accuracy'], h['majority_accuracy']):>8}   ({h['items']} items)"
        )
        lines.append(
            f"  {'held-out macro_f1':28}{h['macro_f1']:>10.3f}{h['majority_macro_f1']:>10.3f}"
            f"{_ratio(h['macro_f1'], h['majority_macro_f1']):>8}"
        )
    if "tuning" in result:
        t = result["tuning"]
        lines.append(
            f"  {'tuning accuracy':28}{t['accuracy']:>10.3f}{t['majority_accuracy']:>10.3f}"
            f"{_ratio(t['accuracy'], t['majority_accuracy']):>8}   ({t['items']} items)"
        )
    lines.append(f"  {'label':28}{'precision':>10}{'recall':>10}{'f1':>8}{'support':>9}")
    for label in labels:
        s = result["per_label"][label]
        lines.append(
            f"  {label:28}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>8.3f}"
            f"{s['support']:>9}"
        )
    return "\n".join(lines)


def _typed_only(result: dict[str, Any]) -> str:
    alone, decided = result["typed_claims_only"], result["decided"]
    said, held = result["contradicted"], result["contradicted"]["held_out"]
    tuned = result["contradicted"]["tuning"]
    return (
        f"  typed claims only: accuracy {alone['accuracy']:.3f}, macro_f1 {alone['macro_f1']:.3f}\n"
        f"  a verdict reached on {decided['share']:.1%} of items, "
        f"{decided['accuracy']:.3f} of them right\n"
        f"  contradicted said on {said['said']} items, precision {said['precision']:.3f} "
        f"(held-out: {held['said']} items, precision {held['precision']:.3f}; "
        f"tuning four fifths: {tuned['said']} items, precision {tuned['precision']:.3f})"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks and print a table (or ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claimbuster", type=Path, default=DATA / "claimbuster" / "train.json")
    parser.add_argument("--vitaminc", type=Path, default=DATA / "vitaminc-numeric" / "dev.jsonl")
    parser.add_argument("--fever", type=Path, default=DATA / "fever-symmetric" / "dev.jsonl")
    parser.add_argument(
        "--min-checkworthiness",
        type=float,
        default=CheckOptions().min_checkworthiness,
        metavar="SCORE",
        help="threshold for claim detection (default: factcheck's own)",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N items of each set")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)

    sets: list[tuple[str, Path, Callable[[Path], list[Item]]]] = [
        ("claimbuster", args.claimbuster, read_claimbuster),
        ("vitaminc_numeric", args.vitaminc, read_vitaminc),
        ("fever_symmetric", args.fever, read_fever),
    ]
    loaded: dict[str, list[Item]] = {}
    for name, path, reader in sets:
        try:
            loaded[name] = reader(path)[: args.limit]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            print(f"accuracy: cannot read {name} data at {path}: {exc}", file=sys.stderr)
            return 2
        if not loaded[name]:
            print(f"accuracy: no items in {path}", file=sys.stderr)
            return 2

    # What loading derives from the rule patterns is kept in the user's cache folder, as
    # the command line keeps it: a first load parses every pattern (about 14 s of CPU),
    # a later one reads it back (about 2 s).
    extractor = Extractor(load_rules(cache_dir=default_cache_dir()))
    started = time.monotonic()
    results: dict[str, Any] = {}
    results["claimbuster"] = run_claimbuster(
        loaded["claimbuster"], Detector(extractor, args.min_checkworthiness)
    )
    verifier = Verifier(extractor)
    results["vitaminc_numeric"] = run_verdicts(
        loaded["vitaminc_numeric"], verifier, (SUPPORTS, REFUTES, NEI), NEI
    )
    results["fever_symmetric"] = run_verdicts(
        loaded["fever_symmetric"], verifier, (SUPPORTS, REFUTES), REFUTES
    )
    elapsed = time.monotonic() - started

    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    cb = results["claimbuster"]
    print(
        table(
            f"Claim detection, ClaimBuster (threshold {cb['threshold']})", cb, (WORTHY, NOT_WORTHY)
        )
    )
    alone = cb["by_score_alone"]
    print(
        f"  by the score alone: accuracy {alone['accuracy']:.3f}, "
        f"check-worthy F1 {alone['per_label'][WORTHY]['f1']:.3f}"
    )
    print()
    vc = results["vitaminc_numeric"]
    print(table("Verdicts, VitaminC numeric", vc, (SUPPORTS, REFUTES, NEI)))
    print(_typed_only(vc))
    print()
    fe = results["fever_symmetric"]
    print(table("Verdicts, FEVER-Symmetric", fe, (SUPPORTS, REFUTES)))
    print(_typed_only(fe))
    print(f"\n{elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
