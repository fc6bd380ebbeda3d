"""The claim vocabularies (validators/data/claims_*.yaml), compiled once.

Word lists become `Vocabulary` matchers (set lookups per token); small regexes built
from lists are used only on short windows. Editors extend the vocabularies in their own
vocabulary dirs; a `ClaimLexicon` is built per set of dirs and cached, so checking a
document never compiles anything.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from validators.claims.fair_balance_scopes import scope_words
from validators.claims.function import FunctionLexicon, function_lexicon
from validators.claims.matching import Vocabulary, has_lookalikes, required_symbols, tokens_of
from validators.claims.promotion import PromotionLexicon, promotion_lexicon
from validators.claims.words import VerbForms
from validators.vocabulary import load_vocabulary

FLAGS = re.IGNORECASE


def phrase_pattern(entry: str, after_word_break: bool = False) -> str:
    """Regex source for one vocabulary entry.

    "re:..." entries are regexes. Other entries are phrases: words match whole words
    case-insensitively, a space or hyphen matches any run of spaces or hyphens, and a
    trailing * matches any word ending ("pregnan*" matches pregnant, pregnancy).
    `after_word_break`: the pattern puts the entry only where no word character comes before it
    (after white space or a hyphen, or a look-behind of its own), so the entry's look-behind is left out.
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
    lead = r"(?<![\w])" if re.match(r"\w", entry) and not after_word_break else ""
    tail = r"(?![\w])" if re.search(r"\w$", entry) else ""
    return f"{lead}{body}{tail}"


def alternation(entries, after_word_break: bool = False) -> str:
    """One regex source matching any entry; longest entries first so the longest phrase wins.

    `after_word_break` (`phrase_pattern`): where no word character can come before the alternation, its entries
    open without a look-behind each. sre skips an alternative that opens with a letter it does not see at once,
    but tries every alternative that opens with a look-behind: a long list (the timeline's number words) cost
    hundreds of microseconds a sentence. The order is the one with look-behinds, so the same alternative wins."""
    sources = {phrase_pattern(e): phrase_pattern(e, after_word_break) for e in entries}
    ordered = sorted(sources, key=lambda s: (-len(s), s))  # same order every run
    body = "|".join(sources[source] for source in ordered) if sources else r"(?!x)x"
    return f"(?:{body})"


def compile_phrases(entries) -> re.Pattern:
    return re.compile(alternation(entries), FLAGS)


@dataclass(frozen=True)
class PageTerms:
    """Phrases looked for once in a whole page. One alternation regex over a long text is slow, so
    plain phrases are first looked for as substrings of the lower-cased text (with single spaces, as
    written in the vocabulary) and, where one is there, each phrase whose first word the text contains
    runs its own regex; "re:" entries run on their own, where the page has the symbols they need ("£", "%")."""

    needles: tuple[str, ...]
    phrases: re.Pattern
    by_first_word: tuple[tuple[str, re.Pattern], ...]  # (lower-cased first word, "" if not ASCII; its regex)
    # (the groups of symbols every match contains one of each: `matching.required_symbols`, the regex)
    regexes: tuple[tuple[tuple[str, ...], re.Pattern], ...]

    @classmethod
    def of(cls, entries) -> "PageTerms":
        plain = [str(e) for e in entries if not str(e).startswith("re:")]
        needles = tuple(" ".join(phrase.lower().rstrip("*").split()) for phrase in plain if phrase.strip("*"))
        by_first_word = tuple((_first_word(phrase), re.compile(phrase_pattern(phrase), FLAGS)) for phrase in plain)
        regexes = tuple((required_symbols(str(e)[3:], FLAGS), re.compile(str(e)[3:], FLAGS))
                        for e in entries if str(e).startswith("re:"))
        return cls(needles, compile_phrases(plain), by_first_word, regexes)

    def search(self, text: str, lower: str | None = None) -> bool:
        """Whether an entry matches `text`; `lower`: `text.lower()`, when the caller has it (a page asks several)."""
        if lower is None:
            lower = text.lower()
        if any(map(lower.__contains__, self.needles)) and self._phrase_in(text, lower):
            return True
        held: dict[str, bool] = {}  # whether the text has a symbol of a group: most regexes need one of "£$€"
        for groups, regex in self.regexes:
            for symbols in groups:
                found = held.get(symbols)
                if found is None:
                    found = held[symbols] = any(map(text.__contains__, symbols))
                if not found:
                    break
            else:
                if regex.search(text):
                    return True
        return False

    def _phrase_in(self, text: str, lower: str) -> bool:
        """Whether `phrases` matches `text`: only the phrases whose first word the text contains can (in a text without
        `matching.has_lookalikes`, an ASCII word matches case-insensitively only where the lower-cased text has it)."""
        if has_lookalikes(text):
            return self.phrases.search(text) is not None
        return any(first in lower and regex.search(text) for first, regex in self.by_first_word)


