"""Batch runs: many documents in one process (spaCy built once), worker processes, input order,
failures isolated, timeouts, directories, --files-from, streaming jsonl, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import ROOT, run_cli, wait_for_workers
from conftest import CORPUS

TEXTS = sorted(CORPUS.glob("*.txt"))


def docs_of(out: str) -> list[dict]:
    return json.loads(out)["documents"]


def test_jobs_2_gives_the_same_report_in_input_order(capsys):
    _, one, _ = run_cli(capsys, "analyze", *TEXTS, "-f", "json", "--fail-on", "never", "--jobs", "1")
    _, two, _ = run_cli(capsys, "analyze", *TEXTS, "-f", "json", "--fail-on", "never", "--jobs", "2")
    assert docs_of(one) == docs_of(two)
    assert [d["path"] for d in docs_of(two)] == [str(p) for p in TEXTS]


def test_one_bad_document_does_not_stop_the_others(capsys, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n")  # truncated
    code, out, err = run_cli(capsys, "analyze", TEXTS[0], bad, TEXTS[1], "-f", "json", "--fail-on", "never",
                             "--jobs", "2")
    assert code == 3
    statuses = [d["status"] for d in docs_of(out)]
    assert statuses[1] == "error" and statuses[0] != "error" and statuses[2] != "error"
    assert f"{bad}: truncated PDF" in err and "Traceback" not in err


def test_timeout_turns_a_slow_document_into_an_error(capsys, tmp_path):
    from pdfgen import body_of, render

    slow = tmp_path / "long.pdf"
    render(body_of(CORPUS / "us-hr4695-2025-facial-recognition-act.txt"), slow, "bill", repeat=4)
    # The long PDF takes about 5 s here and the short text about 30 ms: 2 s leaves both sides a wide
    # margin on a loaded CI machine (0.5 s once timed out the short text there too).
    code, out, _ = run_cli(capsys, "analyze", slow, TEXTS[0], "-f", "json", "--fail-on", "never",
                             "--timeout", "2", "--no-cache")
    docs = docs_of(out)
    assert code == 3 and docs[0]["status"] == "error" and "timed out after 2 s" in docs[0]["error"]
    assert docs[1]["status"] == "ok", docs[1].get("error")


def test_directories_glob_and_files_from(capsys, tmp_path):
    _, out, _ = run_cli(capsys, "analyze", CORPUS, "-f", "json", "--fail-on", "never", "--glob", "s*.txt")
    assert [Path(d["path"]).name for d in docs_of(out)] == ["santa-cruz-9-85.txt", "sebastopol-8-80.txt",
                                                            "springfield-ma.txt"]
    _, out, _ = run_cli(capsys, "analyze", CORPUS / "variants", "-f", "json", "--fail-on", "never", "--engine",
                        "pdfium", "--glob", "b*")
    assert sorted(Path(d["path"]).name for d in docs_of(out)) == [
        f"boston-16-62.{layout}.pdf" for layout in ("bill", "columns", "plain")]
    listing = tmp_path / "list.txt"
    listing.write_text(f"# drafts to check\n{TEXTS[0]}\n\n{TEXTS[2]}\n", encoding="utf-8")
    _, out, _ = run_cli(capsys, "analyze", "--files-from", listing, "-f", "json", "--fail-on", "never")
    assert [d["path"] for d in docs_of(out)] == [str(TEXTS[0]), str(TEXTS[2])]


def test_the_pipeline_is_built_once_per_run(tmp_path, monkeypatch, capsys):
    """Built in the parent before workers fork; never again per document or per worker."""
    from redline_cli import nlp

    log = tmp_path / "builds.log"
    real = nlp.build

    def counting(book):
        with log.open("a") as fh:
            fh.write(f"{os.getpid()}\n")
        return real(book)

    monkeypatch.setattr(nlp, "build", counting)
    monkeypatch.setattr(nlp, "_PIPELINES", {})
    run_cli(capsys, "analyze", *TEXTS, "-f", "json", "--fail-on", "never", "--jobs", "2", "--no-cache")
    assert log.read_text().splitlines() == [str(os.getpid())]


def test_a_cached_re_run_builds_no_pipeline(tmp_path, monkeypatch, capsys):
    from redline_cli import nlp

    monkeypatch.setenv("REDLINE_CACHE_DIR", str(tmp_path / "cache"))
    _, first, _ = run_cli(capsys, "analyze", *TEXTS[:3], "-f", "json", "--fail-on", "never", "--jobs", "2")
    monkeypatch.setattr(nlp, "build", lambda book: pytest.fail("the pipeline was built on a cached re-run"))
    monkeypatch.setattr(nlp, "_PIPELINES", {})
    _, again, _ = run_cli(capsys, "analyze", *TEXTS[:3], "-f", "json", "--fail-on", "never", "--jobs", "2")
    assert json.loads(again) == json.loads(first)


def test_jsonl_streams_in_order(capsys):
    _, out, _ = run_cli(capsys, "analyze", *TEXTS[:4], "-f", "jsonl", "--fail-on", "never", "--jobs", "2")
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(p) for p in TEXTS[:4]]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_stops_workers_and_leaves_no_partial_output(tmp_path):
    target = tmp_path / "report.json"
    many = [str(p) for p in sorted((CORPUS / "variants").glob("*.pdf"))] * 2
    proc = subprocess.Popen([sys.executable, "-m", "redline_cli", "analyze", *many, "-f", "json", "--no-cache",
                             "--jobs", "2", "-o", str(target)], cwd=ROOT, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, start_new_session=True)
    wait_for_workers(proc.pid)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err.decode()
    assert "interrupted" in err.decode() and "Traceback" not in err.decode()
    assert list(tmp_path.iterdir()) == []
    children = subprocess.run(["pgrep", "-f", f"redline_cli analyze.*{target}"], capture_output=True, text=True)
    assert children.stdout.strip() == ""


def test_an_internal_error_is_one_document_s_error_not_a_traceback(capsys, monkeypatch):
    from redline_cli import api

    real = api.analyze_document

    def flaky(doc, context, **kw):
        if "boston" in doc.path:
            raise RuntimeError("simulated bug")
        return real(doc, context, **kw)

    monkeypatch.setattr(api, "analyze_document", flaky)
    code, out, err = run_cli(capsys, "analyze", CORPUS / "sebastopol-8-80.txt", CORPUS / "boston-16-62.txt",
                             "-f", "json", "--fail-on", "never", "--jobs", "1", "--no-cache")
    docs = docs_of(out)
    assert code == 4 and docs[1]["status"] == "error" and "simulated bug" in docs[1]["error"]  # a bug: not bad input
    assert docs[0]["status"] == "ok" and "Traceback" not in err


def test_pdfium_engine_gives_the_same_findings(context):
    """--engine pdfium reads the same Document as pdfplumber, so the same findings (DESIGN.md 3). End to
    end on four laws of different shapes (an ordinance, the EU Act's articles, a code section, a state
    statute); that every generated PDF reads as the same text and lines is test_ingest_pdf's
    test_engines_agree."""
    from redline_cli.api import Context, Options, analyze_path

    fast = Context(Options(engine="pdfium"))
    for slug in ("boston-16-62", "eu-ai-act-art5-2024", "oakland-9-64-030", "ny-stt-106-b"):
        pdf = CORPUS / "variants" / f"{slug}.bill.pdf"
        a, b = analyze_path(pdf, context), analyze_path(pdf, fast)
        assert [(f.rule_id, f.citation, f.qualifiers) for f in a.findings] == \
            [(f.rule_id, f.citation, f.qualifiers) for f in b.findings], pdf.name


@pytest.mark.parametrize("args", [("analyze", "-", "-"), ("analyze", "-", "--files-from", "-"),
                                  ("compare", "-", "-"), ("diff", "-", "-"), ("extract", "-", "-")],
                         ids=["dash-twice", "dash-and-list", "compare", "diff", "extract"])
def test_stdin_named_twice_is_a_usage_error(args):
    from cli_helpers import run_subprocess

    proc = run_subprocess("-m", "redline_cli", *args, "-f", "json", stdin=TEXTS[0].read_bytes())
    err = proc.stderr.decode()
    assert proc.returncode == 2 and proc.stdout == b""
    assert err.startswith("redline: ") and "stdin (-) can be read only once" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_gates_are_kept_per_input_even_when_two_share_a_path(context):
    """Two documents labelled alike (what stdin read twice gave): the one that passes must not hide
    the failure of the other, in the gate or in the report."""
    import io

    from redline_cli import gates
    from redline_cli.api import analyze_path, error_analysis
    from redline_cli.errors import InputError
    from redline_cli.report.json_report import render

    boston = analyze_path(CORPUS / "boston-16-62.txt", context)
    boston.path = "<stdin>"
    empty = error_analysis("<stdin>", InputError("<stdin>", "empty file"))
    result = gates.evaluate([boston, empty], "high")
    assert result.failed and result.failed_count == 1
    assert result.reasons(0) and result.reasons(1) == []
    out = io.StringIO()
    render([boston, empty], out, gates=result)
    assert [d["gate"]["failed"] for d in json.loads(out.getvalue())["documents"]] == [True, False]


def test_the_batch_api_refuses_stdin_twice(context):
    from redline_cli import batch
    from redline_cli.errors import UsageError

    with pytest.raises(UsageError, match="stdin"):
        list(batch.run(["-", str(TEXTS[0]), "-"], context))


def test_a_files_from_list_that_is_not_utf8_is_a_usage_error(capsys, tmp_path):
    listing = tmp_path / "list.txt"
    listing.write_bytes(f"{TEXTS[0]}\n".encode() + "drafts/ordonnance-modifiée.txt\n".encode("latin-1"))
    code, out, err = run_cli(capsys, "analyze", "--files-from", listing, "-f", "json")
    assert code == 2 and out == "" and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert f"--files-from {listing}: not UTF-8 text (byte 0xe9 at offset" in err


@pytest.mark.parametrize("cache", ["--no-cache", None])
def test_a_missing_file_is_reported_without_building_the_pipeline(tmp_path, monkeypatch, capsys, cache):
    from redline_cli import nlp

    monkeypatch.setattr(nlp, "build", lambda book: pytest.fail("spaCy was built to say 'no such file'"))
    monkeypatch.setattr(nlp, "_PIPELINES", {})
    typo = tmp_path / "ordinanse.txt"
    code, out, err = run_cli(capsys, "analyze", typo, "-f", "json", *([cache] if cache else []))
    assert code == 3 and err.strip() == f"redline: {typo}: no such file"
    assert docs_of(out)[0]["status"] == "error"


def test_with_a_timeout_workers_are_forked_warm(monkeypatch):
    """--timeout: the one-time cost of a process's first analysis is paid before any worker starts (a
    replacement worker is forked warm too), so it never counts against a document's clock."""
    from redline_cli import batch
    from redline_cli.api import Context, Options

    events: list[str] = []
    real_warm_up, real_init = batch.warm_up, batch._Slot.__init__

    def warm_up(context):
        events.append("warm-up")
        real_warm_up(context)

    def slot_init(self, *args, **kwargs):
        events.append("worker")
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(batch, "warm_up", warm_up)
    monkeypatch.setattr(batch._Slot, "__init__", slot_init)
    docs = [str(CORPUS / "sebastopol-8-80.txt"), str(CORPUS / "boston-16-62.txt")]
    results = list(batch.run(docs, Context(Options(use_cache=False)), jobs=1, timeout=60))
    assert [a.status for a in results] == ["ok", "ok"]
    assert events == ["warm-up", "worker"]
    events.clear()
    list(batch.run(docs, Context(Options(use_cache=False)), jobs=1))  # no clock, no worker: nothing to warm
    assert events == []


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_pages_of_a_pdf_are_reported_as_they_are_read(jobs, engine):
    """The progress of a long PDF: (input index, pages done, pages in all) from this process or a
    worker, ending on the last page; a text input reports no pages."""
    from redline_cli import batch
    from redline_cli.api import Context, Options

    pdf = CORPUS / "variants" / "eu-ai-act-art5-2024.bill.pdf"  # six pages
    heard: list[tuple[int, int, int]] = []
    analyses = list(batch.run([str(TEXTS[0]), str(pdf)], Context(Options(engine=engine, use_cache=False)),
                              jobs=jobs, on_page=lambda *report: heard.append(report)))
    assert [a.status for a in analyses] == ["ok", "ok"]
    assert heard and {index for index, _, _ in heard} == {1}
    assert heard[-1] == (1, analyses[1].pages, analyses[1].pages) and analyses[1].pages > 1
    assert [done for _, done, _ in heard] == sorted(done for _, done, _ in heard)
