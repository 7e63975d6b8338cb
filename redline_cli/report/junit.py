"""``--format junit``: JUnit XML for CI dashboards, a test case per document and gate
(``fail-on``, ``max-score``); an unreadable document is an error case."""

from __future__ import annotations

from typing import Any, TextIO
from xml.etree import ElementTree as ET

from ..findings import Analysis
from ..gates import DocumentGate, GateResult
from ..textsafe import xml_text


def render(analyses: list[Analysis], out: TextIO, gates: GateResult | None = None, **_: Any) -> None:
    suites = ET.Element("testsuites", name="redline")
    suite = ET.SubElement(suites, "testsuite", name="redline")
    counts = {"tests": 0, "failures": 0, "errors": 0}
    fail_on = gates.fail_on if gates else None
    max_score = gates.max_score if gates else None
    for index, a in enumerate(analyses):
        checks = []
        if fail_on:
            checks.append(("fail-on", f"no finding at or above {fail_on}"))
        if max_score is not None:
            checks.append(("max-score", f"loophole score at most {max_score}"))
        if not checks:
            checks.append(("analyze", "analyzed"))
        gate = gates.document(index) if gates else DocumentGate()  # the gate module decided; shown here
        for check, title in checks:
            counts["tests"] += 1
            case = ET.SubElement(suite, "testcase", classname=f"redline.{check}", name=f"{a.path}: {title}")
            if a.status == "error":
                counts["errors"] += 1
                ET.SubElement(case, "error", message=a.error or "cannot read").text = a.error or ""
                continue
            if check == "fail-on" and gate.findings:
                counts["failures"] += 1
                body = "\n".join(f"{f.severity} {f.rule_id} at {f.citation or 'document'}: {f.message}"
                                 for f in gate.findings)
                ET.SubElement(case, "failure",
                              message=f"{len(gate.findings)} finding(s) at or above {fail_on}").text = body
            elif check == "max-score" and gate.score is not None:
                counts["failures"] += 1
                ET.SubElement(case, "failure", message=f"loophole score {gate.score} > {max_score}").text = \
                    "\n".join(f"+{c.points:g} {c.reason}" for c in a.score.contributions)
    for key, value in counts.items():
        suite.set(key, str(value))
        suites.set(key, str(value))
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(xml_text(ET.tostring(suites, encoding="unicode")))  # a control character in a file name
    out.write("\n")
