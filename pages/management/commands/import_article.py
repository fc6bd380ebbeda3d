"""Import an HTML article from another CMS as a draft ArticlePage and print its id."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pages.importer import ImportRefused, convert_html, create_draft_article, refuse_binary, resolver_for_parent
from pages.models import ArticleIndexPage


def read_html(path: Path) -> tuple[str, list[str]]:
    """The file's text; undecodable bytes are replaced and reported rather than refused. Empty
    and binary files are refused (exit status 2)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        refuse_binary(data)
    except ImportRefused as refused:
        raise CommandError(f"not imported: {path}: {refused}", returncode=2) from refused
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return text, [
            f"changed: {bad} byte sequence(s) that are not UTF-8 replaced by “\ufffd” (first at byte {error.start})"
        ]


def find_parent(slug: str | None) -> ArticleIndexPage:
    indexes = ArticleIndexPage.objects.all()
    if slug:
        parent = indexes.filter(slug=slug).first()
        if parent is None:
            known = ", ".join(indexes.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"no article index with slug {slug!r} (article indexes: {known})")
        return parent
    parent = indexes.order_by("path").first()
    if parent is None:
        raise CommandError("there is no article index page to import into; run `manage.py load_demo` first")
    return parent


class Command(BaseCommand):
    help = "Import FILE.html as a draft article; prints the new page id and what the import changed or dropped."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path, help="HTML file to import")
        parser.add_argument("--parent", help="slug of the article index to create the page under")
        parser.add_argument("--title", help="page title (default: the document's <h1> or <title>)")

    def handle(self, *args, **options):
        source, read_notes = read_html(options["file"])
        parent = find_parent(options["parent"])
        try:
            article = convert_html(source, resolver_for_parent(parent), title=options["title"])
        except ImportRefused as refused:
            raise CommandError(f"not imported: {options['file']}: {refused}", returncode=2) from refused
        page = create_draft_article(parent, article)

        self.stdout.write(f"Created draft article {page.pk}: “{page.title}” under {parent.url_path}")
        self.stdout.write(
            f"  {len(article.blocks)} body block(s), {len(article.references)} reference(s); "
            f"edit at /admin/pages/{page.pk}/edit/"
        )
        report = read_notes + article.report.lines()
        if report:
            self.stdout.write(f"Import report ({len(report)} item(s)):")
            for line in report:
                self.stdout.write(f"  - {line}")
        else:
            self.stdout.write("Import report: everything was imported as written.")
        self.stdout.write(str(page.pk))
