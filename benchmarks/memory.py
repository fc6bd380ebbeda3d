"""Time and peak memory of a cold CLI run on big articles and on an article full of findings.

Each case is one `python -m validators check --skip-external --format json FILE` process;
its memory plus that of its check worker (proportional set size, so pages the two share
count once) is sampled every 20 ms from /proc, and the peak of that sum is reported.
Articles are made from the benchmark fixture (real prose) repeated to the size wanted;
the findings article repeats a short paragraph with a doubled word, a misspelling and an
unsupported promise in every copy.

Targets (reported, not asserted): peak under 500 MB in every case, and memory growing at
most linearly with the article (10 MB costs no more than ten times 1 MB). A case that runs
past the engine's time budget ends with `engine.check-failed` findings: that is the budget
doing its job, and the table says how many.

    python -m benchmarks memory
"""

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "article_1500.html"
TARGET_PEAK_MB = 500
FINDINGS_PARAGRAPH = (
    "<p>Take the the tablet with water, and you will recieve relief. "
    "This cream cures acne forever.</p>\n"
)


def article_of_size(size: int) -> str:
    body = FIXTURE.read_text(encoding="utf-8")
    copies = max(1, size // len(body))
    return "<html><body>" + body * copies + "</body></html>"


def proportional_kb(pid: int) -> int:
    """Pss of `pid` and of its children (the check worker), in kB; 0 once it has gone.

    Pss, not Rss: a forked worker shares pages with the CLI, which Rss would count twice.
    """
    total = 0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for each in [pid, *map(int, children)]:
        try:
            rollup = Path(f"/proc/{each}/smaps_rollup").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total


def measure(path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    env.pop("LANGUAGETOOL_URL", None)
    began = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "validators", "check", "--skip-external", "--format", "json", str(path)],
        cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    peak = 0
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()), daemon=True)
    reader.start()
    while process.poll() is None:
        peak = max(peak, proportional_kb(process.pid))
        time.sleep(0.02)
    reader.join()
    seconds = time.perf_counter() - began
    findings = json.loads(output[0])["documents"][0]["findings"] if output and output[0] else []
    return {
        "seconds": seconds,
        "peak_mb": peak / 1024,
        "findings": len(findings),
        "check_failed": sum(1 for f in findings if f["rule"] == "engine.check-failed"),
        "not_shown": sum(f["details"]["not_shown"] for f in findings if f["rule"] == "engine.findings-not-shown"),
    }


def main() -> None:
    cases = [
        ("1 MB article", article_of_size(1_000_000)),
        ("10 MB article", article_of_size(10_000_000)),
        ("article with 1,000+ findings (340 copies of a faulty paragraph)", FINDINGS_PARAGRAPH * 340),
    ]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, html in cases:
            path = Path(folder) / "article.html"
            path.write_text(html, encoding="utf-8")
            result = measure(path)
            rows.append((name, len(html.encode()) / 1e6, result))
    print("Cold CLI runs (--skip-external): time, peak memory (Pss) of the CLI and its check worker")
    print(f"{'case':<66} {'MB':>6} {'seconds':>8} {'peak MB':>8} {'findings':>9} {'not shown':>10} {'failed':>7}")
    for name, size, r in rows:
        print(f"{name:<66} {size:>6.1f} {r['seconds']:>8.1f} {r['peak_mb']:>8.0f} {r['findings']:>9} "
              f"{r['not_shown']:>10} {r['check_failed']:>7}")
    worst = max(r["peak_mb"] for _, _, r in rows)
    verdict = "meets" if worst < TARGET_PEAK_MB else "MISSES"
    print(f"target peak < {TARGET_PEAK_MB} MB: {verdict} (worst {worst:.0f} MB)")
    one, ten = rows[0][2]["peak_mb"], rows[1][2]["peak_mb"]
    print(f"growth 1 MB -> 10 MB: x{ten / one:.1f} memory ({'linear or better' if ten <= 10 * one else 'SUPERLINEAR'}),"
          f" x{rows[1][2]['seconds'] / rows[0][2]['seconds']:.1f} time")


if __name__ == "__main__":
    main()
