"""People giving up or turning down a treatment (issue 9): a count of people who stop taking a medicine or stop using
an inhaler says how the treatment is used, not what it does, so the treatment named is no agent and the figure is a
population figure. People who stop having a symptom after a treatment are still its outcome. Examples unrelated to
each other and to the evaluation texts."""

import pytest
from claim_helpers import claim_findings


def _findings(sentence: str) -> list[str]:
    html = f"<h1>Information</h1><p>Keep the leaflet. {sentence}</p>"
    return [f.rule for f in claim_findings(html) if f.sentence == sentence]


@pytest.mark.parametrize("sentence", [
    "About 1 in 4 women who start the treatment stop it within a year.",
    "Around 1 in 3 people prescribed statins stop taking them within a year.",
    "Nearly 1 in 2 adults prescribed an inhaler give up using it within 6 months.",
])
def test_a_count_of_people_stopping_a_treatment_is_a_population_figure(sentence):
    assert _findings(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Around 3 in 4 people who use the cream stop itching within a week.",
    "About half of the patients who take the tablets stop having seizures.",
    "80% of patients who take the tablets stop having migraines.",
])
def test_people_who_stop_having_a_symptom_are_the_treatments_outcome(sentence):
    assert "claim.uncited-statistic" in _findings(sentence)
