"""A small statistical reading of sales copy: logistic regression on word unigrams, their stems (`stem`), bigrams, a few
word shapes and the classes of our claim vocabularies a sentence holds (`vocabulary_classes`), trained on this
project's own labelled claim and non-claim sentences (`build_claim_model`), shipped as the weights in
validators/data/claims_model.json.

Hand-written phrase rules fit the sentences they were tuned on; sales copy keeps finding new idioms for a benefit
("Wake up pain-free", "Cooler nights, calmer days"). The model scores how much a sentence reads like a claim, from
the words our labelled claims share. It is used only as a late signal (`promote`): on a page that sells, a sentence
the rules left alone that the model scores very high and that names a health outcome, a treatment or an effect
becomes a promoted benefit claim (claim.uncited, a warning for a reviewer). Never on an information page.
"""

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from validators.claims.classify import recommends_an_action

MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "claims_model.json"

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?|[%£$€!?:]")
_DIGITS = re.compile("[0-9]+")  # the only digits `_TOKEN` takes


def tokens(text: str) -> list[str]:
    """Lower-cased words (digits folded to 0) and the marks that matter: % £ $ € ! ? :.

    The digits are folded and the curly apostrophes made straight in the whole text, before it is split: the
    same tokens as folding each token (a run of ASCII digits stays a run of digits, `_TOKEN` takes either
    apostrophe), in three calls instead of two per token."""
    return _TOKEN.findall(_DIGITS.sub("0", text.lower().replace("’", "'")))


# The endings `stem` takes off a word, longest first, and the letters a word keeps at least.
_ENDINGS = ("ings", "ing", "edly", "ed", "es", "s", "ly")
_STEM_KEEPS = 4


@lru_cache(maxsize=1 << 16)  # pages repeat their words, and a call in C costs less than the loop
def stem(word: str) -> str:
    """The word without its inflection or adverb ending (`_ENDINGS`), when at least `_STEM_KEEPS` letters remain:
    "loosens", "loosened", "loosening" -> "loosen"; "quickly" -> "quick"; "calm" stays.

    What it does: gives the model (`features`) a second reading of each word, shared by its inflected forms.
    Why is this bad? A word unigram learns only the form the labelled pages used: "soothes" in training says nothing
    of "soothing" or "soothed" on a new page, and sales copy varies the form more than the word. Grouped 5-fold
    cross-validation over the tuned sets (RESULTS_claims_mclaim42.md): the model alone scores 605 of the 1011
    labelled marketing claims at its threshold with stems against 563 without, non-claims 11 against 9.
    Example: "Feel your knees loosening" shares "t:loosen" with "Loosens stiff knees"."""
    for ending in _ENDINGS:
        if len(word) >= len(ending) + _STEM_KEEPS and word.endswith(ending):
            return word[: -len(ending)]
    return word


def features(text: str, heading: bool = False, classes: tuple[str, ...] = (), stems: bool = True) -> list[str]:
    """Unigrams, their stems (`stem`, words of more than three letters; not when `stems` is false: the veto's own
    weights are trained without them, `build_claim_model.veto_examples`), bigrams (with a start mark: the first word
    says imperative or not), word shapes and the word classes of our claim vocabularies the sentence holds
    (`vocabulary_classes`)."""
    words = tokens(text)
    found = [f"w:{w}" for w in words]
    if stems:
        found += [f"t:{stem(w)}" for w in words if len(w) > 3 and w.isalpha()]
    padded = ["<s>", *words]
    found += [f"b:{a} {b}" for a, b in zip(padded, padded[1:], strict=False)]
    stripped = text.strip()
    if len(words) <= 6:
        found.append("s:short")
    if stripped.endswith("!"):
        found.append("s:exclaim")
    if stripped.endswith("?"):
        found.append("s:question")
    if stripped.endswith(":"):
        found.append("s:lead-in")
    if any(map(str.isdigit, stripped)):
        found.append("s:digit")
    if re.search(r"[£$€]\s?\d", stripped):
        found.append("s:price")
    if heading:
        found.append("s:heading")
    found += [f"v:{name}" for name in classes]
    return found


