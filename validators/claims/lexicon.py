"""The claim vocabularies (validators/data/claims_*.yaml), compiled once into regexes.

Editors extend the vocabularies in their own vocabulary dirs; a `ClaimLexicon` is built
per set of dirs and cached, so checking a document never compiles anything.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lemminflect import getAllInflections

from validators.vocabulary import load_vocabulary

FLAGS = re.IGNORECASE


def phrase_pattern(entry: str) -> str:
    """Regex source for one vocabulary entry.

    "re:..." entries are regexes. Other entries are phrases: words match whole words
    case-insensitively, a space or hyphen matches any run of spaces or hyphens, and a
    trailing * matches any word ending ("pregnan*" matches pregnant, pregnancy).
    """
    entry = str(entry)
    if entry.startswith("re:"):
        return f"(?:{entry[3:]})"
    words = []
    for word in re.split(r"[\s\-]+", entry.strip()):
        star = word.endswith("*")
        core = re.escape(word.rstrip("*"))
        words.append(core + (r"[\w'’-]*" if star else ""))
    body = r"[\s\-]+".join(words)
    lead = r"(?<![\w])" if re.match(r"\w", entry) else ""
    tail = r"(?![\w])" if re.search(r"\w$", entry) else ""
    return f"{lead}{body}{tail}"


def alternation(entries) -> str:
    """One regex source matching any entry; longest entries first so the longest phrase wins."""
    sources = sorted({phrase_pattern(e) for e in entries}, key=len, reverse=True)
    body = "|".join(sources) if sources else r"(?!x)x"
    return f"(?:{body})"


def compile_phrases(entries) -> re.Pattern:
    return re.compile(alternation(entries), FLAGS)


def verb_forms(lemmas) -> set[str]:
    """Every inflection of every lemma ("reduce" -> reduce, reduces, reduced, reducing)."""
    forms = set()
    for lemma in lemmas:
        lemma = str(lemma).lower()
        forms.add(lemma)
        for values in getAllInflections(lemma, upos="VERB").values():
            forms.update(v.lower() for v in values)
    return forms


def words_pattern(words) -> str:
    escaped = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return r"(?<![\w'’-])(?:" + "|".join(escaped) + r")(?![\w'’-])"


@dataclass(frozen=True)
class RiskTopic:
    key: str
    label: str
    resolve: str
    covered_by: re.Pattern


@dataclass(frozen=True)
class Drug:
    key: str
    label: str
    names: re.Pattern
    risks: tuple[RiskTopic, ...]


@dataclass(frozen=True)
class ClaimLexicon:
    # support
    source_domains: tuple[str, ...]
    reference_headings: frozenset[str]
    reference_id: re.Pattern
    # evidence
    evidence_report: re.Pattern
    reporting_verb_forms: frozenset[str]
    study_mention: re.Pattern
    impersonal_evidence: re.Pattern
    journal_named: re.Pattern
    embedded_question_tail: re.Pattern
    # absolute promises
    absolute: re.Pattern
    absolute_when: tuple[tuple[re.Pattern, re.Pattern], ...]  # (phrase, context the sentence must have)
    softer: dict[str, str]
    # numbers
    percent: re.Pattern
    percent_follower: re.Pattern
    percent_leader: re.Pattern
    formulation: re.Pattern
    statistic: re.Pattern
    timeline: re.Pattern
    # what a claim is made of
    effect_verb: re.Pattern
    effect_verb_forms: frozenset[str]
    effect_predicate: re.Pattern
    outcome: re.Pattern
    treatment: re.Pattern
    # what a claim is not
    instruction_verbs: frozenset[str]
    instruction_leader: re.Pattern
    directive: re.Pattern
    call_to_action: re.Pattern
    logistics: re.Pattern
    definition: re.Pattern
    company_subject: re.Pattern
    reported_framing: re.Pattern
    quotation_framing_tail: re.Pattern
    generic_subject: re.Pattern
    negation: re.Pattern
    hedge: re.Pattern
    embedding: re.Pattern
    # fair balance
    drugs: tuple[Drug, ...]


def _timeline_pattern(data: dict) -> str:
    number = r"(?:\d+(?:\.\d+)?|" + alternation(data["number_words"]) + ")"
    number_range = rf"{number}(?:\s*(?:-|–|—|to|or)\s*{number})?"
    units = alternation(data["time_units"])
    prepositions = alternation(data["timeline_prepositions"])
    fillers = alternation(data["timeline_fillers"])
    anchors = alternation(data["timeline_anchors"])
    with_preposition = rf"(?<!\w){prepositions}\s+(?:{fillers}\s+)*{number_range}[\s-]+{units}(?!\w)"
    with_anchor = rf"(?<!\w){number_range}[\s-]+{units}\s+{anchors}(?!\w)"
    return "|".join((with_preposition, with_anchor, alternation(data["timeline_phrases"])))


def _evidence_patterns(data: dict) -> tuple[str, str]:
    reporters = alternation(data["reporters"])
    verbs = words_pattern(verb_forms(data["reporting_verbs"]))
    # "Studies show", "Research has consistently shown", "Experts at X agree" (not "... to show").
    report = rf"(?<!\w){reporters}(?!\w)(?:[\s,]+(?!to\b)[\w'’-]+){{0,4}}?[\s,]+(?<!\bto\s){verbs}"
    determiners = alternation(data["study_determiners"])
    modifiers = alternation(data["study_modifiers"])
    nouns = alternation(data["study_nouns"])
    study = rf"(?<!\w){determiners}\s+(?:(?:most\s+)?{modifiers}[\s,]+){{0,4}}{nouns}(?!\w)"
    return report, study


def _drugs(data: dict) -> tuple[Drug, ...]:
    drugs = []
    for key, entry in (data.get("drugs") or {}).items():
        if not entry.get("prescription", True):
            continue
        risks = tuple(
            RiskTopic(
                key=topic,
                label=spec["label"],
                resolve=spec["resolve"],
                covered_by=compile_phrases(spec["covered_by"]),
            )
            for topic, spec in (entry.get("risks") or {}).items()
        )
        names = [key, *entry.get("names", [])]
        drugs.append(Drug(key, entry.get("label", key), compile_phrases(names), risks))
    return tuple(drugs)


def build_lexicon(vocabulary_dirs: tuple[Path, ...] = ()) -> ClaimLexicon:
    def vocab(name):
        return load_vocabulary(name, vocabulary_dirs)

    sources = vocab("claims_sources")
    evidence = vocab("claims_evidence")
    absolute = vocab("claims_absolute")
    numbers = vocab("claims_statistics")
    words = vocab("claims_vocabulary")
    non = vocab("claims_non_claims")
    fair = vocab("claims_fair_balance")

    report, study = _evidence_patterns(evidence)
    effect_forms = verb_forms(words["effect_verbs"])
    instruction = {str(v).lower() for v in non["instruction_verbs"]}
    wh = alternation(evidence["embedded_question_words"])
    return ClaimLexicon(
        source_domains=tuple(str(d).lower().lstrip(".") for d in sources["domains"]),
        reference_headings=frozenset(str(h).lower() for h in sources["reference_headings"]),
        reference_id=re.compile(alternation(sources["reference_ids"]), FLAGS),
        evidence_report=re.compile(report, FLAGS),
        reporting_verb_forms=frozenset(verb_forms(evidence["reporting_verbs"])),
        study_mention=re.compile(study, FLAGS),
        impersonal_evidence=compile_phrases(evidence["impersonal"]),
        journal_named=re.compile(alternation(evidence["journal_cues"])),  # case matters: names are capitalised
        embedded_question_tail=re.compile(rf"(?<!\w){wh}\s+(?:[\w'’-]+\s+){{0,2}}$", FLAGS),
        absolute=compile_phrases([e for e in absolute["phrases"] if not isinstance(e, dict)]),
        absolute_when=tuple(
            (compile_phrases([e["phrase"]]), compile_phrases([e["when"]]))
            for e in absolute["phrases"]
            if isinstance(e, dict)
        ),
        softer={str(k).lower(): str(v) for k, v in (absolute.get("softer") or {}).items()},
        percent=re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)", FLAGS),
        percent_follower=re.compile(r"\s*" + alternation(numbers["percent_followers"]), FLAGS),
        percent_leader=re.compile(alternation(numbers["percent_leaders"]) + r"\s*$", FLAGS),
        formulation=compile_phrases(numbers["formulation_nouns"]),
        statistic=compile_phrases(numbers["statistic_phrases"]),
        timeline=re.compile(_timeline_pattern(numbers), FLAGS),
        effect_verb=re.compile(words_pattern(effect_forms), FLAGS),
        effect_verb_forms=frozenset(effect_forms),
        effect_predicate=compile_phrases(words["effect_predicates"]),
        outcome=compile_phrases(words["outcomes"]),
        treatment=compile_phrases(words["treatments"]),
        instruction_verbs=frozenset(instruction),
        instruction_leader=re.compile(r"^(?:" + alternation(non["instruction_leaders"]) + r"\s+)+", FLAGS),
        directive=compile_phrases(non["directives"]),
        call_to_action=compile_phrases(non["calls_to_action"]),
        logistics=compile_phrases(non["logistics"]),
        definition=compile_phrases(non["definitions"]),
        company_subject=compile_phrases(non["company_subjects"]),
        reported_framing=compile_phrases(non["reported_claim_framing"]),
        quotation_framing_tail=re.compile(alternation(non["quotation_framing"]) + r"[\s:,]*$", FLAGS),
        generic_subject=compile_phrases(non["generic_subjects"]),
        negation=compile_phrases(non["negations"]),
        hedge=compile_phrases(non["hedges"]),
        embedding=re.compile(
            alternation(non["embedding_verbs"]) + rf"\s+(?:about\s+|into\s+|on\s+)?{wh}(?!\w)", FLAGS
        ),
        drugs=_drugs(fair),
    )


@lru_cache(maxsize=16)
def lexicon_for(vocabulary_dirs: tuple[Path, ...] = ()) -> ClaimLexicon:
    return build_lexicon(vocabulary_dirs)
