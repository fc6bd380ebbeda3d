"""Generalisation set (issue 9): sentences written fresh for each weak claim class and each noisy
non-claim class, labelled before the checker ran on them, in wording unlike the evaluation texts.
Each claim must draw a claim finding under the default (promotional) profile; each professional-style
twin must draw none."""

import pytest
from claim_helpers import claim_findings, rules_of


def _gap(sentence: str, reason: str):
    """A sentence the checker still gets wrong, kept visible: the test fails once it is fixed."""
    return pytest.param(sentence, marks=pytest.mark.xfail(strict=True, reason=f"known gap: {reason}"))


def _p(sentence: str) -> str:
    return f"<p>{sentence}</p>"


# -- claims, with the rule that must report them ----------------------------------------------

UNLAWFUL_SUPPLY = [
    "Skip the GP queue and have finasteride posted to you this week.",
    "Tramadol 50 mg shipped discreetly, no script required.",
    "Order Wegovy pens today without a consultation.",
    "No need to see a doctor: we send doxycycline straight to your door.",
    "Buy Propecia online with no doctor's approval needed.",
    "Get your Mounjaro without seeing a prescriber.",
    "Diazepam available to buy without a GP letter.",
    "Why wait for an appointment? Ozempic delivered tomorrow, no doctor involved.",
    "Cialis with no medical questions asked, shipped within 24 hours.",
    "Purchase amoxicillin online without a prescriber's sign-off.",
]

SUPERLATIVES = [
    "Our hair regrowth foam is the most powerful formula you will find anywhere.",
    "DermaGlow is the top-rated acne cream in Britain.",
    "No other supplement on earth matches its purity.",
    "This is simply the leading slimming shake money can buy.",
    "There is no better remedy for sore joints than our turmeric capsules.",
    _gap("Pharmacists call it the number one choice for cold sores.",
         "a ranking said of a non-product noun (choice)"),
    "Nothing beats our magnesium spray for restless legs.",
    "The most advanced anti-ageing serum ever formulated.",
    "It outshines every other migraine remedy on the shelf.",
    "Our clinic offers the most effective laser treatment in London.",
]

ABSOLUTE_PROMISES = [
    _gap("Your migraines will be gone for good after one course.",
         "a promise whose subject is the condition reads as its course"),
    "This oil eradicates fungal nail infections permanently.",
    _gap("We promise clear skin or your money back.",
         "no health effect word: the promise is not reached"),
    "Completely safe for everyone, even during pregnancy.",
    "Kiss goodbye to back pain forever.",
    "Our programme wipes out type 2 diabetes in every client.",
    "It works for 100 percent of users, without exception.",
    "Never suffer another hay fever attack again.",
    "Results are assured from the very first dose.",
    "Permanently banishes cold sores with zero side effects.",
]

SELLER_BENEFITS = [
    "Our ashwagandha capsules soothe frazzled nerves and improve focus.",
    "Customers tell us the foot cream softened their hard heels.",
    "The SlimBurn shake curbs cravings and speeds up your metabolism.",
    "Our infrared sauna sessions draw out toxins and ease joint stiffness.",
    _gap("These beetroot shots raise your stamina and support a healthy heart.",
         "a product noun outside the promoted list"),
    "Our hydrating eye drops restore tired eyes and sharpen vision.",
    "Members say the breathing course has calmed their asthma.",
    "Try our kelp tablets to rebalance your thyroid.",
    _gap("The copper bracelet draws inflammation out of aching wrists.",
         "a generic verb (draw out) as the effect"),
    "Our probiotic yoghurt drink strengthens immunity against winter bugs.",
]