def _class_vocabularies(lexicon) -> tuple:
    functions, promotion = lexicon.functions, lexicon.promotion
    return (
        ("outcome", lexicon.outcome), ("treatment", lexicon.treatment), ("body", lexicon.health_words),
        ("effect", lexicon.effect_predicate),
        ("remedy", functions.remedies), ("brand", functions.brands), ("product", promotion.product_nouns),
        ("benefit", functions.benefit), ("harm", functions.harm), ("improvement", functions.improvements),
        ("effect-noun", functions.effect_nouns), ("result-adjective", promotion.result_adjectives),
        ("result-noun", promotion.result_nouns), ("restoring", promotion.restoring_verbs),
        ("timeline", lexicon.timeline), ("absolute", lexicon.absolute), ("superlative", promotion.superlative_words),
        ("logistics", lexicon.logistics), ("services", lexicon.services), ("definition", lexicon.definition),
        ("company", lexicon.company_subject), ("negation", lexicon.negation), ("hedge", lexicon.hedge),
        ("dosing", functions.dosing), ("call-to-action", lexicon.call_to_action), ("directive", lexicon.directive),
        ("course", functions.course_markers), ("person", functions.person_subjects),
    )


def vocabulary_classes(probe, lexicon) -> tuple[str, ...]:
    """The classes of words of our claim vocabularies (claims_*.yaml) the sentence holds: an outcome, a treatment, an
    effect verb, a product noun, a result adjective, logistics, a hedge ... A class generalises where a word cannot:
    "varicose veins" and "ear infections" share the weight of every outcome the training pages named."""
    return tuple(name for name, vocabulary in _class_vocabularies(lexicon) if vocabulary.any(probe))


@lru_cache(maxsize=1)
def model() -> dict:
    """The shipped weights: {"bias": float, "weights": {feature: float}, "threshold": float}."""
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


def score(text: str, heading: bool = False, weights: dict | None = None, classes: tuple[str, ...] = ()) -> float:
    """The model's probability that `text` (holding the vocabulary `classes`) is a claim."""
    weights = weights or model()
    table = weights["weights"]
    z = weights["bias"] + sum(table.get(f, 0.0) for f in features(text, heading, classes))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def sentence_score(probe, lexicon, heading: bool = False, weights: dict | None = None) -> float:
    """The model's probability that the sentence of `probe` is a claim, its vocabulary classes read with `lexicon`."""
    return score(probe.text, heading, weights, vocabulary_classes(probe, lexicon))


# How far a bound is moved before it decides (`scores_at_least`): the score's sum adds the same weights in another
# order, so it may differ from a bound by a few units of rounding (the weights are about 1; 1e-9 is millions of them).
_BOUND_MARGIN = 1e-9
# Around the threshold's logit a bound is judged with the logistic function itself: a bound further than this from
# the logit is on the same side of it as the probability `score` computes for it (a change of 1e-6 in the logit moves
# the probability by about 1e-7 here, many times the function's own rounding error).
_LOGIT_MARGIN = 1e-6


