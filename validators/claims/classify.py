"""Is a sentence (or list item) a health claim, and what kind?

A health claim asserts what a treatment, product, ingredient or behaviour does to a
health outcome. The classifier works on lexical and shallow syntactic cues, all from
the claim vocabularies:

- cues that make a sentence a claim: an effect verb or predicate ("reduces", "is safe",
  "side effects") next to a treatment or health outcome; appeals to evidence ("studies
  show"); statistics and timelines of effect; absolute promises;
- cues that make it something else: a question, an instruction (the main clause starts
  with a base-form verb), a directive ("should be applied"), a call to action, logistics,
  a definition, a company describing itself, consumer advice about products in general
  ("one pill will not cure ..."), a scam warning, a noun phrase without a finite verb,
  and phrases quoted as examples ("promises like “...”"), which are masked before
  anything else is looked at.

Everything is precompiled in the `ClaimLexicon`; a sentence costs a few regex scans.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lemminflect import getAllLemmas

from validators.claims.lexicon import ClaimLexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_QUOTED = re.compile(r"[“\"]([^“”\"]{1,300})[”\"]")
_CLAUSE_BREAK = re.compile(r"[,;:()]")
_INTRO_CLAUSE = re.compile(
    r"^(?:if|when|whenever|while|before|after|once|until|unless|to|for|during|as|because|since|although|though"
    r"|in\s+order\s+to|between|throughout|in|on|at|with|without|by)\b[^,:;]*,\s*",
    re.IGNORECASE,
)
_ADVERBIAL = re.compile(
    r"^(?:[A-Za-z]+ly|also|instead|then|next|finally|first|second|third|however|otherwise|meanwhile|afterwards"
    r"|now|today|remember|importantly|still|so|plus|again)\s*,\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^:.;!?]{1,40}:\s+")
_LET_US = re.compile(r"^let(?:'s|’s|\s+us)\b", re.IGNORECASE)
_AUXILIARIES = frozenset(
    "is are was were am has have had does did do can could may might will would shall should must "
    "isn't aren't wasn't weren't hasn't haven't doesn't didn't can't couldn't won't wouldn't shouldn't "
    "'s 're 've".split()
)
_DETERMINERS = frozenset(
    "a an the this that these those its their your our my his her any no some each every another which "
    "what whose much more less".split()
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)
_INDICATION = re.compile(r"\b(?:used|prescribed|approved|given|licensed|indicated)\s+(?:\w+\s+)?(?:to|for)\s+$", re.I)
_WH_BEFORE = re.compile(r"\b(?:how|whether|what|why|which|if)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_TESTIMONIAL = re.compile(r"(?<![\w'’])(?:I|my|me|I've|I’ve|I'm|I’m)(?![\w'’])")
_COMPARISON = re.compile(
    r"\b(?:\w+er\s+than|more\s+\w+\s+than|less\s+\w+\s+than|compared\s+(?:to|with)|superior\s+to|inferior\s+to"
    r"|outperform\w*|as\s+\w+\s+as)\b",
    re.IGNORECASE,
)
_SAFETY = re.compile(r"\b(?:safe\w*|side[\s-]effects?|well[\s-]tolerated|harmless|non[\s-]?toxic|adverse)\b", re.I)
_RISK = re.compile(
    r"\b(?:risks?|caus\w*|danger\w*|harm\w*|toxic\w*|linked\s+to|associated\s+with|susceptib\w*|vulnerab\w*"
    r"|complications?|worsen\w*|trigger\w*|damag\w*)\b",
    re.IGNORECASE,
)
_PREVENTION = re.compile(
    r"\b(?:prevent\w*|protect\w*|(?:reduc|lower|cut|decreas)\w*\s+(?:the\s+|your\s+)?(?:risk|chance|odds)|ward\w*\s+off)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    """A span of the sentence (offsets relative to its text) that triggered a finding."""

    kind: str  # evidence, journal, absolute, statistic, timeline
    start: int
    end: int
    text: str


@dataclass
class Classification:
    is_claim: bool
    reason: str  # why it is (not) a claim: shown in tests and debugging
    claim_kind: str = ""  # efficacy, safety, risk, prevention, comparison, testimonial
    evidence: list[Cue] = field(default_factory=list)  # appeals to evidence, journals named
    absolute: list[Cue] = field(default_factory=list)
    statistics: list[Cue] = field(default_factory=list)
    timelines: list[Cue] = field(default_factory=list)

    @property
    def cues(self) -> list[str]:
        return [name for name, found in (("research", self.evidence), ("absolute", self.absolute),
                                         ("statistic", self.statistics), ("timeline", self.timelines)) if found]


NOT_A_CLAIM = Classification(False, "empty")


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> dict:
    return getAllLemmas(word)


class Classifier:
    def __init__(self, lexicon: ClaimLexicon):
        self.lx = lexicon

    # -- public -------------------------------------------------------------
    def classify(self, text: str) -> Classification:
        stripped = text.strip()
        if not stripped:
            return NOT_A_CLAIM
        if re.search(r"\?[\s\"'”’)\]\d]*$", stripped):
            return Classification(False, "question")
        masked = self._mask_example_quotes(text)
        evidence = self._evidence(masked)
        absolute = self._absolute(masked)
        statistics = self._statistics(masked)
        timelines = [self._cue("timeline", masked, m) for m in self.lx.timeline.finditer(masked)]
        effect = self._has_effect(masked)
        outcome = bool(self.lx.outcome.search(masked))
        treatment = bool(self.lx.treatment.search(masked))
        health = effect or outcome or treatment
        absolute = absolute if health else []
        strong = bool(evidence or absolute or (statistics and health))
        result = Classification(False, "", evidence=evidence, absolute=absolute,
                                statistics=statistics if health else [], timelines=timelines)

        reason = self._not_a_claim(masked, strong, bool(absolute), bool(statistics and health), effect,
                                   bool(timelines))
        if reason:
            return Classification(False, reason)
        if evidence:
            reason = "appeals to evidence"
        elif absolute:
            reason = "absolute promise"
        elif statistics and health:
            reason = "statistic about health"
        elif timelines and (effect or outcome):
            reason = "timeline of effect"
        elif effect and (treatment or outcome):
            reason = "effect on health"
        else:
            return Classification(False, "no health effect stated")
        result.is_claim = True
        result.reason = reason
        result.claim_kind = self._kind(masked)
        return result

    # -- what it is not -------------------------------------------------------
    def _not_a_claim(self, text: str, strong: bool, absolute: bool, statistic: bool, effect: bool,
                     timeline: bool) -> str:
        lx = self.lx
        if lx.reported_framing.search(text):
            return "reports or warns about others' promises"
        main = self._main_clause(text)
        if self._is_imperative(main) and not (absolute or statistic):
            return "instruction"
        if lx.directive.search(text) and not absolute:
            return "directive"
        if lx.generic_subject.search(text) and (lx.negation.search(text) or lx.hedge.search(text)) and not absolute:
            return "consumer advice about products in general"
        if strong:
            return ""
        if lx.company_subject.search(text):
            return "company describing itself"
        if lx.definition.search(text):
            return "definition"
        if lx.call_to_action.search(text):
            return "call to action"
        if lx.logistics.search(text) and not effect:
            return "logistics"
        if not timeline and not self._has_finite_verb(text):
            return "noun phrase"
        return ""

    def _mask_example_quotes(self, text: str) -> str:
        """Blank out quotations given as examples ("promises like “lose weight while you sleep”")."""
        pieces = []
        last = 0
        for match in _QUOTED.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            if self.lx.quotation_framing_tail.search(before):
                pieces.append(text[last : match.start()])
                pieces.append(" " * (match.end() - match.start()))
                last = match.end()
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)

    def _main_clause(self, text: str) -> str:
        clause = text.strip().lstrip("\"'“‘(•-–— ")
        for _ in range(3):
            for pattern in (_LABEL, _INTRO_CLAUSE, _ADVERBIAL):
                match = pattern.match(clause)
                if match:
                    clause = clause[match.end() :]
                    break
            else:
                break
        return clause

    def _is_imperative(self, clause: str) -> bool:
        if _LET_US.match(clause):
            return True
        leader = self.lx.instruction_leader.match(clause)
        rest = clause[leader.end() :] if leader else clause
        words = _WORD.findall(rest[:80])
        if not words or not self._base_verb(words[0].lower()):
            return False
        if leader:
            return True  # "Always apply", "Don't believe", "Please talk"
        following = words[1].lower() if len(words) > 1 else ""
        return not (following in _AUXILIARIES or self._third_person_verb(following))

    def _base_verb(self, word: str) -> bool:
        if word in self.lx.instruction_verbs:
            return True
        lemmas = _lemmas(word)
        return set(lemmas) == {"VERB"} and word in lemmas["VERB"]

    def _third_person_verb(self, word: str) -> bool:
        """"reduces" in "Exercise reduces stress": the first word was a subject, not a command."""
        if not word.endswith("s"):
            return False
        if word in self.lx.effect_verb_forms or word in self.lx.reporting_verb_forms:
            return True
        lemmas = _lemmas(word)
        return "VERB" in lemmas and "NOUN" not in lemmas and word not in lemmas["VERB"]

    def _has_finite_verb(self, text: str) -> bool:
        relative = _RELATIVE.search(text)
        head = text[: relative.start()] if relative else text
        for word in _WORD.findall(head):
            word = word.lower()
            if word in _AUXILIARIES or (word.endswith("s") and word in self.lx.effect_verb_forms):
                return True
            if word.endswith(("n't", "n’t")):
                return True
            lemmas = _lemmas(word)
            if "VERB" in lemmas and not lemmas.keys() & {"NOUN", "ADJ", "ADV", "ADP", "PROPN"}:
                return True
        return False

    # -- what it is -------------------------------------------------------------
    def _has_effect(self, text: str) -> bool:
        embedded = self.lx.embedding.search(text)
        limit = embedded.start() if embedded else len(text)
        for match in self.lx.effect_verb.finditer(text, 0, limit):
            before = text[max(0, match.start() - 40) : match.start()]
            previous = _WORD.findall(before[-16:])
            if previous and previous[-1].lower() in _DETERMINERS:
                continue  # "the cause", "a boost": a noun
            if _INDICATION.search(before) or _WH_BEFORE.search(before):
                continue  # "used to treat scabies", "how it affects"
            return True
        predicate = self.lx.effect_predicate.search(text, 0, limit)
        return predicate is not None

    def _evidence(self, text: str) -> list[Cue]:
        cues = []
        for pattern in (self.lx.evidence_report, self.lx.impersonal_evidence, self.lx.study_mention):
            for match in pattern.finditer(text):
                if self.lx.embedded_question_tail.search(text, max(0, match.start() - 40), match.start()):
                    continue  # "what the research tells us"
                cues.append(self._cue("evidence", text, match))
        cues += [self._cue("journal", text, m) for m in self.lx.journal_named.finditer(text)]
        return _merge(cues, text)

    def _absolute(self, text: str) -> list[Cue]:
        matches = list(self.lx.absolute.finditer(text))
        matches += [m for phrase, when in self.lx.absolute_when if when.search(text) for m in phrase.finditer(text)]
        cues = []
        for match in sorted(matches, key=lambda m: m.start()):
            before = text[: match.start()]
            clause = _CLAUSE_BREAK.split(before)[-1]
            if self.lx.negation.search(" ".join(clause.split()[-4:])):
                continue  # "there is no cure", "is not 100% effective"
            cues.append(self._cue("absolute", text, match))
        return cues

    def _statistics(self, text: str) -> list[Cue]:
        cues = [self._cue("statistic", text, m) for m in self.lx.statistic.finditer(text)]
        for match in self.lx.percent.finditer(text):
            before, after = text[max(0, match.start() - 40) : match.start()], text[match.end() : match.end() + 40]
            near = " ".join(before.split()[-2:] + after.split()[:2])
            if self.lx.formulation.search(near):
                continue  # "permethrin cream 5%": a strength, not an outcome
            if self.lx.percent_follower.match(after) or self.lx.percent_leader.search(before) or not after.strip():
                cues.append(self._cue("statistic", text, match))
        return _merge(cues, text)

    def _kind(self, text: str) -> str:
        if _TESTIMONIAL.search(text):
            return "testimonial"
        for kind, pattern in (("comparison", _COMPARISON), ("safety", _SAFETY), ("prevention", _PREVENTION),
                              ("risk", _RISK)):
            if pattern.search(text):
                return kind
        return "efficacy"

    @staticmethod
    def _cue(kind: str, text: str, match: re.Match) -> Cue:
        start, end = match.span()
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        return Cue(kind, start, end, text[start:end])


def _merge(cues: list[Cue], text: str) -> list[Cue]:
    """Overlapping or adjacent cues become one ("a study" + "published in X")."""
    merged: list[Cue] = []
    for cue in sorted(cues, key=lambda c: (c.start, -c.end)):
        if merged and cue.start <= merged[-1].end + 1:
            last = merged[-1]
            if cue.end > last.end:
                kind = "journal" if "journal" in (last.kind, cue.kind) else last.kind
                merged[-1] = Cue(kind, last.start, cue.end, text[last.start : cue.end])
            continue
        merged.append(cue)
    return merged
