"""Score the checker on the project's own evaluation set, per kind of text and per class of error.

    python -m evaluation.report [--set tune|fresh|fresh2|fresh3|fresh5|fresh5_holdout|holdout|all]
        [--profile editorial] [--disable RULE ...]

Runs `python -m validators check --format json --skip-external --base-url BASE` over the cases of
the set (`evaluation/tune/`, `evaluation/fresh/`, `fresh2/`, `fresh3/`, `fresh5/`, `fresh5_holdout/`, `holdout/` or
all; `--cases DIR` for another folder such as ../shared/corpus), against the fixture site of
../shared/eval/score.py, whose
matching functions are imported so that every figure is computed by the scorer's rules. Cases whose expected.json says
`"dialect": "en-GB"` are checked in a separate run with `--dialect en-GB`.

Printed per set and kind of text (professional, marketing, corpus-style):
- recall and precision per category (copy, claim, link), exactly as score.py counts them;
- recall per class of labelled copy error and claim (a `missing-fair-balance` label is found only by
  a finding of a fair-balance rule), false positives per class of non-claim and per copy rule;
- articles the gate would block (any error finding), blocked by claim errors, and blocked although
  nothing in them is labelled;
- on professional texts: claim findings per 1,000 words, wrong claim findings and copy false alarms
  per 12,000 words (the scales of issues 9 and 10).
"""

import argparse
import importlib.util
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.labels import KINDS, article_of, case_folders, word_count

HERE = Path(__file__).resolve().parent
# Every folder of this package that holds cases is a set (holdout last); "all" is every set.
SETS = {folder.name: (folder,) for folder in sorted(HERE.iterdir(), key=lambda f: (f.name == "holdout", f.name))
        if folder.is_dir() and any(folder.glob("*/expected.json"))}
SETS["all"] = tuple(folder for folders in SETS.values() for folder in folders)
CATEGORIES = ("copy", "claim", "link")


