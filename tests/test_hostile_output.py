"""A law's bytes and a file's name are untrusted in CI: no output may carry them to where they do
harm (issue 11, item 4). Each test feeds a realistic law with a hostile payload through the CLI."""

from __future__ import annotations

import csv
import io
import xml.dom.minidom

from cli_helpers import run_cli

from redline_cli.textsafe import csv_cell, one_line, terminal, xml_text

ESC = "\x1b"
LAW = ("Sec. 1. No department shall use face recognition technology.\n"
       "Sec. 2. Section 1 does not apply to a use under a warrant issued by a judge {payload}.\n")


def law(tmp_path, payload: str, name: str = "ordinance.txt"):
    path = tmp_path / name
    path.write_text(LAW.format(payload=payload), encoding="utf-8")
    return path


def test_escape_sequences_in_a_law_never_reach_the_terminal(tmp_path, capsys):
    path = law(tmp_path, f"{ESC}[2J{ESC}[31mcleared\x07")
    code, out, _ = run_cli(capsys, "analyze", path, "--fail-on", "never")
    assert code == 0 and ESC not in out and "\x07" not in out and "cleared" in out


def test_a_file_name_with_an_escape_or_a_newline_stays_one_visible_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a short path: the report's header cuts a long one before the escape
    path = law(tmp_path, "", name=f"draft{ESC}[31m.txt").name
    _, out, _ = run_cli(capsys, "analyze", path, "--fail-on", "never")
    assert ESC not in out and "\\x1b" in out
    _, _, err = run_cli(capsys, "analyze", str(tmp_path / "missing\nredline: all clear"))
    assert err.count("\n") == 1 and "missing\\nredline: all clear" in err


def test_csv_cells_cannot_run_as_formulas(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = law(tmp_path, "", name="=HYPERLINK(1).txt").name
    _, out, _ = run_cli(capsys, "analyze", path, "-f", "csv", "--fail-on", "never")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["path"].startswith("'=") for r in rows)
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values() if cell)
    _, out, _ = run_cli(capsys, "compare", path, path, "-f", "csv")
    assert all(not line.startswith("=") for line in out.splitlines())


def test_junit_stays_well_formed_with_control_characters_in_a_file_name(tmp_path, capsys):
    path = law(tmp_path, "", name="draft\x01\x02.txt")
    _, out, _ = run_cli(capsys, "analyze", path, "-f", "junit", "--fail-on", "never")
    xml.dom.minidom.parseString(out.encode("utf-8"))


def test_markdown_shows_links_and_images_from_a_law_without_rendering_them(tmp_path, capsys):
    path = law(tmp_path, "![seal](https://tracker.example/p.png) [see](https://evil.example)")
    _, out, _ = run_cli(capsys, "analyze", path, "-f", "markdown", "--fail-on", "never")
    assert "![seal](" not in out and "[see](" not in out
    assert "\\[seal\\]" in out


def test_the_helpers_on_their_own():
    assert terminal(f"a{ESC}[2Jb\nc") == "a\\x1b[2Jb\nc"
    assert one_line("a\nb\rc") == "a\\nb\\rc"
    assert csv_cell("=1+1") == "'=1+1" and csv_cell("-2") == "'-2" and csv_cell(3) == 3 and csv_cell("ok") == "ok"
    assert xml_text("a\x00b\x0bc\td") == "abc\td"


HOSTILE_HTML = ('<script>alert(1)</script> <a href="javascript:alert(2)">the rules</a> '
                '" onmouseover="alert(3)" <img src=x onerror=alert(4)>')


def test_an_html_report_shows_markup_in_a_law_and_its_name_as_text(tmp_path, capsys):
    """A law's words, its header and its file name are text in the page: no tag, attribute or link
    of theirs reaches the reader's browser (issue 12, item 9); every link is one of the report's own."""
    from html.parser import HTMLParser

    path = tmp_path / "<svg onload=alert(5)>.txt"
    path.write_text(f"# jurisdiction: {HOSTILE_HTML}\n# title: {HOSTILE_HTML}\n\n"
                    + LAW.format(payload=HOSTILE_HTML), encoding="utf-8")

    class Tags(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.tags: list[tuple[str, dict]] = []

        def handle_starttag(self, tag, attrs):
            self.tags.append((tag, dict(attrs)))

    for command in (("analyze", path, "-f", "html", "--fail-on", "never"), ("compare", path, path, "-f", "html")):
        _, out, _ = run_cli(capsys, *command)
        assert "alert(" in out  # shown...
        parser = Tags()
        parser.feed(out)
        names = {tag for tag, _ in parser.tags}
        assert not names & {"script", "img", "svg", "iframe", "object"}  # ... never run
        for _, attrs in parser.tags:
            assert not any(k.startswith("on") for k in attrs), attrs
            assert attrs.get("href", "#").startswith("#"), attrs
