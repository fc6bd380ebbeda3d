"""Regenerate `validators/data/claims_regex_gates.json` and `claims_regex_clauses.json`: the gates
(`matching.required_literals`) and clauses (`matching.regex_clauses`) of every regex in the shipped
claim vocabularies, so that a run does not parse them.

Run after changing a "re:" entry of validators/data/claims_*.yaml or the gate analysis in
`matching` (a test fails until then):

    python -m validators.claims.build_gates
"""

import json
import sys
from collections.abc import Iterator
from dataclasses import fields, is_dataclass

from validators.claims import matching
from validators.claims.lexicon import build_lexicon


def shipped_gates() -> dict[str, list[str] | None]:
    """gate_key -> gates of every regex of the vocabularies in validators/data, computed afresh."""
    gates = {}
    for vocabulary in vocabularies_of(build_lexicon()):
        for regex in vocabulary.regexes():
            found = matching.required_literals(regex.pattern, regex.flags)
            gates[matching.gate_key(regex.pattern, regex.flags)] = list(found) if found is not None else None
    return dict(sorted(gates.items()))


def shipped_clauses() -> dict[str, list[list[str]]]:
    """gate_key -> clauses (each a sorted list, in `regex_clauses`' order) of every regex of the vocabularies in
    validators/data, computed afresh."""
    clauses = {}
    for vocabulary in vocabularies_of(build_lexicon()):
        for regex in vocabulary.regexes():
            found = matching.regex_clauses(regex.pattern, regex.flags)
            clauses[matching.gate_key(regex.pattern, regex.flags)] = [sorted(clause) for clause in found]
    return dict(sorted(clauses.items()))


def vocabularies_of(value) -> Iterator[matching.Vocabulary]:
    """Every `Vocabulary` in a lexicon, however deeply held (drugs' risk topics, conditional phrases)."""
    if isinstance(value, matching.Vocabulary):
        yield value
    elif is_dataclass(value):
        for item in fields(value):
            yield from vocabularies_of(getattr(value, item.name))
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from vocabularies_of(item)


def main() -> int:
    gates = shipped_gates()
    lines = [f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(value)}" for key, value in gates.items()]
    matching.GATES_FILE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")  # a regex a line
    print(f"wrote the gates of {len(gates)} regexes to {matching.GATES_FILE}")
    clauses = shipped_clauses()
    lines = [f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
             for key, value in clauses.items()]
    matching.CLAUSES_FILE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote the clauses of {len(clauses)} regexes to {matching.CLAUSES_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
