"""Local development: `make run` (DEBUG on, SQLite unless DATABASE_URL says otherwise)."""

from .base import *  # noqa: F403

DEBUG = True
# A fixed key is fine here: dev data lives in a local SQLite file and is never deployed.
SECRET_KEY = "dev-only-not-secret-8c2b5f0e6b9a4d1c"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# `load_demo` keeps the generated admin password here (git-ignored) to print it on every start.
DEMO_ADMIN_PASSWORD_FILE = BASE_DIR / ".demo-admin-password"  # noqa: F405
