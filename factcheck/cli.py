"""The command line: a thin layer over :mod:`factcheck.check` and the report formats.

Findings go to stdout (or ``-o FILE``), diagnostics to stderr. Exit codes: 0 when no
claim fails the check, 1 when one does, 2 when the run could not be done as asked (a
one-line message on stderr, never a traceback).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import signal
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from factcheck import __version__
from factcheck.errors import FactcheckError, UsageError
from factcheck.reports.names import FORMAT_NAMES

# The pipeline (httpx, numpy, rapidfuzz, the rule packs ...) is imported inside the
# commands that use it, so that --version and --help start in a few hundredths of a
# second (bench/startup.py measures it; tests/test_startup.py keeps it so).
if TYPE_CHECKING:
    from click._termui_impl import ProgressBar

    from factcheck.check import CheckOptions
    from factcheck.config import Settings
    from factcheck.model import ArticleResult, Report, SourceRecord
    from factcheck.reports.options import RenderOptions

__all__ = ["cli", "main"]


def _fail(message: str, code: int = 2) -> NoReturn:
    if not interrupts.seen:
        click.echo(f"factcheck: {message}", err=True)
        sys.exit(code)
    # Interrupted, whatever failed on the way out. Python ends a process in which a
    # KeyboardInterrupt escaped code run through its C API (an import can be such code)
    # by killing itself with SIGINT after finalising, whatever sys.exit asked for. The
    # run has unwound and let go of what it held by now, so the exit code goes straight
    # to the system.
    click.echo("factcheck: interrupted", err=True)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(130)


class _Interrupts:
    """Ctrl-C when factcheck runs as the program, remembered as well as raised.

    Python drops a KeyboardInterrupt raised inside a weakref callback or a ``__del__``
    (an import lock's clean-up is one): it prints "Exception ignored in ..." with a
    traceback and the run goes on. Remembering the signal lets such a run still end as
    an interrupted one, with its one line and no traceback.
    """

    def __init__(self) -> None:
        self.seen = False
        self.installed = False  # True when factcheck runs as the program
        self._default_hook = sys.unraisablehook

    def install(self) -> None:
        """Take over SIGINT and the unraisable hook; for the program only, never in a
        host's process (click's CliRunner, a notebook)."""
        self._default_hook = sys.unraisablehook
        sys.unraisablehook = self._on_unraisable
        signal.signal(signal.SIGINT, self._on_sigint)
        self.installed = True

    def _on_sigint(self, signum: int, frame: object) -> None:
        self.seen = True
        raise KeyboardInterrupt

    def check(self) -> None:
        """Raise KeyboardInterrupt if a Ctrl-C was dropped on the way here: one that
        landed in an import's clean-up would otherwise let the run go on to its end, and
        a stalled source can keep that end far off."""
        if self.seen:
            raise KeyboardInterrupt

    def _on_unraisable(self, unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            self._default_hook(unraisable)


interrupts = _Interrupts()


class _WarningLines(logging.Handler):
    """The library's warnings (an unusable cache, say) as ``factcheck: warning:`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"factcheck: warning: {record.getMessage()}", err=True)


# Made at import, so that nothing between the SIGINT handler's install and the command's
# own catching of KeyboardInterrupt can be cut short by a Ctrl-C.
_LOGGER = logging.getLogger("factcheck")
_WARNING_LINES = _WarningLines(logging.WARNING)