def _probability(z: float) -> float:
    """The logistic function as `score` computes it (clipped at +-30)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class ClassWeights(NamedTuple):
    """The weighted vocabulary classes in the order `scores_at_least` asks them (largest weight first, either sign),
    and the sums of their negative and of their positive weights."""

    entries: tuple[tuple[str, object, float], ...]  # (name, vocabulary, weight), no zero weight
    negative: float
    positive: float


def class_weights(lexicon, weights: dict | None = None) -> ClassWeights:
    """The vocabulary classes of `lexicon` with their weights in `weights` (a caller scoring many sentences makes
    this once)."""
    table = (weights or model())["weights"]
    weighted = [(name, vocabulary, table.get(f"v:{name}", 0.0)) for name, vocabulary in _class_vocabularies(lexicon)]
    entries = tuple(sorted((entry for entry in weighted if entry[2]), key=lambda entry: -abs(entry[2])))
    return ClassWeights(entries, sum(e[2] for e in entries if e[2] < 0), sum(e[2] for e in entries if e[2] > 0))


def scores_at_least(probe, lexicon, threshold: float, heading: bool = False, weights: dict | None = None,
                    classes: ClassWeights | None = None) -> bool:
    """`sentence_score(probe, lexicon, heading, weights) >= threshold`, asking only the vocabulary classes that can
    still change the answer.

    The score is the logistic function of the bias + the weights of the sentence's text features (words, bigrams,
    shapes) + the weights of the vocabulary classes it holds: classes not yet asked can add at most their positive
    weights and at least their negative ones. The classes are asked largest weight first (`class_weights`; `classes`
    when the caller has them); as soon as both bounds fall on one side of the threshold (by a margin for rounding),
    that side is the answer. Otherwise every class is asked and the score is the one `score` computes, summed in the
    same order. Most sentences are decided by a few classes (each class is a vocabulary question)."""
    weights = weights or model()
    table, bias = weights["weights"], weights["bias"]
    classes = class_weights(lexicon, weights) if classes is None else classes
    summed = [table.get(f, 0.0) for f in features(probe.text, heading)]
    partial = sum(summed)
    low, high = bias + partial + classes.negative - _BOUND_MARGIN, bias + partial + classes.positive + _BOUND_MARGIN
    if 0.0 < threshold < 1.0:
        logit = math.log(threshold / (1.0 - threshold))
        below, above = logit - _LOGIT_MARGIN, logit + _LOGIT_MARGIN
    else:  # no logit: every bound is judged by the logistic function
        below, above = -math.inf, math.inf
    held = set()
    for name, vocabulary, weight in classes.entries:
        if high < below or (high < above and _probability(high) < threshold):
            return False
        if low > above or (low > below and _probability(low) >= threshold):
            return True
        found = vocabulary.any(probe)
        if found:
            held.add(name)
        if weight > 0:
            low, high = (low + weight, high) if found else (low, high - weight)
        else:
            low, high = (low, high + weight) if found else (low - weight, high)
    # The sum `score` makes, of the same terms in the same order: `sum` compensates for rounding (Neumaier, Python
    # 3.12), so adding the classes' weights to `partial` one by one could differ from it in the last bit.
    summed += [table[f"v:{name}"] for name, _ in _class_vocabularies(lexicon) if name in held]
    return _probability(bias + sum(summed)) >= threshold


# -- the signal -----------------------------------------------------------------------------------------------------

# What a sentence must not be doing to be read again: a warning, a denial or dosing is never a claim (issue 9: no
# finding asks to soften a warning), whatever words it shares with sales copy.
_NEVER = frozenset(("warning", "negative", "dosing"))
# A customer's words quoted on the page, in the first person ("“My kids haven't had a single cold since we started.”
# – Jenna"): a testimonial (`_testimonial`).
_QUOTE_MARK = re.compile(r"[“”\"]")
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|my|me|I've|I’ve|I'm|I’m)(?![\w'’-])", re.IGNORECASE)


def candidates(document, sentences, lexicon):
    """(sentence, text, heading) of every sentence the rules left alone that the model may read: no claim cue, no
    citation marker, not a warning, denial or dosing, and naming something health-related (`_health`)."""
    from validators.claims.matching import Probe

    for claim, heading in _eligible(document, sentences):
        if _readable(Probe(claim.text), lexicon):
            yield claim, claim.text, heading


def in_heading(document, sentence) -> bool:
    """The sentence is a heading or the title: the model reads it with its heading feature."""
    from validators.document import BlockKind

    return document.blocks[sentence.block].kind in (BlockKind.HEADING, BlockKind.TITLE)


def _eligible(document, sentences):
    from validators.claims.classify import OUTLINE, QUOTED, REPORTED

    for claim in sentences:
        found = claim.classification
        if found.reportable or claim.support.references or claim.support.dangling:
            continue
        if found.function in _NEVER and not (found.function == "negative" and _testimonial(claim.text)):
            continue
        if found.reason in (QUOTED, REPORTED, OUTLINE):
            continue  # a sales line quoted as an example ("Be suspicious of any product that claims to: ..."),
            # others' promises reported, a course's outline entry: the rules have read what the sentence does
        yield claim, in_heading(document, claim.sentence)


def _testimonial(text: str) -> bool:
    """A quotation in the first person: a customer's words.

    What it does: lets the signal read a customer's denial as what it is in a testimonial, a result ("“My kids
    haven't had a single cold since we started VitaBear.”", "“I'm down 61 pounds and my knees don't ache anymore.”",
    "“My teeth haven't looked this good since college.”"), which the classifier's reading as a denial ("negative")
    otherwise keeps from the signal.
    Why is this bad? A testimonial's "no longer" is the benefit the page sells; a denial in the seller's own voice
    ("Our gummies do not contain gelatin") or an information page's negation stays out of the signal.
    Example: "“I haven't had a migraine since March.” – Jo" on a page that sells."""
    return bool(_QUOTE_MARK.search(text) and _FIRST_PERSON.search(text))


def _readable(probe, lexicon) -> bool:
    """The signal may read the sentence: not about ordering, delivery, prices, stock or booking (claims_non_claims.yaml
    logistics), and either naming something health-related (`_health`) or the seller's own words, not a quotation
    nor a sentence in the first person.

    What it does: on a page that sells, the seller's own sentence the model scores as a claim needs no word of our
    health vocabularies: results there are often idioms of ordinary life ("Helps you fall asleep faster and wake up
    refreshed", "No glue, no slipping, no embarrassment", "Show off your feet again", "Stop leaks in just 4 weeks").
    Why is this bad? The health words kept many of these sentences from the model although it read them as claims
    (leave-one-set-out, RESULTS_claims_mkt17.md: six such claims at the threshold, no false alarm). A quotation or a
    sentence in the first person still needs a health word: customers praise the service in the same words ("“The
    front desk remembered my name on my second visit.”", "My favourite colour is the blue case"), unless it tells a
    change over time (claims_functions.yaml told_changes: "“I threw away my concealer after six weeks,” says
    Jasmine", "I used to hobble down the stairs; now my hips barely complain": a testimonial of a changed body or
    life needs no health word, RESULTS_claims_mclaim35.md), and so does a
    figure of the seller's service (claims_statistics.yaml service_measures: "95% of our patients rate our service
    as excellent"), and a sentence about the prescriber or a consultation (claims_functions.yaml gatekeepers: "No
    prescription on file, no problem" is the unlawful-supply rule's to read, and service on a page that sells no
    prescription-only medicine).
    A question of what the reader is searching for ("Looking for brighter skin?") is not read either
    (claims_functions.yaml search_questions): it names a wish, not an effect.
    Example: "Wake up ready to own your day." on a page that sells; not "“Support answered my billing question
    within an hour.” – Luis", nor "Free delivery on every order"."""
    if lexicon.logistics.any(probe) or _advises_an_action(probe) or lexicon.promotion.search_questions.any(probe):
        return False
    if _health(probe, lexicon):
        return True
    voiced = bool(_QUOTE_MARK.search(probe.text) or _FIRST_PERSON.search(probe.text))
    return not (voiced and not lexicon.promotion.told_changes.any(probe)
                or lexicon.service_measures.any(probe) or lexicon.promotion.gatekeepers.any(probe))


def _advises_an_action(probe) -> bool:
    """Someone recommends, advises or urges an action ("recommend staying active", "advise that adults ...").

    What it does: keeps from the signal a sentence in which professionals (or the seller) advise an action, read as
    the evidence rules read it (`classify.recommends_an_action`: a verb of advice before an -ing form, "that", a
    group of people, or "for" and a group), or the sold thing recommended to someone (`_recommended_to_someone`).
    Why is this bad? Advice to act is a professional recommendation, not a result the page sells; its health words
    made the model score it as a claim once fresh26 was trained on ("Physiotherapists recommend staying active after a
    back injury", 0.90). "Dermatologists recommend it" (the sold thing endorsed) is still the evidence rules' finding.
    Example: "Pharmacists urge checking the label before giving any medicine to a child." on a page that sells."""
    words = probe.words
    return any(
        recommends_an_action(words, index) or _recommended_to_someone(words, index)
        for index, word in enumerate(words)
        if word.startswith(("recommend", "advise", "urge"))
    )


def _recommended_to_someone(words: list[str], verb: int) -> bool:
    """"recommend it to every new mum", "recommend them to their patients": whom the thing is advised for (the
    seller's own staff, mkt24), not a result; an endorsement of the sold thing is the evidence rules' to read."""
    following = words[verb + 1] if verb + 1 < len(words) else ""
    return following in ("it", "them", "this", "these") and "to" in words[verb + 2 : verb + 4]


def _health(probe, lexicon) -> bool:
    """The sentence names a health outcome, a treatment, an effect, a remedy, a brand or a product, or a body part,
    complaint or health professional of the maintained dictionary (claims_health_words.txt: "torn ligaments",
    "dormant follicles", "a weak pelvic floor"), and is not about
    ordering, delivery, prices, stock or booking (claims_non_claims.yaml logistics: "Our spray ships in two working
    days", "I saved ten pounds on my first order"), which the rules alone read."""
    return not lexicon.logistics.any(probe) and any(vocabulary.any(probe) for vocabulary in (
        lexicon.outcome, lexicon.treatment, lexicon.effect_predicate, lexicon.functions.remedies,
        lexicon.functions.brands, lexicon.promotion.product_nouns, lexicon.health_words))


# The score a sentence needs in a section that sells (`selling_sections`), and the share of a section's sentences the
# rules must have read as claims for it to sell. Chosen by grouped cross-validation on the tuned marketing pages
# (RESULTS_claims_mclaim39.md): at 0.70 and "more than a third", 43 more of the 258 labelled claims the rules leave
# for 2 more false alarms (a flat threshold of 0.80 finds 38 for 8); on the sets the model is not trained on, 9 more
# and none.
SELLING_SECTION_THRESHOLD = 0.70
SELLING_SECTION_SHARE = 1 / 3
# A section in which the rules read some claims, but no more than a third (`leaning_sections`): the model's score
# needed there, and the share of its sentences the rules must read as claims. Grouped 5-fold cross-validation on the
# tuned marketing pages (RESULTS_claims_mclaim41.md): 0.80 where more than a tenth are claims finds 8 more of the 258
# labelled claims the rules leave (4 of them on the sets never trained on) for no more false alarm; 0.75 finds 11 for 3.
# An instruction keeps 0.88 there (`_threshold`): in a section that is sales copy in part only, an imperative is as
# often the page's advice ("Walk on clear paths where possible.", 0.83, an information article of
# tests/validators/heldout read as selling); without instructions the step finds 5 (2 on the sets never trained on).
# mclaim43 (RESULTS_claims_mclaim43.md), with the bank43 sentences: 0.75 finds 4 more for 2 more false alarms; kept.
LEANING_SECTION_THRESHOLD = 0.80
LEANING_SECTION_SHARE = 1 / 10
# What the seller's own sentence needs elsewhere on a page that sells: outside a selling or leaning section, not read as
# an instruction and not a lead-in (those keep `INSTRUCTION_THRESHOLD` and the model's own threshold, 0.88). mclaim43
# (RESULTS_claims_mclaim43.md): the model's threshold was chosen (mkt10, mkt13) for weights that read neither stems nor
# the sentence bank. With both (and bank43), grouped 5-fold on the tuned pages: 0.85 finds 4 more labelled claims there
# than 0.88 ("Your spine, finally on your side.", "Stress, meet your match.") and no non-claim; 0.80 finds 7 and no
# labelled non-claim of the sets, but promotes two non-claims of the tests (a professional recommending an action, a
# verbless line about a room: 0.83-0.84).
PAGE_THRESHOLD = 0.85
# What a sentence the classifier reads as an instruction needs outside a selling section (`_threshold`). mclaim42
# (RESULTS_claims_mclaim42.md): with word stems the model reads every word twice (the word and its stem) and scores
# imperatives higher; an aftercare instruction on a shop page ("Sleep on your back for two nights after treatment.")
# rose from 0.84 to 0.89. Out of sample on the tuned marketing pages 0.90 keeps 147 of the 148 claims the stems find
# (141 on main), false alarms unchanged: advice in the imperative is as common on a shop page as a promise in it.
INSTRUCTION_THRESHOLD = 0.90


def block_sections(document) -> list[int]:
    """For each block of the document, the number of the section it stands in: a section runs from the title or a
    heading (which opens it and belongs to it) to the next one; text before the first heading is section 0."""
    from validators.document import BlockKind

    section, sections = 0, []
    for block in document.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.TITLE):
            section += 1
        sections.append(section)
    return sections


