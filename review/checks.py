"""Running the check engine on pages and storing the results per revision.

`check_revision` is what the revision signal and the gate call: it reuses a stored run
when the revision's content hash and the engine version (engine + settings + rules)
match, copies the findings of an identical earlier revision instead of checking again,
and otherwise runs the engine in-process. A crash while building or checking becomes a
stored failed run, never an exception for the caller: the gate decides what a failed
run means (fail closed by default).
"""

import hashlib
import logging
import time
import traceback

from django.apps import apps
from django.db import transaction
from django.utils import timezone

from review import conf
from review.capping import CAPPED, capped, clip
from review.documents import build_document, stream_block_ids
from review.fingerprints import bind
from review.models import CheckRun, FindingDecision, StoredFinding
from review.page_checks import page_findings, signature
from validators.document import Document
from validators.engine import check_documents

log = logging.getLogger(__name__)


def check_revision(revision, force: bool = False) -> CheckRun:
    """The check run of `revision` (stored or new)."""
    return check_page(revision.as_object(), revision, force=force)


def latest_run(page) -> CheckRun | None:
    """The newest stored run of the page's latest revision (None when it was never checked)."""
    return CheckRun.objects.latest_of_page(page)


def findings_of(run: CheckRun) -> list[StoredFinding]:
    """A run's findings, also for a run that was not stored (a page being created)."""
    unsaved = getattr(run, "unsaved_findings", None)
    return unsaved if unsaved is not None else list(run.findings.all())


def check_page(page, revision=None, force: bool = False) -> CheckRun:
    """Check `page` as it is in memory. The run is stored (against `revision` if given)
    unless the page has no primary key yet, in which case the findings stay in memory."""
    config = conf.engine_config(page)
    version = conf.engine_version(config)
    started = time.monotonic()
    try:
        document = build_document(page)
    except Exception as error:  # noqa: BLE001 - a page we cannot read must not pass silently
        log.exception("building the document of page %s failed", page.pk)
        return _store_failed(page, revision, version, _describe(error))
    build_seconds = time.monotonic() - started
    field_findings = page_findings(page)  # the page's fields (medical review), not its text
    content_hash = content_digest(document, signature(field_findings))

    if not force:
        reused = _reuse(page, revision, content_hash, version)
        if reused is not None:
            return reused
    try:
        result = check_documents([document], _with_link_result_cache(config), rules=conf.candidate_rules())
    except Exception as error:  # noqa: BLE001 - e.g. a configuration error: fail closed, say why
        log.exception("checking page %s failed", page.pk)
        return _store_failed(page, revision, version, _describe(error), content_hash)
    report = result.reports[0]
    timings = {**report.timings, "build": build_seconds, "total": time.monotonic() - started}
    block_ids = stream_block_ids(page)  # once per run, not once per finding
    kept = capped([*report.findings, *field_findings], conf.max_stored_findings())
    fingerprints = bind(kept, document, block_ids, content_hash, WHOLE_CONTENT_RULES)
    findings = [_stored(finding, block_ids, fingerprint) for finding, fingerprint in zip(kept, fingerprints,
                                                                                         strict=True)]
    return _store(page, revision, version, content_hash, timings, findings)


# Findings about the whole content, not one sentence: a decision on them lapses with any edit.
WHOLE_CONTENT_RULES = frozenset({"engine.check-failed", CAPPED})


def lock_page_checks(page_id: int) -> None:
    """Take the page's row lock (inside a transaction) for storing a run or taking a decision:
    a decision and the lapse of decisions by a new check then happen one after the other,
    never interleaved. (SQLite serialises writers anyway: see the database OPTIONS.)"""
    from wagtail.models import Page

    list(Page.objects.select_for_update(no_key=True).filter(pk=page_id).values_list("pk", flat=True))


def newest_run(page_id: int) -> CheckRun | None:
    """The run of the page's newest revision as the database has it now (None while that
    revision is still being checked). Call it under `lock_page_checks` to act on it."""
    from wagtail.models import Revision

    newest = (Revision.objects.page_revisions().filter(object_id=str(page_id)).order_by("-created_at", "-id")
              .values_list("id", flat=True).first())
    return CheckRun.objects.latest_of_revision(newest)


def content_digest(document: Document, page_checks: str = "") -> str:
    """What the rules see: visible text, block structure and link targets (and what the checks
    of the page's fields found)."""
    digest = hashlib.sha256(document.text.encode())
    digest.update(f"\x1a{page_checks}".encode())
    for block in document.blocks:
        digest.update(f"\x1e{block.kind}|{block.start}|{block.end}|{block.origin}|{block.element_id}|"
                      f"{block.level}|{block.ordered}|{block.position}|{block.field}".encode())
    for link in document.links:
        attributes = "|".join(f"{k}={v}" for k, v in sorted(link.attributes.items()))
        digest.update(f"\x1d{link.href}|{link.start}|{link.end}|{attributes}".encode())
    digest.update(("\x1c" + "|".join(sorted(document.ids))).encode())
    digest.update(f"\x1b{_site_generation()}".encode())
    return digest.hexdigest()