def _first_word(phrase: str) -> str:
    """The first word of a phrase as its regex matches it literally (`phrase_pattern`), lower-cased; "" when it
    is not ASCII (a non-ASCII letter may match case-insensitively where the lower-cased text differs)."""
    word = re.split(r"[\s\-]+", phrase.strip())[0].rstrip("*").lower()
    return word if word.isascii() else ""


@dataclass(frozen=True)
class RiskTopic:
    key: str
    label: str
    resolve: str
    covered_by: Vocabulary


@dataclass(frozen=True)
class Drug:
    key: str
    label: str
    names: Vocabulary
    risks: tuple[RiskTopic, ...]
    needles: tuple[str, ...]  # lower-cased names: a quick test before any tokenising


@dataclass(frozen=True)
class ClaimLexicon:
    # support
    source_domains: frozenset[str]
    reference_headings: frozenset[str]
    reference_id: re.Pattern
    # evidence
    reporters: Vocabulary
    reporting_verb_forms: VerbForms
    endorsers: Vocabulary  # the reporters and the other word forms of health professions
    endorsing_verbs: re.Pattern  # "recommend", "rely on", "trusted": professionals endorsing the sold thing
    endorsed_objects: re.Pattern  # " it", " this formula", " our ..." right after the endorsing verb
    endorsed_by: re.Pattern  # "Recommended by", "Trusted by" before the professionals
    endorsed_own_use: re.Pattern  # " use themselves", " refer their own friends to us" right after the professionals
    endorser_places: re.Pattern  # "up and down the country", "across the UK" between the professionals and the verb
    praise_names: re.Pattern  # " a game changer", " the secret to ..." after "call <a treatment>"
    specialty_consensus: re.Pattern  # "Radiologists agree that ...": a named field's consensus (information pages)
    study_determiners: Vocabulary
    study_modifiers: frozenset[str]
    study_nouns: Vocabulary
    impersonal_evidence: Vocabulary
    descriptive_sources: Vocabulary
    titled_sources: Vocabulary
    diagnostic_reporters: Vocabulary  # "eye tests can find glaucoma": a test of the patient
    diagnosed_objects: Vocabulary  # "... can show whether you have ..."
    people_cared_for: Vocabulary  # "nurses support families through ...": care, not evidence
    authored_sources: Vocabulary  # "a report from Public Health Wales": a source named by its author
    research_in_progress: Vocabulary
    care_occasions: Vocabulary
    care_requests: Vocabulary
    study_limits: Vocabulary
    journal_named: Vocabulary
    recommendation_modals: re.Pattern  # "Experts agree that it should be ...": a practice recommended
    named_bodies_reporting: Vocabulary  # "..., and the Endocrine Society advises ...": a named source
    findings_against: re.Pattern  # "research has found no link between ...": evidence against an effect
    embedded_question_tail: re.Pattern
    # absolute promises
    absolute: Vocabulary
    absolute_when: tuple[tuple[Vocabulary, Vocabulary], ...]  # (phrase, context the sentence must have)
    selling_absolute: Vocabulary  # absolute only on a page that sells
    product_absolute: Vocabulary  # absolute of what is sold, on a page that sells, with or without a health word
    softer: dict[str, str]
    seller_certainty: Vocabulary  # a guarantee given by the seller: never a disease's course
    early_conditions: Vocabulary  # "if it is found early": a cure bound to a stage
    conceded_risks: Vocabulary  # "..., but it carries serious risks": a cure weighed against its risks
    cured_shares: Vocabulary  # "can cure many early cancers": a cure bounded to a share of a disease's cases
    cure_prospects: Vocabulary  # "the best chance of a cure", "the only way to cure it": a prospect, not a promise
    treatment_aims: Vocabulary  # "The aim of treatment is (to)": what a treatment is for, not what it achieves
    bounded_universals: Vocabulary  # "for everyone over 6 months": who a treatment is for, not all
    lifelong_treatment: Vocabulary  # "take levothyroxine for life": how long a treatment lasts, not a result
    access_guarantees: Vocabulary  # "guaranteed to be free", "guaranteed an appointment": a service, not a result
    approximate_quantities: Vocabulary  # "almost everyone": a share, not all
    removed_body_parts: Vocabulary  # what an operation takes out: no promised result
    removing_verbs: re.Pattern
    dissolving_materials: re.Pattern  # stitches, dye, numbing gel: a material that goes away by itself
    complaints_of_a_part: re.Pattern  # "joint pain": a complaint, not the part
    treatment_completed: Vocabulary  # people who completed a treatment: their promised result is no course
    treatment_intro: Vocabulary  # "With the right exercises, ...": a result promised on a treatment is no course
    # numbers
    percent: re.Pattern
    percent_follower: re.Pattern
    percent_leader: re.Pattern
    formulation: re.Pattern
    dose_change: re.Pattern  # "lower the dose by 10%": a share of a dose, not an outcome
    ratings: Vocabulary
    rated_agents: Vocabulary
    service_measures: Vocabulary  # "98% of calls answered within a minute": a figure of the shop's service
    restating_openers: Vocabulary  # "That is ...", "In other words ...": the figure before, restated
    statistic: Vocabulary
    timeline: Vocabulary
    schedule_words: Vocabulary
    onset: Vocabulary  # "starts working": any duration in the sentence is then a timeline
    timing_hedges: Vocabulary  # "usually", "most people", "about": a timing given as what typically happens
    recovery_verbs: Vocabulary  # "recover", "go home", "clears up": the end of an illness
    duration: re.Pattern  # "about 14 days", "6 to 8 weeks"
    frequency_words: frozenset[str]
    schedule_objects: frozenset[str]  # "start it within 3 days": the pronoun between a schedule word and a duration
    age_follower: re.Pattern
    # what a claim is made of
    effect_verb_forms: VerbForms
    effect_predicate: Vocabulary
    dosage_form_nouns: Vocabulary  # "eye drops", "pills or drops": a noun spelt as an effect verb
    help_as_care: Vocabulary  # "need help with breathing": help as a noun, care needed
    outcome: Vocabulary
    treatment: Vocabulary
    # the body and health nouns of a maintained dictionary (claims_health_words.txt, `build_health_words`): the
    # statistical reading's health gate and one of its vocabulary classes, not a rule's cue
    health_words: Vocabulary
    # on a page that sells, what a product acts on or a result names: the outcomes and the health words together
    # ("Wakes up dormant follicles", "Regain control of your bladder")
    selling_outcome: Vocabulary
    # what a claim is not
    instruction_verbs: frozenset[str]
    promise_imperatives: frozenset[str]
    instruction_leader: re.Pattern
    directive: Vocabulary
    call_to_action: Vocabulary
    logistics: Vocabulary
    services: Vocabulary
    definition: Vocabulary
    condition_definition: Vocabulary  # a definition only with no treatment or seller in it
    product_definition: Vocabulary  # a definition only with no seller's voice or effect verb in it
    company_subject: Vocabulary
    reported_framing: Vocabulary
    own_pitch_framing: Vocabulary
    quotation_framing_tail: re.Pattern
    generic_subject: Vocabulary
    negation: Vocabulary
    hedge: Vocabulary
    embedding_verbs: Vocabulary
    question_words: frozenset[str]
    # what a sentence does, and selling cues
    functions: FunctionLexicon
    promotion: PromotionLexicon
    # whole-page signals, one regex each over the page's text: a prescription-only medicine named,
    # shop phrases, prices
    prescription_only_named: PageTerms
    shop_phrases: PageTerms
    prices: PageTerms  # sales_prices and listed_prices together
    sales_prices: PageTerms  # "only £29.99", "£149 a month": sells at once
    listed_prices: PageTerms  # a price said plainly as the page's own: sells only on a page that does not inform
    plain_prices: PageTerms
    order_terms: PageTerms
    # policy profile -> claim kind -> severity name or "off" (claims_profiles.yaml)
    profiles: dict[str, dict[str, str]]
    # fair balance
    drugs: tuple[Drug, ...]


