"""Resolving an uncited claim from its finding: the citation marker goes into the right
block, before the sentence's closing punctuation, in a new (unpublished) revision."""

import pytest
from claimlibrary_testing import DOI_REFERENCE, SHOP_LINE, ZINC, article, claim_findings, finding_of
from cms_testing import make_article
from django.core.exceptions import PermissionDenied
from wagtail.models import Page, PageLogEntry

from claimlibrary.citing import ATTACH_ACTION, AttachRefused, attach_reference
from review.checks import latest_run

PUBMED_REFERENCE = {"authors": "Ng A", "title": "Oral zinc and wound healing", "publisher": "Wound Repair Regen",
                    "year": 2019, "pmid": "31234567"}


def body_sources(page):
    """The stored source of every rich-text place of the page's latest revision."""
    content = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    sources = []
    for block in content.body:
        if block.block_type == "paragraph":
            sources.append(block.value.source)
        elif block.block_type == "list":
            sources.extend(item.source for item in block.value["items"])
        elif block.block_type == "callout":
            sources.append(block.value["text"].source)
    return sources


def test_citing_an_existing_reference_inserts_the_marker_before_the_final_full_stop(index, editor):
    page = article(index, "zinc", "Wash the wound gently.", f"Rinse well. {ZINC} Keep it covered.",
                   references=[DOI_REFERENCE], author=editor)
    page.get_latest_revision().publish()
    page.refresh_from_db()
    live_revision = page.live_revision_id
    finding = finding_of(page, "claim.uncited", "Zinc")

    attachment = attach_reference(page, finding.fingerprint, page.references.get(), user=editor)

    assert attachment.number == 1 and not attachment.created and attachment.origin == "body.1.value"
    assert attachment.sentence == "Zinc supplements speed up wound healing [1]."
    assert body_sources(page) == ["<p>Wash the wound gently.</p>",
                                  "<p>Rinse well. Zinc supplements speed up wound healing [1]. Keep it covered.</p>"]
    page.refresh_from_db()
    assert page.latest_revision_id == attachment.revision.pk
    assert page.live_revision_id == live_revision and page.has_unpublished_changes, "saved, not published"
    assert "[1]" not in str(page.specific.body[1].value.source), "the live content is unchanged"
    assert latest_run(page).revision_id == attachment.revision.pk
    assert claim_findings(page, "Zinc") == [], "the cited claim is supported on re-check"
    entry = PageLogEntry.objects.get(page=page, action=ATTACH_ACTION)
    assert entry.user == editor and entry.revision_id == attachment.revision.pk
    assert entry.data["reference"]["number"] == 1 and entry.data["finding"]["rule"] == "claim.uncited"
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit", revision=attachment.revision).exists()


def test_citing_a_new_reference_adds_it_to_the_list(index, editor):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    finding = finding_of(page, "claim.uncited")

    attachment = attach_reference(page, finding, PUBMED_REFERENCE, user=editor)

    assert attachment.created and attachment.number == 2
    content = attachment.revision.as_object()
    assert [(r.title, r.pmid) for r in content.references.all()] == [
        (DOI_REFERENCE["title"], ""), (PUBMED_REFERENCE["title"], "31234567")]
    assert body_sources(page) == ["<p>Zinc supplements speed up wound healing [2].</p>"]
    assert claim_findings(page) == []
    assert PageLogEntry.objects.get(page=page, action=ATTACH_ACTION).data["created"] is True


def test_a_new_reference_already_in_the_list_is_cited_not_added_twice(index, editor):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    attachment = attach_reference(page, finding_of(page, "claim.uncited"),
                                  {"title": "Same paper", "doi": DOI_REFERENCE["doi"].lower()}, user=editor)
    assert attachment.number == 1 and not attachment.created
    assert attachment.revision.as_object().references.count() == 1


def test_a_list_item_without_final_punctuation_gets_the_marker_at_its_end(index, editor):
    body = [{"type": "list", "value": {"style": "bulleted", "items": [
        "Apply it once a day", "Benzoyl peroxide reduces acne lesions within <b>4 weeks</b>"]}}]
    page = make_article(index, "acne", publish=False, body=body, references=[PUBMED_REFERENCE])
    finding = finding_of(page, "claim.uncited-timeline")
    assert finding.origin == "body.0.items.1"

    attach_reference(page, finding, 1, user=editor)

    assert body_sources(page) == ["Apply it once a day",
                                  "Benzoyl peroxide reduces acne lesions within <b>4 weeks</b> [1]"]
    assert claim_findings(page) == []


def test_a_sentence_ending_in_a_link_gets_the_marker_after_the_link(index, editor):
    page = article(index, "zinc", 'Zinc supplements speed up <a href="https://example.org/zinc">wound healing</a>',
                   references=[DOI_REFERENCE])
    attach_reference(page, finding_of(page, "claim.uncited"), 1, user=editor)
    assert body_sources(page) == ['<p>Zinc supplements speed up <a href="https://example.org/zinc">wound healing</a>'
                                  ' [1]</p>']


