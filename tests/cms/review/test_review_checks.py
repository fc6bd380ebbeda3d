"""Documents built from articles, check runs stored per revision (and reused), and the
check_content command."""

import json

import pytest
from cms_testing import make_article, paragraphs
from django.core.management import CommandError, call_command
from review_testing import edit, finding, waive

from review import checks, gate
from review.documents import build_document
from review.models import CheckRun
from validators.document import BlockKind

pytestmark = pytest.mark.django_db

BODY = [
    {"type": "section", "value": {"heading": "Treatment", "level": "h2", "anchor": ""}},
    {"type": "paragraph", "value": '<p>See <a linktype="page" id="{target}">the guide</a> and '
                                   '<a href="https://example.org/x">this</a> [1].</p>'},
    {"type": "list", "value": {"style": "numbered", "items": ["<p>First step.</p>", "<p>Second miracle cure.</p>"]}},
    {"type": "callout", "value": {"kind": "quote", "text": "<p>It worked.</p>", "attribution": "A reader"}},
]
REFERENCES = [{"authors": "Doe J", "title": "A trial", "publisher": "BMJ", "year": 2021, "doi": "10.1136/bmj.x1",
               "pmid": "123456"}]


@pytest.fixture
def rich_page(index):
    target = make_article(index, "guide", publish=False)
    body = [dict(block) for block in BODY]
    body[1] = {"type": "paragraph", "value": BODY[1]["value"].format(target=target.pk)}
    return make_article(index, "rich", publish=False, body=body, references=REFERENCES), target


def test_the_document_has_title_summary_blocks_and_references(rich_page):
    page, target = rich_page
    document = build_document(page.get_latest_revision().as_object())
    kinds = [(block.kind, block.origin) for block in document.blocks]
    assert kinds[:3] == [(BlockKind.TITLE, "title"), (BlockKind.PARAGRAPH, "summary"),
                         (BlockKind.HEADING, "body.0.heading")]
    assert (BlockKind.LIST_ITEM, "body.2.items.1") in kinds
    assert (BlockKind.QUOTE, "body.3.text") in kinds
    second = next(b for b in document.blocks if b.origin == "body.2.items.1")
    assert second.ordered and second.position == 2
    assert document.block_text(second) == "Second miracle cure."
    reference = next(b for b in document.blocks if b.element_id == "ref-1")
    assert reference.kind == BlockKind.LIST_ITEM and reference.position == 1
    assert "10.1136/bmj.x1" in document.block_text(reference)
    hrefs = {link.href for link in document.links}
    assert {"https://doi.org/10.1136/bmj.x1", "https://pubmed.ncbi.nlm.nih.gov/123456/",
            "https://example.org/x"} <= hrefs
    page_link = next(link for link in document.links if link.attributes.get("linktype") == "page")
    assert page_link.href == target.url and page_link.attributes["id"] == str(target.pk)
    assert str(target.pk) not in document.ids  # a link's pk is not an anchor
    assert {"ref-1", "treatment"} <= document.ids
    assert document.path == f"page/{page.pk}"


def test_a_list_item_finding_points_into_its_item(rich_page):
    page, _ = rich_page
    flagged = finding(page)
    assert flagged.origin == "body.2.items.1"
    item_source = page.body[2].value["items"][1].source
    assert item_source[flagged.offset:].startswith("miracle cure")


def test_each_revision_is_checked_and_identical_content_is_not_checked_again(index, settings):
    page = make_article(index, "reuse", publish=False, body=paragraphs("A miracle cure."))
    first = checks.latest_run(page)
    page.get_latest_revision_as_object().save_revision()  # no change
    page.refresh_from_db()
    second = checks.latest_run(page)
    assert second.revision_id != first.revision_id
    assert second.timings["reused_from"] == first.pk
    assert [f.fingerprint for f in second.findings.all()] == [f.fingerprint for f in first.findings.all()]
    assert checks.check_revision(page.get_latest_revision()) == second  # stored run reused

    settings.VALIDATORS = {"disable": ["copy", "claim", "link"], "severity": {"test.promise": "warning"}}
    third = checks.check_revision(page.get_latest_revision())
    assert third.pk != second.pk and third.engine_version != second.engine_version
    assert third.findings.get().severity == "warning"


def test_check_content_reports_open_errors_with_exit_status_1(index, draft, reviewer, capsys):
    with pytest.raises(SystemExit) as exit_status:
        call_command("check_content", "--page", str(draft.pk), "--format", "json")
    assert exit_status.value.code == 1
    output = capsys.readouterr()
    report = json.loads(output.out)
    found = report["documents"][0]["findings"]
    assert [(f["rule"], f["excerpt"]) for f in found] == [("test.promise", "miracle cure")]
    assert found[0]["source"]["origin"] == "body.1.value"
    assert "1 open error finding" in output.err
    with pytest.raises(SystemExit):
        call_command("check_content", "--page", str(draft.pk))
    assert "1 document: 1 error, open; 0 warnings; 0 notes" in capsys.readouterr().out

    waive(draft, reviewer)
    call_command("check_content", "--page", str(draft.pk), "--format", "sarif")  # no SystemExit: exit 0
    sarif = json.loads(capsys.readouterr().out)
    assert sarif["runs"][0]["results"][0]["ruleId"] == "test.promise"
    call_command("check_content", "--page", str(draft.pk))  # exit 0: the only error is waived
    output = capsys.readouterr()
    assert "1 document: 1 error, approved or waived; 0 warnings; 0 notes" in output.out
    assert "open error" not in output.err


def test_check_content_all_shows_progress_and_text(index, capsys):
    make_article(index, "one", publish=False, body=paragraphs("Fine."))
    make_article(index, "two", publish=False, body=paragraphs("You will recieve it."))
    with pytest.raises(SystemExit):
        call_command("check_content", "--all")
    output = capsys.readouterr()
    assert "2/2 pages" in output.err
    assert "test.misspelling" in output.out and "2 documents: 1 error, open;" in output.out


def test_check_content_refuses_unknown_pages(db):
    with pytest.raises(CommandError, match="no article with id 999999"):
        call_command("check_content", "--page", "999999")


def test_content_that_cannot_be_read_is_a_failed_run_and_blocks_while_fail_closed(index, settings):
    page = make_article(index, "fine", publish=False)
    content = page.get_latest_revision_as_object()
    content.title = 42  # not text: building the document fails
    result = gate.evaluate(content, page.get_latest_revision())
    assert result.run.status == CheckRun.Status.FAILED and "AttributeError" in result.run.error
    assert not result.allowed and "could not run" in result.as_text()
    settings.REVIEW_FAIL_CLOSED = False
    assert gate.evaluate(content, page.get_latest_revision()).allowed


def test_an_edit_creates_a_new_run(draft, editor):
    before = CheckRun.objects.filter(page=draft).count()
    edit(draft, editor, "Something else entirely.")
    assert CheckRun.objects.filter(page=draft).count() == before + 1


def test_plain_fields_map_one_to_one_even_with_markup_characters(index):
    page = make_article(index, "amp", publish=False, title="Salt & pepper <cures> a miracle cure")
    flagged = finding(page)
    assert flagged.origin == "title"
    assert page.title[flagged.offset:flagged.offset + len("miracle cure")] == "miracle cure"
