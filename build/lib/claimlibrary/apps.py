from django.apps import AppConfig


class ClaimLibraryConfig(AppConfig):
    """The approved-claims library and resolving uncited claims from their findings."""

    name = "claimlibrary"
    verbose_name = "Approved claims"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # After the review app's own revision receiver (INSTALLED_APPS order), so the check
        # run of a saved revision exists when approved claims are applied to it.
        from claimlibrary import signals  # noqa: F401
