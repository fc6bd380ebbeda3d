"""A paragraph of its own that is a reference heading opens the reference section (`ReferenceList`); its words are
read only as far as a heading can go (`_title_within`), which must not change which blocks are references."""

import re

import pytest

from validators.claims.citations import ReferenceList, _title_within
from validators.claims.lexicon import lexicon_for
from validators.sources import from_html

BODY = "<p>Zinc lozenges shorten a cold by about a day in some trials.</p>"
ENTRY = "<p>1. Smith J. Zinc for the common cold. Cochrane Database Syst Rev. 2013.</p>"


def _reference_blocks(html: str) -> list[str]:
    document = from_html(html)
    references = ReferenceList(document, lexicon_for())
    return [document.block_text(document.blocks[index]) for index in sorted(references.blocks)]


@pytest.mark.parametrize("heading", ["References", "Works cited:", "NOTES", "Literature  cited."])
def test_a_paragraph_that_is_a_reference_heading_opens_the_section(heading):
    blocks = _reference_blocks(f"{BODY}<p>{heading}</p>{ENTRY}")
    assert blocks[0] == " ".join(heading.split())
    assert len(blocks) == 2


@pytest.mark.parametrize("paragraph", [
    "References to zinc in older leaflets are out of date.",
    "Sources of zinc include shellfish, beans and seeds, which most diets already hold.",
    "Notes from your appointment help you remember what the nurse advised about the lozenges.",
])
def test_a_paragraph_that_only_names_references_opens_none(paragraph):
    assert _reference_blocks(f"{BODY}<p>{paragraph}</p>{ENTRY}") == []


@pytest.mark.parametrize("text", [
    "References", "Works cited:", "A long paragraph that goes on well past any heading's length, with many words",
    "", "123 456", "İstanbul notes", "x" * 300, "—references—",
])
def test_the_title_read_within_a_limit_is_the_whole_title_or_none(text):
    whole = " ".join(re.findall(r"[a-z]+", text.lower()))
    for limit in (0, 5, 10, 18, 40):
        assert _title_within(text, limit) == (whole if len(whole) <= limit else None)
