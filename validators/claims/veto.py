"""A learned veto on citation findings of pages that sell nothing (issue 9: professional precision).

The phrase rules read an appeal to evidence, a figure or a time of effect and ask for a citation. On the pages of
health services, agencies, charities and professional bodies many such sentences need none: the publisher's own
figures ("We answered 41,000 calls last year, 12% more than in 2023"), a source named in prose, a statement of what
every guideline agrees on. Each shape got its own pattern, fitted to the tuned pages; held-out pages keep finding
new ones. This module asks one more question instead: does the sentence read like a claim at all? A logistic model
(`statistical.features`: words, bigrams, word shapes and the classes of our claim vocabularies) trained on every
labelled claim and non-claim sentence of the tuned sets: the promotion model itself, validators/data/claims_model.json
(`build_claim_model`), read at the other end of its scale, scores it; a sentence it scores below the veto's threshold is
"vetoed": the citation rules (support_rules) report nothing on it. Retraining the model moves both uses, so the
threshold is re-fitted on every build (`build_claim_model` calls `veto_cv.fit`: leave-one-set-out, the highest grid
step that loses no labelled claim) and stored with the weights (claims_model.json, key "veto").
When the promotion model is also trained on the sentence bank (`build_claim_model.TRAIN_ON_BANK`), the veto keeps
weights of its own, trained on the sentences of the tuned pages alone and stored under the same key
(`reading_weights`): the bank's single sentences of sales copy and general advice moved the veto's fitted threshold
from 0.10 to 0.05 and left more wrong findings on held-out professional pages (RESULTS_claims_mclaim32.md, bank32),
so the veto reads what it was fitted on, pages, and the promotion reads the bank too (RESULTS_claims_mclaim33.md).

Read on an information page (on_information_page: a page that sells nothing and leans on unnamed evidence
at most twice); on a page that sells, only a benefit claim with no cue of its own, at a far lower score
(`apply_on_selling_page`). Never vetoed: any other sentence of a page that sells (on_selling_page), and a
sentence with an absolute promise, a superlative or an offer of unlawful supply (their own rules report them
whatever the score); fair balance is a rule of the page, not of a sentence, and is never read here.
"""

from validators.claims import statistical


def threshold(weights: dict) -> float:
    """The veto's threshold fitted to `weights` when they were built (`veto_cv.fit`)."""
    return weights["veto"]["threshold"]


def reading_weights(weights: dict) -> dict:
    """The weights the veto scores with: its own (key "veto": bias and weights trained on the tuned pages'
    sentences alone) when the build stored them because the promotion model reads the sentence bank too, else the
    promotion model's."""
    own = weights["veto"]
    return own if "weights" in own else weights


def vetoable(found) -> bool:
    """The classification is one the veto may read: a citation cue (an appeal to evidence, a figure, a time of
    effect) on an information page (`function.is_information_page`: it sells nothing and slips into unnamed
    evidence or promises at most twice; a blog that leans on "research shows" is not one), and no promise,
    superlative or unlawful offer."""
    return bool((found.evidence or found.statistics or found.timelines) and found.on_information_page
                and not found.on_selling_page and not (found.absolute or found.superlatives or found.supply))


def vetoes(probe, lexicon, heading: bool = False, weights: dict | None = None,
           classes: statistical.ClassWeights | None = None) -> bool:
    """Class: a sentence that does not read as a claim needs no citation on an information page.

    What it does: scores the sentence with the claim model (`statistical.scores_at_least`, the weights of
    claims_model.json) and vetoes it when the score is below the threshold fitted with them (`threshold`: chosen by
    leave-one-set-out on the tuned sets on every build, RESULTS_claims_veto24.md, RESULTS_claims_prof26.md).
    The caller (`apply`) asks only about `vetoable` sentences.
    Why is this bad? An unnamed-evidence, uncited-statistic or uncited-timeline finding on a sentence that is a
    warning, background or a publisher's own report asks a health service to cite what needs no citation; a reviewer
    learns to ignore the checker. The score reads the whole sentence, where each pattern read one shape.
    Example: "The pills can lower potassium in about 1 in 25 people who take them for longer than six months." on a
    health service's information page scores low and is left alone (in a short draft it is still an uncited
    statistic); "Studies show that the new tablet halves the number of gout attacks." scores high and is still
    flagged."""
    weights = weights or statistical.model()
    return not statistical.scores_at_least(probe, lexicon, threshold(weights), heading, reading_weights(weights),
                                           classes)


