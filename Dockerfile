# Production image: slim Python 3.12, non-root, gunicorn, static files collected at build time
# and served by WhiteNoise. Docker cannot run on the development machine, so this file is kept
# correct by reading; see README.md.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=cms.settings.production \
    PORT=8000

RUN groupadd --system app && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app

WORKDIR /app

# Dependencies first, so code changes do not reinstall them.
COPY pyproject.toml README.md ./
COPY cms/__init__.py cms/__init__.py
COPY pages/__init__.py pages/__init__.py
COPY validators/__init__.py validators/__init__.py
RUN pip install .

COPY . .
# production.py refuses to load without SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL; the values
# below exist only for this build step and are not kept in the image.
RUN pip install --no-deps --force-reinstall . \
    && SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost DATABASE_URL=sqlite:////tmp/build.sqlite3 \
       python manage.py collectstatic --noinput \
    && rm -f /tmp/build.sqlite3 \
    && mkdir -p /app/media \
    && chown -R app:app /app/media

USER app

EXPOSE 8000

# gunicorn takes its worker count from WEB_CONCURRENCY when set.
CMD ["sh", "-c", "exec gunicorn cms.wsgi:application --bind 0.0.0.0:${PORT} --access-logfile - --forwarded-allow-ips='*'"]