SELLER_TIMELINES = [
    "With our joint formula you will feel the difference after just five days.",
    "Our lifting cream visibly firms the jawline within a fortnight.",
    _gap("Your energy levels soar by the end of week one on our vitamin plan.",
         "a generic verb (soar) as the effect"),
    "Most of our clients drop a dress size in 21 days.",
    "Our anti-itch balm stops itching within an hour of the first application.",
    "Expect smoother, firmer skin from our serum in as little as ten days.",
    "Within three weeks on our plant sterol drink your cholesterol will start to fall.",
    # closed in round 20: a result counted in the buyer's uses ("from the very first week": timeline_phrases)
    "Sleep through the night from the very first week on our drops.",
    _gap("Thinning patches fill in after two months of daily use of our hair tonic.",
         "a harm adjective on the condition reads as a warning"),
    _gap("Our allergy capsules have you breathing easier 48 hours after the first dose.",
         "'first dose' reads as dosing"),
]

COMPARISONS = [
    "Our gel clears spots twice as fast as benzoyl peroxide.",
    "FlexiEase works better than ibuprofen for period pain.",
    "Our herbal capsules are gentler on the stomach than aspirin and just as strong.",
    "Our balm is kinder to skin than any prescription steroid.",
    "Our nasal spray unblocks the nose faster than decongestant tablets.",
]


# A second batch of claims, written and labelled after the first ran.
MORE_UNLAWFUL_SUPPLY = [
    "Sertraline next-day delivery, no prescription hassle.",
    "We ship Accutane worldwide with no paperwork from your doctor.",
    "Forget the waiting room: order Viagra in two clicks.",
    "Saxenda pens in stock now, no GP sign-off needed.",
    "Modafinil for sale online, no Rx needed.",
    "You don't need a prescription to order our metformin.",
    "Get antibiotics delivered today with no doctor consultation.",
    "Zopiclone tablets bought online without seeing your GP.",
]

MORE_SUPERLATIVES = [
    "Voted the best hay fever remedy three years running.",
    "The purest fish oil on the market.",
    "Simply the most effective hangover cure you can buy.",
    "Our spray is the fastest-acting nasal decongestant around.",
    "Britain's number one sleep supplement.",
    "No cream on the market comes close to our eczema balm.",
    "It is the ultimate weapon against wrinkles.",
    "Our multivitamin outperforms every rival brand.",
]

MORE_ABSOLUTE_PROMISES = [
    "Guaranteed to stop snoring from the first night.",
    "This tea permanently resets your metabolism.",
    "Zero risk, total results.",
    "Our blend cures insomnia, naturally.",
    "Clinically proven to regrow hair in any man.",
    "Cellulite vanishes completely after our six-session course.",
    "Totally harmless for babies and the elderly.",
    "Say goodbye to joint pain for ever.",
]

MORE_SELLER_BENEFITS = [
    "Our collagen sachets tighten saggy skin and thicken thinning hair.",
    _gap("Thousands of our customers have ditched their reading glasses thanks to our eye vitamins.",
         "an effect put as what customers did (ditched their glasses)"),
    "This apple cider vinegar tonic melts belly fat while you sleep.",
    "Our mushroom coffee sharpens memory and wards off dementia.",
    "Our lymphatic massage drains toxins and shrinks puffy ankles.",
    "After 14 days on our gut reset plan, bloating disappears.",
    _gap("Users report deeper sleep within the first three nights of our magnesium spray.",
         "a result reported as a noun phrase (deeper sleep) on a one-sentence page that sells nothing; on a page "
         "that sells it is read (test_claims_mkt15, reported_results)"),
    "Our retinol night cream visibly reduces fine lines in just 7 days.",
    "Our hemp gummies work faster than paracetamol for headaches.",
    "Our zinc lozenges cut the length of a cold in half.",
]

@pytest.mark.parametrize("sentence", UNLAWFUL_SUPPLY + MORE_UNLAWFUL_SUPPLY)
def test_a_prescription_only_medicine_offered_without_a_prescriber_is_unlawful_supply(sentence):
    assert "claim.unlawful-supply" in rules_of(claim_findings(_p(sentence)))


