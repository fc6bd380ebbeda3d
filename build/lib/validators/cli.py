"""`python -m validators check|rules`: the engine as a command-line tool.

Exit status: 0 no error findings, 1 error findings, 2 bad usage or unreadable input.
"""

import argparse
import sys
from pathlib import Path

from validators.config import CLAIM_PROFILES, DIALECTS, Config, ConfigError
from validators.engine import check_documents
from validators.registry import all_rules
from validators.report import FORMATS
from validators.sources import load


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m validators", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check HTML, Markdown or text files")
    check.add_argument("files", nargs="+", metavar="FILE")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--base-url", help="the site the files belong to: relative links resolve against it")
    check.add_argument("--skip-external", action="store_true", help="do not fetch links to other hosts")
    check.add_argument("--config", help="a TOML file ([tool.validators] or [validators] table)")
    check.add_argument("--languagetool-url", help="a LanguageTool server (default: $LANGUAGETOOL_URL)")
    check.add_argument("--dialect", choices=DIALECTS, help="the site's English (default: en-US, or the config's)")
    check.add_argument(
        "--profile", choices=CLAIM_PROFILES, help="claim policy profile (default: promotional, or the config's)"
    )
    commands.add_parser("rules", help="list every rule with its id, severity and description")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "rules":
        return _list_rules()
    return _check(args)


def _list_rules() -> int:
    rules = all_rules()
    width = max(len(rule_id) for rule_id in rules)
    for rule_id, cls in rules.items():
        print(f"{rule_id:<{width}}  {cls.severity.value:<7}  {cls.description()}")
    return 0


def _check(args) -> int:
    try:
        config = _load_config(args)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    documents = []
    unreadable = []
    for name in args.files:
        try:
            documents.append(load(name))
        except (OSError, UnicodeDecodeError) as error:
            unreadable.append(name)
            print(f"error: cannot read {name}: {error}", file=sys.stderr)
    try:
        run = check_documents(documents, config)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(FORMATS[args.format](run))
    if unreadable:
        return 2
    return 1 if run.has_errors else 0


def _load_config(args) -> Config:
    overrides = {"skip_external": args.skip_external}
    if args.base_url:
        overrides["base_url"] = args.base_url
    if args.languagetool_url:
        overrides["languagetool_url"] = args.languagetool_url
    if args.dialect:
        overrides["dialect"] = args.dialect
    if args.profile:
        overrides["claim_profile"] = args.profile
    if args.config:
        return Config.from_toml(args.config, **overrides)
    pyproject = Path("pyproject.toml")
    if pyproject.exists():
        import tomllib

        try:
            section = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("tool", {}).get("validators")
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise ConfigError(f"cannot read {pyproject.resolve()}: {error}") from None
        if section is not None:
            return Config.from_mapping(section, base_dir=Path.cwd(), **overrides)
    return Config.from_mapping({}, **overrides)
