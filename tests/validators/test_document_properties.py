"""Property-based tests of the document builders: offsets always map back to the characters
they came from, and no input (malformed, arbitrary, huge) makes a builder raise."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from validators.document import Document
from validators.sources import from_html, from_markdown, from_text

TAGS = ["p", "div", "li", "ul", "ol", "h2", "b", "i", "a", "code", "pre", "script", "style", "br", "td", "tr",
        "table", "blockquote", "span", "hr", "template", "svg", "dd", "figcaption"]
ENTITIES = ["&amp;", "&lt;", "&gt;", "&nbsp;", "&mdash;", "&#233;", "&#x41;", "&eacute;", "&bogus;", "&", "&#;",
            "&#xZZ;", "&#99999999;"]
WORDS = ["Scabies", "is", "treated", "e.g.", "Dr.", "[1]", "(see", "below).", "It's", "cafés", "C.", "acnes", "?",
         "!", "...", "\u00a0", "\t", "\n", "  ", "—", "“quoted”", "10 mg.", "A"]


@st.composite
def html_fragments(draw):
    pieces = []
    for kind in draw(st.lists(st.sampled_from(["open", "close", "word", "entity", "junk", "attr", "comment"]),
                              max_size=60)):
        tag = draw(st.sampled_from(TAGS))
        if kind == "open":
            pieces.append(f"<{tag}>")
        elif kind == "close":
            pieces.append(f"</{tag}>")
        elif kind == "word":
            pieces.append(draw(st.sampled_from(WORDS)) + draw(st.sampled_from(["", " "])))
        elif kind == "entity":
            pieces.append(draw(st.sampled_from(ENTITIES)))
        elif kind == "attr":
            value = draw(st.sampled_from(["x", "ref-1", "", "a b", "https://e.org/?a=1&b=2"]))
            pieces.append(f'<{tag} id="{value}" href="{value}" name={value}>')
        elif kind == "comment":
            pieces.append(draw(st.sampled_from(["<!-- c -->", "<!--", "<![CDATA[x]]>", "<!DOCTYPE html>", "<?x?>"])))
        else:
            pieces.append(draw(st.text(alphabet="<>/&;=\"' abc#!-", max_size=8)))
    return "".join(pieces)


def assert_consistent(document: Document, source: str) -> None:
    """Every exact segment maps character for character; every structure stays inside the text."""
    text = document.text
    previous_end = 0
    for segment in document.segments:
        assert segment.text_start >= previous_end
        assert segment.text_start + segment.length <= len(text)
        previous_end = segment.text_start + segment.length
        if segment.exact:
            for k in range(segment.length):
                assert source[segment.origin_offset + k] == text[segment.text_start + k]
    previous_end = 0
    for block in document.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert not text[block.start].isspace() and not text[block.end - 1].isspace()
        previous_end = block.end
    previous_end = 0
    for sentence in document.sentences:
        block = document.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        assert previous_end <= sentence.start  # in order, never overlapping
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace()
        assert document.sentence_at(sentence.start) is sentence
        previous_end = sentence.end
    assert {s.block for s in document.sentences} == set(range(len(document.blocks)))  # no block left out
    for link in document.links:
        assert 0 <= link.start <= link.end <= len(text)
    for start, end in document.ignored:
        assert 0 <= start < end <= len(text)
    for offset in range(0, len(text), max(len(text) // 50, 1)):
        location = document.source_location(offset)
        if location is not None:
            assert 0 <= location.offset <= len(source)
            if not text[offset].isspace() and _exact_at(document, offset):
                assert source[location.offset] == text[offset]


def _exact_at(document: Document, offset: int) -> bool:
    return any(s.exact and s.text_start <= offset < s.text_start + s.length for s in document.segments)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments())
def test_html_offsets_map_back_and_malformed_markup_never_raises(html):
    document = from_html(html, "x.html")
    assert_consistent(document, html)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_as_html_never_raises(html):
    assert_consistent(from_html(html), html)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "- ", "* ", "1. ", "2) ", "\n", "\n\n", "  ", "x"]), max_size=80).map("".join))
def test_plain_text_offsets_map_back(text):
    document = from_text(text)
    assert_consistent(document, text)
    visible = set(document.text.split())
    assert visible <= set(text.split()) | {"-", "*"}


MARKDOWN = ["# ", "## ", "- ", "1. ", "> ", "*", "**", "_", "`", "[", "](", ")", "http://e.org", "\n", "\n\n", "    ",
            "&amp;", "\\*", "<b>", "</b>", "|", "---", *WORDS]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(MARKDOWN), max_size=60).map("".join)))
def test_markdown_offsets_map_back_to_the_markdown_source(text):
    document = from_markdown(text, "a.md")
    assert document.sources["a.md"] == text
    assert_consistent(document, text)


def test_a_huge_document_builds_and_maps_back():
    paragraph = ("<p>Scabies is <b>treated</b> with permethrin, e.g. 5&nbsp;% cream [1]. "
                 "Dr. Smith <a href='/x'>says so</a>. Is it safe? Yes!</p>\n")
    html = "<ul>" + "<li>an item &amp; more</li>" * 2000 + "</ul>" + paragraph * 5000
    document = from_html(html, "big.html")
    assert len(document.blocks) == 7000
    assert len(document.sentences) == 2000 + 4 * 5000
    assert len(document.links) == 5000
    assert_consistent(document, html)


def test_deeply_nested_and_unclosed_markup_builds():
    html = "<div>" * 5000 + "<p>deep <b>" * 2000 + "text" + "</i>" * 100
    document = from_html(html)
    assert document.text.split() == ["deep"] * 2000 + ["text"]


@given(
    spans=st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])), max_size=8),
    start=st.integers(0, 120),
    length=st.integers(0, 10),
)
@settings(max_examples=300, deadline=None)
def test_is_ignored_answers_whether_a_range_overlaps_an_ignored_span(spans, start, length):
    document = Document("x.txt", "t" * 130, [], [], [], [], ignored=spans)
    end = start + length
    assert document.is_ignored(start, end) == any(a < end and b > start for a, b in spans)
