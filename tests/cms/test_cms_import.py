"""import_article: HTML from another CMS becomes a draft ArticlePage; nothing is lost silently."""

import re
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from cms_testing import make_article
from django.core.management import CommandError, call_command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pages.importer import (
    MAX_NESTING,
    ImportRefused,
    LinkResolver,
    convert_html,
    find_structure_problems,
    parse_reference,
)
from pages.models import ArticlePage

DATA = Path(__file__).parent / "data"
DEMO_ACCUTANE = Path(__file__).resolve().parents[2] / "pages" / "demo_content" / "accutane_immune.html"


def run_import(*args) -> tuple[ArticlePage, str]:
    out = StringIO()
    call_command("import_article", *[str(arg) for arg in args], stdout=out)
    output = out.getvalue()
    page_id = int(re.search(r"Created draft article (\d+)", output).group(1))
    assert output.strip().splitlines()[-1] == str(page_id)
    return ArticlePage.objects.get(pk=page_id), output


def block_types(page):
    return [block.block_type for block in page.body]


@pytest.mark.django_db
def test_import_maps_structure_links_and_references(site_tree, tmp_path):
    _, index = site_tree
    target = make_article(index, "existing-page", title="Existing page")
    source = tmp_path / "article.html"
    source.write_text(
        """<h1>Sleep and health</h1>
<p>Adults need 7 hours [1]. See <a href="/health/existing-page/">the existing page</a>,
<a href="https://www.example.org/sleep">an external site</a> and <a href="/health/missing/">a missing page</a>.</p>
<h2>Tips</h2><h3>At night</h3>
<ol><li>Dim the lights</li><li>No <strong>screens</strong></li></ol>
<ul><li>Cool room</li></ul>
<blockquote><p>Sleep is the best meditation.</p><cite>Dalai Lama</cite></blockquote>
<h2>References</h2>
<ol>
<li>Watson NF, Badr MS, Belenky G, et al. Recommended amount of sleep for a healthy adult. Sleep. 2015;38(6):843-844.
doi:10.5665/sleep.4716. PMID: 26039963.</li>
<li>NHS. Insomnia. <a href="https://www.nhs.uk/conditions/insomnia/">https://www.nhs.uk/conditions/insomnia/</a></li>
</ol>""",
        encoding="utf-8",
    )
    page, output = run_import(source, "--parent", "health")
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().pk == index.pk
    assert page.title == "Sleep and health"
    assert block_types(page) == ["paragraph", "section", "section", "list", "list", "callout"]
    first = page.body[0].value.source
    assert f'<a linktype="page" id="{target.pk}">the existing page</a>' in first
    assert '<a href="https://www.example.org/sleep">an external site</a>' in first
    assert '<a href="/health/missing/">a missing page</a>' in first
    assert "/health/missing/" in output and "matches no page" in output
    assert page.body[2].value["level"] == "h3"
    assert page.body[3].value["style"] == "numbered"
    assert [item.source for item in page.body[3].value["items"]] == [
        "<p>Dim the lights</p>",
        "<p>No <b>screens</b></p>",
    ]
    assert page.body[4].value["style"] == "bulleted"
    assert page.body[5].value["attribution"] == "Dalai Lama"

    first_ref, second_ref = page.references.all()
    assert first_ref.authors == "Watson NF, Badr MS, Belenky G, et al"
    assert first_ref.title == "Recommended amount of sleep for a healthy adult"
    assert first_ref.publisher.startswith("Sleep")
    assert (first_ref.year, first_ref.doi, first_ref.pmid) == (2015, "10.5665/sleep.4716", "26039963")
    assert second_ref.authors == "NHS" and second_ref.title == "Insomnia"
    assert second_ref.url == "https://www.nhs.uk/conditions/insomnia/"
    # "References" is rendered by the template, so it is not a body section.
    assert "References" not in [block.value["heading"] for block in page.body if block.block_type == "section"]


@pytest.mark.django_db
def test_title_option_and_default_parent(site_tree, tmp_path):
    source = tmp_path / "a.html"
    source.write_text("<h1>Original</h1><p>Text.</p>", encoding="utf-8")
    page, output = run_import(source, "--title", "Chosen title")
    assert page.title == "Chosen title"
    assert page.slug == "chosen-title"
    again, _ = run_import(source, "--title", "Chosen title")
    assert again.slug != page.slug
    assert "<h1> “Original”" in output or "extra <h1>" in output


