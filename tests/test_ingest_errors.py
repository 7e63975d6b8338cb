"""Bad input: one line on stderr naming the file and the reason, no traceback, exit code 3;
in a batch the other files are still read. Usage errors exit 2."""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path

import pytest
from cli_helpers import run_cli, run_subprocess
from conftest import CORPUS

from redline_cli.errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE

GOOD = CORPUS / "sebastopol-8-80.txt"
BILL_TEXT = [
    "Section 1. Prohibition.",
    "(a) It shall be unlawful for any City department to obtain, retain, access or use any face",
    "surveillance system or any information obtained from a face surveillance system.",
    "(b) Nothing in subsection (a) prohibits the use of evidence relating to a specific crime.",
]


def _text_pdf(path, **canvas_args) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=letter, invariant=1, **canvas_args)
    c.setFont("Helvetica", 11)
    for i, line in enumerate(BILL_TEXT):
        c.drawString(72, 700 - 16 * i, line)
    c.showPage()
    c.save()


def _scanned_pdf(path) -> None:
    """A page as a scanner makes it: an image (and some drawn rules), no text at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (425, 550), 255)
    draw = ImageDraw.Draw(img)
    for y in range(60, 500, 18):  # grey bars where lines of print would be
        draw.rectangle((40, y, 380, y + 8), fill=90)
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.drawImage(ImageReader(img), 36, 36, width=540, height=720)
    c.setLineWidth(2)
    c.line(72, 740, 540, 740)
    c.rect(72, 72, 468, 20)
    c.showPage()
    c.save()


@pytest.fixture(scope="module")
def bad(tmp_path_factory) -> dict[str, tuple[str, str]]:
    """{case: (path, words the one-line reason must contain)}."""
    d = tmp_path_factory.mktemp("bad")
    good_pdf = d / "good.pdf"
    _text_pdf(good_pdf)
    data = good_pdf.read_bytes()
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.md").write_bytes(b"\xef\xbb\xbf \n\n\t\n")
    (d / "saved-page.pdf").write_bytes(b"<!DOCTYPE html><html><body><p>404 Not Found</p></body></html>")
    (d / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (d / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8 + b"\ntrailer\n<<>>\n%%EOF\n")
    _text_pdf(d / "encrypted.pdf", encrypt="s3cret")
    _scanned_pdf(d / "scanned.pdf")
    (d / "cp1252.txt").write_bytes("Sec. 1. The City’s “face surveillance” ban.\n".encode("cp1252"))
    (d / "a-directory").mkdir()
    (d / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with zipfile.ZipFile(d / "draft.odt", "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")
    return {
        "missing": (str(d / "no-such-ordinance.pdf"), "no such file"),
        "directory": (str(d / "a-directory"), "is a directory"),
        "empty": (str(d / "empty.txt"), "empty file"),
        "blank": (str(d / "blank.md"), "empty file"),
        "not-a-pdf": (str(d / "saved-page.pdf"), "not a PDF"),
        "truncated": (str(d / "truncated.pdf"), "truncated PDF"),
        "corrupt": (str(d / "corrupt.pdf"), "damaged"),
        "encrypted": (str(d / "encrypted.pdf"), "encrypted PDF"),
        "scanned": (str(d / "scanned.pdf"), "no text layer: the PDF looks scanned; run OCR first"),
        "undecodable": (str(d / "cp1252.txt"), "not UTF-8"),
        "image": (str(d / "scan.txt"), "a PNG image"),
        "odt": (str(d / "draft.odt"), "save it as .docx or PDF"),
        "good-pdf": (str(good_pdf), ""),
    }


BAD_CASES = ["missing", "directory", "empty", "blank", "not-a-pdf", "truncated", "corrupt", "encrypted",
             "scanned", "undecodable", "image", "odt"]


def _one_line_about(err: str, path: str, reason: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert path in lines[0] and reason in lines[0], lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
@pytest.mark.parametrize("case", BAD_CASES)
def test_bad_input_is_one_line_and_exit_3(bad, capsys, case, engine):
    path, reason = bad[case]
    code, out, err = run_cli(capsys, "extract", path, "--engine", engine, "--no-cache")
    assert code == EXIT_INPUT
    _one_line_about(err, path, reason)
    assert out == ""


def test_the_good_pdf_is_readable(bad, capsys):
    code, out, err = run_cli(capsys, "extract", bad["good-pdf"][0], "--format", "json", "--no-cache")
    assert code == EXIT_OK, err
    doc = json.loads(out)["documents"][0]
    assert "Nothing in subsection (a) prohibits" in doc["text"]
    assert "1(b)" in [p["citation"] for p in doc["provisions"]]


def test_batch_reads_every_good_file_and_exits_with_the_worst(bad, capsys):
    paths = [str(GOOD), bad["missing"][0], bad["good-pdf"][0], bad["scanned"][0], bad["undecodable"][0]]
    code, out, err = run_cli(capsys, "extract", *paths, "--format", "json", "--no-cache")
    assert code == EXIT_INPUT
    docs = json.loads(out)["documents"]
    assert [d["path"] for d in docs] == [str(GOOD), bad["good-pdf"][0]]
    lines = err.strip().splitlines()
    assert len(lines) == 3
    for line, case in zip(lines, ("missing", "scanned", "undecodable"), strict=True):
        assert bad[case][0] in line and bad[case][1] in line


def test_batch_in_text_format_still_prints_the_good_files(bad, capsys):
    code, out, err = run_cli(capsys, "extract", bad["encrypted"][0], str(GOOD), "--no-cache")
    assert code == EXIT_INPUT
    assert f"== {GOOD}" in out and "8.80.075(B)(1)" in out
    _one_line_about(err, bad["encrypted"][0], "encrypted PDF")


def test_bad_stdin_is_named_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = run_cli(capsys, "extract", "-")
    assert code == EXIT_INPUT
    _one_line_about(err, "<stdin>", "empty file")


@pytest.mark.parametrize("args", [
    ["extract", str(GOOD), "--no-such-option"],
    ["extract"],
    ["extract", str(GOOD), "--format", "yaml"],
    ["extract", str(GOOD), "--engine", "tesseract"],
    ["no-such-command"],
])
def test_usage_errors_exit_2(capsys, args):
    code, out, err = run_cli(capsys, *args)
    assert code == EXIT_USAGE
    assert out == ""
    assert err.strip() and "Traceback" not in err


def test_usage_error_reads_no_file(bad, capsys):
    # A bad flag stops the command before any file is read: no partial output.
    code, out, _ = run_cli(capsys, "extract", str(GOOD), bad["missing"][0], "--format", "xml")
    assert code == EXIT_USAGE and out == ""


def test_real_process_prints_no_traceback(bad, tmp_path):
    paths = [bad[c][0] for c in ("missing", "truncated", "encrypted", "scanned", "undecodable")]
    proc = run_subprocess("-m", "redline_cli", "extract", *paths, str(GOOD), "--format", "json",
                          env={"REDLINE_CACHE_DIR": str(tmp_path / "cache")})
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == EXIT_INPUT, err
    assert "Traceback" not in err and "File \"" not in err
    lines = err.strip().splitlines()
    assert len(lines) == len(paths)
    for line, path in zip(lines, paths, strict=True):
        assert line.startswith("redline: ") and path in line
    assert [d["path"] for d in json.loads(proc.stdout)["documents"]] == [str(GOOD)]


def test_real_process_usage_error_exits_2():
    proc = run_subprocess("-m", "redline_cli", "extract", "--bogus", str(GOOD))
    assert proc.returncode == EXIT_USAGE
    assert b"Traceback" not in proc.stderr and b"--bogus" in proc.stderr


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Sec. 1. Ban.\n", encoding="utf-8")

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)  # as chmod 000 would, even for root
    code, _, err = run_cli(capsys, "extract", str(path))
    assert code == EXIT_INPUT
    _one_line_about(err, str(path), "permission denied")


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_a_bug_in_our_layout_code_is_an_internal_error_not_a_damaged_pdf(capsys, monkeypatch, engine):
    """Only the PDF libraries' own errors mean "damaged PDF"; a bug of ours must say it is one."""
    from redline_cli.ingest import layout

    def broken(*_args, **_kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(layout, "page_rows", broken)
    pdf = CORPUS / "variants" / "boston-16-62.bill.pdf"
    code, out, err = run_cli(capsys, "analyze", pdf, "-f", "json", "--engine", engine, "--no-cache")
    assert code == EXIT_INTERNAL and "damaged" not in err and "Traceback" not in err
    assert f"{pdf}: internal error, please report it: ZeroDivisionError: division by zero" in err
    assert json.loads(out)["documents"][0]["status"] == "error"


def test_pdfium_closes_a_page_whose_text_cannot_be_loaded(monkeypatch):
    import pypdfium2 as pdfium

    from redline_cli.errors import InputError
    from redline_cli.ingest.pdfium import read_pdf

    closed = []
    real_close = pdfium.PdfPage.close

    def no_text(self):
        raise pdfium.PdfiumError("Failed to load text page.")

    def close(self):
        closed.append(self)
        return real_close(self)

    monkeypatch.setattr(pdfium.PdfPage, "get_textpage", no_text)
    monkeypatch.setattr(pdfium.PdfPage, "close", close)
    with pytest.raises(InputError, match="damaged or truncated PDF"):
        read_pdf((CORPUS / "variants" / "boston-16-62.bill.pdf").read_bytes(), "boston.pdf")
    assert len(closed) == 1


def test_pdf_library_warnings_are_attributed_to_their_document(tmp_path, capsys, monkeypatch):
    """A damaged PDF's library warnings (pdfminer logs "Could not get FontBBox ..." on broken fonts)
    never reach stderr as lines that name no file: they stay with the document, and analyze says
    so in one line naming it."""
    import logging

    from redline_cli.ingest import pdf as pdf_engine

    real = pdf_engine.read_pdf

    def noisy(data, label, **kw):
        logging.getLogger("pdfminer.pdffont").warning("Could not get FontBBox from font descriptor")
        return real(data, label, **kw)

    monkeypatch.setattr(pdf_engine, "read_pdf", noisy)
    path = tmp_path / "damaged.pdf"
    path.write_bytes(sorted((CORPUS / "variants").glob("*.pdf"))[0].read_bytes())
    code, _, err = run_cli(capsys, "analyze", path, "--no-cache", "--fail-on", "never", "--jobs", "1")
    assert code == EXIT_OK
    assert err.splitlines() == [f"redline: {path}: warning: the PDF library reported 1 problem(s) reading it: "
                                "Could not get FontBBox from font descriptor (check the text with redline extract)"]
