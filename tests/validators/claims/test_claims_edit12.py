"""Claims on professional pages, round 12 (issue 9): a page's genre does not flip on the slips a professional page
can carry, a care appointment is no study, a rating's defining figure is no uncited statistic, and an approximated
universal, an operation described by the body part it takes out or a cure bound to an early stage is no absolute
promise. Each class with at least three unrelated examples and three correct twins; examples are unrelated to each
other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings

from validators.claims.analysis import analyse_document
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html

LEXICON = lexicon_for(())

# A long page in a publisher's voice that mostly describes a condition (function.speaks_as_seller).
_DESCRIBING = [
    "Shingles is a painful rash caused by the chickenpox virus.",
    "The virus stays in the nerves after chickenpox.",
    "It can wake up years later, often when immunity is low.",
    "The rash usually appears on one side of the body.",
    "It often starts as a tingling or burning feeling.",
    "Blisters form and then scab over.",
    "Shingles is more common in people over 70.",
    "You cannot catch shingles from someone who has it.",
    "You can catch chickenpox from the fluid in the blisters.",
    "The rash usually heals within 2 to 4 weeks.",
    "Some people have nerve pain for months afterwards.",
    "Antiviral tablets work best if started within 3 days of the rash.",
    "Keep the rash clean and dry.",
    "Wear loose cotton clothes.",
    "Do not share towels while the blisters weep.",
    "See a GP if the rash is near your eye.",
    "Call 111 if you feel very unwell.",
    "Paracetamol can ease the pain.",
    "A nurse may check the rash at home.",
    "The pain usually fades as the rash heals.",
]
_RANKING = "Aloe gel is the number one treatment for shingles."


def _sells(paragraphs: list[str]) -> bool:
    html = "<h1>Shingles</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    return any(s.classification.on_selling_page for s in analyse_document(from_html(html), LEXICON).sentences)


@pytest.mark.parametrize(
    "promise",
    [
        "Zinc drops cure shingles for good.",
        "The vaccine gives complete protection against every strain of the virus.",
        "Garlic capsules clear the rash completely in every case.",
    ],
)
def test_two_slips_in_a_publishers_voice_leave_a_describing_page_informing(promise):
    assert not _sells([*_DESCRIBING, promise, _RANKING])


@pytest.mark.parametrize(
    "paragraphs",
    [
        [_DESCRIBING[0], _DESCRIBING[3], "Zinc drops cure shingles for good.", _RANKING],  # a short draft
        [
            *_DESCRIBING,
            "Zinc drops cure shingles for good.",
            "Our zinc drops are the best shingles remedy you can buy.",
        ],
        [
            *_DESCRIBING,
            "Zinc drops cure shingles for good.",
            _RANKING,
            "Our balm gets rid of the rash for good.",
        ],  # three selling sentences
    ],
)
def test_a_seller_ranking_its_own_product_or_three_slips_still_sell(paragraphs):
    assert _sells(paragraphs)


def _evidence_findings(sentence: str) -> list[str]:
    html = f"<h1>About the service</h1><p>Asthma is a long-term condition.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence and "evidence" in f.rule)


# A care appointment named by a study noun reports no finding (claims_evidence.yaml care_occasions).
@pytest.mark.parametrize(
    "sentence",
    [
        "The review usually takes about 20 minutes and looks at how well your asthma is controlled.",
        "The review is an opportunity to talk about whether your medicines are still helping.",
        "The review is held every year to check your blood pressure and kidney function.",
    ],
)
def test_a_care_appointment_is_no_appeal_to_evidence(sentence):
    assert _evidence_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The review found that the inhaler halves asthma attacks.",
        "A recent study showed that the cream clears eczema in a week.",
        "The trial proved that zinc lozenges shorten colds.",
    ],
)
def test_a_study_reporting_a_finding_is_still_unnamed_evidence(sentence):
    assert _evidence_findings(sentence) == ["claim.unnamed-evidence"]


def _statistic_findings(sentence: str) -> list[str]:
    html = f"<h1>Staying safe</h1><p>Skin and lungs need protecting.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence and "statistic" in f.rule)


# What a standard rating defines is no uncited statistic (claims_statistics.yaml ratings, rated_agents).
@pytest.mark.parametrize(
    "sentence",
    [
        "A sunscreen labelled SPF 15 blocks about 93% of UVB rays.",
        "An FFP3 mask blocks at least 99% of airborne particles.",
        "A HEPA filter removes 99.97% of airborne particles from the room.",
        "Clothing rated UPF 50 blocks 98% of UV rays.",
    ],
)
def test_a_figure_a_rating_defines_is_no_uncited_statistic(sentence):
    assert _statistic_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our sunscreen blocks 99% of UV rays.",  # no rating named
        "SPF 50 sunscreen cuts the risk of melanoma by 50%.",  # a health outcome
        "N95 masks reduce infections in nurses by 80%.",  # a health outcome
    ],
)
def test_a_product_figure_without_a_rating_or_a_health_outcome_is_still_a_statistic(sentence):
    assert _statistic_findings(sentence) == ["claim.uncited-statistic"]


def _absolute_findings(sentence: str) -> list[str]:
    html = f"<h1>Treatment</h1><p>Several treatments are available.</p><p>{sentence}</p>"
    return sorted(f.rule for f in claim_findings(html) if f.sentence == sentence and f.rule == "claim.absolute-promise")


# A universal approximated bounds an absolute word to a share of people (claims_absolute.yaml approximate_quantities).
@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery cures almost everyone with early skin cancer.",
        "A course of tablets cures nearly all people with hepatitis C.",
        "The operation cures the problem in virtually every case.",
        "Treatment cures the vast majority of children with this type of leukaemia.",
    ],
)
def test_an_approximated_universal_is_no_absolute_promise(sentence):
    assert _absolute_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Removing the gallbladder cures gallstone attacks in everyone.",
        "Our herbal tea cures everyone who drinks it.",
        "Our tablets work for everyone, every time.",
    ],
)
def test_a_universal_not_approximated_is_still_an_absolute_promise(sentence):
    assert _absolute_findings(sentence) == ["claim.absolute-promise"]


# An operation described by what it takes out is no promise (claims_absolute.yaml removed_body_parts).
@pytest.mark.parametrize(
    "sentence",
    [
        "The operation completely removes the gallbladder.",
        "A tonsillectomy permanently removes the tonsils.",
        "In a total hysterectomy, the surgeon completely removes the womb.",
        "Keyhole surgery completely removes the appendix through three small cuts.",
    ],
)
def test_a_body_part_taken_out_is_no_absolute_promise(sentence):
    assert _absolute_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The laser completely removes wrinkles.",
        "Our treatment removes varicose veins for good.",
        "The cream completely removes joint pain.",
    ],
)
def test_a_complaint_taken_away_is_still_an_absolute_promise(sentence):
    assert _absolute_findings(sentence) == ["claim.absolute-promise"]


# A cure bound to an early stage says when a treatment cures, not a promise (claims_absolute.yaml early_conditions).
@pytest.mark.parametrize(
    "sentence",
    [
        "Surgery can cure this type of cancer if it is found early.",
        "Treatment cures the infection in its early stages.",
        "Laser surgery cures glaucoma if it is caught early.",
    ],
)
def test_a_cure_bound_to_an_early_stage_is_no_absolute_promise(sentence):
    assert _absolute_findings(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Our tea cures arthritis for good, even in its late stages.",
        "This cream cures psoriasis for good.",
        "Laser treatment cures glaucoma permanently.",
    ],
)
def test_a_cure_with_no_stage_is_still_an_absolute_promise(sentence):
    assert _absolute_findings(sentence) == ["claim.absolute-promise"]
