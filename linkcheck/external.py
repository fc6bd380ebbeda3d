"""External links from the CMS: fetched with the engine's checker, cached in the database.

The options are the CMS's one link configuration (`linkcheck.conf`, `VALIDATORS["links"]`):
the engine's SSRF guard lets through only the site's own Wagtail hostnames and its
`allow_hosts`; everything else internal (loopback, private ranges, cloud metadata) is refused.
"""

from collections.abc import Iterable
from urllib.parse import unquote

from linkcheck.cache import DatabaseCache
from linkcheck.conf import link_options
from linkcheck.internal import Verdict
from linkcheck.models import Outcome
from linkcheck.politeness import DatabaseHostSchedule
from validators.config import LinkOptions
from validators.findings import Severity
from validators.links.client import check_urls, needs_anchor_check, split_fragment
from validators.links.results import LinkResult
from validators.links.status import describe_failure


def fetch(urls: Iterable[str], options: LinkOptions | None = None) -> dict[str, LinkResult]:
    """Results for absolute http(s) addresses: fresh ones from the table, the rest fetched and stored."""
    urls = list(dict.fromkeys(urls))
    if not urls:
        return {}
    return check_urls(urls, options or link_options(), DatabaseCache(), schedule=DatabaseHostSchedule())


def cached(urls: Iterable[str]) -> dict[str, LinkResult]:
    """Fresh results from the table only (no network), keyed by the given addresses."""
    urls = list(urls)
    found = DatabaseCache().get_many({split_fragment(url)[0] for url in urls})
    return {url: found[split_fragment(url)[0]] for url in urls if split_fragment(url)[0] in found}


def verdict_for(result: LinkResult, url: str) -> Verdict:
    """What a fetched result means for one link (its `#fragment` included)."""
    problem = describe_failure(result)
    if problem is not None:
        severity, message = problem
        return Verdict(Outcome(str(result.outcome)), severity, message, url)
    if result.outcome != "ok":
        return Verdict(Outcome(str(result.outcome)), None, result.message, url)
    fragment = unquote(split_fragment(url)[1])
    if needs_anchor_check(fragment) and result.has_anchor(fragment) is False:
        severity = Severity.ERROR if result.anchors_complete else Severity.WARNING
        return Verdict(Outcome.MISSING_ANCHOR, severity, f"The target page has no element with id '{fragment}'.", url)
    if result.permanently_moved:
        return Verdict(Outcome.MOVED, Severity.INFO, f"Moved permanently to {result.final_url}.", url)
    return Verdict(Outcome.OK, address=url)
