"""Keeping known findings out of CI: ``.redline-ignore.yaml`` entries and baselines.

An ignore file lists findings a reviewer has accepted, each with a reason (required: a suppression
nobody can explain is a loophole in the review). A baseline records every finding of a run by its
fingerprint (rule id, provision id and the words matched), so a later run reports only what is new,
and re-paginating or re-printing a draft does not make old findings fire again. Suppressed findings
leave the report and the gates, but are listed in the JSON output with their reason.
"""

from __future__ import annotations

import fnmatch
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError
from .findings import Analysis, Finding, Suppressed
from .rulebook.yamlload import YDict, YList, config_error, load_yaml

IGNORE_FILE = ".redline-ignore.yaml"
ENTRY_KEYS = {"rule", "documents", "citation", "reason"}
BASELINE_FORMAT = "redline-baseline/1"


@dataclass
class IgnoreEntry:
    rule: str
    documents: str | None
    citation: str | None
    reason: str
    where: str  # file:line, for the "matched nothing" warning
    used: int = 0
    base: str | None = None  # the ignore file's directory: ``documents`` globs are relative to it too

    def matches(self, path: str, finding: Finding) -> bool:
        if not fnmatch.fnmatchcase(finding.rule_id, self.rule):
            return False
        if self.documents and not _path_matches(path, self.documents, self.base):
            return False
        return not self.citation or finding.citation == self.citation


def _path_matches(path: str, glob: str, base: str | None = None) -> bool:
    """The path as given, its file name, or (for an ignore file found in a directory above) the path
    from the ignore file's directory, matches ``glob``."""
    normalized = path.replace(os.sep, "/")
    if fnmatch.fnmatchcase(normalized, glob) or fnmatch.fnmatchcase(Path(path).name, glob):
        return True
    if base is None or path == "-" or path.startswith("<"):
        return False
    try:
        relative = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    except ValueError:  # another drive (Windows)
        return False
    return fnmatch.fnmatchcase(relative, glob)


def load_ignore_file(path: str | Path) -> list[IgnoreEntry]:
    """Entries of an ignore file; errors are ``file:line:col: message`` (exit code 2)."""
    data = load_yaml(path)
    if data is None:
        return []
    if not isinstance(data, YDict) or set(data) != {"ignore"} or not isinstance(data["ignore"], YList):
        raise ConfigError("an ignore file is a mapping with one key, 'ignore', holding a list of entries",
                          str(path), 1, 1)
    out = []
    for i, entry in enumerate(data["ignore"]):
        if not isinstance(entry, YDict):
            raise config_error("each entry is a mapping: rule, reason, and optionally documents, citation",
                               data["ignore"], i)
        for key in entry:
            if key not in ENTRY_KEYS:
                raise config_error(f"unknown key {key!r} (expected: {', '.join(sorted(ENTRY_KEYS))})", entry, key)
        for key in ("rule", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise config_error(f"{key!r} is required and must be a non-empty string", entry,
                                   key if key in entry else None)
        for key in ("documents", "citation"):
            if key in entry and not isinstance(entry[key], str):
                raise config_error(f"{key!r} must be a string", entry, key)
        mark = entry.mark
        out.append(IgnoreEntry(entry["rule"].strip(), entry.get("documents"), entry.get("citation"),
                               entry["reason"].strip(), f"{mark.path}:{mark.line}",
                               base=os.path.dirname(os.path.abspath(path))))
    return out


def apply_ignore(analysis: Analysis, entries: list[IgnoreEntry]) -> None:
    """Move the findings an entry covers into ``analysis.suppressed``."""
    kept = []
    for finding in analysis.findings:
        entry = next((e for e in entries if e.matches(analysis.path, finding)), None)
        if entry is None:
            kept.append(finding)
            continue
        entry.used += 1
        analysis.suppressed.append(Suppressed(finding, entry.reason, "ignore-file"))
    analysis.findings = kept


def unused(entries: list[IgnoreEntry]) -> list[str]:
    return [f"{e.where}: suppression of {e.rule!r} matched no finding" for e in entries if not e.used]


# ---------------------------------------------------------------------------- baselines
def write_baseline(path: str | Path, analyses: list[Analysis]) -> None:
    """Record every reported finding of ``analyses`` (written atomically)."""
    from .output import open_output

    records = [{"fingerprint": f.fingerprint, "rule_id": f.rule_id, "document": a.path, "citation": f.citation,
                "quote": " ".join(f.quote.split())[:200]}
               for a in analyses for f in a.findings]
    with open_output(path) as out:
        json.dump({"format": BASELINE_FORMAT, "findings": records}, out, indent=2, ensure_ascii=False)
        out.write("\n")


def load_baseline(path: str | Path) -> set[str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the baseline ({exc})", str(path)) from None
    if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT or not isinstance(data.get("findings"),
                                                                                             list):
        raise ConfigError(f"not a redline baseline (expected format {BASELINE_FORMAT!r}; make one with "
                          "--write-baseline)", str(path))
    fingerprints = set()
    for i, record in enumerate(data["findings"]):
        if not isinstance(record, dict) or not isinstance(record.get("fingerprint"), str):
            raise ConfigError(f"findings[{i}]: each finding needs a 'fingerprint' string (make the baseline with "
                              "--write-baseline)", str(path))
        fingerprints.add(record["fingerprint"])
    return fingerprints


def apply_baseline(analysis: Analysis, fingerprints: set[str]) -> None:
    kept = []
    for finding in analysis.findings:
        if finding.fingerprint in fingerprints:
            analysis.suppressed.append(Suppressed(finding, "in the baseline", "baseline"))
        else:
            kept.append(finding)
    analysis.findings = kept
