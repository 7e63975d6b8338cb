"""Where reports go: stdout, or a file written atomically so a crash or Ctrl-C leaves no half file.

``check_output`` is called by the CLI before any work, so a path that cannot be written is one
usage error at once, not a traceback after a long analysis.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .errors import UsageError

# Errors writing the file's data (not bugs in the code producing it): reported as one line.
_WRITE_ERRNOS = {getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EROFS") if hasattr(errno, name)}


def _is_stdout(path: str | os.PathLike | None) -> bool:
    return path is None or str(path) == "-"


def check_output(path: str | os.PathLike | None, flag: str = "--output") -> None:
    """UsageError unless ``path`` can be written: its directory exists and it is not a directory."""
    if _is_stdout(path):
        return
    target = Path(path)
    directory = target.parent
    if str(path).endswith(("/", os.sep)) or target.is_dir():
        raise UsageError(f"{flag} {path}: is a directory (give a file name)")
    if not directory.is_dir():
        raise UsageError(f"{flag} {path}: no such directory {str(directory)!r}")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise UsageError(f"{flag} {path}: cannot write in directory {str(directory)!r} (permission denied)")


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    """The mode the written file gets: the replaced file's, else what ``open()`` would give."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _write_error(target: Path, exc: OSError) -> UsageError:
    return UsageError(f"{target}: cannot write the output ({exc.strerror or exc})")


class _PipeSafe:
    """stdout that a reader may leave (``redline ... | head``): once the pipe is gone, what is left
    to write goes to the null device, so the run finishes and exits with its own code."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def _gone(self) -> None:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, self._stream.fileno())
        os.close(devnull)

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._gone()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _is_special(target: Path) -> bool:
    """Is the target an existing file that is not a regular one (a device, a FIFO, a socket)?"""
    try:
        return not stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        return False  # (it does not exist yet: written atomically)


@contextlib.contextmanager
def open_output(path: str | os.PathLike | None) -> Iterator[TextIO]:
    """Yield a text stream; for a path, the file appears (whole) only when the block succeeds."""
    if _is_stdout(path):
        out = _PipeSafe(sys.stdout)
        yield out  # type: ignore[misc]
        out.flush()
        return
    target = Path(path)
    if _is_special(target):
        # "-o /dev/null", a named pipe, "/dev/stderr": written in place (a rename would put a regular
        # file where the device or pipe was, for every other program too)
        opened = False
        try:
            with open(target, "w", encoding="utf-8", newline="") as fh:
                opened = True
                yield fh
                fh.flush()
        except OSError as exc:
            if not opened or exc.errno in _WRITE_ERRNOS:
                raise _write_error(target, exc) from None
            raise
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _write_error(target, exc) from None
    try:
        try:
            os.fchmod(fd, _mode_for(target))  # mkstemp makes it 0600, and os.replace would keep that
        except BaseException:
            os.close(fd)
            raise
        with open(fd, "w", encoding="utf-8", newline="") as fh:
            try:
                yield fh
            except OSError as exc:
                if exc.errno in _WRITE_ERRNOS:
                    raise _write_error(target, exc) from None
                raise
            try:
                fh.flush()
            except OSError as exc:
                raise _write_error(target, exc) from None
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _write_error(target, exc) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
