"""factcheck: check the facts in an article before it is published.

    import factcheck

    report = factcheck.check(["draft.md"], factcheck.CheckOptions())
    for checked in report.checked_claims():
        print(checked.claim.type, checked.verdict.label, checked.verdict.rationale)

The names below are the public API; each is imported on first use, so that
``import factcheck`` stays cheap for the command line.
"""

import os as _os
import signal as _signal
import sys as _sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    # Ctrl-C while the libraries load would print a traceback from deep inside an
    # import; nothing has started yet, so there is nothing to clean up either.
    _os.write(2, b"\nfactcheck: interrupted\n")
    _os._exit(130)


# Started as the program (``python -m factcheck``, or the console script), Ctrl-C is
# one line and exit 130 from the first import on; factcheck.__main__ hands it back to
# Python once the command line has loaded. Imported as a library, nothing changes.
_program = _sys.argv[0] if _sys.argv else ""
if _program == "-m" or _os.path.basename(_program) == "factcheck":
    # Not contextlib.suppress: importing contextlib would come before the handler.
    try:  # noqa: SIM105
        _signal.signal(_signal.SIGINT, _interrupted_while_starting)
    except ValueError:  # not the main thread: not ours to change
        pass

# After the handler: even these take a few milliseconds.
from importlib import import_module  # noqa: E402
from typing import Any  # noqa: E402

__version__ = "0.1.0"

_PUBLIC = {
    "check": "factcheck.check",
    "check_articles": "factcheck.check",
    "check_against": "factcheck.check",
    "load_rules": "factcheck.check",
    "read_articles": "factcheck.check",
    "CheckOptions": "factcheck.check",
    "FetchOptions": "factcheck.sources.fetch",
    "SearchOptions": "factcheck.sources.search",
    "extract_claims": "factcheck.claims.extract",
    "read_article": "factcheck.reading",
    "parse_article": "factcheck.reading",
    "page_from_text": "factcheck.sources.gather",
    "render": "factcheck.reports.formats",
    "Article": "factcheck.model",
    "Claim": "factcheck.model",
    "Evidence": "factcheck.model",
    "Verdict": "factcheck.model",
    "CheckedClaim": "factcheck.model",
    "Page": "factcheck.model",
    "Report": "factcheck.model",
    "SourceRecord": "factcheck.model",
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "UsageError": "factcheck.errors",
    "RuleError": "factcheck.errors",
    "ConfigError": "factcheck.errors",
}

__all__ = ["__version__", *sorted(_PUBLIC)]


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    return getattr(import_module(module), name)
