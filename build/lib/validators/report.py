"""Render a `CheckRun` as JSON (the contract in shared/eval/README.md), compiler-style text or SARIF 2.1.0."""

import json

from validators.document import Document
from validators.engine import CheckRun
from validators.findings import Finding, Severity
from validators.registry import all_rules

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def to_json(run: CheckRun) -> str:
    return json.dumps(
        {
            "version": 1,
            "documents": [
                {"path": r.document.path, "findings": [f.to_json() for f in r.findings]} for r in run.reports
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def to_text(run: CheckRun) -> str:
    lines = []
    counts = {s: 0 for s in Severity}
    for report in run.reports:
        for finding in report.findings:
            counts[finding.severity] += 1
            source = finding.source
            where = f"{source.line}:{source.column}" if source and source.line else "1:1"
            message = finding.message
            if finding.suggestions:
                message += f" (suggestion: {finding.suggestions[0].replacement!r})"
            lines.append(f"{report.document.path}:{where}: {finding.severity} {finding.rule} {message}")
    lines.append(
        f"{len(run.reports)} document(s): {counts[Severity.ERROR]} error(s), "
        f"{counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} note(s)"
    )
    return "\n".join(lines)


def to_sarif(run: CheckRun) -> str:
    from validators import ENGINE_VERSION

    rules = all_rules()
    used = sorted({f.rule for r in run.reports for f in r.findings})
    descriptors = [
        {
            "id": rule_id,
            "shortDescription": {"text": rules[rule_id].description() if rule_id in rules else rule_id},
            "defaultConfiguration": {
                "level": _SARIF_LEVEL[rules[rule_id].severity] if rule_id in rules else "error"
            },
        }
        for rule_id in used
    ]
    index = {rule_id: n for n, rule_id in enumerate(used)}
    results = []
    for report in run.reports:
        for finding in report.findings:
            offset, length = _source_span(finding, report.document)
            region = {"charOffset": offset, "charLength": length}
            if finding.source and finding.source.line:
                region.update(startLine=finding.source.line, startColumn=finding.source.column)
            if finding.excerpt:
                region["snippet"] = {"text": finding.excerpt}
            result = {
                "ruleId": finding.rule,
                "ruleIndex": index[finding.rule],
                "level": _SARIF_LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": report.document.path},
                                                    "region": region}}],
                "partialFingerprints": {"findingFingerprint/v1": finding.fingerprint},
            }
            if finding.suggestions:
                result["fixes"] = [
                    {"description": {"text": f"Replace with {s.replacement!r}"},
                     "artifactChanges": [{"artifactLocation": {"uri": report.document.path},
                                          "replacements": [{"deletedRegion": region,
                                                            "insertedContent": {"text": s.replacement}}]}]}
                    for s in finding.suggestions
                ]
            results.append(result)
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "healthcms-validators", "version": ENGINE_VERSION,
                                      "rules": descriptors}},
                  "results": results}],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False)


def _source_span(finding: Finding, document: Document) -> tuple[int, int]:
    """The excerpt's offset and length in the source: markup inside the excerpt makes it longer there."""
    length = max(finding.end - finding.start, 0)
    if finding.source is None:
        return finding.start, length
    if length:
        last = document.source_location(finding.end - 1)
        if last is not None and last.origin == finding.source.origin and last.offset >= finding.source.offset:
            length = last.offset + 1 - finding.source.offset
    return finding.source.offset, length


FORMATS = {"json": to_json, "text": to_text, "sarif": to_sarif}
