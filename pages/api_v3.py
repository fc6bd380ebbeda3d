"""What API v3 answers besides Wagtail's endpoints (wired in pages.api):

- `GET /api/v3/`: every endpoint (path, methods, summary, whether a token is needed), the
  OpenAPI schema and the interactive docs;
- 403 bodies that name the permission the token's user lacks;
- `BearerChallengeMiddleware`: a token that does not resolve (unknown, revoked, or its user
  inactive) is answered 401 on every endpoint, never treated as anonymous (which made a bad
  token look like a missing page); every 401 carries `WWW-Authenticate: Bearer` (RFC 6750).
"""

from django.http import HttpResponse
from django.urls import reverse
from ninja import Router
from wagtail.api.v3.errors import problem_response
from wagtail.models import APIToken

root_router = Router(tags=["api"])

# url name -> (what the call does, the page permissions that allow it)
REQUIRED_PERMISSIONS = {
    "create_page": ("create pages", ("add",)),
    "update_page": ("edit pages", ("change",)),
    "delete_page": ("delete pages", ("change",)),
    "list_page_revisions": ("read revisions", ("add", "change", "publish")),
    "detail_page_revision": ("read revisions", ("add", "change", "publish")),
    "pages_actions_publish": ("publish pages", ("publish",)),
    "pages_actions_unpublish": ("unpublish pages", ("publish",)),
    "pages_actions_copy": ("copy pages", ("add",)),
    "pages_actions_move": ("move pages", ("change",)),
    "pages_actions_delete": ("delete pages", ("change",)),
    "pages_actions_revert": ("revert pages", ("change",)),
    "pages_actions_convert_alias": ("convert aliases", ("change",)),
}


@root_router.get("", url_name="api_root", summary="Endpoints of this API", operation_id="api_root", auth=None)
def api_root(request):
    from wagtail.api.v3.api import api

    schema = api.get_openapi_schema()
    endpoints = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            endpoints.append({
                "path": path,
                "method": method.upper(),
                "summary": operation.get("summary", ""),
                "token": _token_need(operation),
            })
    return {
        "title": api.title,
        "version": api.version,
        "docs": reverse("wagtailapi_v3:openapi-view"),
        "openapi": reverse("wagtailapi_v3:openapi-json"),
        "authentication": "Authorization: Bearer <token> (manage.py api_tokens create --user NAME --name LABEL)",
        "endpoints": endpoints,
    }


def _token_need(operation) -> str:
    schemes = operation.get("security") or []
    if not schemes:
        return "none"
    return "optional" if any("AllowAnonymous" in scheme for scheme in schemes) else "required"


def missing_permission(request) -> str:
    """Why a token's user was refused, naming the page permission the call needs."""
    user = request.user
    groups = ", ".join(user.groups.values_list("name", flat=True)) or "no groups"
    match = getattr(request, "resolver_match", None)
    needed = REQUIRED_PERMISSIONS.get(match.url_name if match else "")
    if needed is None:
        return f"Permission denied for user “{user.get_username()}” ({groups})."
    what, permissions = needed
    names = " or ".join(f"“{name}”" for name in permissions)
    return (f"Permission denied: to {what} the token's user needs the {names} page permission; "
            f"user “{user.get_username()}” ({groups}) does not have it.")


class BearerChallengeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._prefix = None

    def __call__(self, request):
        if self._prefix is None:
            self._prefix = reverse("wagtailapi_v3:api_root")
        if not request.path.startswith(self._prefix):
            return self.get_response(request)
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and not _resolves(token.strip()):
            return _challenge(problem_response(status=401, detail="Invalid token: unknown, revoked, or its user "
                                               "is inactive."), error="invalid_token")
        response = self.get_response(request)
        if response.status_code == 401:
            _challenge(response)
        return response


def _resolves(token: str) -> bool:
    if not token:
        return False
    return APIToken.objects.filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True,
                                   user__is_active=True).exists()


def _challenge(response: HttpResponse, error: str = "") -> HttpResponse:
    if not response.has_header("WWW-Authenticate"):
        response["WWW-Authenticate"] = f'Bearer realm="api"{f", error=\"{error}\"" if error else ""}'
    return response
