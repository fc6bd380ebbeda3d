"""The organisation speaking of its own work is no seller on a page with no commerce sign (analysis._own_voice): two
benefit claims in its first person plural ("Our support groups help carers feel less anxious") on a council's,
charity's or hospital's page with no price and no practice voice leave the page an information page, so its consensus
timing stays plain. The same page with a price, a booking invitation or a product named by its brand sells. Also the
seller cues that are no seller's (function lexicon `promoted`, `brands`): an appointment with a person ("You will see
a specialist nurse"), service users, members of a family, a vaccine's or a blood test's abbreviation."""

import pytest

from tests.validators.claims.claim_helpers import claim_findings
from validators.claims.classify import Classifier
from validators.claims.function import NO_CONTEXT, is_seller_speaking
from validators.claims.lexicon import lexicon_for

_DESCRIBING = [
    "Smoking causes cancer, heart disease, stroke and lung disease.",
    "About half of long-term smokers die from a smoking-related illness.",
    "You will meet an adviser once a week for six weeks.",
    "Appointments can be in person or by phone.",
    "Pregnant women are offered extra appointments.",
    "The service is free to anyone who lives or works in the city.",
    "Nicotine patches are worn for 16 or 24 hours a day.",
    "The dose is reduced over 8 to 12 weeks.",
    "Varenicline is a prescription medicine and is not suitable for everyone.",
    "If you are pregnant, speak to your midwife before using any stop smoking medicine.",
    "Do not smoke while using nicotine products without talking to your adviser.",
    "Most smokers try to stop several times before they succeed.",
    "Fill in the form on the council website.",
    "An adviser will contact you within three working days.",
    "You may feel irritable or restless for a while.",
    "You may sleep badly for a few weeks.",
    "Tell your GP about any medicines you take, as some doses may need to change when you stop.",
    "Remove lighters and ashtrays from your home before your quit day.",
    "Avoid alcohol in the first few weeks, as it can trigger cravings.",
    "Chew the gum slowly and park it between your cheek and gum.",
    "Do not use two nicotine products at once unless your adviser suggests it.",
    "Keep all medicines out of the reach of children.",
]
_TIMING = "Most people notice that food tastes better within a few days of stopping."
_PROGRAMME = "Our stop smoking programme doubles your chances of quitting."
_GROUPS = "Our support groups help people feel less anxious."
_SESSIONS = "Our weekly sessions reduce cravings for most people."
OWN_VOICE = [
    (_PROGRAMME, _GROUPS),
    ("Our advice sessions reduce cravings for most people.", _GROUPS),
    (_PROGRAMME, _SESSIONS),
]
IDS = ["programme-and-groups", "sessions-and-groups", "programme-and-sessions"]


def _page(claims: tuple[str, str], extra: str = "", describing: int = len(_DESCRIBING)) -> str:
    return (
        f"<h1>Stop smoking with the city stop smoking service</h1><p>{' '.join(_DESCRIBING[:describing])}</p>"
        f"<p>{claims[0]} {claims[1]}</p><p>{_TIMING}</p>{extra}"
    )


def _timing_rules(html: str) -> list[str]:
    return [f.rule for f in claim_findings(html) if f.sentence == _TIMING]


@pytest.mark.parametrize("claims", OWN_VOICE, ids=IDS)
def test_the_organisation_speaking_of_its_work_leaves_the_page_informing(claims):
    assert _timing_rules(_page(claims)) == []


@pytest.mark.parametrize("claims", OWN_VOICE, ids=IDS)
def test_the_same_voice_with_a_price_sells(claims):
    assert _timing_rules(_page(claims, "<p>A course of six sessions costs £240.</p>")) != []


@pytest.mark.parametrize("claims", OWN_VOICE, ids=IDS)
def test_the_same_voice_speaking_as_a_practice_sells(claims):
    # the practice's own statement takes the place of one plain sentence: the page is as long as before
    page = _page(claims, "<p>We offer one-to-one sessions across the city.</p>", describing=len(_DESCRIBING) - 1)
    assert _timing_rules(page) != []


@pytest.mark.parametrize(
    "claims",
    [
        ("Our QuitMax lozenges stop cravings in minutes.", "Our NicoCalm spray halves withdrawal symptoms."),
        ("Our QuitMax lozenges stop cravings in minutes.", "QuitMax gum halves withdrawal symptoms."),
        ("Our herbal quit tea calms cravings.", "Our NicoCalm spray halves withdrawal symptoms."),
    ],
    ids=["two-brands", "one-brand-twice", "remedy-and-brand"],
)
def test_a_product_named_by_its_brand_sells(claims):
    assert _timing_rules(_page(claims)) != []


@pytest.fixture(scope="module")
def lexicon():
    return lexicon_for()


def _seller(lexicon, sentence: str) -> bool:
    found = Classifier(lexicon).classify(sentence, False, NO_CONTEXT, False, False)
    return found.probe is not None and is_seller_speaking(found.probe, lexicon.functions)


NO_SELLER = [
    "You will see a specialist nurse who can help you manage your symptoms.",
    "You'll usually see your GP first, who can refer you to a physiotherapist.",
    "Service users told us the programme helped them cut down.",
    "Regular hand washing helps protect other members of your family.",
    "The MenB vaccine protects babies against meningitis B.",
    "MenACWY protects against four groups of meningococcal bacteria.",
]
SELLER = [
    "You will see results within two weeks.",
    "You'll notice clearer skin in days.",
    "Users of our app sleep an hour longer.",
    "Members lose 10 kg in 12 weeks.",
    "NovoRapid lowers blood sugar after meals.",
    "Our customers feel calmer after one session.",
]


@pytest.mark.parametrize("sentence", NO_SELLER)
def test_an_appointment_a_service_user_a_family_or_a_vaccine_is_no_seller(lexicon, sentence):
    assert not _seller(lexicon, sentence)


@pytest.mark.parametrize("sentence", SELLER)
def test_a_result_seen_a_customer_or_a_brand_is_the_seller(lexicon, sentence):
    assert _seller(lexicon, sentence)