@pytest.mark.django_db
def test_malformed_html_is_imported_with_a_report(site_tree):
    page, output = run_import(DATA / "malformed_article.html", "--parent", "health")
    assert page.title == "Broken article"
    assert block_types(page) == ["paragraph", "paragraph", "list", "section", "paragraph", "paragraph", "callout"]
    assert [item.source for item in page.body[2].value["items"]] == ["<p>one</p>", "<p>two</p>", "<p>nested</p>"]
    body_text = str(page.body.raw_data)
    for kept in (
        "First para with span",
        "index link",
        "bad link",
        "italic?",
        "Loose text here.",
        "10 mg",
        "Quoted words",
    ):
        assert kept in body_text
    assert "javascript:" not in body_text
    for reported in (
        "dropped: <script> element containing “track()”",
        "unsafe javascript: link on “bad link”",
        "image /x.png (alt “A chart”)",
        "1 HTML comment(s)",
        "stray </div> on line 13",
        "<h1> opened on line 4 was never closed",
        "table with 2 row(s) flattened",
        "<h4> “Deep heading” became a subsection heading (h3)",
        "reference 2: could not split",
    ):
        assert reported in output
    assert page.references.count() == 3
    assert page.references.first().doi == "10.1016/S0140-6736(19)30000-1"


@pytest.mark.django_db
def test_undecodable_bytes_are_replaced_and_reported(site_tree, tmp_path):
    source = tmp_path / "latin1.html"
    source.write_bytes("<h1>Caf\u00e9</h1><p>Na\u00efve text.</p>".encode("latin-1"))
    page, output = run_import(source)
    assert "not UTF-8 replaced" in output
    assert "Na\ufffdve text." in page.body[0].value.source


@pytest.mark.django_db
def test_bad_arguments_are_clear_errors(site_tree, tmp_path):
    source = tmp_path / "a.html"
    source.write_text("<h1>X</h1>", encoding="utf-8")
    with pytest.raises(CommandError, match="no article index with slug 'nowhere'"):
        call_command("import_article", str(source), "--parent", "nowhere", stdout=StringIO())
    with pytest.raises(CommandError, match="cannot read"):
        call_command("import_article", str(tmp_path / "missing.html"), stdout=StringIO())


@pytest.mark.django_db
def test_import_needs_an_article_index():
    with pytest.raises(CommandError, match="run `manage.py load_demo` first"):
        call_command("import_article", str(DEMO_ACCUTANE), stdout=StringIO())


def test_demo_accutane_copy_converts_cleanly_without_a_database_site():
    article = convert_html(DEMO_ACCUTANE.read_text(encoding="utf-8"), LinkResolver(None))
    assert article.title == "Understanding Accutane's Impact on Your Immune System"
    kinds = [block["type"] for block in article.blocks]
    assert kinds.count("section") == 9
    assert kinds.count("list") == 3
    assert article.references == []


def test_structure_checker_reports_real_nesting_errors_only():
    assert find_structure_problems("<p>one<p>two<ul><li>a<li>b</ul>") == []
    assert find_structure_problems("<div><b>x</div>") == ["<b> opened on line 1 was never closed; closed at </div>"]
    assert find_structure_problems("x</em>") == ["stray </em> on line 1 ignored"]


# -- property: every word of the input ends up in the page or in the report ----------------------
WORDS = st.from_regex(r"[a-z]{4,9}", fullmatch=True)
CONTAINERS = ["p", "div", "span", "b", "em", "a", "section", "blockquote", "aside", "pre", "table", "td", "dl", "dt"]
# (<script> is left out: its content is code, reported as dropped, not reader text.)
CONTAINERS += ["h1", "h2", "h3", "h4", "ul", "ol", "li", "foo", "figure", "figcaption", "video", "nav", "form"]


@st.composite
def html_fragments(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        if depth < 3 and draw(st.booleans()):
            tag = draw(st.sampled_from(CONTAINERS))
            inner = draw(html_fragments(depth=depth + 1))
            closing = f"</{tag}>" if draw(st.integers(0, 4)) else ""  # sometimes left unclosed
            parts.append(f"<{tag}>{inner}{closing}")
        else:
            parts.append(draw(WORDS))
    return " ".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments())
