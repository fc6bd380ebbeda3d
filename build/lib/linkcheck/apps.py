from django.apps import AppConfig


class LinkcheckConfig(AppConfig):
    name = "linkcheck"
    verbose_name = "Link checks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Importing registers the CMS link rule with the engine and connects the page signals.
        from linkcheck import rules, signals  # noqa: F401
