from django.apps import AppConfig


class ReviewConfig(AppConfig):
    """Server-side content checks, the pre-publish gate and the compliance review."""

    name = "review"
    verbose_name = "Content review"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connect the revision checks and the publish backstop (model signals, so they cover
        # every path that saves a revision or puts a page live, admin or not).
        from review import signals

        signals.connect_publish_gate()
