"""redline: read a law that bans surveillance technology and report, with a citation for every
claim, what it prohibits, every exemption it carves out, and how leaky it is.

The Python API returns the same data classes the CLI renders::

    from redline_cli import analyze, compare, diff
    analysis = analyze("corpus/boston-16-62.txt")
    for finding in analysis.exemptions:
        print(finding.category, finding.qualifiers, finding.location.citation)

Nothing heavy is imported here (the names below load on first use, PEP 562), so ``redline --help``
stays instant; spaCy loads the first time a document is analyzed.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._version import __version__

_EXPORTS = {
    "analyze": "api", "analyze_text": "api", "compare": "api", "diff": "api", "Options": "api", "Context": "api",
    "Analysis": "findings", "Coverage": "findings", "Finding": "findings", "Score": "findings",
    "RedlineError": "errors", "ConfigError": "errors", "InputError": "errors", "UsageError": "errors",
}

if TYPE_CHECKING:
    from .api import Context, Options, analyze, analyze_text, compare, diff
    from .errors import ConfigError, InputError, RedlineError, UsageError
    from .findings import Analysis, Coverage, Finding, Score


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'redline_cli' has no attribute {name!r}")


__all__ = ["Analysis", "ConfigError", "Context", "Coverage", "Finding", "InputError", "Options", "RedlineError",
           "Score", "UsageError", "__version__", "analyze", "analyze_text", "compare", "diff"]
