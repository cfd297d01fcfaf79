"""Settings: ``.factcheck.toml``, or ``[tool.factcheck]`` in ``pyproject.toml``, then the
environment, then the command line.

    settings = load_settings()                 # nearest file, FACTCHECK_* variables, defaults
    options = check_options(settings)          # a CheckOptions to pass to check()

Precedence is command line > environment > file > defaults; the CLI lays its own options
over what this module returns. Every key is declared once in :data:`SCHEMA` under its
dotted name (``fetch.concurrency`` is ``concurrency`` in the ``[fetch]`` table and the
variable ``FACTCHECK_FETCH_CONCURRENCY``); adding a key there makes it valid in the file
and the environment. An invalid file raises :class:`ConfigError` at ``file:line``.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from factcheck.check import CheckOptions
from factcheck.errors import ConfigError, UsageError
from factcheck.model import VERDICT_LABELS
from factcheck.sources.fetch.types import DEFAULT_DEADLINE
from factcheck.sources.gather import DEFAULT_MAX_SOURCES
from factcheck.sources.search import SearchOptions
from factcheck.tomlfile import KeyLines, load_toml

CONFIG_FILE = ".factcheck.toml"
ENV_PREFIX = "FACTCHECK_"

Kind = Literal["bool", "int", "float", "str", "header", "url", "path", "paths", "strings", "labels"]


@dataclass(frozen=True)
class Setting:
    """One key: its type, default, bounds and a line of help for the docs."""

    kind: Kind
    default: Any
    help: str
    min: float | None = None
    max: float | None = None


SCHEMA: dict[str, Setting] = {
    "rules": Setting("paths", (), "extra rule pack folders, relative to the settings file"),
    "fail_on": Setting("labels", ("contradicted",), "verdicts that make the run fail"),
    "min_checkworthiness": Setting(
        "float", 0.5, "claims scoring below this are not checked", 0.0, 1.0
    ),
    "waivers": Setting("path", None, "waiver file (default: .factcheck-waivers.toml, if present)"),
    "sources.allow_domains": Setting("strings", (), "fetch sources only from these domains"),
    "sources.deny_domains": Setting("strings", (), "never fetch sources from these domains"),
    "sources.max_per_article": Setting(
        "int", DEFAULT_MAX_SOURCES, "an article's own sources fetched at most", 1
    ),
    "fetch.concurrency": Setting("int", 8, "requests in flight at once", 1, 256),
    "fetch.per_host": Setting("int", 1, "requests in flight to one host", 1, 64),
    "fetch.host_delay": Setting("float", 1.0, "seconds between requests to one host", 0, 600),
    "fetch.connect_timeout": Setting("float", 5.0, "seconds to connect", 0.1, 600),
    "fetch.read_timeout": Setting("float", 10.0, "seconds between bytes read", 0.1, 600),
    "fetch.url_deadline": Setting("float", 45.0, "seconds for one URL, retries included", 0.1),
    "fetch.deadline": Setting("float", DEFAULT_DEADLINE, "seconds for all fetching in a run", 0.1),
    "fetch.retries": Setting("int", 2, "retries of a failed request", 0, 10),
    "fetch.max_bytes": Setting("int", None, "largest page, in bytes, after decoding", 1024),
    "fetch.cache_dir": Setting("path", None, "evidence cache folder"),
    "fetch.obey_robots": Setting("bool", True, "obey robots.txt"),
    "fetch.recheck_local": Setting(
        "bool", True, "ask every run again for local and private-network pages"
    ),
    "fetch.user_agent": Setting("header", None, "User-Agent header of every request"),
    "search.backends": Setting(
        "strings", None, "search backends to run (default: every one that is configured)"
    ),
    "search.searxng_url": Setting("url", None, "base URL of a SearXNG instance"),
    "search.max_queries": Setting("int", 8, "search queries in a whole run", 0, 1000),
    "search.max_results": Setting("int", 10, "search results fetched as sources in a run", 0),
    "search.per_query": Setting("int", 5, "results each search asks for", 1, 100),
    "search.language": Setting("str", "en", "language of the searches"),
    "claimreview.author": Setting("str", None, "the organisation publishing ClaimReviews"),
    "claimreview.author_url": Setting("url", None, "its home page"),
    "claimreview.page_url": Setting("url", None, "URL of the published fact-check page"),
}


@dataclass(frozen=True)
class Settings:
    """Resolved settings: every key of :data:`SCHEMA`, and where the file was."""

    values: Mapping[str, Any]
    file: Path | None = None

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def section(self, name: str) -> dict[str, Any]:
        """The keys of one table, e.g. ``section("search")``, without the prefix."""
        prefix = name + "."
        return {k[len(prefix) :]: v for k, v in self.values.items() if k.startswith(prefix)}


def find_config(start: Path) -> tuple[Path, tuple[str, ...]] | None:
    """The nearest settings file at or above ``start``: ``.factcheck.toml``, or a
    ``pyproject.toml`` with a ``[tool.factcheck]`` table. Returns the file and the table
    path the settings live under."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own, ()
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject, ("tool", "factcheck")
    return None