@pytest.mark.parametrize("sentence", SUPERLATIVES + MORE_SUPERLATIVES)
def test_a_superlative_or_exclusive_claim_is_flagged(sentence):
    assert "claim.superlative" in rules_of(claim_findings(_p(sentence)))


@pytest.mark.parametrize("sentence", ABSOLUTE_PROMISES + MORE_ABSOLUTE_PROMISES)
def test_an_absolute_promise_is_flagged(sentence):
    assert "claim.absolute-promise" in rules_of(claim_findings(_p(sentence)))


@pytest.mark.parametrize("sentence", SELLER_BENEFITS + SELLER_TIMELINES + COMPARISONS + MORE_SELLER_BENEFITS)
def test_a_seller_benefit_timeline_or_comparison_draws_a_claim_finding(sentence):
    assert claim_findings(_p(sentence)) != []


# -- professional-style twins that are not claims ---------------------------------------------

LAWFUL_SUPPLY = [
    "You will need a prescription from your GP to get finasteride.",
    "A prescriber must approve every order for sildenafil before the pharmacy dispatches it.",
    "Hydrocortisone 1% cream can be bought from a pharmacy without a prescription.",
    "Ibuprofen is sold without a prescription in most supermarkets.",
    "Never buy tramadol from a website that does not ask for a prescription.",
    "Semaglutide is only supplied after a consultation with a doctor.",
    "Paracetamol does not need a prescription.",
    "Buying antibiotics online without a prescription is illegal and unsafe.",
]

NOT_SUPERLATIVE = [
    "The most common side effect is a mild headache.",
    "Your pharmacist can advise on the best treatment for your child.",
    "Statins are among the most widely prescribed medicines in England.",
    "The best time to take this tablet is in the morning.",
    "Handwashing is one of the most important ways to stop infections spreading.",
    "Sunscreen works best when it is applied 15 minutes before going outside.",
    "The greatest risk of a clot is in the first few weeks of treatment.",
    "The fastest way to get help is to call 111.",
]

CONSENSUS_EFFICACY = [
    "Inhaled steroids are a very effective way of controlling asthma in most people.",
    "Antihistamines usually relieve the itch of hives.",
    "Paracetamol is a good choice for mild to moderate pain in children.",
    "The HPV vaccine protects against the types of the virus that cause most cervical cancers.",
    "Physiotherapy helps many people recover movement after a stroke.",
    "Emollients reduce dryness and help prevent flare-ups of eczema.",
    "Stopping smoking lowers the risk of a heart attack.",
    "Insulin controls blood sugar in people with type 1 diabetes.",
    "Cognitive behavioural therapy is an effective treatment for insomnia.",
    "Metformin lowers blood glucose and is usually the first medicine offered for type 2 diabetes.",
]

DISEASE_COURSE = [
    "Chickenpox spots usually crust over within five days.",
    "Symptoms of a cold tend to peak after two or three days and then ease.",
    "Most sprains heal within six weeks.",
    "Glandular fever can leave people tired for several months.",
    "The measles rash appears three to five days after the first symptoms.",
    "A bout of norovirus typically lasts one to three days.",
    "Warts often disappear within two years without treatment.",
    "Hand, foot and mouth disease usually clears up in 7 to 10 days.",
    "Babies with colic usually grow out of it by four months of age.",
    "Shingles pain can linger for months after the rash has healed.",
]

ORGANISATION_FIGURES = [
    "Last year our helpline answered more than 60,000 calls.",
    "In 2023 the charity funded 14 new research projects.",
    "Our screening service checked 2.1 million people for bowel cancer in the past year.",
    "The programme has trained 3,000 volunteers since 2018.",
    "Each year the agency receives around 40,000 reports of suspected side effects.",
    "We published 85 new patient leaflets in 2024.",
    "The trust carried out 12,500 operations last year.",
    "Our nurses ran 450 community clinics across the county.",
    "Around 5,000 people came to the association's free skin checks this summer.",
    "The foundation's survey found that 4 in 10 members had waited over a year for a diagnosis.",
]

