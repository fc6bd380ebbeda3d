"""Issue 9, marketing recall round 23 (evaluation/RESULTS_claims_mkt23.md): a rival treatment said to fall short or
let the buyer down, where the sold thing succeeds, is a comparison claim on a page that sells (claims_functions.yaml
rival_verbs), as "where creams have failed" already was; a service or person said to fall short is not. "Never
again" promised to the reader (claims_absolute.yaml selling_phrases) is an absolute promise."""

import pytest
from claim_helpers import claim_findings

SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days.</p>"


def _flagged(html: str, line: str) -> bool:
    return any(line.rstrip(".?!") in f.sentence for f in claim_findings(html))


RIVAL_FELL_SHORT = [
    "It helps where painkillers have let you down.",
    "Our cream succeeds where steroid creams fell short.",
    "It works where nasal sprays came up short.",
    "Relief where antihistamines fall short.",
]
SERVICE_FELL_SHORT = [
    "Tell us where our delivery fell short.",
    "Let us know where we have let you down.",
    "Write to us where the courier came up short.",
    "Our physios step in where the waiting list falls short.",
]


@pytest.mark.parametrize("line", RIVAL_FELL_SHORT)
def test_a_rival_treatment_that_fell_short_is_a_claim_on_a_page_that_sells(line):
    assert _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", SERVICE_FELL_SHORT)
def test_a_service_or_person_that_fell_short_is_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize(
    "line",
    [
        "Surgery is an option where medicines have fallen short.",
        "Specialist clinics help where painkillers have let people down.",
        "Injections are offered where tablets fall short.",
    ],
)
def test_the_same_wording_on_a_page_that_sells_nothing_is_not(line):
    html = (
        f"<h1>Treatment options</h1><p>{line}</p><p>See your GP if the pain lasts more than six weeks.</p>"
        "<p>Call 111 if you are worried.</p>"
    )
    assert not _flagged(html, line)


# "never again" promised to the reader with "again" right after "never" (claims_absolute.yaml selling_phrases), as
# "You'll never toss and turn again" already was; a service or an instruction is not, nor any of it on a page that
# sells nothing.
NEVER_AGAIN_PROMISES = [
    "You will never again lose a weekend to a migraine.",
    "You'll never again reach for an inhaler at night.",
    "You will never again cancel plans because of back pain.",
]
NEVER_AGAIN_TWINS = [
    "Never again pay for delivery.",
    "You will never again wait in a queue for your prescription.",
    "Never again take two doses together.",
    "You'll never again have to fill in a form.",
]


@pytest.mark.parametrize("line", NEVER_AGAIN_PROMISES)
def test_never_again_promised_to_the_reader_is_absolute_on_a_page_that_sells(line):
    assert any(
        line.rstrip(".") in f.sentence and f.rule == "claim.absolute-promise"
        for f in claim_findings(f"{SHOP}<p>{line}</p>")
    )


@pytest.mark.parametrize("line", NEVER_AGAIN_TWINS)
def test_never_again_of_a_service_or_an_instruction_is_not(line):
    assert not _flagged(f"{SHOP}<p>{line}</p>", line)


@pytest.mark.parametrize("line", NEVER_AGAIN_PROMISES)
def test_never_again_on_a_page_that_sells_nothing_is_not(line):
    html = (
        f"<h1>Treatment options</h1><p>{line}</p><p>See your GP if the pain lasts more than six weeks.</p>"
        "<p>Call 111 if you are worried.</p>"
    )
    assert not _flagged(html, line)
