"""``--output`` and ``--write-baseline``: a path that cannot be written is one usage error before any
work; the file is written atomically, with the mode any other new file would get."""

from __future__ import annotations

import errno
import os
import stat

import pytest
from cli_helpers import run_cli
from conftest import CORPUS, DATA

from redline_cli.errors import EXIT_USAGE, UsageError
from redline_cli.output import open_output

BOSTON = CORPUS / "boston-16-62.txt"
V1, V2 = DATA / "drafts" / "draft-v1.txt", DATA / "drafts" / "draft-v2.txt"


@pytest.fixture()
def no_analysis(monkeypatch):
    """Fail the test if any document is analyzed: the path must be refused first."""
    import redline_cli.api
    import redline_cli.batch

    def refuse(*_a, **_k):
        raise AssertionError("a document was analyzed before the output path was checked")

    monkeypatch.setattr(redline_cli.batch, "run", refuse)
    monkeypatch.setattr(redline_cli.api, "analyze_path", refuse)


@pytest.mark.parametrize("flag", ["--output", "--write-baseline"])
@pytest.mark.parametrize("where", ["missing-dir", "a-dir"])
def test_analyze_refuses_an_unwritable_path_before_analyzing(capsys, tmp_path, no_analysis, flag, where):
    target = tmp_path / "nodir" / "out.json" if where == "missing-dir" else tmp_path
    code, out, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", flag, target)
    assert code == EXIT_USAGE and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{flag} {target}:" in err
    assert ("no such directory" if where == "missing-dir" else "is a directory") in err


@pytest.mark.parametrize("command", [("compare", BOSTON), ("diff", V1, V2), ("extract", BOSTON), ("eval", CORPUS)])
def test_every_command_refuses_an_output_path_in_a_missing_directory(capsys, tmp_path, no_analysis, command):
    target = tmp_path / "nodir" / "out.txt"
    code, _, err = run_cli(capsys, *command, "-o", target)
    assert code == EXIT_USAGE and err.strip() == f"redline: --output {target}: no such directory {str(target.parent)!r}"


def test_a_new_output_file_gets_the_mode_of_any_new_file_and_a_replaced_one_keeps_its_own(tmp_path):
    umask = os.umask(0o027)
    try:
        fresh = tmp_path / "report.json"
        with open_output(fresh) as out:
            out.write("{}\n")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o640  # 0o666 & ~0o027, not mkstemp's 0o600
    finally:
        os.umask(umask)
    kept = tmp_path / "shared.json"
    kept.write_text("old\n")
    kept.chmod(0o664)
    with open_output(kept) as out:
        out.write("new\n")
    assert kept.read_text() == "new\n" and stat.S_IMODE(kept.stat().st_mode) == 0o664


def test_the_cli_writes_its_report_readable_by_others(capsys, tmp_path):
    umask = os.umask(0o022)
    try:
        target = tmp_path / "report.json"
        code, _, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--fail-on", "never", "-o", target)
    finally:
        os.umask(umask)
    assert code == 0 and stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_failed_write_is_one_line_and_leaves_nothing(tmp_path):
    target = tmp_path / "report.json"
    with pytest.raises(UsageError) as info, open_output(target) as out:
        out.write("{")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))  # what a full disk raises mid-report
    assert str(info.value) == f"{target}: cannot write the output ({os.strerror(errno.ENOSPC)})"
    assert list(tmp_path.iterdir()) == []


def test_a_bug_while_writing_is_not_disguised_as_a_write_error(tmp_path):
    with pytest.raises(FileNotFoundError), open_output(tmp_path / "report.json"):
        raise FileNotFoundError(errno.ENOENT, "a file the renderer looked for")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_device_or_pipe_is_written_in_place_not_replaced(tmp_path):
    """``-o /dev/null`` or a named pipe: the output goes into it, and it stays what it was (an atomic
    rename would leave a regular file where the null device was, for every program on the machine)."""
    import threading

    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    with open_output(fifo) as out:
        out.write("whole report\n")
    reader.join(timeout=10)
    assert got == ["whole report\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with open_output(os.devnull) as out:
        out.write("thrown away\n")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
