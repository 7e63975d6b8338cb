"""Input limits: what one document may cost before redline refuses it.

Inputs reach redline from pull requests and downloads, so size is bounded where it is cheap to
check, before the expensive step: the file's bytes (before any parsing), a PDF's pages (before any
page is read), and the longest line of text (before the language pipeline sees it; a single line
of megabytes is a dump, not a law, and costs hundreds of times its size to analyze). Each refusal
is an input error naming the limit and the flag that raises it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 64 * 1024 * 1024  # --max-size (MB)
    max_pages: int = 2000  # --max-pages
    max_line: int = 200_000  # --max-line (characters)
    max_memory_mb: int = 4096  # --max-memory: address space of a worker process (not of --jobs 1)

    def check_bytes(self, size: int, label: str) -> None:
        if size > self.max_bytes:
            raise InputError(label, f"is {size / 2**20:.1f} MB, over the {self.max_bytes / 2**20:g} MB input limit "
                                    "(raise it with --max-size)")

    def check_pages(self, pages: int, label: str) -> None:
        if pages > self.max_pages:
            raise InputError(label, f"has {pages} pages, over the {self.max_pages}-page limit (raise it with "
                                    "--max-pages)")

    def check_line(self, longest: int, label: str) -> None:
        if longest > self.max_line:
            raise InputError(label, f"has a line of {longest:,} characters, over the {self.max_line:,}-character "
                                    "limit (raise it with --max-line)")


DEFAULT = Limits()

__all__ = ["DEFAULT", "Limits"]
