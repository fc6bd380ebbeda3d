"""A long page in a publisher's voice that mostly describes a condition stays an information page with a single slip
(function.ONE_SLIP_PAGE_DESCRIBING): its consensus timing of a treatment is not asked for a source, while the slip is
flagged by its own rule. A shorter page or a second slip keeps the timing a claim."""

import pytest

from tests.validators.claims.claim_helpers import by_rule, claim_findings

_BACKGROUND = [
    "Vitamin B12 helps the body make red blood cells.",
    "It also keeps the nerves healthy.",
    "The body stores enough B12 for several years.",
    "A lack of B12 is more common in older people.",
    "It is also more common in people who follow a vegan diet.",
    "Pernicious anaemia is the most common cause in the UK.",
    "It is an autoimmune condition.",
    "The stomach stops making a protein needed to absorb B12.",
    "Some medicines for heartburn lower the amount of B12 absorbed.",
    "Metformin can also lower B12 levels over many years.",
    "Symptoms often come on slowly.",
    "Tiredness is the most frequent symptom.",
    "Some people have pins and needles in their hands and feet.",
    "Others notice a sore red tongue or mouth ulcers.",
    "Changes in mood and memory can also happen.",
    "A blood test can show a low B12 level.",
    "A full blood count shows whether the red cells are larger than usual.",
    "B12 is found in meat, fish, eggs and dairy foods.",
    "Some breakfast cereals have B12 added to them.",
    "Low B12 and low folate often occur together.",
    "The condition affects about 1 in 10 people over 75.",
]
_INFORMING = [
    "See a GP if you feel tired all the time.",
    "Do not start taking supplements before your blood test.",
    "Tell your GP about any medicines you take.",
    "Injections are usually given every 3 months.",
    "The first injections are given every other day for 2 weeks.",
    "B12 tablets are not suitable for people with pernicious anaemia.",
    "Call 111 if you suddenly feel very weak.",
    "Do not drive if your vision changes.",
]
TIMINGS = [
    "Many people feel less tired within a few days of starting injections.",
    "Most people notice more energy within 2 weeks of starting treatment.",
    "The tingling often starts to ease within a few weeks of the first injection.",
]
SLIP = "Research shows that B12 injections improve memory in older adults."


def _page(background: list[str], timing: str, extra: str = "") -> str:
    return (
        "<h1>Vitamin B12 deficiency</h1>"
        f"<p>{' '.join(background)}</p><p>{' '.join(_INFORMING)}</p><p>{SLIP}</p><p>{timing}</p>{extra}"
    )


@pytest.mark.parametrize("timing", TIMINGS)
def test_a_long_describing_page_with_one_slip_still_informs(timing):
    findings = claim_findings(_page(_BACKGROUND, timing))
    assert by_rule(findings, "claim.unnamed-evidence")  # the slip is flagged by its own rule
    assert [f.rule for f in findings if f.sentence == timing] == []


@pytest.mark.parametrize("timing", TIMINGS)
def test_a_shorter_page_with_the_slip_keeps_the_timing_a_claim(timing):
    findings = claim_findings(_page(_BACKGROUND[:10], timing))
    assert [f.rule for f in findings if f.sentence == timing] == ["claim.uncited-timeline"]


@pytest.mark.parametrize("timing", TIMINGS)
def test_a_page_with_a_second_slip_keeps_the_timing_a_claim(timing):
    findings = claim_findings(_page(_BACKGROUND, timing, "<p>Studies prove that B12 injections cure tiredness.</p>"))
    assert [f.rule for f in findings if f.sentence == timing] == ["claim.uncited-timeline"]
