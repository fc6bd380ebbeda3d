"""Citation markers in body HTML become links to the numbered reference list."""

from pages.citations import link_citations


def test_single_marker_links_to_its_reference():
    assert link_citations("<p>Fact [2].</p>", 3) == '<p>Fact <sup class="citation">[<a href="#ref-2">2</a>]</sup>.</p>'


def test_lists_and_ranges_link_each_number():
    html = link_citations("<p>A [1, 3] and B [2–4] and C [1-2].</p>", 4)
    assert '[<a href="#ref-1">1</a>, <a href="#ref-3">3</a>]' in html
    assert '[<a href="#ref-2">2</a>–<a href="#ref-4">4</a>]' in html
    assert '[<a href="#ref-1">1</a>–<a href="#ref-2">2</a>]' in html


def test_numbers_without_a_reference_stay_plain_text():
    assert link_citations("<p>Missing [7].</p>", 2) == "<p>Missing [7].</p>"
    partly = link_citations("<p>Mixed [2, 7].</p>", 2)
    assert '<a href="#ref-2">2</a>, 7]' in partly
    assert "#ref-7" not in partly


def test_no_references_means_no_change():
    assert link_citations("<p>Fact [1].</p>", 0) == "<p>Fact [1].</p>"


def test_text_inside_links_and_attributes_is_untouched():
    html = '<p><a href="/x/" title="[1]">see [1]</a> <code>arr[1]</code> then [1]</p>'
    out = link_citations(html, 1)
    assert '<a href="/x/" title="[1]">see [1]</a>' in out
    assert "<code>arr[1]</code>" in out
    assert out.endswith('then <sup class="citation">[<a href="#ref-1">1</a>]</sup></p>')


def test_non_numeric_brackets_are_not_markers():
    html = "<p>[citation needed] and [a1] and [1a]</p>"
    assert link_citations(html, 5) == html
