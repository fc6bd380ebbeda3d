"""Selling cues that make a sentence a finding whatever else it does: a superlative or an
exclusive comparison, a prescription-only medicine offered without a prescription, and a
cure or reversal promised as how-to; and how sales copy states an effect without a listed
effect verb (a product acting on the body). Vocabularies: validators/data/claims_functions.yaml.
"""

import bisect
import re
from dataclasses import dataclass

from validators.claims.matching import Probe, Vocabulary
from validators.claims.words import lemmas


@dataclass(frozen=True)
class PromotionLexicon:
    superlative_words: Vocabulary
    hype_superlatives: Vocabulary
    market_scope: Vocabulary
    weak_scope: Vocabulary
    product_nouns: Vocabulary
    superlative_exceptions: Vocabulary
    exclusive_comparisons: Vocabulary
    without_prescription: Vocabulary
    supply_verbs: Vocabulary
    medicine_forms: Vocabulary
    supply_warnings: Vocabulary
    prescription_only: Vocabulary
    gatekeepers: Vocabulary
    gate_removed_before: Vocabulary
    gate_removed_after: Vocabulary
    gate_bypass: Vocabulary
    gate_reassurances: Vocabulary
    seller_voice: Vocabulary
    lawful_channels: Vocabulary
    ranked_owner: Vocabulary
    cure_howto: Vocabulary
    idle_verbs: Vocabulary
    unsold_superlatives: Vocabulary
    hedged_rankings: Vocabulary
    rival_verbs: Vocabulary
    farewells: Vocabulary
    lasting_benefits: Vocabulary
    result_imperatives: Vocabulary
    restoring_verbs: Vocabulary
    result_adjectives: Vocabulary
    resolutions: Vocabulary
    reported_results: Vocabulary
    result_nouns: Vocabulary
    dismissive_questions: Vocabulary
    rival_measures: Vocabulary
    outdoing_verbs: Vocabulary
    rival_practices: Vocabulary
    testimonial_results: Vocabulary
    result_manners: Vocabulary
    unsold_comparatives: Vocabulary
    settled_complaints: Vocabulary
    paired_shifts: Vocabulary
    grateful_body: Vocabulary
    popularity_superlatives: Vocabulary
    regained_states: Vocabulary
    ended_avoidance: Vocabulary
    near_results: Vocabulary
    near_services: Vocabulary
    inviting_questions: Vocabulary
    complaint_questions: Vocabulary
    benefit_compounds: Vocabulary
    unsold_compound_stems: Vocabulary
    customer_results: Vocabulary
    timed_results: Vocabulary
    told_changes: Vocabulary
    search_questions: Vocabulary
    lead_in_headings: Vocabulary


def promotion_lexicon(data: dict) -> PromotionLexicon:
    return PromotionLexicon(**{name: Vocabulary(data[name]) for name in PromotionLexicon.__dataclass_fields__})


