"""Production (the Docker image). Refuses to start unless the deployment supplies the three
settings that must never fall back to a default: SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import DATABASES

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

# WhiteNoise serves the collected, hashed, compressed static files straight from gunicorn.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"
