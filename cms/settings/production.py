"""Production (the Docker image). Refuses to start unless the deployment supplies the three
settings that must never fall back to a default: SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES, MIDDLEWARE

REQUIRED_ENV = ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")


def _require_env(names, environ):
    """Return {name: value} for names, or raise ImproperlyConfigured listing every missing one."""
    missing = [name for name in names if not environ.get(name, "").strip()]
    if missing:
        raise ImproperlyConfigured("cms.settings.production needs these environment variables: " + ", ".join(missing))
    return {name: environ[name].strip() for name in names}


_env = _require_env(REQUIRED_ENV, os.environ)

DEBUG = False
SECRET_KEY = _env["SECRET_KEY"]
ALLOWED_HOSTS = [host.strip() for host in _env["ALLOWED_HOSTS"].split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if origin.strip()
]
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))

# WhiteNoise serves the collected, hashed, compressed static files straight from gunicorn
# (right after SecurityMiddleware, as WhiteNoise documents).
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS_ONLY=false only for a local trial of the image over plain HTTP (compose.yaml).
HTTPS_ONLY = os.environ.get("HTTPS_ONLY", "true").lower() not in {"0", "false", "no"}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS_ONLY
SESSION_COOKIE_SECURE = HTTPS_ONLY
CSRF_COOKIE_SECURE = HTTPS_ONLY
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "3600")) if HTTPS_ONLY else 0
SECURE_CONTENT_TYPE_NOSNIFF = True
# Wagtail's admin previews pages in a same-origin iframe, so DENY would break preview.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

if not os.environ.get("EMAIL_HOST"):
    # No mail server configured: workflow notifications go to the log (base MAILERS), which
    # `check --deploy` reports as a development backend. Email is optional for this CMS.
    SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "mail.E001"]
else:
    MAILERS = {
        "default": {
            "BACKEND": "cms.mail.AfterCommitBackend",
            "OPTIONS": {
                "backend": "django.core.mail.backends.smtp.EmailBackend",
                "backend_options": {
                    "host": os.environ["EMAIL_HOST"],
                    "port": int(os.environ.get("EMAIL_PORT", "587")),
                    "username": os.environ.get("EMAIL_HOST_USER", ""),
                    "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                    "use_tls": os.environ.get("EMAIL_USE_TLS", "true").lower() == "true",
                },
            },
        }
    }
