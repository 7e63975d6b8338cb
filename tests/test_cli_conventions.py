"""CLI conventions (issue 12, item 15): -V, shell completion, an example in every command's help,
placeholders a person reads, the same -q/--no-color/--select/--ignore on analyze, compare and diff,
and NO_COLOR taking the colour away, not a terminal's width."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
import threading

import pytest
import typer
from cli_helpers import ROOT, run_cli, run_subprocess
from conftest import CORPUS
from test_cli_startup import PROBE

from redline_cli._version import __version__
from redline_cli.cli import app

BOSTON = CORPUS / "boston-16-62.txt"
SEBASTOPOL = CORPUS / "sebastopol-8-80.txt"
DRAFTS = ROOT / "tests" / "data" / "drafts"


def commands():
    """(path of names, click command) for the root, every command and every subcommand."""
    root = typer.main.get_command(app)
    out = [((), root)]
    todo = [((), root)]
    while todo:
        path, group = todo.pop()
        for name in getattr(group, "commands", {}):
            cmd = group.commands[name]
            out.append(((*path, name), cmd))
            if hasattr(cmd, "commands"):
                todo.append(((*path, name), cmd))
    return out


COMMANDS = commands()


def help_of(capsys, path: tuple[str, ...]) -> str:
    code, out, err = run_cli(capsys, *path, "--help")
    assert code == 0, err
    return out


def test_short_version_flag_is_the_long_one():
    long, short = (run_subprocess("-m", "redline_cli", flag) for flag in ("--version", "-V"))
    assert short.returncode == long.returncode == 0
    assert short.stdout == long.stdout == f"redline {__version__}\n".encode()


def _complete(words: str) -> subprocess.CompletedProcess:
    """What bash completion asks the program for ``words`` (the last word being completed)."""
    env = {"_REDLINE_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1
                                                                                          + words.endswith(" "))}
    return run_subprocess("-c", PROBE, env=env)


def test_shell_completion_is_offered_and_completes_without_loading_spacy(capsys):
    root_help = help_of(capsys, ())
    assert "--install-completion" in root_help and "--show-completion" in root_help
    # the script for a named shell (``--show-completion`` detects the shell from the process tree, which
    # a test runner in the background may not have)
    script = run_subprocess("-m", "redline_cli", env={"_REDLINE_COMPLETE": "source_bash"})
    assert script.returncode == 0 and b"_REDLINE_COMPLETE=complete_bash" in script.stdout
    proc = _complete("redline ana")
    assert proc.stdout.decode().split() == ["analyze"]
    assert '"heavy": []' in proc.stderr.decode()  # completing is as quick as --help: no spaCy, no PDF library
    assert "--format" in _complete("redline analyze --fo").stdout.decode().split()
    assert {"sarif", "json", "github"} <= set(_complete("redline analyze --format ").stdout.decode().split())
    assert {"--select", "--ignore", "--quiet"} <= set(_complete("redline diff --").stdout.decode().split())


def _examples(text: str) -> list[str]:
    section = text[text.index("Examples:"):]
    return [line.strip() for line in section.splitlines()[1:] if line.strip()]


def _redline_words(line: str) -> list[list[str]]:
    """The redline command lines of a shell line, split as the shell would, without redirections."""
    out = []
    for part in re.split(r"&&|\|\||[|;]", line):
        words = shlex.split(part)
        if words and words[0] == "redline":
            cut = next((i for i, w in enumerate(words) if w in ("<", ">", "2>")), len(words))
            out.append(words[1:cut])
    return out


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_has_examples_that_parse(capsys, path, command):
    text = help_of(capsys, path)
    examples = _examples(text)
    assert examples, f"redline {' '.join(path)} --help shows no example"
    runs = [words for line in examples for words in _redline_words(line)]
    assert runs and all(words[: len(path)] == list(path) for words in runs if "COMMAND" not in words)
    root = typer.main.get_command(app)
    for words in runs:
        if "COMMAND" in words:
            continue
        cmd, rest, parent = root, words, root.context_class(root, info_name="redline")
        while hasattr(cmd, "commands"):  # walk down to the command the example names
            name, rest = rest[0], rest[1:]
            cmd, parent = cmd.commands[name], cmd.context_class(cmd.commands[name], info_name=name, parent=parent)
        cmd.make_context(parent.info_name, list(rest), parent=parent.parent)  # raises on a bad flag or value
        for word in rest:  # files of this repository that an example names exist
            if re.match(r"(corpus|tests)/", word):
                assert any(ROOT.glob(word)), word  # the shell expands a glob: it names some file


def test_the_examples_run_as_written(capsys, monkeypatch):
    """The examples that name this repository's files run, from its root, with the documented exit codes."""
    monkeypatch.chdir(ROOT)
    assert run_cli(capsys, "analyze", "corpus/boston-16-62.txt")[0] == 1  # the README's first run: the gate trips
    code, out, _ = run_cli(capsys, "diff", "tests/data/drafts/draft-v1.txt", "tests/data/drafts/draft-v2.txt")
    assert code == 0 and "exemption-widened" in out
    assert run_cli(capsys, "explain", "frame.scope.term-excludes")[0] == 0