def selling_sections(sections: list[int], sentences) -> set[int]:
    """The sections (`block_sections`) in which the rules read more than a third of the sentences as claims
    (`SELLING_SECTION_SHARE`), before the model reads any sentence.

    What it does: on a page that sells, lets the model promote a sentence of such a section at a lower score
    (`SELLING_SECTION_THRESHOLD`, 0.70 instead of the model's 0.88): the section is a run of sales copy, and a
    sentence the model already half reads as a claim there is one far more often than elsewhere on the page. A
    question or a heading that asks without a question mark (a lead-in such as "Bloating?", "Why KneeEase works":
    `_leads_in`) keeps the model's own threshold.
    Why is this bad? A benefit section mixes the promises the rules read ("Clinically proven to ease joint pain",
    "Results in 14 days") with idioms they cannot ("Give your legs a lift", "Laser focus, zero crash.", "Sandal-ready
    feet by summer"); the model scores those 0.70-0.88, where, page-wide, it also scores product specifications,
    instructions and boilerplate. In sections whose other sentences are claims the same scores are claims far more
    often: on the tuned marketing pages (grouped cross-validation) the lower threshold there finds 43 claims for 2
    false alarms, where a flat 0.80 finds 38 for 8.
    Example: under a heading "Why our knee shot works", after "Clinically proven to ease stiffness in 7 days" and
    "Doctors recommend it", the line "Stiff knees, meet your morning ritual" (0.73) is promoted; the same line on a
    page whose sections hold no rule-found claim is not; and a section of delivery details and dosing never sells."""
    return _sections_over(sections, sentences, SELLING_SECTION_SHARE)


