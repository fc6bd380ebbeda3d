"""Page types of the health site: HomePage → ArticleIndexPage → ArticlePage, plus StandardPage
for plain pages such as Contact.

Publishing is left entirely to Wagtail's own actions and workflows (no overridden publish or
save), so the pre-publish checks can hook in through Wagtail's signals and hooks.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.core.validators import RegexValidator
from django.db import models
from django.utils.safestring import mark_safe
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import ArticleBodyBlock
from .citations import link_citations

INTRO_FEATURES = ["bold", "italic", "link", "document-link"]
DOI_PATTERN = r"^10\.\d{4,9}/\S+$"


class HomePage(Page):
    intro = RichTextField(blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["pages.ArticleIndexPage", "pages.StandardPage"]
    api_fields = [APIField("intro", writable=True)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = ArticlePage.objects.live().public().order_by("-first_published_at").specific()[:6]
        return context


class ArticleIndexPage(Page):
    intro = RichTextField(blank=True, features=INTRO_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ArticlePage"]
    api_fields = [APIField("intro", writable=True)]

    articles_per_page = 10

    def live_articles(self):
        """Live, public articles under this index, newest first."""
        return ArticlePage.objects.child_of(self).live().public().order_by("-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.live_articles(), self.articles_per_page)
        try:
            articles = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            articles = paginator.page(1)
        except EmptyPage:
            articles = paginator.page(paginator.num_pages)
        context["articles"] = articles
        return context


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("pages.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class ArticlePage(Page):
    summary = models.TextField(
        blank=True, max_length=500, help_text="One or two sentences shown in listings and search results."
    )
    body = StreamField(ArticleBodyBlock(), blank=True)
    medical_reviewer = models.CharField(
        max_length=255, blank=True, help_text="Name and credentials of the clinician who reviewed this article."
    )
    last_reviewed = models.DateField(null=True, blank=True, help_text="Date of the last medical review.")
    tags = ClusterTaggableManager(through=ArticlePageTag, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel(
            "references",
            label="References",
            heading="References",
            help_text="Cite reference N in the text as [N]; ranges [2–4] and lists [1, 3] work too.",
        ),
        MultiFieldPanel([FieldPanel("medical_reviewer"), FieldPanel("last_reviewed")], heading="Medical review"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("last_reviewed"),
    ]
    parent_page_types = ["pages.ArticleIndexPage"]
    subpage_types: list[str] = []

    api_fields = [
        APIField("summary", writable=True),
        APIField("body", writable=True),
        "body_html",
        APIField("references", writable=True),
        APIField("medical_reviewer", writable=True),
        APIField("last_reviewed", writable=True),
        APIField("tags", writable=True),
        "first_published_at",
        "last_published_at",
    ]

    def render_body_html(self) -> str:
        """The body as readers see it, citation markers linked to the references list."""
        html = "\n".join(str(block.render()) for block in self.body)
        return mark_safe(link_citations(html, len(self.references.all())))  # noqa: S308 - block templates escape

    @property
    def body_html(self) -> str:
        return str(self.render_body_html())


class CitationSource(models.Model):
    """The fields of a bibliographic source: an article's reference, or the substantiation of a
    claim in the approved-claims library."""

    authors = models.CharField(max_length=500, blank=True)
    title = models.CharField(max_length=500)
    publisher = models.CharField("journal / publisher", max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    doi = models.CharField(
        "DOI",
        max_length=255,
        blank=True,
        validators=[RegexValidator(DOI_PATTERN, "Enter a DOI such as 10.1000/xyz123 (without https://doi.org/).")],
    )
    pmid = models.CharField(
        "PubMed ID", max_length=12, blank=True, validators=[RegexValidator(r"^\d{1,9}$", "A PubMed id is digits.")]
    )
    url = models.URLField("URL", max_length=1000, blank=True)

    FIELDS = ("authors", "title", "publisher", "year", "doi", "pmid", "url")
    panels = [FieldPanel(name) for name in FIELDS]

    class Meta:
        abstract = True

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.year is not None and not 1500 <= self.year <= 2100:
            raise ValidationError({"year": "Enter a four-digit publication year."})

    @property
    def has_source(self) -> bool:
        """A reader can find it: it has a DOI, a PubMed id or a link."""
        return bool(self.doi or self.pmid or self.url)

    def as_fields(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self) -> str:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else ""


class ArticleReference(CitationSource, Orderable):
    """One entry of an article's ordered reference list; entry N is cited as [N], anchor #ref-N."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="references")

    api_fields = [APIField(name, writable=True) for name in CitationSource.FIELDS]

    class Meta(Orderable.Meta):
        verbose_name = "reference"


class StandardPage(Page):
    """A plain page (Contact, About) that is not medical content and has no review fields."""

    body = RichTextField(blank=True, features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"])

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    api_fields = [APIField("body", writable=True)]