# What readers can reach changes with these actions (a page published, unpublished, moved,
# deleted or made private; a document or image deleted), and internal-link verdicts with it.
_STRUCTURAL_ACTIONS = (
    "wagtail.publish", "wagtail.unpublish", "wagtail.move", "wagtail.delete", "wagtail.rename",
    "wagtail.convert_alias", "wagtail.view_restriction.create", "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)


def _site_generation() -> str:
    """A marker that changes whenever the site's structure does, so that a stored run is not
    reused after, say, a link target was unpublished (the text alone would not show it)."""
    from wagtail.models import ModelLogEntry, PageLogEntry

    latest = [
        model.objects.filter(action__in=_STRUCTURAL_ACTIONS).order_by("-id").values_list("id", flat=True).first()
        for model in (PageLogEntry, ModelLogEntry)
    ]
    return ":".join(str(entry or 0) for entry in latest)


def _with_link_result_cache(config):
    """Link rules share the linkcheck app's result table when it is installed, so a link
    checked once (by anyone, in any process) is not fetched again while fresh."""
    if not apps.is_installed("linkcheck"):
        return config
    from linkcheck.cache import DatabaseCache

    return config.replace(link_cache=DatabaseCache())


# -- storage ---------------------------------------------------------------------------------
def _reuse(page, revision, content_hash: str, version: str) -> CheckRun | None:
    if page.pk is None:
        return None
    same = CheckRun.objects.filter(
        page_id=page.pk, content_hash=content_hash, engine_version=version, status=CheckRun.Status.OK
    )
    if revision is not None:
        existing = same.filter(revision=revision).first()
        if existing is not None:
            return existing
    earlier = same.first()
    if earlier is None:
        return None
    if revision is None:
        return earlier
    # An identical earlier revision (e.g. "save draft" then "publish" with no edit): copy its
    # findings rather than run the rules again.
    copies = [
        StoredFinding(**{f.attname: getattr(finding, f.attname) for f in StoredFinding._meta.concrete_fields
                         if f.attname not in ("id", "run_id")})
        for finding in earlier.findings.all()
    ]
    return _store(page, revision, version, content_hash, {**earlier.timings, "reused_from": earlier.pk}, copies)


@transaction.atomic
def _store(page, revision, version, content_hash, timings, findings) -> CheckRun:
    run = CheckRun(page_id=page.pk, revision=revision, engine_version=version, content_hash=content_hash,
                   timings=timings)
    if page.pk is None:
        run.unsaved_findings = findings
        return run
    lock_page_checks(page.pk)
    _carry_authorship(page.pk, revision, findings)
    run.save()
    if revision is not None:
        # A revision overwritten in place (the editor's autosave) keeps only its newest run.
        CheckRun.objects.filter(revision=revision).exclude(pk=run.pk).delete()
    for finding in findings:
        finding.run = run
    StoredFinding.objects.bulk_create(findings)
    if revision is not None and revision.is_latest_revision():
        _lapse_decisions(page.pk, {finding.fingerprint for finding in findings})
    return run


def _store_failed(page, revision, version, error, content_hash="") -> CheckRun:
    run = CheckRun(page_id=page.pk, revision=revision, engine_version=version, content_hash=content_hash,
                   status=CheckRun.Status.FAILED, error=error)
    if page.pk is None:
        run.unsaved_findings = []
    else:
        run.save()
    return run


def _carry_authorship(page_id: int, revision, findings: list[StoredFinding]) -> None:
    """A finding already on the page keeps the revision and author it first appeared with;
    a new one gets this revision's. Stored with every run, so `purge_revisions` deleting the
    old revisions (and their runs) does not make a later editor the author."""
    earliest: dict[str, tuple[int, int | None]] = {}
    rows = (StoredFinding.objects.filter(run__page_id=page_id, fingerprint__in={f.fingerprint for f in findings},
                                         introduced_in__isnull=False)
            .order_by("introduced_in").values_list("fingerprint", "introduced_in", "author_id"))
    for fingerprint, introduced_in, author_id in rows:
        earliest.setdefault(fingerprint, (introduced_in, author_id))
    for finding in findings:
        if finding.introduced_in is not None:  # copied from an identical earlier revision
            continue
        known = earliest.get(finding.fingerprint)
        if known is not None:
            finding.introduced_in, finding.author_id = known
        elif revision is not None:
            finding.introduced_in, finding.author_id = revision.pk, revision.user_id


def _lapse_decisions(page_id: int, fingerprints: set[str]) -> None:
    """Decisions whose finding is gone from the latest revision no longer apply — even if the
    same text comes back later, it gets a fresh review."""
    FindingDecision.objects.not_lapsed().filter(page_id=page_id).exclude(
        fingerprint__in=fingerprints
    ).update(lapsed_at=timezone.now())


def _stored(finding, block_ids: dict[str, str], fingerprint: str) -> StoredFinding:
    source = finding.source
    origin = source.origin if source else ""
    sentence, excerpt = clip(finding.sentence, finding.excerpt)
    return StoredFinding(
        rule=finding.rule,
        category=str(finding.category),
        severity=str(finding.severity),
        message=finding.message,
        excerpt=excerpt,
        sentence=sentence,
        start=finding.start,
        end=finding.end,
        origin=origin,
        offset=source.offset if source else None,
        block_id=block_ids.get(".".join(origin.split(".")[:2]), "") if origin.startswith("body.") else "",
        suggestions=[{"replacement": s.replacement, "safe": s.safe} for s in finding.suggestions],
        url=finding.url,
        resolved_url=finding.resolved_url,
        fingerprint=fingerprint,
        details=finding.details,
    )


def _describe(error: BaseException) -> str:
    return "".join(traceback.format_exception_only(type(error), error)).strip()[:2000]
