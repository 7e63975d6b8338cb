"""redline: read a law that bans surveillance technology and report, with a citation for every
claim, what it prohibits, every exemption it carves out, and how leaky it is.

The Python API returns the same data classes the CLI renders::

    from redline_cli import analyze, compare, diff
    analysis = analyze("corpus/boston-16-62.txt")
    for finding in analysis.exemptions:
        print(finding.category, finding.qualifiers, finding.location.citation)

Nothing heavy is imported here: spaCy loads the first time a document is analyzed.
"""

from __future__ import annotations

from ._version import __version__
from .api import Context, Options, analyze, analyze_text, compare, diff
from .errors import ConfigError, InputError, RedlineError, UsageError
from .findings import Analysis, Coverage, Finding, Score

__all__ = ["Analysis", "ConfigError", "Context", "Coverage", "Finding", "InputError", "Options", "RedlineError",
           "Score", "UsageError", "__version__", "analyze", "analyze_text", "compare", "diff"]