def test_a_marker_already_there_gets_the_number_added(index, editor):
    # On a page that sells, reference 1 (no source) leaves the claim uncited; citing reference 2 as well fixes it.
    weak = {"title": "A textbook"}
    page = article(index, "zinc", "Zinc supplements speed up wound healing [1].", SHOP_LINE,
                   references=[weak, DOI_REFERENCE])
    finding = finding_of(page, "claim.uncited")
    attach_reference(page, ("body.0.value", finding.offset), 2, user=editor)
    assert body_sources(page) == ["<p>Zinc supplements speed up wound healing [1, 2].</p>", f"<p>{SHOP_LINE}</p>"]
    assert claim_findings(page, "Zinc") == []
    with pytest.raises(AttachRefused, match="already cites reference 2"):
        attach_reference(page, ("body.0.value", 3), 2, user=editor)


def test_the_marker_goes_into_the_flagged_sentence_not_an_equal_one_elsewhere(index, editor):
    page = article(index, "twice", "Keep it clean.", f"Eat well. {ZINC}", references=[DOI_REFERENCE])
    attach_reference(page, finding_of(page, "claim.uncited"), 1, user=editor)
    assert body_sources(page) == ["<p>Keep it clean.</p>",
                                  "<p>Eat well. Zinc supplements speed up wound healing [1].</p>"]


def test_callout_text_is_citable(index, editor):
    body = [{"type": "callout", "value": {"kind": "note", "text": f"<p>{ZINC}</p>", "attribution": ""}}]
    page = make_article(index, "note", publish=False, body=body, references=[DOI_REFERENCE])
    attach_reference(page, finding_of(page, "claim.uncited"), 1, user=editor)
    assert body_sources(page) == ["<p>Zinc supplements speed up wound healing [1].</p>"]


def test_claims_outside_the_body_text_are_refused(index, editor):
    page = article(index, "summary", "Wash gently.", summary=ZINC, references=[DOI_REFERENCE])
    finding = finding_of(page, "claim.uncited")
    assert finding.origin == "summary"
    with pytest.raises(AttachRefused, match="Citations go in body text"):
        attach_reference(page, finding, 1, user=editor)
    assert page.get_latest_revision().pk == page.latest_revision_id


@pytest.mark.parametrize(("reference", "error"), [
    (3, "There is no reference 3"),
    ({"title": "No identifiers"}, "needs a DOI, PubMed id or URL"),
    ({"title": "Bad", "doi": "https://doi.org/10.1/x"}, "Enter a DOI"),
    ({"title": "Odd", "url": "https://example.org", "volume": "2"}, "Unknown reference field"),
])
def test_bad_references_are_refused_and_nothing_is_saved(index, editor, reference, error):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    revision = page.latest_revision_id
    with pytest.raises(Exception, match=error):
        attach_reference(page, finding_of(page, "claim.uncited"), reference, user=editor)
    page.refresh_from_db()
    assert page.latest_revision_id == revision and body_sources(page) == [f"<p>{ZINC}</p>"]


def test_a_reference_of_another_page_is_refused(index, editor):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    other = article(index, "other", "Wash gently.", references=[PUBMED_REFERENCE])
    with pytest.raises(AttachRefused, match="not in this page's reference list"):
        attach_reference(page, finding_of(page, "claim.uncited"), other.references.get(), user=editor)


def test_a_finding_no_longer_in_the_latest_version_is_refused(index, editor):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    finding = finding_of(page, "claim.uncited")
    attach_reference(page, finding, 1, user=editor)
    with pytest.raises(AttachRefused, match="not in the page's latest version"):
        attach_reference(page, finding.fingerprint, 1, user=editor)


def test_users_who_cannot_edit_the_page_cannot_cite(index, make_user):
    page = article(index, "zinc", ZINC, references=[DOI_REFERENCE])
    outsider = make_user("outsider")
    with pytest.raises(PermissionDenied):
        attach_reference(page, finding_of(page, "claim.uncited"), 1, user=outsider)
    assert not PageLogEntry.objects.filter(action=ATTACH_ACTION).exists()


@pytest.mark.parametrize(("source", "cited"), [
    # Offsets after an entity or inside markup still land in the right place of the source.
    ("<p>Zinc &amp; copper supplements speed up <i>wound</i> healing.</p>",
     "<p>Zinc &amp; copper supplements speed up <i>wound</i> healing [1].</p>"),
    ("<p>Zinc supplements speed up wound healing (in adults).</p>",
     "<p>Zinc supplements speed up wound healing (in adults) [1].</p>"),
    ("<p>Zinc supplements speed up <b>wound healing</b></p>",
     "<p>Zinc supplements speed up <b>wound healing</b> [1]</p>"),
])
def test_the_marker_lands_in_the_right_place_of_the_markup(index, editor, source, cited):
    page = make_article(index, "zinc", publish=False, body=[{"type": "paragraph", "value": source}],
                        references=[DOI_REFERENCE])
    attach_reference(page, finding_of(page, "claim.uncited"), 1, user=editor)
    assert body_sources(page) == [cited]
    assert claim_findings(page) == []
