"""Run the ``redline`` CLI in-process (through ``redline_cli.cli.main``) and catch its exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """``redline ARGS``: (exit code, stdout, stderr). ``main`` always ends in SystemExit."""
    from redline_cli.cli import main

    capsys.readouterr()  # drop anything printed before
    try:
        main([str(a) for a in args])
    except SystemExit as exc:
        code = exc.code
    else:  # pragma: no cover - main() must always exit
        raise AssertionError("main() returned without sys.exit")
    out, err = capsys.readouterr()
    return (code if isinstance(code, int) else 0), out, err


def run_subprocess(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
                   timeout: float = 60) -> subprocess.CompletedProcess:
    """``python -m redline_cli ARGS`` in a fresh interpreter, bytes in and out."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True, env=full_env,
                          cwd=ROOT, timeout=timeout, check=False)


def wait_for_workers(pid: int, workers: int = 2, timeout: float = 20) -> None:
    """Wait until the run ``pid`` has forked its ``--jobs`` workers (Linux: /proc lists a process's
    children), and a moment more so they are reading documents; elsewhere, a fixed wait. A test
    that interrupts a run waits only as long as the run takes to get going, not a guessed time."""
    import time

    children = Path(f"/proc/{pid}/task/{pid}/children")
    if not children.exists():
        time.sleep(6)
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if len(children.read_text().split()) >= workers:
                break
        except OSError:
            break
        time.sleep(0.05)
    time.sleep(1.0)
