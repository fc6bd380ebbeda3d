"""The README's screenshots (docs/screenshots/) are taken by the browser stories. The committed
copies are refreshed only on request (UPDATE_DOCS_SCREENSHOTS=1), so test runs leave the tree
clean; a missing one is always written."""

import os
import shutil
from pathlib import Path

DOCS_SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def copy_to_docs(shot: Path, name: str) -> None:
    target = DOCS_SCREENSHOTS / name
    if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1" or not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, target)
