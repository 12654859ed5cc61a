"""Manual identity decisions: a small TSV a person keeps beside the corpus.

Each line ``NAME<TAB>KEY`` puts every discovered mention spelt NAME into the
entity KEY: two names with one key are merged, and giving one spelling its own key
splits it from the rest.
"""
from __future__ import annotations

from pathlib import Path

from extract.errors import InputError


def load_overrides(path: str | None) -> dict[str, str]:
    if not path:
        return {}
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read overrides ({exc.__class__.__name__})") from None
    out = {}
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not all(x.strip() for x in parts):
            raise InputError(f"{path}:{n}: expected NAME<TAB>KEY")
        out[parts[0].strip()] = parts[1].strip()
    return out