def test_no_word_is_silently_lost(fragment):
    try:
        article = convert_html(f"<h1>Title</h1>{fragment}", LinkResolver(None))
    except ImportRefused:
        return  # nothing imported, and the editor is told why: not a silent loss
    kept = " ".join(
        [article.title, *article.report.lines()]
        + [BeautifulSoup(str(block["value"]), "html.parser").get_text(" ") for block in article.blocks]
        + [" ".join(str(value) for value in ref.values()) for ref in article.references]
    )
    for word in re.findall(r"[a-z]{4,9}", BeautifulSoup(fragment, "html.parser").get_text(" ")):
        assert word in kept, f"{word!r} lost from {fragment!r}"


def test_reference_styles_are_split_into_fields():
    apa = BeautifulSoup(
        "<li>Smith, J., &amp; Jones, K. (2019). Sleep and mood. Journal of Sleep, 12(3), 45–67. "
        '<a href="https://doi.org/10.1000/sleep.2019">https://doi.org/10.1000/sleep.2019</a></li>',
        "html.parser",
    ).li
    reference, notes = parse_reference(apa)
    assert reference["authors"] == "Smith, J., & Jones, K."
    assert reference["title"] == "Sleep and mood"
    assert reference["publisher"] == "Journal of Sleep, 12(3), 45–67"
    assert (reference["year"], reference["doi"], reference["url"]) == (2019, "10.1000/sleep.2019", "")
    assert notes == []

    pubmed = BeautifulSoup(
        '<li>[3] Doe A. Trial results. <a href="https://pubmed.ncbi.nlm.nih.gov/12345678/">PubMed</a></li>',
        "html.parser",
    ).li
    reference, _ = parse_reference(pubmed)
    assert (reference["authors"], reference["title"], reference["pmid"]) == ("Doe A", "Trial results", "12345678")


# -- files that are no article are refused (exit status 2), never imported as "Untitled import" --
@pytest.mark.django_db
def test_empty_binary_and_deeply_nested_files_are_refused(site_tree, tmp_path):
    files = {
        "empty.html": (b"", "the file is empty"),
        "blank.html": (b"  \n\t\n", "the file is empty"),
        "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        "nested.html": (("<div>" * 600 + "deep text" + "</div>" * 600).encode(), "nested more than"),
        "no-body.html": (b"<html><head><title>Only a title</title></head><body></body></html>", "no body text"),
    }
    for name, (data, why) in files.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(CommandError, match=why) as refused:
            call_command("import_article", str(tmp_path / name), stdout=StringIO())
        assert refused.value.returncode == 2
    assert not ArticlePage.objects.exists()


def test_the_command_exits_with_status_2_for_an_empty_file(tmp_path):
    import subprocess
    import sys

    (tmp_path / "empty.html").write_bytes(b"")
    project = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "manage.py", "import_article", str(tmp_path / "empty.html")],
                            cwd=project, capture_output=True, text=True, timeout=120,
                            env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "cms.settings.test"})
    assert result.returncode == 2
    assert "the file is empty" in result.stderr


NESTABLE = ["div", "span", "b", "p", "ul", "li", "section", "table", "td", "a", "em", "blockquote"]


@st.composite
def arbitrary_markup(draw):
    """Text with stray markup, control characters and runs of nested tags up to past the limit."""
    parts = draw(st.lists(st.one_of(
        st.text(max_size=30),
        st.sampled_from(["<", ">", "</", "&", "&#0;", "<!--", "<![CDATA[", "<p", "\x00", "<h1>", "</h1>"]),
        st.builds(lambda tag, depth, text: f"<{tag}>" * depth + text + f"</{tag}>" * draw(st.integers(0, depth)),
                  st.sampled_from(NESTABLE), st.integers(0, MAX_NESTING + 40), st.text(max_size=10)),
    ), max_size=8))
    return "".join(parts)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arbitrary_markup())
def test_any_input_converts_or_is_refused_with_a_reason(source):
    try:
        article = convert_html(source, LinkResolver(None))
    except ImportRefused as refused:
        assert str(refused)
        return
    assert article.blocks and article.title
