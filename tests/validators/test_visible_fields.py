"""Every text a reader, a screen reader or a search engine sees is checked, as a unit of its
own, and each finding names the field it is in."""

import json
import subprocess
import sys

import pytest

from validators.config import Config
from validators.document import BlockKind
from validators.engine import check_documents
from validators.sources import from_html

PAGE = """<!doctype html>
<html><head><meta charset="utf-8">
<title>Scabies cream: clear skin &amp; calm nights</title>
<meta name="description" content="What scabies is,
how it spreads and how it is treated.">
<meta property="og:title" content="Scabies cream: clear skin &amp; calm nights">
<meta property="og:description" content="A guide for families">
<meta name="viewport" content="width=device-width">
<script>var title = "not shown";</script>
</head><body>
<h1>Scabies</h1>
<h2>How it spreads</h2>
<p>Mites pass between people <img src="mite.png" alt="A mite seen under a microscope"> by long skin contact.</p>
<figure><img src="rash.png" alt=""><figcaption>The rash often starts between the fingers</figcaption></figure>
<blockquote>Everyone in the house was treated on the same day</blockquote>
<svg><title>decorative icon</title></svg>
</body></html>"""


@pytest.fixture(scope="module")
def page():
    return from_html(PAGE, "page.html")


def test_title_meta_texts_alt_text_captions_and_quotes_are_blocks_named_by_field(page):
    assert [(b.kind, b.field, page.block_text(b)) for b in page.blocks] == [
        (BlockKind.TITLE, "title", "Scabies cream: clear skin & calm nights"),
        (BlockKind.PARAGRAPH, "meta description", "What scabies is, how it spreads and how it is treated."),
        # og:title repeats the title: one text, checked once.
        (BlockKind.PARAGRAPH, "og:description", "A guide for families"),
        (BlockKind.HEADING, "heading", "Scabies"),
        (BlockKind.HEADING, "heading", "How it spreads"),
        (BlockKind.PARAGRAPH, "body", "Mites pass between people by long skin contact."),
        (BlockKind.PARAGRAPH, "alt text", "A mite seen under a microscope"),
        (BlockKind.PARAGRAPH, "caption", "The rash often starts between the fingers"),
        (BlockKind.QUOTE, "quote", "Everyone in the house was treated on the same day"),
    ]
    assert "not shown" not in page.text and "decorative" not in page.text


def test_each_field_is_its_own_sentence_even_without_end_punctuation(page):
    sentences = [page.sentence_text(s) for s in page.sentences]
    assert "Scabies" in sentences and "How it spreads" in sentences
    assert "The rash often starts between the fingers" in sentences
    assert "Mites pass between people by long skin contact." in sentences  # the alt text is not inside it
    assert all(page.blocks[s.block].start <= s.start and s.end <= page.blocks[s.block].end for s in page.sentences)


def test_field_texts_map_back_to_their_place_in_the_source(page):
    for block in page.blocks:
        location = page.source_location(block.start)
        first_word = page.block_text(block).split()[0]
        assert PAGE[location.offset:].startswith(first_word), (block.field, first_word)
        assert location.field == block.field
    description = next(b for b in page.blocks if b.field == "meta description")
    how = page.text.index("how it spreads", description.start)
    assert page.source_location(how).line == 5  # the description runs over two source lines


@pytest.mark.parametrize(("html", "field", "excerpt"), [
    ("<html><head><title>Permethrin cures scabies in 100% of patients</title></head><body><p>Hi.</p></body></html>",
     "title", "100%"),
    ('<head><meta name="description" content="This balm cures eczema for good."></head><p>Hi.</p>',
     "meta description", "cures"),
    ('<p>Before and after.<img src="a.png" alt="Clear skin guaranteed in 7 days"></p>', "alt text", "guaranteed"),
    ("<figure><figcaption>This tea burns fat in 3 days.</figcaption></figure>", "caption", "in 3 days"),
])
def test_a_claim_in_any_field_is_found_and_says_which_field(html, field, excerpt):
    report = check_documents([from_html(html, "x.html")], Config(disabled=frozenset({"copy", "link"}))).reports[0]
    found = [f for f in report.findings if excerpt in f.excerpt]
    assert found, [f.excerpt for f in report.findings]
    assert {f.source.field for f in found} == {field}
    assert found[0].to_json()["source"]["field"] == field


@pytest.mark.parametrize(("html", "field"), [
    ("<html><head><title>Eczema: when to see a docter</title></head><body><p>Hello.</p></body></html>", "title"),
    ('<head><meta name="description" content="Advice on eczema for parents and there children."></head>',
     "meta description"),
    ('<p>Skin care.<img src="a.png" alt="A parent applying cream to there child"></p>', "alt text"),
])
def test_copy_errors_in_fields_are_found_too(html, field):
    report = check_documents([from_html(html, "x.html")], Config(disabled=frozenset({"claim", "link"}))).reports[0]
    assert [f.source.field for f in report.findings if f.category == "copy"] == [field]


def test_clean_fields_add_no_findings():
    html = ("<html><head><title>Eczema in children</title>"
            '<meta name="description" content="What eczema looks like and how to care for your child\'s skin.">'
            '</head><body><h1>Eczema in children</h1><p>Read on to find out more.'
            '<img src="a.png" alt="A parent applying moisturiser to a child\'s arm"></p>'
            "<figure><figcaption>Moisturise after every bath</figcaption></figure></body></html>")
    report = check_documents([from_html(html, "x.html")], Config(disabled=frozenset({"link"}))).reports[0]
    assert report.findings == []


def test_the_cli_names_the_field_in_text_and_json(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>This cream cures acne for good</title></head><body><p>Hi.</p></body></html>")
    command = [sys.executable, "-m", "validators", "check", "--skip-external"]

    def output(form):
        return subprocess.run([*command, "--format", form, str(path)], capture_output=True, text=True).stdout

    assert "claim.absolute-promise [title]" in output("text")
    assert {f["source"]["field"] for f in json.loads(output("json"))["documents"][0]["findings"]} == {"title"}
    assert {r["properties"]["field"] for r in json.loads(output("sarif"))["runs"][0]["results"]} == {"title"}


@pytest.mark.parametrize("headline", [
    "A patient were cured", "When the rash are at their worst", "The itch were worse at night"])
def test_copy_rules_read_a_title_as_a_headline_like_a_heading(headline):
    config = Config(disabled=frozenset({"claim", "link"}))

    def excerpts(html):
        return [f.excerpt for f in check_documents([from_html(html, "x.html")], config).reports[0].findings]

    assert excerpts(f"<p>{headline}.</p>")  # in running text the subject check applies
    assert excerpts(f"<title>{headline}</title>") == excerpts(f"<h1>{headline}</h1>")