def leaning_sections(sections: list[int], sentences) -> set[int]:
    """The sections (`block_sections`) in which the rules read more than a tenth of the sentences as claims
    (`LEANING_SECTION_SHARE`), before the model reads any sentence; the selling sections (`selling_sections`) among
    them.

    What it does: on a page that sells, lets the model promote a sentence of such a section that is not a selling
    section at `LEANING_SECTION_THRESHOLD` (0.80) instead of the model's 0.88: a section with a rule-found claim
    among its sentences is sales copy at least in part, and a sentence the model scores just under its threshold
    there is a claim far more often than one of a section of delivery details, instructions or specifications.
    Why is this bad? Benefit lines written as idioms ("Flexibility, strength and peace of mind in one program", "Swap
    your morning cup and get your edge back") score 0.80-0.88; in a long section whose other promises the rules read
    they stood at 0.88. On the tuned marketing pages (grouped cross-validation) the step finds 5 more labelled claims
    for no more false alarm (8 with the instructions, which keep 0.88 here: a partly selling section's imperative is
    as often advice); a flat 0.80 on the whole page finds 13 for 3.
    Example: under "How it works", nine sentences of which two are rule-found claims, the line "Swap your morning cup
    and get your edge back." (0.87) is promoted; the same line in a section of shipping and dosing details is not."""
    return _sections_over(sections, sentences, LEANING_SECTION_SHARE)


