"""Requests that Wagtail 8.0's API v3 answers with a 500 instead of a 4xx, refused here with
400 or 404 before they reach it (found by schemathesis: tests/cms/test_cms_api_fuzz.py):

- a JSON body that is not an object: every v3 write endpoint takes an object, and a list
  crashes the API's page-type discriminator;
- a page id that is not a whole number (`/api/v3/pages/1.5e-38/`): no such page.
"""

import json
import re

from django.http import JsonResponse

API_V3 = "/api/v3/"
PAGE_ID = re.compile(r"^/api/v3/pages/(?P<id>[^/]+)/")
NAMED_PAGE_ROUTES = {"find"}


class ApiV3InputGuard:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        page_id = PAGE_ID.match(request.path)
        if page_id and not page_id["id"].isdigit() and page_id["id"] not in NAMED_PAGE_ROUTES:
            return JsonResponse({"detail": "Not Found"}, status=404)
        if request.path.startswith(API_V3) and request.method in ("POST", "PUT", "PATCH"):
            refusal = _refusal(request)
            if refusal:
                return JsonResponse({"detail": refusal}, status=400)
        return self.get_response(request)


def _refusal(request) -> str | None:
    if "json" not in (request.content_type or ""):
        return None
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        return None  # the API answers malformed JSON itself
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    return None