class FactcheckGroup(click.Group):
    """The root command: every error becomes one line on stderr and exit code 2; an
    interrupted run, one line and exit code 130."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> NoReturn:
        """Run the command and exit; always standalone, whatever ``standalone_mode`` says,
        so that every error takes the one-line path below."""
        try:
            # Inside the try: a Ctrl-C landing here is one line and 130, like any other.
            _LOGGER.addHandler(_WARNING_LINES)
            result = super().main(
                args, prog_name or "factcheck", complete_var, standalone_mode=False, **extra
            )
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            _fail(f"error: {exc.format_message()}{hint}")
        except click.ClickException as exc:
            _fail(f"error: {exc.format_message()}")
        except (click.Abort, KeyboardInterrupt):
            _fail("interrupted", 130)
        except FactcheckError as exc:
            _fail(f"error: {exc}")
        except OSError as exc:
            _fail(f"error: {exc}")
        except Exception as exc:  # a bug: still one line on stderr, not a traceback
            if os.environ.get("FACTCHECK_DEBUG"):
                raise
            _fail(
                f"internal error: {type(exc).__name__}: {exc} "
                "(set FACTCHECK_DEBUG=1 for the traceback, and please report it)"
            )
        finally:
            _LOGGER.removeHandler(_WARNING_LINES)
        if interrupts.seen:
            _fail("interrupted")
        sys.exit(result if isinstance(result, int) else 0)


class _Progress:
    """Fetching progress on stderr, as click's progress bar (which stays silent when
    stderr is not a terminal)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._bar: ProgressBar[int] | None = None
        self._done = 0

    def __call__(self, done: int, total: int, url: str) -> None:
        if not self.enabled or total <= 0:
            return
        if self._bar is None:
            self._bar = click.progressbar(
                length=total, label="Fetching sources", show_pos=True, file=sys.stderr
            )
        self._bar.update(done - self._done)
        self._done = done

    def finish(self) -> None:
        """End the bar's line, if one was drawn."""
        if self._bar is not None:
            self._bar.render_finish()


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{output}: cannot write the report: {exc.strerror or exc}") from None


def _colour(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _render_options(
    settings: Settings, fail_on: str | None, baseline: Path | None, output: Path | None
) -> RenderOptions:
    from factcheck.reports.gate import Gate, load_baseline, parse_labels
    from factcheck.reports.options import ClaimReviewSettings, RenderOptions

    labels = parse_labels(fail_on) if fail_on is not None else tuple(settings["fail_on"])
    return RenderOptions(
        colour=_colour(output),
        gate=Gate(labels, load_baseline(baseline) if baseline else None),
        claimreview=ClaimReviewSettings(**settings.section("claimreview")),
    )


def _waivers(settings: Settings, named: Path | None) -> dict[str, Any]:
    import datetime as dt

    from factcheck.waivers import WAIVER_FILE, load_waivers, split_expired

    path = named or settings["waivers"]
    if path is None:
        folder = settings.file.parent if settings.file else Path.cwd()
        default = folder / WAIVER_FILE
        path = default if default.is_file() else None
    if path is None:
        return {}
    active, expired = split_expired(load_waivers(path), dt.date.today())
    for entry in expired:
        click.echo(
            f"factcheck: warning: {path}:{entry.line}: the waiver for {entry.fingerprint} "
            f"expired on {entry.expires}; the claim is checked again",
            err=True,
        )
    return active


def _format_option(default: str = "text") -> Callable[[Any], Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMAT_NAMES),
        default=default,
        show_default=True,
        help="Report format.",
    )


def _output_option(f: Any) -> Any:
    return click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Write the report to FILE instead of stdout.",
    )(f)


def _rules_option(f: Any) -> Any:
    return click.option(
        "--rules",
        "rules_dirs",
        multiple=True,
        type=click.Path(exists=True, file_okay=False, path_type=Path),
        metavar="DIR",
        help="Extra rule packs on top of the built-in ones (repeatable).",
    )(f)


def _config_option(f: Any) -> Any:
    return click.option(
        "--config",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="FILE",
        help="Settings file (default: .factcheck.toml or [tool.factcheck] in the nearest "
        "pyproject.toml).",
    )(f)


def _min_checkworthiness_option(f: Any) -> Any:
    return click.option(
        "--min-checkworthiness",
        type=click.FloatRange(0, 1),
        metavar="SCORE",
        help="Keep plain statements scoring at least this (0-1; default 0.5); typed claims "
        "are always kept.",
    )(f)


