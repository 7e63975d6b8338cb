"""The extraction cache: keyed by content hash + engine + version; --no-cache; damaged entries."""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest
from cli_helpers import run_cli
from conftest import CORPUS

import redline_cli.ingest as ingest
from redline_cli.ingest import load
from redline_cli.ingest.cache import DocumentCache

SOURCE = CORPUS / "boston-16-62.txt"


@pytest.fixture()
def extractions(monkeypatch) -> list[str]:
    """Labels of the documents actually extracted (cache misses), in order."""
    calls: list[str] = []
    real = ingest._extract

    def counting(data, label, media_type, engine, sha, *rest):
        calls.append(f"{label}:{engine}")
        return real(data, label, media_type, engine, sha, *rest)

    monkeypatch.setattr(ingest, "_extract", counting)
    return calls


def _entries(cache_dir) -> list:
    return sorted((cache_dir / "documents").rglob("*.json.gz")) if (cache_dir / "documents").exists() else []


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory):
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("pdf") / "ordinance.pdf"
    c = canvas.Canvas(str(path), invariant=1)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(["Sec. 2.99.030 Prohibition.",
                              "(a) No City department shall acquire or use face surveillance technology.",
                              "(b) Nothing in subsection (a) applies to evidence of a specific crime."]):
        c.drawString(72, 720 - 16 * i, line)
    c.showPage()
    c.save()
    return path


def test_second_load_is_a_hit_and_equal(isolated_cache, extractions):
    first = load(SOURCE)
    assert len(_entries(isolated_cache)) == 1
    second = load(SOURCE)
    assert extractions == [f"{SOURCE}:text"]
    assert second.to_dict() == first.to_dict()
    # The lookups work on a Document that came back from the cache.
    needle = second.text.index("Using evidence relating to the investigation")
    assert second.locate(needle) == first.locate(needle)
    assert second.locate(needle).citation == "16-62(B)(2)(a)"


def test_entry_is_named_by_hash_engine_version_and_code(isolated_cache):
    from redline_cli._version import __version__
    from redline_cli.ingest.cache import code_fingerprint

    load(SOURCE)
    (entry,) = _entries(isolated_cache)
    assert entry.name == f"{_sha(SOURCE)}.text.v{__version__}-{code_fingerprint()}.json.gz"


def test_same_bytes_under_another_name_hit_and_report_the_new_name(isolated_cache, extractions, tmp_path):
    copy = tmp_path / "copy-of-boston.txt"
    copy.write_bytes(SOURCE.read_bytes())
    load(SOURCE)
    doc = load(copy)
    assert len(extractions) == 1
    assert doc.path == str(copy)


def test_edited_file_misses(isolated_cache, extractions, tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Sec. 1. No department shall use face surveillance.\n", encoding="utf-8")
    load(path)
    path.write_text("Sec. 1. No department shall use face surveillance, except at airports.\n", encoding="utf-8")
    doc = load(path)
    assert len(extractions) == 2
    assert "except at airports" in doc.text


def test_other_engine_misses(isolated_cache, extractions, small_pdf):
    a = load(small_pdf, engine="pdfplumber")
    b = load(small_pdf, engine="pdfium")
    load(small_pdf, engine="pdfplumber")
    load(small_pdf, engine="pdfium")
    assert extractions == [f"{small_pdf}:pdfplumber", f"{small_pdf}:pdfium"]
    assert (a.engine, b.engine) == ("pdfplumber", "pdfium")
    assert {e.name.split(".")[1] for e in _entries(isolated_cache)} == {"pdfplumber", "pdfium"}


def test_other_version_misses(isolated_cache, extractions, monkeypatch):
    import redline_cli.ingest.cache as cache_module

    load(SOURCE)
    monkeypatch.setattr(cache_module, "__version__", "99.0.0")
    load(SOURCE)
    assert len(extractions) == 2
    assert len(_entries(isolated_cache)) == 2


DAMAGE = {
    "empty": b"",
    "not-gzip": b"not gzip at all",
    "cut-off-gzip": gzip.compress(b'{"format": 1, "document": {}}')[:12],
    "cut-off-json": gzip.compress(b'{"format": 1, "document": {"sha256": "'),
    "not-an-object": gzip.compress(b"[1, 2, 3]"),
    "wrong-hash": gzip.compress(json.dumps({"format": 1, "document": {"sha256": "x"}}).encode()),
    "old-format": gzip.compress(json.dumps({"format": 0, "document": {}}).encode()),
    "not-utf8": gzip.compress(b'{"format": 1, "document": "\xff"}'),
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_entry_is_ignored_and_rewritten(isolated_cache, extractions, damage):
    good = load(SOURCE)
    (entry,) = _entries(isolated_cache)
    entry.write_bytes(damage)
    doc = load(SOURCE)
    assert doc.to_dict() == good.to_dict()
    assert len(extractions) == 2
    # The entry was rewritten whole: the next load is a hit again.
    assert DocumentCache(isolated_cache).get(_sha(SOURCE), "text") is not None
    load(SOURCE)
    assert len(extractions) == 2


def test_entry_with_the_wrong_shape_is_a_miss(isolated_cache, extractions):
    good = load(SOURCE)
    (entry,) = _entries(isolated_cache)
    payload = json.loads(gzip.decompress(entry.read_bytes()))
    payload["document"]["lines"] = [[0, 1]]  # rows of the wrong length
    entry.write_bytes(gzip.compress(json.dumps(payload).encode()))
    assert load(SOURCE).to_dict() == good.to_dict()
    assert len(extractions) == 2


def test_unwritable_cache_only_costs_time(tmp_path, monkeypatch, extractions):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be", encoding="utf-8")
    monkeypatch.setenv("REDLINE_CACHE_DIR", str(blocker))
    assert load(SOURCE).locate(0).page == 1
    assert load(SOURCE).text
    assert len(extractions) == 2


def test_cache_dir_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("REDLINE_CACHE_DIR", str(tmp_path / "elsewhere"))
    load(SOURCE)
    assert len(_entries(tmp_path / "elsewhere")) == 1


def test_no_cache_flag_neither_writes_nor_reads(isolated_cache, capsys):
    code, out, err = run_cli(capsys, "extract", str(SOURCE), "--no-cache", "--format", "json")
    assert code == 0, err
    assert not isolated_cache.exists() or not any(isolated_cache.rglob("*"))
    # Plant an entry that differs from the file: --no-cache must not read it; a normal run does.
    doc = load(SOURCE, use_cache=False)
    doc.text = doc.text.replace("ORDINANCE BANNING", "ORDINANCE PLANTED")
    DocumentCache(isolated_cache).put(doc)
    _, out, _ = run_cli(capsys, "extract", str(SOURCE), "--no-cache", "--format", "json")
    assert "PLANTED" not in out and "ORDINANCE BANNING" in out
    _, out, _ = run_cli(capsys, "extract", str(SOURCE), "--format", "json")
    assert "PLANTED" in out


def test_cli_run_fills_the_cache(isolated_cache, capsys):
    code, _, err = run_cli(capsys, "extract", str(SOURCE))
    assert code == 0, err
    assert len(_entries(isolated_cache)) == 1
