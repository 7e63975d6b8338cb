"""``--format junit``: JUnit XML for CI dashboards, a test case per document and gate
(``fail-on``, ``max-score``); an unreadable document is an error case."""

from __future__ import annotations

from typing import Any, TextIO
from xml.etree import ElementTree as ET

from ..findings import Analysis
from ..taxonomy import SEVERITY_RANK


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    suites = ET.Element("testsuites", name="redline")
    suite = ET.SubElement(suites, "testsuite", name="redline")
    counts = {"tests": 0, "failures": 0, "errors": 0}
    fail_on = gates.fail_on if gates else None
    max_score = gates.max_score if gates else None
    for a in analyses:
        checks = []
        if fail_on:
            checks.append(("fail-on", f"no finding at or above {fail_on}"))
        if max_score is not None:
            checks.append(("max-score", f"loophole score at most {max_score}"))
        if not checks:
            checks.append(("analyze", "analyzed"))
        for gate, title in checks:
            counts["tests"] += 1
            case = ET.SubElement(suite, "testcase", classname=f"redline.{gate}", name=f"{a.path}: {title}")
            if a.status == "error":
                counts["errors"] += 1
                ET.SubElement(case, "error", message=a.error or "cannot read").text = a.error or ""
                continue
            if gate == "fail-on":
                floor = SEVERITY_RANK[fail_on]
                hits = [f for f in a.findings if SEVERITY_RANK.get(f.severity, 0) >= floor]
                if hits:
                    counts["failures"] += 1
                    body = "\n".join(f"{f.severity} {f.rule_id} at {f.citation or 'document'}: {f.message}"
                                     for f in hits)
                    ET.SubElement(case, "failure", message=f"{len(hits)} finding(s) at or above {fail_on}").text = body
            elif gate == "max-score" and a.score and a.score.value is not None and a.score.value > max_score:
                counts["failures"] += 1
                ET.SubElement(case, "failure", message=f"loophole score {a.score.value} > {max_score}").text = \
                    "\n".join(f"+{c.points:g} {c.reason}" for c in a.score.contributions)
    for key, value in counts.items():
        suite.set(key, str(value))
        suites.set(key, str(value))
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(suites, encoding="unicode"))
    out.write("\n")
