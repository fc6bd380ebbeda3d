"""Rules on what fetching a link answered: broken targets and permanent redirects."""

from collections.abc import Iterable
from http import HTTPStatus

from validators.document import Document
from validators.findings import Category, Finding, Severity, Suggestion
from validators.links.plan import fetch_results, link_targets
from validators.links.results import REFUSED, LinkResult, Outcome
from validators.links.urls import Kind
from validators.registry import Rule, register

# Outcomes readers would see as a dead link, whatever happens on a second try.
_BROKEN_FOR_SURE = {Outcome.REDIRECT_LOOP, Outcome.TOO_MANY_REDIRECTS, Outcome.INVALID}
_DEFINITELY_GONE = {404, 410}


def _status_text(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


def describe_failure(result: LinkResult) -> tuple[Severity, str] | None:
    """Severity and message for a result that is a problem, None for one that is fine or unchecked."""
    via = f" (after redirecting to {result.final_url})" if result.redirects and result.final_url else ""
    if result.outcome == Outcome.BROKEN:
        severity = Severity.ERROR if result.status in _DEFINITELY_GONE else Severity.WARNING
        return severity, f"Link target answered {_status_text(result.status)}{via}."
    if result.outcome == Outcome.SERVER_ERROR:
        return Severity.WARNING, f"Link target answered {_status_text(result.status)}{via}, also when retried."
    if result.outcome == Outcome.RATE_LIMITED:
        return Severity.WARNING, f"Link target's server asked us to slow down (429){via}; not confirmed."
    if result.outcome in (Outcome.TIMEOUT, Outcome.CONNECTION_ERROR):
        return Severity.WARNING, f"Link target could not be reached: {result.message}{via}."
    if result.outcome == Outcome.NOT_CHECKED_IN_TIME:
        return Severity.ERROR, f"Link {result.message}; check again."
    if result.outcome == Outcome.BLOCKED:
        # Nothing about the address (status, error text, what it resolves to) is reported.
        return Severity.WARNING, f"Link not checked: {REFUSED}{via}."
    if result.outcome in _BROKEN_FOR_SURE:
        return Severity.ERROR, f"Link is broken: {result.message}{via}."
    return None


@register
class HttpStatusRule(Rule):
    """Link targets that do not answer with a working page.

    What it does: fetches each link target (bounded in time, per host and per run) and flags those
    that do not answer with a working page.
    Why is this bad? A dead link costs readers' trust and search ranking. 404/410 and redirect loops are
    errors; 5xx, timeouts and refused connections are warnings because they may pass (they
    are retried with backoff first). A link the address guard refused (an internal address)
    or whose host name does not resolve is a warning that says only "not checked: address not
    allowed or not found": its status or error, or telling the two apart, would tell an
    editor about the internal network. A link the run's link deadline
    (`links.deadline` per document) left unfetched is "not checked in time", at the
    engine's `check_failed_severity` (error unless configured otherwise).
    Example: <a href="/health/old-page/">…</a> where /health/old-page/ answers 404.
    """

    id = "link.http-status"
    isolated = False  # check() reads what prepare() fetched
    category = Category.LINK
    severity = Severity.ERROR

    def prepare(self, documents: list[Document]) -> None:
        self.results = fetch_results(documents, self.config)

    def check(self, document: Document) -> Iterable[Finding]:
        for link, target in link_targets(document, self.config):
            result = self.results.get(target.resolved) if target.kind == Kind.HTTP else None
            problem = describe_failure(result) if result is not None else None
            if problem is None:
                continue
            severity, message = problem
            if result.outcome == Outcome.NOT_CHECKED_IN_TIME:
                severity = self.config.check_failed_severity  # a check that did not run: fail closed
            yield self.finding(
                document, link.start, link.end, message, severity=severity, url=link.href,
                resolved_url=target.resolved, details={"outcome": str(result.outcome), "status": result.status},
            )


@register
class PermanentRedirectRule(Rule):
    """Links whose target has moved for good (301/308): update them to the new address.

    What it does: flags a link whose target answers 301 or 308 and suggests the address it moved to.
    Why is this bad? Every redirect costs readers a round trip and permanent ones can lapse; the new
    address is known, so the fix is a safe one-click replacement.
    Example: href="http://example.org/old" answers 301 → https://example.org/new (200).
    """

    id = "link.permanent-redirect"
    isolated = False  # check() reads what prepare() fetched
    category = Category.LINK
    severity = Severity.INFO

    def prepare(self, documents: list[Document]) -> None:
        self.results = fetch_results(documents, self.config)

    def check(self, document: Document) -> Iterable[Finding]:
        for link, target in link_targets(document, self.config):
            result = self.results.get(target.resolved) if target.kind == Kind.HTTP else None
            if result is None or not result.ok or not result.permanently_moved:
                continue
            new_address = result.final_url + (f"#{target.resolved.partition('#')[2]}" if target.fragment else "")
            yield self.finding(
                document, link.start, link.end, f"Link target has moved permanently to {new_address}.",
                suggestions=[Suggestion(new_address, safe=True)], url=link.href, resolved_url=target.resolved,
            )
