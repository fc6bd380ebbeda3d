"""A harm rate (issue 9): how many people have, get or report a side effect, an adverse event or an allergic reaction
is fair balance, a warning's figure (risk), never the benefit of a treatment, even when the treatment is named as its
cause. A denied or lessened side effect ("has no side effects", "fewer side effects") is still a promise, and a
number about what a treatment achieves stays an efficacy number. Examples unrelated to each other and to the
evaluation texts."""

import pytest
from claim_helpers import claim_findings

from validators.config import Config

EDITORIAL = Config(claim_profile="editorial")


def _findings(sentence: str, config: Config | None = None) -> list[str]:
    html = f"<h1>Information</h1><p>Keep the leaflet. {sentence}</p>"
    found = claim_findings(html, config) if config else claim_findings(html)
    return [f.rule for f in found if f.sentence == sentence]


HARM_RATES = [
    "About 5% of people have a side effect from the injection.",
    "Around 2 in 1,000 children have an allergic reaction to the contrast dye.",
    "Roughly 1 in 8 men taking the tablets develop mild side effects such as a blocked nose.",
    "Up to 30% of patients report an adverse reaction after the infusion.",
]


@pytest.mark.parametrize("sentence", HARM_RATES)
def test_a_harm_rate_is_a_warning_figure(sentence):
    assert _findings(sentence) == []
    assert _findings(sentence, EDITORIAL) == []


@pytest.mark.parametrize(("sentence", "rule"), [
    ("This balm has no side effects.", "claim.absolute-promise"),
    ("Our capsules give you zero side effects, guaranteed.", "claim.absolute-promise"),
    ("The injection clears the rash in 85% of people.", "claim.uncited-statistic"),
    ("About 70% of patients have fewer flare-ups after the infusion.", "claim.uncited-statistic"),
])
def test_a_promise_about_side_effects_or_an_efficacy_number_stays_a_claim(sentence, rule):
    assert rule in _findings(sentence)


CHANCES_OF_DISEASE = [
    "The chance of the baby getting the infection is around 1 in 3 if the mother has it at birth.",
    "Your chance of catching the virus from a partner is about 1 in 10 a year.",
    "The odds of developing the disease by age 60 are about 1 in 8.",
]


@pytest.mark.parametrize("sentence", CHANCES_OF_DISEASE)
def test_the_chance_of_getting_a_disease_is_a_risk_figure(sentence):
    """Class: the chance, odds or likelihood of catching, getting or developing a disease is a risk, not a benefit."""
    assert _findings(sentence) == []
    assert _findings(sentence, EDITORIAL) == []


@pytest.mark.parametrize("sentence", [
    "The chance of getting better within a week is 80% with the cream.",
    "Our programme gives you a 90% chance of getting pregnant.",
    "With the new tablets, 9 in 10 people get the all-clear within 12 weeks.",
])
def test_a_chance_of_recovery_or_success_stays_an_efficacy_number(sentence):
    assert "claim.uncited-statistic" in _findings(sentence)
