"""Running the check engine on pages and storing the results per revision.

`check_revision` is what the revision's queued check (review.tasks) and the gate call: it
reuses a stored run when the revision's content hash and the engine version (engine +
settings + rules) match, copies the findings of an identical earlier revision instead of
checking again, and otherwise runs the engine in-process. A crash while building or checking
becomes a stored failed run, never an exception for the caller: the gate decides what a
failed run means (fail closed by default).

A stored run stays valid while the revision's content and the engine version are unchanged;
what its internal links point at is not in the content, so a page that is published,
unpublished, moved or deleted invalidates the runs of the pages linking to it
(`invalidate_linking_runs`, through Wagtail's reference index).
"""

import hashlib
import logging
import time
import traceback
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone

from review import authorship, conf
from review.capping import CAPPED, capped, clip
from review.documents import build_document, stream_block_ids
from review.fingerprints import bind
from review.models import CheckRun, FindingDecision, StoredFinding
from review.page_checks import page_findings, signature
from validators.document import Document
from validators.engine import check_documents

log = logging.getLogger(__name__)

# Sent with `run=` once the check run of a saved revision is stored (claimlibrary applies the
# approved-claims library to it).
revision_checked = Signal()


def check_revision(revision, force: bool = False) -> CheckRun:
    """The check run of `revision` (stored or new)."""
    run = check_page(revision.as_object(), revision, force=force)
    revision_checked.send(sender=CheckRun, run=run)
    return run


@dataclass
class Prepared:
    """What a check of a page needs before any rule runs: cheap (no engine, no network)."""

    config: object
    version: str
    document: Document | None
    field_findings: list
    content_hash: str
    build_seconds: float
    error: BaseException | None = None


def prepare(page) -> Prepared:
    config = conf.engine_config(page)
    version = conf.engine_version(config)
    started = time.monotonic()
    try:
        document = build_document(page)
    except Exception as error:  # noqa: BLE001 - a page we cannot read must not pass silently
        log.exception("building the document of page %s failed", page.pk)
        return Prepared(config, version, None, [], "", 0.0, error)
    field_findings = page_findings(page)  # the page's fields (medical review), not its text
    return Prepared(config, version, document, field_findings, content_digest(document, signature(field_findings)),
                    time.monotonic() - started)


def stored_run(page, revision, prepared: Prepared | None = None) -> CheckRun | None:
    """The stored run that is valid for `revision` as it is now (None: it must be checked).
    Runs no rule: a publish whose revision was checked already costs a few queries."""
    prepared = prepared or prepare(page)
    if prepared.document is None:
        return None
    return _reuse(page, revision, prepared.content_hash, prepared.version)


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
    started = time.monotonic()
    prepared = prepare(page)
    if prepared.document is None:
        return _store_failed(page, revision, prepared.version, _describe(prepared.error))
    config, version, document, content_hash = prepared.config, prepared.version, prepared.document, \
        prepared.content_hash
    if not force:
        reused = _reuse(page, revision, content_hash, version)
        if reused is not None:
            return reused
    try:
        result = check_documents([document], _as_cms_runs_it(config), rules=conf.candidate_rules())
    except Exception as error:  # noqa: BLE001 - e.g. a configuration error: fail closed, say why
        log.exception("checking page %s failed", page.pk)
        return _store_failed(page, revision, version, _describe(error), content_hash)
    report = result.reports[0]
    timings = {**report.timings, "build": prepared.build_seconds, "total": time.monotonic() - started}
    block_ids = stream_block_ids(page)  # once per run, not once per finding
    kept = capped([*report.findings, *prepared.field_findings], conf.max_stored_findings())
    fingerprints = bind(kept, document, block_ids, content_hash, WHOLE_CONTENT_RULES)
    findings = [_stored(finding, block_ids, fingerprint) for finding, fingerprint in zip(kept, fingerprints,
                                                                                         strict=True)]
    return _store(page, revision, version, content_hash, timings, findings, replace=force)


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
    return digest.hexdigest()


def invalidate_linking_runs(page) -> list[int]:
    """Forget the stored runs of the latest revisions of the pages that link to `page` (it was
    just published, unpublished, moved or deleted, so their internal-link verdicts may have
    changed) and queue their checks again. Returns the ids of the pages re-checked."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    from review.tasks import check_saved_revision

    page_type = ContentType.objects.get_for_model(Page)
    linking = {int(pk) for pk in ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
               .values_list("object_id", flat=True)} - {page.pk}
    if not linking:
        return []
    latest = list(Page.objects.filter(pk__in=linking).exclude(latest_revision__isnull=True)
                  .values_list("pk", "latest_revision_id"))
    CheckRun.objects.filter(revision_id__in=[revision for _, revision in latest]).delete()
    # After the change commits: a check run now would still see the page as it was (deleted).
    for _, revision_id in latest:
        transaction.on_commit(lambda revision_id=revision_id: check_saved_revision.enqueue(revision_id))
    return [pk for pk, _ in latest]


def _as_cms_runs_it(config):
    """With the linkcheck app installed, the engine's link rules use its link configuration and
    result table (`linkcheck.conf.for_engine`): one link pipeline, one store."""
    if not apps.is_installed("linkcheck"):
        return config
    from linkcheck.conf import for_engine

    return for_engine(config)


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
def _store(page, revision, version, content_hash, timings, findings, replace: bool = False) -> CheckRun:
    run = CheckRun(page_id=page.pk, revision=revision, engine_version=version, content_hash=content_hash,
                   timings=timings)
    if page.pk is None:
        run.unsaved_findings = findings
        return run
    lock_page_checks(page.pk)
    if revision is not None and not replace:
        # Two workers (or a worker and a publish) checked the same revision at once: the first
        # stored result stands, the second is not applied again (the page lock orders them).
        stored = CheckRun.objects.filter(revision=revision, content_hash=content_hash, engine_version=version,
                                         status=CheckRun.Status.OK).first()
        if stored is not None:
            return stored
    authorship.attribute(page.pk, revision, findings)
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
