"""The document builders: blocks, hidden and unchecked text, entities, links, ids, offsets."""

from pathlib import Path

import pytest

from validators.document import BlockKind, DocumentBuilder
from validators.sources import from_html, from_markdown, from_text, load

ARTICLE = """<!DOCTYPE html><html><head><title>Scabies: causes &amp; care</title><style>p { color: red }</style>
<script>document.write("not shown either")</script></head><body>
<h2 id="causes">Causes &amp; risks</h2>
<p>Scabies   spreads
by skin contact, e.g. in care homes. Dr. Smith agrees [1]. Treat everyone!</p>
<ul><li>Itching at night</li><li id="ref-1">A <b>rash</b> on the wrists</li></ul>
<ol><li>Wash bedding.</li><li>Repeat after 7 days.</li></ol>
<p>Run <code>make test</code> first.<br>Then rest.</p>
<pre>for x in y:
    print(x)</pre>
<p>See <a href="https://www.nhs.uk/conditions/scabies/" title="NHS">the NHS page</a> or <a name="top"></a>
<a href="#causes">causes</a>.</p>
<blockquote><p>Quoted words.</p></blockquote>
<table><tr><th>Drug</th><td>Permethrin 5&nbsp;%</td></tr></table>
</body></html>"""


@pytest.fixture(scope="module")
def article():
    return from_html(ARTICLE, "scabies.html")


def blocks(document):
    return [(b.kind, document.block_text(b)) for b in document.blocks]


def test_blocks_are_headings_paragraphs_list_items_quotes_and_cells(article):
    assert blocks(article) == [
        (BlockKind.TITLE, "Scabies: causes & care"),
        (BlockKind.HEADING, "Causes & risks"),
        (BlockKind.PARAGRAPH,
         "Scabies spreads by skin contact, e.g. in care homes. Dr. Smith agrees [1]. Treat everyone!"),
        (BlockKind.LIST_ITEM, "Itching at night"),
        (BlockKind.LIST_ITEM, "A rash on the wrists"),
        (BlockKind.LIST_ITEM, "Wash bedding."),
        (BlockKind.LIST_ITEM, "Repeat after 7 days."),
        (BlockKind.PARAGRAPH, "Run make test first. Then rest."),
        (BlockKind.PARAGRAPH, "for x in y: print(x)"),
        (BlockKind.PARAGRAPH, "See the NHS page or causes."),
        (BlockKind.QUOTE, "Quoted words."),
        (BlockKind.TABLE_CELL, "Drug"),
        (BlockKind.TABLE_CELL, "Permethrin 5 %"),
    ]


def test_script_style_and_head_are_not_visible_but_the_title_is(article):
    assert "not shown" not in article.text.lower()
    assert "color" not in article.text


def test_list_items_are_units_of_their_own_with_their_list_position(article):
    items = [b for b in article.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(b.ordered, b.position, b.level) for b in items] == [
        (False, 1, 1), (False, 2, 1), (True, 1, 1), (True, 2, 1)
    ]
    assert items[1].element_id == "ref-1"
    heading = article.blocks[1]
    assert (heading.level, heading.element_id) == (2, "causes")
    sentence = article.sentence_at(article.text.index("Itching"))
    assert article.sentence_text(sentence) == "Itching at night"


def test_code_and_pre_are_visible_but_ignored(article):
    ignored = [article.text[a:b].strip() for a, b in article.ignored]
    assert ignored == ["make test", "for x in y: print(x)"]
    start = article.text.index("make test")
    assert article.is_ignored(start, start + 4)
    assert not article.is_ignored(article.text.index("first"), article.text.index("first") + 5)


def test_links_keep_their_text_span_href_attributes_and_block(article):
    nhs, causes = [link for link in article.links if link.href]
    assert article.text[nhs.start : nhs.end] == "the NHS page"
    assert nhs.href == "https://www.nhs.uk/conditions/scabies/"
    assert nhs.attributes["title"] == "NHS"
    assert article.block_text(article.blocks[nhs.block]) == "See the NHS page or causes."
    assert (article.text[causes.start : causes.end], causes.href) == ("causes", "#causes")
    assert article.links_in(nhs.start, nhs.start + 1) == [nhs]


def test_element_ids_and_anchor_names_are_collected(article):
    assert {"causes", "ref-1", "top"} <= article.ids


def test_entities_are_decoded_and_nbsp_is_a_space(article):
    assert "Causes & risks" in article.text
    assert "5 %" in article.text
    document = from_html("<p>caf&eacute; &#233;&#x41; &bogus; AT&amp;T &lt;b&gt;</p>")
    assert document.text == "café éA &bogus; AT&T <b>"