NEGATIONS = [
    "Vaccines do not cause autism.",
    "Antibiotics do not help with most sore throats.",
    "Cracking your knuckles does not lead to arthritis.",
    "Eating carrots will not improve your eyesight.",
    "Cold weather does not by itself cause a cold.",
    "Homeopathic remedies have not been shown to work for any health condition.",
    "Sugar does not make children hyperactive.",
    "Herbal remedies are not a substitute for your prescribed medicine.",
    "Tea tree oil is not recommended for children under 12.",
    "There is no cure for eczema, but treatments can control the symptoms.",
]

WARNINGS = [
    "Ibuprofen can irritate the stomach lining and cause bleeding.",
    "Taking too much paracetamol can cause serious liver damage.",
    "Isotretinoin must not be taken during pregnancy because it can harm the baby.",
    "Some antidepressants can make young people feel more agitated at first.",
    "Drinking alcohol with metronidazole can make you very sick.",
    "Codeine can be addictive if you take it for more than three days.",
    "Strong steroid creams should not be used on the face for long periods.",
    "St John's wort can stop the contraceptive pill from working properly.",
    "High doses of vitamin A can be harmful in pregnancy.",
    "Blood thinners make bruising more likely.",
]


# A second batch, written and labelled after the first ran: harder phrasing of the same classes.
MORE_CONSENSUS_EFFICACY = [
    "The shingles vaccine greatly lowers the chance of getting shingles in older adults.",
    "Regular exercise can improve mood and sleep.",
    "Hormone replacement therapy relieves hot flushes in most women.",
    "Taking folic acid before pregnancy protects the baby against spina bifida.",
    "For most people, a short course of steroid tablets quickly settles a severe flare.",
    "Laxatives soften the stool and make it easier to pass.",
    "Saline nose drops can clear a blocked nose in babies.",
    "Salbutamol inhalers open the airways and ease breathlessness.",
    "Blood pressure tablets reduce the chance of a stroke.",
    "Light therapy helps some people with seasonal affective disorder.",
]

MORE_DISEASE_COURSE = [
    "In most children the cough goes away within three weeks.",
    "The blisters dry out and scab over after about a week.",
    "Hay fever symptoms are usually worst in late spring and early summer.",
    "Ringworm spreads easily between pets and people.",
    "Most cases of food poisoning get better in a few days.",
    "The swelling from mumps usually goes down within a week.",
    "Eczema often improves as children get older.",
    "Bell’s palsy usually gets better within nine months.",
    "A black eye normally fades over two weeks.",
    "Sore throats usually last about a week.",
]

MORE_ORGANISATION_FIGURES = [
    "In 2024 we answered 31,000 questions through our online chat.",
    "The NHS vaccinated 1.2 million children against flu last winter.",
    "This year the clinic network saw over 90,000 patients with skin problems.",
    "Our nurses visited 2,400 homes in the first six months of the scheme.",
    "The college represents more than 8,000 dermatologists across the country.",
    "Since 2015 the programme has screened 4 million women for cervical cancer.",
    "Nine out of ten people who used the service said they would recommend it.",
    "The society has published guidance on eczema care since 1998.",
    "Our research team has enrolled 600 patients in its asthma study.",
    "Each year the helpline takes about 5,000 calls from worried parents.",
]

MORE_NEGATIONS = [
    "Flu vaccines cannot give you flu.",
    "Antibiotics will not make a cold go away any faster.",
    "Chocolate does not cause acne.",
    "Scratching does not help and can make the rash worse.",
    "There is no evidence that magnets relieve arthritis pain.",
    "Detox diets do not remove toxins from the body.",
    "Wearing a copper bracelet has no effect on joint pain.",
    "Vitamin C supplements do not prevent colds in most people.",
    "Cough medicines have little effect on a cough caused by a cold.",
    "A cold sore cream will not stop cold sores coming back.",
]

