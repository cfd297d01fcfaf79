"""The command line: a thin layer over :mod:`factcheck.check` and the report formats.

Findings go to stdout (or ``-o FILE``), diagnostics to stderr. Exit codes: 0 when no
claim has a verdict named in ``--fail-on``, 1 when one does, 2 when the run could not be
done as asked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from factcheck import __version__
from factcheck.check import CheckOptions, check, load_rules, read_articles
from factcheck.claims.extract import extract_claims
from factcheck.errors import FactcheckError, UsageError
from factcheck.fetch import FetchOptions
from factcheck.model import VERDICT_LABELS, Report
from factcheck.reports.formats import FORMATS, render
from factcheck.reports.jsonreport import loads
from factcheck.search import SearchOptions
from factcheck.sources_list import parse_sources_list


def _fail_on(value: str) -> tuple[str, ...]:
    labels = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [label for label in labels if label not in VERDICT_LABELS]
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {unknown[0]!r} (choose from {', '.join(VERDICT_LABELS)})"
        )
    return labels


def failing(report: Report, labels: Sequence[str]) -> bool:
    """True when a claim that is not waived has one of the ``labels``."""
    return any(c.verdict.label in labels and not c.waiver for c in report.checked_claims())


class _Progress:
    """A one-line progress counter on stderr, drawn only on a terminal."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.drawn = False

    def __call__(self, done: int, total: int, url: str) -> None:
        if not self.enabled:
            return
        click.echo(f"\rFetching sources {done}/{total}".ljust(40), nl=False, err=True)
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            click.echo("\r" + " " * 40 + "\r", nl=False, err=True)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{output}: cannot write the report: {exc.strerror or exc}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(
    __version__, "--version", prog_name="factcheck", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Check the facts in an article before it is published."""


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to FILE instead of stdout.",
)
@click.option(
    "--source",
    "sources",
    multiple=True,
    metavar="URL",
    help="An extra candidate source (repeatable).",
)
@click.option(
    "--sources-file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A file of source URLs, one per line.",
)
@click.option(
    "--no-search", is_flag=True, help="Use only the sources the article cites and the user names."
)
@click.option(
    "--replay",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    metavar="CASSETTE",
    help="Answer every HTTP request from a VCR.py cassette.",
)
@click.option(
    "--record",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="CASSETTE",
    help="Fetch live and write what was fetched as a VCR.py cassette.",
)
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow fetching loopback, private and link-local addresses.",
)
@click.option(
    "--fail-on",
    default="contradicted",
    show_default=True,
    metavar="LABELS",
    help="Comma list of verdicts that make the run fail.",
)
@click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    metavar="DIR",
    help="Extra rule packs on top of the built-in ones (repeatable).",
)
@click.option(
    "--config",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Settings file.",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=0.1),
    metavar="SECONDS",
    help="Stop fetching after this many seconds in all.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where fetched pages are kept (default: the XDG cache folder).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the evidence cache.")
@click.option("--refresh", is_flag=True, help="Fetch again even what the cache holds.")
@click.option("--offline", is_flag=True, help="Use only the cache (and a cassette); fetch nothing.")
@click.option("-q", "--quiet", is_flag=True, help="No progress output.")
def check_command(
    paths: tuple[str, ...],
    fmt: str,
    output: Path | None,
    sources: tuple[str, ...],
    sources_file: Path | None,
    no_search: bool,
    replay: Path | None,
    record: Path | None,
    allow_private: bool,
    fail_on: str,
    rules_dirs: tuple[Path, ...],
    config: Path | None,
    deadline: float | None,
    cache_dir: Path | None,
    no_cache: bool,
    refresh: bool,
    offline: bool,
    quiet: bool,
) -> None:
    """Check the claims in articles against their sources.

    PATH is a .txt, .md or .html file, '-' for stdin, or an http(s) URL.

    \b
    Examples:
      factcheck check draft.md
      factcheck check draft.md --source https://example.org/report --format json
      factcheck check seeds/netflix-ai-hiring.txt --replay cassettes/netflix-ai-hiring.yaml
    """
    labels = _fail_on(fail_on)
    if replay and record:
        raise UsageError("--replay and --record cannot be used together")
    named = list(sources)
    if sources_file is not None:
        try:
            text = sources_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{sources_file}: cannot read: {exc}") from None
        named += parse_sources_list(text, str(sources_file))
    progress = _Progress(not quiet and sys.stderr.isatty() and os.environ.get("CI") != "true")
    fetch = FetchOptions(
        allow_private=allow_private,
        replay=replay,
        record=record,
        deadline=deadline,
        cache_dir=cache_dir,
        use_cache=not no_cache,
        refresh=refresh,
        offline=offline,
        progress=progress.enabled,
    )
    search = None if no_search else SearchOptions()
    options = CheckOptions(sources=tuple(named), fetch=fetch, rules=rules_dirs, search=search)
    try:
        report = check(paths, options, progress=progress)
    finally:
        progress.finish()
    colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _emit(render(report, fmt, colour=colour), output)
    sys.exit(1 if failing(report, labels) else 0)


@cli.command("claims")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--rules",
    "rules_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    metavar="DIR",
    help="Extra rule packs (repeatable).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def claims_command(paths: tuple[str, ...], rules_dirs: tuple[Path, ...], fmt: str) -> None:
    """List the claims found in articles, without fetching anything.

    \b
    Example:
      factcheck claims seeds/netflix-ai-hiring.txt
    """
    import json

    ruleset = load_rules(rules_dirs)
    rows = []
    for article in read_articles(paths):
        for c in extract_claims(article, ruleset):
            rows.append((article.path, c))
    if fmt == "json":
        data = [
            {
                "path": p,
                "id": c.id,
                "type": c.type,
                "text": c.text,
                "line": c.line,
                "column": c.column,
                "fields": dict(c.fields),
                "rule": c.rule,
                "checkworthiness": c.checkworthiness,
            }
            for p, c in rows
        ]
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    for path, c in rows:
        click.echo(f"{path}:{c.line}:{c.column}: {c.type}: {c.text}")
        click.echo(f"    {json.dumps(dict(c.fields), ensure_ascii=False)}")


@cli.group("rules")
def rules_group() -> None:
    """List, validate and test rule packs."""


def _rules_option(f):  # type: ignore[no-untyped-def]
    return click.option(
        "--rules",
        "rules_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        metavar="DIR",
        help="Extra rule packs (repeatable).",
    )(f)


@rules_group.command("list")
@_rules_option
def rules_list(rules_dirs: tuple[Path, ...]) -> None:
    """List the loaded rules: id, claim type and description."""
    from factcheck.rulepacks.loader import load_rules as load_only

    ruleset = load_only(rules_dirs)
    for pack in ruleset.packs:
        click.echo(f"{pack.name} {pack.version} ({pack.path}): {pack.rule_count} rules")
    for rule in ruleset.rules:
        click.echo(f"  {rule.id:40} {rule.type:12} {rule.description}")


@rules_group.command("validate")
@_rules_option
def rules_validate(rules_dirs: tuple[Path, ...]) -> None:
    """Load the packs and report the first problem as path:line:col."""
    ruleset = load_rules(rules_dirs)
    click.echo(f"ok: {len(ruleset.rules)} rules in {len(ruleset.packs)} packs")


@rules_group.command("test")
@_rules_option
def rules_test(rules_dirs: tuple[Path, ...]) -> None:
    """Run every rule's own examples and list the ones that fail."""
    from factcheck.claims.selftest import check_examples
    from factcheck.rulepacks.loader import load_rules as load_only

    ruleset = load_only(rules_dirs)
    failures = check_examples(ruleset)
    total = sum(len(r.examples) for r in ruleset.rules)
    for f in failures:
        click.echo(str(f.error()), err=True)
    click.echo(f"{total - len(failures)}/{total} examples pass in {len(ruleset.rules)} rules")
    if failures:
        sys.exit(1)


@cli.command("report")
@click.argument("report_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path))
def report_command(report_file: Path, fmt: str, output: Path | None) -> None:
    """Re-render a saved JSON report in another format, without fetching."""
    try:
        text = report_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{report_file}: cannot read: {exc}") from None
    report = loads(text, str(report_file))
    colour = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _emit(render(report, fmt, colour=colour), output)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI, turning every error into a one-line message and exit code 2."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="factcheck",
            standalone_mode=False,
        )
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        exc.show()
        sys.exit(2)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.Abort:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(2)
    except FactcheckError as exc:
        click.echo(f"factcheck: error: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("factcheck: interrupted", err=True)
        sys.exit(2)
    except Exception as exc:  # a bug: still one line on stderr, not a traceback
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        click.echo(
            f"factcheck: internal error: {type(exc).__name__}: {exc} "
            "(set FACTCHECK_DEBUG=1 for the traceback, and please report it)",
            err=True,
        )
        sys.exit(2)
    sys.exit(0)
