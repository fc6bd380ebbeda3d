"""Medical-claim checks (rule family `claim.`).

Every sentence and list item is classified (`classify.Classifier`): what does it do
(`function`: a benefit claim, or a warning, instruction, definition, disease course, own
statement, denial ...), who makes it (promoted, comparison, consensus), and which cues does
it carry (appeal to evidence, absolute promise, statistic, timeline, superlative, unlawful
supply)? Only a benefit claim keeps its benefit cues. Its support is
resolved (`citations`): a link to a recognised source, or a citation marker resolving to a
reference-list entry with a DOI, PubMed id or source URL. `analysis` does both once per
document and run; the rules read it:

- claim.unnamed-evidence, claim.uncited-statistic, claim.uncited-timeline, claim.uncited:
  one "needs a citation" finding per uncited claim, the most specific enabled rule first;
- claim.absolute-promise, claim.superlative, claim.unlawful-supply: cited or not;
- claim.dangling-citation, claim.reference-without-source;
- claim.fair-balance: a prescription drug's serious risks must be stated.

Which kinds of finding are reported, and at what severity, is the policy profile's
(`profiles`, validators/data/claims_profiles.yaml): `promotional` (default) or `editorial`.

For the CMS: every claim finding's `details` carry `claim_kind`, `claim_cues`,
`normalised_claim` (`normalise.normalise_claim`, the exact-match form for the approved
claims library), `cited` and the resolved `references`.

Vocabularies are data: validators/data/claims_*.yaml (sources, evidence, absolute,
statistics, vocabulary, non_claims, functions, profiles, fair_balance), extendable through
vocabulary dirs.
"""
