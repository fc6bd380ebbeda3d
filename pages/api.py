"""Headless delivery.

API v2 (read-only, anonymous) exposes live public pages, images and documents; ArticlePage's
api_fields add the body as structured blocks and as rendered HTML, the references, the reviewer
and the dates. API v3 (Wagtail 8, mounted in cms/urls.py) reads the same live public content
anonymously, and creates/updates pages for callers with a bearer token from the `APIToken`
model; the token's user's page permissions apply, so an Editor's token cannot publish. The
review app's endpoints (findings, submit for review, decisions) are added to it here; its
interactive docs load Swagger UI from django-ninja's static files (no CDN).
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.v3.api import api as api_v3
from wagtail.api.v3.errors import problem_response
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from pages.api_v3 import missing_permission, root_router

api_v2_router = WagtailAPIRouter("wagtailapi")
api_v2_router.register_endpoint("pages", PagesAPIViewSet)
api_v2_router.register_endpoint("images", ImagesAPIViewSet)
api_v2_router.register_endpoint("documents", DocumentsAPIViewSet)


# -- API v3: Wagtail's API plus the review endpoints, a root that lists every endpoint, and
# answers that say what is wrong (401 with a Bearer challenge, 403 naming the permission).
# The review pipeline is an app of its own: the site serves readers without it (the baseline
# of benchmarks/site.py), and the API then has no review endpoints.
if apps.is_installed("review"):
    from review.api import router as review_router

    api_v3.add_router("/pages/", review_router)
api_v3.add_router("/", root_router)


@api_v3.exception_handler(PermissionDenied)
def permission_denied(request, exc):
    if not request.user.is_authenticated:
        return problem_response(status=401, detail="Authentication required: send Authorization: Bearer <token>.")
    return problem_response(status=403, detail=str(exc) or missing_permission(request))