def _fail_on_option(default_help: str) -> Callable[[Any], Any]:
    return click.option(
        "--fail-on",
        metavar="LABELS",
        help=f"Comma list of verdicts that fail the check {default_help}.",
    )


def _baseline_option(f: Any) -> Any:
    return click.option(
        "--baseline",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar="REPORT",
        help="A previous JSON report: only failing claims not in it fail the check.",
    )(f)


@click.group(
    "factcheck", cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]}
)
@click.version_option(
    __version__, "--version", prog_name="factcheck", message="%(prog)s %(version)s"
)
def cli() -> None:
    """Check the facts in an article before it is published."""


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@_format_option()
@_output_option
@click.option(
    "--source", "sources", multiple=True, metavar="URL", help="An extra candidate source."
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
    help="Allow fetching loopback and private addresses (link-local and cloud metadata "
    "addresses stay refused).",
)
@_fail_on_option("(default: contradicted)")
@_rules_option
@_config_option
@_min_checkworthiness_option
@click.option(
    "--waivers",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Waiver file (default: .factcheck-waivers.toml beside the settings file, if present).",
)
@_baseline_option
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes that weigh the evidence of a batch's articles in parallel.",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=0.1),
    metavar="SECONDS",
    help="Stop fetching after this many seconds in all (default 60); sources not reached "
    "are reported with the error 'deadline'.",
)
@click.option(
    "--max-sources",
    type=click.IntRange(min=1),
    metavar="N",
    help="Fetch at most N of an article's own sources (default 50); the rest are reported "
    "with the error 'source_cap'. Sources given with --source are not counted.",
)
@click.option(
    "--max-claims",
    type=click.IntRange(min=0),
    metavar="N",
    help="Stop reading an article after N claims, and say so on stderr and in the "
    "report; 0 for no limit.  [default: 2000]",
)
@click.option(
    "--cache-dir",
    metavar="DIR|URL",
    help="Where fetched pages are kept (default: the XDG cache folder); with --scheduler "
    "also an fsspec URL (s3://, gs://, file://) the workers share.",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the evidence cache.")
@click.option("--refresh", is_flag=True, help="Fetch again even what the cache holds.")
@click.option("--offline", is_flag=True, help="Use only the cache (and a cassette); fetch nothing.")
@click.option(
    "--allow-unreadable-sources",
    is_flag=True,
    help="Accept a run in which an article has sources but none could be read (its "
    "claims stay unverified); otherwise such a run exits 2.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress output.")
@click.option(
    "--scheduler",
    envvar="FACTCHECK_SCHEDULER",
    metavar="ADDRESS",
    help="Run the batch on a dask.distributed cluster (tcp://host:8786, or local:N for N "
    "local workers); needs the dask extra. Also $FACTCHECK_SCHEDULER.",
)
@click.option(
    "--resume",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="REPORT.jsonl",
    help="Skip the articles a previous --format jsonl report already has (same sha256); "
    "with -o REPORT.jsonl the new lines are appended to it.",
)
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
    fail_on: str | None,
    rules_dirs: tuple[Path, ...],
    config: Path | None,
    min_checkworthiness: float | None,
    waivers: Path | None,
    baseline: Path | None,
    jobs: int,
    deadline: float | None,
    max_sources: int | None,
    max_claims: int | None,
    cache_dir: str | None,
    no_cache: bool,
    refresh: bool,
    offline: bool,
    allow_unreadable_sources: bool,
    quiet: bool,
    scheduler: str | None,
    resume: Path | None,
) -> int:
    """Check the claims in articles against their sources.

    PATH is a .txt, .md or .html file, a folder (searched for such files), a glob
    pattern, '-' for stdin, or an http(s) URL. A source several articles share is
    fetched once.

    \b
    Examples:
      factcheck check draft.md
      factcheck check drafts/ 'posts/**/*.md' --format markdown -o memo.md
      factcheck check draft.md --source https://example.org/report --format json
      factcheck check draft.md --replay cassettes/draft.yaml
      factcheck check archive/ --no-search --scheduler local:4 --format jsonl -o r.jsonl
    """
    import dataclasses

    from factcheck.batch import expand_paths
    from factcheck.batch.store import is_url
    from factcheck.cachedir import default_cache_dir
    from factcheck.check import (
        DEFAULT_MAX_CLAIMS,
        check,
        check_articles,
        load_rules,
        read_articles,
    )
    from factcheck.config import check_options, load_settings
    from factcheck.reading.sourceslist import parse_sources_list
    from factcheck.reports.formats import render
    from factcheck.reports.jsonl import done_articles
    from factcheck.reports.unread import message as unread_message
    from factcheck.reports.unread import unread_articles

    interrupts.check()
    settings = load_settings(config)
    render_options = _render_options(settings, fail_on, baseline, output)
    if replay and record:
        raise UsageError("--replay and --record cannot be used together")
    if resume is not None and fmt != "jsonl":
        raise UsageError("--resume needs --format jsonl")
    store = cache_dir if cache_dir is not None and is_url(cache_dir) else None
    if store is not None and not scheduler:
        raise UsageError(f"--cache-dir {cache_dir}: a cache URL needs --scheduler")
    named = list(sources)
    if sources_file is not None:
        try:
            text = sources_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{sources_file}: cannot read: {exc}") from None
        named += parse_sources_list(text, str(sources_file))
    progress = _Progress(not quiet and sys.stderr.isatty() and os.environ.get("CI") != "true")
    options = check_options(settings)
    fetch = dataclasses.replace(
        options.fetch,
        allow_private=allow_private,
        replay=replay,
        record=record,
        use_cache=not no_cache,
        refresh=refresh,
        offline=offline,
        progress=progress.enabled,
        deadline=deadline if deadline is not None else options.fetch.deadline,
        cache_dir=Path(cache_dir)
        if cache_dir is not None and store is None
        else options.fetch.cache_dir,
    )
    options = dataclasses.replace(
        options,
        sources=tuple(named),
        fetch=fetch,
        rules=(*options.rules, *rules_dirs),
        waivers=_waivers(settings, waivers),
        jobs=jobs,
        max_claims=DEFAULT_MAX_CLAIMS if max_claims is None else (max_claims or None),
        search=None if no_search else options.search,
        max_sources=max_sources if max_sources is not None else options.max_sources,
        **({"min_checkworthiness": min_checkworthiness} if min_checkworthiness is not None else {}),
    )
    articles = expand_paths(paths)
    done = frozenset(done_articles(resume)) if resume is not None else frozenset()
    if scheduler:
        if options.search is not None:
            raise UsageError("--scheduler runs no search backends yet: add --no-search")
        if "-" in articles:
            raise UsageError("--scheduler cannot read stdin ('-'): the workers read the articles")
        return _check_on_cluster(
            scheduler,
            articles,
            options,
            fmt,
            output,
            render_options,
            store,
            done,
            resume,
            quiet,
            allow_unreadable_sources,
        )
    try:
        # What loading derives from the rule patterns is kept with the evidence.
        rules_cache = (fetch.cache_dir or default_cache_dir()) if fetch.use_cache else None
        if done:
            read = [a for a in read_articles(articles, fetch) if a.sha256 not in done]
            ruleset = load_rules(options.rules, cache_dir=rules_cache)
            report = check_articles(read, options, ruleset=ruleset, progress=progress)
        else:
            ruleset = load_rules(options.rules, cache_dir=rules_cache)
            interrupts.check()
            if interrupts.installed:
                # The program's rules live as long as it does: set aside (frozen), the
                # million objects of their patterns are not walked again by the cycle
                # collector, which took about 0.1 s of a seed check.
                gc.freeze()
            report = check(articles, options, ruleset=ruleset, progress=progress)
    finally:
        progress.finish()
    _note_limits(report, options)
    for article in report.articles:
        for note in article.notes:
            click.echo(f"factcheck: warning: {article.path}: {note}", err=True)
    if fmt == "jsonl" and output is not None and resume is not None:
        _append_lines(render(report, fmt, render_options), output, resume)
    else:
        _emit(render(report, fmt, render_options), output)
    unchecked = unread_articles(report)
    if unchecked and not allow_unreadable_sources:
        raise UsageError(unread_message(unchecked, report.sources))
    return 1 if render_options.gate.failures(report) else 0


