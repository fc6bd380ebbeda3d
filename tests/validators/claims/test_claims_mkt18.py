"""Issue 9, marketing recall round 18 (validators/claims/function.py `fee_and_ranking_sell`): a clinic or practice
that prices only its appointments and treatments, ranks its treatment and sells its benefits is sales copy, though no
shop phrase or sales price is on the page. A price alone is not: a pharmacy's own vaccine page, a practice's fee list
and a charity's long page that mentions a fee and slips once into a ranking stay as they were."""

import pytest

from validators.claims.analysis import analyse_document
from validators.claims.function import INFORMING_MIN, fee_and_ranking_sell
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html

# Clinics that price their appointments and courses, rank their treatment and sell its benefits.
SELLING_CLINICS = [
    "<h1>Shockwave therapy for heel pain</h1>"
    "<p>Walk to work without wincing.</p>"
    "<p>Shockwave therapy ends heel pain for good.</p><p>Shockwave therapy relieves heel pain within weeks.</p>"
    "<p>Springy, pain-free steps after a handful of sessions.</p>"
    "<p>Shockwave therapy stops plantar fasciitis coming back.</p>"
    "<p>A first assessment costs £85.</p><p>Three sessions booked together are £270.</p>"
    "<p>Each session lasts about 15 minutes.</p><p>We are open six days a week.</p>",
    "<h1>Tinnitus care at Harbour Hearing</h1>"
    "<p>Quiet evenings again.</p>"
    "<p>Our sound therapy is the most effective way to quieten tinnitus.</p>"
    "<p>Sound therapy calms the ringing within weeks.</p>"
    "<p>Sound therapy reduces the anxiety that comes with tinnitus.</p>"
    "<p>Patients sleep soundly through the night again.</p>"
    "<p>An assessment with a hearing test is $150.</p><p>The twelve-week programme is $900.</p>"
    "<p>Appointments take about an hour.</p><p>Parking is free behind the building.</p>",
    "<h1>Dental implants in a day</h1>"
    "<p>Bite into an apple with confidence.</p>"
    "<p>The most natural-looking implants money can buy.</p>"
    "<p>Our implants feel just like your own teeth.</p><p>Implants stop the bone loss that follows a missing tooth.</p>"
    "<p>Eat whatever you like again, from the very first week.</p>"
    "<p>A consultation with a 3D scan costs €120.</p><p>A single implant with its crown costs €2,400.</p>"
    "<p>The clinic is on the second floor, with a lift.</p>",
]

# A price on the page without the rest: a pharmacy's own vaccine page, a practice's fee list with one ranking and no
# benefit, a charity's long page with a fee and one ranking slip among many informing sentences.
NOT_SELLING = [
    "<h1>Travel vaccinations</h1>"
    "<p>Our pharmacists give travel vaccines at the Hill Street branch.</p>"
    "<p>A yellow fever vaccine costs £82, including the certificate.</p>"
    "<p>Have it at least 10 days before you travel.</p>"
    "<p>Tell the pharmacist if you are pregnant or have a weakened immune system.</p>"
    "<p>You may have a sore arm for a day or two.</p>"
    "<p>Bring your vaccination record to the appointment.</p>",
    "<h1>Our fees</h1>"
    "<p>The friendliest practice team in town.</p>"
    "<p>A routine check-up is £45.</p><p>A hygiene visit is £60.</p>"
    "<p>Children are seen free of charge.</p><p>Please give 24 hours' notice if you cannot attend.</p>",
    "<h1>Living with kidney disease</h1>"
    "<p>Our helpline is the most trusted source of kidney advice in the country.</p>"
    "<p>Keeping your blood pressure down protects your kidneys.</p>"
    "<p>Some medicines lower the amount of protein in your urine.</p>"
    "<p>Membership costs £24 a year and funds our research.</p>"
    + "".join(
        f"<p>{line}</p>"
        for line in [
            "Do not take ibuprofen without asking your doctor.",
            "Take your tablets at the same time each day.",
            "Call 999 if you have chest pain.",
            "Tell your doctor if your ankles swell.",
            "Do not stop your medicines on your own.",
            "Drink the amount of fluid your kidney team advises.",
            "Ask your pharmacist before taking herbal remedies.",
            "Check your blood pressure at home if you can.",
            "Do not add salt to your food at the table.",
            "See your GP if you feel more tired than usual.",
            "Tell the dentist that you have kidney disease.",
            "Keep a list of your medicines with you.",
            "Do not use salt substitutes that contain potassium.",
        ]
    ),
]


def _sells(html: str) -> bool:
    claims = analyse_document(from_html(html, "page.html"), lexicon_for())
    return any(claim.classification.on_selling_page for claim in claims.sentences)


@pytest.mark.parametrize("html", SELLING_CLINICS)
def test_a_clinic_that_prices_ranks_and_sells_benefits_is_sales_copy(html):
    assert _sells(html)


@pytest.mark.parametrize("html", NOT_SELLING)
def test_a_price_without_ranking_benefits_or_a_selling_voice_does_not_make_sales_copy(html):
    assert not _sells(html)


@pytest.mark.parametrize(
    ("priced", "ranked", "claims", "informing", "sells"),
    [
        (True, 1, 2, 0, True),
        (True, 1, 5, INFORMING_MIN - 1, True),
        (False, 1, 5, 0, False),  # no price: speaks_as_seller decides
        (True, 0, 5, 0, False),  # no ranking or promise
        (True, 1, 1, 0, False),  # one benefit besides the ranking
        (True, 2, 5, INFORMING_MIN, False),  # an information page's share of informing sentences
    ],
)
def test_fee_and_ranking_sell_thresholds(priced, ranked, claims, informing, sells):
    functions = ["warning"] * informing + ["background"] * 3
    assert fee_and_ranking_sell(priced, ranked, claims, functions) is sells
