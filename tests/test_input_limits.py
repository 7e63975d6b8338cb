"""Inputs that would cost gigabytes are refused before they do, each with one line naming the
limit and the flag that raises it (issue 11, item 1)."""

from __future__ import annotations

import pytest
from cli_helpers import run_cli
from conftest import CORPUS
from docxgen import make_docx, para, run

from redline_cli.errors import InputError
from redline_cli.ingest import load_bytes
from redline_cli.ingest.limits import Limits


def docx(text: str) -> bytes:
    return make_docx([para(run(text))], numbering=None, styles=None)


def test_a_docx_whose_document_inflates_past_the_limit_is_refused_while_reading():
    bomb = docx("a" * (65 * 2**20))  # 65 MB of text, about 65 KB zipped
    assert len(bomb) < 2**20
    with pytest.raises(InputError, match="inflates past 64 MB"):
        load_bytes(bomb, "bomb.docx", use_cache=False)
    law = docx("Sec. 1. No department shall use face recognition.")
    assert "face recognition" in load_bytes(law, "law.docx", use_cache=False).text


def test_a_single_line_of_megabytes_is_refused_before_analysis(tmp_path, capsys):
    path = tmp_path / "dump.txt"
    data = ("No department shall use face recognition. " * 5_000).encode()
    path.write_bytes(data)
    code, _, err = run_cli(capsys, "analyze", path, "--fail-on", "never")
    assert code == 3 and "over the 200,000-character limit (raise it with --max-line)" in err
    doc = load_bytes(data, "dump.txt", use_cache=False, limits=Limits(max_line=1_000_000))
    assert len(doc.text) == len(data.strip())


def test_size_and_page_limits_name_their_flag(tmp_path, capsys):
    law = tmp_path / "law.txt"
    law.write_text("Sec. 1. No department shall use face recognition.\n" * 30_000, encoding="utf-8")
    code, _, err = run_cli(capsys, "analyze", law, "--max-size", "1", "--fail-on", "never")
    assert code == 3 and "over the 1 MB input limit (raise it with --max-size)" in err
    pdf = sorted((CORPUS / "variants").glob("*.pdf"))[0]
    for engine in ("pdfplumber", "pdfium"):
        code, _, err = run_cli(capsys, "analyze", pdf, "--max-pages", "1", "--engine", engine, "--no-cache")
        assert code == 3 and "over the 1-page limit (raise it with --max-pages)" in err


def test_the_defaults_fit_every_law_in_the_corpus():
    limits = Limits()
    for path in CORPUS.glob("*.txt"):
        data = path.read_bytes()
        limits.check_bytes(len(data), path.name)
        limits.check_line(max(map(len, data.decode("utf-8").splitlines())), path.name)


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_text_drawn_far_off_the_page_costs_nothing(tmp_path, engine):
    """A crafted PDF draws words at x = 10^9 (invisible): the page's visible law is read, and the
    layout step never sizes anything by such coordinates (it took 4.7 GB)."""
    import resource

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = tmp_path / "offpage.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    for n in range(12):
        c.drawString(72, 700 - 14 * n, f"Sec. {n + 1}. No department shall use face recognition.")
        c.drawString(1e9, 700 - 14 * n, "hidden words far to the right")
    c.drawString(-1e9, 100, "hidden words far to the left")
    c.save()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    doc = load_bytes(path.read_bytes(), "offpage.pdf", engine=engine, use_cache=False)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert "Sec. 12. No department shall use face recognition." in doc.text and "hidden" not in doc.text
    assert grown_mb < 200
