"""Run every benchmark module of this package (or those named on the command line).

A benchmark is a module of `benchmarks/` with a `main()`; modules are discovered, not listed,
so a new benchmark only needs its file.
"""

import importlib
import pkgutil
import sys
from pathlib import Path


def discover() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if not info.name.startswith("_") and not info.ispkg
    )


def main(argv: list[str]) -> int:
    available = discover()
    chosen = argv or available
    unknown = [name for name in chosen if name not in available]
    if unknown:
        print(f"unknown benchmarks: {', '.join(unknown)} (available: {', '.join(available)})", file=sys.stderr)
        return 2
    for name in chosen:
        module = importlib.import_module(f"benchmarks.{name}")
        if not hasattr(module, "main"):
            continue
        print(f"\n== benchmarks.{name} ==")
        module.main()
    return 0


sys.exit(main(sys.argv[1:]))
