"""The review app's settings, read in one place.

- `VALIDATORS`: the check engine's configuration (the same keys as `[tool.validators]`),
  read through `validators.config.Config.from_mapping`.
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
- `REVIEW_MAX_STORED_FINDINGS` (default 500): findings stored per check run; the rest are
  summed up in one finding (see review.capping).
"""

import hashlib
import json

from django.conf import settings
from django.utils.module_loading import import_string

import validators
from validators.config import Config
from validators.registry import all_rules, enabled_rules

REVIEWER_GROUP = "Compliance reviewers"


def gate_enabled() -> bool:
    return bool(getattr(settings, "REVIEW_GATE_ENABLED", True))


def fail_closed() -> bool:
    return bool(getattr(settings, "REVIEW_FAIL_CLOSED", True))


def reviewer_group() -> str:
    return getattr(settings, "REVIEW_REVIEWER_GROUP", REVIEWER_GROUP)


def max_stored_findings() -> int:
    return int(getattr(settings, "REVIEW_MAX_STORED_FINDINGS", 500))


def reviewer_categories() -> frozenset[str]:
    return frozenset(getattr(settings, "REVIEW_REVIEWER_CATEGORIES", ["claim"]))


def engine_config() -> Config:
    return Config.from_mapping(getattr(settings, "VALIDATORS", {}) or {}, base_dir=settings.BASE_DIR)


def candidate_rules() -> list:
    """Every registered rule plus the configured extra ones (the engine drops disabled ones)."""
    extra = [import_string(path) for path in getattr(settings, "REVIEW_EXTRA_RULES", [])]
    return [*all_rules().values(), *extra]


def engine_version(config: Config) -> str:
    """The engine version plus a digest of the configuration and rule set: a stored check
    run is reused only when all three match, so a settings change re-checks content."""
    rule_ids = sorted(cls.id for cls in enabled_rules(config, candidate_rules()))
    settings_data = json.dumps(getattr(settings, "VALIDATORS", {}) or {}, sort_keys=True, default=str)
    digest = hashlib.sha256("\x1f".join([settings_data, *rule_ids]).encode()).hexdigest()[:12]
    return f"{validators.ENGINE_VERSION}+{digest}"
