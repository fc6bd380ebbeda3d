from django.apps import AppConfig


class LinkcheckConfig(AppConfig):
    name = "linkcheck"
    verbose_name = "Link checks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Importing registers the CMS link rule with the engine, connects the page signals and
        # registers the system check of the link configuration.
        from linkcheck import conf, rules, signals  # noqa: F401