_CHARGE_AFTER = re.compile(r"\s+(?:fees?|charges?|costs?|prices?)\b", re.IGNORECASE)
_NEEDED = re.compile(r"\b(?:needed|required|necessary)\b", re.IGNORECASE)
_WINDOW = 40
_HEDGE_REACH = 60  # characters before a superlative a hedge bounding it may stand ("For most people, a kidney ...")
# The superlative is said of the subject: "is the best", "are simply the strongest", "X – the best", "voted the best".
_SAID_OF = re.compile(r"(?:\b(?:is|are|was|were|be|remains?|'s|’s"
                      r"|(?:call|calls|called|voted|named|rated)(?:\s+(?:it|them))?)"
                      r"\s+(?:\w+\s+)?|[–—:]\s*)(?:the|our|a)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)  # characters after a superlative where its product noun or market scope must be
# A place named as the market after a ranked product ("the most advanced laser treatment available in Yorkshire",
# "the purest formula in America"): capitalised, so not "in adults" or "in the morning".
_SIZE_OR_AGE = re.compile(r"(?:largest|biggest|oldest|newest|busiest)\b", re.IGNORECASE)  # a fact, not a quality
_PLACE_AFTER = re.compile(r"\s+(?:(?:available|anywhere|around|today)\s+)?in\s+(?:the\s+)?[A-Z][a-z]+")
# A sentence that opens with the speaker's own offering ("Our own online course ...", "Our surgeons ...").
_OWN_SUBJECT = re.compile(r"^\W*our\s", re.IGNORECASE)
_SPEAKER = re.compile(r"\b(?:our|we|us)\b", re.IGNORECASE)
# A size ranking shared with others: "one of the largest", "among the busiest".
_ONE_OF = re.compile(r"\b(?:one\s+of|among|amongst)\s+the\s+$", re.IGNORECASE)
_MEASURE_SUBJECT = re.compile(r"\b(?:rates?|figures|numbers|levels|scores)\b", re.IGNORECASE)  # a figure ranked
# A market named as the owner of the ranking: "Britain's number one", "the world's strongest".
_OWNED_BY_SCOPE = re.compile(r"\b(?:(?i:britain|england|scotland|wales|ireland|europe|america|the\s+uk|the\s+us|"
                             r"the\s+world|the\s+country|the\s+nation|the\s+internet|the\s+capital|the\s+city|"
                             r"london)|[A-Z][a-z]+)(?:'s|’s)\s+$")


def _adjective_like(word: str) -> bool:
    """An adjective, or a participle the lemma table knows only as a verb ("complete", "advanced"); not a noun
    ("most people") or an adverb ("most often")."""
    found = lemmas(word)
    return "ADJ" in found or bool(found) and set(found) == {"VERB"} and not word.endswith("ly")


def superlative_spans(probe: Probe, px: PromotionLexicon, selling_page: bool = False) -> list[tuple[int, int]]:
    """"the strongest treatment available", "this is the best cream for eczema", "nothing else works as well",
    "London's most advanced clinic", "the longest-lasting pill you can buy", "the most advanced laser treatment
    available in Yorkshire".

    A superlative is a listed one or any adjective in superlative form (by morphology: "purest", "gentlest",
    "most soothing"). Any superlative counts with a market scope ("on the market", "you can buy", "I've ever
    tried") or when a market owns the ranking ("Britain's finest formula"); a hype superlative ("best",
    "strongest", "number one") also with a weak scope ("available") and when it is said of a product ("X is the
    best cream"). Not "refer you for the best treatment", "the most effective medicines for lowering
    cholesterol" or "the most effective treatment available for severe acne" (a clinical ranking).

    On a page that sells nothing, a ranking of size or age is a fact whatever its scope ("The hospital's stroke unit
    is one of the busiest in the region", "the largest study of its kind in the world"), unless the speaker ranks
    itself ("Our pharmacy is the biggest in the UK"). Class (`_shared_size_rank`): shared with others ("one of the
    largest", "among the busiest") it is a fact even in the speaker's voice ("Our haematology unit, one of the largest
    specialist centres in the region, cares for 600 patients", "We run one of the busiest emergency departments in
    Wales"): it ranks no one above every alternative; "Our unit is the largest in the world" still does.

    On a page that sells a hype superlative owned by a market ranks what is sold whatever noun follows it
    ("Europe's top-rated posture brace", "Ireland's best-loved foot soak"), and so does a superlative of popularity or
    standing (popularity_superlatives: "Britain's favourite pelvic floor trainer", "America's most popular sleep
    patch", "Europe's most advanced aligner system"); not a size or frequency ranking ("Britain's biggest killer",
    "the UK's most common cause of hair loss"), nor popularity on a page that sells nothing ("Britain's favourite
    food").

    On a page that sells (`selling_page`) any superlative ranks what is sold when it stands next to a product noun
    ("the purest, most potent joint formula"), is said of something ("our success rates are the highest") or
    heads the sentence ("The smallest, most comfortable hearing aid ever"); not a ranking of trade, time or size
    ("our lowest prices", "the best time to take it", "our newest branch": validators/data/claims_functions.yaml,
    unsold_superlatives)."""
    spans = list(px.exclusive_comparisons.spans(probe))
    if px.superlative_exceptions.any(probe):
        return sorted(spans)
    superlatives = _superlatives(probe, px)
    if not superlatives:
        return sorted(spans)
    hype = {start for start, _ in px.hype_superlatives.spans(probe)}
    if selling_page:  # "Britain's favourite pelvic floor trainer": popularity owned by a market sells
        hype |= {start for start, _ in px.popularity_superlatives.spans(probe)}
    for start, end in superlatives:
        if not selling_page and _shared_size_rank(probe, start):
            continue
        if not selling_page and _hedged_ranking(probe, px, start, end):
            continue
        window = min(len(probe.text), end + _WINDOW + 20)
        scope = px.market_scope.search(probe, end, window)
        if scope is None and start in hype:
            scope = px.weak_scope.search(probe, end, window)
        if scope is not None and (selling_page or not _SIZE_OR_AGE.match(probe.text, start)
                                  or _SPEAKER.search(probe.text) is not None):
            spans.append((start, scope[1]))
            continue
        noun = px.product_nouns.search(probe, end, min(len(probe.text), end + _WINDOW))
        near_noun = noun is not None and _only_words_between(probe, end, noun[0], 3)
        before = probe.text[max(0, start - 30) : start]
        if near_noun and _OWNED_BY_SCOPE.search(before) or near_noun and start in hype and _SAID_OF.search(before):
            spans.append((start, noun[1]))
        elif selling_page and near_noun and _PLACE_AFTER.match(probe.text, noun[1]) \
                and not _SIZE_OR_AGE.match(probe.text, start):
            spans.append((start, _PLACE_AFTER.match(probe.text, noun[1]).end()))  # "... treatment in Yorkshire"
        elif _OWNED_BY_SCOPE.search(before) and (selling_page and start in hype or px.ranked_owner.search(
                probe, end, min(len(probe.text), end + 25))):
            spans.append((start, end))  # "the country's fastest way to get ...": a market owns the ranking
        elif selling_page and _sold_ranking(probe, px, start, end, near_noun, before):
            spans.append((start, noun[1] if near_noun else end))
        elif _own_offering_ranked(probe, px, start, end, before):
            spans.append((start, end))
    return sorted(spans)


def _hedged_ranking(probe: Probe, px: PromotionLexicon, start: int, end: int) -> bool:
    """Class: a clinical ranking bounded by a hedge within a few words of the superlative (claims_functions.yaml
    hedged_rankings: "Surgery is usually the best treatment for a hernia", "For most people, a kidney transplant is the
    best treatment"), not said of the speaker's own offering ("Our clinic is usually the best in the region"). The
    caller asks only on a page that sells nothing.
    Why is this bad? The hedge makes the ranking clinical guidance for the usual case, which reputable pages state
    without a citation; read as a superlative claim it blocked the page.
    Example: "Physiotherapy is generally the best treatment for a frozen shoulder" is left alone; "Physiotherapy is the
    best treatment for a frozen shoulder" is still a superlative."""
    if _OWN_SUBJECT.match(probe.text):
        return False
    reach = max(0, start - _HEDGE_REACH), min(len(probe.text), end + _WINDOW)
    return px.hedged_rankings.search(probe, *reach) is not None


def _shared_size_rank(probe: Probe, start: int) -> bool:
    """A ranking of size or age the subject shares with others ("one of the largest", "among the busiest")."""
    return bool(_SIZE_OR_AGE.match(probe.text, start)) and _ONE_OF.search(probe.text, max(0, start - 20), start) \
        is not None


def _own_offering_ranked(probe: Probe, px: PromotionLexicon, start: int, end: int, before: str) -> bool:
    """Class: on any page, a superlative said of the speaker's own offering, the subject that opens the sentence with
    "our" ("Our own online course is the most effective way to put diabetes into remission", "Our surgeons are the
    most experienced in the region", "Our clinic is the most advanced in Wales"): the organisation ranks what it
    offers, as a seller does. Not a ranking of time or size ("Our newest clinic is the largest in the county"), of one
    of its figures, which needs a market to rank it against others ("Our IVF success rates are the highest in
    Austin" on a page that sells nothing), nor a superlative that is not said of the subject ("Our most recent survey
    found ...")."""
    if not _OWN_SUBJECT.match(probe.text) or _SAID_OF.search(before) is None \
            or _MEASURE_SUBJECT.search(probe.text, 0, start):
        return False
    return px.unsold_superlatives.search(probe, start, min(len(probe.text), end + 25)) is None


def _sold_ranking(probe: Probe, px: PromotionLexicon, start: int, end: int, near_noun: bool, before: str) -> bool:
    """In sales copy: a superlative next to a product noun, said of something, or heading the sentence; not one
    of trade, time or size."""
    if px.unsold_superlatives.search(probe, start, min(len(probe.text), end + 25)) is not None:
        return False
    lead = probe.text[:start].strip(" \"'“‘").lower()
    # heading the sentence, or after "the" or "our" ("Most cold sores heal ...": a bare "most" counts, ranks nothing)
    quantifier = not lead and probe.lower.startswith("most ", start)
    heads = not lead.removeprefix("the").removeprefix("our").strip() and not quantifier
    return near_noun or heads or _SAID_OF.search(before) is not None


def _superlatives(probe: Probe, px: PromotionLexicon) -> list[tuple[int, int]]:
    """The listed superlatives, and any adjective in superlative form: "-est" words whose adjective lemma differs
    ("purest", "longest-lasting") and "most" before an adjective ("most soothing")."""
    found = dict(px.superlative_words.spans(probe))
    words = probe.words
    if "est" not in probe.lower and "most" not in probe.lower:
        return sorted(found.items())  # no "-est" word and no "most": nothing more to look for word by word
    for index, word in enumerate(words):
        if probe.starts[index] in found:
            continue
        if word.endswith("est") and any(lemma != word for lemma in lemmas(word).get("ADJ", ())):
            found[probe.starts[index]] = probe.ends[index]
        elif word == "most" and index + 1 < len(words) and _adjective_like(words[index + 1]):
            found[probe.starts[index]] = probe.ends[index + 1]
    return sorted(found.items())


def _only_words_between(probe: Probe, start: int, end: int, most: int) -> bool:
    between = probe.text[start:end]
    return not any(mark in between for mark in ",;:.") and len(between.split()) <= most


def unlawful_supply_spans(probe: Probe, px: PromotionLexicon, drug_on_page: bool,
                          medicines: Vocabulary | None = None, selling_page: bool = True) -> list[tuple[int, int]]:
    """A prescription-only medicine offered with the prescriber taken out, in any order and wording: "Order
    sildenafil online, no prescription needed", "We never ask for a prescription", "No GP, no forms, no video
    call", "ship your tablets prescription-free", "Skip the doctor's appointment".

    The finding is the combination of (a) the prescriber removed — a listed phrase, or a gatekeeper (prescription,
    doctor, GP, consultation, questionnaire, forms ...) with a removal word before it ("no", "without", "never
    ask for") or after it ("-free", "not required"), and (b) the medicine: named in the sentence with a supply verb
    or "needed", or named elsewhere on the page when the sentence also sells (a supply verb, the seller speaking),
    bypasses the prescriber ("skip the GP"), waves the prescriber's absence away ("No prescription on file, no
    problem") or removes several gatekeepers at once. A lawful channel (a pharmacist, a pharmacy counter) excuses the
    sentence only where it stands, not where it is removed with the rest ("no questionnaire and no pharmacist
    review"). A seller that never checks with the prescriber ("We never
    contact your doctor") removes the prescriber too. A warning against it ("never
    buy ... without a prescription", "we cannot supply it without ...") is none. "You can buy hydrocortisone cream
    without a prescription" names no such medicine.

    Class: on a page with no shop phrase and no sales price (`selling_page` false), an
    organisation that names a lawful channel in its own voice tells the reader where the medicine is supplied
    lawfully ("many of our pharmacies can now supply the progestogen-only pill without a GP appointment", "It is
    available without a prescription at most pharmacies, and our program gives out kits at no charge", "Our
    pharmacists can give you the morning-after pill without an appointment with your GP"); on a page that sells
    the seller's "we"/"our" still outweighs the channel ("Our pharmacy ships sildenafil without a prescription. Order
    now")."""
    removed = px.without_prescription.spans(probe) + _gatekeepers_removed(probe, px)
    if not removed or px.supply_warnings.any(probe):
        return []
    seller = px.seller_voice.any(probe)
    spans = _merged(removed)
    # (a pharmacist removed with the rest is no lawful channel: "no questionnaire and no pharmacist review")
    if not (seller and selling_page) and any(not any(start <= channel[0] and channel[1] <= end for start, end in spans)
                          for channel in px.lawful_channels.spans(probe)):
        return []  # "can be bought from a pharmacy without a prescription", "after a consultation"

    needed = any(_NEEDED.search(probe.text, start, end + 12) for start, end in spans)
    selling = px.supply_verbs.any(probe) or px.medicine_forms.any(probe)  # "Focus Meds, No Script"
    if px.prescription_only.any(probe) and (needed or selling):
        return _one(spans)
    if _names_other_medicine(probe, px, medicines):
        return []  # "hydrocortisone cream you can buy without a prescription": not the page's medicine
    if drug_on_page and (needed or selling or seller or px.gate_bypass.any(probe) or px.gate_reassurances.any(probe)
                         or len(spans) > 1):
        return _one(spans)
    return []


def _names_other_medicine(probe: Probe, px: PromotionLexicon, medicines: Vocabulary | None) -> bool:
    """The sentence names a medicine of its own, not just a form ("hydrocortisone cream", not "your tablets")."""
    if medicines is None:
        return False
    return any(not px.product_nouns.any(Probe(probe.text[start:end])) for start, end in medicines.spans(probe))


def _gatekeepers_removed(probe: Probe, px: PromotionLexicon) -> list[tuple[int, int]]:
    """A gatekeeper word with a removal word just before it ("no GP", "without your doctor's approval", "never
    ask for a prescription") or just after it ("prescription-free", "prescription not required")."""
    found = []
    for start, end in px.gatekeepers.spans(probe):
        if _CHARGE_AFTER.match(probe.text, end):
            continue  # "no consultation fee": a price, not the prescriber removed
        before = px.gate_removed_before.search(probe, max(0, start - 32), start)
        if before is not None and not any(mark in probe.text[before[1] : start] for mark in ",;:.!?"):
            found.append((before[0], end))
            continue
        after = px.gate_removed_after.search(probe, end, min(len(probe.text), end + 20))
        if after is not None and after[0] - end <= 2:
            found.append((start, after[1]))
    return found


def _one(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One finding per offer: "No GP, no forms, no video call" is one span."""
    return [(spans[0][0], spans[-1][1])]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def cure_howto_spans(probe: Probe, px: PromotionLexicon) -> list[tuple[int, int]]:
    """"learn how to reverse arthritis naturally", "how to cure eczema in a week"."""
    return px.cure_howto.spans(probe)


_OBJECT_FILLERS = frozenset("up down off out away back in the a an your my his her their its our any every all "
                            "those these that this".split())
_NOT_SUBJECTS = frozenset("the a an your my our their its his her to of for with by from in on at into as and or but "
                          "that which who whom whose when if than not no".split())
_MODALS = frozenset("will can could may might would should".split())
_AUXILIARIES = frozenset("is are was were be been am has have had do does did can could may might will would should "
                         "must 's".split())
# Closed-class words the lemma table leaves out: unknown to it, but no name.
_FUNCTION_WORDS = _NOT_SUBJECTS | frozenset("every each some many most much more less this these those there here what "
                                            "where while they them their theirs yours ours also even just only very "
                                            "about after before over under between through during without "
                                            "within".split())


def acts_on_body(probe: Probe, px: PromotionLexicon, outcome: Vocabulary, agents: tuple[Vocabulary, ...]) -> bool:
    """uncited-benefit: in sales copy a product, ingredient or the seller acting on the body states an effect
    whatever verb it uses: "Joint+ lubricates your joints", "Turmeric and boswellia switch off the inflammation",
    "Each capsule revs up your metabolism", "Two gummies a day give your immune system ...".

    By grammar, not by verb list: a verb (by the lemma table) after a subject word (a noun, a name the table does not
    know, a pronoun or a modal; not after a determiner or preposition, where it is a noun, nor after a relative
    pronoun, where it describes a noun), followed within a few particles, determiners and adjectives by a health
    outcome; the words before it name an agent (a product, ingredient, brand or the seller) or a name. Verbs of
    trade and make-up are not effects ("SoundPure sells hearing aids", "each capsule contains ...")."""
    words = probe.words
    for index in range(1, len(words)):
        word, before = words[index], words[index - 1]
        if before in _NOT_SUBJECTS or word in _AUXILIARIES or "VERB" not in lemmas(word):
            continue
        if probe.text[probe.starts[index] - 1] in "-‑":
            continue  # the second half of a compound ("a weight-related health condition"), not a verb
        if px.idle_verbs.matches_word(probe, index):
            continue
        if not (before in _MODALS or _subject_word(before)):
            continue
        if not _outcome_follows(probe, index, outcome):
            continue
        if any(agent.search(probe, 0, probe.starts[index]) is not None for agent in agents) \
                or any(_name(w) for w in words[:index]):
            return True
    return False


def product_verb_fragment(probe: Probe, px: PromotionLexicon, outcome: Vocabulary) -> bool:
    """uncited-benefit: in sales copy, a bullet or heading that opens with a verb in the third person, its subject the
    product the page sells, acting on a health outcome or a body part ("Heals torn ligaments and tendons faster",
    "Wakes up dormant follicles", "Shrinks swelling and breaks up scar tissue", "Protects your heart from the strain
    of apnea"): `acts_on_body` with the subject left out, as a list of features leaves it. Not a verb of trade,
    make-up or fit ("Contains zinc", "Ships in two days", "Fits most adult mouths": idle_verbs), and not a plural
    noun opening a noun phrase ("Repairs and servicing"), which no health outcome follows. The caller passes only
    list items and headings of a page that sells."""
    words = probe.words
    if len(words) < 2:
        return False
    word = words[0]
    found = lemmas(word)
    if "VERB" not in found or word in found["VERB"] or not word.endswith("s"):
        return False
    if px.idle_verbs.matches_word(probe, 0):
        return False
    return _outcome_follows(probe, 0, outcome)


def _modifier(word: str) -> bool:
    """An adjective or a participle before a noun ("dormant", "worn", "tired"), not a noun."""
    found = lemmas(word)
    if "NOUN" in found:
        return False
    return "ADJ" in found or set(found) == {"VERB"} and word not in found["VERB"]


def _name(word: str) -> bool:
    """A name the lemma table does not know ("boswellia", "semaglutide"), not a closed-class word."""
    return len(word) > 3 and word.isalpha() and word not in _FUNCTION_WORDS and not lemmas(word)


def _subject_word(word: str) -> bool:
    """A noun, pronoun or a name."""
    return word in ("it", "they", "this", "these", "we") or _name(word) or "NOUN" in lemmas(word)


def _outcome_follows(probe: Probe, verb: int, outcome: Vocabulary) -> bool:
    """A health outcome within three words after the verb, past particles, determiners and adjectives."""
    words = probe.words
    for index in range(verb + 1, min(verb + 5, len(words))):
        if outcome.starts_at(probe, index):
            return True
        word = words[index]
        if word not in _OBJECT_FILLERS and not _modifier(word):
            return False
    return False


_AGAIN_OR_BETTER = re.compile(r"\b(?:again|younger|better|lighter|freely|easier|easily|longer|deeper|clearer|"
                              r"stronger|healthier|fitter|calmer|slimmer|brighter|clearly|refreshed|energi[sz]ed|rested|"
                              r"revitali[sz]ed|renewed|pain[\s-]free|like\s+(?:yourself|new|a\s+\w+)|(?:like|as)\s+never\s+before)\b",
                              re.I)
# A means or condition: the imperative advises ("by gargling", "if you smoke", "with plenty of water").
_MEANS = re.compile(r"\b(?:by\s+\w+ing|if|when|whenever|until|unless|with\s+(?:plenty|lots|a\s+(?:cool|warm|cold|damp))"
                    r"|try\s+to|so\s+that)\b", re.IGNORECASE)
# A customer speaking of themself ("I feel twenty-five again", "We both look ten years younger"): a testimonial.
_FIRST_PERSON_SUBJECT = re.compile(r"^\W*(?:i|we)\s+(?:\w+\s+)?(?:feel|felt|look|looked)\b", re.IGNORECASE)
# A result as the imperative's object: "See results in 7 days", "Feel the difference" (not "See our results page").
_RESULT_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|real\s+|visible\s+)?(?:difference|results)\b"
                            r"(?!\s+(?:page|section|gallery|below|here|between|of\s+our))", re.IGNORECASE)
_FEELING = re.compile(r"\b(?:feel|feels|feeling|felt|look|looks|looking)\b", re.IGNORECASE)
_TITLE_PART = re.compile(r"\s[–—-]\s+|:\s+")
_TITLE_MARKS = ":–—-"  # every match of `_TITLE_PART` holds one of them
_WITHOUT = re.compile(r"\b[a-z]+(?:s|ed|ing)?\s+(?:[\w-]+\s+)?without\s+(?:a\s+|any\s+|the\s+)?", re.IGNORECASE)
_RHETORICAL_WHY = re.compile(r"^\W*why\s+(?!(?:do|does|did|is|are|was|were|am|can|could|would|should|will|shall|"
                             r"has|have|had|might|must|may|not|isn't|aren't|don't|doesn't|won't|can't)\b)[a-z]+\b"
                             r"[^?]*?\b(?:when|if)\s+", re.IGNORECASE)


def rhetorical_assertion(text: str) -> str | None:
    """uncited-benefit: "Why hide behind make-up when one session erases redness?", "Why suffer when ...?": a "why"
    with a bare verb asks nothing (a real question has an auxiliary: "Why does acne get worse when ...?"); the
    clause after "when" is asserted. Returned with the question part blanked (same length, so offsets hold) and the
    question mark made a full stop; None when the sentence is a real question."""
    stripped = text.rstrip()
    if not stripped.endswith("?"):
        return None
    match = _RHETORICAL_WHY.match(text)
    if match is None:
        return None
    return " " * match.end() + stripped[match.end() : -1] + "." + text[len(stripped) :]


# A customer named at the start of a testimonial or caption: a given name, with an age or a description after it or
# before it ("Dana, 41, ...", "Four-week-old Alfie ...", "Ella, a keen netballer, ...").
_NAMED_AT_START = re.compile(r"^\W*(?:[\w-]+-(?:year|month|week|day)-old\s+)?([A-Z][a-z]+)(?:\s*,|\s+[a-z])")
_NOT_NAMES = frozenset("the a an this that these those our your their his her its my we you they he she it there here "
                       "every each all some most many one no".split())


def named_customer(probe: Probe) -> bool:
    """A sentence that opens with a person's given name (a capitalised word no dictionary knows, so not a brand
    either: claims_functions.yaml brands), as third-person testimonials and photo captions do."""
    match = _NAMED_AT_START.match(probe.text)
    if match is None:
        return False
    name = match.group(1)
    return name.lower() not in _NOT_NAMES and not lemmas(name.lower())


def inviting_assertion(probe: Probe, px: PromotionLexicon) -> str | None:
    """uncited-benefit: in sales copy, a question that invites the reader to a result ("Ready to feel like yourself
    again?", "Want to wake up without back pain?", "Ready for clearer skin?": claims_functions.yaml
    inviting_questions) asks nothing: it offers what follows as what the product gives. Returned with the inviting
    words blanked (same length, so offsets hold) and the question mark made a full stop, to be read as an
    imperative; None for any other text. Whether the rest is a result is left to the reader of the assertion (an
    order or a booking stays an instruction: "Ready to order?", "Want to book a call?")."""
    text = probe.text
    stripped = text.rstrip()
    if not stripped.endswith("?"):
        return None
    spans = px.inviting_questions.spans(probe)
    if not spans or spans[0][0] > len(text) - len(text.lstrip(" \"'“‘(")):
        return None
    end = spans[0][1]
    return " " * end + stripped[end:-1] + "." + text[len(stripped):]


def complaint_question(probe: Probe, px: PromotionLexicon, outcome: Vocabulary) -> bool:
    """Class: uncited-benefit in sales copy, a rhetorical question that names the reader's complaint.

    What it does: on a page that sells, a question opening with the reader's weariness of or struggle with something
    (claims_functions.yaml complaint_questions: "Tired of", "Fed up with", "Sick of") that names a complaint
    or a body part after it (`outcome`, the sold outcome: "Tired of cramps that wake you at night?", "Sick of neck
    pain that follows you out of bed?", "Fed up with bloating after every meal?") is a promised result: the
    product is offered as the end of it.
    Why is this bad? Such headlines stand above the product as its promise, and nothing else in them is a claim's
    grammar, so they were read as questions and let go.
    Example: not "Tired of waiting for your parcel?" or "Fed up with queues at the chemist?" (no complaint named),
    nor "How long does a jar last?" (no complaint question)."""
    stripped = probe.text.rstrip(" \"'”’)")
    if not stripped.endswith("?"):
        return False
    spans = px.complaint_questions.spans(probe)
    if not spans or spans[0][0] > len(probe.text) - len(probe.text.lstrip(" \"'“‘(")):
        return False
    return outcome.search(probe, spans[0][1], len(probe.text)) is not None


def benefit_compound(probe: Probe, px: PromotionLexicon, outcome: Vocabulary) -> bool:
    """Class: uncited-benefit in sales copy, a compound adjective that sells a result on the body it names.

    What it does: on a page that sells, a compound of a body part or complaint (`outcome`, the sold outcome) and a
    word of help or freedom (claims_functions.yaml benefit_compounds: "Spine-aligning curve for back sleepers",
    "Tummy-taming strains chosen for women", "Fresh, ache-free legs at the end of the day") is a promised result,
    whatever else the fragment says.
    Why is this bad? Feature bullets sell the benefit in one hyphenated adjective; with no verb and no outcome word
    standing alone they were read as product descriptions.
    Example: not "eco-friendly packaging", "cruelty-free" or "gluten-free" (the stem names no body part or
    complaint), nor "fat-free" or "stress-free returns" (unsold_compound_stems: what is left out, or the service)."""
    for start, end in px.benefit_compounds.spans(probe):
        hyphen = probe.text.find("-", start, end)
        if hyphen < 0 or px.unsold_compound_stems.search(probe, start, hyphen) is not None:
            continue
        found = outcome.search(probe, start, hyphen)
        if found is not None and found[0] == start:
            return True
    return False


def promised_result(probe: Probe, px: PromotionLexicon, outcome: Vocabulary,
                    people: tuple[Vocabulary, ...] = ()) -> bool:
    """uncited-benefit, uncited-timeline: a result promised in sales copy without a claim's usual grammar.

    - a farewell to a complaint: "Say goodbye to cravings and bloating", "No more aching knees";
    - the end of hiding or avoiding life, whatever follows: "No more hiding your smile in photos", "No more
      cancelling dates" (ended_avoidance; not "No more queues");
    - a complaint declared dealt with: "Menopause, handled.", "Acne, sorted" (settled_complaints);
    - two results in a verbless headline, each a noun and the way it goes, one of them a health outcome: "Cortisol
      down, mood up", "Cravings down, energy up" (paired_shifts; not "Lights down, volume up");
    - a result said to be within reach: "Smoother skin is just a few taps away" (near_results; not a service or a
      place: "Your appointment is one click away", near_services);
    - a body part said to be grateful: "Your knees will thank you" (grateful_body);
    - a compound adjective of a body part or complaint and help or freedom: "Spine-aligning curve", "ache-free legs"
      (`benefit_compound`);
    - a benefit noun said to last, work or be fast ("Pain relief that lasts all day", "fast, drug-free relief",
      "powerful antioxidant protection": validators/data/claims_functions.yaml, lasting_benefits);
    - a share of customers reporting a result: "87% of families report calmer mornings" (reported_results);
    - an imperative of a bodily function with "again", a comparative or a result: "Feel like yourself again", "Move
      freely again", "Look 10 years younger", "Feel lighter by day 5", "See results in 7 days", "Feel the difference";
    - a function or state of the reader won back, opening the sentence ("Regain control of your bladder", "Get
      your energy back", "Take back your smile", "Back to running with the kids": regained_states); not money or a
      place ("Get your money back", "Back to top");
    - an imperative of a restoring or benefit verb with a health outcome as its object and no means given:
      "Rebuild worn cartilage", "Heal your gut", "Calm your mind" (not advice: "Ease a sore throat by gargling",
      "Protect your skin from the sun", whose verb is a protective one);
    - a result adjective (a comparative by morphology, or a listed one: "visible") before a health outcome:
      "Stronger bones, healthier joints, fewer aches", "Clearer, younger skin in four weeks", "Visible results";
      a listed result adjective before a result noun: "Visible difference overnight" (result_nouns);
    - people (`people`: customers, clients, "most people") doing something without a complaint or feeling better:
      "Most customers climb stairs without pain within 14 days", "Clients leave feeling lighter", and a customer
      feeling or looking better in the first person: "I feel twenty-five again", "We both look years younger".
    An imperative is a verb at the start of the sentence, or of a title's part after a dash or colon ("Anti-wrinkle
    injections – Look 10 years younger"), not followed by an auxiliary ("Sleep is vital" states)."""
    for start, end in px.farewells.spans(probe):
        if outcome.search(probe, start, min(len(probe.text), end + 40)) is not None:
            return True
    if px.ended_avoidance.any(probe):
        return True  # "No more hiding your smile in photos": life no longer avoided
    if _within_reach(probe, px):
        return True  # "Your calmest, most focused self is one clip away"
    if benefit_compound(probe, px, outcome):
        return True  # "Spine-aligning curve for back and side sleepers", "Fresh, ache-free legs"
    if px.lasting_benefits.any(probe) or px.reported_results.any(probe) or px.grateful_body.any(probe):
        return True  # ... "Your knees will thank you on every stair"
    for start, _ in px.settled_complaints.spans(probe):
        if outcome.search(probe, max(0, start - 40), start) is not None:
            return True  # "Menopause, handled."
    if px.paired_shifts.any(probe) and outcome.any(probe):
        return True  # "Cortisol down, mood up"
    for start in _clause_starts(probe):
        index = bisect.bisect_left(probe.starts, start)
        if index + 1 >= len(probe.words) or probe.words[index + 1] in _AUXILIARIES:
            continue
        lead = px.result_imperatives.search(probe, start)
        if lead is not None and lead[0] == probe.starts[index] \
                and (_AGAIN_OR_BETTER.search(probe.text, lead[1]) or _RESULT_OBJECT.match(probe.text, lead[1])):
            return True
        lead = px.regained_states.search(probe, start)
        if lead is not None and lead[0] == probe.starts[index]:
            return True  # "Regain control of your bladder", "Get your energy back", "Back to running"
        lead = px.restoring_verbs.search(probe, start)
        if lead is not None and lead[0] == probe.starts[index] and not _MEANS.search(probe.text) \
                and _outcome_follows(probe, index, outcome):
            return True
        if _base_form(probe.words[index]) and px.result_manners.search(probe, probe.ends[index]):
            return True  # "Eat steak, apples and corn on the cob with total confidence"
    if px.testimonial_results.any(probe) and _FIRST_PERSON_WORD.search(probe.text):
        return True  # "I can read the alarm clock for the first time since I was nine"
    if px.customer_results.any(probe) and named_customer(probe):
        return True  # "Dana, 41, back at her desk every day after her second round"
    if any(vocabulary.any(probe) for vocabulary in people) or _FIRST_PERSON_SUBJECT.match(probe.text):
        feeling = _FEELING.search(probe.text)
        if feeling is not None and _AGAIN_OR_BETTER.search(probe.text, feeling.end()) is not None:
            return True  # "Clients leave feeling lighter and more energised"
    if "without" in probe.word_set and any(vocabulary.any(probe) for vocabulary in people):
        for match in _WITHOUT.finditer(probe.text):
            found = outcome.search(probe, match.end())
            if found is not None and found[0] == match.end():
                return True
    return _result_adjective_before_outcome(probe, px, outcome)


def _within_reach(probe: Probe, px: PromotionLexicon) -> bool:
    """A result said to be within reach: "Smoother skin is just a few taps away", "Peace of mind is one phone call
    away", "Relief is only minutes away". Not a service or a place ("Your appointment is one click away", "Help is
    one call away", "The clinic is a short walk away"): the subject, the words before the verb, names none
    (near_services)."""
    return any(px.near_services.search(probe, 0, start) is None for start, _ in px.near_results.spans(probe))


_FIRST_PERSON_WORD = re.compile(r"(?<![\w'’-])(?:I|[Mm]y|[Mm]e|I've|I’ve|I'm|I’m)(?![\w'’-])")


def _base_form(word: str) -> bool:
    """A verb in its base form ("eat", "throw"), no adjective, adverb or function word: an imperative's verb."""
    found = lemmas(word)
    return "VERB" in found and word in found["VERB"] and not found.keys() & {"ADJ", "ADP", "PRON", "DET", "ADV"}


def _clause_starts(probe: Probe) -> list[int]:
    """Where the sentence, and each part of it after a dash or colon, begins (first word). `_TITLE_PART` opens with a
    class sre cannot scan for, so it is run only on a sentence with a colon or dash (`_TITLE_MARKS`; most have none)."""
    starts = [probe.starts[0]] if probe.starts else []
    text = probe.text
    if any(map(text.__contains__, _TITLE_MARKS)):
        starts += [match.end() for match in _TITLE_PART.finditer(text)]
    return starts


def _result_adjective_before_outcome(probe: Probe, px: PromotionLexicon, outcome: Vocabulary) -> bool:
    words = probe.words
    listed_words = px.result_adjectives.matching_words(probe)  # asked once for the sentence, not word by word
    for index, word in enumerate(words[:-1]):
        listed = index in listed_words
        if not (listed or word in _COMPARATIVE_WORDS or word.endswith("er") and _comparative(word)):
            continue
        for following in (index + 1, index + 2):
            if following >= len(words):
                break
            if outcome.starts_at(probe, following):
                return True
            if listed and px.result_nouns.matches_word(probe, following):
                return True  # "Visible difference overnight", "Noticeable change after two weeks"
            if not _comparative(words[following]) and set(lemmas(words[following])) != {"ADJ"}:
                break
    return False


_COMPARATIVE_WORDS = frozenset(("better", "fewer", "less", "more"))


def _comparative(word: str) -> bool:
    """An adjective in comparative form ("stronger", "healthier", "fewer", "better"), by the lemma table."""
    if word in _COMPARATIVE_WORDS:
        return True
    return word.endswith("er") and any(lemma != word for lemma in lemmas(word).get("ADJ", ()))


def complaint_resolved(probe: Probe, px: PromotionLexicon, complaints: tuple[Vocabulary, ...]) -> bool:
    """uncited-benefit: a complaint that goes away ("My erection problems disappeared after the first order", "your
    cravings will vanish", "the pain just melted away"): a result, not a harm, though the complaint is a harm word.
    The complaint stands within four words before the resolution."""
    for start, _ in px.resolutions.spans(probe):
        window = max(0, start - 40)
        if any(vocabulary.search(probe, window, start) is not None for vocabulary in complaints):
            return True
    return False


def rivals_a_treatment(probe: Probe, px: PromotionLexicon, treatments: tuple[Vocabulary, ...]) -> bool:
    """comparison: a product set against a treatment without "than" ("GlowBand beats creams and gels", "a natural
    alternative that outperforms probiotics", "a drug-free alternative to sleeping pills"): a claim of efficacy
    against it. The rival verb or phrase comes before a treatment or product within a few words. A product said to do
    more than, do the work of or cost less than a rival (outdoing_verbs) is set against a practice too ("One soak does
    more for tight calves than a week of stretching", "does the job of a cupboard full of pre-workouts", "All the
    benefits of a spa sauna for less than a year of gym membership": rival_practices)."""
    for _, end in px.rival_verbs.spans(probe):
        stop = min(len(probe.text), end + 30)
        if any(vocabulary.search(probe, end, stop) is not None for vocabulary in treatments):
            return True
    # outdoing, doing the work of or costing less than a rival treatment, product or practice ("does more for tight
    # calves than a week of stretching", "for less than a year of gym membership")
    for _, end in px.outdoing_verbs.spans(probe):
        stop = min(len(probe.text), end + 40)
        if any(vocabulary.search(probe, end, stop) is not None for vocabulary in (*treatments, px.rival_practices)):
            return True
    return px.rival_measures.any(probe)  # "Twice the success rate of high-street dentists"


def dismisses_alternative(probe: Probe, px: PromotionLexicon) -> bool:
    """comparison: a rhetorical question in sales copy that dismisses the alternative to what is sold ("Why settle
    for another pair of glasses every two years?", "Why put up with dentures that slip and click?", "Tired of patches
    and pills that barely touch your symptoms?"): the product is claimed to do better. A real question has an
    auxiliary ("Why do my knees click?", "Is it as safe as prescription creams?") or asks about the product ("Why
    choose us?")."""
    return px.dismissive_questions.any(probe)


_NOT_SINCE = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bno)\b([^.;!?]{0,50}?)\bsince\s+(?:(?:i|we|she|he|they|my|our)\s+"
                        r"(?:started|began|switched|tried|first)|starting|taking|using|switching|trying|the\s+first)\b",
                        re.IGNORECASE)


def complaint_gone_since(probe: Probe, outcome: Vocabulary) -> bool:
    """uncited-benefit: a complaint denied since a product was started ("My kids haven't had a single cold since we
    started VitaBear", "No headaches since I began taking it"): a result, though worded as a denial."""
    for match in _NOT_SINCE.finditer(probe.text):
        if outcome.search(probe, match.start(1), match.end(1)) is not None:
            return True
    return False


def comparative_fragment(probe: Probe, px: PromotionLexicon) -> bool:
    """uncited-benefit: in sales copy, a headline or bullet that opens with a comparative adjective before a noun
    ("Cooler nights, calmer days", "Sharper sight without the hassle of glasses", "Fewer sick days", "Softer,
    smoother skin") sells a result, health word or not; not one of trade, age or dose ("Lower prices", "Faster
    delivery", "Older adults", "Higher doses": unsold_comparatives). The caller passes only fragments (no finite
    verb)."""
    words = probe.words
    if len(words) < 2 or not _comparative(words[0]) or words[0] in ("more", "less"):
        return False
    return px.unsold_comparatives.search(probe, 0, min(len(probe.text), probe.ends[min(2, len(words) - 1)])) is None


def timed_result(probe: Probe, px: PromotionLexicon, timeline: Vocabulary) -> bool:
    """uncited-timeline: on a page that sells, a result felt, seen or lived by a stated time, with no health word.

    What it does: reads "Most people feel the difference within 45 minutes of their first dose", "You will feel it
    within the hour", "Visible regrowth in 12 weeks", "Within six weeks, most patients are back on the golf course"
    as timelines of effect: a result phrase (claims_functions.yaml timed_results) and a timeline
    (claims_statistics.yaml) in one sentence.
    Why is this bad? The classifier looks for a timeline only in a sentence about a health effect; sales copy times
    the result in everyday words ("the difference", "back at their desks"), so the promise of when it works went
    unread. A delivery, a reply or a test result is no result ("You will receive it within the hour", "See your
    results within 48 hours", "Our nurses are back on duty within an hour"); the caller leaves out logistics.
    Example: "Most men notice a difference by their third visit." on a clinic's page."""
    return px.timed_results.any(probe) and timeline.any(probe)
