"""Headless delivery.

API v2 (read-only, anonymous) exposes live public pages, images and documents; ArticlePage's
api_fields add the body as structured blocks and as rendered HTML, the references, the reviewer
and the dates. API v3 (Wagtail 8, mounted in cms/urls.py) reads the same live public content
anonymously, and creates/updates pages for callers with a bearer token from the `APIToken`
model; the token's user's page permissions apply, so an Editor's token cannot publish.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

api_v2_router = WagtailAPIRouter("wagtailapi")
api_v2_router.register_endpoint("pages", PagesAPIViewSet)
api_v2_router.register_endpoint("images", ImagesAPIViewSet)
api_v2_router.register_endpoint("documents", DocumentsAPIViewSet)
