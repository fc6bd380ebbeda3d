"""Article listings in the admin: a "Checks" column with each article's review status
(blocking / needs review / clear), through a Wagtail `PageViewSet` for ArticlePage — the
explorer uses its listing for the children of article indexes, and its edit view carries
the findings side panel (review.panels)."""

from wagtail.admin.ui.tables import BaseColumn
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet

from pages.models import ArticlePage
from review.panels import ArticleEditView
from review.status import statuses


class ReviewStatusColumn(BaseColumn):
    """The review status badge. Statuses of the whole table are computed once, on first use."""

    cell_template_name = "review/status_cell.html"

    class Media:
        css = {"all": ["review/css/review.css"]}

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        table = parent_context["table"]
        cached = getattr(table, "_review_statuses", None)
        if cached is None:
            articles = [row for row in table.data if _is_article(row)]
            cached = table._review_statuses = statuses(articles)
        context["review_status"] = cached.get(instance.pk) if _is_article(instance) else None
        return context


def _is_article(page) -> bool:
    return getattr(page, "pk", None) is not None and issubclass(page.specific_class or type(page), ArticlePage)


def _columns():
    columns = list(ExplorableIndexView.base_columns)
    status_at = next(i for i, column in enumerate(columns) if column.name == "status") + 1
    columns.insert(status_at, ReviewStatusColumn("review_status", label="Checks", width="12%"))
    return columns


class ArticlePageViewSet(PageViewSet):
    model = ArticlePage
    icon = "doc-full"
    edit_view_class = ArticleEditView
    columns = _columns()


article_page_viewset = ArticlePageViewSet()