def _number_range(data: dict) -> str:
    """A number or a range of them ("6 to 8"), where no word character comes before it (`alternation`); the
    second number may follow "to" or "or" at once, so its words keep their look-behinds."""
    number = r"(?:\d+(?:\.\d+)?|" + alternation(data["number_words"], after_word_break=True) + ")"
    second = r"(?:\d+(?:\.\d+)?|" + alternation(data["number_words"]) + ")"
    return rf"{number}(?:\s*(?:-|–|—|to|or)\s*{second})?"


def _duration_pattern(data: dict) -> str:
    """A length of time and nothing around it: "14 days", "about 6 to 8 weeks", "the first two months"."""
    fillers = alternation(data["timeline_fillers"], after_word_break=True)
    units = alternation(data["time_units"], after_word_break=True)
    return rf"(?<!\w)(?:{fillers}\s+)*{_number_range(data)}[\s-]+{units}(?!\w)"


def _timeline_pattern(data: dict) -> str:
    """Every part opens after white space or a hyphen, or after a look-behind for a word character: its alternations
    open without look-behinds of their own (`alternation`)."""
    number_range = _number_range(data)
    units = alternation([*data["time_units"], *data["course_units"]], after_word_break=True)
    prepositions = alternation(data["timeline_prepositions"], after_word_break=True)
    fillers = alternation(data["timeline_fillers"], after_word_break=True)
    anchors = alternation(data["timeline_anchors"], after_word_break=True)
    with_preposition = rf"(?<!\w){prepositions}\s+(?:{fillers}\s+)*{number_range}[\s-]+{units}(?!\w)"
    with_anchor = rf"(?<!\w){number_range}[\s-]+{units}\s+{anchors}(?!\w)"
    return f"(?:{with_preposition}|{with_anchor})"