def load_scorer(path: str):
    """Import ../shared/eval/score.py as a module (its fixture site and its matching rules)."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Case:
    name: str
    set_name: str
    article: Path
    expected: dict
    words: int
    findings: list = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.expected.get("kind", "corpus-style")

    @property
    def dialect(self) -> str:
        return self.expected.get("dialect", "en-US")


def collect_cases(roots: list[tuple[str, Path]]) -> list[Case]:
    cases = []
    for set_name, root in roots:
        for folder in case_folders(root):
            article = article_of(folder)
            if article is None:
                continue
            expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
            cases.append(Case(folder.name, set_name, article, expected, word_count(article.read_text("utf-8"))))
    return cases


# -- configuration -------------------------------------------------------------------------------
def _toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {value!r} as TOML")


def write_config(base: dict, disable: list[str], directory: Path) -> Path:
    """The checker's configuration with `disable` added, as a [validators] table in a temp file."""
    data = dict(base)
    data["disable"] = sorted(set(data.get("disable", [])) | set(disable))
    path = directory / "validators.toml"
    lines = ["[validators]"] + [f"{json.dumps(k)} = {_toml_value(v)}" for k, v in data.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def base_config(config_file: str | None) -> tuple[dict, Path]:
    """The configuration the checker would use: --config FILE, else [tool.validators] of pyproject.toml."""
    path = Path(config_file) if config_file else Path("pyproject.toml")
    if not path.exists():
        return {}, Path.cwd()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if config_file:  # as Config.from_toml reads it
        section = data.get("tool", {}).get("validators", data.get("validators", data))
    else:
        section = data.get("tool", {}).get("validators", {})
    # vocabulary_dirs are relative to the file they were written in
    dirs = [str((path.parent / d).resolve()) for d in section.get("vocabulary_dirs", [])]
    section = dict(section)
    if dirs:
        section["vocabulary_dirs"] = dirs
    return section, path.parent


# -- running the checker ---------------------------------------------------------------------------
def run_checker(cases: list[Case], args, scorer) -> float:
    """Check every case (one run per dialect), store each case's findings; return the checker's wall time."""
    import time

    server, base = scorer.start_fixture_server()
    server.handle_error = lambda request, address: None  # a checker closing a slow connection is not news
    workdir = Path(tempfile.mkdtemp(prefix="evaluation-"))
    config_path = None
    if args.disable or args.config:
        section, _ = base_config(args.config)
        config_path = write_config(section, args.disable, workdir)
    elapsed = 0.0
    try:
        for dialect in sorted({c.dialect for c in cases}):
            group = [c for c in cases if c.dialect == dialect]
            paths = {}
            for case in group:
                target = workdir / f"{case.set_name}__{case.name}{case.article.suffix}"
                target.write_text(case.article.read_text("utf-8").replace("{BASE}", base), encoding="utf-8")
                paths[target.name] = case
            command = shlex.split(args.cmd) + ["--format", "json", "--base-url", base, "--skip-external"]
            if dialect != "en-US":
                command += ["--dialect", dialect]
            if args.profile:
                command += ["--profile", args.profile]
            if config_path:
                command += ["--config", str(config_path)]
            command += [str(workdir / name) for name in paths]
            started = time.monotonic()
            proc = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
            elapsed += time.monotonic() - started
            try:
                data = json.loads(proc.stdout)
            except json.JSONDecodeError:
                raise SystemExit(f"checker exit {proc.returncode}; stdout is not JSON:\n"
                                 f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}") from None
            for document in data.get("documents", []):
                case = paths.get(os.path.basename(document.get("path", "")))
                if case is not None:
                    case.findings = document.get("findings", [])
    finally:
        server.shutdown()
        shutil.rmtree(workdir, ignore_errors=True)
    args.base = base
    return elapsed


# -- scoring ---------------------------------------------------------------------------------------
@dataclass
class Tally:
    cases: int = 0
    words: int = 0
    counts: dict = field(default_factory=lambda: {c: [0, 0, 0] for c in CATEGORIES})
    class_found: Counter = field(default_factory=Counter)  # (category, class) -> found
    class_total: Counter = field(default_factory=Counter)
    not_claim_fp: Counter = field(default_factory=Counter)  # not_claim class -> wrong claim findings
    not_claim_total: Counter = field(default_factory=Counter)
    copy_fp_rules: Counter = field(default_factory=Counter)
    claim_fp_rules: Counter = field(default_factory=Counter)  # rule -> wrong claim findings
    claim_findings: int = 0
    blocked: int = 0
    blocked_by_claims: int = 0
    clean: int = 0
    blocked_clean: int = 0
    blocked_clean_rules: Counter = field(default_factory=Counter)  # rule -> clean pages it blocks


def _labelled(expected: dict) -> bool:
    return any(expected.get(c) for c in CATEGORIES)


def score(case: Case, scorer, base: str, tally: Tally, notes: list[str]) -> None:
    expected, findings = case.expected, case.findings
    counts = scorer.score_case(f"{case.set_name}/{case.name}", findings, expected, base, notes)
    tally.cases += 1
    tally.words += case.words
    for category in CATEGORIES:
        for k in range(3):
            tally.counts[category][k] += counts[category][k]

    for item in expected.get("copy", []):
        key = ("copy", item.get("class", "?"))
        tally.class_total[key] += 1
        tally.class_found[key] += any(scorer.copy_matches(f, item) for f in findings)
    for item in expected.get("claim", []):
        key = ("claim", item.get("class", "?"))
        tally.class_total[key] += 1
        wanted = [f for f in findings if "fair-balance" in f.get("rule", "")] \
            if item.get("class") == "missing-fair-balance" else findings
        tally.class_found[key] += any(scorer.claim_matches(f, item) for f in wanted)

    not_claims = expected.get("not_claim", [])
    classes = expected.get("not_claim_class", ["?"] * len(not_claims))
    tally.not_claim_total.update(classes)
    for finding in findings:
        category = finding.get("category")
        if category == "claim":
            tally.claim_findings += 1
            if any(scorer.claim_matches(finding, item) for item in expected.get("claim", [])):
                continue
            sentence = scorer.norm(finding.get("sentence"))
            for text, cls in zip(not_claims, classes, strict=False):
                if scorer.norm(text) in sentence:
                    tally.not_claim_fp[cls] += 1
                    tally.claim_fp_rules[finding.get("rule", "?")] += 1
                    break
        elif category == "copy":
            items = expected.get("copy", []) + expected.get("copy_ok", [])
            if not any(scorer.copy_matches(finding, item) for item in items):
                tally.copy_fp_rules[finding.get("rule", "?")] += 1

    errors = [f for f in findings if f.get("severity") == "error"]
    tally.blocked += bool(errors)
    tally.blocked_by_claims += any(f.get("category") == "claim" for f in errors)
    if not _labelled(expected):
        tally.clean += 1
        tally.blocked_clean += bool(errors)
        tally.blocked_clean_rules.update({f.get("rule", "?") for f in errors})


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _figures(counts: dict) -> dict[str, tuple[float, float]]:
    return {c: (_ratio(tp, tp + fn), _ratio(tp, tp + fp)) for c, (tp, fn, fp) in counts.items()}


def changes(tally: Tally, earlier: dict | None) -> str:
    """The change of recall and precision per category against an earlier run's figures for this group."""
    if not earlier:
        return ""
    now, then = _figures(tally.counts), _figures(earlier["counts"])
    return "  change: " + " | ".join(
        f"{c} R {now[c][0] - then[c][0]:+.2f} P {now[c][1] - then[c][1]:+.2f}" for c in CATEGORIES
    ) + f" | blocked {tally.blocked - earlier['blocked']:+d}"


def render(title: str, tally: Tally, professional: bool) -> list[str]:
    lines = [f"== {title}: {tally.cases} cases, {tally.words} words"]
    parts = []
    for category in CATEGORIES:
        tp, fn, fp = tally.counts[category]
        parts.append(f"{category} R={_ratio(tp, tp + fn):.2f} P={_ratio(tp, tp + fp):.2f} (tp {tp} fn {fn} fp {fp})")
    lines.append("  " + " | ".join(parts))
    lines.append(f"  blocked {tally.blocked}/{tally.cases} (by a claim error {tally.blocked_by_claims}); "
                 f"blocked with nothing labelled {tally.blocked_clean}/{tally.clean}")
    if professional and tally.words:
        wrong_claims = tally.counts["claim"][2]
        copy_fp = tally.counts["copy"][2]
        lines.append(f"  claim findings {1000 * tally.claim_findings / tally.words:.1f} per 1,000 words; "
                     f"wrong claim findings {12000 * wrong_claims / tally.words:.1f} per 12,000 words; "
                     f"copy false alarms {12000 * copy_fp / tally.words:.1f} per 12,000 words")
    for category in ("copy", "claim"):
        keys = sorted(k for k in tally.class_total if k[0] == category)
        if keys:
            lines.append(f"  {category} recall by class: " + ", ".join(
                f"{k[1]} {tally.class_found[k]}/{tally.class_total[k]}" for k in keys))
    if tally.not_claim_total:
        lines.append("  wrong claim findings by non-claim class: " + ", ".join(
            f"{cls} {tally.not_claim_fp[cls]}/{tally.not_claim_total[cls]}" for cls in sorted(tally.not_claim_total)))
    if tally.claim_fp_rules:
        lines.append("  wrong claim findings by rule: " + ", ".join(
            f"{rule} {n}" for rule, n in tally.claim_fp_rules.most_common()))
    if tally.copy_fp_rules:
        lines.append("  copy false alarms by rule: " + ", ".join(
            f"{rule} {n}" for rule, n in tally.copy_fp_rules.most_common()))
    if tally.blocked_clean_rules:
        lines.append("  rules blocking pages with nothing labelled: " + ", ".join(
            f"{rule} {n}" for rule, n in tally.blocked_clean_rules.most_common()))
    return lines


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evaluation.report", description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="tune")
    parser.add_argument("--cases", help="score this folder of cases instead of a set (e.g. ../shared/corpus)")
    parser.add_argument("--scorer", default="../shared/eval/score.py", help="path of the shared scorer")
    parser.add_argument("--cmd", default=f"{shlex.quote(sys.executable)} -m validators check",
                        help="the checker command (default: this Python's -m validators check)")
    parser.add_argument("--profile", choices=("promotional", "editorial"), help="claim policy profile")
    parser.add_argument("--config", help="a TOML configuration for the checker")
    parser.add_argument("--disable", action="append", default=[], metavar="RULE",
                        help="disable a rule or family (repeatable), written into a temporary config")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and false positive")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--against", metavar="FILE",
                        help="a --json file of an earlier run: print the change per category")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    scorer = load_scorer(args.scorer)
    if args.cases:
        roots = [(Path(args.cases).name, Path(args.cases))]
    else:
        roots = [(root.name, root) for root in SETS[args.set]]
    cases = collect_cases(roots)
    if not cases:
        print("no cases", file=sys.stderr)
        return 2
    elapsed = run_checker(cases, args, scorer)

    groups: dict[tuple[str, str], Tally] = defaultdict(Tally)
    notes: list[str] = []
    for case in cases:
        for key in ((case.set_name, case.kind), (case.set_name, "all kinds")):
            score(case, scorer, args.base, groups[key], notes if key[1] != "all kinds" else [])
    if args.verbose:
        print("\n".join(notes))
    settings = f"profile {args.profile or 'default'}"
    if args.disable:
        settings += ", disabled " + ", ".join(args.disable)
    if args.config:
        settings += f", config {args.config}"
    words = sum(c.words for c in cases)
    print(f"# {settings}; checker {elapsed:.1f}s for {words} words")
    earlier = json.loads(Path(args.against).read_text(encoding="utf-8")) if args.against else {}
    order = {kind: n for n, kind in enumerate((*KINDS, "all kinds"))}
    for key in sorted(groups, key=lambda k: (k[0], order.get(k[1], 9))):
        lines = render(f"{key[0]} / {key[1]}", groups[key], key[1] == "professional")
        change = changes(groups[key], earlier.get(f"{key[0]}/{key[1]}"))
        print("\n".join(lines[:2] + ([change] if change else []) + lines[2:]))
    if args.json:
        Path(args.json).write_text(json.dumps({
            f"{s}/{k}": {
                "cases": t.cases, "words": t.words, "counts": t.counts,
                "class_recall": {f"{c}:{n}": [t.class_found[(c, n)], t.class_total[(c, n)]] for c, n in t.class_total},
                "not_claim_fp": dict(t.not_claim_fp), "copy_fp_rules": dict(t.copy_fp_rules),
                "claim_fp_rules": dict(t.claim_fp_rules),
                "claim_findings": t.claim_findings, "blocked": t.blocked, "blocked_by_claims": t.blocked_by_claims,
                "clean": t.clean, "blocked_clean": t.blocked_clean,
                "blocked_clean_rules": dict(t.blocked_clean_rules),
            } for (s, k), t in groups.items()
        }, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
