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

import bisect
import re
from dataclasses import dataclass, field

from validators.claims.lexicon import ClaimLexicon
from validators.claims.matching import Probe
from validators.claims.words import lemmas as _lemmas

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_QUOTED = re.compile(r"[“\"]([^“”\"]{1,300})[”\"]")
# A sentence or list item that is one quotation ("“The vaccine causes infertility.”"): quoted, not asserted.
# First-person quotations are testimonials and stay claims.
_WHOLLY_QUOTED = re.compile(r"^[“\"‘]([^“”\"]{1,300})[”\"’][.!]?$")
# A statistic that only counts people: about a company's volume when a company is the subject.
_HEAD_COUNT = re.compile(
    r"\d[\d,.]*\s*(?:million|thousand|hundred)?\s+(?:people|patients|adults|children|women|men|clients|customers)",
    re.IGNORECASE,
)
# Verbs that report a result ("cured 800 patients"): a count with them is an outcome claim.
_RESULT_VERB = re.compile(r"\b(?:cur|heal|clear|eliminat|eradicat|revers|resolv|fix)\w*", re.IGNORECASE)
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
_NEGATED_SUBJECT = re.compile(r"^(?:not\s+(?:all|every|everything|everyone)|no|none|nothing|neither|no\s+one)\b", re.I)
# Verbs that are effects only with their preposition ("results in", "leads to"): a verb for the
# finite-verb test when that preposition follows.
_PREPOSITION_VERBS = {
    **dict.fromkeys(("result", "results", "resulted", "resulting"), "in"),
    **dict.fromkeys(("lead", "leads", "led", "leading", "contribute", "contributes", "contributed"), "to"),
}
_RELATIVE_WORDS = frozenset(("that", "which", "who", "whom", "whose"))
_NEGATION_NEAR = re.compile(r"\b(?:not|no|never|none|nothing|neither|nor|without|cannot|hardly)\b|n['’]t\b", re.I)
_INDICATION = re.compile(r"\b(?:used|prescribed|approved|given|licensed|indicated)\s+(?:\w+\s+)?(?:to|for)\s+$", re.I)
_WH_BEFORE = re.compile(r"\b(?:how|whether|what|why|which|if)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_TESTIMONIAL = re.compile(r"(?<![\w'’])(?:I|my|me|I've|I’ve|I'm|I’m)(?![\w'’])", re.IGNORECASE)
_FIRST_PERSON = frozenset(("i", "my", "me", "i've", "i'm"))
_COMPARISON_WORDS = frozenset(("than", "compared", "superior", "inferior", "outperform", "outperforms", "as"))
_COMPARISON = re.compile(
    r"\b(?:\w+er|more\s+\w+|less\s+\w+)\s+than\b|\b(?:compared\s+(?:to|with)|superior\s+to|inferior\s+to"
    r"|outperform\w*|as\s+\w+\s+as)\b",
    re.IGNORECASE,
)
_SAFETY = re.compile(r"\b(?:safe\w*|side[\s-]effects?|well[\s-]tolerated|harmless|non[\s-]?toxic|adverse)\b", re.I)
_RISK = re.compile(
    r"\b(?:risks?|caus\w*|danger\w*|harm\w*|toxic\w*|linked\s+to|associated\s+with|susceptib\w*|vulnerab\w*"
    r"|complications?|worsen\w*|trigger\w*|damag\w*)\b",
    re.IGNORECASE,
)
_BENEFIT = re.compile(
    r"\b(?:help|treat|cure|heal|reliev|clear|kill|reduc|improv|boost|fight|eas|sooth|lower|shorten|strengthen)\w*",
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
    evidence: list[Cue] = field(default_factory=list)  # appeals to evidence, journals named
    absolute: list[Cue] = field(default_factory=list)
    statistics: list[Cue] = field(default_factory=list)
    timelines: list[Cue] = field(default_factory=list)
    probe: Probe | None = field(default=None, repr=False)  # kept to work out the kind when asked
    _kind: str | None = field(default=None, repr=False)

    @property
    def claim_kind(self) -> str:
        """efficacy, safety, risk, prevention, comparison or testimonial ("" for a non-claim).
        Worked out on first use: most claims are cited and never need it."""
        if self._kind is None:
            self._kind = _claim_kind(self.probe) if self.is_claim and self.probe else ""
        return self._kind

    @property
    def cues(self) -> list[str]:
        return [name for name, found in (("research", self.evidence), ("absolute", self.absolute),
                                         ("statistic", self.statistics), ("timeline", self.timelines)) if found]


NOT_A_CLAIM = Classification(False, "empty")


class Classifier:
    def __init__(self, lexicon: ClaimLexicon):
        self.lx = lexicon

    # -- public -------------------------------------------------------------
    def classify(self, text: str, in_list: bool = False) -> Classification:
        """`in_list`: the text is a list item or table cell, where noun phrases are common."""
        stripped = text.strip()
        if not stripped:
            return NOT_A_CLAIM
        if re.search(r"\?[\s\"'”’)\]\d]*$", stripped):
            return Classification(False, "question")
        if _WHOLLY_QUOTED.match(stripped) and not _TESTIMONIAL.search(stripped):
            return Classification(False, "quotation")  # a myth or sales line held up as an example
        probe = Probe(self._mask_example_quotes(text))
        lx = self.lx
        # Cheap exclusions first: most non-claims end here before any cue is looked for.
        if lx.reported_framing.any(probe):
            return Classification(False, "reports or warns about others' promises")
        effect = self._has_effect(probe)
        outcome = lx.outcome.any(probe)
        treatment = lx.treatment.any(probe)
        health = effect or outcome or treatment
        absolute = self._absolute(probe) if health else []
        statistics = self._statistics(probe) if health else []
        head_count = statistics and all(_HEAD_COUNT.fullmatch(cue.text) for cue in statistics)
        if head_count and not absolute and lx.company_subject.any(probe) and not _RESULT_VERB.search(probe.text):
            statistics = []  # "our specialists treat 800 patients a year": how busy a clinic is, not an outcome
        reason = self._not_an_assertion(probe, bool(absolute), bool(statistics))
        if reason:
            return Classification(False, reason)
        evidence = self._evidence(probe, health)
        timelines = self._timelines(probe) if health else []
        strong = bool(evidence or absolute or statistics)
        reason = "" if strong else self._not_about_effects(probe, effect, bool(timelines), in_list)
        if reason:
            return Classification(False, reason)
        if evidence:
            reason = "appeals to evidence"
        elif absolute:
            reason = "absolute promise"
        elif statistics:
            reason = "statistic about health"
        elif timelines:
            reason = "timeline of effect"
        elif effect and (treatment or outcome):
            reason = "effect on health"
        else:
            return Classification(False, "no health effect stated")
        return Classification(True, reason, evidence, absolute, statistics, timelines, probe)

    # -- what it is not -------------------------------------------------------
    def _not_an_assertion(self, probe: Probe, absolute: bool, statistic: bool) -> str:
        """Instructions, directives and consumer advice: not claims, unless they carry a promise or a number."""
        lx = self.lx
        if self._is_imperative(self._main_clause(probe.text)) and not (absolute or statistic):
            return "instruction"
        if not absolute and lx.directive.any(probe):
            return "directive"
        if lx.generic_subject.any(probe) and (lx.negation.any(probe) or lx.hedge.any(probe)):
            return "consumer advice about products in general"
        return ""

    def _not_about_effects(self, probe: Probe, effect: bool, timeline: bool, in_list: bool) -> str:
        """Sentences without a strong cue that are about something else than a health effect."""
        lx = self.lx
        if probe.text.rstrip().endswith(":"):
            return "introduces a list"  # the list items are classified one by one
        if lx.company_subject.any(probe):
            return "company describing itself"
        if lx.definition.any(probe):
            return "definition"
        if lx.call_to_action.any(probe):
            return "call to action"
        if not effect and lx.logistics.any(probe):
            return "logistics"
        if lx.services.any(probe):
            return "describes a service"
        # A bullet or a fragment without a verb names something; a sentence of running text
        # ("Most patients notice ...") has a verb even where the word list cannot tell.
        fragment = in_list or not probe.text.rstrip().endswith((".", "!"))
        if fragment and not timeline and not self._has_finite_verb(probe, in_list):
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
        if rest[len(words[0]) : len(words[0]) + 1] == "," and "ADJ" in _lemmas(words[0].lower()):
            return False  # "Dry, cracked skin ...": an adjective in a list, not a command
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

    def _has_finite_verb(self, probe: Probe, in_list: bool) -> bool:
        words = probe.words
        if in_list:
            # A list item's relative clause belongs to its noun ("Factors that might affect treatment").
            cut = next((i for i, w in enumerate(words) if w in _RELATIVE_WORDS), len(words))
            words = words[:cut]
        for position, word in enumerate(words):
            if word in _AUXILIARIES or word.endswith("n't"):
                return True
            if position + 1 < len(words) and _PREPOSITION_VERBS.get(word) == words[position + 1]:
                return True
            if word in self.lx.effect_verb_forms and position and words[position - 1] not in _DETERMINERS \
                    and not (in_list and word.endswith("ed")):
                return True  # "Retinoids increase ...", not "the increase" or a bullet's "raised spots"
            lemmas = _lemmas(word)
            if "VERB" not in lemmas or word in _DETERMINERS:
                continue
            if not lemmas.keys() & {"NOUN", "ADJ", "ADV", "ADP", "PROPN"} and not (in_list and word.endswith("ed")):
                return True
            # "Ibuprofen works faster": a third-person verb between a noun or name and what follows it
            # ("Lifestyle factors [that ...]" ends there: a compound noun).
            third_person = word.endswith("s") and word not in lemmas["VERB"] and 0 < position < len(words) - 1
            if third_person and self._subject_like(words[position - 1]):
                return True
        return False

    @staticmethod
    def _subject_like(word: str) -> bool:
        lemmas = _lemmas(word)
        if not lemmas:
            return len(word) > 3 and word.isalpha() and word not in _DETERMINERS  # a name: "ibuprofen"
        return set(lemmas) <= {"NOUN", "PROPN"}

    # -- what it is -------------------------------------------------------------
    def _embedded_from(self, probe: Probe) -> int:
        """Where an embedded question starts ("you may wonder how it affects ..."): effects after it are asked
        about, not asserted."""
        for start, end in self.lx.embedding_verbs.spans(probe):
            index = bisect.bisect_left(probe.starts, end)
            for offset in (0, 1):
                if index + offset < len(probe.words) and probe.words[index + offset] in self.lx.question_words:
                    return start
                if index < len(probe.words) and probe.words[index] not in ("about", "into", "on"):
                    break
        return len(probe.text)

    def _has_effect(self, probe: Probe) -> bool:
        limit = self._embedded_from(probe)
        words, text = probe.words, probe.text
        for index, word in enumerate(words):
            if probe.starts[index] >= limit:
                break
            if word not in self.lx.effect_verb_forms:
                continue
            if index and words[index - 1] in _DETERMINERS:
                continue  # "the cause", "a boost": a noun
            before = text[max(0, probe.starts[index] - 40) : probe.starts[index]]
            if _INDICATION.search(before) or _WH_BEFORE.search(before):
                continue  # "used to treat scabies", "how it affects"
            return True
        return self.lx.effect_predicate.search(probe, 0, limit) is not None

    def _evidence(self, probe: Probe, health: bool) -> list[Cue]:
        """Appeals to evidence; a study merely mentioned ("the latest studies") counts only in a
        sentence about health."""
        spans = self.lx.impersonal_evidence.spans(probe)
        if self.lx.reporters.any(probe):
            spans += self._reports(probe)
        nouns = self.lx.study_nouns.spans(probe) if health else []
        if nouns:
            spans += self._study_mentions(probe, {start: end for start, end in nouns})
        cues = []
        for span in spans:
            if self.lx.embedded_question_tail.search(probe.text, max(0, span[0] - 40), span[0]):
                continue  # "what the research tells us"
            cues.append(self._cue("evidence", probe.text, span))
        cues += [self._cue("journal", probe.text, span) for span in self.lx.journal_named.spans(probe)]
        return _merge(cues, probe.text)

    def _reports(self, probe: Probe) -> list[tuple[int, int]]:
        """"Studies show", "Research has consistently shown", "Experts at X agree" (not "... needed to show")."""
        found = []
        words = probe.words
        for start, end in self.lx.reporters.spans(probe):
            index = bisect.bisect_left(probe.starts, end)
            for verb in range(index, min(index + 5, len(words))):
                if words[verb] in self.lx.reporting_verb_forms and words[verb - 1] != "to":
                    found.append((start, probe.ends[verb]))
                    break
        return found

    def _study_mentions(self, probe: Probe, nouns: dict[int, int]) -> list[tuple[int, int]]:
        """"a recent study", "the trial", "a 2019 Harvard study", "several reviews"."""
        found = []
        words = probe.words
        for start, end in self.lx.study_determiners.spans(probe):
            index = bisect.bisect_left(probe.starts, end)
            for _ in range(5):
                if index >= len(words):
                    break
                if probe.starts[index] in nouns:
                    found.append((start, nouns[probe.starts[index]]))
                    break
                word = words[index]
                capitalised = probe.text[probe.starts[index]].isupper()
                if not (word in self.lx.study_modifiers or word == "most" or capitalised or word.isdigit()):
                    break
                index += 1
        return found

    def _absolute(self, probe: Probe) -> list[Cue]:
        text = probe.text
        spans = self.lx.absolute.spans(probe)
        for phrase, when in self.lx.absolute_when:
            found = phrase.spans(probe)
            if found and when.any(probe):
                spans += found
        if not spans or _NEGATED_SUBJECT.match(self._main_clause(text)):
            return []  # "Not all products are safe for everyone", "No treatment is 100% effective"
        cues = []
        for start, end in sorted(spans):
            clause = _CLAUSE_BREAK.split(text[:start])[-1]
            if _NEGATION_NEAR.search(" ".join(clause.split()[-4:])):
                continue  # "there is no cure", "is not 100% effective"
            cues.append(self._cue("absolute", text, (start, end)))
        return _merge(cues, text)

    def _timelines(self, probe: Probe) -> list[Cue]:
        spans = self.lx.timeline.spans(probe)
        cues = [self._cue("timeline", probe.text, span) for span in self._onset_durations(probe)]
        if not spans:
            return cues
        schedule_ends = {end for _, end in self.lx.schedule_words.spans(probe)}
        for start, end in spans:
            index = bisect.bisect_left(probe.starts, start)
            if index and probe.ends[index - 1] in schedule_ends:
                continue  # "repeated after a week": a schedule, not when an effect appears
            cues.append(self._cue("timeline", probe.text, (start, end)))
        return _merge(cues, probe.text)

    def _onset_durations(self, probe: Probe) -> list[tuple[int, int]]:
        """Durations in a sentence that says when a treatment starts acting: "starts working about 14 days after
        you have it", "it can take 6 to 8 weeks to start working" (not "twice a day", "six months ago",
        "2 years old")."""
        if not self.lx.onset.any(probe):
            return []
        found = []
        for match in self.lx.duration.finditer(probe.text):
            before = probe.lower[max(0, match.start() - 12) : match.start()].split()
            if before and before[-1] in self.lx.frequency_words or self.lx.age_follower.match(probe.text, match.end()):
                continue
            found.append(match.span())
        return found

    def _statistics(self, probe: Probe) -> list[Cue]:
        text = probe.text
        cues = [self._cue("statistic", text, span) for span in self.lx.statistic.spans(probe)]
        if "%" in text or "per" in probe.word_set or "percent" in probe.word_set:
            for match in self.lx.percent.finditer(text):
                before, after = text[max(0, match.start() - 40) : match.start()], text[match.end() : match.end() + 40]
                near = " ".join(before.split()[-2:] + after.split()[:2])
                if self.lx.formulation.search(near):
                    continue  # "permethrin cream 5%": a strength, not an outcome
                if self.lx.percent_follower.match(after) or self.lx.percent_leader.search(before) or not after.strip():
                    cues.append(self._cue("statistic", text, match.span()))
        return _merge(cues, text)

    @staticmethod
    def _cue(kind: str, text: str, span: tuple[int, int]) -> Cue:
        start, end = span
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        return Cue(kind, start, end, text[start:end])


def _claim_kind(probe: Probe) -> str:
    words = probe.word_set
    if words & _FIRST_PERSON and _TESTIMONIAL.search(probe.text):
        return "testimonial"
    if words & _COMPARISON_WORDS and _COMPARISON.search(probe.text):
        return "comparison"
    for kind, pattern in (("safety", _SAFETY), ("prevention", _PREVENTION)):
        if pattern.search(probe.lower):
            return kind
    risk = _RISK.search(probe.lower)
    benefit = _BENEFIT.search(probe.lower)
    if risk and not (benefit and benefit.start() < risk.start()):
        return "risk"  # "kills the bacteria that cause acne" is about a benefit
    return "efficacy"


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
