"""Record and replay fetches as VCR.py cassettes (the format pytest-recording writes).

VCR.py patches ``httpx.AsyncHTTPTransport.handle_async_request`` on the class;
the fetcher's transport inherits that method, so in replay mode every request is
answered from the cassette before a socket or a DNS lookup could happen. Bodies
are stored still content-encoded, exactly as they came off the wire.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import vcr
import yaml

from factcheck.errors import UsageError

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Values a cassette may hold once its aliases are expanded: a recorded run of a hundred
# pages holds a few thousand. More means a few lines of nested aliases (an alias bomb)
# that VCR.py would expand while matching requests.
MAX_VALUES = 1_000_000
MAX_DEPTH = 64

# Recorded responses keep Date (replays use it as fetched_at) but lose anything
# that identifies a session or a client.
_DROPPED_RESPONSE_HEADERS = frozenset(
    {
        "set-cookie",
        "set-cookie2",
        "www-authenticate",
        "proxy-authenticate",
        "cf-ray",
        "x-request-id",
        "report-to",
        "nel",
    }
)
_DROPPED_REQUEST_HEADERS = ("authorization", "proxy-authorization", "cookie")
# API keys travel in the query (Google's "key"): never written, and ignored when matching.
_DROPPED_QUERY_PARAMETERS = ("key",)


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers") or {}
    response["headers"] = {
        k: v for k, v in headers.items() if k.lower() not in _DROPPED_RESPONSE_HEADERS
    }
    return response


def check_cassette(path: Path) -> None:
    """Refuse, with a one-line :class:`UsageError` at ``path:line:col``, a file VCR.py
    could not replay: unreadable, empty, not YAML, aliases that expand without bound,
    or not the shape of a cassette (``interactions``, each with a request and a
    response)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the cassette: {exc.strerror or exc}") from None
    _check_once(str(path), info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=8)
def _check_once(shown: str, mtime_ns: int, size: int) -> None:
    # A run replays the cassette in several fetches; an unchanged file is checked once.
    try:
        text = Path(shown).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{shown}: cannot read the cassette: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{shown}: not a cassette: not UTF-8 text") from None
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        raise _error(shown, exc.problem_mark, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise UsageError(f"{shown}: not a cassette: invalid YAML: {exc}") from None
    if root is None:
        raise UsageError(f"{shown}: not a cassette: the file is empty")
    _check_size(shown, root)
    interactions = _field(shown, root, "interactions", yaml.SequenceNode, "a list")
    for item in interactions.value:
        request = _field(shown, item, "request", yaml.MappingNode, "a mapping")
        for key in ("method", "uri"):
            _field(shown, request, key, yaml.ScalarNode, "a string")
        for key in ("body", "headers"):
            _field(shown, request, key, yaml.Node, "present")
        response = _field(shown, item, "response", yaml.MappingNode, "a mapping")
        _check_response(shown, response)


def _check_response(shown: str, response: yaml.MappingNode) -> None:
    status = _field(shown, response, "status", yaml.MappingNode, "a mapping")
    code = _field(shown, status, "code", yaml.ScalarNode, "a number")
    if not code.value.isdigit():
        raise _error(shown, code.start_mark, "'code' must be a number")
    message = _field(shown, status, "message", yaml.ScalarNode, "a string")
    if not message.value.isascii():
        raise _error(shown, message.start_mark, "'message' must be ASCII")
    _field(shown, response, "headers", yaml.MappingNode, "a mapping")
    body = _field(shown, response, "body", yaml.MappingNode, "a mapping")
    _field(shown, body, "string", yaml.ScalarNode, "a string")


def _error(shown: str, mark: Any, problem: str) -> UsageError:
    where = f"{shown}:{mark.line + 1}:{mark.column + 1}" if mark is not None else shown
    return UsageError(f"{where}: not a cassette: {problem}")


def _field(shown: str, node: yaml.Node, key: str, kind: type[Any], what: str) -> Any:
    if not isinstance(node, yaml.MappingNode):
        raise _error(shown, node.start_mark, f"expected a mapping holding '{key}'")
    for key_node, value in node.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            if not isinstance(value, kind):
                raise _error(shown, value.start_mark, f"'{key}' must be {what}")
            return value
    raise _error(shown, node.start_mark, f"missing '{key}'")


def _check_size(shown: str, root: yaml.Node) -> None:
    """Count the values the document holds with its aliases expanded, without
    expanding them (a shared node is counted once and reused), and its depth."""
    counts: dict[int, int] = {}
    depths: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in counts:
            continue
        children = _children(node)
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in counts)
            continue
        counts[id(node)] = 1 + sum(counts.get(id(c), 0) for c in children)
        depths[id(node)] = 1 + max((depths.get(id(c), 0) for c in children), default=0)
        if counts[id(node)] > MAX_VALUES:
            raise _error(
                shown,
                node.start_mark,
                f"more than {MAX_VALUES:,} values once its aliases are expanded",
            )
        if depths[id(node)] > MAX_DEPTH:
            raise _error(shown, node.start_mark, f"nested more than {MAX_DEPTH} levels deep")


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


@contextmanager
def cassette_context(replay: Path | None, record: Path | None) -> Iterator[None]:
    """Install VCR.py for the duration of a run: replay-only, recording, or not at all."""
    if replay is not None and record is not None:
        raise UsageError("replay and record cannot be used together")
    with ExitStack() as stack:
        if replay is not None:
            if not replay.is_file():
                raise UsageError(f"cassette not found: {replay}")
            check_cassette(replay)
            recorder = vcr.VCR(
                record_mode="none", filter_query_parameters=_DROPPED_QUERY_PARAMETERS
            )
            stack.enter_context(recorder.use_cassette(str(replay)))
        elif record is not None:
            recorder = vcr.VCR(
                record_mode="all",
                filter_headers=_DROPPED_REQUEST_HEADERS,
                filter_query_parameters=_DROPPED_QUERY_PARAMETERS,
                before_record_response=_scrub_response,
                decode_compressed_response=False,
            )
            record.parent.mkdir(parents=True, exist_ok=True)
            stack.enter_context(recorder.use_cassette(str(record)))
        yield
