"""Each page type: created through the real admin views, then rendered on the reader site."""

import datetime

from cms_testing import build_site, make_article
from django.template.loader import render_to_string
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from pages.models import ArticleIndexPage, ArticlePage, HomePage, StandardPage


def list_items(values):
    """Form data of a ListBlock of rich text (Wagtail's list-block form layout)."""
    items = {"count": len(values)}
    for position, value in enumerate(values):
        items[str(position)] = {"value": rich_text(value), "deleted": "", "order": str(position)}
    return items


class PageTypeTests(WagtailPageTestCase):
    def setUp(self):
        self.home, self.index = build_site()
        self.login()

    def test_tree_rules(self):
        self.assertAllowedSubpageTypes(HomePage, {ArticleIndexPage, StandardPage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(ArticlePage, set())
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertCanNotCreateAt(HomePage, ArticlePage)

    def test_create_article_in_admin_with_body_and_references(self):
        data = nested_form_data(
            {
                "title": "Hay fever",
                "slug": "hay-fever",
                "summary": "Sneezing in summer.",
                "body": streamfield(
                    [
                        ("section", {"heading": "Symptoms", "level": "h2", "anchor": ""}),
                        ("paragraph", rich_text("<p>Pollen causes it [1].</p>")),
                        ("list", {"style": "numbered", "items": list_items(["<p>sneezing</p>", "<p>itchy eyes</p>"])}),
                    ]
                ),
                "references": inline_formset(
                    [
                        {
                            "authors": "Smith J",
                            "title": "Pollen and you",
                            "publisher": "J Allergy",
                            "year": "2020",
                            "doi": "10.1000/xyz123",
                            "pmid": "123456",
                            "url": "https://example.org/pollen",
                        }
                    ]
                ),
                "medical_reviewer": "Dr A Reviewer, MD",
                "last_reviewed": "2026-02-01",
                "tags": "allergy, seasons",
            }
        )
        self.assertCanCreate(self.index, ArticlePage, data)
        page = ArticlePage.objects.get(slug="hay-fever")
        self.assertEqual([block.block_type for block in page.body], ["section", "paragraph", "list"])
        self.assertEqual(len(page.body[2].value["items"]), 2)
        self.assertEqual(page.references.get().doi, "10.1000/xyz123")
        self.assertEqual(page.last_reviewed, datetime.date(2026, 2, 1))
        self.assertEqual(sorted(tag.name for tag in page.tags.all()), ["allergy", "seasons"])
        self.assertPageIsRenderable(page)
        self.assertPageIsEditable(page, post_data=data)
        self.assertPageIsPreviewable(page, post_data=data)

    def test_admin_rejects_malformed_doi(self):
        data = nested_form_data(
            {
                "title": "Bad DOI",
                "slug": "bad-doi",
                "body": streamfield([]),
                "references": inline_formset(
                    [{"title": "Something", "doi": "doi.org/not-a-doi", "pmid": "", "url": ""}]
                ),
                "tags": "",
            }
        )
        response = self.client.post(f"/admin/pages/add/pages/articlepage/{self.index.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ArticlePage.objects.filter(slug="bad-doi").exists())
        self.assertContains(response, "Enter a DOI such as 10.1000/xyz123")

    def test_create_index_home_and_standard_pages_in_admin(self):
        self.assertCanCreate(
            self.home, ArticleIndexPage, nested_form_data({"title": "Guides", "slug": "guides", "intro": rich_text("")})
        )
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data({"title": "About", "slug": "about", "body": rich_text("<p>About us.</p>")}),
        )
        about = StandardPage.objects.get(slug="about")
        response = self.client.get(about.url)
        self.assertContains(response, "About us.")
        self.assertPageIsRenderable(self.home)

    def test_article_renders_sections_citations_references_and_review(self):
        other = make_article(self.index, "other-article", title="Other article")
        page = make_article(
            self.index,
            "colds",
            title="Common colds",
            body=[
                {"type": "section", "value": {"heading": "What helps", "level": "h2", "anchor": ""}},
                {
                    "type": "paragraph",
                    "value": f'<p>Rest helps [1]. See <a linktype="page" id="{other.pk}">the other article</a> [1, 2]; '
                    "zinc is unproven [2–3] and [9] does not exist.</p>",
                },
                {"type": "list", "value": {"style": "bulleted", "items": ["<p>fluids</p>", "<p>sleep</p>"]}},
                {"type": "callout", "value": {"kind": "warning", "text": "<p>See a doctor if breathless.</p>"}},
            ],
            references=[
                {"authors": "A B", "title": "Rest study", "year": 2019, "doi": "10.1000/rest"},
                {"title": "Zinc review", "pmid": "31234567"},
                {"title": "Third", "url": "https://example.org/third"},
            ],
        )
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, '<h2 id="what-helps">What helps</h2>', html=True)
        self.assertContains(response, '<a href="#ref-1">1</a>', count=2)
        self.assertContains(response, '<a href="#ref-2">2</a>–<a href="#ref-3">3</a>')
        self.assertContains(response, "[9]")
        self.assertNotContains(response, 'href="#ref-9"')
        self.assertContains(response, f'<a href="{other.url}">the other article</a>', html=True)
        for number in (1, 2, 3):
            self.assertContains(response, f'id="ref-{number}"')
        self.assertContains(response, "https://doi.org/10.1000/rest")
        self.assertContains(response, "https://pubmed.ncbi.nlm.nih.gov/31234567/")
        self.assertContains(response, "Dr Test Reviewer, MD")
        self.assertContains(response, '<time datetime="2026-01-15">15 January 2026</time>', html=True)
        self.assertContains(response, "<li><p>fluids</p></li>", html=True)
        self.assertContains(response, "See a doctor if breathless.")

    def test_reader_pages_are_accessible_shaped(self):
        page = make_article(self.index, "shape")
        html = self.client.get(page.url).content.decode()
        self.assertIn('<a class="skip-link" href="#main">', html)
        self.assertIn('<main id="main"', html)
        self.assertEqual(html.count("<h1"), 1)
        self.assertIn('<html lang="en">', html)
        self.assertIn(":focus-visible", _static_css())

    def test_index_is_a_to_z_with_letter_anchors(self):
        for title in ("Scabies", "acne", "Éczéma", "Asthma", "5:2 diet", "Zika virus"):
            make_article(self.index, title.lower().replace(" ", "-").replace(":", ""), title=title)
        make_article(self.index, "still-a-draft", title="Still a draft", publish=False)
        response = self.client.get(self.index.url)
        groups = [(letter, [a.title for a in articles]) for letter, articles in response.context["letter_groups"]]
        self.assertEqual(groups, [("A", ["acne", "Asthma"]), ("E", ["Éczéma"]), ("S", ["Scabies"]),
                                  ("Z", ["Zika virus"]), ("0–9", ["5:2 diet"])])
        html = response.content.decode()
        self.assertNotIn("Still a draft", html)
        # The letter bar links to each letter's heading; letters without articles are not links.
        self.assertIn('<a href="#letter-a">A</a>', html)
        self.assertIn('<h2 id="letter-a">A</h2>', html)
        self.assertIn('<a href="#letter-09">0–9</a>', html)
        self.assertIn('<span aria-disabled="true">B</span>', html)
        self.assertNotIn('href="#letter-b"', html)
        self.assertEqual(html.count('<h3 class="card__title">'), 6)  # h1 > h2 letter > h3 article

    def test_home_lists_latest_live_articles(self):
        make_article(self.index, "fresh-news", title="Fresh news")
        make_article(self.index, "hidden-draft", title="Hidden draft", publish=False)
        response = self.client.get("/")
        self.assertContains(response, "Fresh news")
        self.assertNotContains(response, "Hidden draft")

    def test_draft_article_is_not_served(self):
        page = make_article(self.index, "secret-draft", publish=False)
        self.client.logout()
        response = self.client.get("/health/secret-draft/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Page not found", status_code=404)
        self.assertFalse(page.live)

    def test_error_templates(self):
        html = render_to_string("500.html")
        self.assertIn("Something went wrong", html)
        self.assertNotIn("{%", html)
        response = self.client.get("/no/such/page/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, '<a class="skip-link" href="#main">', status_code=404)


def _static_css() -> str:
    from django.contrib.staticfiles import finders

    with open(finders.find("pages/css/site.css"), encoding="utf-8") as handle:
        return handle.read()


class MediaBlockTests(WagtailPageTestCase):
    def test_image_block_has_alt_text_and_document_links_resolve(self):
        from django.core.files.base import ContentFile
        from wagtail.documents.models import Document
        from wagtail.images.models import Image
        from wagtail.images.tests.utils import get_test_image_file

        _, index = build_site()
        image = Image.objects.create(title="Rash", file=get_test_image_file())
        document = Document.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4 test", name="leaflet.pdf"))
        page = make_article(
            index,
            "with-media",
            body=[
                {"type": "image", "value": {"image": image.pk, "alt_text": "Red rash on an arm", "caption": "Rash"}},
                {
                    "type": "paragraph",
                    "value": f'<p>Read <a linktype="document" id="{document.pk}">the leaflet</a>.</p>',
                },
            ],
        )
        html = self.client.get(page.url).content.decode()
        self.assertRegex(html, r'<img[^>]+alt="Red rash on an arm"')
        self.assertIn("<figcaption>Rash</figcaption>", html)
        self.assertIn(f'<a href="{document.url}">the leaflet</a>', html)
