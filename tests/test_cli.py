"""The command line, through click's CliRunner: stdout and stderr apart, exit codes
0/1/2, one-line errors, batches, waivers, baselines and re-rendering saved reports."""

from __future__ import annotations

import functools
import io
import json
import re
import shlex
import shutil
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, NoReturn

import click
import pytest
import yaml
from click.testing import CliRunner, Result
from conftest import LOOPBACK, ROOT

import factcheck.check
from factcheck.cli import cli
from factcheck.rulepacks.ruleset import RuleSet

SEED = ROOT / "seeds" / "netflix-ai-hiring.txt"
CASSETTE = ROOT / "cassettes" / "netflix-ai-hiring.yaml"
# Settings for loopback tests: no politeness delay, no robots.txt, no disk cache.
LOCAL = {
    "FACTCHECK_FETCH_HOST_DELAY": "0",
    "FACTCHECK_FETCH_OBEY_ROBOTS": "false",
}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, rules_loaded_once: None) -> None:
    """Each test runs in an empty folder (no settings file above it is found, as the tmp
    folder is outside the project), with no FACTCHECK_* variables, and with the built-in
    rules loaded once for the session."""
    for name in list(__import__("os").environ):
        if name.startswith("FACTCHECK_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=stdin)


def seed_args(*extra: str, path: Path = SEED) -> list[str]:
    return ["check", str(path), "--replay", str(CASSETTE), "--no-cache", "-q", *extra]


@pytest.fixture(scope="module")
def seed_json(ruleset: RuleSet) -> str:
    """The seed's JSON report, from one CLI run shared by the tests that only read it."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(factcheck.check, "load_rules", lambda dirs=(), cache_dir=None: ruleset)
        result = run(*seed_args("--format", "json"))
    assert result.exit_code == 1, result.stderr
    return result.stdout


def one_line_error(result: Result, code: int = 2) -> str:
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("factcheck: ")
    return lines[0]


# --- documentation --------------------------------------------------------------------


def _commands(
    command: click.Command, path: str = "factcheck"
) -> Iterator[tuple[str, click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _commands(sub, f"{path} {name}")


def test_every_command_and_option_is_documented() -> None:
    for path, command in _commands(cli):
        assert command.help and command.help.strip(), f"{path} has no help"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{path} {param.opts[0]} has no help"


def test_every_contract_option_exists() -> None:
    check = cli.commands["check"]
    options = {opt for p in check.params for opt in getattr(p, "opts", [])}
    for name in (
        "--format", "-o", "--output", "--source", "--sources-file", "--no-search", "--replay",
        "--record", "--allow-private", "--fail-on", "--rules", "--config",
    ):  # fmt: skip
        assert name in options
    assert set(cli.commands) == {"check", "claims", "rules", "report"}


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"factcheck {factcheck.__version__}\n"


# --- exit codes -----------------------------------------------------------------------


def test_seed_check_fails_on_its_contradicted_claim(seed_json: str) -> None:
    data = json.loads(seed_json)
    assert data["summary"]["contradicted"] >= 1  # so the run exited 1 (seed_json checks)
    result = run(*seed_args("--fail-on", ""))
    assert result.exit_code == 0  # nothing can fail
    assert result.stderr == ""
    assert result.stdout.endswith("No claim fails the check (failing verdicts: nothing).\n")


def test_exit_code_follows_fail_on(seed_json: str, tmp_path: Path) -> None:
    data = json.loads(seed_json)
    saved = tmp_path / "seed.json"
    saved.write_text(seed_json)
    for labels in ("supported", "mixed,unverified", "unverified", "contradicted", ""):
        chosen = {label for label in labels.split(",") if label}
        expected = 1 if any(data["summary"][label] for label in chosen) else 0
        result = run("report", str(saved), "--fail-on", labels, "--format", "json")
        assert result.exit_code == expected, labels
    assert run(*seed_args("--fail-on", "supported,mixed")).exit_code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.md"], "factcheck: error: missing.md: no such file"),
        (["check", "nothing/*.md"], "factcheck: error: nothing/*.md: no file matches this pattern"),
        (["check", str(SEED), "--fail-on", "false"], "unknown verdict 'false'"),
        (["check", str(SEED), "--replay", "no.yaml"], "'no.yaml' does not exist"),
        (["check", str(SEED), "--jobs", "0"], "--jobs"),
        (["check", str(SEED), "--min-checkworthiness", "2"], "--min-checkworthiness"),
        (["check"], "Missing argument"),
        (["check", str(SEED), "--bogus"], "No such option"),
        (["check", str(SEED), "--config", "absent.toml"], "absent.toml: no such settings file"),
        (["report", "absent.json"], "absent.json: cannot read"),
        (["frobnicate"], "No such command"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    assert message in one_line_error(run(*args))


def test_bad_config_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.toml").write_text(
        'fail_on = ["contradicted"]\n[fetch]\nconcurency = 2\n'
    )
    line = one_line_error(run("check", str(SEED)))
    assert line == (
        f"factcheck: error: {tmp_path / '.factcheck.toml'}:3: unknown setting "
        "'fetch.concurency' (did you mean 'fetch.concurrency'?)"
    )


def test_bad_environment_variable(tmp_path: Path) -> None:
    line = one_line_error(run("check", str(SEED), env={"FACTCHECK_FETCH_CONCURRENCY": "many"}))
    assert line == "factcheck: error: FACTCHECK_FETCH_CONCURRENCY: expected an integer, got 'many'"


def test_bad_rule_pack_names_file_and_line(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("name: local\nversion: 1\ndescription: [unclosed\n")
    line = one_line_error(run("check", str(SEED), "--rules", str(pack)))
    assert "error: pack/pack.yaml:3:" in line


@pytest.mark.parametrize(
    "content",
    ["{not json", '{"schema": "something-else"}', '{"schema": "factcheck-report/1"}', "\udcff"],
)
def test_unreadable_report_json(tmp_path: Path, content: str) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    line = one_line_error(run("report", str(path)))
    assert str(path) in line


def test_unwritable_output(tmp_path: Path) -> None:
    line = one_line_error(run(*seed_args("-o", str(tmp_path / "no" / "such" / "dir.txt"))))
    assert "cannot write the report" in line


def test_internal_errors_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> NoReturn:
        raise RuntimeError("kaput")

    monkeypatch.setattr("factcheck.check.check", boom)
    line = one_line_error(run("check", str(SEED)))
    assert line.startswith("factcheck: internal error: RuntimeError: kaput")


# --- outputs --------------------------------------------------------------------------


def test_output_file_and_report_rerender(tmp_path: Path) -> None:
    saved = tmp_path / "report.json"
    result = run(*seed_args("--format", "json", "-o", str(saved)))
    assert result.exit_code == 1 and result.stdout == ""
    direct = run(*seed_args("--format", "markdown")).stdout
    again = run("report", str(saved), "--format", "markdown")
    assert again.exit_code == 0  # report re-renders; it does not gate without --fail-on
    assert again.stdout == direct
    gated = run("report", str(saved), "--format", "github", "--fail-on", "contradicted")
    assert gated.exit_code == 1
    assert gated.stdout.startswith("::")


def test_claims_command_lists_without_fetching() -> None:
    result = run("claims", str(SEED), "--format", "json")
    assert result.exit_code == 0
    claims = json.loads(result.stdout)
    assert {"salary", "job_title", "strike", "comparison"} <= {c["type"] for c in claims}


def test_min_checkworthiness_option_and_setting(tmp_path: Path) -> None:
    def count(*args: str, env: dict[str, str] | None = None) -> int:
        result = run("claims", str(SEED), "--format", "json", *args, env=env)
        assert result.exit_code == 0, result.stderr
        return len(json.loads(result.stdout))

    default = count()
    (tmp_path / ".factcheck.toml").write_text("min_checkworthiness = 0.0\n")
    from_file = count()
    assert from_file > default  # plain statements scoring under 0.5 now count too
    assert count(env={"FACTCHECK_MIN_CHECKWORTHINESS": "0.5"}) == default  # env over file
    assert count("--min-checkworthiness", "0.5") == default  # CLI over file
    data = json.loads(run(*seed_args("--format", "json", "--min-checkworthiness", "0")).stdout)
    assert data["summary"]["claims"] == from_file


# --- waivers and baselines ------------------------------------------------------------


def _contradicted(report_json: str) -> list[dict[str, Any]]:
    return [
        c for a in json.loads(report_json)["articles"] for c in a["claims"]
        if c["verdict"] == "contradicted"
    ]  # fmt: skip


def test_waiver_file_accepts_a_claim_even_after_it_moves(tmp_path: Path, seed_json: str) -> None:
    bad = _contradicted(seed_json)
    waivers = tmp_path / "waivers.toml"
    waivers.write_text(
        "".join(
            f'[[waiver]]\nfingerprint = "{c["fingerprint"]}"\nby = "Dana Reyes"\n'
            f'reason = "Confirmed with the union"\nexpires = 2999-12-31\n'
            for c in bad
        )
    )
    moved = tmp_path / "draft.txt"
    moved.write_text("A new first paragraph.\n\n" + SEED.read_text(encoding="utf-8"))
    shutil.copy(SEED.with_name(SEED.stem + ".sources.txt"), tmp_path / "draft.sources.txt")
    result = run(*seed_args("--format", "json", "--waivers", str(waivers), path=moved))
    assert result.exit_code == 0, result.stderr
    claims = {
        c["fingerprint"]: c for a in json.loads(result.stdout)["articles"] for c in a["claims"]
    }
    for c in bad:
        waived = claims[c["fingerprint"]]
        assert waived["line"] == c["line"] + 2
        assert waived["waiver"] == {
            "by": "Dana Reyes",
            "reason": "Confirmed with the union",
            "source": str(waivers),
        }
    text = run(*seed_args("--waivers", str(waivers), path=moved)).stdout
    assert "(waived)" in text and "waived by Dana Reyes" in text


def test_expired_waiver_warns_and_fails(tmp_path: Path, seed_json: str) -> None:
    bad = _contradicted(seed_json)[0]
    entry = f'fingerprint = "{bad["fingerprint"]}"\nby = "D"\nreason = "r"\nexpires = 2001-01-01\n'
    (tmp_path / ".factcheck-waivers.toml").write_text("[[waiver]]\n" + entry)
    result = run(*seed_args())
    assert result.exit_code == 1
    assert result.stderr == (
        f"factcheck: warning: {tmp_path / '.factcheck-waivers.toml'}:1: the waiver for "
        f"{bad['fingerprint']} expired on 2001-01-01; the claim is checked again\n"
    )


def test_inline_ignore_marker(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    shutil.copy(SEED, draft)
    shutil.copy(SEED.with_name(SEED.stem + ".sources.txt"), tmp_path / "draft.sources.txt")
    bad = _contradicted(run(*seed_args("--format", "json", path=draft)).stdout)
    assert bad
    lines = draft.read_text(encoding="utf-8").split("\n")
    for c in bad:
        lines[c["line"] - 1] += " <!-- factcheck: ignore -->"
    draft.write_text("\n".join(lines), encoding="utf-8")
    result = run(*seed_args("--format", "json", path=draft))
    assert result.exit_code == 0
    waived = [c for c in _contradicted(result.stdout) if c.get("waiver")]
    assert [c["fingerprint"] for c in waived] == [c["fingerprint"] for c in bad]
    assert waived[0]["waiver"]["source"] == "inline"


def test_baseline_fails_only_on_new_contradictions(tmp_path: Path, seed_json: str) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(seed_json)
    assert run(*seed_args("--baseline", str(baseline))).exit_code == 0
    data = json.loads(baseline.read_text())
    for a in data["articles"]:
        a["claims"] = [c for c in a["claims"] if c["verdict"] != "contradicted"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data))
    result = run(*seed_args("--baseline", str(older), "--format", "sarif"))
    assert result.exit_code == 1
    states = {r["baselineState"] for r in json.loads(result.stdout)["runs"][0]["results"]}
    assert states == {"new", "unchanged"}


# --- batches --------------------------------------------------------------------------


@contextmanager
def counting_server(directory: Path) -> Iterator[tuple[str, Counter[str]]]:
    hits: Counter[str] = Counter()

    class Handler(SimpleHTTPRequestHandler):
        def do_GET(self) -> None:
            hits[self.path] += 1
            super().do_GET()

        def log_message(self, format: str, *args: object) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


PAGE = """<!DOCTYPE html><html><head><title>Acme pay</title></head><body><article>
<p>Acme Corp is hiring a Senior Data Engineer at a salary of $120,000 a year.</p>
<p>Acme Corp workers went on strike against the company in May.</p></article></body></html>"""


@pytest.mark.block_network(allowed_hosts=LOOPBACK)
def test_batch_of_folders_and_globs_fetches_shared_sources_once(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "acme.html").write_text(PAGE)
    with counting_server(site) as (base, hits):
        drafts = tmp_path / "drafts"
        (drafts / "sub").mkdir(parents=True)
        (drafts / ".hidden").mkdir()
        link = f"{base}/acme.html"
        bodies = {
            drafts / "one.md": f"Acme Corp pays a Senior Data Engineer $120,000 a year ({link}).\n",
            drafts / "sub" / "two.txt": f"Acme is seeking a “Senior Data Engineer”, says {link}\n",
            drafts / ".hidden" / "skip.md": "Not an article.\n",
            drafts / "notes.rst": "Not an article either.\n",
            tmp_path / "three.md": f"Acme Corp offers $900,000 a year to an engineer ({link}).\n",
        }  # fmt: skip
        for path, body in bodies.items():
            path.write_text(body)
        args = [
            "check",
            "drafts",
            "*.md",
            "--allow-private",
            "--no-search",
            "--no-cache",
            "-q",
            "--format",
            "json",
        ]
        result = run(*args, env=LOCAL)
        assert result.exit_code in (0, 1), result.stderr
        data = json.loads(result.stdout)
        assert [a["path"] for a in data["articles"]] == [
            "drafts/one.md",
            "drafts/sub/two.txt",
            "three.md",
        ]
        assert all(a["claims"] for a in data["articles"])
        assert [s["url"] for s in data["sources"]] == [f"{base}/acme.html"]
        assert hits["/acme.html"] == 1
        parallel = run(*args, "--jobs", "2", env=LOCAL)
        assert json.loads(parallel.stdout)["articles"] == data["articles"]
        assert parallel.exit_code == result.exit_code


def test_stdin_article() -> None:
    result = run("claims", "-", stdin="Netflix is offering a salary of up to $900,000 a year.\n")
    assert result.exit_code == 0
    assert result.stdout.startswith("<stdin>:1:")


# --- the CI integration shipped with the project --------------------------------------


def _parses(line: str) -> None:
    words = shlex.split(line)
    assert words[0] == "factcheck", line
    command = cli.commands[words[1]]
    with command.make_context(words[1], words[2:]) as ctx:
        assert ctx.params  # every option was accepted and converted


def test_the_ci_workflow_runs_real_commands() -> None:
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(name: factcheck.*?)```", text, re.S)
    assert block is not None, "docs/ci.md has no workflow"
    workflow = yaml.safe_load(block.group(1))
    steps = workflow["jobs"]["factcheck"]["steps"]
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    assert any(s.get("uses", "").startswith("actions/cache") for s in steps)
    assert workflow["permissions"]["security-events"] == "write"
    script = "\n".join(s.get("run", "") for s in steps)
    commands = [
        line.strip()
        .replace('"${drafts[@]}"', "a.md b.md")
        .replace('"${baseline[@]}"', "--baseline base.json")
        for line in script.splitlines()
        if line.strip().startswith("factcheck ")
    ]
    assert len(commands) >= 4
    for line in commands:
        _parses(line)
    sarif_out = next(c for c in commands if "--format sarif" in c)
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] in sarif_out
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.splitlines():
            if line.startswith("factcheck "):
                _parses(line)


def test_the_pre_commit_hook() -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factcheck"
    assert hook["types"] == ["markdown"]
    assert hook["require_serial"] is True and hook["pass_filenames"] is True
    _parses(hook["entry"] + " drafts/a.md drafts/b.md")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_fetching_progress_is_drawn_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.cli import _Progress

    for terminal, enabled in ((_Terminal(), True), (io.StringIO(), True), (_Terminal(), False)):
        monkeypatch.setattr(sys, "stderr", terminal)
        progress = _Progress(enabled)
        for done in (1, 2, 3):
            progress(done, 3, f"https://example.org/{done}")
        progress.finish()
        drawn = terminal.getvalue()
        if enabled and terminal.isatty():
            assert "Fetching sources" in drawn and "3/3" in drawn and drawn.endswith("\n")
        else:
            assert "3/3" not in drawn
