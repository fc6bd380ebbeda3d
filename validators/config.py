"""Engine configuration: which rules run, their severities, options and vocabularies.

Read from a TOML file (`--config`, or `[tool.validators]` in pyproject.toml) or from the
CMS's Django settings (`VALIDATORS = {...}`) through `Config.from_mapping`.
"""

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from validators.findings import Severity


class ConfigError(ValueError):
    """The configuration cannot be used; the message says which key and why."""


_SEQUENCE = (list, tuple, set, frozenset)
_SHAPES = {
    "disable": (_SEQUENCE, "a list of rule ids or families"),
    "severity": (dict, "a table of rule id = severity"),
    "rules": (dict, "a table of per-rule option tables"),
    "vocabulary_dirs": (_SEQUENCE, "a list of directories"),
    "links": (dict, "a table of link options"),
    "languagetool_url": ((str, type(None)), "a URL"),
    "time_budget": ((int, float), "a positive number of seconds"),
    "max_findings_per_rule": (int, "a positive number"),
    "check_memory_limit": (int, "a positive number of megabytes"),
    "isolate_checks": (bool, "true or false"),
    "check_failed_severity": (str, "one of error, warning, info"),
    "dialect": (str, "one of en-US, en-GB"),
    "claim_profile": (str, "one of editorial, promotional"),
}

DIALECTS = ("en-US", "en-GB")
CLAIM_PROFILES = ("promotional", "editorial")


def _check_shapes(data: dict) -> None:
    # A string where a list belongs ("disable = 'copy'") would otherwise be read letter by letter.
    for key, (kinds, shape) in _SHAPES.items():
        value = data.get(key)
        if key in data and (not isinstance(value, kinds) or (isinstance(value, bool) and kinds is not bool)):
            raise ConfigError(f"{key} must be {shape}, not {value!r}")
    for key, shape in (("time_budget", "a positive number of seconds"), ("max_findings_per_rule", "a positive number"),
                       ("check_memory_limit", "a positive number of megabytes")):
        if data.get(key, 1) <= 0:
            raise ConfigError(f"{key} must be {shape}, not {data[key]!r}")
    for rule_id, options in data.get("rules", {}).items():
        if not isinstance(options, dict):
            raise ConfigError(f"rules.{rule_id} must be a table of options, not {options!r}")
    if data.get("dialect", DIALECTS[0]) not in DIALECTS:
        raise ConfigError(f"dialect must be one of {', '.join(DIALECTS)}, not {data['dialect']!r}")
    if data.get("claim_profile", CLAIM_PROFILES[0]) not in CLAIM_PROFILES:
        raise ConfigError(f"claim_profile must be one of {', '.join(CLAIM_PROFILES)}, not {data['claim_profile']!r}")


@dataclass(frozen=True)
class LinkOptions:
    base_url: str | None = None
    skip_external: bool = False
    allow_hosts: tuple[str, ...] = ()  # hosts the SSRF guard lets through besides the base URL's
    timeout: float = 10.0  # seconds per URL, all attempts together
    # The engine's link phase: `deadline` seconds per document with links, `run_deadline` for a
    # whole run at most (a CLI run over many files). Links without an answer by then are
    # reported "not checked in time" at `check_failed_severity` (fail closed, default error).
    deadline: float = 30.0
    run_deadline: float = 300.0
    per_host: int = 4  # concurrent requests to one host
    host_interval: float = 0.05  # seconds between the starts of two requests to one host
    # With a shared schedule (the CMS), `per_host` holds across processes: a request holds one of
    # the host's slots for at most this long (never less than twice `timeout`), so the slot of a
    # worker that crashed is free again after it.
    host_slot_lease: float = 30.0
    concurrency: int = 200  # concurrent requests in all (50 hosts at the per-host limit)
    retries: int = 2
    max_redirects: int = 10
    max_body_bytes: int = 2_000_000  # a page body is read only this far (for anchor checks)
    cache_path: str | None = None  # a JSON file cache for the CLI; None: in-memory only
    user_agent: str = "HealthCMS-LinkChecker/0.1 (+pre-publish link check)"


