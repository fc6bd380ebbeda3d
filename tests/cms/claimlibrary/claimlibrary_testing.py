"""Helpers of the claims-library tests: articles with claims, their claim findings."""

from cms_testing import make_article, written_by
from wagtail.models import Page

from review.checks import latest_run

WALKING = "Daily walking lowers blood pressure in 60% of adults."
ZINC = "Zinc supplements speed up wound healing."
# A line that makes a page sell: there, a sentence citing a reference without a source is still uncited (on a page
# that sells nothing it counts as cited and the reference entry itself is flagged).
SHOP_LINE = "Order today for only £24.99 with free delivery."
DOI_REFERENCE = {"authors": "Lee K, Park J", "title": "Walking and blood pressure: a meta-analysis",
                 "publisher": "J Hypertens", "year": 2021, "doi": "10.1097/HJH.0000000000002800"}


def paragraphs(*texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def article(index, slug, *texts, author=None, **fields):
    """A draft article of paragraphs whose latest revision was written by `author`."""
    page = make_article(index, slug, publish=False, body=paragraphs(*texts), **fields)
    return written_by(page, author) if author is not None else page


def claim_findings(page, sentence_start=""):
    """The claim findings of the page's latest check run (optionally only in sentences
    starting with `sentence_start`)."""
    run = latest_run(Page.objects.get(pk=page.pk))  # the caller's instance may predate a new revision
    return [f for f in run.findings.filter(category="claim") if f.sentence.startswith(sentence_start)]


def finding_of(page, rule, sentence_start=""):
    found = [f for f in claim_findings(page, sentence_start) if f.rule == rule]
    assert len(found) == 1, [(f.rule, f.sentence) for f in claim_findings(page)]
    return found[0]