# The score under which a sentence of a page that sells is read as no claim (`apply_on_selling_page`), with the
# promotion model's weights. Grouped 5-fold cross-validation on the tuned marketing pages (RESULTS_claims_mclaim41.md):
# 7 of the 28 wrong rule findings there score under 0.05 (product specifications, opening hours, a definition) and
# 1 of the 986 labelled claims the rules find (2 without the effect test of `apply_on_selling_page`); 0.10 loses
# another claim for no more wrong finding, 0.15 three more claims for three more wrong findings.
SELLING_THRESHOLD = 0.05


def vetoable_on_selling_page(found) -> bool:
    """The classification is one the selling-page veto may read: a benefit claim the rules read from its words alone
    on a page that sells: no cue of its own (a promise, superlative, unlawful offer, appeal to evidence, figure or time
    of effect: their rules read those whatever the score; a population figure is a selling point on such a page) and
    not a comparison."""
    return bool(found.on_selling_page and found.is_claim and found.register != "comparison"
                and not (found.absolute or found.superlatives or found.supply or found.evidence or found.statistics
                         or found.timelines))


def apply_on_selling_page(document, sentences, lexicon, probes: dict | None = None) -> list:
    """Class: a sentence of a page that sells which the claim model reads as plainly no claim needs no citation.

    What it does: marks `vetoed` on every uncited benefit claim of a page that sells that has no cue of its own
    (`vetoable_on_selling_page`), names no effect (claims_*.yaml effect predicates: "effective", "works", "results";
    the model reads a reputable page's "This medicine is a very effective treatment for severe eczema." as no claim,
    which in sales copy needs its source) and that the promotion model (`statistical.model`, the weights that read sales
    copy) scores under `SELLING_THRESHOLD` (0.05, far under its 0.88 for a claim); the general citation rule
    (claim.uncited) then reports nothing on it. Returns them.
    Why is this bad? On a shop's page the phrase rules read the ingredients ("SootheBub drops are made from fennel,
    chamomile and a little sunflower oil"), opening hours ("Our patient support line is open Monday to Friday, 8am to
    6pm") and a definition of the medicine ("Sildenafil and tadalafil relax blood vessels so that ...") as uncited
    claims; each shape got a pattern and held-out pages keep finding new ones. The model reads the whole sentence:
    on the tuned marketing pages (grouped cross-validation) 7 wrong findings score under 0.05 against 1 of 986
    labelled claims the rules find.
    Example: "SootheBub drops are made from fennel, chamomile and a little sunflower oil." on a page that sells is left
    alone; "SootheBub settles colic in minutes." still needs its source."""
    from validators.claims.matching import probe_of

    vetoed = []
    weights, classes = statistical.model(), None
    for claim in sentences:
        found = claim.classification
        if not found.reportable or claim.support.cited or not vetoable_on_selling_page(found):
            continue
        if classes is None:
            classes = statistical.class_weights(lexicon, weights)
        probe = probe_of(probes, claim.text)
        if lexicon.effect_predicate.any(probe):
            continue  # names an effect ("a very effective treatment", "the same result"): a claim on a page that sells
        heading = statistical.in_heading(document, claim.sentence)
        if not statistical.scores_at_least(probe, lexicon, SELLING_THRESHOLD, heading, weights, classes):
            found.vetoed = True
            vetoed.append(claim)
    return vetoed


def apply(document, sentences, lexicon, probes: dict | None = None) -> list:
    """Marks `vetoed` on every vetoable sentence (`vetoable`) the model reads as no claim (`vetoes`); returns them.
    `probes`: the document's probes by text (`analysis.sentence_probes`)."""
    from validators.claims.matching import probe_of

    vetoed = []
    weights, classes = statistical.model(), None
    for claim in sentences:
        found = claim.classification
        if not found.reportable or claim.support.cited or not vetoable(found):
            continue
        if classes is None:  # the weighted classes in asking order, made once per document (not per sentence)
            classes = statistical.class_weights(lexicon, reading_weights(weights))
        heading = statistical.in_heading(document, claim.sentence)
        if vetoes(probe_of(probes, claim.text), lexicon, heading, weights, classes):
            found.vetoed = True
            vetoed.append(claim)
    return vetoed
