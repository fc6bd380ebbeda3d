"""A publisher's page with no commerce signal and at least 24 describing sentences keeps one or two warm sentences in
its own voice as slips, not sales copy (function.speaks_as_seller, ONE_SLIP_PAGE_DESCRIBING): its consensus timing
stays plain information and its promise is still flagged by its own rule. The same page with a price, a booking
invitation or fewer describing sentences still sells, and its timing is a claim."""

import pytest

from tests.validators.claims.claim_helpers import by_rule, claim_findings

_BACK_PAIN = (
    "Low back pain",
    [
        "Low back pain is very common.",
        "It is usually caused by a strain of the muscles or ligaments.",
        "Scans rarely show the cause.",
        "Most people do not need a scan.",
        "The pain can spread to the buttock or thigh.",
        "It often starts after lifting or twisting.",
        "Some people have pain that comes and goes for years.",
        "Back pain is one of the main reasons people take time off work.",
        "A physiotherapist will ask about your work and your activities.",
        "They will watch how you bend and walk.",
        "Your plan may include exercises, advice and a return to work plan.",
        "The service is part of the hospital's musculoskeletal team.",
        "Keep moving as much as you can.",
        "Take simple painkillers if you need them.",
        "Use a heat pack wrapped in a towel if it eases the pain.",
        "Build up your activity a little each day.",
        "Bed rest does not speed up recovery.",
        "Call 999 if you cannot pass urine.",
        "See a GP urgently if you also have a high temperature.",
        "Tell us at least 24 hours before if you cannot attend.",
        "Most episodes settle within six weeks.",
        "Flare-ups usually settle in a few days.",
        "Read our leaflet on exercises before your first appointment.",
        "You can refer yourself using the form on our outpatient page.",
    ],
    "Our physiotherapists help people with back pain get back to work sooner.",
    "Our back class guarantees that your pain will never come back.",
    "Most people feel less stiff within two weeks of starting the exercises.",
)
_CARERS = (
    "Caring for someone with dementia",
    [
        "Dementia is a group of symptoms caused by diseases of the brain.",
        "Alzheimer's disease is the most frequent cause in older people.",
        "Vascular dementia is caused by reduced blood flow to the brain.",
        "Most people with dementia are cared for at home by a partner or a family member.",
        "Changes in behaviour are part of the illness.",
        "They are not done on purpose.",
        "A person may become confused in the evening.",
        "They may repeat questions or wander.",
        "The helpline is free and confidential.",
        "You do not need a diagnosis to call.",
        "The nurses are registered nurses with training in dementia care.",
        "Carers of all ages call the helpline.",
        "Ask your local council for a carer's assessment.",
        "Dementia affects around 1 in 14 people over 65.",
        "Keep a simple daily routine.",
        "Many carers are partners who are older themselves.",
        "Caring can be exhausting.",
        "If you feel hopeless, speak to your GP or call the Samaritans on 116 123.",
        "Some carers look after a parent while working full time.",
        "Dementia usually gets worse over several years.",
        "People need more help with daily life as time goes on.",
        "There is no cure for dementia at present.",
        "The nurses also run clinics in several hospitals.",
        "The helpline is open every day from 9am to 8pm.",
    ],
    "Our support groups help carers feel less anxious and depressed.",
    "Our helpline is the most trusted source of support for carers in the country.",
    "Many carers feel more confident within a few weeks of their first call with a nurse.",
)
_STOP_SMOKING = (
    "Stop smoking with the city stop smoking service",
    [
        "Smoking causes cancer, heart disease, stroke and lung disease.",
        "About half of long-term smokers die from a smoking-related illness.",
        "Advisers work in pharmacies, GP surgeries and community centres.",
        "You will meet an adviser once a week for six weeks.",
        "Appointments can be in person or by phone.",
        "The adviser will help you set a quit date.",
        "Pregnant women are offered extra appointments.",
        "The service is free to anyone who lives or works in the city.",
        "The service is funded by the council's public health budget.",
        "Nicotine patches are worn for 16 or 24 hours a day.",
        "The dose is reduced over 8 to 12 weeks.",
        "Varenicline is a prescription medicine and is not suitable for everyone.",
        "If you are pregnant, speak to your midwife before using any stop smoking medicine.",
        "Do not smoke while using nicotine products without talking to your adviser.",
        "Most smokers try to stop several times before they succeed.",
        "Many people start smoking in their teens.",
        "Smoking is more common in some parts of the city than others.",
        "Fill in the form on the council website.",
        "An adviser will contact you within three working days.",
        "Cravings usually fade over three to four weeks.",
        "You may feel irritable or restless for a while.",
        "You may sleep badly for a few weeks.",
        "Cutting down slowly is not as effective as choosing a day to stop.",
        "Tell your GP if you take clozapine or warfarin, as the dose may need to change when you stop.",
        "Smoking rates in the city have fallen over the last ten years.",
    ],
    "Our friendly advisers support you through every step of quitting.",
    "Our advisers help thousands of people in the city to stop smoking for good.",
    "Most people notice that food tastes better within a few days of stopping.",
)
PAGES = [_BACK_PAIN, _CARERS, _STOP_SMOKING]
IDS = ["back-pain-service", "dementia-charity", "stop-smoking-department"]


def _page(page, describing: int | None = None, extra: str = "") -> str:
    title, sentences, warm, slip, timing = page
    body = sentences[:describing] if describing else sentences
    return f"<h1>{title}</h1><p>{' '.join(body)}</p><p>{warm} {slip}</p><p>{timing}</p>{extra}"


def _plain_sentence_rules(page, html: str) -> list[str]:
    """The claim findings on the page's plain sentences: everything but its warm sentence and its slip."""
    return [f.rule for f in claim_findings(html) if f.sentence not in (page[2], page[3])]


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_a_warm_information_page_with_no_commerce_signal_informs(page):
    assert _plain_sentence_rules(page, _page(page)) == []


@pytest.mark.parametrize(
    ("page", "rule"),
    [
        (_BACK_PAIN, "claim.absolute-promise"),
        (_CARERS, "claim.superlative"),
        (_STOP_SMOKING, "claim.uncited-statistic"),
    ],
    ids=IDS,
)
def test_the_slip_on_a_warm_information_page_is_still_flagged(page, rule):
    assert {f.sentence for f in by_rule(claim_findings(_page(page)), rule)} == {page[3]}


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_same_page_with_a_price_still_sells(page):
    assert _plain_sentence_rules(page, _page(page, extra="<p>A first appointment costs £65.</p>"))


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_the_same_page_inviting_a_booking_still_sells(page):
    assert _plain_sentence_rules(page, _page(page, extra="<p>Book an appointment with our team today.</p>"))


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_a_shorter_warm_page_still_sells(page):
    assert _plain_sentence_rules(page, _page(page, describing=14))