MORE_WARNINGS = [
    "Doxycycline can make your skin more sensitive to sunlight.",
    "Some blood pressure medicines can cause a dry cough.",
    "Stopping antidepressants suddenly can lead to withdrawal symptoms.",
    "Sleeping pills can make you drowsy the next day.",
    "Steroid injections can raise blood sugar for a few days.",
    "Using decongestant sprays for more than a week can make congestion worse.",
    "Isotretinoin can cause severe birth defects.",
    "Combined pills slightly increase the risk of blood clots.",
    "Naproxen can trigger asthma attacks in some people.",
    "Valproate taken in pregnancy can harm the unborn child.",
]

# Twins of the widened vocabularies: a prescriber cut out, a ranking, a safety absolute, said in plain information.
WIDENED_VOCABULARY_TWINS = [
    "Emergency contraception can be bought from a pharmacy without a consultation with a doctor.",
    "You do not need a prescription to buy hay fever tablets.",
    "There is no consultation fee at the sexual health clinic for sildenafil.",
    "Most viral rashes are harmless and fade without treatment.",
    "Head lice are harmless but can be irritating.",
    "Metformin is the best-studied medicine for type 2 diabetes.",
    "The world’s most common sexually transmitted infection is chlamydia.",
    "Forget the myth that antibiotics cure colds.",
]


@pytest.mark.parametrize("sentence", LAWFUL_SUPPLY + NOT_SUPERLATIVE + CONSENSUS_EFFICACY + DISEASE_COURSE
                         + ORGANISATION_FIGURES + NEGATIONS + WARNINGS
                         + MORE_CONSENSUS_EFFICACY + MORE_DISEASE_COURSE + MORE_ORGANISATION_FIGURES
                         + MORE_NEGATIONS + MORE_WARNINGS + WIDENED_VOCABULARY_TWINS)
def test_a_professional_non_claim_draws_no_claim_finding(sentence):
    # fair balance is a page-level check (a page naming the drug must state its risks), not the sentence's
    assert [rule for rule in rules_of(claim_findings(_p(sentence))) if rule != "claim.fair-balance"] == []


# -- professional paragraphs: the same classes in context ------------------------------------

PROFESSIONAL_PARAGRAPHS = [
    "<p>Your doctor may suggest an antiviral medicine. Taken within 3 days of the rash appearing, it can make the "
    "illness shorter.</p>",
    "<p>Two doses of the vaccine give about 97% protection against measles.</p>",
    "<p>Statins lower cholesterol. Over 5 years they cut the risk of a heart attack by about a quarter.</p>",
    "<p>Antibiotics are not usually needed. Most ear infections clear up within 3 days.</p>",
    "<p>After the vaccine, a sore arm is common and lasts a day or two.</p>",
    "<p>Conjunctivitis often gets better in 1 to 2 weeks.</p>",
    "<p>About 1 in 3 people will get shingles at some point in their life.</p>",
    "<p>Our specialist nurses supported 12,000 families last year.</p>",
    "<p>The screening programme finds around 3,000 cancers every year.</p>",
    "<p>There is no good evidence that garlic prevents colds.</p>",
    "<p>Taking more than the recommended dose will not make it work any quicker.</p>",
    "<p>Up to 1 in 10 people taking this medicine get headaches.</p>",
    "<p>Within hours of an overdose, paracetamol can damage the liver.</p>",
    "<p>In a survey of our members, 72% said their eczema affected their sleep.</p>",
    "<p>Paracetamol can ease the pain. Most people recover from flu in about a week.</p>",
]


@pytest.mark.parametrize("page", PROFESSIONAL_PARAGRAPHS)
def test_a_professional_paragraph_draws_no_claim_finding(page):
    assert [rule for rule in rules_of(claim_findings(page)) if rule != "claim.fair-balance"] == []
