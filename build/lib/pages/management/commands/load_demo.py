"""Build the demo site: home, a Health A–Z index, published articles that link to each other,
a Contact page, the imported Accutane article as a draft, and an `admin` superuser.

`--if-empty` (used by `make run`) leaves existing content alone but still makes sure the admin
user exists.
"""

import os
import secrets
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, Site

from pages.demo_content import catalogue
from pages.importer import convert_html, create_draft_article, resolver_for_parent
from pages.models import ArticleIndexPage, ArticlePage, ArticleReference, HomePage, StandardPage
from review.gate import PublishBlocked

DEMO_DIR = Path(catalogue.__file__).resolve().parent
ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = "Load the demo site and create the `admin` user (password from DEMO_ADMIN_PASSWORD or generated)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="leave the content alone if the database already has a site"
        )

    def handle(self, *args, **options):
        has_content = HomePage.objects.exists() or ArticlePage.objects.exists()
        if has_content and not options["if_empty"]:
            raise CommandError(
                "the database already has a site; use --if-empty to keep it, or start from an empty database"
            )
        if has_content:
            self.stdout.write("Demo content: the database already has content; left as it is.")
        else:
            # The demo's articles go through the pre-publish gate like any other: a finding that
            # blocks one is reported and nothing is loaded.
            try:
                with transaction.atomic():
                    self.build_site()
            except PublishBlocked as refusal:
                raise CommandError(f"the demo content did not pass the pre-publish checks:\n{refusal}") from None
        self.ensure_admin()

    # -- content ----------------------------------------------------------------------------
    def build_site(self):
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(title="Reviewed health information", slug="home-demo", intro=catalogue.HOME_INTRO)
        )
        self.replace_default_site_root(home)
        index = home.add_child(instance=ArticleIndexPage(show_in_menus=True, **catalogue.INDEX))
        contact = home.add_child(instance=StandardPage(show_in_menus=True, **catalogue.CONTACT))
        for page in (home, index, contact):
            page.save_revision().publish()

        # Create every article first, so the links between them resolve to page links.
        articles = []
        for spec in catalogue.ARTICLES:
            page = index.add_child(instance=ArticlePage(title=spec["slug"], slug=spec["slug"], live=False))
            articles.append((spec, page))
        resolver = resolver_for_parent(index)
        for spec, page in articles:
            converted = convert_html((DEMO_DIR / spec["file"]).read_text(encoding="utf-8"), resolver)
            self.warn_about(spec["file"], converted.report)
            page.title = converted.title
            page.summary = spec["summary"]
            page.body = converted.blocks
            page.references = [
                ArticleReference(sort_order=position, **fields) for position, fields in enumerate(converted.references)
            ]
            page.medical_reviewer = catalogue.REVIEWER
            page.last_reviewed = date.today() - timedelta(days=spec["reviewed_days_ago"])
            page.tags.set(spec["tags"])
            page.save_revision().publish()
            self.stdout.write(f"Published article {page.pk}: {page.title} ({page.url_path})")

        draft_spec = catalogue.DRAFT_ARTICLE
        draft = convert_html((DEMO_DIR / draft_spec["file"]).read_text(encoding="utf-8"), resolver)
        page = create_draft_article(index, draft)
        page.tags.set(draft_spec["tags"])
        page.save_revision()
        self.stdout.write(f"Imported draft article {page.pk}: {page.title} (left unpublished for review)")
        for line in draft.report.lines():
            self.stdout.write(f"  - {line}")

    def replace_default_site_root(self, home):
        """Point the default Site at the new home and remove Wagtail's placeholder welcome page."""
        site = Site.objects.filter(is_default_site=True).first()
        placeholder = site.root_page if site else None
        # The site's address is where the admin says it is served, so API html_url values work.
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        if site is None:
            site = Site(is_default_site=True)
        site.hostname = base.hostname or "localhost"
        site.port = base.port or (443 if base.scheme == "https" else 80)
        site.root_page = home
        site.site_name = catalogue.SITE_TITLE
        site.save()
        if placeholder is not None and placeholder.specific_class is Page and not placeholder.get_children().exists():
            placeholder.delete()
            home.refresh_from_db()
        if home.slug != "home":
            home.slug = "home"
            home.save()

    def warn_about(self, name, report):
        for line in report.lines():
            self.stderr.write(f"demo file {name}: {line}")

    # -- admin user -------------------------------------------------------------------------
    def ensure_admin(self):
        """Create `admin` if missing and print its login. A generated password is kept in a local,
        git-ignored file (owner-only) so every later start can print it again while it still works."""
        user_model = get_user_model()
        chosen = os.environ.get("DEMO_ADMIN_PASSWORD", "")
        user = user_model.objects.filter(username=ADMIN_USERNAME).first()
        if user is not None and not chosen:
            remembered = read_remembered_password()
            if remembered and user.check_password(remembered):
                self.print_login(remembered)
            else:
                self.stdout.write(
                    f"Admin user `{ADMIN_USERNAME}` exists with a password set elsewhere (reset it with "
                    f"`manage.py changepassword {ADMIN_USERNAME}` or set DEMO_ADMIN_PASSWORD)."
                )
            return
        password = chosen or secrets.token_urlsafe(12)
        if user is None:
            user = user_model.objects.create_superuser(ADMIN_USERNAME, "admin@example.org", password)
        else:
            user.set_password(password)
            user.save(update_fields=["password"])
        if not chosen:
            remember_password(password)
        self.print_login(password)

    def print_login(self, password):
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(self.style.SUCCESS(f"Admin login: {ADMIN_USERNAME} / {password}  ({base}/admin/)"))


def password_file() -> Path | None:
    location = getattr(settings, "DEMO_ADMIN_PASSWORD_FILE", None)
    return Path(location) if location else None


def read_remembered_password() -> str:
    path = password_file()
    try:
        return path.read_text(encoding="utf-8").strip() if path else ""
    except OSError:
        return ""


def remember_password(password: str) -> None:
    path = password_file()
    if path is None:
        return
    try:
        path.touch(mode=0o600, exist_ok=True)
        path.write_text(password + "\n", encoding="utf-8")
    except OSError:
        pass  # a read-only checkout just cannot repeat the password on the next start