def test_source_locations_point_at_the_characters_in_the_html(article):
    for word in ("Scabies", "rash", "wrists", "NHS", "Permethrin", "everyone"):
        offset = article.text.index(word)
        location = article.source_location(offset)
        assert ARTICLE[location.offset : location.offset + len(word)] == word
        assert location.origin == "scabies.html"
        assert ARTICLE.splitlines()[location.line - 1][location.column - 1 :].startswith(word)
    amp = article.source_location(article.text.index("&"))
    assert ARTICLE[amp.offset : amp.offset + 5] == "&amp;"


@pytest.mark.parametrize(
    "html",
    [
        '<p\n  class="lead"\n>Rest\n well</p><!-- a\nnote --><p>Drink &amp;\n eat &#233;</p>',  # breaks in tags
        "<!DOCTYPE html>\n<![CDATA[x\ny]]><p>Walk\r\ndaily</p><img alt='A\nchart' src=x.png>",  # declarations
        "<html><head><title>T\nitle</title></head><body><h1>Head\ning</h1>\n\n<p>Last &nbsp; line</p>",
    ],
)
def test_every_exact_character_maps_back_to_its_place_in_the_html(html):
    """The reader's offsets (the lengths the parser consumed) hold after line breaks in tags, comments,
    declarations, attributes and text."""
    document = from_html(html)
    for segment in document.segments:
        if segment.exact:
            shown = document.text[segment.text_start : segment.text_start + segment.length]
            assert html[segment.origin_offset : segment.origin_offset + segment.length] == shown


def test_an_origin_offset_is_the_source_locations_origin_and_offset(article):
    for offset in (0, article.text.index("&"), article.text.index("NHS"), len(article.text) - 1):
        location = article.source_location(offset)
        assert article.origin_offset(offset) == (location.origin, location.offset)
    assert from_html("").origin_offset(0) is None


def test_white_space_is_collapsed_and_br_separates_words(article):
    assert "Scabies spreads by skin" in article.text
    assert from_html("<p>one<br>two<br/>three</p>").text == "one two three"


def test_stray_and_unclosed_tags_do_not_lose_text():
    document = from_html("<p>First <b>bold</p><p>second</i> para</li><li>orphan item<p>unclosed")
    assert [document.block_text(b) for b in document.blocks] == ["First bold", "second para", "orphan item",
                                                                "unclosed"]


def test_text_after_a_nested_list_continues_its_list_item():
    document = from_html("<ul><li>Outer<ul><li>inner</li></ul>tail</li></ul>")
    assert [(document.block_text(b), b.level) for b in document.blocks] == [("Outer", 1), ("inner", 2), ("tail", 1)]


def test_markdown_documents_have_the_same_structure():
    document = from_markdown("# Scabies\n\nIt *spreads* fast. See [NHS](https://nhs.uk).\n\n- one\n- two\n\n"
                             "1. first\n\nUse `pip` here.\n", "a.md")
    assert blocks(document) == [
        (BlockKind.HEADING, "Scabies"),
        (BlockKind.PARAGRAPH, "It spreads fast. See NHS."),
        (BlockKind.LIST_ITEM, "one"),
        (BlockKind.LIST_ITEM, "two"),
        (BlockKind.LIST_ITEM, "first"),
        (BlockKind.PARAGRAPH, "Use pip here."),
    ]
    assert document.links[0].href == "https://nhs.uk"
    assert [document.text[a:b] for a, b in document.ignored] == ["pip"]
    assert document.blocks[4].ordered
    for word, line, column in (("spreads", 3, 5), ("NHS", 3, 25), ("two", 6, 3), ("pip", 10, 6)):
        location = document.source_location(document.text.index(word))
        assert (location.origin, location.line, location.column) == ("a.md", line, column)


def test_plain_text_paragraphs_and_list_items_map_back_to_the_file():
    source = "Scabies is common.\nIt itches.\n\n- Wash bedding\n* Vacuum\n2) Repeat\n\n  Indented para."
    document = from_text(source, "a.txt")
    assert blocks(document) == [
        (BlockKind.PARAGRAPH, "Scabies is common. It itches."),
        (BlockKind.LIST_ITEM, "Wash bedding"),
        (BlockKind.LIST_ITEM, "Vacuum"),
        (BlockKind.LIST_ITEM, "Repeat"),
        (BlockKind.PARAGRAPH, "Indented para."),
    ]
    for word in ("itches", "Vacuum", "Repeat", "Indented"):
        assert source[document.source_location(document.text.index(word)).offset :].startswith(word)
    assert document.source_location(document.text.index("Vacuum")).line == 5


