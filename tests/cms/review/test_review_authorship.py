"""Authorship follows the flagged words (issue 12 bug 4) and is recorded durably, so
`purge_revisions` cannot make a reviewer someone else than the author of their own claim
(issue 11 item 5)."""

import pytest
from cms_testing import make_article, paragraphs, written_by
from django.core.management import call_command
from review_testing import edit, finding
from wagtail.models import Revision

from review import decisions
from review.authorship import is_touch_up
from review.gate import PublishBlocked
from review.models import FlaggedWords

pytestmark = pytest.mark.django_db

CLAIM = "Our cream is a miracle cure for HSV-1 infections, commonly known as cold sore, in adults."
REASON = "Verified against the licence."


@pytest.mark.parametrize(("before", "after"), [
    ("commonly known as cold sore, in adults", "commonly known as cold sores, in adults"),
    ("You will recieve a letter", "You will receive a letter"),
    ("Miracle cure", "miracle cure!"),
    ("the rash  heals quikly.", "The rash heals quickly"),
    ("it protects the skin", "it protect the skin"),
])
def test_typos_plurals_case_and_punctuation_are_touch_ups(before, after):
    assert is_touch_up(before, after)


@pytest.mark.parametrize(("before", "after"), [
    ("This cream is not a miracle cure", "This cream is a miracle cure"),
    ("It heals in 10 days", "It heals in 100 days"),
    ("It has ever worked", "It has never worked"),
    ("It can help", "It can't help"),
    ("It may help", "It will help"),
    ("on the skin", "no the skin"),
    ("a miracle cure", "a miracle cure for everyone"),
])
def test_added_removed_or_replaced_words_are_writing(before, after):
    assert not is_touch_up(before, after)


def test_a_lone_reviewer_who_fixes_a_typo_in_the_sentence_can_still_approve(index, editor, reviewer):
    page = written_by(make_article(index, "typo", publish=False, body=paragraphs(CLAIM)), editor)
    decisions.approve(finding(page), reviewer, REASON)

    fixed = edit(page, reviewer, CLAIM.replace("cold sore,", "cold sores,"))
    with pytest.raises(PublishBlocked, match="miracle cure"):  # the approval was of the old text
        fixed.publish()
    assert decisions.author_of(finding(page)) == editor
    assert decisions.approve(finding(page), reviewer, REASON).resolves
    page.get_latest_revision().publish()


def test_a_touch_up_of_the_flagged_words_keeps_their_author(index, editor, reviewer):
    page = written_by(make_article(index, "case", publish=False, body=paragraphs(CLAIM)), editor)
    edit(page, reviewer, CLAIM.replace("a miracle cure", "a Miracle Cure"))
    assert decisions.author_of(finding(page)) == editor


@pytest.mark.parametrize("rewrite", [
    CLAIM.replace("Our cream is", "Our cream is not"),
    CLAIM.replace("in adults", "in adults and children"),
    CLAIM.replace("Our cream", "This new gel"),
])
def test_a_reviewer_who_rewrites_the_sentence_becomes_its_author(index, editor, reviewer, second_reviewer, rewrite):
    page = written_by(make_article(index, "rewrite", publish=False, body=paragraphs(CLAIM)), editor)
    edit(page, reviewer, rewrite)
    with pytest.raises(decisions.DecisionRefused, match="You wrote this text"):
        decisions.approve(finding(page), reviewer, REASON)
    assert decisions.approve(finding(page), second_reviewer, REASON).resolves


def test_the_same_claim_in_another_block_is_not_a_touch_up(index, editor, reviewer):
    page = written_by(make_article(index, "moved", publish=False, body=paragraphs(CLAIM)), editor)
    edit(page, reviewer, "Wash gently.", CLAIM)  # the claim now sits in a new block
    with pytest.raises(decisions.DecisionRefused, match="You wrote this text"):
        decisions.approve(finding(page), reviewer, REASON)


def test_purging_revisions_never_lets_a_reviewer_approve_their_own_claim(index, editor, reviewer):
    """The reviewer writes the claim; the editor takes it out, `purge_revisions` deletes the
    reviewer's revision together with its check run and findings, and the editor puts the same
    words back in the same block: they are still the reviewer's words."""
    page = make_article(index, "purge", publish=False, body=paragraphs("Wash gently."))
    edit(page, reviewer, "Wash gently.", CLAIM)
    edit(page, editor, "Wash gently.", "Ask your pharmacist.")
    call_command("purge_revisions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Revision.objects.filter(object_id=str(page.pk)).count() == 1

    edit(page, editor, "Wash gently.", CLAIM)
    assert FlaggedWords.objects.filter(page=page, author=reviewer).exists()
    with pytest.raises(decisions.DecisionRefused, match="You wrote this text"):
        decisions.approve(finding(page), reviewer, REASON)
