"""Requests that Wagtail 8.0's API v3 answers with a 500 instead of a 4xx, refused here with
400 or 404 before they reach it (found by schemathesis: tests/cms/test_cms_api_fuzz.py):

- a JSON body that is not an object: every v3 write endpoint takes an object, and a list
  crashes the API's page-type discriminator;
- a page id that is not a whole number (`/api/v3/pages/1.5e-38/`) or too large for an id
  column: no such page;
- a copy, alias or move that would place a page beside the tree root (copying or aliasing
  the root in place, moving a page to the left or right of the root): the root has no
  parent, so there is no such place (422, as the API answers other impossible moves).
"""

import json
import re

from django.http import JsonResponse
from wagtail.models import Page

API_V3 = "/api/v3/"
PAGE_ID = re.compile(r"^/api/v3/pages/(?P<id>[^/]+)/")
NAMED_PAGE_ROUTES = {"find"}
PLACEMENT_ACTION = re.compile(r"^/api/v3/pages/(?P<id>\d+)/actions/(?P<action>copy|create_alias|move)/$")
# Move positions that make the page a child of the target; any other (none given included)
# makes it a sibling, placed under the target's parent (Wagtail's MovePageAction.execute).
CHILD_POSITIONS = {"first-child", "last-child", "sorted-child"}


class ApiV3InputGuard:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        page_id = PAGE_ID.match(request.path)
        if page_id and page_id["id"] not in NAMED_PAGE_ROUTES and not _is_database_id(page_id["id"]):
            return JsonResponse({"detail": "Not Found"}, status=404)
        if request.path.startswith(API_V3) and request.method in ("POST", "PUT", "PATCH"):
            # The API parses the body as JSON whatever Content-Type it is sent with.
            try:
                body = json.loads(request.body or b"{}")
            except ValueError:
                return self.get_response(request)  # the API answers malformed JSON itself
            if not isinstance(body, dict):
                return JsonResponse({"detail": "The request body must be a JSON object."}, status=400)
            misplaced = _placement_refusal(request.path, body)
            if misplaced:
                return JsonResponse({"detail": misplaced}, status=422)
        return self.get_response(request)


def _is_database_id(text: str) -> bool:
    """A whole number a database id column can hold (a larger one reached SQLite as an error)."""
    return text.isdigit() and int(text) < 2**63


def _placement_refusal(path: str, body: dict) -> str | None:
    """Where a copy, alias or move would put the page has no parent: the tree root's place."""
    action = PLACEMENT_ACTION.match(path)
    if not action:
        return None
    position = body.get("position")
    if position is not None and not isinstance(position, str):
        return None  # the API refuses it itself
    if action["action"] == "move":
        target_id, beside_target = body.get("destination_id"), position not in CHILD_POSITIONS
    else:
        target_id, beside_target = body.get("destination_id") or int(action["id"]), body.get("destination_id") is None
    if not beside_target or not isinstance(target_id, int) or not 0 < target_id < 2**63:
        return None
    if Page.objects.filter(pk=target_id, depth=1).exists():
        return "The tree root has no parent: nothing can be placed beside it."
    return None