def test_load_picks_the_builder_by_extension(tmp_path: Path):
    (tmp_path / "a.html").write_text("<p>One &amp; two</p>")
    (tmp_path / "a.md").write_text("One *and* two")
    (tmp_path / "a.txt").write_text("One <b>and</b> two")
    assert load(tmp_path / "a.html").text == "One & two"
    assert load(tmp_path / "a.md").text == "One and two"
    assert load(tmp_path / "a.txt").text == "One <b>and</b> two"
    with pytest.raises(OSError):
        load(tmp_path / "missing.html")
    (tmp_path / "bom.html").write_bytes("\ufeff<p>Caf\u00e9</p>".encode())
    assert load(tmp_path / "bom.html").text == "Café"
    (tmp_path / "bad.html").write_bytes(b"\xff\xfe<p>x")
    with pytest.raises(UnicodeDecodeError):
        load(tmp_path / "bad.html")


def test_builder_blocks_from_cms_fields_map_to_their_block_paths():
    builder = DocumentBuilder("page/7")
    builder.start_block(BlockKind.HEADING, "title", level=1)
    builder.add_text("Scabies", "title", 0)
    builder.start_block(BlockKind.PARAGRAPH, "body.0.value")
    builder.add_text("It itches.", "body.0.value", 3)
    document = builder.build()
    assert document.text == "Scabies\nIt itches."
    location = document.source_location(document.text.index("itches"))
    assert (location.origin, location.offset) == ("body.0.value", 6)
    assert document.block_at(document.text.index("It")).kind is BlockKind.PARAGRAPH
    assert [document.sentence_text(s) for s in document.sentences if s.block == 1] == ["It itches."]


def test_paragraphs_inside_list_items_quotes_and_cells_keep_the_outer_kind_and_id():
    document = from_html('<ol><li id="ref-1"><p>Smith J. Title. 2020.</p></li><li><p>Two</p></li></ol>'
                         "<table><tr><td><p>cell</p></td></tr></table><blockquote><p>quoted</p></blockquote>")
    assert [(b.kind, b.element_id, b.ordered, b.position) for b in document.blocks] == [
        (BlockKind.LIST_ITEM, "ref-1", True, 1),
        (BlockKind.LIST_ITEM, None, True, 2),
        (BlockKind.TABLE_CELL, None, False, 0),
        (BlockKind.QUOTE, None, False, 0),
    ]
    loose = from_markdown("- one\n\n- two\n")
    assert [(b.kind, b.position) for b in loose.blocks] == [(BlockKind.LIST_ITEM, 1), (BlockKind.LIST_ITEM, 2)]


def test_a_pre_block_is_a_unit_of_its_own_and_the_text_around_it_stays_in_its_block():
    document = from_html("<p>Intro</p><pre>x = 1\ny = 2</pre>Tail text.<ul><li>Run:<pre>make</pre>then rest.</li></ul>")
    assert [(b.kind, document.block_text(b)) for b in document.blocks] == [
        (BlockKind.PARAGRAPH, "Intro"),
        (BlockKind.PARAGRAPH, "x = 1 y = 2"),
        (BlockKind.PARAGRAPH, "Tail text."),
        (BlockKind.LIST_ITEM, "Run:"),
        (BlockKind.LIST_ITEM, "make"),
        (BlockKind.LIST_ITEM, "then rest."),
    ]
    assert [document.text[a:b].strip() for a, b in document.ignored] == ["x = 1 y = 2", "make"]


def test_ordered_list_positions_follow_start_and_value_attributes():
    document = from_html('<ol start="4"><li>four</li><li>five</li><li value="9">nine</li><li>ten</li></ol>'
                         '<ol start="x"><li>one</li></ol>')
    assert [(document.block_text(b), b.position) for b in document.blocks] == [
        ("four", 4), ("five", 5), ("nine", 9), ("ten", 10), ("one", 1)
    ]


@pytest.mark.parametrize("html", [
    '<p>See <a href="/a">one</a> and <a href="/b">two <b>long</b> words</a>.</p><p><a href="/c">three</a></p>',
    '<p><a href="/outer">outer <a href="/inner">inner</a> tail</a> after</p>',  # nested: the inner ends first
    '<p>An <a href="/open">unclosed link</p><p>then <a href="/d">a closed one</a> here.</p>',  # added at the end
    '<p>No links at all.</p>',
])
def test_links_in_any_span_are_those_overlapping_it_in_document_order(html):
    document = from_html(html)
    for start in range(len(document.text) + 1):
        for end in range(start, len(document.text) + 2):
            expected = [link for link in document.links if link.start < end and link.end > start]
            assert document.links_in(start, end) == expected


def test_block_at_an_offset_between_sentences_is_the_block_holding_it():
    document = from_html("<h2>Title</h2><p>One. Two.</p><ul><li>Item</li></ul>")
    for offset in range(len(document.text) + 1):
        expected = next((b for b in document.blocks if b.start <= offset <= b.end), None)
        assert document.block_at(offset) is expected
