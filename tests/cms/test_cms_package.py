"""The built wheel holds every app of INSTALLED_APPS that lives in this repository, with its
templates, static files, migrations and data: `pip install .` outside the source tree works
(.ci/production_check serves a page from such an install)."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(PROJECT)], check=True, capture_output=True, timeout=300)
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def source_files(app: str, pattern: str) -> set[str]:
    return {str(path.relative_to(PROJECT)) for path in (PROJECT / app).glob(pattern)
            if path.is_file() and "__pycache__" not in path.parts}


def test_the_wheel_contains_every_local_app_with_its_files(wheel_names):
    local_apps = sorted({app.split(".")[0] for app in settings.INSTALLED_APPS if (PROJECT / app).is_dir()})
    assert {"pages", "review", "claimlibrary", "linkcheck"} <= set(local_apps)
    for package in [*local_apps, "cms", "validators"]:
        expected = source_files(package, "**/*.py") | source_files(package, "templates/**/*") \
            | source_files(package, "static/**/*") | source_files(package, "data/**/*")
        assert expected, package
        assert expected <= wheel_names, f"{package}: missing {sorted(expected - wheel_names)[:5]}"
    assert any(name.startswith("review/migrations/0001") for name in wheel_names)
