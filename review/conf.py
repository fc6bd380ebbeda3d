"""The review app's settings, read in one place.

- `VALIDATORS`: the check engine's configuration (the same keys as `[tool.validators]`),
  read through `validators.config.Config.from_mapping`. Its `claim_profile` ("promotional",
  the default, or "editorial") is the claim policy of every site...
- `REVIEW_SITE_CLAIM_PROFILES`: ...unless this maps the page's Wagtail site (by hostname) to
  another profile, e.g. `{"info.example.org": "editorial"}`. A page type's own `claim_profile`
  class attribute wins over both (see `claim_profile_for`).
- `REVIEW_GATE_ENABLED` (default True): False lets everything publish (checks still run and
  are stored). Only for test suites about other things; never in production.
- `REVIEW_FAIL_CLOSED` (default True): a check that crashed or timed out blocks publishing
  like an error; False lets such pages through (the failure is still shown).
- `REVIEW_REVIEWER_CATEGORIES` (default ["claim"]): error findings the automatic workflow
  task passes on to the reviewers instead of sending the page back to the editor (a claim
  needs a reviewer's judgement; a typo or a broken link the editor fixes alone).
- `REVIEW_EXTRA_RULES`: dotted paths of extra `Rule` classes run besides the registered
  ones (site-specific rules, or a test rule), without touching the global registry.
- `REVIEW_REVIEWER_GROUP` (default "Compliance reviewers"): who may decide on findings.
- `REVIEW_MEDICAL_REVIEW` (default "error"): severity of the `page.medical-review` finding on an
  article without a medical reviewer or last-reviewed date ("warning" does not block; None: off).
- `REVIEW_MAX_STORED_FINDINGS` (default 500): findings stored per check run; the rest are
  summed up in one finding (see review.capping).
- `REVIEW_CHECK_WAIT` (default 10): seconds a publish waits for the queued check of the revision
  being published before refusing with "checks still running" (see review.gate).
"""

import hashlib
import json

from django.conf import settings
from django.utils.module_loading import import_string

import validators
from validators.config import CLAIM_PROFILES, Config
from validators.registry import all_rules, enabled_rules

REVIEWER_GROUP = "Compliance reviewers"


def gate_enabled() -> bool:
    return bool(getattr(settings, "REVIEW_GATE_ENABLED", True))


def fail_closed() -> bool:
    return bool(getattr(settings, "REVIEW_FAIL_CLOSED", True))


def reviewer_group() -> str:
    return getattr(settings, "REVIEW_REVIEWER_GROUP", REVIEWER_GROUP)


def medical_review_severity() -> str | None:
    return getattr(settings, "REVIEW_MEDICAL_REVIEW", "error")


def max_stored_findings() -> int:
    return int(getattr(settings, "REVIEW_MAX_STORED_FINDINGS", 500))


def check_wait() -> float:
    return float(getattr(settings, "REVIEW_CHECK_WAIT", 10))


def reviewer_categories() -> frozenset[str]:
    return frozenset(getattr(settings, "REVIEW_REVIEWER_CATEGORIES", ["claim"]))


def engine_config(page=None) -> Config:
    """The engine's configuration, for `page` when given (its claim policy profile)."""
    data = dict(getattr(settings, "VALIDATORS", {}) or {})
    if page is not None:
        data["claim_profile"] = claim_profile_for(page)
    return Config.from_mapping(data, base_dir=settings.BASE_DIR)


def claim_profile_for(page) -> str:
    """The claim policy profile of `page`: its page type's `claim_profile`, else its site's entry in
    REVIEW_SITE_CLAIM_PROFILES, else VALIDATORS["claim_profile"], else "promotional"."""
    page_type = page.specific_class or type(page)
    profile = getattr(page_type, "claim_profile", None)
    if profile is None:
        site = page.get_site() if page.url_path else None
        profile = (getattr(settings, "REVIEW_SITE_CLAIM_PROFILES", {}) or {}).get(site.hostname) if site else None
    if profile is None:
        profile = (getattr(settings, "VALIDATORS", {}) or {}).get("claim_profile", CLAIM_PROFILES[0])
    return profile


def candidate_rules() -> list:
    """Every registered rule plus the configured extra ones (the engine drops disabled ones)."""
    extra = [import_string(path) for path in getattr(settings, "REVIEW_EXTRA_RULES", [])]
    return [*all_rules().values(), *extra]


def engine_version(config: Config) -> str:
    """The engine version plus a digest of the configuration and rule set: a stored check
    run is reused only when all three match, so a settings change re-checks content."""
    rule_ids = sorted(cls.id for cls in enabled_rules(config, candidate_rules()))
    settings_data = json.dumps(getattr(settings, "VALIDATORS", {}) or {}, sort_keys=True, default=str)
    digest = hashlib.sha256("\x1f".join([settings_data, config.claim_profile, *rule_ids]).encode()).hexdigest()[:12]
    return f"{validators.ENGINE_VERSION}+{digest}"