@dataclass(frozen=True)
class Config:
    disabled: frozenset[str] = frozenset()
    severities: dict[str, Severity] = field(default_factory=dict)
    rule_options: dict[str, dict] = field(default_factory=dict)
    vocabulary_dirs: tuple[Path, ...] = ()
    links: LinkOptions = LinkOptions()
    languagetool_url: str | None = None
    time_budget: float = 10.0  # seconds of local checks per document (wall clock; CPU time in the worker too)
    max_findings_per_rule: int = 200  # per document; the rest are summed up in one finding
    check_memory_limit: int = 512  # megabytes a worker may allocate beyond its size at start
    isolate_checks: bool = True  # False: every rule in a thread of this process (cannot be stopped)
    check_failed_severity: Severity = Severity.ERROR
    dialect: str = DIALECTS[0]  # the site's English: spelling, house style and the grammar engines follow it
    # Which claims need a source: "promotional" (marketing, every benefit claim) or "editorial"
    # (public-health information: promises, unnamed evidence, uncited effect numbers and timelines).
    claim_profile: str = CLAIM_PROFILES[0]
    # The link-result cache of this run (the CMS passes its database table). None: the JSON
    # file at links.cache_path, or the process's in-memory cache.
    link_cache: object | None = field(default=None, compare=False, repr=False)
    # Per-host request start times shared with other processes (`links.limits.HostSchedule`;
    # the CMS passes its database table). None: requests are spaced within one run only.
    host_schedule: object | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_mapping(cls, data: dict, base_dir: Path | None = None, **overrides) -> "Config":
        data = dict(data or {})
        known = {
            "disable", "severity", "rules", "vocabulary_dirs", "links", "languagetool_url",
            "time_budget", "check_failed_severity", "dialect", "claim_profile", "max_findings_per_rule",
            "check_memory_limit", "isolate_checks",
        }
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown configuration keys: {', '.join(sorted(unknown))}")
        _check_shapes(data)
        try:
            severities = {rule: Severity(value) for rule, value in data.get("severity", {}).items()}
            check_failed = Severity(data.get("check_failed_severity", "error"))
        except ValueError as error:
            raise ConfigError(f"severity must be one of error, warning, info ({error})") from None
        base_dir = base_dir or Path.cwd()
        links = data.get("links", {})
        try:
            link_options = LinkOptions(**{k: tuple(v) if isinstance(v, list) else v for k, v in links.items()})
        except TypeError as error:
            raise ConfigError(f"[links]: {error}") from None
        config = cls(
            disabled=frozenset(data.get("disable", ())),
            severities=severities,
            rule_options=dict(data.get("rules", {})),
            vocabulary_dirs=tuple(base_dir / p for p in data.get("vocabulary_dirs", ())),
            links=link_options,
            languagetool_url=data.get("languagetool_url") or os.environ.get("LANGUAGETOOL_URL") or None,
            time_budget=float(data.get("time_budget", 10.0)),
            max_findings_per_rule=data.get("max_findings_per_rule", 200),
            check_memory_limit=data.get("check_memory_limit", 512),
            isolate_checks=data.get("isolate_checks", True),
            check_failed_severity=check_failed,
            dialect=data.get("dialect", DIALECTS[0]),
            claim_profile=data.get("claim_profile", CLAIM_PROFILES[0]),
        )
        return config.replace(**overrides) if overrides else config

    @classmethod
    def from_toml(cls, path: str | Path, **overrides) -> "Config":
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"cannot read {path}: {error}") from None
        section = data.get("tool", {}).get("validators", data.get("validators", data))
        return cls.from_mapping(section, base_dir=path.parent, **overrides)

    def replace(self, **changes) -> "Config":
        from dataclasses import replace

        link_changes = {k: changes.pop(k) for k in list(changes) if k in LinkOptions.__dataclass_fields__}
        config = replace(self, **changes)
        if link_changes:
            config = replace(config, links=replace(config.links, **link_changes))
        return config

    def options_for(self, rule_id: str) -> dict:
        return self.rule_options.get(rule_id, {})