def _sections_over(sections: list[int], sentences, share: float) -> set[int]:
    """The sections in which the rules read more than `share` of the sentences as claims."""
    totals: dict[int, list[int]] = {}
    for claim in sentences:
        counts = totals.setdefault(sections[claim.sentence.block], [0, 0])
        counts[0] += 1
        counts[1] += bool(claim.classification.reportable)
    return {section for section, (count, claims) in totals.items() if claims > share * count}


def _leads_in(probe, heading: bool, lexicon) -> bool:
    """A question ("Bloating?", "Why choose us?") or a heading that asks without a question mark (claims_functions.yaml
    lead_in_headings: "Why KneeEase works", "What you get"): the lead-in of what follows, which keeps the model's own
    threshold in a section that sells (`selling_sections`)."""
    return probe.text.rstrip().endswith("?") or heading and lexicon.promotion.lead_in_headings.any(probe)


def _threshold(section: int, selling: set[int], leaning: set[int], found) -> float:
    """The score a sentence of `section` needs: lower in a selling section, less low in a leaning one
    (`leaning_sections`) unless the classifier reads it as an instruction (`found.function`), which needs
    `INSTRUCTION_THRESHOLD` outside a selling section; `PAGE_THRESHOLD` elsewhere on the page."""
    if section in selling:
        return SELLING_SECTION_THRESHOLD
    if found.function == "instruction":
        return INSTRUCTION_THRESHOLD
    return LEANING_SECTION_THRESHOLD if section in leaning else PAGE_THRESHOLD