TYPE_NAMES = re.compile(r"<(?:int|float|str|path|bool|file|list\[[^\]]*\]|tuple\[[^\]]*\])(?: range)?>|"
                        r"\{[a-z_]+\}", re.I)


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_help_names_values_by_placeholders_not_python_types(capsys, path, command):
    text = help_of(capsys, path)
    assert not TYPE_NAMES.search(text), TYPE_NAMES.search(text).group(0)
    usage = text.splitlines()[0]
    usage_pattern = r"Usage: redline[\w -]*( \[OPTIONS\])?( [\[A-Z_.\] ]+)*( COMMAND \[ARGS\]\.\.\.)?"
    assert re.fullmatch(usage_pattern, usage), usage
    for param in command.params:  # every option that takes a value names it in capitals or lists its choices
        if getattr(param, "is_flag", False) or param.param_type_name != "option" or param.hidden:
            continue
        shown = re.search(re.escape(max(param.opts, key=len)) + r" (\S+)", text)
        assert shown and (shown.group(1).isupper() or "|" in shown.group(1)), (param.opts, shown)


def test_the_placeholders_say_what_to_give(capsys):
    analyze = help_of(capsys, ("analyze",))
    for shown in ("[PATH...]", "--output FILE", "--max-score N", "--jobs N", "--timeout SECONDS", "--glob GLOB",
                  "--select GLOB", "--ignore GLOB", "--rules DIR", "--files-from FILE", "--baseline FILE"):
        assert shown in analyze, shown
    assert "Usage: redline diff [OPTIONS] OLD NEW" in help_of(capsys, ("diff",))
    assert "--width N" in help_of(capsys, ("compare",))


SHARED = {"--quiet", "-q", "--no-color", "--select", "--ignore", "--rules", "--output", "-o", "--format", "--engine",
          "--no-cache"}


def test_compare_and_diff_take_the_flags_analyze_takes():
    opts = {name: {o for p in cmd.params for o in p.opts} for name, cmd in
            ((path[0], cmd) for path, cmd in COMMANDS if len(path) == 1)}
    for name in ("analyze", "compare", "diff"):
        assert opts[name] >= SHARED, (name, SHARED - opts[name])


def _counts(csv_text: str) -> dict[str, dict[str, str]]:
    return {row["path"]: row for row in csv.DictReader(io.StringIO(csv_text))}


def test_compare_select_and_ignore_choose_the_findings_as_analyze_does(capsys):
    code, out, _ = run_cli(capsys, "compare", BOSTON, SEBASTOPOL, "-f", "csv", "-j", "1")
    plain = _counts(out)
    assert code == 0 and plain[str(BOSTON)]["criminal-investigation"] == "1"
    code, out, _ = run_cli(capsys, "compare", BOSTON, SEBASTOPOL, "-f", "csv", "-j", "1",
                           "--ignore", "exemption.criminal-investigation")
    ignored = _counts(out)
    assert code == 0 and ignored[str(BOSTON)]["criminal-investigation"] == "0"
    assert ignored[str(BOSTON)]["score"] == plain[str(BOSTON)]["score"]  # the law's score is the same
    assert ignored[str(SEBASTOPOL)]["exemptions"] == plain[str(SEBASTOPOL)]["exemptions"]
    code, out, _ = run_cli(capsys, "compare", BOSTON, SEBASTOPOL, "-f", "csv", "-j", "1", "--select", "gap.*")
    assert code == 0 and all(row["exemptions"] == "0" for row in _counts(out).values())
    code, _, err = run_cli(capsys, "compare", BOSTON, "--ignore", "exemption.no-such-thing")
    assert code == 2 and "--ignore 'exemption.no-such-thing' matches no rule" in err


