"""Is a sentence (or list item) a health claim, and what kind?

A health claim asserts a benefit or effect of a treatment, product, ingredient or
behaviour. The classifier works on lexical and shallow syntactic cues, all from the claim
vocabularies, and then asks what the sentence does (function.py): a warning, a disease's
course, a fact about a disease, an organisation's own statement or a denial is no benefit
claim, and keeps only the cues that count whatever a sentence does (appeals to evidence,
statistics, superlatives, unlawful supply, cures promised as how-to). The cues:

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
import itertools
import re
from dataclasses import dataclass, field, fields

from validators.claims import function as fn
from validators.claims.lexicon import ClaimLexicon
from validators.claims.matching import Probe, probe_of
from validators.claims.promotion import (
    acts_on_body,
    comparative_fragment,
    complaint_gone_since,
    complaint_question,
    complaint_resolved,
    cure_howto_spans,
    dismisses_alternative,
    inviting_assertion,
    product_verb_fragment,
    promised_result,
    rhetorical_assertion,
    rivals_a_treatment,
    superlative_spans,
    timed_result,
    unlawful_supply_spans,
)
from validators.claims.words import lemmas as _lemmas

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_OWN_STAFF = re.compile(r"\b(?:our|my)\s+$", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"]([^“”\"]{1,300})[”\"]")
# A sentence or list item that is one quotation ("“The vaccine causes infertility.”"): quoted, not asserted.
# First-person quotations are testimonials and stay claims.
_WHOLLY_QUOTED = re.compile(r"^[“\"‘]([^“”\"]{1,300})[”\"’][.!]?$")
# A statistic that only counts people: about a company's volume when a company is the subject.
_HEAD_COUNT = re.compile(
    r"(?:\d[\d,.]*\s*(?:million|thousand|hundred)?|(?:hundreds|thousands|millions)\s+of)"
    r"\s+(?:people|patients|adults|children|women|men|clients|customers)",
    re.IGNORECASE,
)
# A share of people ("1 in 10 people", "1 in 50,000 people", "half of all women", "about 20% of children"): with a
# persistence verb and no treatment, how many people still have a disease or symptom, not what a treatment does.
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a\s+hundred)"
_PEOPLE_SHARE = re.compile(
    rf"(?:{_NUMBER}\s+(?:in|out\s+of)\s+(?:every\s+)?{_NUMBER}|half|a\s+third|a\s+quarter|two\s+thirds|three\s+quarters"
    r"|\d+(?:\.\d+)?\s?%)\s+(?:of\s+)?(?:all\s+|the\s+)?(?:people|patients|adults|children|women|men|babies|teenagers)",
    re.IGNORECASE,
)
# The start of an improvement ("start to feel better", "begins to improve"): the onset of a treatment's effect.
_IMPROVEMENT_ONSET = re.compile(r"\b(?:starts?|started|begins?|began)\s+to\b", re.IGNORECASE)
_SELF_DESCRIPTION = "company describing itself"
# What a sold thing is for, after its make-up or origin ("made in Kent to ease anxiety", "that melts away pain").
_PURPOSE = re.compile(r"\b(?:to|that|which|so\s+that)\s+\w+", re.IGNORECASE)
# A contrast after a comma denies an alternative, not the claim ("heals torn tendons in days, not months"): on a page
# that sells, the main clause is read without it.
_CONTRAST = re.compile(r",\s*(?:and\s+|but\s+)?not\s+[^,.;:!?]*")
# A range of strengths ("come in strengths from 11% to 50%", "concentrations of 0.12% or 0.2%"): both ends are
# strengths; what joins the two ends of the range.
_STRENGTH_RANGE = re.compile(r"\b(?:strengths?|concentrations?)\s+(?:of|from|between)\s+(?:about\s+)?$", re.I)
_RANGE_LINK = re.compile(r"\s*(?:to|and|or|-|–)\s*")
# The rest of a list of percentages after one of them ("0.025%, 0.05% and 0.1% strengths"): the noun after the last
# one says what each of them is.
_PERCENT_RUN = re.compile(r"(?:\s*(?:,|,?\s*and|,?\s*or|to|-|–)\s*\d+(?:\.\d+)?\s*%)+")
# Verbs that report a result ("cured 800 patients"): a count with them is an outcome claim.
# ("currently", "health", "clearly" are no results)
_RESULT_VERB = re.compile(r"\b(?:(?:cur|heal|clear)(?:e|es|ed|s|ing)?\b|(?:eliminat|eradicat|revers|resolv|fix)\w*)",
                          re.IGNORECASE)
# A state reached as a result ("were pain-free after one session", "stayed seizure-free"): no record of a service.
_RESULT_STATE = re.compile(r"\w-free\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]")
# An intransitive verb of going away and its completeness, nothing between ("dissolve completely", "vanishes entirely").
_GOES_AWAY = re.compile(r"(?:dissolves?|disappears?|vanish(?:es)?)\s+(?:completely|entirely)", re.IGNORECASE)
_INTRO_CLAUSE = re.compile(
    r"^(?:if|when|whenever|while|before|after|once|until|unless|to|for|during|as|because|since|although|though"
    r"|in\s+order\s+to|between|throughout|in|on|at|with|without|by)\b[^,:;]*,\s*",
    re.IGNORECASE,
)
# A source named in prose before the main clause ("According to the CDC, ..."): no behaviour acts in it.
_ATTRIBUTION = re.compile(r"^\s*according\s+to\b[^,:;]*,\s*", re.IGNORECASE)
_ADVERBIAL = re.compile(
    r"^(?:[A-Za-z]+ly|also|instead|then|next|finally|first|second|third|however|otherwise|meanwhile|afterwards"
    r"|now|today|remember|importantly|still|so|plus|again)\s*,\s*",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^:.;!?]{1,40}:\s+")
# A study's acronym name: two capitals or more ("DiRECT", "SPRINT", "UKPDS"), with digits or a hyphen ("REACT-1").
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9-]+")
_LET_US = re.compile(r"^let(?:'s|’s|\s+us)\b", re.IGNORECASE)
_AUXILIARIES = frozenset(
    "is are was were am has have had does did do can could may might will would shall should must "
    "isn't aren't wasn't weren't hasn't haven't doesn't didn't can't couldn't won't wouldn't shouldn't "
    "'s 're 've".split()
)
# Where the verb of a disease's course sits when the word list does not know it: after a frequency adverb
# ("spots usually crust over") or before a particle ("the cough goes away", "the swelling goes down").
_FREQUENCY_ADVERBS = frozenset("usually often normally typically generally commonly mostly sometimes rarely".split())
_PARTICLES = frozenset("away down up over off out".split())
# after a product's verb, packaging, origin or make-up ("come in a bottle", "made from oats")
_SOURCE_PREPOSITIONS = frozenset("in from with as of at by".split())
# opening a sentence about one unit of a product ("One tablet keeps you ...", "This serum turns back ...")
_SOLD_DETERMINERS = frozenset("this one each every".split())
# A reporting verb whose object is a number counts people served, not evidence ("our nurses supported 12,000
# families", "doctors saw over 400 patients").
_HEAD_COUNT_OBJECT = re.compile(r"\s+(?:more\s+than\s+|over\s+|around\s+|about\s+|nearly\s+|almost\s+|some\s+)?\d")
_DETERMINERS = frozenset(
    "a an the this that these those its their your our my his her any no some each every another which "
    "what whose much more less".split()
)
# People a recommendation is for ("recommend the vaccine for everyone over 65"): who should have it, not evidence.
_RECOMMENDED_GROUPS = frozenset("everyone anyone people adults children babies infants women men girls boys teenagers "
                                "those patients parents".split())
_GROUP_MODIFIERS = frozenset("all most some older younger young pregnant new".split())
_NEGATED_SUBJECT = re.compile(
    r"^(?:not\s+(?:all|every|everything|everyone)|no|none|nothing|neither|no[\s-]one|nobody)\b", re.I)
# Verbs that are effects only with their preposition ("results in", "leads to"): a verb for the
# finite-verb test when that preposition follows.
_PREPOSITION_VERBS = {
    **dict.fromkeys(("result", "results", "resulted", "resulting"), "in"),
    **dict.fromkeys(("lead", "leads", "led", "leading", "contribute", "contributes", "contributed"), "to"),
}
# A subject that helps or protects is not a disease running its course ("Sleep helps the skin repair itself").
_AGENT_VERB = re.compile(r"\b(?:helps?|protects?|prevents?|boosts?|supports?|treats?|strengthens?)\b", re.IGNORECASE)
# A hedge earlier in the clause makes an absolute word a typical outcome, not a promise.
_HEDGE = re.compile(r"\b(?:usually|often|generally|typically|normally|in\s+most\s+cases"
                    r"|(?:most|many|some)\s+(?:people|patients|children|adults|babies|women|men|cases))\b",
                    re.IGNORECASE)
_NEGATIVE_PROMISE = re.compile(r"(?:never|no|none|without|zero)\b", re.IGNORECASE)  # a promise worded as a denial
_NEGATORS = frozenset(("not", "never", "cannot", "failed", "fail", "fails"))
# An obligation right before a duration: the duration is a deadline for an action the reader or the care team must
# take ("your baby will need to feed within 30 minutes of birth", "the wound must be checked within 48 hours", "you
# have to be seen within 2 weeks"), not when an effect appears. Not "should", which also times an expected effect
# ("you should feel better within 2 weeks").
_OBLIGED_ACTION = re.compile(r"\b(?:needs?\s+to|must|ha(?:s|ve)\s+to)\s+(?:be\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+$",
                             re.IGNORECASE)
# A journal cue that says the study was published there ("published in The Lancet", "in the journal Thorax"), not a
# journal's name alone ("Pediatrics reported that ...").
_PUBLISHED_IN = re.compile(r"(?:published\s+in|in\s+the\s+journal)\b", re.IGNORECASE)
_PUBLISHED_IN_BEFORE = re.compile(r"(?:published\s+in|in\s+the\s+journal)\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_PRONOUNS = frozenset(("who", "whom"))  # (not "that": "studies that show ...")
_SENTENCE_ADVERBS = frozenset(("also", "often", "now", "still", "even", "usually", "sometimes", "really", "clearly"))
_CHANCE_WORDS = frozenset(("risk", "risks", "chance", "chances", "odds", "likelihood"))
_RELATIVE_WORDS = frozenset(("that", "which", "who", "whom", "whose"))
_NEGATION_NEAR = re.compile(r"\b(?:not|no|never|none|nothing|neither|nor|without|cannot|hardly)\b|n['’]t\b", re.I)
_INDICATION = re.compile(r"\b(?:used|prescribed|approved|given|licensed|indicated)\s+(?:\w+\s+)?(?:to|for)\s+$", re.I)
# An embedded question before an effect verb: "how it affects", "whether it helps", "when to stop it" (the
# infinitive after "when"/"where" tells the reader what to do and when, it asserts no effect).
_WH_BEFORE = re.compile(r"\b(?:(?:how|whether|what|why|which|if)\s+(?:[\w'’-]+\s+){0,2}|(?:when|where)\s+to\s+)$",
                        re.IGNORECASE)
_TESTIMONIAL = re.compile(r"(?<![\w'’-])(?:I|my|me|I've|I’ve|I'm|I’m)(?![\w'’-])", re.IGNORECASE)
_FIRST_PERSON = frozenset(("i", "my", "me", "i've", "i'm"))
_COMPARISON_WORDS = frozenset(("than", "compared", "superior", "inferior", "outperform", "outperforms", "as"))
_COMPARISON = re.compile(
    r"\b(?:\w+er|more\s+\w+|less\s+\w+)\s+than\b|\b(?:compared\s+(?:to|with)|superior\s+to|inferior\s+to"
    r"|outperform\w*|as\s+(?!soon\b|long\b|far\b|often\b|much\b|early\b)\w+\s+as)\b",
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


# Non-claims recognised before any cue is read: a sales line quoted as an example, and others' promises reported or
# warned about; and a course's outline entry (`Classifier._outline_entry`). No later reading (statistical.promote)
# makes them claims again.
QUOTED = "quotation"
REPORTED = "reports or warns about others' promises"
OUTLINE = "outline entry"


@dataclass
class Classification:
    is_claim: bool
    reason: str  # why it is (not) a claim: shown in tests and debugging
    evidence: list[Cue] = field(default_factory=list)  # appeals to evidence, journals named
    absolute: list[Cue] = field(default_factory=list)
    statistics: list[Cue] = field(default_factory=list)
    timelines: list[Cue] = field(default_factory=list)
    superlatives: list[Cue] = field(default_factory=list)
    supply: list[Cue] = field(default_factory=list)  # a prescription-only medicine offered without a prescription
    function: str = ""  # benefit, warning, course, own statement, negative, ... (function.py)
    register: str = ""  # a benefit claim's: promoted, comparison or consensus
    statistic_kind: str = ""  # efficacy (a benefit claim's), risk (a warning's), population
    names_treatment: bool = False  # a treatment, product or behaviour is named (context for the next sentence)
    on_selling_page: bool = False  # the page sells (function.is_selling_page, or a promise, superlative or offer on it)
    on_information_page: bool = False  # the page informs (function.is_information_page)
    sold: bool = False  # a claim about the speaker's product or brand, or a customer's (not a remedy or service)
    typical: bool = False  # a hedged timing: the usual course ("Symptoms usually improve within 2 days")
    vetoed: bool = False  # the veto model reads it as no claim: no citation finding (veto.py)
    probe: Probe | None = field(default=None, repr=False)  # kept to work out the kind when asked
    _kind: str | None = field(default=None, repr=False)

    @property
    def reportable(self) -> bool:
        """A claim, or a sentence with a cue some claim rule reports whatever the sentence does."""
        return self.is_claim or bool(self.evidence or self.statistics or self.superlatives or self.supply)

    @property
    def claim_kind(self) -> str:
        """efficacy, safety, risk, prevention, comparison or testimonial ("" for a non-claim).
        Worked out on first use: most claims are cited and never need it."""
        if self._kind is None:
            self._kind = _claim_kind(self.probe) if self.is_claim and self.probe else ""
        return self._kind

    def copy(self) -> "Classification":
        """A shallow copy, as `dataclasses.replace(self)` makes it (the cue lists shared), in a fraction of its time:
        a page read again copies the first reading's answer for nearly every sentence. Field by field, as `__init__`
        sets them: a copy made through `__dict__` keeps its attributes in a dictionary of its own, slower to read
        for every rule that asks about the sentence."""
        copied = object.__new__(Classification)
        for name in _CLASSIFICATION_FIELDS:
            setattr(copied, name, getattr(self, name))
        return copied

    @property
    def cues(self) -> list[str]:
        return [name for name, found in (("research", self.evidence), ("absolute", self.absolute),
                                         ("statistic", self.statistics), ("timeline", self.timelines),
                                         ("superlative", self.superlatives), ("supply", self.supply)) if found]


NOT_A_CLAIM = Classification(False, "empty")
_CLASSIFICATION_FIELDS = tuple(f.name for f in fields(Classification))


class Classifier:
    def __init__(self, lexicon: ClaimLexicon, probes: dict[str, Probe] | None = None, journals_cite: bool = True,
                 earlier: "Classifier | None" = None, remember: bool = False):
        """`probes`: the probes made so far of one document's texts, by text (`analysis.sentence_probes`), so a
        sentence read again (the page re-read as sales copy, a repeated sentence) is not prepared again.
        `journals_cite`: a study said to be published in a named journal names its source (`_evidence`); not on a
        page that leans on unnamed evidence (`analysis._leans_on_unnamed_evidence`). `earlier`: the classifier of
        that first reading, whose answers stand for every sentence that names no journal (`classify`); `remember`:
        keep the answers (a document's classifier): a sentence met again with the same arguments (a page that repeats
        a sentence) and that second reading take them as copies."""
        self.lx = lexicon
        self._probes = probes
        self.journals_cite = journals_cite
        self._read: dict[tuple, Classification] | None = {} if remember else None  # answers by `classify`'s arguments
        self._earlier = earlier

    def _dismisses_rival(self, text: str) -> bool:
        """comparison: a rhetorical "why" in sales copy that dismisses a treatment or product for what is sold ("Why
        reach for pills when relief is clipped to your ear?", "Why pay for physio when ...?"): the question is the
        claim, whatever the clause after "when" asserts (rival_verbs, with a treatment or product after it)."""
        lx = self.lx
        return rivals_a_treatment(self.probe(text), lx.promotion, (lx.treatment, lx.promotion.product_nouns))

    def probe(self, text: str) -> Probe:
        """`text` prepared for matching, once per document when the classifier reads one."""
        return probe_of(self._probes, text)


    # -- public -------------------------------------------------------------
    def classify(self, text: str, in_list: bool = False, context: fn.Context = fn.NO_CONTEXT,
                 drug_on_page: bool = False, selling_page: bool = False) -> Classification:
        """`in_list`: the text is a list item or table cell, where noun phrases are common; `context`: what the
        sentence before it in the block was about; `drug_on_page`: a prescription-only medicine is named on the
        page (an offer of "no prescription needed" is about it); `selling_page`: the page sells (shop phrases,
        prices), so a result timed on it is promised, not a disease's course. The answer depends on nothing else:
        a classifier that remembers its answers gives a copy of its first for the same arguments, and a reading again
        of the page (`earlier`) reuses, as a copy, the first reading's answer for the same arguments when the text
        names no journal (`journals_cite` changes nothing else)."""
        key = (text, in_list, context, drug_on_page, selling_page)
        read = self._read
        if read is not None:
            found = read.get(key)
            if found is not None:
                return found.copy()
        if self._earlier is not None and self._earlier._read is not None:
            found = self._earlier._read.get(key)
            if found is not None and not self.lx.journal_named.any(self.probe(text)):
                return found.copy()
        found = self._classify(text, in_list, context, drug_on_page, selling_page)
        if read is not None:
            read[key] = found
        return found

    def _classify(self, text: str, in_list: bool, context: fn.Context, drug_on_page: bool,
                  selling_page: bool) -> Classification:
        stripped = text.strip()
        if not stripped:
            return NOT_A_CLAIM
        dismissed = False
        if "?" in stripped and re.search(r"\?[\s\"'”’)\]\d]*$", stripped):
            asserted = rhetorical_assertion(text)  # "Why hide behind make-up when one session erases redness?"
            if asserted is None and selling_page:
                asserted = inviting_assertion(self.probe(text), self.lx.promotion)  # "Ready to feel ... again?"
            if selling_page and (dismisses_alternative(self.probe(text), self.lx.promotion) if asserted is None
                                 else self._dismisses_rival(text)):
                # "Why settle for ...?"
                asserted, dismissed = text.rstrip()[:-1] + "." + text[len(text.rstrip()):], True
            elif asserted is None and selling_page and complaint_question(self.probe(text), self.lx.promotion,
                                                                          self.lx.selling_outcome):
                # "Tired of cramps that wake you at night?": the product offered as the end of it
                asserted, dismissed = text.rstrip()[:-1] + "." + text[len(text.rstrip()):], True
            if asserted is None:
                return Classification(False, "question", function="question")
            text, stripped = asserted, asserted.strip()
        if _WHOLLY_QUOTED.match(stripped) and not _TESTIMONIAL.search(stripped):
            return Classification(False, QUOTED)  # a myth or sales line held up as an example
        probe = self.probe(self._mask_example_quotes(text))
        lx = self.lx
        # Cheap exclusions first: most non-claims end here before any cue is looked for.
        if lx.reported_framing.any(probe) and not (selling_page and self._own_pitch(probe)):
            return Classification(False, REPORTED)
        # Selling cues count whatever else the sentence does ("Order it online, no prescription needed").
        # (only where the prescriber may be taken out: a phrase of doing without one, or a gatekeeper named)
        removes_prescriber = lx.promotion.without_prescription.any(probe) or lx.promotion.gatekeepers.any(probe)
        # The publisher's own survey or audit telling of care given without a check ("In our audit, 1 in 8 patients
        # were started on lithium without a kidney test") is its record, not an offer, on a page that does not sell.
        supply = [self._cue("supply", probe.text, s) for s in unlawful_supply_spans(
            probe, lx.promotion, drug_on_page, lx.treatment, selling_page)] \
            if removes_prescriber and not fn.is_own_record(probe, lx.functions, selling_page) else []
        # In sales copy a product acts on, and a result names, any body part or complaint of the maintained
        # dictionary too ("Wakes up dormant follicles", "Regain control of your bladder"): lexicon.selling_outcome.
        sold_outcome = lx.selling_outcome if selling_page else lx.outcome
        effect = self._has_effect(probe) or selling_page and acts_on_body(probe, lx.promotion, sold_outcome, (
            lx.treatment, lx.functions.remedies, lx.functions.promoted, lx.functions.brands, lx.promotion.product_nouns,
            lx.promotion.seller_voice))
        # "Say goodbye to cravings", "beats creams and gels"
        rival = selling_page and rivals_a_treatment(probe, lx.promotion, (lx.treatment, lx.promotion.product_nouns))
        promise = dismissed or rival or selling_page and promised_result(probe, lx.promotion, sold_outcome, (
            lx.functions.promoted, lx.functions.person_subjects))
        # A feature bullet whose left-out subject is the product acting on the body ("Wakes up dormant follicles").
        promise = promise or selling_page and in_list and product_verb_fragment(probe, lx.promotion, sold_outcome)
        # A comparative headline sells a result ("Cooler nights, calmer days").
        promise = promise or selling_page and (in_list or not stripped.endswith((".", "!"))) \
            and comparative_fragment(probe, lx.promotion) and not self._has_finite_verb(probe, in_list)
        # "Most patients are back at their desks within 48 hours": a result timed in everyday words.
        promise = promise or selling_page and timed_result(probe, lx.promotion, lx.timeline) \
            and not lx.logistics.any(probe)
        effect = effect or promise or selling_page and self._sold_thing_acts(probe)
        outcome = lx.outcome.any(probe)
        treatment = lx.treatment.any(probe)
        endorsed = self._endorsements(probe) if selling_page else []
        promoted = fn.is_promoted(probe, lx.functions, context) or bool(endorsed)
        health = effect or outcome or treatment
        howto = [self._cue("cure-howto", probe.text, s) for s in cure_howto_spans(probe, lx.promotion)]
        absolute = _merge((self._absolute(probe, selling_page) if health else self._sold_absolutes(probe, selling_page))
                          + howto, probe.text)
        statistics = self._statistics(probe) if health or promoted else []
        head_count = statistics and all(_HEAD_COUNT.fullmatch(cue.text) for cue in statistics)
        if head_count and not absolute and lx.company_subject.any(probe) and not _RESULT_VERB.search(probe.text):
            statistics = []  # "our specialists treat 800 patients a year": how busy a clinic is, not an outcome
        service = bool(statistics) and selling_page and self._service_measure(probe)
        if service:
            statistics = []  # "98% of calls answered within a minute": the shop's service, not a health outcome
        reason = self._not_an_assertion(probe, bool(absolute or supply), bool(statistics) or promise or outcome
                                        and self._sellers_product(probe))
        if reason:
            return Classification(False, reason, supply=supply, function="instruction", names_treatment=treatment)
        # A ranking of a seller or product is a claim whatever it ranks ("more than any other clinic", "London's
        # most advanced drip clinic", "the country's fastest way to get ...").
        superlatives = [self._cue("superlative", probe.text, s) for s in superlative_spans(probe, lx.promotion,
                                                                                            selling_page)]
        # Without any other cue only an appeal to evidence keeps the sentence (looked for once).
        evidence = _merge(self._evidence(probe, health, selling_page, promoted)
                          + [self._cue("evidence", probe.text, span) for span in endorsed], probe.text)
        if not (health or promoted or supply or superlatives or evidence or absolute):
            restated = self._restated_figure(probe, context, selling_page)
            if restated:
                return Classification(False, "restates the figure before it", statistics=restated,
                                      function="background", statistic_kind=context.statistic, probe=probe)
            return Classification(False, "no health effect stated", function="background")  # most sentences end here
        if (statistics and not selling_page and (not promoted or self._promoted_by_own_voice_only(probe))
                and self._source_named_in_prose(probe)):
            statistics = []  # "In the PROUD trial, PrEP reduced the risk by 86%", "The CDC estimates that ..."
            promoted = False  # "According to the National Joint Registry, 97% of the hips we replaced ...": its figure
        selling = bool(absolute or supply or superlatives)
        strong = bool(evidence or statistics or selling or promise)
        reason = "" if strong else self._not_about_effects(probe, effect)
        # (looked for once the sentence is known to be about effects: most that are not end above)
        wants_timelines = not reason and (health or promoted) and not service
        spans = self.lx.timeline.spans(probe) if wants_timelines or not effect else []  # read once for both uses
        outline = not effect and self._outline_entry(probe, spans)
        if outline:
            spans = [span for span in spans if not _period_label(probe, span)]
        timelines = self._timelines(probe, spans) if wants_timelines else []
        if not (strong or reason or timelines) and outline:
            reason = OUTLINE
        if not (strong or reason or timelines) and self._names_something(probe, in_list):
            reason = "noun phrase"
        if reason:
            # an organisation describing itself speaks for itself: a figure after it may go on with its record
            own = fn.OWN if reason == _SELF_DESCRIPTION else ""
            return Classification(False, reason, function=own, names_treatment=treatment)
        found = Classification(False, "", evidence, absolute, statistics, timelines, superlatives, supply,
                               names_treatment=treatment, probe=probe)
        return self._function(found, probe, effect or bool(timelines), treatment, outcome, promoted or promise, context,
                              selling_page, rival)

    def _function(self, found: Classification, probe: Probe, effect: bool, treatment: bool, outcome: bool,
                  promoted: bool, context: fn.Context, selling_page: bool, rival: bool = False) -> Classification:
        """What the sentence does (function.py): only a benefit claim keeps its benefit cues (absolute promises,
        timelines of effect, the uncited claim itself); appeals to evidence, statistics, superlatives and unlawful
        supply count whatever it does."""
        fx = self.lx.functions
        main = self._main_clause(probe.text)
        offset = max(0, probe.text.rfind(main[:30]))
        main_words = _WORD.findall(main.lower())
        attribution = _ATTRIBUTION.match(probe.text)
        if attribution is None:
            first = probe.words[0] if probe.words else ""
        else:
            first = next((word for word, start in zip(probe.words, probe.starts, strict=True)
                          if start >= attribution.end()), "")
        selling = bool(found.absolute or found.supply or found.superlatives)
        cues = bool(selling or found.evidence or found.statistics or found.timelines)
        testimonial = bool(probe.word_set & _FIRST_PERSON and _TESTIMONIAL.search(probe.text))
        reaction = not (selling or testimonial or promoted) and fn.states_reaction(probe, fx, treatment)
        function = fn.BENEFIT
        # an appeal only to a survey, census or registry ("A national survey found that a third of children ..."):
        # what such a source can show is how many people have or do something
        descriptive = bool(found.evidence) and not selling_page and all(
            self.lx.descriptive_sources.search(probe, cue.start, cue.end) is not None for cue in found.evidence)
        # whom the organisation serves: "Around 60% of the women who come to our clinic are under 25", "Around half of
        # the people we see have had symptoms for more than 5 years" (a condition they have, not a result)
        clients = bool(found.statistics) and not (selling or found.evidence or found.timelines) \
            and fn.counts_own_clients(probe, fx, selling_page) and not (
                outcome and not fn.holds_only_conditions(probe, fx, self.lx.outcome)
                or _RESULT_VERB.search(probe.text) or self._has_effect(probe)
                or fx.effect_nouns.any(probe) or fx.record_results.any(probe) or fx.improvements.any(probe))
        # the organisation's own figure told in the past tense: "Our infection rate was 0.6% in 2024"
        past_own = bool(found.statistics) and not (selling or found.evidence) and fn.is_past_own_figure(
            probe, fx, selling_page) and not (_RESULT_VERB.search(probe.text) or fx.record_results.any(probe)
                                                 or self._has_effect(probe) or fx.effect_nouns.any(probe)
                                                 or fx.improvements.any(probe)
                                                 or _RESULT_STATE.search(probe.text))
        if clients or past_own or fn.is_own_statement(probe, fx) or fn.is_own_record(probe, fx, selling_page) \
                or (fn.is_activity_record(probe, fx)
                    or fn.is_received_count(probe, fx, len(found.statistics), bool(found.timelines))) \
                and not (selling or promoted and selling_page or _RESULT_VERB.search(probe.text)) \
                or found.statistics and (fn.is_dated_record(probe, fx, selling_page) and not outcome
                                         and (not promoted or fx.own_services.any(probe)
                                              or fn.speaks_as_organisation(probe, fx, selling_page))
                                         or context.record and not promoted) \
                and not (selling or _RESULT_VERB.search(probe.text) or self._has_effect(probe)
                         or fx.effect_nouns.any(probe) or fx.record_results.any(probe)):
            function = fn.OWN
        elif (found.statistics or found.timelines) and not (selling or found.evidence) \
                and fn.is_organisation_figure(probe, fx, treatment or outcome or self._has_effect(probe)
                                              or self.lx.treatment_completed.any(probe), selling_page) \
                and not (_RESULT_VERB.search(probe.text) or fx.effect_nouns.any(probe) or fx.record_results.any(probe)):
            function = fn.OWN  # the organisation's figure of its own work ("Half of the kits we sent out came back")
        elif not (selling or promoted) and (
                all(_HEAD_COUNT.fullmatch(cue.text) for cue in found.statistics)
                and fn.is_prevalence(probe, fx, found.statistics, treatment)
                or all(_counts_people(cue, probe.text) for cue in found.statistics)
                and (fn.is_persistence(probe, fx, found.statistics, treatment)
                     or found.statistics and not (selling_page or found.evidence and not descriptive
                                                  or _RESULT_VERB.search(probe.text))
                     and fn.is_population_count(
                         probe, fx, fn.has_agent(probe, treatment, fx, context, first), context,
                         self._uptake(probe, found.statistics)))
                or not (selling_page or found.evidence) and fx.uptake_measures.any(probe)
                and self._uptake(probe, found.statistics)):
            function = "background"  # how many people a disease affects, have a condition or get a result
        elif not (selling or promoted) and fn.is_contraindication(probe, fx):
            function = fn.WARNING  # "Ibuprofen is not safe for people with severe kidney disease"
        elif (fn.is_negative(_WORD.findall(_CONTRAST.sub("", main).lower()) if selling_page else main_words,
                             self.lx.effect_verb_forms) or fn.is_hedged_denial(probe, fx)) and not found.absolute \
                and not (treatment and fn.effect_is_harm(probe, fx) and not fn.is_unproven(probe)) \
                and not ((selling_page or testimonial) and complaint_gone_since(probe, self.lx.outcome)) \
                and not (rival and self._rival_falls_short(probe)):
            # a denial, unless a treatment's harm is denied ("never leads to addiction"); evidence said to be missing
            # ("has not been shown to trigger migraine") promises nothing either way
            function = fn.NEGATIVE
        elif fn.is_dosing(probe, fx) and not selling \
                and not (selling_page and found.timelines and self.lx.promotion.timed_results.any(probe)):
            # (a result felt by a time counted from a dose is a timeline of effect in sales copy: "Most people feel
            # the difference within 45 minutes of their first dose")
            function = "dosing"
        elif fn.is_advice(main_words, self.lx.effect_verb_forms) and not fn.is_seller_speaking(probe, fx) \
                and not found.absolute:  # "Using this cream will cure eczema for good" promises
            function = "advice"
        elif found.timelines and not (selling or testimonial or promoted or self._sellers_offering(probe)) \
                and fn.times_a_reaction(probe, fx, self.lx.outcome, offset, found.timelines[0].start):
            function = fn.WARNING  # a side effect's, a reaction's or a symptom's timing: no benefit arriving
        elif fn.effect_is_harm(probe, fx) and not fn.is_negative(main_words, self.lx.effect_verb_forms) \
                and not ((selling_page or testimonial) and complaint_resolved(probe, self.lx.promotion,
                                                                              (self.lx.outcome, fx.harm))):
            function = fn.WARNING
        elif not (effect and (treatment or outcome or promoted or context.benefit or context.agent
                              or found.statistics)) \
                and not (found.absolute or cues and promoted) and not (testimonial and (effect or outcome or cues)):
            function = "background"  # no effect on health stated: a fact about a disease, a product's make-up
        else:
            agent = fn.has_agent(probe, treatment, fx, context, first) or testimonial \
                or _AGENT_VERB.search(main) is not None
            # a guarantee, or a result promised to everyone who completed a treatment, is no disease's course
            guaranteed = bool(found.absolute) and (self.lx.seller_certainty.any(probe)
                                                   or self.lx.treatment_completed.any(probe)
                                                   or self.lx.treatment_intro.any(probe))
            if not guaranteed and (fn.course_of_disease(probe, fx, agent, self._subject_is_condition(probe, offset),
                                                        context, selling_page)
                                   or self._improves_regardless(probe, testimonial, context, first, selling_page)):
                function = fn.COURSE
        found.function = function
        if function == fn.OWN:
            found.statistics, found.evidence = [], []  # its own figures and recommendations
        if function != fn.BENEFIT:
            if descriptive:
                found.evidence = []  # a survey's figure backing no benefit: how many people have or do something
            # A warning, a disease's course or a denial promises nothing and times no effect.
            found.timelines = []
            # A warning's "forever" is no promise; a cure promised as how-to is one whatever the sentence does.
            found.absolute = [cue for cue in found.absolute if cue.kind == "cure-howto"]
            found.statistic_kind = "risk" if function == fn.WARNING else "population"
            if reaction:
                found.statistic_kind = "harm"  # a side effect's rate: fair balance (fn.states_reaction)
            if found.statistics and promoted:
                found.statistic_kind = "efficacy"  # "thousands of members have thrown away their medication"
            found.reason = function
            return found
        found.statistic_kind = "efficacy"
        found.is_claim = True
        found.typical = bool(found.timelines) and self._typical_timing(probe, found.timelines[0].start, offset,
                                                                       treatment or context.agent or context.benefit)
        # a comparison of treatments or products ("works faster than ibuprofen"), not of people or diseases
        comparison = bool(treatment and probe.word_set & _COMPARISON_WORDS and _COMPARISON.search(probe.text))
        found.register = fn.register_of(testimonial, comparison, promoted)
        found.sold = testimonial or fx.brands.any(probe) or self._sellers_offering(probe) or context.promoted
        found.reason = _reason(found)
        return found

    def _rival_falls_short(self, probe: Probe) -> bool:
        """comparison: on a page that sells, a sentence that sets the product against a treatment ("Unlike
        steroid creams, ...", promotion.rivals_a_treatment) and then denies a drawback in its main clause ("Unlike
        the little blue pill, the results don't wear off after a few hours", "Unlike nasal sprays, our drops never
        sting"): the denial is the rival's shortcoming the product is said to lack, a comparison claim, not a denial.
        Not a drawback of convenience, trade or dosing ("Unlike tablets, the patch doesn't need to be taken every
        day": claims_functions.yaml rival_shortfall_exclusions), nor a denial of evidence."""
        fx = self.lx.functions
        return not (fx.rival_shortfall_exclusions.any(probe) or fn.is_unproven(probe))

    def _uptake(self, probe: Probe, statistics: list[Cue]) -> bool:
        """Class: how a treatment is delivered or taken up, counted in people (claims_functions.yaml uptake: "gave
        clot-busting treatment to 1 in 5 patients within an hour of arrival", "About 60% of eligible women had the
        screening test"), with no outcome, improvement, result or effect after the count: a service figure; uptake
        named as a noun (claims_functions.yaml uptake_measures: "Uptake was over 80% in girls") makes any figure one.
        "80% of patients given the new drug were free of pain within a week" counts a result after it and stays a
        claim."""
        fx, lx = self.lx.functions, self.lx
        if not statistics or not (fx.uptake.any(probe) or fx.uptake_measures.any(probe)):
            return False
        after = statistics[0].end
        return not any(vocabulary.search(probe, after) is not None
                       for vocabulary in (lx.outcome, fx.improvements, fx.record_results, fx.effect_nouns)) \
            and not _RESULT_VERB.search(probe.text, after)

    def _typical_timing(self, probe: Probe, timeline: int, offset: int, treated: bool) -> bool:
        """Class: a timing hedged (before it) as what usually happens is the usual course of a disease or of its
        treatment ("Symptoms usually start to improve within 2 days of starting antibiotics", "Treatment usually
        clears the infection in 7 to 10 days", "Most children recover completely in 7 to 10 days"), not a timeline of
        effect. Unless the disease is the subject, a hedged onset ("Antidepressants usually take 2 to 4 weeks to start
        working", "Most people start to feel better within 48 hours" of a treatment) or a timing of what a treatment
        gives ("6 months on: benefits often continue") still times an effect, as does a hedge after the timing
        ("Triptans stop an attack within two hours in most patients"). With a treatment named in the sentence or the
        one before (`treated`), only the end of the illness is its course ("most patients go home within a week",
        recovery_verbs), not an improvement noticed ("Most people notice easier breathing within 3 days"). Whether it
        counts as such on the page (a seller's hedge promises all the same) is the profile's
        (profiles._timeline_kind)."""
        hedged = self.lx.timing_hedges.search(probe, 0, timeline) is not None
        if hedged and self._subject_is_condition(probe, offset):
            return True  # the disease runs its course: "Symptoms usually start to improve within 2 days"
        return hedged and not (self.lx.onset.any(probe) or self.lx.functions.effect_nouns.any(probe)
                               or _IMPROVEMENT_ONSET.search(probe.text)) \
            and (not treated or self.lx.recovery_verbs.any(probe))

    def _subject_is_condition(self, probe: Probe, offset: int) -> bool:
        """The main clause's subject is a disease or symptom, with no treatment ("Measles spreads ...", not
        "The risk of infection is lower ...")."""
        first = next((i for i, word in enumerate(probe.words) if probe.starts[i] >= offset
                      and word not in _DETERMINERS and word not in ("most", "many", "all", "both")), None)
        if first is None or probe.words[first] in _CHANCE_WORDS:
            return False
        words = probe.words
        verb = next((probe.starts[i] for i, word in enumerate(words)
                     if probe.starts[i] >= offset and i > 0 and probe.starts[i] > offset
                     and (word in _AUXILIARIES or word in self.lx.effect_verb_forms or self._third_person_verb(word)
                          or words[i - 1] in _FREQUENCY_ADVERBS
                          or i + 1 < len(words) and words[i + 1] in _PARTICLES and word not in _DETERMINERS)),
                    None)
        if verb is None:
            return False
        return (self.lx.outcome.search(probe, offset, verb) is not None
                and self.lx.treatment.search(probe, offset, verb) is None
                and self.lx.functions.remedies.search(probe, offset, verb) is None)

    # -- what it is not -------------------------------------------------------
    def _sellers_product(self, probe: Probe) -> bool:
        """The seller's own product is named ("our kelp tablets", "our drops"): an imperative with it and a health
        outcome sells a result ("Try our kelp tablets to rebalance your thyroid"), it does not instruct."""
        px = self.lx.promotion
        for _, end in px.seller_voice.spans(probe):
            noun = px.product_nouns.search(probe, end, min(len(probe.text), end + 30))
            if noun is not None and len(probe.text[end : noun[0]].split()) <= 2:
                return True
        return False

    def _sold_thing_acts(self, probe: Probe) -> bool:
        """uncited-benefit: on a page that sells, the burden is inverted. A sentence whose subject is the seller's
        own product, or a product named by 'this', 'one' or 'each' at the start of the sentence, and whose verb acts
        on something ("Our lavender mist settles a racing mind", "Our ginger chews steady a queasy stomach", "Our
        collagen powder gives you firmer skin", "One capsule keeps you alert all afternoon") asserts what the
        product does for the buyer, health word or not, unless a non-claim function is recognised: a price or
        logistics ("Our spray ships in two days", "Our capsules cost £20"), a verb of trade or make-up ("Our gummies
        contain 200 mg", promotion idle_verbs), a state or origin after 'be' ("Our tablets are made in Britain") or
        a verb followed by a preposition of packaging or source ("Our drops come in a glass bottle"); `_function`
        still screens dosing, warnings and denials."""
        lx = self.lx
        if lx.logistics.any(probe) or lx.prices.search(probe.text, probe.lower):
            return False
        words = probe.words
        for first in self._sold_subjects(probe):
            for index in range(first + 1, min(len(words) - 1, first + 5)):
                word = words[index]
                if word in _AUXILIARIES:
                    break
                before = _lemmas(words[index - 1])
                if "VERB" not in _lemmas(word) or before and "NOUN" not in before:
                    continue
                if "NOUN" in _lemmas(word) and "VERB" in _lemmas(words[index + 1]):
                    continue  # still the subject: "Our tea bags come ...", "Our ginger chews steady ..."
                if not lx.promotion.idle_verbs.matches_word(probe, index) \
                        and words[index + 1] not in _SOURCE_PREPOSITIONS:
                    return True
                break
        return False

    def _sold_subjects(self, probe: Probe) -> list[int]:
        """Where a subject naming a sold thing starts its words: after the seller's voice ("our") before its
        product, medicine or remedy, or a sentence opening 'this', 'one' or 'each' before a product noun."""
        px, lx = self.lx.promotion, self.lx
        subjects = []
        ends = [end for _, end in px.seller_voice.spans(probe)]
        if probe.words and probe.words[0] in _SOLD_DETERMINERS:
            ends.append(probe.ends[0])
        for end in ends:
            for vocabulary in (px.product_nouns, lx.treatment, lx.functions.remedies):
                found = vocabulary.search(probe, end, min(len(probe.text), end + 30))
                if found is not None and len(probe.text[end : found[0]].split()) <= 2:
                    subjects.append(bisect.bisect_left(probe.starts, end))
                    break
        return subjects

    def _sellers_offering(self, probe: Probe) -> bool:
        """The speaker's own product, medicine or remedy is named ("our drops", "our honey lozenges", "our herbal
        spray"), not its people or services ("our physiotherapists", "our stop smoking service")."""
        px, lx = self.lx.promotion, self.lx
        for _, end in px.seller_voice.spans(probe):
            for vocabulary in (px.product_nouns, lx.treatment, lx.functions.remedies):
                found = vocabulary.search(probe, end, min(len(probe.text), end + 30))
                if found is not None and len(probe.text[end : found[0]].split()) <= 2:
                    return True
        return False

    def _not_an_assertion(self, probe: Probe, absolute: bool, selling: bool) -> str:
        """Instructions, directives and consumer advice: not claims, unless they carry a promise or a number, or
        sell the seller's product for a health outcome."""
        lx = self.lx
        if self._is_imperative(self._main_clause(probe.text)) and not (absolute or selling):
            return "instruction"
        if not absolute and lx.directive.any(probe):
            return "directive"
        # (a promise worded with "never" is no denial: "A diet rich in oily fish means you will never get dementia")
        if lx.generic_subject.any(probe) and (lx.negation.any(probe) or lx.hedge.any(probe)) and not absolute:
            return "consumer advice about products in general"
        return ""

    def _not_about_effects(self, probe: Probe, effect: bool) -> str:
        """Sentences without a strong cue that are about something else than a health effect (a noun phrase:
        `_names_something`)."""
        lx = self.lx
        if probe.text.rstrip().endswith(":"):
            return "introduces a list"  # the list items are classified one by one
        if lx.company_subject.any(probe):
            return _SELF_DESCRIPTION
        if lx.definition.any(probe) or not lx.promotion.seller_voice.any(probe) and (
                lx.condition_definition.any(probe) and not lx.treatment.any(probe)
                or any(not _PURPOSE.search(probe.text, end) for _, end in lx.product_definition.spans(probe))):
            return "definition"
        if lx.call_to_action.any(probe):
            return "call to action"
        if not effect and lx.logistics.any(probe):
            return "logistics"
        if lx.services.any(probe):
            return "describes a service"
        return ""

    def _names_something(self, probe: Probe, in_list: bool) -> bool:
        """A bullet or a fragment without a verb names something (when it times no effect); a sentence of running
        text ("Most patients notice ...") has a verb even where the word list cannot tell."""
        fragment = in_list or not probe.text.rstrip().endswith((".", "!"))
        return fragment and not self._has_finite_verb(probe, in_list)

    def _mask_example_quotes(self, text: str) -> str:
        """Blank out quotations given as examples ("promises like “lose weight while you sleep”")."""
        if '"' not in text and "“" not in text:
            return text  # every quotation `_QUOTED` finds opens with one of them
        pieces = []
        last = 0
        for match in _QUOTED.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()]
            after = text[match.end() : match.end() + 3]  # a slogan held up and denied: "“...” – no such thing"
            attributed = after.strip()[:1] in ("–", "—") and not _TESTIMONIAL.search(match.group(1))
            if self.lx.quotation_framing_tail.search(before) or attributed:
                pieces.append(text[last : match.start()])
                pieces.append(" " * (match.end() - match.start()))
                last = match.end()
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)

    def _main_clause(self, text: str) -> str:
        clause = text.strip().lstrip("\"'“‘(•-–— ")
        if ":" not in clause and "," not in clause:
            return clause  # every opening the patterns take off ends with a colon or a comma
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
        words = [match.group() for match in itertools.islice(_WORD.finditer(rest, 0, 80), 3)]  # three are read
        if not words or not self._base_verb(words[0].lower()):
            return False
        if words[0].lower() in self.lx.promise_imperatives:
            return False  # "Expect clearer skin in ten days": a result promised to the reader, not an instruction
        if rest[len(words[0]) : len(words[0]) + 1] == "," and "ADJ" in _lemmas(words[0].lower()):
            return False  # "Dry, cracked skin ...": an adjective in a list, not a command
        if leader:
            return True  # "Always apply", "Don't believe", "Please talk"
        following = [word.lower() for word in words[1:3]]
        if following and following[0] in _SENTENCE_ADVERBS:
            following = following[1:]  # "Research also suggests": the verb comes after the adverb
        following_word = following[0] if following else ""
        return not (following_word in _AUXILIARIES or self._third_person_verb(following_word))

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
            if _modifying_participle(words, position):
                continue
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

    def _outline_entry(self, probe: Probe, timeline_spans: list[tuple[int, int]]) -> bool:
        """Class: an entry of a course's or programme's outline, a numbered period and after its colon a title of what
        that part holds ("Week 2: the liver-friendly shopping list", "Day 3: your first batch of recipes", "Day 1:
        setting up your sleep diary"): the title opens with a determiner or an -ing word and has no finite verb after
        it, and (checked by the caller) the sentence names no effect. A state after the colon ("Week 2: cravings
        gone", "Day 3: your joints feel looser", "Day 5: your skin, transformed") is a timeline."""
        label = next((span for span in timeline_spans if _period_label(probe, span)), None)
        if label is None:
            return False
        title = probe.text[label[1]:].lstrip()[1:].strip()
        first = title.split(maxsplit=1)[0].lower() if title else ""
        if first not in _DETERMINERS and not (first.endswith("ing") and "VERB" in _lemmas(first)):
            return False
        return not self._has_finite_verb(probe_of(None, title[len(first):]), False)

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

    def _own_pitch(self, probe: Probe) -> bool:
        """Class: on a page that sells, a framing word that is the seller's own pitch ("the secret to lasting health",
        "our promise") frames nothing; "scam", "myth" or "claims" still report another's promise."""
        pitch = self.lx.own_pitch_framing.spans(probe)
        return bool(pitch) and all(span in pitch for span in self.lx.reported_framing.spans(probe))

    def _has_effect(self, probe: Probe) -> bool:
        """An effect verb or predicate is asserted; not one in a clause that says who the people counted are, the
        organisation's clients (claims_functions.yaml served_people: "70% of the people we support are over 75"), nor
        a noun spelt as one: a dosage form ("eye drops") or help needed or sought as care (claims_vocabulary.yaml
        help_as_care: "About 5 in 100 babies need help with breathing")."""
        limit = self._embedded_from(probe)
        words, text, verb_forms = probe.words, probe.text, self.lx.effect_verb_forms
        verbs = [index for index in verb_forms.positions(words) if probe.starts[index] < limit]
        if verbs:  # (what is not one looked for only then)
            served = self.lx.functions.served_people.spans(probe)
            # a dosage form spelt as an effect verb names what is sold: "eye drops", "sucrose pills or alcohol-based
            # drops" (not one that acts: "Dexamethasone eye drops settle inflammation", a verb not of trade after it)
            forms = [(start, end) for start, end in self.lx.dosage_form_nouns.spans(probe)
                     if not self._acting_subject(probe, end)] if "drops" in probe.word_set else []
            # help needed or sought is care, a noun: "5 in 100 babies need help with breathing"
            if "help" in probe.word_set:
                forms += self.lx.help_as_care.spans(probe)
        for index in verbs:
            if any(start <= probe.starts[index] < end for start, end in served):
                continue  # "the families we help"
            if any(start <= probe.starts[index] < end for start, end in forms):
                continue  # "Remedies come as pills or drops": a dosage form, not a level that drops
            if index and words[index - 1] in _DETERMINERS:
                continue  # "the cause", "a boost": a noun
            before = text[max(0, probe.starts[index] - 40) : probe.starts[index]]
            if _indication_before(before) or _WH_BEFORE.search(before):
                continue  # "used to treat scabies", "how it affects"
            return True
        return self.lx.effect_predicate.search(probe, 0, limit) is not None

    def _acting_subject(self, probe: Probe, end: int) -> bool:
        """The words ending at `end` are the subject of a verb that is not one of trade or make-up ("eye drops
        settle inflammation"; not "eye drops come in vials", "drops across the US")."""
        index = bisect.bisect_left(probe.starts, end)
        if index >= len(probe.words) or "VERB" not in _lemmas(probe.words[index]):
            return False
        return not self.lx.promotion.idle_verbs.matches_word(probe, index)

    def _improves_regardless(self, probe: Probe, testimonial: bool, context: fn.Context, first: str,
                             selling_page: bool) -> bool:
        """Class: a complaint said to improve whatever is done (claims_functions.yaml course_regardless: "Most sprains
        improve within 2 weeks, whatever treatment is tried", "Most acute back pain improves within 6 weeks with or
        without therapy", "... regardless of the treatment", "... whether or not they are treated"), on a page that
        sells nothing and with no treatment, product or behaviour acting outside that phrase: the course of the
        complaint, not a treatment's effect.
        Why is this bad? The timeline in such a sentence drew an uncited-timeline error on physiotherapy and
        primary-care pages, which say it precisely to tell readers that time, not a treatment, does the work.
        Example: "Frozen shoulder usually improves within 18 months, whatever treatment is used" is a course;
        "Ibuprofen gel eases the pain within a day, with or without other treatment" names what acts and stays a
        claim, and on a page that sells "The spray works within 10 minutes, whatever treatment you use" is a promise."""
        fx = self.lx.functions
        if selling_page or testimonial:
            return False
        regardless = fx.course_regardless.spans(probe)
        if not regardless:
            return False
        treatment = any(not any(start <= at and end <= stop for start, stop in regardless)
                        for at, end in self.lx.treatment.spans(probe))
        if fn.has_agent(probe, treatment, fx, context, first):
            return False
        # what improves is a complaint or people, not a product named before the phrase ("The spray works within 10
        # minutes, whatever treatment you use"; claims_vocabulary.yaml product_nouns)
        return self.lx.promotion.product_nouns.search(probe, 0, regardless[0][0]) is None

    def _evidence(self, probe: Probe, health: bool, selling_page: bool = False, promoted: bool = False) -> list[Cue]:
        """Appeals to evidence; a study merely mentioned ("the latest studies") counts only in a
        sentence about health. On a page that does not sell, experts agreeing that something should be done recommend
        a practice (`_recommends_practice`), and an appeal whose sentence goes on to name the body that gives the
        consensus or the recommendation ("Research shows that ..., and the Endocrine Society advises ...";
        claims_evidence.yaml named_bodies_reporting) points to that named source.

        Class (round 23): a study said to be published in a named journal ("A review published in the Canadian Medical
        Association Journal listed ...", "In the ASPRE trial, published in the New England Journal of Medicine, ...")
        on a page that does not sell and about no promoted thing names its source in prose: the reader can look it up,
        so neither the appeal before the journal nor the journal is a cue. Why is this bad? Every professional page
        that reports a trial this way drew an unnamed-evidence finding. A journal's name alone ("Pediatrics reported
        that ..."), "published in journals", a page that sells and a promoted product ("... found that toddlers who
        drank the formula slept longer") stay appeals."""
        spans = self.lx.impersonal_evidence.spans(probe)
        if self.lx.reporters.any(probe):
            spans += self._reports(probe, selling_page)
        if spans and not selling_page:
            spans = [span for span in spans
                     if not (self._recommends_practice(probe, span[1]) or self._finds_against(probe, span[1]))]
            if spans and any(start >= max(end for _, end in spans)
                             for start, _ in self.lx.named_bodies_reporting.spans(probe)):
                spans = []
        nouns = self.lx.study_nouns.spans(probe) if health else []
        if nouns:
            # (not research still going on: "Several trials are testing new treatments", nor a care appointment the
            # reader attends: "The review is a chance to check your weight")
            spans += [span for span in self._study_mentions(probe, {start: end for start, end in nouns})
                      if not self._reports_nothing(probe, span)]
        journals = self.lx.journal_named.spans(probe)
        # a study said to be published in a named journal, on a page that does not sell and about no promoted thing
        cited_in = [span for span in journals if _published_in(probe.text, span[0])] if not (
            selling_page or promoted or not self.journals_cite) else []
        cues = []
        for span in spans:
            if self.lx.embedded_question_tail.search(probe.text, max(0, span[0] - 40), span[0]):
                continue  # "what the research tells us"
            if cited_in and span[0] <= cited_in[0][1]:
                continue  # "A review published in the Canadian Medical Association Journal found ...": named
            if self._named_source(probe, span):
                continue  # "The Scottish Health Survey reports ...": a source named in prose
            if not selling_page and self.lx.authored_sources.any(probe):
                continue  # "A report from Public Health Wales found ...": a source named by its author
            cues.append(self._cue("evidence", probe.text, span))
        # (elsewhere naming a journal is not citing it: "Pediatrics reported that ...", a page that sells "a study
        # published in JAMA", or a promoted product's "... in Pediatrics found that toddlers who drank the formula")
        cues += [self._cue("journal", probe.text, span) for span in journals
                 if not any(start <= span[0] and span[1] <= end for start, end in cited_in)]
        return _merge(cues, probe.text)

    def _promoted_by_own_voice_only(self, probe: Probe) -> bool:
        """Class (issue 9, orgstat42): the organisation's own voice does not undo a named source. The caller asks only
        on a page that does not sell, of a promoted figure whose source the sentence names.

        What it does: a figure whose only promotion cue is the speaker's "our"/"we" (function.speaks_as_organisation:
        no product, remedy, brand or customer named) and that states no result verb ("cures") is cited by the source
        the sentence names, and its "we" no longer promotes the sentence ("According to the National Joint Registry,
        97% of the hips we replaced ...", "The National Bowel Cancer Audit reports that 92% of the patients we
        operate on survive two years").
        Why is this bad? A hospital quoting a registry's figures about its own work was flagged uncited (statistic,
        timeline or benefit), with the registry named in the sentence.
        Example: "According to experts, 90% of the patients we treat recover" names no source, "According to the
        Mayo Clinic, 97% of our customers saw results" names a customer, and "According to the Mayo Clinic, our
        clinic cures 97% of patients" promises a result in the organisation's voice: all stay."""
        return not _RESULT_VERB.search(probe.text) and fn.speaks_as_organisation(probe, self.lx.functions, False)

    def _source_named_in_prose(self, probe: Probe) -> bool:
        """Class: a statistic whose source the sentence names in prose, on a page that does not sell. A titled study,
        trial or survey ("In the PROUD trial, PrEP reduced the risk of HIV by 86%", "The Health Survey for England
        found that about 3 in 10 adults ..."; `_named_source`), "according to" a capitalised name ("According to the
        American Thyroid Association, about 5 in 100 Americans ..."), or a named body as the subject of a reporting
        verb ("The CDC estimates that ...", "The Medicines and Healthcare products Regulatory Agency (MHRA) says that
        about 1 in 10 babies ..."; claims_evidence.yaml named_bodies_reporting), or a body's publication named by its
        author or "according to" a named body anywhere in the sentence ("A report from Public Health Wales found ...",
        "..., according to the Royal College of Nursing"; claims_evidence.yaml authored_sources): the reader can look
        the figure up, as a professional page reports it. An unnamed source ("Studies found that 80% ...", "a Harvard
        study") names none, and a page that sells or a promoted product keeps its figures (but see
        `_promoted_by_own_voice_only`)."""
        text = probe.text
        if self._named_source(probe, (0, len(text))) or self.lx.authored_sources.any(probe):
            return True  # (or by its author: "..., according to the Royal College of Nursing")
        if self.journals_cite and any(_published_in(text, start) for start, _ in self.lx.journal_named.spans(probe)):
            return True  # or by the journal that published it: "A trial published in The Lancet found that 30% ..."
        attribution = _ATTRIBUTION.match(text)
        if attribution and re.search(r"\bto\s+(?:the\s+)?[A-Z]", attribution.group(0)):
            return True
        for start, end in self.lx.named_bodies_reporting.spans(probe):
            name = [w for w in text[start:end].split()[:-1] if w.lower() not in ("the", "has", "have", "also", "now",
                                                                                  "strongly")]
            acronym = any(sum(ch.isupper() for ch in w) >= 2 for w in name)
            if acronym or len(name) >= 2 or start > 0 and text[start:start + 4].lower() == "the ":
                return True
        return False

    def _recommends_practice(self, probe: Probe, appeal_end: int) -> bool:
        """Class: a consensus on what should be done. Experts, doctors or guidelines agreeing or saying that something
        should, must or needs to be done ("Experts agree that hydroxychloroquine should usually be continued during
        pregnancy", "Specialists say the decision to stop must be made with the family", "Doctors agree that children
        need to be weighed every year": claims_evidence.yaml recommendation_modals) recommend a practice, as "recommend
        that" does (`recommends_an_action`), and report no finding that a treatment works. The modal must come within
        the next clause and the verb after it must not be an effect verb ("Experts agree that the cream should clear
        acne", "Doctors say it should help you sleep" stay appeals); in the passive ("should be continued", "must be
        stopped") what is done to a treatment is a practice, what is done to a complaint is a result ("Experts agree
        that your pain should be relieved within a day" stays an appeal)."""
        clause = _CLAUSE_BREAK.split(probe.text[appeal_end:appeal_end + 90])[0]
        modal = self.lx.recommendation_modals.search(clause)
        if modal is None or len(clause[: modal.start()].split()) > 8:
            return False
        following = [w for w in _WORD.findall(clause[modal.end():].lower())
                     if w not in ("not", "usually", "only", "still", "always", "also", "normally", "generally",
                                  "never", "ideally", "first", "then")]
        if following[:1] == ["be"]:
            subject = self.probe(clause[: modal.start()])
            return len(following) > 1 and (self.lx.treatment.any(subject) or not self.lx.outcome.any(subject))
        return bool(following) and following[0] not in self.lx.effect_verb_forms

    def _endorsements(self, probe: Probe) -> list[tuple[int, int]]:
        """unnamed-evidence, on a page that sells: professionals said to endorse the sold thing, the verb before the
        thing ("Dermatologists recommend it", "Pro athletes and team doctors rely on it", "Naturopaths have trusted this
        formula for generations") or in the passive before them ("Recommended by physiotherapists across the UK",
        "Trusted by dentists nationwide"), a place between the professionals and the verb ("Midwives up and down the
        country recommend it": endorser_places) and a product's brand name as the object ("Pharmacists recommend
        SootheBub"); claims_evidence.yaml endorsing_verbs, endorsed_objects, endorsed_by. Professionals using it on
        themselves or their own people ("The cream dermatologists use themselves", "Gynaecologists across the country
        refer their own friends to us": endorsed_own_use) and a long use of it ("Japanese doctors have prescribed
        hydrogen water for decades": endorsed_objects) are the same appeal. Not an action recommended ("Doctors
        recommend seeing a GP if it lasts"), whose object is no sold thing, nor a referral route ("GPs refer patients
        to us") or a rival's long use set against a drawback ("... for decades, but ...")."""
        lx, text = self.lx, probe.text
        if not lx.endorsers.any(probe):
            return []
        found = []
        for match in lx.endorsed_by.finditer(text):
            reporter = lx.endorsers.search(probe, match.end(), min(len(text), match.end() + 30))
            if reporter is not None and len(text[match.end() : reporter[0]].split()) <= 2:
                found.append((match.start(), reporter[1]))
        for start, end in lx.endorsers.spans(probe):
            if _OWN_STAFF.search(text, max(0, start - 6), start):
                continue  # the seller's own staff at work ("Our physiotherapists use it in every session")
            # (a place between them: "Midwives up and down the country recommend ...", "Vets all over Britain trust")
            place = lx.endorser_places.match(text, end)
            after = place.end() if place else end
            own_use = lx.endorsed_own_use.match(text, after)
            if own_use:  # "The cream dermatologists use themselves", "... refer their own friends to us"
                found.append((start, own_use.end()))
                continue
            for verb in lx.endorsing_verbs.finditer(text, after, min(len(text), after + 25)):
                if len(text[after : verb.start()].split()) <= 2 and (
                        lx.endorsed_objects.match(text, verb.end()) or self._brand_at(probe, verb.end())
                        or self._praised_remedy_at(probe, verb.end())):
                    found.append((start, verb.end()))
                break
        return found

    def _praised_remedy_at(self, probe: Probe, position: int) -> bool:
        """A treatment or remedy named right after `position`, then praise (claims_evidence.yaml praise_names):
        "call tirzepatide a game changer", "call apple cider vinegar the secret to a balanced stomach"."""
        lx = self.lx
        for vocabulary in (lx.treatment, lx.functions.remedies, lx.promotion.product_nouns):
            found = vocabulary.search(probe, position, min(len(probe.text), position + 40))
            if found is not None and len(probe.text[position : found[0]].split()) <= 2 \
                    and lx.praise_names.match(probe.text, found[1]):
                return True
        return False

    def _brand_at(self, probe: Probe, position: int) -> bool:
        """A product's brand name (claims_functions.yaml brands) right after `position`."""
        found = self.lx.functions.brands.search(probe, position, min(len(probe.text), position + 40))
        return found is not None and not probe.text[position : found[0]].strip()

    def _reports_nothing(self, probe: Probe, span: tuple[int, int]) -> bool:
        """Class: a study noun that reports no finding, known by what follows it at once: research still going on
        ("Several trials are testing new treatments", "Studies are under way"), a care appointment the reader
        attends ("The review is a chance to check your weight", "Your review usually takes about 20 minutes", "The
        assessment is free"; claims_evidence.yaml research_in_progress, care_occasions), the scope or limits of the
        evidence ("The trials did not include children", "The study was too small to show whether ...";
        study_limits); or by what comes right before it, a care or taking-part verb whose object it is ("Your asthma
        needs a review", "Ask for a review with your nurse", "You may be invited to take part in a trial";
        care_requests). A finding reported after it stays an appeal to evidence ("The review found that ...", "A
        recent study showed ...", "People who took part in a trial that showed ...", "The study was small but showed
        ...")."""
        start, noun_end = span
        if any((vocabulary.search(probe, noun_end) or (-1,))[0] == noun_end
               for vocabulary in (self.lx.research_in_progress, self.lx.care_occasions)):
            return True
        words = probe.words
        if any(words[i] in self.lx.reporting_verb_forms and words[i - 1] != "to" and words[i - 1] not in _NEGATORS
               and not words[i - 1].endswith(("n't", "n’t"))
               for i in range(bisect.bisect_left(probe.starts, noun_end), len(words))):
            return False  # a finding reported after it (not "too small to show whether", "does not tell us")
        return (self.lx.study_limits.search(probe, noun_end) or (-1,))[0] == noun_end or any(
            not probe.text[end:start].strip()
            for _, end in self.lx.care_requests.spans(probe, max(0, start - 40), start))

    def _named_source(self, probe: Probe, span: tuple[int, int]) -> bool:
        """Class: a source named in prose. The study noun of the appeal is written as part of a title, capitalised
        after another capitalised word ("The Scottish Health Survey reports that 2 in 3 adults are overweight", "the
        last national Adult Dental Health Survey found", "the Nurses' Health Study showed"): the reader can look it
        up, so it is no appeal to unnamed evidence (a benefit claim in the sentence is still judged by the other
        rules). A lower-case noun stays unnamed ("a Harvard study", "a large national survey found"), so does a mass
        noun, which titles nothing ("Harvard Research shows": claims_evidence.yaml titled_sources), and so does a
        title-cased heading, where every word is capitalised ("New Study Shows Zinc Cuts Colds"). A study named by its
        acronym after "the" is named too ("In the DiRECT trial, ...", "the SPRINT trial showed"): not "a NASA study"."""
        text = probe.text
        words = [(w, st) for w, st in zip(probe.words, probe.starts, strict=True) if len(w) > 3]
        if words and sum(text[st].isupper() for _, st in words) * 5 >= len(words) * 4:
            return False  # title case: capitals say nothing
        for start, _end in self.lx.titled_sources.spans(probe, span[0], span[1]):
            index = bisect.bisect_left(probe.starts, start)
            if 0 < index < len(probe.starts) and probe.starts[index] == start and text[start].isupper() \
                    and text[probe.starts[index - 1]].isupper():
                return True
            if 1 < index < len(probe.starts) and probe.starts[index] == start and probe.words[index - 2] == "the" \
                    and _ACRONYM.fullmatch(text, probe.starts[index - 1], probe.ends[index - 1]):
                return True  # "the DiRECT trial"
        return False

    def _reports(self, probe: Probe, selling_page: bool = False) -> list[tuple[int, int]]:
        """"Studies show", "Research has consistently shown", "Experts at X agree" (not "... needed to show", nor a
        denial of evidence: "Studies have not found that ...", "research has never shown"). On a page that does not
        sell, the verb of a relative clause right after the reporter describes the people, it reports nothing ("We are
        a team of 14 specialist nurses who support district nurses and care homes", "doctors who recommend a test
        for ..."): the reporter's own verb may still follow ("Doctors who treat asthma say that ...")."""
        found = []
        words = probe.words
        for start, end in self.lx.reporters.spans(probe):
            index = bisect.bisect_left(probe.starts, end)
            for verb in range(index, min(index + 7, len(words))):
                if words[verb] in _NEGATORS or words[verb].endswith("n't"):
                    break
                if not selling_page and verb == index + 1 and words[index] in _RELATIVE_PRONOUNS:
                    continue
                # (not a noun joined to the source: "goes to research and support", "to fund research or support")
                if words[verb] in self.lx.reporting_verb_forms and words[verb - 1] != "to" \
                        and not (verb == index + 1 and words[index] in ("and", "or")):
                    if not recommends_an_action(words, verb) and not _HEAD_COUNT_OBJECT.match(probe.text,
                                                                                                 probe.ends[verb]) \
                            and not _advises_the_reader(words, verb) \
                            and not self._cares_for_people(probe, probe.starts[verb]) \
                            and not self._diagnoses(probe, (start, end), probe.ends[verb]) \
                            and not (not selling_page and _names_a_body(probe, start)):
                        found.append((start, probe.ends[verb]))
                    break
        return found

    def _finds_against(self, probe: Probe, verb_end: int) -> bool:
        """Class: evidence reported against an effect.

        What it does: the finding reported after the verb, within its clause, is that there is no link, or that a
        treatment does little or no better than another (claims_evidence.yaml findings_against); the caller asks only
        on a page that does not sell.
        Why is this bad? A health service's "Decades of research have found no link between the MMR vaccine and
        autism" or a pain society's "research shows that opioids help little more than other painkillers" corrects a
        belief and promises nothing, yet drew an unnamed-evidence finding that blocked the page.
        Example: "Large studies have found no association between the vaccine and miscarriage", "Studies show that
        antibiotics work no better than a placebo for most sore throats"; not "Studies have found no side effects"
        (a harm denied is a promise) nor "Research shows that cherry juice works better than allopurinol"."""
        clause = _CLAUSE_BREAK.split(probe.text[verb_end:verb_end + 120])[0]
        return self.lx.findings_against.search(clause) is not None

    def _cares_for_people(self, probe: Probe, verb_start: int) -> bool:
        """Class: a reporter who supports people looks after them.

        What it does: a reporter word (nurses, specialists, doctors ...) whose verb is "support" with people as its
        object (claims_evidence.yaml people_cared_for: families, patients, carers, parents, "you") gives care; no
        finding of research is reported.
        Why is this bad? A charity's "Our specialist dementia nurses support families through diagnosis" or a society's
        "Dermatology nurses support patients through each session" drew an unnamed-evidence finding, as if nurses
        vouched for a treatment (fresh_prof12).
        Example: "Our advisers support you through every step of quitting"; not "Doctors support the use of statins",
        "Experts support people using e-cigarettes", nor "Studies support it"."""
        return (self.lx.people_cared_for.search(probe, verb_start) or (-1,))[0] == verb_start

    def _diagnoses(self, probe: Probe, reporter: tuple[int, int], verb_end: int) -> bool:
        """Class: a test of the patient finding a condition, not evidence.

        What it does: "tests" (claims_evidence.yaml diagnostic_reporters) that find, show or detect a disease or a
        complaint (an outcome word within the next three words), or "whether/if" the reader has it
        (diagnosed_objects), diagnose the reader; no finding of research is reported.
        Why is this bad? A screening programme's or an optician's "Regular eye tests can find glaucoma before you
        notice any loss of vision" drew an unnamed-evidence finding, as if tests were studies.
        Example: "Screening tests can find bowel cancer early", "Blood tests can show if you have had the
        infection"; not "Lab tests show that our serum kills 99% of bacteria" (a "that" clause reports a finding),
        nor "Tests prove our filter removes 99% of lead"."""
        if (self.lx.diagnostic_reporters.search(probe, reporter[0], reporter[1]) or (-1,))[0] != reporter[0]:
            return False
        if (self.lx.diagnosed_objects.search(probe, verb_end) or (-1,))[0] == verb_end:
            return True
        index = bisect.bisect_left(probe.starts, verb_end)
        if index >= len(probe.words) or probe.words[index] == "that":
            return False
        limit = probe.ends[min(index + 2, len(probe.words) - 1)]
        return self.lx.outcome.search(probe, verb_end, limit) is not None and not self.lx.promotion.product_nouns.any(
            probe) and not self.lx.functions.promoted.any(probe)

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

    def _absolute(self, probe: Probe, selling_page: bool = False, idioms: bool = True) -> list[Cue]:
        """`idioms`: also the sales idioms that are absolute only of health ("never ... again", "for life")."""
        text = probe.text
        spans = self.lx.absolute.spans(probe)
        if selling_page:
            spans += self.lx.product_absolute.spans(probe)
        if selling_page and idioms:
            spans += self.lx.selling_absolute.spans(probe)
        for phrase, when in self.lx.absolute_when if idioms else ():
            if when.any(probe):  # answered once per sentence, and most sentences open no condition
                spans += phrase.spans(probe)
        if not spans or _NEGATED_SUBJECT.match(self._main_clause(text)):
            return []  # "Not all products are safe for everyone", "No treatment is 100% effective"
        cues = []
        lifelong = self.lx.lifelong_treatment.spans(probe) + self.lx.access_guarantees.spans(probe)
        if not selling_page:  # "safe for everyone over 6 months old": who it is for, on a page that sells nothing
            lifelong += self.lx.bounded_universals.spans(probe)
        for start, end in sorted(spans):
            if _negated_before(text, start) and not _NEGATIVE_PROMISE.match(text, start):
                continue  # "there is no cure", "is not 100% effective" (but "not addictive and never harmful")
            if any(begin <= start and end <= finish for begin, finish in lifelong):
                continue  # "you will need to take levothyroxine for life", "guaranteed to be free": no result promised
            clause_before, clause_after = _CLAUSE_BREAK.split(text[:start])[-1], _CLAUSE_BREAK.split(text[end:])[0]
            clause = self.probe(clause_before + text[start:end] + clause_after)
            if _HEDGE.search(clause_before) or _HEDGE.search(clause_after) \
                    or self.lx.approximate_quantities.any(clause) \
                    or self.lx.early_conditions.any(probe) \
                    or not selling_page and (self.lx.conceded_risks.any(probe) or self.lx.cured_shares.any(clause)):
                continue  # "Treatment usually gets rid of it completely", "Most people have no side effects", "The
                # test is completely painless for most children", "Surgery cures almost everyone with early skin
                # cancer", "Surgery can cure this type of cancer if it is found early", "A transplant is the only
                # treatment that can cure it, but it carries serious risks" (claims_absolute.yaml conceded_risks),
                # "Antibiotics can cure most bacterial infections" on a page that sells nothing (cured_shares)
            if self._removes_a_body_part(text[start:end], clause_after):
                continue  # "The operation completely removes the gallbladder": a procedure described
            if not selling_page and self._material_goes_away(clause_before, text[start:end]):
                continue  # "The stitches dissolve completely within three weeks": a material described
            if not selling_page and (self._cure_as_prospect(probe, start, end) or self._stated_as_aim(probe, start)):
                continue  # "Finding it early gives you the best chance of a cure", "The aim is to cure it"
            cues.append(self._cue("absolute", text, (start, end)))
        return _merge(cues, text)

    def _cure_as_prospect(self, probe: Probe, start: int, end: int) -> bool:
        """Class: a cure weighed as a prospect or named by its route (claims_absolute.yaml cure_prospects). The caller
        asks only on a page that sells nothing.

        What it does: an absolute span ("a cure", "to cure") inside "the best chance of a cure", "the only hope of
        being cured", "the only way to cure", "the only treatment that can cure" is left alone.
        Why is this bad? A cancer charity's "Finding cancer early gives you the best chance of a cure" or a hospital's
        "Surgery to remove the tumour is the only way to cure this type of cancer" says how likely a cure is or which
        treatment it needs; read as a promise of a cure it blocked correct information pages.
        Example: "A stem cell transplant may offer the only chance of a cure" is left alone; "Surgery cures bowel
        cancer", "This treatment is a guaranteed cure" and, in sales copy, "Our clinic offers the best chance of a
        cure" are still absolute promises."""
        return any(begin <= start and end <= finish for begin, finish in self.lx.cure_prospects.spans(probe))

    def _stated_as_aim(self, probe: Probe, start: int) -> bool:
        """Class: a result stated as the aim of a treatment (claims_absolute.yaml treatment_aims). The caller asks only
        on a page that sells nothing.

        What it does: an absolute span right after "the aim of treatment is (to)", "treatment aims (to)", "with the
        goal of" is left alone.
        Why is this bad? A clinic's "The aim of treatment is to get rid of the infection for good" or a hospital's
        "Surgery aims to cure the cancer" says what a treatment is for; read as a promise it blocked correct
        information pages.
        Example: "The goal of surgery is to remove the tumour completely" is left alone; "Treatment gets rid of the
        infection for good" and, in sales copy, "Our programme aims to cure your diabetes for good" are still absolute
        promises."""
        text = probe.text
        return any(end <= start and text[end:start].strip() in ("", "to")
                   for _, end in self.lx.treatment_aims.spans(probe))

    def _removes_a_body_part(self, phrase: str, clause_after: str) -> bool:
        """Class: an operation described, not a result promised. An absolute word of removing or blocking whose object
        is a part of the body ("The operation completely removes the gallbladder", "Sterilisation permanently blocks
        the fallopian tubes", "The surgeon removes the womb entirely": claims_absolute.yaml removed_body_parts) says
        what the procedure takes out; a complaint removed stays a promise ("The laser completely removes wrinkles",
        "It removes varicose veins for good")."""
        if not self.lx.removing_verbs.search(phrase):
            return False
        object_text = phrase + " " + " ".join(clause_after.split()[:4])
        body_part = self.lx.removed_body_parts.search(self.probe(object_text))
        return body_part is not None and not self.lx.complaints_of_a_part.match(object_text, body_part[1])

    def _material_goes_away(self, clause_before: str, phrase: str) -> bool:
        """Class: a material of a procedure or medicine described, not a result promised. The caller asks only on a
        page that sells nothing.

        What it does: an absolute span that is an intransitive verb of going away and "completely"/"entirely" with
        nothing between ("dissolve completely", "disappears entirely"), right after a material a procedure or medicine
        leaves in the body (claims_absolute.yaml dissolving_materials: "stitches", "dye", "numbing gel") is left alone.
        Why is this bad? A wound-care leaflet's "The stitches dissolve completely within three weeks" was flagged as a
        promise of total elimination and blocked a correct information page.
        Example: "The stitches dissolve completely within three weeks" and "The dye disappears completely from your
        body" are left alone; "Our tea dissolves kidney stones completely", "Kidney stones dissolve completely" and
        "The fat disappears completely" are still absolute promises."""
        if not _GOES_AWAY.fullmatch(phrase):
            return False
        before = clause_before.rstrip()
        return any(found.end() == len(before) for found in self.lx.dissolving_materials.finditer(before))

    def _sold_absolutes(self, probe: Probe, selling_page: bool) -> list[Cue]:
        """absolute-promise: in sales copy a safety or efficacy absolute is a promise about what is sold even with no
        health word ("Zero side effects.", "100% effective or your money back", "It cannot fail"); a guarantee on its
        own is not ("Guaranteed next-day delivery")."""
        if not selling_page or self.lx.logistics.any(probe):
            return []
        certainty = set(self.lx.seller_certainty.spans(probe))
        return [cue for cue in self._absolute(probe, True, idioms=False) if (cue.start, cue.end) not in certainty]

    def _timelines(self, probe: Probe, spans: list[tuple[int, int]]) -> list[Cue]:
        """When an effect appears ("clears acne in 2 weeks"), from the sentence's timeline `spans` (the caller has
        left out the period heading an outline entry: `_outline_entry`).

        Not a schedule: a duration right after a schedule word ("repeat after a week", "start within 3 days"), after a
        frequency ("4 times in 24 hours"), or after a schedule word and its pronoun object (claims_statistics.yaml
        schedule_objects). What it does for the last: "start it", "take them", "use it" right before the duration
        make it the window for starting or taking the treatment.
        Why is this bad? "Antiviral medicine can help if you start it within 3 days of the rash appearing" tells the
        reader when to act; read as a timeline of effect it asks a health service to cite its own instruction
        (issue 9: "instruction timing read as a timeline of effect").
        Example: "Take them within 48 hours of the first symptoms" is a schedule; "Take it and you will feel better
        within 3 days" still times an effect."""
        cues = [self._cue("timeline", probe.text, span) for span in self._onset_durations(probe)]
        if not spans:
            return cues
        schedule_ends = {end for _, end in self.lx.schedule_words.spans(probe)}
        for start, end in spans:
            index = bisect.bisect_left(probe.starts, start)
            if index and (probe.ends[index - 1] in schedule_ends or probe.words[index - 1] in self.lx.frequency_words):
                continue  # "repeated after a week", "up to 4 times in 24 hours": a schedule, not when an effect appears
            if index > 1 and probe.ends[index - 2] in schedule_ends \
                    and probe.words[index - 1].lower() in self.lx.schedule_objects:
                continue  # "if you start it within 3 days of the rash appearing": when to start, not an effect
            if _NEGATION_NEAR.search(_CLAUSE_BREAK.split(probe.text[:start])[-1]):
                continue  # "if it does not start to get better after 3 days": no effect is timed
            if _OBLIGED_ACTION.search(_CLAUSE_BREAK.split(probe.text[:start])[-1]):
                continue  # "your baby will need to feed within 30 minutes of birth": a deadline for an action
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
            strength_end = -1
            for match in self.lx.percent.finditer(text):
                before, after = text[max(0, match.start() - 40) : match.start()], text[match.end() : match.end() + 40]
                near = " ".join(before.split()[-2:] + after.split()[:2])
                run = _PERCENT_RUN.match(text, match.end())
                if run:  # "in 0.025%, 0.05% and 0.1% strengths": each one is what the last one is
                    near += " " + " ".join(text[run.end() : run.end() + 40].split()[:2])
                if _STRENGTH_RANGE.search(before) or _RANGE_LINK.fullmatch(text, strength_end, match.start()):
                    strength_end = match.end()
                    continue  # "strengths from 11% to 50%": a range of strengths, both ends
                if self.lx.formulation.search(near) or self._names_drug(before.split()[-1:] + after.split()[:1]):
                    continue  # "permethrin cream 5%", "hydrocortisone 1%": a strength, not an outcome
                if self._rated_measure(probe, match.end()):
                    continue  # "SPF 30 blocks about 97% of UVB rays": what the rating means
                if self.lx.dose_change.search(before):
                    continue  # "lower the dose by about 10% a month": a step of a dose (claims_statistics.yaml)
                if self.lx.percent_follower.match(after) or self.lx.percent_leader.search(before) or not after.strip():
                    cues.append(self._cue("statistic", text, match.span()))
        return _merge([cue for cue in cues if not _negated_before(text, cue.start)], text)

    def _restated_figure(self, probe: Probe, context: fn.Context, selling_page: bool) -> list[Cue]:
        """Class: uncited-statistic, a share restated. What it does: on a page that sells, a sentence that opens by
        restating the sentence before it ("That is", "That's", "In other words": claims_statistics.yaml
        restating_openers) and gives a share ("one in every four adults", "1 in 5 adults"), right after an uncited
        statistic in the same block (`context.statistic`), is that statistic again: its figure is flagged with the
        same kind, though the sentence names no outcome.
        Why is this bad? The restated share is the figure readers remember ("Fatty liver affects 100 million
        Americans. That is one in every four adults"); read alone it names nothing about health and went unflagged.
        Not after a sentence that gave no uncited figure ("A tub costs £30. That is £1 a day"), nor a figure that is
        no share ("That is 30 servings per tub"), nor on a page that informs.
        Example: "Chronic pain affects 28 million people in the UK. That is more than two in every five adults."""
        if not (selling_page and context.statistic and self.lx.restating_openers.any(probe)):
            return []
        return self._statistics(probe)

    def _service_measure(self, probe: Probe) -> bool:
        """Class: a figure of the seller's service on a page that sells. A share, count or rating of orders
        delivered, calls answered, prescriptions dispensed or of delivery and customer service ("90% of customers
        had their order within two days", "98% of calls answered within a minute", "Over 20,000 prescriptions
        dispensed", "Rated 4.8 out of 5 for delivery"; claims_statistics.yaml service_measures) measures how the shop
        runs, not what its product does to health. Why is this bad? Flagging it as an uncited statistic is a false
        alarm on every pharmacy and clinic page. A health word or result in the sentence keeps the statistic ("90% of
        customers slept better", "82% of wearers had fewer leaks", "95% had their order within two days and their
        pain eased")."""
        lx = self.lx
        return lx.service_measures.any(probe) and not (lx.outcome.any(probe) or _RESULT_VERB.search(probe.text)
                                                        or self._has_effect(probe))

    def _rated_measure(self, probe: Probe, percent_end: int) -> bool:
        """Class: a figure a standard rating defines. A percentage of the agent a rated product keeps out (UV rays,
        airborne particles), in a sentence that names the rating ("Sunscreen rated SPF 15 filters out about 93% of
        UVB rays", "An FFP3 mask filters at least 99% of airborne particles", "A HEPA filter traps 99.97% of
        particles"), states what the rating means by its standard, not an outcome that needs a source
        (claims_statistics.yaml ratings, rated_agents). A health outcome ("SPF 50 cuts the risk of melanoma by 50%")
        or a product's figure without a rating ("Our sunscreen blocks 99% of UV rays") stays a statistic."""
        agent = self.lx.rated_agents.search(probe, percent_end)
        return agent is not None and agent[0] == percent_end and self.lx.ratings.any(probe)

    def _names_drug(self, words: list[str]) -> bool:
        return any(self.lx.treatment.any(self.probe(word)) for word in words if len(word) > 4 and word.isalpha())

    @staticmethod
    def _cue(kind: str, text: str, span: tuple[int, int]) -> Cue:
        start, end = span
        while end > start and text[end - 1] in " ,;:":
            end -= 1
        return Cue(kind, start, end, text[start:end])


def _published_in(text: str, start: int) -> bool:
    """The journal cue at `start` says that a study was published there ("published in The Lancet", "in the journal
    Thorax", whether or not the cue holds those words), not a journal's name alone ("Pediatrics reported ...")."""
    return bool(_PUBLISHED_IN.match(text, start) or _PUBLISHED_IN_BEFORE.search(text, max(0, start - 30), start))


_QUANTIFIERS = frozenset(("many", "most", "some", "top", "leading", "all", "the"))  # "Many Doctors agree": no name


def _names_a_body(probe: Probe, reporter_start: int) -> bool:
    """Class: a reporter word that ends an organisation's name.

    What it does: a capitalised reporter ("Surgeons", "Physicians", "Dermatologists") that does not open the sentence
    and follows a capitalised word, or "of"/"and" after one, is the last word of a body's name ("the American Academy
    of Orthopaedic Surgeons guideline supports ...", "the Royal College of Physicians says ..."): the appeal is to a
    named source the reader can look up. The caller asks only on a page that does not sell.
    Why is this bad? A professional page that names the body whose guideline backs a treatment drew an
    unnamed-evidence finding, as if "surgeons" were unnamed experts.
    Example: "..., and the American Academy of Orthopaedic Surgeons guideline supports its use", "The British
    Association of Dermatologists advises ..."; not "Doctors say ..." or "Many dermatologists recommend it" (no
    name), nor a title-cased heading ("Top Doctors Recommend Cherry Juice"), where capitals name nothing."""
    text = probe.text
    index = bisect.bisect_left(probe.starts, reporter_start)
    if index < 1 or index >= len(probe.words) or probe.starts[index] != reporter_start \
            or not text[reporter_start].isupper():
        return False
    long_words = [st for w, st in zip(probe.words, probe.starts, strict=True) if len(w) > 3]
    if sum(text[st].isupper() for st in long_words) * 5 >= len(long_words) * 4:
        return False  # title case: capitals say nothing
    before = index - 1
    if probe.words[before] in ("of", "and") and before > 0:
        before -= 1
    return text[probe.starts[before]].isupper() and probe.words[before] not in _QUANTIFIERS


def _advises_the_reader(words: list[str], verb: int) -> bool:
    """Class: clinicians who will advise the reader ("Our cardiologists will tell you whether it is right for you",
    "Your pharmacist can explain how to use it"): care offered to the reader, not evidence that something works
    ("Doctors say it works", "Experts agree that ...", "Doctors can confirm it works"): a verb of advising that
    follows a modal of offer or addresses the reader."""
    advising = words[verb].startswith(("tell", "told", "advis", "explain", "discuss", "talk", "show"))
    return advising and (words[verb - 1] in ("will", "can", "may", "would")
                         or words[verb + 1 : verb + 2] in (["you"], ["your"]))


def _indication_before(before: str) -> bool:
    """`_INDICATION` ends the text ("used to ", "prescribed for "); searched for only in a text that ends with "to" or
    "for" and white space, as every match does (the regex is tried at each of the text's characters)."""
    return before.rstrip()[-3:].lower().endswith(("to", "for")) and _INDICATION.search(before) is not None


def _counts_people(cue: Cue, text: str) -> bool:
    """The figure counts people: "42 million people", "1 in 10 children", "40%" of "40% of people who ..."."""
    return bool(_HEAD_COUNT.fullmatch(cue.text) or _PEOPLE_SHARE.match(text, cue.start))


def _negated_before(text: str, start: int) -> bool:
    """A negation in the same clause just before `start` ("there is no cure", "no sunscreen can block 100%")."""
    clause = _CLAUSE_BREAK.split(text[:start])[-1]
    return _NEGATION_NEAR.search(" ".join(clause.split()[-4:])) is not None


def _reason(found: Classification) -> str:
    for reason, cues in (("appeals to evidence", found.evidence), ("absolute promise", found.absolute),
                         ("unlawful supply", found.supply), ("superlative", found.superlatives),
                         ("statistic about health", found.statistics), ("timeline of effect", found.timelines)):
        if cues:
            return reason
    return "effect on health"


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
    if len(cues) < 2:
        return list(cues)  # most sentences have no cue of a kind, or one
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


def _modifying_participle(words: list[str], position: int) -> bool:
    """An -ing word between a determiner, quantifier or adjective and a plural noun describes that noun ("fewer racing
    thoughts", "your aching joints", "sore burning feet"): a modifier, not a finite verb. A word before it that can
    itself be a verb ("still getting headaches", "fast acting") leaves the reading as it was."""
    if not words[position].endswith("ing") or not 0 < position < len(words) - 1:
        return False
    before, after = words[position - 1], words[position + 1]
    before_lemmas = _lemmas(before)
    describes = before in _DETERMINERS or "ADJ" in before_lemmas and "VERB" not in before_lemmas
    nouns = _lemmas(after).get("NOUN", ())
    return describes and bool(nouns) and after not in nouns


def _period_label(probe: Probe, span: tuple[int, int]) -> bool:
    """A numbered period that opens the sentence and is followed by a colon ("Week 2:", "Days 3 to 5:"): a label."""
    start, end = span
    return not probe.text[:start].strip() and probe.text[end:].lstrip().startswith(":")


def recommends_an_action(words: list[str], verb: int) -> bool:
    """"Dermatologists recommend that everyone use ...", "recommend discussing ...", "recommend a written plan",
    "recommend the vaccine for everyone over 65" (who should have it): professionals advising an action, not
    evidence that a product works ("Doctors recommend it", "recommend this cream for eczema")."""
    if not words[verb].startswith(("recommend", "advise", "urge")):
        return False
    following = words[verb + 1] if verb + 1 < len(words) else ""
    if following in ("that", "a", "an", "everyone", "people", "patients", "parents", "adults") \
            or following.endswith("ing"):
        return True
    # who should have it: "Doctors recommend the vaccine for everyone over 65", "... for all pregnant women"
    window = words[verb + 1 : verb + 8]
    for index, word in enumerate(window):
        group = [w for w in window[index + 1 : index + 4] if w not in _GROUP_MODIFIERS][:1]
        if word == "for" and group and group[0] in _RECOMMENDED_GROUPS:
            return True
    return False