def _note_limits(report: Report, options: CheckOptions) -> None:
    """One stderr line for each run-wide limit that left sources unfetched (the report
    names them, with the error ``source_cap`` or ``deadline``)."""
    from factcheck.sources.gather import SOURCE_CAP

    errors = Counter(s.error for s in report.sources)
    if errors[SOURCE_CAP]:
        click.echo(
            f"factcheck: {errors[SOURCE_CAP]} sources not fetched: over the cap of "
            f"{options.max_sources} sources per article (--max-sources)",
            err=True,
        )
    if errors["deadline"]:
        click.echo(
            f"factcheck: {errors['deadline']} sources not fetched: the run's deadline of "
            f"{options.fetch.deadline:g} s passed (--deadline)",
            err=True,
        )


def _open_lines(output: Path | None, resume: Path | None) -> Any:
    """Where JSON lines go: stdout, ``output``, or the end of the report being resumed."""
    from factcheck.reports.jsonl import trim_partial_line

    if output is None:
        return None
    appending = resume is not None and output.exists() and output.resolve() == resume.resolve()
    try:
        if appending:
            trim_partial_line(output)
        return output.open("a" if appending else "w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{output}: cannot write the report: {exc.strerror or exc}") from None


def _append_lines(text: str, output: Path, resume: Path) -> None:
    handle = _open_lines(output, resume)
    with handle:
        handle.write(text)


