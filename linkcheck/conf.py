"""The CMS's one link-checking configuration: the `"links"` table of `VALIDATORS`.

The review engine's link rules (while a page is checked) and this app (the Broken links
report, `check_links`, background fetches, "Recheck now") read the same options from it and
share one result store, the `LinkResult` table (see `linkcheck.cache.DatabaseCache`): a link
fetched by either is not fetched again by the other while its result is fresh. They also
share one per-host schedule (`linkcheck.politeness`), so `host_interval` and `per_host` hold
across processes (`host_slot_lease`: how long a crashed worker's slot on a host stays taken).

    VALIDATORS = {"links": {"timeout": 5, "allow_hosts": ["staging.internal:8080"], "per_host": 2}}

The keys are the engine's `[tool.validators.links]` keys (`validators.config.LinkOptions`).
Every Wagtail site's own "hostname:port" is always allowed besides `allow_hosts`.

The settings `LINKCHECK_OPTIONS` and `LINKCHECK_ALLOW_HOSTS` are gone: a project that still
sets them gets the system check error `linkcheck.E001`, which says where they moved.
"""

from dataclasses import replace

from django.conf import settings
from django.core import checks
from wagtail.models import Site

from validators.config import Config, LinkOptions

REMOVED_SETTINGS = {
    "LINKCHECK_OPTIONS": 'its keys go into VALIDATORS["links"]',
    "LINKCHECK_ALLOW_HOSTS": 'use VALIDATORS["links"]["allow_hosts"]',
}


def site_hosts() -> tuple[str, ...]:
    """"host:port" of every Wagtail site: the SSRF guard treats them as our own."""
    return tuple(f"{site.hostname}:{site.port}" for site in Site.objects.all())


def link_options() -> LinkOptions:
    """The link options of every link check in the CMS, the sites' own hosts allowed."""
    configured = Config.from_mapping({"links": (getattr(settings, "VALIDATORS", {}) or {}).get("links", {})}).links
    return replace(configured, allow_hosts=site_hosts() + configured.allow_hosts)


def for_engine(config: Config) -> Config:
    """The engine's `config` (already read from `VALIDATORS`) as the CMS runs it: the sites' own
    hosts allowed, the `LinkResult` table as its link result cache, and the per-host schedule
    shared by every process (`linkcheck.politeness`)."""
    from linkcheck.cache import DatabaseCache
    from linkcheck.politeness import DatabaseHostSchedule

    return config.replace(allow_hosts=site_hosts() + config.links.allow_hosts, link_cache=DatabaseCache(),
                          host_schedule=DatabaseHostSchedule())


@checks.register(checks.Tags.compatibility)
def removed_settings(app_configs, **kwargs) -> list[checks.Error]:
    return [
        checks.Error(f"The {name} setting was removed: {where}.", id="linkcheck.E001",
                     hint="linkcheck and the review engine read one link configuration, VALIDATORS['links'] "
                          "(see the README, 'Broken links').")
        for name, where in REMOVED_SETTINGS.items() if hasattr(settings, name)
    ]
