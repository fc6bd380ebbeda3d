"""Rule vocabularies are data: YAML files under validators/data/, extendable by editors.

A vocabulary named NAME is `validators/data/NAME.yaml` merged with every NAME.yaml found
in the configured `vocabulary_dirs`: lists are concatenated, mappings updated.
"""

from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent / "data"
# libyaml's safe loader when PyYAML has it: the pure-Python one took a quarter of a cold run.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=128)
def load_vocabulary(name: str, extra_dirs: tuple[Path, ...] = ()):
    result = None
    for directory in (DATA_DIR, *extra_dirs):
        path = Path(directory) / f"{name}.yaml"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=SAFE_LOADER)
        result = _merge(result, data, path)
    if result is None:
        raise FileNotFoundError(f"no vocabulary {name}.yaml in {DATA_DIR} or {list(extra_dirs)}")
    return result


@lru_cache(maxsize=256)
def word_set(name: str, key: str, extra_dirs: tuple[Path, ...] = ()) -> frozenset[str]:
    """The word list `key` of vocabulary `name` as a set (empty when not listed), built once per
    configuration: a check run makes its rules anew, and a rule set of thousands of words costs tens
    of microseconds to rebuild."""
    return frozenset(load_vocabulary(name, extra_dirs).get(key) or ())


def _merge(current, new, path):
    if current is None:
        return new
    if isinstance(current, list) and isinstance(new, list):
        return current + new
    if isinstance(current, dict) and isinstance(new, dict):
        merged = dict(current)
        for key, value in new.items():
            merged[key] = _merge(merged.get(key), value, path) if key in merged else value
        return merged
    raise ValueError(f"{path}: its shape ({type(new).__name__}) does not match the vocabulary it extends")