def _check_on_cluster(
    scheduler: str,
    articles: list[str],
    options: CheckOptions,
    fmt: str,
    output: Path | None,
    render_options: RenderOptions,
    store: str | None,
    done: frozenset[str],
    resume: Path | None,
    quiet: bool,
    allow_unreadable: bool,
) -> int:
    """The batch on a Dask cluster: JSON lines as articles finish, or the whole report."""
    from factcheck.cluster.connect import require_dask
    from factcheck.model import Report
    from factcheck.reports.formats import render
    from factcheck.reports.jsonl import article_line
    from factcheck.reports.unread import message as unread_message
    from factcheck.reports.unread import unread

    require_dask()
    from factcheck.cluster.session import run_on_cluster

    gate = render_options.gate
    failed = 0
    results: list[ArticleResult] = []
    sources: dict[str, SourceRecord] = {}
    handle = _open_lines(output, resume) if fmt == "jsonl" else None
    unchecked: list[ArticleResult] = []
    unchecked_records: list[SourceRecord] = []

    def emit(result: ArticleResult, records: list[SourceRecord]) -> None:
        nonlocal failed
        failed += sum(1 for c in result.claims if gate.fails(c))
        if unread(result, {r.url: r for r in records}):
            unchecked.append(result)
            unchecked_records.extend(records)
        if fmt != "jsonl":
            results.append(result)
            for r in records:
                sources.setdefault(r.url, r)
        elif handle is None:
            click.echo(article_line(result, records), nl=False)
        else:
            handle.write(article_line(result, records))
            handle.flush()

    try:
        run_on_cluster(scheduler, articles, options, emit=emit, store=store, done=done, quiet=quiet)
    finally:
        if handle is not None:
            handle.close()
    if fmt != "jsonl":
        order = {path: i for i, path in enumerate(articles)}
        results.sort(key=lambda a: order.get(a.path, len(order)))
        ordered = sorted(sources.values(), key=lambda r: r.url)
        report = Report(version=__version__, articles=tuple(results), sources=tuple(ordered))
        _emit(render(report, fmt, render_options), output)
    if unchecked and not allow_unreadable:
        raise UsageError(unread_message(unchecked, unchecked_records))
    return 1 if failed else 0


