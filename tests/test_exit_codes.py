"""Exit codes that tell the truth when the streams around redline are closed or go away: 1 means a
gate tripped and nothing else. Each case runs redline as a CI job would, in a child process whose
stdin, stdout or stderr is closed, or whose reader leaves early."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import ROOT, wait_for_workers
from conftest import CORPUS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors")

LAW = CORPUS / "sebastopol-8-80.txt"


def redline(args: str, tmp_path) -> subprocess.CompletedProcess:
    """Run ``redline ARGS`` under bash, so the redirections in ARGS (``<&-``, ``2>&-``, ``| true``)
    apply; ``rc`` is redline's own exit status, also inside a pipeline."""
    status = tmp_path / "status"
    command = f'"{sys.executable}" -m redline_cli {args}; echo "${{PIPESTATUS[0]}}" > "{status}"'
    # (the run's shared cache, conftest.py: what these tests prove is the exit code, not the analysis)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, capture_output=True, text=True)
    proc.rc = int(status.read_text())
    return proc


def test_a_closed_stdin_is_an_input_error_and_the_other_files_are_read(tmp_path):
    proc = redline(f"analyze - {LAW} -f json --fail-on never <&-", tmp_path)
    assert proc.rc == 3, proc.stderr
    docs = json.loads(proc.stdout)["documents"]
    assert [d["status"] for d in docs] == ["error", "ok"] and docs[0]["error"] == "stdin is closed"
    assert proc.stderr.strip() == "redline: <stdin>: stdin is closed"


@pytest.mark.parametrize("args", ["analyze --files-from -", "diff - {law}", "compare - {law}"])
def test_every_command_reading_a_closed_stdin_says_so_in_one_line(args, tmp_path):
    proc = redline(args.format(law=LAW) + " <&-", tmp_path)
    assert proc.rc in (2, 3) and "Traceback" not in proc.stderr
    assert "stdin is closed" in proc.stderr


def test_a_reader_that_leaves_does_not_change_the_exit_code(tmp_path):
    missing = tmp_path / "missing.txt"
    assert redline(f"analyze {missing} {LAW} --fail-on never | true", tmp_path).rc == 3
    assert redline(f"analyze {LAW} --fail-on never | true", tmp_path).rc == 0
    assert redline(f"analyze {LAW} --fail-on low | true", tmp_path).rc == 1


def test_a_closed_stderr_keeps_the_report_clean_and_the_exit_code(tmp_path):
    missing = tmp_path / "missing.txt"
    for args in (f"analyze {missing} -f json 2>&-", f"analyze {missing} {LAW} -f json --fail-on never 2>&-"):
        proc = redline(args, tmp_path)
        assert proc.rc == 3
        json.loads(proc.stdout)  # the error line went nowhere, not into the JSON


def test_a_closed_stdout_still_ends_with_the_runs_exit_code(tmp_path):
    assert redline(f"analyze {LAW} --fail-on low >&-", tmp_path).rc == 1


def test_a_worker_killed_while_idle_costs_no_document(monkeypatch, context, tmp_path):
    """A worker that dies before it is handed a document (killed, out of memory) is replaced."""
    from redline_cli import batch

    made = []

    class DyingFirst(batch._Slot):
        def __init__(self, ctx, ctx_context, pages=False) -> None:
            super().__init__(ctx, ctx_context, pages)
            made.append(self)
            if len(made) == 1:
                self.proc.kill()
                self.proc.join(timeout=5)

    monkeypatch.setattr(batch, "_Slot", DyingFirst)
    texts = []
    for n in range(3):  # new texts: a cached analysis would need no worker at all
        path = tmp_path / f"law{n}.txt"
        path.write_text(f"Sec. {n}. No department shall use face recognition. ({tmp_path.name} {n})\n")
        texts.append(str(path))
    analyses = list(batch.run(texts, context, jobs=2))
    assert len(analyses) == 3 and all(a.status != "error" for a in analyses)
    assert len(made) >= 3  # the dead one was replaced