def _benefit_noun_pattern(data: dict) -> str:
    """A benefit stated as a noun with its preposition: "relief from sciatica", "support for your joints",
    "a boost to your breathing" (every listed noun with every listed preposition)."""
    nouns = alternation(data["benefit_nouns"], after_word_break=True)
    prepositions = alternation(data["benefit_prepositions"], after_word_break=True)
    return rf"re:(?<!\w){nouns}\s+{prepositions}(?!\w)"


def _multiplied_comparison_pattern(data: dict) -> str:
    """A product said to work some times better than another: "twice as effective as massage", "three times
    more powerful than other devices", "ten times faster than creams"."""
    multipliers = alternation(data["comparison_multipliers"], after_word_break=True)
    return rf"re:(?<!\w){multipliers}\s+(?:as\s+[\w-]+\s+as|(?:more|less)\s+[\w-]+\s+than|[\w-]+er\s+than)(?!\w)"


def _drugs(data: dict) -> tuple[Drug, ...]:
    drugs = []
    for key, entry in (data.get("drugs") or {}).items():
        if not entry.get("prescription", True):
            continue
        risks = tuple(
            RiskTopic(topic, spec["label"], spec["resolve"], Vocabulary(spec["covered_by"]))
            for topic, spec in (entry.get("risks") or {}).items()
        )
        written = [key, *entry.get("names", [])]
        needles = tuple(" ".join(tokens_of(str(n).strip("*"))) for n in written)
        drugs.append(Drug(key, entry.get("label", key), Vocabulary(written), risks, needles))
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
    functions = vocab("claims_functions")

    wh = alternation(evidence["embedded_question_words"], after_word_break=True)
    leaders = alternation(non["instruction_leaders"], after_word_break=True)
    plain_absolute = [e for e in absolute["phrases"] if not isinstance(e, dict)]
    conditional_absolute = [e for e in absolute["phrases"] if isinstance(e, dict)]
    return ClaimLexicon(
        source_domains=frozenset(str(d).lower().strip(".") for d in sources["domains"]),
        reference_headings=frozenset(str(h).lower() for h in sources["reference_headings"]),
        reference_id=re.compile(alternation(sources["reference_ids"]), FLAGS),
        reporters=Vocabulary(evidence["reporters"]),
        reporting_verb_forms=VerbForms(evidence["reporting_verbs"]),
        endorsers=Vocabulary([*evidence["reporters"], *evidence["endorsers"]]),
        endorsing_verbs=compile_phrases(evidence["endorsing_verbs"]),
        endorsed_objects=compile_phrases(evidence["endorsed_objects"]),
        endorsed_by=compile_phrases(evidence["endorsed_by"]),
        endorsed_own_use=compile_phrases(evidence["endorsed_own_use"]),
        endorser_places=compile_phrases(evidence["endorser_places"]),
        praise_names=compile_phrases(evidence["praise_names"]),
        specialty_consensus=compile_phrases(evidence["specialty_consensus"]),
        study_determiners=Vocabulary(evidence["study_determiners"]),
        study_modifiers=frozenset(w for m in evidence["study_modifiers"] for w in tokens_of(str(m))),
        study_nouns=Vocabulary(evidence["study_nouns"]),
        impersonal_evidence=Vocabulary(evidence["impersonal"]),
        descriptive_sources=Vocabulary(evidence["descriptive_sources"]),
        titled_sources=Vocabulary(evidence["titled_sources"]),
        diagnostic_reporters=Vocabulary(evidence["diagnostic_reporters"]),
        diagnosed_objects=Vocabulary(evidence["diagnosed_objects"]),
        people_cared_for=Vocabulary(evidence["people_cared_for"]),
        authored_sources=Vocabulary(evidence["authored_sources"], flags=0),  # capitals name the body
        research_in_progress=Vocabulary(evidence["research_in_progress"]),
        care_occasions=Vocabulary(evidence["care_occasions"]),
        care_requests=Vocabulary(evidence["care_requests"]),
        study_limits=Vocabulary(evidence["study_limits"]),
        journal_named=Vocabulary(evidence["journal_cues"], flags=0),  # case matters: names are capitalised
        recommendation_modals=re.compile(alternation(evidence["recommendation_modals"], after_word_break=True), FLAGS),
        named_bodies_reporting=Vocabulary(evidence["named_bodies_reporting"], flags=0),  # capitals name the body
        findings_against=re.compile(alternation(evidence["findings_against"]), FLAGS),
        embedded_question_tail=re.compile(rf"(?<!\w){wh}\s+(?:[\w'’-]+\s+){{0,2}}$", FLAGS),
        absolute=Vocabulary(plain_absolute),
        selling_absolute=Vocabulary(absolute["selling_phrases"]),
        product_absolute=Vocabulary(absolute["product_phrases"]),
        absolute_when=tuple((Vocabulary([e["phrase"]]), Vocabulary([e["when"]])) for e in conditional_absolute),
        softer={str(k).lower(): str(v) for k, v in (absolute.get("softer") or {}).items()},
        seller_certainty=Vocabulary(absolute["seller_certainty"]),
        treatment_completed=Vocabulary(absolute["treatment_completed"]),
        treatment_intro=Vocabulary(absolute["treatment_intro"]),
        approximate_quantities=Vocabulary(absolute["approximate_quantities"]),
        early_conditions=Vocabulary(absolute["early_conditions"]),
        conceded_risks=Vocabulary(absolute["conceded_risks"]),
        cured_shares=Vocabulary(absolute["cured_shares"]),
        cure_prospects=Vocabulary(absolute["cure_prospects"]),
        treatment_aims=Vocabulary(absolute["treatment_aims"]),
        bounded_universals=Vocabulary(absolute["bounded_universals"]),
        lifelong_treatment=Vocabulary(absolute["lifelong_treatment"]),
        access_guarantees=Vocabulary(absolute["access_guarantees"]),
        removed_body_parts=Vocabulary(absolute["removed_body_parts"]),
        removing_verbs=compile_phrases(absolute["removing_verbs"]),
        dissolving_materials=compile_phrases(absolute["dissolving_materials"]),
        complaints_of_a_part=re.compile(r"\s+" + alternation(absolute["complaints_of_a_part"]), FLAGS),
        percent=re.compile(r"(?<![\w.])\d+(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b)", FLAGS),
        percent_follower=re.compile(r"\s*" + alternation(numbers["percent_followers"]), FLAGS),
        percent_leader=re.compile(alternation(numbers["percent_leaders"]) + r"\s*$", FLAGS),
        formulation=compile_phrases(numbers["formulation_nouns"]),
        dose_change=compile_phrases(numbers["dose_change_leaders"]),
        ratings=Vocabulary(numbers["ratings"], flags=0),  # "SPF 30", "N95": capitals name the rating
        rated_agents=Vocabulary(numbers["rated_agents"]),
        service_measures=Vocabulary(numbers["service_measures"]),
        restating_openers=Vocabulary(numbers["restating_openers"]),
        statistic=Vocabulary(numbers["statistic_phrases"]),
        timeline=Vocabulary(["re:" + _timeline_pattern(numbers), *numbers["timeline_phrases"]]),
        schedule_words=Vocabulary(numbers["schedule_words"]),
        onset=Vocabulary(numbers["onset_phrases"]),
        timing_hedges=Vocabulary(numbers["timing_hedges"]),
        recovery_verbs=Vocabulary(numbers["recovery_verbs"]),
        duration=re.compile(_duration_pattern(numbers), FLAGS),
        frequency_words=frozenset(str(w).lower() for w in numbers["frequency_words"]),
        schedule_objects=frozenset(str(w).lower() for w in numbers["schedule_objects"]),
        age_follower=re.compile(r"\s*" + alternation(numbers["age_followers"]), FLAGS),
        effect_verb_forms=VerbForms(words["effect_verbs"]),
        dosage_form_nouns=Vocabulary(words["dosage_form_nouns"]),
        help_as_care=Vocabulary(words["help_as_care"]),
        effect_predicate=Vocabulary([*words["effect_predicates"], _benefit_noun_pattern(words),
                                     _multiplied_comparison_pattern(words)]),
        outcome=Vocabulary(words["outcomes"]),
        treatment=Vocabulary(words["treatments"]),
        health_words=Vocabulary(_health_words()),
        selling_outcome=Vocabulary([*words["outcomes"], *_health_words(), *functions["sold_body_parts"]]),
        instruction_verbs=frozenset(str(v).lower() for v in non["instruction_verbs"]),
        promise_imperatives=frozenset(str(v).lower() for v in non["promise_imperatives"]),
        instruction_leader=re.compile(rf"^(?:{leaders}\s+)+", FLAGS),
        directive=Vocabulary(non["directives"]),
        call_to_action=Vocabulary(non["calls_to_action"]),
        logistics=Vocabulary(non["logistics"]),
        services=Vocabulary(non["services"]),
        definition=Vocabulary(non["definitions"]),
        condition_definition=Vocabulary(non["condition_definitions"]),
        product_definition=Vocabulary(non["product_definitions"]),
        company_subject=Vocabulary(non["company_subjects"]),
        reported_framing=Vocabulary(non["reported_claim_framing"]),
        own_pitch_framing=Vocabulary(non["own_pitch_framing"]),
        quotation_framing_tail=re.compile(alternation(non["quotation_framing"]) + r"[\s:,]*$", FLAGS),
        generic_subject=Vocabulary(non["generic_subjects"]),
        negation=Vocabulary(non["negations"]),
        hedge=Vocabulary(non["hedges"]),
        embedding_verbs=Vocabulary(non["embedding_verbs"]),
        question_words=frozenset(str(w).lower() for w in evidence["embedded_question_words"]),
        functions=function_lexicon(functions),
        promotion=promotion_lexicon(functions),
        prescription_only_named=PageTerms.of(functions["prescription_only"]),
        shop_phrases=PageTerms.of(functions["shop_phrases"]),
        prices=PageTerms.of(functions["sales_prices"] + functions["listed_prices"]),
        sales_prices=PageTerms.of(functions["sales_prices"]),
        listed_prices=PageTerms.of(functions["listed_prices"]),
        plain_prices=PageTerms.of(functions["plain_prices"]),
        order_terms=PageTerms.of(functions["order_terms"]),
        profiles={name: {kind: str(level) for kind, level in kinds.items()}
                  for name, kinds in vocab("claims_profiles").items()},
        drugs=_drugs(fair),
    )


HEALTH_WORDS = Path(__file__).resolve().parent.parent / "data" / "claims_health_words.txt"


def _health_words() -> list[str]:
    """The generated WordNet list (`build_health_words`), one word or phrase a line, # comments."""
    lines = HEALTH_WORDS.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


@lru_cache(maxsize=16)
def lexicon_for(vocabulary_dirs: tuple[Path, ...] = ()) -> ClaimLexicon:
    """The claim lexicon of `vocabulary_dirs`, built once; fair balance's scope words (`scope_words`) are read with it.
    A vocabulary registered after sentences were matched has every word looked up again and the probes made so far
    indexed again (`matching._register`): read when fair balance first needed them, after the claim analysis, they
    cost a cold check that much whenever its page named a drug."""
    lexicon = build_lexicon(vocabulary_dirs)
    scope_words(vocabulary_dirs)
    return lexicon
