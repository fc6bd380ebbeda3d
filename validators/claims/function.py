"""What a health sentence does, and who is speaking.

Only a BENEFIT claim, a sentence saying what a treatment, product or behaviour does for
health, needs substantiation. Other sentences carry effect words too but do something
else, and no rule may treat them as claims or ask to soften them:

- a WARNING states a harm ("this medicine can harm an unborn baby", "can thin the skin"):
  the harm word is the main effect, with no benefit before it;
- a COURSE sentence says how a disease runs or what it does, not what a treatment does
  ("most children feel better within a week", "it causes an itchy rash"): its subject is
  the disease, it is marked as running its course ("on their own"), or it names no
  treatment, product or behaviour at all and does not follow a sentence that did;
- an OWN statement is an organisation's own recommendation or figures ("The Society
  recommends ...", "Last year the programme sent out 4 million kits");
- a NEGATIVE statement denies an effect ("head lice do not cause health problems").

For a benefit claim, `register` says who makes it: PROMOTED when someone is selling (the
seller or its customers speak, the reader is promised a result, the subject is a food,
supplement or "natural" remedy), COMPARISON when treatments are ranked, CONSENSUS for a
plain statement about a medicine, vaccine or behaviour. The profiles
(validators/data/claims_profiles.yaml) decide which of these need a source.

Vocabularies: validators/data/claims_functions.yaml.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from validators.claims.matching import Probe, Vocabulary
from validators.copy import lexicon

BENEFIT, WARNING, COURSE, OWN, NEGATIVE = "benefit", "warning", "course", "own statement", "negative"
PROMOTED, COMPARISON, CONSENSUS = "promoted", "comparison", "consensus"
BACKGROUND = "background"  # a fact about a disease, a product's make-up, a population figure

_PRONOUN_SUBJECTS = frozenset(("it", "they", "this", "these", "them", "its", "their"))
_NEGATORS = frozenset(("not", "never", "cannot"))
_RELATIVES = frozenset(("that", "which", "who"))
_CLAUSE_SUBJECTS = frozenset(("i", "you", "we", "he", "she", "it", "they", "my", "your"))
# How far into the main clause `is_negative` looks for a negator: two words after an auxiliary among the first 16.
_DENIAL_REACH = 18
_NOT_ONLY = frozenset(("only", "just", "merely"))  # "have not only smoothed ... but cured": no denial
_FINITE_AUXILIARIES = frozenset(
    "is are was were has have had do does did can could may might will would should must".split())
# "There is no evidence that ...", "there's no cure for ...": the sentence denies that support or a remedy exists.
_NOTHING_THERE = re.compile(r"there(?:\s+is|\s+are|'s|’s|\s+s)?\s+(?:still\s+)?no\s+(?:\w+\s+)?"
                            r"(?:evidence|proof|cure|link|need|reason|research|data)\b")
# "The evidence that cranberry products prevent UTIs is mixed and not strong": the support is qualified, not claimed.
_WEAK_EVIDENCE = re.compile(r"(?:the\s+)?(?:evidence|research|data|proof)\s+(?:that|for|on|about)\s+[^.]*?"
                            r"\b(?:is|are|remains?)\s+(?:still\s+|very\s+|rather\s+|quite\s+)?(?:mixed|weak|limited|unclear|inconclusive|poor"
                            r"|conflicting|lacking|not\s+(?:strong|clear|convincing|good))\b")
# "has not been shown to", "have not been proven to": the evidence is said to be missing.
_UNPROVEN = re.compile(r"\b(?:has|have|had)\s+not\s+been\s+(?:shown|proven|proved|found|linked)\b", re.IGNORECASE)
_MODALS = frozenset(("can", "may", "might", "could", "will", "would", "should"))
# What an information page mostly does (speaks_as_seller), how many such sentences per selling one make a page an
# information page with a slip rather than sales copy, and how many at least.
INFORMING = frozenset((WARNING, COURSE, OWN, NEGATIVE, "instruction", "dosing", "advice"))
INFORMING_PER_SELLING = 3
INFORMING_MIN = 12
# How many sentences with a cue no reputable page needs (an appeal to unnamed evidence, a promise, a superlative, an
# unlawful offer) an information page may carry as slips (is_information_page).
INFORMATION_PAGE_SLIPS = 2
# How many informing and background sentences together a page without slips needs before its background facts count
# as informing (is_information_page).
DESCRIBING_PAGE_MIN = 18
# How many informing and background sentences make a page long enough that its one or two selling sentences are slips
# even in the seller's own voice ("Our new light clears jaundice in 6 hours" on a 40-sentence hospital leaflet):
# marketing pages run to about 15-20 sentences (speaks_as_seller).
LONG_PAGE_DESCRIBING = 30
# How many informing and background sentences a page with a single slip needs before its background facts count as
# informing (is_information_page): above a marketing page's 15-20 sentences and a clinic draft's 12-16.
ONE_SLIP_PAGE_DESCRIBING = 24
# How many benefit claims besides its ranking a short page that names a fee needs to be read as selling
# (fee_and_ranking_sell).
PRICED_PAGE_CLAIMS = 2


@dataclass(frozen=True)
class FunctionLexicon:
    harm: Vocabulary
    borne_risks: Vocabulary  # "repair carries risks": a harm whatever benefit names the treatment
    benefit: Vocabulary
    course_markers: Vocabulary
    course_regardless: Vocabulary  # "..., whatever treatment is used": no treatment's effect
    past_illness: Vocabulary  # "Once you have had chickenpox, ...": the disease had, the immunity after it its course
    person_subjects: Vocabulary
    own_subjects: Vocabulary
    own_statements: Vocabulary
    own_records: Vocabulary
    activity_counts: Vocabulary
    received_counts: Vocabulary
    record_periods: Vocabulary
    record_dates: Vocabulary
    record_results: Vocabulary
    improvements: Vocabulary
    discontinuation: Vocabulary
    own_services: Vocabulary
    prevalence: Vocabulary
    persistence: Vocabulary
    course_durations: Vocabulary
    reaction_generic: Vocabulary
    reaction_subjects: Vocabulary
    reaction_onsets: Vocabulary
    reaction_resolutions: Vocabulary
    effect_nouns: Vocabulary
    promoted: Vocabulary
    remedies: Vocabulary
    brands: Vocabulary  # case-sensitive: "ImmunoMax", "FlexiRelief"
    dosing: Vocabulary
    practice_voice: Vocabulary
    genre_proof_promises: Vocabulary
    organisation_voice: Vocabulary
    service_units: Vocabulary
    people_descriptions: Vocabulary
    uptake: Vocabulary
    uptake_measures: Vocabulary
    served_people: Vocabulary
    own_clients: Vocabulary  # "the women who come to our clinic": whom the organisation serves
    client_conditions: Vocabulary  # "have had symptoms for": what its clients have (holds_only_conditions)
    client_results: Vocabulary  # "have had no attacks since": a result, not a condition (holds_only_conditions)
    contraindications: Vocabulary
    condition_counts: Vocabulary
    treatment_reactions: Vocabulary  # "1 in 4 people have a headache after the vaccine": a side effect's rate
    harm_ruled_out: Vocabulary  # "will never develop a serious illness": a harm promised never to happen
    rival_shortfall_exclusions: Vocabulary  # "Unlike tablets, the patch doesn't need to be taken daily": no result
    hedged_denials: Vocabulary  # "are unlikely to prevent colds": a denial hedged (is_hedged_denial)


def function_lexicon(data: dict) -> FunctionLexicon:
    return FunctionLexicon(**{name: Vocabulary(data[name], flags=0 if name == "brands" else re.IGNORECASE)
                              for name in FunctionLexicon.__dataclass_fields__})


class Context(NamedTuple):
    """What the sentence before it (in the same block) was about. A named tuple, not a frozen dataclass: every sentence
    makes one, and the classifier's answers are kept by it (`Classifier.classify`), so it is made, hashed and compared
    in C."""

    benefit: bool = False  # it was a benefit claim: "it", "they", "you" here go on about that treatment
    agent: bool = False  # it named a treatment, product or behaviour (or was a claim)
    promoted: bool = False  # it promoted a product: "it" here is that product
    record: bool = False  # it was the organisation's own statement or record: a figure here may go on with it
    statistic: str = ""  # the kind of its uncited statistic (efficacy, population ...), if it gave one


NO_CONTEXT = Context()


def effect_is_harm(probe: Probe, fx: FunctionLexicon) -> bool:
    """The main effect is a harm: a harm word with no benefit word before it ("can cause dryness",
    not "kills the bacteria that cause acne" or "lowers the risk of"), or risks a treatment is said to carry
    (claims_functions.yaml borne_risks: "Like all major surgery, repair carries risks, and about 1 in 100 men die
    ...", whose "repair" names the treatment)."""
    # A harm in a relative clause describes a noun ("the HPV types that cause most cancers"), not the effect.
    harm = next((span for span in fx.harm.spans(probe)
                 if probe.text[max(0, span[0] - 6) : span[0]].strip().lower() not in _RELATIVES), None)
    if harm is None or ruled_out(probe, fx, harm[0]):
        return False
    if fx.borne_risks.any(probe):
        return True  # "Like all surgery, repair carries risks": the benefit word names the treatment
    benefit = fx.benefit.search(probe)
    return benefit is None or benefit[0] > harm[0]


def ruled_out(probe: Probe, fx: FunctionLexicon, harm: int) -> bool:
    """Class: a harm promised never to happen. What it does: a harm word (at `harm`) after a promise that it never
    will ("will never", "no one will ever", "never ... again": claims_functions.yaml harm_ruled_out) in its clause is
    ruled out, not stated, so the sentence is no warning.
    Why is this bad? Read as a warning, "Having the test guarantees that your child will never develop a serious
    illness" or "With our care, you will never suffer lasting damage again" lost the absolute promise it makes (a
    warning's "never" is no promise): a page that informs let a guarantee through.
    Example: "guarantees your baby will never develop a serious illness" rules a harm out (the promise is flagged);
    "can cause serious illness in babies" and "Never take two doses at once: it can cause serious harm" state it."""
    clause_start = max(probe.text.rfind(mark, 0, harm) for mark in ",;:") + 1
    return any(clause_start <= start < harm for start, _ in fx.harm_ruled_out.spans(probe))


def states_reaction(probe: Probe, fx: FunctionLexicon, treatment: bool) -> bool:
    """Class: how often a treatment does harm (a side effect's rate), not how often it works.

    What it does: a sentence that names a treatment (`treatment`) and says people have, get or feel a common symptom
    (claims_functions.yaml treatment_reactions: a headache, a fever, a sore arm, feeling sick or dizzy) or have side
    effects (the harm list's "have a side effect" entry) states a reaction to it; when it is no benefit claim its figure
    is a `harm` statistic (classify._function), reported by no profile. Its function is left alone: counting it as a
    warning tipped pages' genre counts (RESULTS_claims_prof18).
    Why is this bad? Its figure ("Up to 1 in 4 people have a headache, aching muscles or a mild fever 3 to 10 days
    after the vaccine", "About 1 in 10 people get a sore arm after the injection", "Around 1 in 20 feel sick or dizzy
    after the first dose") is the fair balance a page owes its reader; flagging it as a selling point or an efficacy
    figure asks the publisher to cite or drop the warning.
    Example: "1 in 10 people get a sore arm after the jab" is a warning's figure; "9 in 10 people have no fever after
    our jab" and "Our jab stops headaches in 9 in 10 people" stay claims."""
    return treatment and fx.treatment_reactions.any(probe)


def times_a_reaction(probe: Probe, fx: FunctionLexicon, symptoms: Vocabulary, offset: int, timing: int,
                     subject_words: int = 8) -> bool:
    """Class: the timing of a side effect, a reaction or a symptom, not of a benefit. The main clause (from
    `offset`) has a reaction or symptom as its subject and an onset or persistence verb before the timing (at
    `timing`): "Swelling and bruising are common for three to five days after surgery", "Bruising often appears
    within 24 hours", "Headaches can happen in the first few days after the injection"; or a particular reaction (not
    a disease's symptom, whose going away may be the benefit sold, nor side effects in general, whose going away is a
    safety reassurance: "Side effects usually go away within weeks") and a resolution verb: "Soreness at the
    injection site usually settles within 2 days", "Peeling may take up to 10 days to settle". A warning or the
    course: its advice to soften must never apply. The subject names no remedy or benefit and is short
    (`subject_words`); what makes a benefit of it (the seller's own product, a customer's story, a promise) is the
    caller's (classify._function)."""
    verbs = [(span, False) for span in fx.reaction_onsets.spans(probe) if offset <= span[0] < timing] \
        + [(span, True) for span in fx.reaction_resolutions.spans(probe) if offset <= span[0] < timing]
    if not verbs:
        return False
    (verb, _), resolution = min(verbs)
    if len(probe.text[offset:verb].split()) > subject_words:
        return False
    if fx.remedies.search(probe, offset, verb) is not None or fx.benefit.search(probe, offset, verb) is not None:
        return False
    if fx.reaction_subjects.search(probe, offset, verb) is not None:
        return True
    return not resolution and (fx.reaction_generic.search(probe, offset, verb) is not None
                               or symptoms.search(probe, offset, verb) is not None)


def is_negative(main_clause_words: list[str], effect_verbs=frozenset()) -> bool:
    """The main clause denies: "do not cause", "cannot give you flu", "are not a sign of", "there is no evidence
    that ...", and after a long subject, the negator on its first auxiliary ("Tea tree oil and other home remedies
    have not been shown to clear impetigo"), a qualified body of evidence ("the evidence that ... is mixed"),
    unless a clause with its own subject or effect came before ("I lost 8
    pounds and my skin has never looked better"). "Not only ... but" denies nothing, nor does a negator after an
    undenied comparison ("works faster than tablets and never stings", but "works no better than placebo")."""
    if _NOTHING_THERE.match(" ".join(main_clause_words[:7])):
        return True
    if _WEAK_EVIDENCE.match(" ".join(main_clause_words)):
        return True
    # Each test below reads a negator (`_denies`) among the first words (`_DENIAL_REACH`): most main clauses have none.
    head = main_clause_words[:_DENIAL_REACH]
    if _NEGATORS.isdisjoint(head) and "n't" not in " ".join(head):
        return False
    words = main_clause_words + [""]
    limit = min(8, len(main_clause_words))
    if "than" in main_clause_words[:limit]:
        limit = main_clause_words.index("than")
    if any(_denies(words, i) for i in range(limit)):
        return True
    verb = next((i for i, word in enumerate(main_clause_words[:16]) if word in _FINITE_AUXILIARIES), None)
    if verb is None or any(word in _CLAUSE_SUBJECTS or word in effect_verbs for word in main_clause_words[:verb]):
        return False
    return any(_denies(words, i) for i in range(verb + 1, min(verb + 3, len(main_clause_words))))


def is_hedged_denial(probe: Probe, fx: FunctionLexicon) -> bool:
    """Class: a denial hedged by likelihood in the main clause (claims_functions.yaml hedged_denials: "Vitamin C
    supplements are unlikely to prevent colds in most people", "Cough mixtures are not likely to shorten a cold",
    "A single missed dose is unlikely to make the treatment fail"): it says an effect probably does not happen, as
    "do not help" says it does not. The caller (classify._function) applies the exceptions of a plain denial: a
    promise, a treatment's harm denied, a rival said to fall short.
    Why is this bad? "are unlikely to prevent colds" was read as a claim that the supplement prevents colds and drew
    claim.uncited on pages that debunk it. Example: "Antibiotics are unlikely to help a sore throat" is a denial;
    "Antibiotics help most sore throats" and "People who stop smoking are likely to live longer" are not."""
    return fx.hedged_denials.any(probe)


def _denies(words: list[str], index: int) -> bool:
    word = words[index]
    return (word in _NEGATORS or word.endswith("n't")) and words[index + 1] not in _NOT_ONLY \
        and not _like_never_before(words, index)


def _like_never_before(words: list[str], index: int) -> bool:
    """"like never before", "as never before": a comparison with every earlier time, an intensifier.

    What it does: keeps "never" in "Focus like never before", "Sleep like never before", "Your skin will glow as never
    before" from reading the sentence as a denial.
    Why is this bad? Read as a denial, the promise of a result better than ever is left to no rule (a denial
    promises nothing), although it says the same as "Breathe easier than ever before".
    Example: "Move like never before" promises; "I have never before had a rash like this" and "This cream never
    stings" deny (no "like" or "as" before "never", or no "before" after it)."""
    return words[index] == "never" and index > 0 and words[index - 1] in ("like", "as") \
        and words[index + 1] == "before"


def is_contraindication(probe: Probe, fx: FunctionLexicon) -> bool:
    """Class: who must not have a treatment (claims_functions.yaml contraindications: "A low-calorie diet is not
    suitable if you are pregnant", "Ibuprofen is not safe for people with severe kidney disease", "The tablets are not
    suitable for children under 12"): a warning, not a denial of a harm nor a benefit claim. A safety promise says the
    opposite ("safe for everyone") and is no contraindication."""
    return fx.contraindications.any(probe)


def is_unproven(probe: Probe) -> bool:
    """Class: a denial of evidence ("Caffeine has not been shown to trigger AF", "Ginkgo has not been proven to
    cause bleeding"): it states that support is missing, so even about a treatment's harm it is no safety promise
    ("This pill never causes side effects" is one)."""
    return _UNPROVEN.search(probe.text) is not None


def is_own_statement(probe: Probe, fx: FunctionLexicon) -> bool:
    """An organisation speaking for itself: its subject is the organisation and the verb one of reporting its
    own work or recommendation."""
    subject = fx.own_subjects.search(probe)
    return subject is not None and fx.own_statements.search(probe, subject[1]) is not None


def counts_own_clients(probe: Probe, fx: FunctionLexicon, selling_page: bool) -> bool:
    """Class: a share of the organisation's own clients, who they are or what they do.

    What it does: a figure about the people an organisation serves, named by what it does for them (served_people:
    "the people we support") or by how they reach it (own_clients: "the women who come to our clinic", "the people
    who contact our helpline", "of our patients"), is its record of whom it serves, on a page that does not sell.
    The caller (classify._function) keeps a result, effect or improvement in the sentence a claim.
    Why is this bad? "Around 60% of the women who come to our clinic are under 25" was read as an efficacy number
    ("our" is a seller's word), so a clinic or helpline describing its users drew an uncited-statistic finding.
    Example: "About a third of the people who contact our helpline are calling about a child", "1 in 5 of our
    patients live outside the county"; not "90% of the people who come to our clinic are pain-free within a week",
    nor a verb that puts a result on them ("Two thirds of the people we support are able to live independently")."""
    if selling_page:
        return False
    spans = fx.own_clients.spans(probe) + fx.served_people.spans(probe)
    if not spans:
        return False
    # a verb that puts a result on them outside the phrase naming them: "are able to live independently again"
    return not any(word in _RESULT_STOPS and not any(start <= at < end for start, end in spans)
                   for word, at in zip(probe.words, probe.starts, strict=True))


def holds_only_conditions(probe: Probe, fx: FunctionLexicon, outcome: Vocabulary) -> bool:
    """Class: the organisation's own people described by the condition they have.

    What it does: every health outcome word of the sentence (a disease, a symptom) comes at most four words after what
    the people counted have, had, live with or were diagnosed with (claims_functions.yaml client_conditions), with no
    result word between ("no", "fewer", "better", "stopped": client_results). The caller (classify._function) asks
    only of a share of the organisation's clients (`counts_own_clients`) and still keeps effects and improvements.
    Why is this bad? A charity or clinic that says who comes to it ("Around half of the people we see have had
    symptoms for more than 5 years", "About 60% of our volunteers have lived experience of mental illness") drew an
    uncited-statistic error, as if the condition named were a result promised.
    Example: "Most of the families we support care for a child with a rare disease", "Members told us that 3 in 4
    of them had waited more than a year for a diagnosis"; not "Half of the people we see have had no attacks since"
    nor "9 in 10 of our patients have fewer migraines" (a result between)."""
    text = probe.text
    held = fx.client_conditions.spans(probe)
    return all(any(end <= start and len(text[end:start].split()) <= 4 and not fx.client_results.spans(probe, end, start)
                   for _, end in held)
               for start, _ in outcome.spans(probe))


def is_own_record(probe: Probe, fx: FunctionLexicon, selling_page: bool) -> bool:
    """An organisation quoting its own records ("In our 2025 audit, 78% of ...", "Our surveillance data show ...",
    "Our society's registry now includes 14,200 patients", "Our emergency department treats about 2,500 children a
    year") or its own clinicians' advice ("Our specialists recommend nitrofurantoin as the first choice"): its own
    figures and recommendations, not evidence for a benefit. On a page that sells, the seller's own "trial",
    "survey" or "our doctors recommend" is a claim that needs a source, so not there."""
    return not selling_page and fx.own_records.any(probe)


# Finite verbs that put a sentence in the present or future (is_past_own_figure): "90% of our patients are pain-free".
_PRESENT_FINITE = frozenset("is are am has have do does can will may might must shall should would could".split())


def is_past_own_figure(probe: Probe, fx: FunctionLexicon, selling_page: bool) -> bool:
    """Class: a figure the organisation tells in its own voice (claims_functions.yaml organisation_voice: "our", "we",
    "us") and in the past tense only, on a page that sells nothing: "Our infection rate after knee surgery was 0.8% in
    2024", "Among the 310 women we followed up at six months, 8 in 10 said the pain had eased", "Last year 4% of the
    children we operated on needed a second procedure". Whatever the figure counts (people, rates, answers, events),
    the organisation is reporting what happened in its own service, an audit of its own work, not promising a
    result. Past: at least one verb in a past form (`lemmas` of the lexicon the copy rules load) and no present or
    future finite verb or modal anywhere in the sentence (`_PRESENT_FINITE`, or a verb in -s the lexicon knows only as
    a verb).
    Why is this bad? Each such sentence drew an uncited-statistic error on hospitals', clinics' and services' pages,
    and three of them in the organisation's voice made a hospital's results page read as sales copy, so that every
    statement on it drew claim.uncited.
    Example: "In 2024, 92% of our patients rated their care as good" is the organisation's record; not "90% of our
    patients are pain-free within a week" (present: a promise), "We help 9 in 10 smokers quit" (present), nor any
    figure on a page that sells. The caller keeps results of treatment ("Our programme helped 80% of smokers quit in
    2024", "cleared", "cured": claims_functions.yaml record_results; a state reached: "were pain-free after one
    session") and products or brands
    (`speaks_as_organisation`)."""
    if selling_page or not fx.organisation_voice.any(probe) or not speaks_as_organisation(probe, fx, selling_page):
        return False
    past = False
    for word in probe.words:
        if word in _PRESENT_FINITE or word.endswith(("'re", "’re", "'ve", "’ve")):
            return False
        if word in ("was", "were", "had", "did"):
            past = True
            continue
        verbs = set(lexicon.lemmas(word).get("VERB", ()))
        if not verbs:
            continue
        if lexicon.third_person_base(word):
            if lexicon.is_only(word, "VERB"):
                return False  # "reduces", "helps": present
            continue
        if verbs - {word} and not word.endswith("ing"):
            past = True
    return past


def is_persistence(probe: Probe, fx: FunctionLexicon, statistics: list, treatment: bool) -> bool:
    """Class: how many people still have a disease or symptom after a time ("About 1 in 10 people still have
    symptoms after a year", "a third of children go on to have another attack"): the course of a disease counted,
    when no treatment is named."""
    return bool(statistics) and not treatment and fx.persistence.any(probe)


def is_activity_record(probe: Probe, fx: FunctionLexicon) -> bool:
    """Class: a service's or a surveillance system's activity counted over a past period, whoever the subject ("In
    2024, emergency departments in the region treated about 4,800 people for dog bites", "Clinics saw 2,300 children
    with croup last winter", "Last winter our emergency department saw 3,120 children with bronchiolitis"): how much
    work was done or how many cases were seen, not what a treatment achieved ("cured 800 patients last year" counts
    results: _RESULT_VERB in classify keeps it). The organisation's "our" counts its own work on a page that sells
    nothing; on a page that sells, the seller's count of customers is a selling point (classify keeps it)."""
    return fx.activity_counts.any(probe) and fx.record_periods.any(probe)


def is_received_count(probe: Probe, fx: FunctionLexicon, figures: int, timed: bool) -> bool:
    """Class: how many people a service receives over a recurring or past period, said in the passive with the people
    first (claims_functions.yaml received_counts + record_periods).

    What it does: a sentence whose only figure (`figures`) is a count of people "referred", "admitted", "seen",
    "treated", "looked after" ... over a period ("a year", "each year", "in 2024"), that times nothing (`timed`) and
    names no improvement, result or effect, is the service's record of its caseload (the caller reads it as the
    organisation's own statement on a page that sells nothing).
    Why is this bad? "Around 500 people a year are referred to our clinic with suspected cancer" drew an
    uncited-statistic error on hospital and charity pages: a caseload, not an efficacy number, said in the passive
    the active reading (`is_activity_record`: "Our clinic treats 500 people a year") does not cover.
    Example: "Every year around 2,000 people are admitted to our stroke unit"; not "Every year 2,000 people are treated
    at our clinic and 95% are free of pain within a week" (a second figure, a timing), nor "... and 9 in 10 of them
    are cured" (a result)."""
    return figures == 1 and not timed and fx.received_counts.any(probe) and fx.record_periods.any(probe) \
        and not (fx.improvements.any(probe) or fx.record_results.any(probe) or fx.effect_nouns.any(probe))


def is_dated_record(probe: Probe, fx: FunctionLexicon, selling_page: bool) -> bool:
    """Class: a figure dated to a past year or season, on a page that sells nothing ("Seven in ten callers to our
    helpline in 2025 were women", "In 2024, 78% of people referred were seen within 2 weeks"): the organisation's
    record of what happened, its "our" the organisation's, not a seller's. A result of treatment stays a claim
    whenever it happened ("Our programme helped 80% of smokers quit in 2024")."""
    return not selling_page and fx.record_dates.any(probe) and not fx.record_results.any(probe)


def is_prevalence(probe: Probe, fx: FunctionLexicon, statistics: list, treatment: bool) -> bool:
    """How many people a disease affects ("It affects more than 7.5 million people in the US", "Around 4 million
    people live with diabetes"): a population figure, not an effect, when only people are counted and no treatment
    is named."""
    return bool(statistics) and not treatment and fx.prevalence.any(probe)


def is_population_count(probe: Probe, fx: FunctionLexicon, agent: bool, context: Context,
                        uptake: bool = False) -> bool:
    """Class: a figure that only counts people (the caller checks: "98 in 100 people", "about 42 million people"), with
    no treatment, product or behaviour acting in the sentence (`agent`) or the one before, and no result of
    treatment reported: how many people have, get or are told something ("Around 98 in 100 people get a normal
    result", "About 42 million people in the US are infected with a type of HPV that causes disease"), a population
    figure, not an efficacy number ("9 in 10 people who use the spray sleep better", "Over 80% of patients were
    cured", "70% of patients saw clearer skin within 8 weeks" stay claims: an improvement is an outcome). People
    stopping or turning down a treatment are counted using it, not helped by it ("About 1 in 4 women who start the
    treatment stop it within a year"): the treatment named there does not act. Nor does one given, offered or taken up
    with no result counted after it (`uptake`: "gave clot-busting treatment to 1 in 5 patients within an hour of
    arrival", "3 in 4 adults over 65 were offered the vaccine"): how a treatment is delivered, not what it does. After a
    sentence about a treatment, people counted as having or getting a condition (claims_functions.yaml
    condition_counts: "HRT relieves hot flushes. About 8 in 10 women have hot flushes around the menopause") are how
    common it is."""
    # people stopping or turning down a treatment use it: it does not act ("1 in 4 women stop it within a year"); people
    # counted as having a condition are counted whatever the sentence before said of a treatment for it
    acting = (agent or (context.agent or context.benefit) and not fx.condition_counts.any(probe)) \
        and not fx.discontinuation.any(probe) and not uptake
    return not acting and not fx.record_results.any(probe) and not fx.improvements.any(probe)


def course_of_disease(probe: Probe, fx: FunctionLexicon, agent: bool, subject_is_condition: bool,
                      context: Context, selling_page: bool) -> bool:
    """The sentence tells how a disease runs, not what a treatment does. On a page that sells, only a sentence
    that says so ("on their own") is: "Week 4: dark spots begin to fade" is a result promised."""
    if fx.course_markers.any(probe):
        return True
    if selling_page:
        return False
    if fx.past_illness.any(probe) and not agent:
        return True  # "Once you have had chickenpox, you are immune for life": the disease had, no treatment acting
    duration = fx.course_durations.search(probe)
    if duration is not None and fx.effect_nouns.search(probe, 0, duration[0]) is None:
        return True  # "aches that last more than 6 months after treatment", not "the effects last 12 weeks"
    if subject_is_condition and not agent:
        return True
    if agent or context.benefit or context.agent:
        return False  # "Most people start to feel better within 48 hours" after a sentence about antibiotics
    # Nothing acts: people simply get better ("Most children feel better within a week").
    return fx.person_subjects.any(probe) or probe.words[:1] == ["it"]


def has_agent(probe: Probe, treatment: bool, fx: FunctionLexicon, context: Context, first: str) -> bool:
    """A treatment, product or behaviour acts in the sentence (or in the one before, for "it"); `first` is its first
    word after a source named in prose ("According to the CDC, ...")."""
    if treatment or fx.remedies.any(probe) or fx.promoted.any(probe):
        return True
    if first.endswith("ing") and len(first) > 5:
        return True  # a behaviour as the subject: "Drinking water", "Cutting out dairy"
    return first in _PRONOUN_SUBJECTS and context.agent


def is_seller_speaking(probe: Probe, fx: FunctionLexicon) -> bool:
    """The seller, its customers or its brand: stronger than a remedy named in passing."""
    return fx.promoted.any(probe) or fx.brands.any(probe)


def is_promoted(probe: Probe, fx: FunctionLexicon, context: Context) -> bool:
    """Someone is selling: the seller or its customers speak, a result is promised, the subject is a brand, a
    food, supplement or remedy, or the sentence goes on about the product the sentence before promoted."""
    if fx.promoted.any(probe) or fx.remedies.any(probe) or fx.brands.any(probe):
        return True
    return context.promoted and (probe.words[:1] or [""])[0] in _PRONOUN_SUBJECTS


def speaks_as_seller(selling: int, promised: bool, functions: list[str],
                     publisher: Callable[[], bool] = lambda: False, seller_sentences: int = 0,
                     priced: bool = False) -> bool:
    """The page's voice is a seller's: it has several selling sentences (superlatives, absolute promises, the
    seller's own benefit claims) or one promise made while selling ("Garlic oil cures ear infections for good"),
    and they are not a slip in a page that mostly informs. A page whose warnings, instructions, doses, denials,
    disease course and own statements outnumber its selling sentences `INFORMING_PER_SELLING` times over is an
    information page (a health service, hospital or society page): its one or two promises are flagged by their own
    rules, but its plain statements stay plain information (issue 9: marketing pages have at most 2 such
    sentences per selling one, information pages 5 or more). A short draft cannot show that voice: under
    `INFORMING_MIN` informing sentences, its promise makes it sales copy.
    On a long page (`LONG_PAGE_DESCRIBING` describing sentences or more) two slips count as slips even when the
    publisher says them itself ("Our new light clears jaundice in 6 hours", "Our patients never develop long-term
    symptoms" on a hospital leaflet of forty sentences): read as sales copy, every timed instruction and own figure on
    it became a claim.

    Class: a page's genre does not flip on the slips a professional page can carry. A long page in a publisher's voice
    (`publisher()`, asked only then) with one selling sentence, or up to `INFORMATION_PAGE_SLIPS` none of which the
    seller says itself (`seller_sentences`: "our capsules", "we guarantee"), informs also through its background
    facts, as `is_information_page` counts them: one or two promises or rankings on a charity's, a society's or a health
    service's page that mostly describes a disease ("Cherry juice cures gout for good", "The vaccine gives lifelong
    protection against every strain") are slips to flag, not sales copy. A short draft, a page that speaks as a
    practice ("Book an appointment with our gout nurse") or a seller ranking its own product still sells.

    Class: a publisher's page with no commerce signal warms to its own service in up to
    `INFORMATION_PAGE_SLIPS` sentences from `ONE_SLIP_PAGE_DESCRIBING` describing sentences, not only from
    `LONG_PAGE_DESCRIBING`. What it does: with no sum of money on the page (`priced`) and no practice voice
    (`publisher()`: no "Book an appointment", "call us", "our patients", "we offer"; shop phrases and unlawful offers
    are decided before this), one or two selling sentences in the organisation's own voice ("Our specialist nurses
    support families through diagnosis", "Our back class guarantees that your pain will never come back") are slips on
    a page of 24 or more warnings, instructions, doses, course and background sentences. Why is this bad? A hospital
    service's, charity's or health department's page of 24 to 29 describing sentences was read as sales copy for two
    such sentences, so its plain figures, timings and consensus statements were all flagged (fresh_prof12;
    RESULTS_claims_profseller36.md). Example: a
    dementia charity's carers page with "Our nurses support families through ..." and one "Studies show ..." among 24
    describing sentences informs (the appeal is still flagged by its own rule); the same page with a price ("A
    consultation costs £95"), a booking invitation, a third selling sentence, or under 24 describing sentences sells."""
    if not (selling > 1 or promised):
        return False
    informing = sum(function in INFORMING for function in functions)
    describing = informing + functions.count(BACKGROUND)
    slips = selling <= 1 or selling <= INFORMATION_PAGE_SLIPS and (
        not seller_sentences or describing >= LONG_PAGE_DESCRIBING
        or describing >= ONE_SLIP_PAGE_DESCRIBING and not priced and publisher())
    if slips and informing < INFORMING_MIN <= describing and describing >= DESCRIBING_PAGE_MIN and publisher():
        informing = describing
    return informing < max(INFORMING_MIN, INFORMING_PER_SELLING * max(selling, 1))


def fee_and_ranking_sell(priced: bool, ranked: int, claims: int, functions: list[str]) -> bool:
    """Class: a clinic or practice that prices only its appointments and treatments still sells.

    What it does: a page that names a sum of money (`priced`), ranks or promises in at least one sentence (`ranked`:
    a superlative or an absolute promise), states at least `PRICED_PAGE_CLAIMS` other benefit claims (`claims`) and
    has fewer than `INFORMING_MIN` informing sentences (warnings, instructions, doses, course, own statements) is sales
    copy.

    Why is this bad? Shop phrases and sales prices ("only £29.99", "add to basket") miss a clinic that prices its
    consultations and courses ("A first appointment costs £240", "A three-month supply costs £390"): one ranking is
    not enough for `speaks_as_seller`, so every benefit on the page was read as an information page's sentence and
    lost at once. A price alone must not do it either: a pharmacy's own vaccine page prices a jab ("A yellow fever
    vaccine costs £82") without ranking or selling benefits, and a charity's long page that mentions a fee and one
    ranking slip informs in a dozen sentences or more.

    Example: "The most effective allergy treatment money can buy." + "A clear nose and calm eyes from the first
    season" + "Kinder than injections" + "A first appointment with testing costs £240." sells; "Flu vaccine: £16." with
    one "the simplest way to ..." and no other benefit does not."""
    if not (priced and ranked):
        return False
    return claims >= PRICED_PAGE_CLAIMS and sum(function in INFORMING for function in functions) < INFORMING_MIN


def listed_price_sells(selling: int, functions: list[str]) -> bool:
    """Class: a price said plainly is a shop's sign only on a page that does not inform.

    What it does: a page whose only sign of commerce is a price said plainly as its own (claims_functions.yaml
    listed_prices: a price list, "our ... £", "A consultation costs £15", "PelviTone costs £149"; no shop phrase, sales
    price or order terms, which always sell) is read first as a page that sells nothing, and sells when fewer than
    `INFORMING_MIN` of its sentences warn, instruct, dose, deny, tell a disease's course or speak for the organisation,
    or when more than one of its sentences ranks, promises or makes the seller's own benefit claim (`selling`).

    Why is this bad? A hospital's private patients unit prices its operations, a community pharmacy its own-brand
    antihistamines, a travel clinic its vaccines; read as a shop from that price alone, every consensus statement
    ("Antihistamine tablets such as cetirizine work well for sneezing and itchy eyes"), disease course ("a mild fever,
    which usually passes within 48 hours") and dosing schedule on them was flagged as an uncited benefit or timeline
    (fresh_prof13 p02 and p05, fresh14 p07).

    Example: a pharmacy's hay fever page with "Our own-brand cetirizine tablets cost £2.49 for 30" among a dozen
    instructions, doses and warnings informs; a clinic page with "Single session: $175", three promises and five
    informing sentences, or a product page with "One bottle costs $69" and two seller claims, sells."""
    informing = sum(function in INFORMING for function in functions)
    return informing < INFORMING_MIN or selling > 1


def offer_sells(offers: int, selling: int, seller_sentences: int, functions: list[str],
                publisher: Callable[[], bool] = lambda: False) -> bool:
    """Class: it takes more than one strong word to make a page sales copy. An unlawful offer (a prescription-only
    medicine without the prescriber) makes a page a shop's, except one such sentence on a page that otherwise only
    informs: no other selling sentence, the seller never speaking ("we", "our pharmacy"), at least `INFORMING_MIN`
    informing sentences, in a publisher's voice (`publisher()`, asked only then). There the sentence describes what
    sellers do ("Some websites sell sildenafil with no prescription needed" on a regulator's page): the unlawful-supply
    rule still reports it, but the page's other sentences are not read as a seller's. Two offers, a seller speaking,
    a selling sentence or a short draft still make the page sales copy."""
    if not offers:
        return False
    if offers > 1 or selling or seller_sentences:
        return True
    return not (sum(function in INFORMING for function in functions) >= INFORMING_MIN and publisher())


def is_information_page(functions: list[str], slips: int, publisher: Callable[[], bool]) -> bool:
    """Class: the page's genre is an information page (a health service, agency, hospital, society or charity
    page), not a short draft or sales copy: it sells nothing (the caller decides), at least `INFORMING_MIN` of its
    sentences warn, instruct, dose, deny, tell a disease's course or speak for the organisation, and at most
    `INFORMATION_PAGE_SLIPS` sentences appeal to unnamed evidence, promise, rank or offer unlawfully. On such a
    page a plain statement of when a medicine, vaccine or behaviour acts ("The steroid starts to work within a few
    hours", "It takes about 2 weeks after vaccination for antibodies to develop") is the consensus its publisher
    states without inline citations (profiles: information-timeline); in a short draft ("Cutting down on salt
    lowers blood pressure within a few weeks") or a page full of "research shows" it is a timeline of effect that
    needs a source.

    A page without a single slip, in a publisher's voice (`publisher()`, asked only then), informs also through
    background facts (what a disease is, how common it is, what a test involves): there they count towards
    `INFORMING_MIN` too, so a long plain page about a disease that mostly describes it is an information page; one
    promise or "studies show", or a clinic speaking to its own patients, and they count no more. Only a long page
    describes a disease this way: under `DESCRIBING_PAGE_MIN` informing and background sentences together it is a
    draft (issue 9: the professional pages that needed this have 19 to 43, the clinic drafts of
    tests/validators/heldout 12 to 16). On a long page (`LONG_PAGE_DESCRIBING` describing sentences or more) its one or
    two slips do not stop them counting: the promise it lets slip is flagged by its own rule, and its timed
    instructions stay instructions ("a specialist will contact you within a few days").

    Class: a page with a single slip counts its background facts from `ONE_SLIP_PAGE_DESCRIBING`
    describing sentences, above a marketing page's 15-20 and a clinic draft's 12-16. Why is this bad? A publisher's
    page of 24 to 29 describing sentences with one "research shows" stayed a draft, so its plain timing of a
    treatment ("Many people feel less tired within a few days of starting injections", lead25) drew an
    uncited-timeline error. Example: tests/validators/claims/test_claims_one_slip_pages.py; a shorter page or a
    second slip keeps the timing a claim.
    """
    informing = sum(function in INFORMING for function in functions)
    describing = informing + functions.count(BACKGROUND)
    if (not slips or describing >= LONG_PAGE_DESCRIBING or slips == 1 and describing >= ONE_SLIP_PAGE_DESCRIBING) \
            and describing >= DESCRIBING_PAGE_MIN and publisher():
        informing += functions.count(BACKGROUND)
    return informing >= INFORMING_MIN and slips <= INFORMATION_PAGE_SLIPS


def publisher_voice(page: Probe, fx: FunctionLexicon) -> bool:
    """Class: who speaks on a page that sells nothing. A clinic's or seller's draft speaks as the practice to its own
    patients or customers, names itself as the place or invites booking or buying ("At Northfield Family Practice, our
    asthma nurses ...", "Book a consultation", "Ready to start?", "Call us"); a publisher's information page speaks
    about the condition and sends the reader elsewhere ("See a GP", "call 111"), and has none of these cues
    (claims_functions.yaml practice_voice)."""
    return not fx.practice_voice.any(page)


def speaks_as_organisation(probe: Probe, fx: FunctionLexicon, selling_page: bool) -> bool:
    """Who speaks: on a page that sells nothing, the sentence's only promotion cue is the speaker's own first person
    plural ("our", "we": claims_functions.yaml organisation_voice), with no product, remedy, brand or customer named:
    the organisation speaks, not a seller."""
    if selling_page or fx.remedies.any(probe) or fx.brands.any(probe):
        return False
    voice = fx.organisation_voice.spans(probe)
    promoted = fx.promoted.spans(probe)
    return bool(voice) and all(any(v[0] <= p[0] and p[1] <= v[1] for v in voice) for p in promoted)


def is_organisation_figure(probe: Probe, fx: FunctionLexicon, health: bool, selling_page: bool) -> bool:
    """Class: who speaks a figure and what it counts. A figure the organisation speaks (`speaks_as_organisation`) that
    counts units of its work (claims_functions.yaml service_units: referrals, calls, kits, appointments, samples ...),
    with no health effect, outcome or treatment in it (`health`), is its record ("Eight in ten of the referrals we
    received were seen within 18 weeks", "Seven in ten of the calls were handled at home with advice from a nurse on
    our team", "Half of the kits we sent out were returned within a month"), not an efficacy number. A figure that
    counts people keeps its claim reading whatever verb follows ("Nine in ten of the people we see can return to work
    within a month", "We get 95% of our patients back on their feet within 3 days"), and so does one about people who
    completed a treatment (the caller counts claims_absolute.yaml treatment_completed as health)."""
    if health or not speaks_as_organisation(probe, fx, selling_page):
        return False
    return fx.service_units.any(probe) or describes_people(probe, fx)


_BE = frozenset(("are", "were", "is", "was"))
# Verbs that put a result on the people counted ("can return to work", "go on to have a baby", "stay smoke-free", "get
# 95% of our patients back on their feet"), wherever they stand in the sentence.
_RESULT_STOPS = frozenset(("can", "could", "will", "would", "may", "might", "should", "go", "goes", "went", "get",
                           "gets", "got", "stay", "stays", "stayed", "remain", "remains", "remained", "become",
                           "becomes", "became", "come", "comes", "came", "manage", "manages", "managed", "able"))


def describes_people(probe: Probe, fx: FunctionLexicon) -> bool:
    """A figure about people that says who they are or what the service did for them, not what became of them: no
    verb that puts a result on them ("can return to work", "go on to have a baby", "stay smoke-free"), and its first
    "be" after the count, if any, is followed by a description (claims_functions.yaml people_descriptions: "were
    parents", "are treated as day cases", "were seen within 18 weeks"; not "are off their inhalers")."""
    words = probe.words
    if any(word in _RESULT_STOPS for word in words):
        return False
    for index, word in enumerate(words[:-1]):
        if word in _BE and index > 2:
            return fx.people_descriptions.any(Probe(" ".join(words[index + 1 : index + 3])))
    return True


def is_genre_proof(probe: Probe, fx: FunctionLexicon) -> bool:
    """Class: a cure, guarantee or benefit to everyone ("Ginkgo supplements cure tinnitus in most people", "Probiotics
    prevent diarrhoea in everyone", "Our programme has cured asthma in hundreds of patients"): no page genre makes it
    plain information; only consensus efficacy, timings and figures are the publisher's to state
    (claims_functions.yaml genre_proof_promises)."""
    return fx.genre_proof_promises.any(probe)


def register_of(testimonial: bool, comparison: bool, promoted: bool) -> str:
    if testimonial or promoted:
        return PROMOTED
    if comparison:
        return COMPARISON
    return CONSENSUS


def is_dosing(probe: Probe, fx: FunctionLexicon) -> bool:
    """How much to take and when ("A typical dose is 1.2 mg ... followed by 0.6 mg one hour later")."""
    return fx.dosing.any(probe)


def is_advice(main_clause_words: list[str], effect_verbs) -> bool:
    """A behaviour recommended with a modal ("Using an emollient every day will help", "Losing weight may reduce
    symptoms"): advice on what to do. Not when an effect is asserted before the modal ("Taking HRT protects ...
    and may lower ..."); the caller keeps remedies and promoted products as claims."""
    if len(main_clause_words) < 3 or not main_clause_words[0].endswith("ing") or len(main_clause_words[0]) < 6:
        return False
    for word in main_clause_words[1:11]:
        if word in _MODALS:
            return True
        if word in effect_verbs:
            return False
    return False


def states_specialty_consensus(found, specialty_consensus: re.Pattern) -> bool:
    """Class: the consensus of a named medical field, told as the field's own (claims_evidence.yaml
    specialty_consensus). Read by `analysis.analyse_document` on a page that sells nothing: such a sentence is no
    slip of the page's genre, and on an information page its appeal is no unnamed evidence.

    What it does: an appeal to evidence (`found.evidence`) whose subject, opening the sentence, is a specialty that
    agrees, recommends or advises ("Radiologists agree ...", "Infection control specialists agree ...",
    "Cardiologists recommend that ..."), with no promise, superlative, figure, unlawful offer or sold product in the
    sentence.
    Why is this bad? A health service, hospital or specialist society states what its field holds without an
    inline citation, as it states any other consensus (profiles: consensus-benefit); reading "Radiologists agree"
    as "studies show" blocks a clean professional page under both profiles (issue 9: "a professional body's own
    recommendation read as unnamed evidence"). A specialty said to agree that a treatment is the best, the only one or
    cures stays a claim through its own rule; "Doctors agree", "Experts agree" and "Studies show" name no field and
    stay appeals.
    Example: "Dermatologists recommend that everyone use a broad-spectrum sunscreen." on a dermatology association's
    page is left alone; "Experts agree that air purifiers stop asthma attacks." is still an appeal to unnamed
    evidence, and "Our dermatologists recommend our serum." on a clinic's page still sells."""
    return bool(found.evidence and found.probe is not None
                and not (found.absolute or found.superlatives or found.statistics or found.supply or found.sold)
                and specialty_consensus.match(found.probe.text.lstrip()))
