"""A cold `python -m validators check --skip-external` loads no heavy package it does not use.

Importing aiohttp (about half a second) or lemminflect and numpy (most of a second) once
made every cold run miss its 1.5 s target; the run's speed is measured by
`benchmarks.engine`, this test only guards which modules a run imports."""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
ARTICLE = (
    "<h1>Flu vaccine</h1>\n"
    "<p>The vaccine starts working about 14 days after you have it.</p>\n"
    '<p>Read the <a href="https://www.example.org/flu#dose">guidance</a> and the '
    '<a href="/pharmacy/">pharmacy page</a>.</p>\n'
)
HEAVY = ("aiohttp", "lemminflect", "numpy")
RUN = f"""
import json, sys
from validators.cli import main
status = main(sys.argv[1:])
print(json.dumps({{"status": status, "heavy": [m for m in {HEAVY!r} if m in sys.modules]}}))
"""


def test_a_skip_external_run_imports_no_http_client_and_no_lemmatiser(tmp_path):
    article = tmp_path / "article.html"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    env.pop("LANGUAGETOOL_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", RUN, "check", "--skip-external", "--format", "json", str(article)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    last_line = result.stdout.strip().splitlines()[-1]
    outcome = json.loads(last_line)
    assert outcome["heavy"] == []
    # The run did check: the claim rules ran (and the links were planned) without those packages.
    report = json.loads(result.stdout[: result.stdout.rindex(last_line)])
    assert [f["rule"] for f in report["documents"][0]["findings"]] == ["claim.uncited-timeline"]
    assert outcome["status"] == 1