@cli.command("claims")
@click.argument("paths", nargs=-1, required=True)
@_rules_option
@_config_option
@_min_checkworthiness_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
def claims_command(
    paths: tuple[str, ...],
    rules_dirs: tuple[Path, ...],
    config: Path | None,
    min_checkworthiness: float | None,
    fmt: str,
) -> None:
    """List the claims found in articles, without fetching anything.

    \b
    Example:
      factcheck claims draft.md
    """
    import json

    from factcheck.batch import expand_paths
    from factcheck.check import load_rules, read_articles
    from factcheck.claims.extract import extract_claims
    from factcheck.config import check_options, load_settings

    options = check_options(load_settings(config))
    ruleset = load_rules((*options.rules, *rules_dirs))
    rows = []
    for article in read_articles(expand_paths(paths)):
        threshold = (
            options.min_checkworthiness if min_checkworthiness is None else min_checkworthiness
        )
        for c in extract_claims(article, ruleset, min_checkworthiness=threshold):
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
    from factcheck.check import load_rules

    ruleset = load_rules(rules_dirs)
    click.echo(f"ok: {len(ruleset.rules)} rules in {len(ruleset.packs)} packs")


@rules_group.command("test")
@_rules_option
def rules_test(rules_dirs: tuple[Path, ...]) -> int:
    """Run every rule's own examples and list the ones that fail."""
    from factcheck.claims.selftest import check_examples
    from factcheck.rulepacks.loader import load_rules as load_only

    ruleset = load_only(rules_dirs)
    failures = check_examples(ruleset)
    total = sum(len(r.examples) for r in ruleset.rules)
    for f in failures:
        click.echo(str(f.error()), err=True)
    click.echo(f"{total - len(failures)}/{total} examples pass in {len(ruleset.rules)} rules")
    return 1 if failures else 0


def _article_text(path: str) -> tuple[str, str] | None:
    from factcheck.reading import read_article

    if path == "<stdin>" or "://" in path or not Path(path).is_file():
        return None
    try:
        article = read_article(path)
    except FactcheckError:
        return None
    return article.sha256, article.text


@cli.command("report")
@click.argument("report_file", type=click.Path(dir_okay=False, path_type=Path))
@_format_option()
@_output_option
@_fail_on_option("and make the exit code 1 when one does (default: exit 0)")
@_baseline_option
@_config_option
def report_command(
    report_file: Path,
    fmt: str,
    output: Path | None,
    fail_on: str | None,
    baseline: Path | None,
    config: Path | None,
) -> int:
    """Re-render a saved JSON report in another format, without fetching.

    The articles are read again, when they are still where the report says and
    unchanged, so that the HTML report can show them.

    \b
    Example:
      factcheck check drafts/ --format json -o report.json
      factcheck report report.json --format sarif -o factcheck.sarif
    """
    from factcheck.config import load_settings
    from factcheck.reports.formats import render
    from factcheck.reports.jsonreport import loads, with_article_texts

    try:
        text = report_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{report_file}: cannot read: {exc}") from None
    report = with_article_texts(loads(text, str(report_file)), _article_text)
    settings = load_settings(config)
    render_options = _render_options(settings, fail_on, baseline, output)
    _emit(render(report, fmt, render_options), output)
    return 1 if fail_on is not None and render_options.gate.failures(report) else 0


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI (the ``factcheck`` console script)."""
    # factcheck does no linear algebra: without this, loading numpy (for rapidfuzz's
    # cdist) starts a BLAS thread per core, which took 60 ms of a 1.1 s seed check.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    cli.main(args=list(argv) if argv is not None else None, prog_name="factcheck")
