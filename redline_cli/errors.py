"""Every error redline raises on purpose, and the exit code each one maps to (README, "Exit codes").

Exit codes are a contract with shell scripts and CI jobs:
0 ran and no gate tripped; 1 a gate tripped; 2 usage, configuration or rule error; 3 an input could
not be read; 4 an internal error (a bug of redline's: a crash never reads as a tripped gate).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_GATE = 1
EXIT_USAGE = 2
EXIT_INPUT = 3
EXIT_INTERNAL = 4


class RedlineError(Exception):
    """Base of redline's own errors; ``exit_code`` says how the CLI ends."""

    exit_code = EXIT_USAGE


class UsageError(RedlineError):
    """A flag or argument that cannot be honoured."""

    exit_code = EXIT_USAGE


class ConfigError(RedlineError):
    """A rule pack, scoring model, suppression or baseline file that is not valid.

    The message reads ``path:line:col: what is wrong`` so editors and CI can jump to it.
    """

    exit_code = EXIT_USAGE

    def __init__(self, message: str, path: str | None = None, line: int | None = None,
                 col: int | None = None) -> None:
        self.path, self.line, self.col, self.reason = path, line, col, message
        where = ""
        if path:
            where = f"{path}:{line}:{col}: " if line else f"{path}: "
        super().__init__(where + message)


class InputError(RedlineError):
    """An input document that cannot be read; one line naming the file and the reason."""

    exit_code = EXIT_INPUT

    def __init__(self, path: str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"{path}: {reason}")


class InternalError(RedlineError):
    """A bug of redline's met while analyzing a document (reported as that document's error)."""

    exit_code = EXIT_INTERNAL