def test_diff_select_and_ignore_and_quiet(capsys):
    v1, v2 = DRAFTS / "draft-v1.txt", DRAFTS / "draft-v2.txt"

    def kinds(*flags: str) -> tuple[int, list[str], str]:
        code, out, err = run_cli(capsys, "diff", v1, v2, "-f", "json", *flags)
        return code, [c["rule_id"] or c["kind"] for c in json.loads(out)["diff"]["changes"]], err

    code, plain, err = kinds("--fail-on-new")
    assert code == 1 and "exemption.imminent-threat" in plain
    assert "redline: gate failed: the new draft worsens the law" in err  # said, as analyze says its gate failed
    code, ignored, _ = kinds("--ignore", "exemption.imminent-threat")
    assert code == 0 and "exemption.imminent-threat" not in ignored and set(ignored) < set(plain)
    _, selected, _ = kinds("--select", "exemption.criminal-*")
    assert [r for r in selected if r.startswith("exemption.")] == ["exemption.criminal-investigation"]
    code, _, err = kinds("--fail-on-new", "--quiet", "--no-color")
    assert code == 1 and err == ""
    code, _, err = run_cli(capsys, "diff", v1, v2, "--select", "exemptoin.*")
    assert code == 2 and "--select 'exemptoin.*' matches no rule" in err


# ---------------------------------------------------------------- a real terminal (a pseudo-terminal)
ANSI_COLOR = re.compile(r"\x1b\[[0-9;]*m")


def _on_a_terminal(args: list[str], columns: int, env: dict[str, str]) -> str:
    """Run ``redline ARGS`` with its stdout on a terminal ``columns`` wide; what it showed there."""
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "FORCE_COLOR")}
    full_env.update({"PYTHONPATH": str(ROOT), "TERM": "xterm-256color", **env})
    chunks: list[bytes] = []

    def read() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    proc = subprocess.Popen([sys.executable, "-m", "redline_cli", *args], stdout=slave, stderr=subprocess.PIPE,
                            env=full_env, cwd=ROOT)
    os.close(slave)
    proc.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")


def _widest(text: str) -> int:
    return max(len(ANSI_COLOR.sub("", line).rstrip()) for line in text.splitlines())


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize("command", [["analyze", str(BOSTON), "--fail-on", "never"],
                                     ["compare", str(BOSTON), str(SEBASTOPOL), "-j", "1"]], ids=["analyze", "compare"])
def test_no_color_takes_the_colour_away_not_the_terminals_width(command):
    coloured = _on_a_terminal(command, 132, {})
    assert ANSI_COLOR.search(coloured) and 80 < _widest(coloured) <= 132
    for how in ({"NO_COLOR": "1"}, {"__flag": ""}):
        args = command + (["--no-color"] if "__flag" in how else [])
        plain = _on_a_terminal(args, 132, {k: v for k, v in how.items() if k != "__flag"})
        assert not ANSI_COLOR.search(plain), how
        assert _widest(plain) == _widest(coloured), how  # the layout of the same terminal
    narrow = _on_a_terminal(command, 90, {"NO_COLOR": "1"})
    assert _widest(narrow) <= 90 < _widest(coloured)


def test_force_color_colours_a_pipe_unless_no_color_says_otherwise():
    args = ("-m", "redline_cli", "analyze", str(BOSTON), "--fail-on", "never")
    forced = run_subprocess(*args, env={"NO_COLOR": "", "FORCE_COLOR": "1"}).stdout.decode()
    assert ANSI_COLOR.search(forced) and "exemption.criminal-investigation" in ANSI_COLOR.sub("", forced)
    both = run_subprocess(*args, env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).stdout.decode()
    assert not ANSI_COLOR.search(both)
    assert not ANSI_COLOR.search(run_subprocess(*args, env={"NO_COLOR": ""}).stdout.decode())  # a pipe: plain