def test_a_subdirectory_that_cannot_be_listed_is_named_and_exits_3(tmp_path, capsys, monkeypatch):
    """Running as a user who may not enter one folder of a tree of bills: that folder is an input
    error with its reason, the other bills are analyzed, exit 3 (root ignores permissions, so the
    refusal is simulated where the operating system would give it)."""
    from cli_helpers import run_cli

    from redline_cli import api

    (tmp_path / "ok").mkdir()
    (tmp_path / "locked").mkdir()
    for folder in ("ok", "locked"):
        (tmp_path / folder / "bill.txt").write_text("Sec. 1. No department shall use face recognition.\n")
    locked = tmp_path / "locked"
    real_walk, real_scandir = os.walk, os.scandir

    def walk(top, onerror=None, **kw):
        for directory, subdirs, names in real_walk(top, onerror=onerror, **kw):
            if "locked" in subdirs:
                subdirs.remove("locked")
                onerror(PermissionError(13, "Permission denied", str(locked)))
            yield directory, subdirs, names

    def scandir(path="."):
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(api.os, "walk", walk)
    monkeypatch.setattr(api.os, "scandir", scandir)
    code, out, err = run_cli(capsys, "analyze", tmp_path, "-f", "json", "--fail-on", "never")
    docs = {Path(d["path"]).name: d for d in json.loads(out)["documents"]}
    assert code == 3 and docs["bill.txt"]["status"] != "error"
    assert docs["locked"]["status"] == "error" and "Permission denied" in docs["locked"]["error"]
    assert f"{locked}: cannot list this directory" in err


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGHUP"])
def test_sigterm_and_sighup_stop_the_run_as_ctrl_c_does(sig, tmp_path):
    import signal

    target = tmp_path / "report.json"
    many = [str(p) for p in sorted((CORPUS / "variants").glob("*.pdf"))]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REDLINE_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen([sys.executable, "-m", "redline_cli", "analyze", *many, "-f", "json", "--no-cache",
                             "--jobs", "2", "-o", str(target)], cwd=ROOT, env=env, stderr=subprocess.PIPE)
    wait_for_workers(proc.pid)
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 128 + getattr(signal, sig), err.decode()
    assert f"stopped by {sig}" in err.decode() and "Traceback" not in err.decode()
    assert [p.name for p in tmp_path.iterdir() if p.name != "cache"] == []  # no report, no partial file


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for the address space in use")
def test_a_worker_over_the_memory_limit_gives_up_that_document_only(monkeypatch, context, tmp_path):
    from dataclasses import replace

    from redline_cli import api, batch
    from redline_cli.api import Context

    status = Path("/proc/self/status").read_text().splitlines()
    in_use_mb = next(int(line.split()[1]) for line in status if line.startswith("VmSize")) // 1024
    real = api.analyze_document

    def greedy(doc, ctx, **kw):
        if "greedy" in doc.path:
            bytearray(2 * 2**30)  # 2 GB, over the cap below
        return real(doc, ctx, **kw)

    monkeypatch.setattr(api, "analyze_document", greedy)
    texts = []
    for name in ("modest", "greedy"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Sec. 1. No department shall use face recognition. ({tmp_path.name})\n")
        texts.append(str(path))
    limits = replace(context.options.limits, max_memory_mb=in_use_mb + 512)
    capped = Context(replace(context.options, limits=limits, use_cache=False))
    for jobs in (2, 1):  # in workers, and in this process, where the cap is lifted after the document
        modest, greedy_one = batch.run(texts, capped, jobs=jobs)
        assert modest.status != "error"
        assert greedy_one.status == "error" and "exceeded the memory limit" in greedy_one.error
    assert len(bytearray(2**30)) == 2**30


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_stdout_that_cannot_hold_every_character_gets_a_whole_report(encoding, tmp_path):
    """A Windows console or a C locale: characters the stream cannot hold are replaced, the report is
    whole, and the exit code is the gate's (Boston's criminal-investigation exemption trips high)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding}
    boston = CORPUS / "boston-16-62.txt"
    # every format once with the gate that trips (exit 1), and the text report with the gate open (0)
    for fmt, gate, code in (("text", "never", 0), ("text", "high", 1), ("markdown", "high", 1),
                            ("github", "high", 1), ("json", "high", 1)):
        proc = subprocess.run([sys.executable, "-m", "redline_cli", "analyze", str(boston), "-f", fmt,
                               "--fail-on", gate], cwd=ROOT, env=env, capture_output=True, check=False)
        assert "Traceback" not in proc.stderr.decode(encoding, "replace"), proc.stderr
        proc.stdout.decode(encoding)  # nothing the stream could not hold
        assert proc.returncode == code, (fmt, gate)
        assert b"16-62" in proc.stdout and b"criminal-investigation" in proc.stdout, fmt


def test_an_internal_error_is_exit_4_in_one_line_never_a_tripped_gate(capsys, monkeypatch):
    from cli_helpers import run_cli

    from redline_cli.report import text

    def broken(*_args, **_kwargs):
        raise RuntimeError("simulated bug in a reporter")

    monkeypatch.setattr(text, "render", broken)
    code, out, err = run_cli(capsys, "analyze", LAW, "--fail-on", "never")
    assert code == 4 and out == ""
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "internal error, please report it: RuntimeError: simulated bug in a reporter" in err
    monkeypatch.setenv("REDLINE_DEBUG", "1")
    code, _, err = run_cli(capsys, "analyze", LAW, "--fail-on", "never")
    assert code == 4 and "Traceback" in err  # the whole story, for a bug report