def _has_tool_table(pyproject: Path) -> bool:
    data, _ = load_toml(pyproject)
    tool = data.get("tool")
    return isinstance(tool, dict) and "factcheck" in tool


def load_settings(
    config: Path | None = None,
    *,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Defaults, overlaid by the settings file (``config``, ``$FACTCHECK_CONFIG`` or the
    nearest one), overlaid by ``FACTCHECK_*`` variables."""
    cwd = cwd or Path.cwd()
    environ = os.environ if environ is None else environ
    values = {name: s.default for name, s in SCHEMA.items()}
    named = config or (Path(v) if (v := environ.get("FACTCHECK_CONFIG")) else None)
    found: tuple[Path, tuple[str, ...]] | None
    if named is not None:
        named = named if named.is_absolute() else cwd / named
        if not named.is_file():
            raise ConfigError("no such settings file", str(named))
        found = (named, ("tool", "factcheck") if named.name == "pyproject.toml" else ())
    else:
        found = find_config(cwd)
    if found is not None:
        values.update(_from_file(*found))
    values.update(_from_environ(environ, cwd))
    return Settings(values, found[0] if found else None)


def _from_file(path: Path, table: tuple[str, ...]) -> dict[str, Any]:
    data, lines = load_toml(path)
    for key in table:
        data = data.get(key, {})
        if not isinstance(data, dict):
            raise ConfigError(f"[{'.'.join(table)}] must be a table", str(path), lines.line(table))
    out: dict[str, Any] = {}
    for name, value in _flatten(data, path, lines, table):
        setting = SCHEMA[name]
        where = lines.line((*table, *name.split(".")))
        try:
            out[name] = _convert(setting, value, base=path.parent)
        except ValueError as exc:
            raise ConfigError(f"{name}: {exc}", str(path), where) from None
    return out


def _flatten(
    data: dict[str, Any], path: Path, lines: KeyLines, table: tuple[str, ...]
) -> list[tuple[str, Any]]:
    sections = {n.split(".")[0] for n in SCHEMA if "." in n}
    out = []
    for key, value in data.items():
        if key in sections and isinstance(value, dict):
            out += [(f"{key}.{sub}", v) for sub, v in value.items()]
        else:
            out.append((key, value))
    for name, _ in out:
        if name not in SCHEMA:
            hint = difflib.get_close_matches(name, SCHEMA, n=1)
            message = f"unknown setting {name!r}"
            if hint:
                message += f" (did you mean {hint[0]!r}?)"
            raise ConfigError(message, str(path), lines.line((*table, *name.split("."))))
    return out


def _from_environ(environ: Mapping[str, str], cwd: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, setting in SCHEMA.items():
        variable = env_name(name)
        if variable in environ:
            try:
                out[name] = _convert(setting, _parse_env(setting, environ[variable]), base=cwd)
            except ValueError as exc:
                raise UsageError(f"{variable}: {exc}") from None
    return out


def env_name(name: str) -> str:
    """The environment variable of a setting: ``fetch.concurrency`` ->
    ``FACTCHECK_FETCH_CONCURRENCY``."""
    return ENV_PREFIX + name.upper().replace(".", "_")


def _parse_env(setting: Setting, raw: str) -> Any:
    text = raw.strip()
    if setting.kind in ("paths", "strings", "labels"):
        return [item.strip() for item in text.split(",") if item.strip()]
    if setting.kind == "bool":
        lowered = text.lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"expected true or false, got {raw!r}")
    if setting.kind == "int":
        try:
            return int(text)
        except ValueError:
            raise ValueError(f"expected an integer, got {raw!r}") from None
    if setting.kind == "float":
        try:
            return float(text)
        except ValueError:
            raise ValueError(f"expected a number, got {raw!r}") from None
    return text


def _convert(setting: Setting, value: Any, *, base: Path) -> Any:
    kind = setting.kind
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false, got {_show(value)}")
        return value
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"expected a number, got {_show(value)}")
        if kind == "int" and not isinstance(value, int):
            raise ValueError(f"expected an integer, got {_show(value)}")
        if not math.isfinite(value):
            raise ValueError(f"expected a finite number, got {value}")
        if setting.min is not None and value < setting.min:
            raise ValueError(f"must be at least {setting.min:g}, got {value}")
        if setting.max is not None and value > setting.max:
            raise ValueError(f"must be at most {setting.max:g}, got {value}")
        return float(value) if kind == "float" else value
    if kind in ("str", "header", "url", "path"):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"expected a non-empty string, got {_show(value)}")
        if kind == "header" and not all(" " <= c <= "~" for c in value):
            # A line break would end the header and start another (header injection);
            # other control or non-ASCII characters fail every request.
            raise ValueError(f"only printable ASCII may go in an HTTP header, got {value!r}")
        if kind == "url":
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"expected an http(s) URL, got {value!r}")
        return _path(value, base) if kind == "path" else value
    items = _string_list(value)
    if kind == "labels":
        unknown = [v for v in items if v not in VERDICT_LABELS]
        if unknown:
            raise ValueError(
                f"unknown verdict {unknown[0]!r} (choose from {', '.join(VERDICT_LABELS)})"
            )
    if kind == "paths":
        paths = tuple(_path(v, base) for v in items)
        missing = [p for p in paths if not p.is_dir()]
        if missing:
            raise ValueError(f"no such folder {str(missing[0])!r}")
        return paths
    return tuple(items)


def _string_list(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"expected a list of strings, got {_show(value)}")
    return [v.strip() for v in value]


def _path(value: str, base: Path) -> Path:
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _show(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    names.update({list: "a list", dict: "a table"})
    return names.get(type(value), type(value).__name__)


def check_options(settings: Settings, base: CheckOptions | None = None) -> CheckOptions:
    """The :class:`CheckOptions` the settings describe, on top of ``base`` (search is on:
    set ``search=None`` for a run that uses only cited and named sources)."""
    base = base or CheckOptions()
    fetch = base.fetch
    changes: dict[str, Any] = {
        "allow_domains": settings["sources.allow_domains"],
        "deny_domains": settings["sources.deny_domains"],
    }
    for key in (
        "concurrency",
        "per_host",
        "host_delay",
        "connect_timeout",
        "read_timeout",
        "url_deadline",
        "retries",
        "deadline",
        "cache_dir",
        "obey_robots",
        "recheck_local",
        "user_agent",
    ):
        value = settings[f"fetch.{key}"]
        if value is not None:
            changes[key] = value
    if settings["fetch.max_bytes"] is not None:
        changes["max_decoded_bytes"] = settings["fetch.max_bytes"]
        changes["max_wire_bytes"] = min(fetch.max_wire_bytes, settings["fetch.max_bytes"])
    search = {k: v for k, v in settings.section("search").items() if v is not None}
    return dataclasses.replace(
        base,
        fetch=dataclasses.replace(fetch, **changes),
        search=dataclasses.replace(base.search or SearchOptions(), **search),
        rules=tuple(settings["rules"]),
        min_checkworthiness=settings["min_checkworthiness"],
        max_sources=settings["sources.max_per_article"],
    )