def promote(document, sentences, lexicon, probes: dict | None = None) -> list:
    """On a page that sells (the caller decides), the sentences the model reads as claims at its threshold become
    promoted benefit claims (profiles: promoted-benefit, claim.uncited); returns them. In a section where the rules
    read more than a third of the sentences as claims (`selling_sections`), the threshold is lower
    (`SELLING_SECTION_THRESHOLD`); where they read more than a tenth (`leaning_sections`), less low
    (`LEANING_SECTION_THRESHOLD`). `probes`: the document's probes by text (`analysis.sentence_probes`), so a sentence
    the classifier prepared is not prepared again."""
    from validators.claims.matching import probe_of

    weights = model()
    classes = class_weights(lexicon, weights)
    sections = block_sections(document)
    selling = selling_sections(sections, sentences)
    leaning = leaning_sections(sections, sentences)
    promoted = []
    for claim, heading in _eligible(document, sentences):
        probe = probe_of(probes, claim.text)
        # Both tests are pure; the cheaper one first (seven vocabulary questions, not features and twenty-seven).
        if not _readable(probe, lexicon):
            continue
        threshold = _threshold(sections[claim.sentence.block], selling, leaning, claim.classification) \
            if not _leads_in(probe, heading, lexicon) else weights["threshold"]
        if not scores_at_least(probe, lexicon, threshold, heading, weights, classes):
            continue
        found = claim.classification
        found.is_claim, found.reason, found.function, found.register = True, "read as a claim (statistical)", \
            "benefit", "promoted"
        found.probe = found.probe or probe
        promoted.append(claim)
    return promoted
