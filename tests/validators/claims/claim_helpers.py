"""Run the claim rules over a document built from HTML, as the engine does."""

import re
from pathlib import Path

from validators.config import Config
from validators.engine import check_documents
from validators.sources import from_html


def claim_findings(html: str, config: Config | None = None, path: str = "article.html"):
    """Claim findings (engine.check-failed included, so a crash fails the test) for `html`."""
    config = config or Config(disabled=frozenset({"copy", "link"}))
    report = check_documents([from_html(html, path)], config).reports[0]
    return [f for f in report.findings if f.category == "claim" or f.rule == "engine.check-failed"]


def rules_of(findings) -> list[str]:
    return sorted(f.rule for f in findings)


def by_rule(findings, rule: str):
    return [f for f in findings if f.rule == rule]


def sentence_rules(page: str, sentence: str) -> list[str]:
    """The sorted rule ids of the claim findings on `sentence`, in the template `page` with `sentence` filled in."""
    return sorted(f.rule for f in claim_findings(page.format(sentence)) if f.sentence == sentence)


def reference_entry_findings(html: str) -> list[str]:
    """The excerpts of the `claim.reference-without-source` findings on the page `html`."""
    return [f.excerpt for f in by_rule(claim_findings(html), "claim.reference-without-source")]


EVALUATION = Path(__file__).resolve().parents[3] / "evaluation"


def tuned_sentences(per_page: int) -> list[str]:
    """The first `per_page` sentences of every page of the tuned evaluation sets (never a holdout set)."""
    return [
        text
        for path in sorted(EVALUATION.glob("*/*/article.html"))
        if "holdout" not in path.parent.parent.name
        for text in re.split(r"(?<=[.!?])\s+", from_html(path.read_text(encoding="utf-8")).text)[:per_page]
    ]


# A long information page in a publisher's voice (warnings, instructions, doses) naming prescription-only
# medicines, with one paragraph `{}` for the sentence under test: the genre of the professional-page classes.
INFO_PAGE = (
    "<h1>Gout: what you need to know</h1>"
    "<p>Gout is a type of arthritis caused by crystals of uric acid forming in a joint. "
    "It often starts in the big toe. "
    "An attack usually lasts 5 to 7 days. Rest the joint and keep it cool. Do not put weight on it if it hurts. "
    "Take ibuprofen or naproxen as soon as an attack starts, unless you have been told not to. "
    "Colchicine is usually taken as 500 micrograms two to four times a day for a few days. "
    "Colchicine can cause diarrhoea. Stop taking it and call your doctor if you get diarrhoea. "
    "Do not stop allopurinol during an attack. Drink plenty of water. "
    "Gout is not caused by eating too much fruit. Being overweight makes attacks more likely. "
    "Some water tablets raise uric acid levels. See a GP if the joint is hot and you feel unwell.</p>"
    "<p>{}</p>"
    "<p>Call 111 if you have a high temperature and the joint is very painful.</p>"
)


# The same sentence `{}` on a page that sells the gout remedy (price, delivery, basket): the twin of INFO_PAGE for
# the classes that hold only on pages that do not sell.
GOUT_SHOP_PAGE = (
    "<h1>GoutAway capsules</h1><p>Order today for only £24.99 with free delivery.</p><p>{}</p><p>Add to basket.</p>"
)


# A page that sells (price, delivery) and a page that only informs, each with one more paragraph: the sentence under
# test; `on_shop`/`on_info` say whether a claim finding names that sentence.
SHOP = "<h1>Shop</h1><p>Free delivery on every order, and returns within 30 days. Buy now for £19.99.</p>"
INFO = (
    "<h1>Treatment options</h1><p>See your GP if the pain lasts more than six weeks.</p>"
    "<p>Call 111 if you are worried.</p>"
)


def flagged_in(html: str, line: str) -> bool:
    return any(line.rstrip(".?!")[:40] in f.sentence for f in claim_findings(html))


def on_shop(line: str) -> bool:
    return flagged_in(f"{SHOP}<p>{line}</p>", line)


def on_info(line: str) -> bool:
    return flagged_in(f"{INFO}<p>{line}</p>", line)
